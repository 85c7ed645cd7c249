import { insertAt, replaceRange } from "../src/engine/fixer.js";
import { defineRule } from "../src/engine/rule.js";

export default defineRule({
  meta: {
    id: "valid-front-matter",
    description:
      "YAML front matter the site generator can read: fields and comments closed by '---' with no opening '---' (Jekyll and Hugo then publish them as text), or an opening '---' that is never closed",
    category: "structure",
    recommended: "warn",
    hasSuggestions: true,
    examples: {
      valid: [
        { name: "front matter between two fences", filePath: "example.md", text: "---\ntitle: Data Engineer\nlocation: Remote\n---\n\n# Data Engineer\n" },
        {
          name: "a heading, two Key: value lines and a thematic break are Markdown",
          filePath: "example.md",
          text: "# Data Engineer\n\nLocation: Remote\nTeam: Platform\n\n---\n\nWe move data.\n",
        },
      ],
      invalid: [
        {
          name: "no opening fence: the fields would be published as text",
          filePath: "example.md",
          text: "# The title, as \"Org: Position\"\ntitle: \"TTS: Engineer\"\nlocation: Remote\nsalary_min: 120000\nsalary_max: 150000\n---\n\n## Role summary\n\nBuild things.\n",
          messages: [{ line: 1, column: 1, message: "Front matter has no opening '---': the site generator publishes its fields as text" }],
        },
        {
          name: "closed with a mistyped fence",
          filePath: "example.md",
          text: "---\ntitle: Data Engineer\nlocation: Remote\n--\n\nWe move data.\n",
          messages: [{ line: 1, column: 1, message: "Front matter is closed with '--' (line 4), not '---'" }],
        },
        {
          name: "never closed",
          filePath: "example.md",
          text: "---\ntitle: Data Engineer\nlocation: Remote\n\nWe move data.\n",
          messages: [{ line: 1, column: 1, message: "Front matter is never closed: add '---' after its last field (line 3)" }],
        },
      ],
    },
  },
  create(context) {
    const { frontMatter, lines } = context.posting;
    if (!frontMatter?.problem) return;
    const firstLine = lines[0]!;
    const range = { start: firstLine.start, end: firstLine.end };
    if (frontMatter.problem === "unopened") {
      // Suggestions, not fixes: the page renders quite differently once the generator reads the block, so a person decides.
      context.report({
        message: "Front matter has no opening '---': the site generator publishes its fields as text",
        range,
        suggestions: [{ desc: "Open the front matter with '---'", fix: insertAt(0, "---\n") }],
      });
      return;
    }
    // Closed after its last YAML line, which is where the author most likely meant it to end.
    const end = frontMatter.range.end;
    const last = lines.findLast((l) => l.start < end)!;
    // The first line after the fields that is not blank: a fence mistyped ("--") closes it in the author's mind.
    let n = last.number;
    while (n < lines.length && lines[n]!.text.trim() === "") n++;
    const next = lines[n];
    if (next && /^(?:--|-{4,}|—|–)[ \t]*$/.test(next.text)) {
      context.report({
        message: `Front matter is closed with '${next.text.trim()}' (line ${next.number}), not '---'`,
        range,
        suggestions: [{ desc: "Close the front matter with '---'", fix: replaceRange({ start: next.start, end: next.end }, "---") }],
      });
      return;
    }
    context.report({
      message: `Front matter is never closed: add '---' after its last field (line ${last.number})`,
      range,
      suggestions: [{ desc: "Close the front matter after its last field", fix: insertAt(end, last.eol === "" ? "\n---\n" : "---\n") }],
    });
  },
});
