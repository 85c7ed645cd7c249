import { replaceRange } from "../src/engine/fixer.js";
import { defineRule } from "../src/engine/rule.js";
import { findRange, mergeRanges, overlapsAny } from "../src/posting/ranges.js";
import type { Line, Posting, Range } from "../src/posting/types.js";
import { joinsLineBreaks } from "./lib/editable.js";
import { eachBlock } from "./lib/outline.js";

/**
 * Two spaces before a line break inside a paragraph make a Markdown hard break
 * that the author can see rendered, so they stay. Rewriting it as a backslash
 * break would be visible, but kramdown (Jekyll's default, where many careers
 * sites keep postings) does not read backslash breaks.
 */
const HARD_BREAK = "  ";

export default defineRule({
  meta: {
    id: "no-trailing-whitespace",
    description:
      "Spaces or tabs at the end of a line. A Markdown hard line break made of exactly two spaces is kept; one made of more loses only the extra spaces",
    category: "formatting",
    recommended: "warn",
    fixable: true,
    examples: {
      valid: [
        { name: "clean lines", text: "Responsibilities\n- Build dashboards.\n" },
        {
          name: "two spaces before a line break inside a Markdown paragraph are a hard break, kept on purpose",
          filePath: "example.md",
          text: "Cinder Mesa Health  \n14 Main Street, Tucson\n",
        },
        { name: "fenced code is left as written", filePath: "example.md", text: "```\nmake all   \n```\n" },
      ],
      invalid: [
        {
          name: "spaces and tabs at line ends",
          text: "Responsibilities   \n- Build dashboards.\t\n",
          messages: [
            { line: 1, column: 17, message: "Trailing whitespace (3 spaces): remove it" },
            { line: 2, column: 20, message: "Trailing whitespace (1 tab): remove it" },
          ],
          output: "Responsibilities\n- Build dashboards.\n",
        },
        {
          name: "a line of nothing but white space",
          text: "Benefits\n    \n- Health insurance\n",
          messages: [{ line: 2, column: 1, message: "Line holds only white space (4 spaces): remove it" }],
          output: "Benefits\n\n- Health insurance\n",
        },
        {
          name: "CRLF line endings stay",
          filePath: "example.md",
          text: "## Role \r\n\r\nTrain apprentices.  \r\n",
          messages: [
            { line: 1, column: 8 },
            { line: 3, column: 19 },
          ],
          output: "## Role\r\n\r\nTrain apprentices.\r\n",
        },
        {
          name: "a hard break of more than two spaces keeps two, so the break stays",
          filePath: "example.md",
          text: "Cinder Mesa Health     \n14 Main Street, Tucson\n",
          messages: [{ line: 1, column: 19, message: "Trailing whitespace (5 spaces) on a hard line break: keep two" }],
          output: "Cinder Mesa Health  \n14 Main Street, Tucson\n",
        },
        {
          name: "two spaces at the end of a paragraph break nothing: removed",
          filePath: "example.md",
          text: "We ship weekly.  \n\n## Benefits\n",
          messages: [{ line: 1, column: 16 }],
          output: "We ship weekly.\n\n## Benefits\n",
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    const paragraphs = paragraphRanges(posting);
    for (const line of posting.lines) {
      const start = trailingStart(line);
      if (start === line.end || overlapsAny(posting.nonProse, start, line.end)) continue;
      const run = posting.text.slice(start, line.end);
      const range = { start, end: line.end };
      const what = describe(run);
      if (start === line.start) {
        const message = `Line holds only white space (${what}): remove it`;
        // Emptying the line would join the CR before it and the LF after it into one line ending.
        context.report({ message, range, ...(joinsLineBreaks(posting.text, start, line.end) ? {} : { fix: replaceRange(range, "") }) });
        continue;
      }
      if (!(run.endsWith(HARD_BREAK) && isInside(paragraphs, line.end))) {
        context.report({ message: `Trailing whitespace (${what}): remove it`, range, fix: replaceRange(range, "") });
      } else if (run !== HARD_BREAK) {
        // The break is what the author sees rendered; only the invisible surplus goes.
        context.report({ message: `Trailing whitespace (${what}) on a hard line break: keep two`, range, fix: replaceRange(range, HARD_BREAK) });
      }
    }
  },
});

function trailingStart(line: Line): number {
  let i = line.text.length;
  while (i > 0 && (line.text[i - 1] === " " || line.text[i - 1] === "\t")) i--;
  return line.start + i;
}

/**
 * Paragraphs and headings of a Markdown posting, in document order. Two
 * spaces at a line end inside one make a hard break. This is decided from the
 * line, not from the parser's break nodes: renderers disagree on a run such
 * as " \t  ", and a fix must not remove a break any of them draws.
 */
function paragraphRanges(posting: Posting): Range[] {
  const out: Range[] = [];
  eachBlock(posting, "paragraph", (p) => out.push({ start: p.start, end: p.end }));
  // A setext heading's range takes in its underline; only its text can hold a break.
  eachBlock(posting, "heading", (h) => {
    if (h.content) out.push(h.content);
  });
  return mergeRanges(out);
}

/** Whether `offset` lies strictly inside one of the merged ranges (a line end before the block's last line). */
function isInside(ranges: readonly Range[], offset: number): boolean {
  const i = findRange(ranges, offset);
  return i >= 0 && ranges[i]!.start < offset;
}

function describe(run: string): string {
  let spaces = 0;
  let tabs = 0;
  for (const c of run) {
    if (c === "\t") tabs++;
    else spaces++;
  }
  const parts: string[] = [];
  if (spaces) parts.push(`${spaces} space${spaces > 1 ? "s" : ""}`);
  if (tabs) parts.push(`${tabs} tab${tabs > 1 ? "s" : ""}`);
  return parts.join(", ");
}
