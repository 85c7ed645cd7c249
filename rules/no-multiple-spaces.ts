import { replaceRange } from "../src/engine/fixer.js";
import { defineRule } from "../src/engine/rule.js";
import { matchListMarker } from "../src/posting/list-marker.js";
import type { Line, Posting, Range } from "../src/posting/types.js";
import { isEditable } from "./lib/editable.js";

const ATX_OPENING = /^ {0,3}#{1,6}[ \t]+/;
const CLOSING_HASHES = /^#+[ \t]*$/;

export default defineRule({
  meta: {
    id: "no-multiple-spaces",
    description: "A run of two or more spaces between words",
    category: "formatting",
    recommended: "warn",
    fixable: true,
    examples: {
      valid: [
        { name: "single spaces", text: "Build dashboards for the sales team.\n" },
        {
          name: "spaces that align a table's columns are structure",
          filePath: "example.md",
          text: "| Level  | Pay       |\n| ------ | --------- |\n| GS-14  | $120,000  |\n",
        },
        { name: "spaces after a list marker set its indentation", filePath: "example.md", text: "-   Build dashboards.\n1.  Ship weekly.\n" },
        { name: "spaces after a heading's hashes and before its closing ones", filePath: "example.md", text: "##  Benefits   ##\n" },
        { name: "indentation and code spans are left alone", filePath: "example.md", text: "- Lead:\n    - design reviews\n\nRun `make  all` first.\n" },
      ],
      invalid: [
        {
          name: "two spaces after a sentence",
          text: "We ship weekly.  You will own releases.\n",
          messages: [{ line: 1, column: 16, message: "2 spaces between words: use one" }],
          output: "We ship weekly. You will own releases.\n",
        },
        {
          name: "a run inside a list item",
          filePath: "example.md",
          text: "- Experience   with Kubernetes\r\n- SQL\r\n",
          messages: [{ line: 1, column: 13, message: "3 spaces between words: use one" }],
          output: "- Experience with Kubernetes\r\n- SQL\r\n",
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    for (const line of posting.lines) {
      if (!line.text.includes("  ")) continue;
      for (const run of spaceRuns(posting, line)) {
        context.report({ message: `${run.end - run.start} spaces between words: use one`, range: run, fix: replaceRange(run, " ") });
      }
    }
  },
});

/** Runs of 2+ spaces with a non-blank character on each side, outside structure. */
function spaceRuns(posting: Posting, line: Line): Range[] {
  const { text } = line;
  // White space after a list, blockquote or heading marker is markup, not a gap between words.
  const atx = posting.format === "markdown" ? ATX_OPENING.exec(text) : null;
  const contentFrom = atx ? atx[0].length : (matchListMarker(text)?.length ?? line.indent.length);
  const out: Range[] = [];
  let i = contentFrom;
  while (i < text.length) {
    if (text[i] !== " ") {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && text[i] === " ") i++;
    if (i - start < 2 || start === 0 || i === text.length) continue;
    const before = text[start - 1]!;
    const after = text[i]!;
    if (isBlank(before) || isBlank(after)) continue;
    // Next to a pipe the spaces align a table's columns; before a closing "#" they align a box or close a heading.
    if (before === "|" || after === "|" || CLOSING_HASHES.test(text.slice(i))) continue;
    const range = { start: line.start + start, end: line.start + i };
    if (isEditable(posting, range.start, range.end)) out.push(range);
  }
  return out;
}

function isBlank(c: string): boolean {
  return c === "\t" || /\s/.test(c);
}
