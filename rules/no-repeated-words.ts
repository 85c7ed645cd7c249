import { removeRange } from "../src/engine/fixer.js";
import { defineRule, type Fix } from "../src/engine/rule.js";
import { proseTokens, type WordToken } from "../src/posting/tokens.js";
import type { Posting } from "../src/posting/types.js";

/** Repeats that English grammar allows ("the problem is that that fails", "we had had"). */
const LEGITIMATE = new Set(["that", "had"]);
/** Words that are never a proper name, so "The The" is a typo rather than "Walla Walla". */
const FUNCTION_WORDS = new Set(["a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "is", "are", "be", "we", "you", "our", "your"]);

export default defineRule({
  meta: {
    id: "no-repeated-words",
    description: "A word typed twice in a row (\"the the\", \"and and\"), also across a line break inside a Markdown paragraph; the fix drops the repeat",
    category: "formatting",
    recommended: "warn",
    fixable: true,
    examples: {
      valid: [
        { name: "a repeat across sentence punctuation", text: "You will own the roadmap. The roadmap is yours.\n" },
        { name: "repeats grammar allows", text: "We had had two releases. We know that that matters.\n" },
        { name: "a place name", text: "Offices in Walla Walla and Boise.\n" },
        { name: "code spans are not prose", filePath: "example.md", text: "Run `make make` to build.\n" },
      ],
      invalid: [
        {
          name: "a doubled article",
          text: "You will partner with the the district manager.\n",
          messages: [{ line: 1, column: 23, message: "\"the\" repeated: drop the second one" }],
          output: "You will partner with the district manager.\n",
        },
        {
          name: "across a line break inside a Markdown paragraph",
          filePath: "example.md",
          text: "Our teams plan and\r\nand ship together.\r\n",
          messages: [{ line: 1, column: 16 }],
          output: "Our teams plan and\r\nship together.\r\n",
        },
        {
          name: "case does not hide a repeat",
          text: "The the team is remote.\n",
          messages: [{ line: 1, column: 1, message: "\"the\" repeated: drop the second one" }],
          output: "The team is remote.\n",
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    const tokens = proseTokens(posting);
    for (let i = 1; i < tokens.length; i++) {
      const first = tokens[i - 1]!;
      const second = tokens[i]!;
      if (!isRepeat(posting, first, second)) continue;
      const fix = dropRepeat(posting, first, second);
      context.report({
        message: `"${second.lower}" repeated: drop the second one`,
        range: { start: first.start, end: second.end },
        ...(fix ? { fix } : {}),
      });
    }
  },
});

function isRepeat(posting: Posting, first: WordToken, second: WordToken): boolean {
  if (second.breakBefore || first.lower !== second.lower || LEGITIMATE.has(first.lower)) return false;
  if (!/\p{L}/u.test(first.lower)) return false;
  if (isCapitalized(first.text) && isCapitalized(second.text) && !FUNCTION_WORDS.has(first.lower)) return false;
  return isPlainGap(posting.text, first.end, second.start);
}

/** Only spaces, tabs and at most one line break: a comma, a quote or emphasis means the words stand apart on purpose. */
function isPlainGap(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === " " || c === "\t") continue;
    if (c === "\r" && text[i + 1] === "\n") i++;
    else if (c !== "\r" && c !== "\n") return false;
    if (++breaks > 1) return false;
  }
  return true;
}

function isCapitalized(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word);
}

/**
 * On one line the repeat goes with the space before it. Across a line break
 * the line break stays: the second word goes with the spaces after it when a
 * letter follows (so nothing can start a Markdown block there), else the first
 * word goes with the spaces before it when a word precedes it on its line.
 */
function dropRepeat(posting: Posting, first: WordToken, second: WordToken): Fix | undefined {
  const { text } = posting;
  if (first.line === second.line) return removeRange({ start: first.end, end: second.end });
  let after = second.end;
  while (text[after] === " " || text[after] === "\t") after++;
  if (after > second.end && /\p{L}/u.test(text[after] ?? "")) return removeRange({ start: second.start, end: after });
  let before = first.start;
  while (before > 0 && (text[before - 1] === " " || text[before - 1] === "\t")) before--;
  if (before < first.start && hasWordBefore(text, posting.lines[first.line - 1]!.start, before)) {
    return removeRange({ start: before, end: first.end });
  }
  return undefined;
}

/** Whether a letter stands in text[lineStart, offset): then no block marker ("-", "1.") is left alone on the line. */
function hasWordBefore(text: string, lineStart: number, offset: number): boolean {
  for (let i = offset - 1; i >= lineStart; i--) if (/\p{L}/u.test(text[i]!)) return true;
  return false;
}
