import type { Rule } from "../engine/rule.js";

/**
 * The JSON Schema of a configuration file, generated from the rules' metadata
 * so editors can autocomplete rule ids and validate options.
 */
export function configJsonSchema(rules: readonly Rule<any>[]): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of rules) {
    const options = rule.meta.options ?? { type: "object", maxProperties: 0 };
    ruleProperties[rule.meta.id] = {
      description: `${rule.meta.description} (${rule.meta.category}; recommended: ${rule.meta.recommended}${rule.meta.fixable ? "; fixable" : ""})`,
      oneOf: [
        { $ref: "#/definitions/severity" },
        { type: "array", items: [{ $ref: "#/definitions/severity" }, options], minItems: 1, maxItems: 2 },
      ],
    };
  }
  const globs = { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://jobpostlint.dev/schema/jobpostlintrc.schema.json",
    title: "jobpostlint configuration",
    type: "object",
    additionalProperties: false,
    definitions: {
      severity: { enum: ["off", "warn", "error", 0, 1, 2], description: "off/0, warn/1 or error/2" },
      rules: {
        type: "object",
        description: "Rule ids (plugin rules as plugin/rule-id) and their severity, or [severity, options].",
        properties: ruleProperties,
        additionalProperties: {
          oneOf: [{ $ref: "#/definitions/severity" }, { type: "array", items: [{ $ref: "#/definitions/severity" }, { type: "object" }], minItems: 1, maxItems: 2 }],
        },
      },
    },
    properties: {
      $schema: { type: "string" },
      root: { type: "boolean", description: "Stop looking for configuration files in parent folders." },
      extends: {
        description: "jobpostlint:recommended, jobpostlint:all, plugin:NAME/CONFIG, a relative path or a package name.",
        oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }],
      },
      plugins: {
        description: "Plugin package names (foo = jobpostlint-plugin-foo) or relative paths, or { namespace: package }.",
        oneOf: [{ type: "array", items: { type: "string" } }, { type: "object", additionalProperties: { type: "string" } }],
      },
      rules: { $ref: "#/definitions/rules" },
      overrides: {
        type: "array",
        items: {
          type: "object",
          required: ["files"],
          additionalProperties: false,
          properties: { files: globs, excludedFiles: globs, rules: { $ref: "#/definitions/rules" }, settings: { type: "object" } },
        },
      },
      ignores: { type: "array", items: { type: "string" }, description: "Globs of files not to lint, relative to this file." },
      format: { type: "string", description: "Default output format (stylish, json, ...)." },
      settings: { type: "object", description: "Shared settings every rule can read." },
    },
  };
}
