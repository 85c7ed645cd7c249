// An example jobpostlint plugin. A plugin is a package whose default export is
// { meta, rules, configs }; its rules run as `<namespace>/<rule>` (here
// `example/no-exclamation-marks`). Rules are plain objects: `defineRule` from
// "jobpostlint" only adds types, so a plugin needs no runtime dependency.

/** Exclamation marks read as shouting in a posting; the fix turns them into full stops. */
const noExclamationMarks = {
  meta: {
    id: "no-exclamation-marks",
    description: "Exclamation marks in posting prose",
    category: "language",
    recommended: "warn",
    fixable: true,
    examples: {
      valid: [{ text: "Join our team.\n" }],
      invalid: [
        {
          text: "Join our team!\n",
          messages: [{ line: 1, column: 14, message: "Exclamation mark: use a full stop" }],
          output: "Join our team.\n",
        },
      ],
    },
  },
  create(context) {
    const { text, prose } = context.posting;
    for (const range of prose) {
      for (let i = text.indexOf("!", range.start); i >= 0 && i < range.end; i = text.indexOf("!", i + 1)) {
        context.report({
          message: "Exclamation mark: use a full stop",
          range: { start: i, end: i + 1 },
          fix: { range: [i, i + 1], text: "." },
        });
      }
    }
  },
};

/** Every posting of this careers site must name its hiring team in a `Team:` line. */
const requireTeam = {
  meta: {
    id: "require-team",
    description: "A posting names its hiring team in a Team: line",
    category: "structure",
    recommended: "error",
    options: {
      type: "object",
      properties: { key: { type: "string", minLength: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { key: "Team" },
    examples: {
      valid: [{ text: "Team: Payments\n\nResponsibilities\n- Build things.\n" }],
      invalid: [{ text: "Responsibilities\n- Build things.\n", messages: [{ line: 1, message: "No 'Team:' line names the hiring team" }] }],
    },
  },
  create(context) {
    const key = context.options.key.toLowerCase();
    const named = context.posting.metadata.some((field) => field.key.toLowerCase() === key);
    if (!named) context.report({ message: `No '${context.options.key}:' line names the hiring team`, loc: { line: 1 } });
  },
};

export default {
  meta: { name: "jobpostlint-plugin-example", version: "1.0.0", namespace: "example" },
  rules: {
    "no-exclamation-marks": noExclamationMarks,
    "require-team": requireTeam,
  },
  configs: {
    recommended: {
      rules: {
        "no-exclamation-marks": "warn",
        "require-team": "error",
      },
    },
  },
};
