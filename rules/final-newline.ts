import { insertAt, removeRange } from "../src/engine/fixer.js";
import { defineRule } from "../src/engine/rule.js";
import { overlapsAny } from "../src/posting/ranges.js";
import type { Line } from "../src/posting/types.js";

export default defineRule({
  meta: {
    id: "final-newline",
    description: "The file should end with exactly one line break, written as the file writes its others",
    category: "formatting",
    recommended: "off",
    fixable: true,
    examples: {
      valid: [
        { name: "one final line break", text: "Responsibilities\n- Build dashboards.\n" },
        { name: "an empty file", text: "" },
        {
          name: "blank lines inside an unclosed code fence are the code's",
          filePath: "example.md",
          text: "```\nmake all\n\n\n",
        },
      ],
      invalid: [
        {
          name: "no line break at the end",
          text: "Responsibilities\r\n- Build dashboards.",
          messages: [{ line: 2, column: 20, message: "No line break at the end of the file: add one" }],
          output: "Responsibilities\r\n- Build dashboards.\r\n",
        },
        {
          name: "blank lines after the last line",
          text: "Benefits\n- Health insurance\n\n  \n",
          messages: [{ line: 3, column: 1, message: "2 blank lines at the end of the file: end it with one line break" }],
          output: "Benefits\n- Health insurance\n",
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    const { lines, text } = posting;
    const lastContent = lastContentLine(lines);
    if (!lastContent) return;
    if (lastContent.eol === "") {
      context.report({
        message: "No line break at the end of the file: add one",
        range: { start: lastContent.end, end: lastContent.end },
        // "\n" is written as the file's own line ending.
        fix: insertAt(lastContent.end, "\n"),
      });
      return;
    }
    const extraStart = lastContent.end + lastContent.eol.length;
    if (extraStart >= text.length || overlapsAny(posting.nonProse, extraStart, text.length)) return;
    const blank = lines.length - lastContent.number;
    context.report({
      message: `${blank} blank line${blank === 1 ? "" : "s"} at the end of the file: end it with one line break`,
      range: { start: extraStart, end: text.length },
      fix: removeRange({ start: extraStart, end: text.length }),
    });
  },
});

function lastContentLine(lines: readonly Line[]): Line | undefined {
  for (let i = lines.length - 1; i >= 0; i--) if (!/^[ \t]*$/.test(lines[i]!.text)) return lines[i];
  return undefined;
}
