/**
 * Word tokens of posting prose: the one input of the language rules (and of
 * formatting rules that reason about words, such as no-repeated-words).
 *
 * - Only `posting.prose` is read, so code, URLs, e-mail addresses, template
 *   syntax, comments and front matter never yield a word.
 * - A word is a run of letters, digits and combining marks, joined by inner
 *   apostrophes, hyphens, periods or soft hyphens ("don't", "fast-paced",
 *   "Node.js", "U.S"), with "C++", "C#" and ".NET" kept whole.
 * - `breakBefore` marks where a phrase may not run on: a sentence end, a block
 *   boundary (blank line, new list item, heading line, any line in plain text)
 *   or text that is not prose. Commas, quotes, slashes, brackets and emphasis
 *   marks do not break, so "work hard, play hard" and "**he/she**" stay phrases.
 *
 * Tokens are computed once per Posting (cached) in one linear pass.
 */
import { LineIndex } from "./lines.js";
import type { Posting, Range, TextView } from "./types.js";

export interface WordToken {
  /** The word as written. */
  text: string;
  /** Lower case, with typographic apostrophes and hyphens made ASCII and soft hyphens removed. */
  lower: string;
  /** Offsets into `posting.text`; `end` exclusive. */
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** A sentence end, a block boundary or non-prose text stands between this word and the previous one. */
  breakBefore: boolean;
}

const WORD_CORE = String.raw`[\p{L}\p{N}][\p{L}\p{N}\p{M}]*`;
/**
 * Deterministic: every repetition starts with a joiner that the core class
 * does not contain, so the regex never backtracks more than one character.
 */
const WORD = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}\p{M}.])\.(?=\p{L}))?${WORD_CORE}(?:['’\-‐‑.\u00AD]${WORD_CORE})*(?:\+\+|#(?![\p{L}\p{N}]))?`,
  "gu",
);

/** Punctuation that ends a sentence or clause: no phrase runs across it. */
const BREAK_PUNCTUATION = new Set([".", "!", "?", ";", ":", "|", "•", "·", "…"]);
/** What can open a Markdown block at the start of a line (list marker, heading, quote, table row). */
const BLOCK_START = new Set(["-", "*", "+", "•", "#", ">", "|", "="]);

const cache = new WeakMap<Posting, readonly WordToken[]>();

/** The words of the posting's prose, in document order. Cached per posting. */
export function proseTokens(posting: Posting): readonly WordToken[] {
  let tokens = cache.get(posting);
  if (!tokens && posting.view) {
    tokens = viewTokens(posting, posting.view);
    cache.set(posting, tokens);
  }
  if (!tokens) {
    const headingLines = new Set<number>();
    for (const h of posting.headings) {
      headingLines.add(h.line);
      if (h.underlineLine) headingLines.add(h.underlineLine);
    }
    tokens = scan(posting.text, posting.prose, posting.format === "markdown", headingLines, posting.lines.map((l) => l.start));
    cache.set(posting, tokens);
  }
  return tokens;
}

/**
 * HTML: the words of what a reader sees ("don&rsquo;t" is one word, a tag
 * between two words breaks no phrase, a block or `<br>` does), each mapped
 * back to where it is written.
 */
function viewTokens(posting: Posting, view: TextView): WordToken[] {
  const tokens = tokenizeText(view.text);
  const index = new LineIndex(posting.lines);
  for (const t of tokens) {
    t.start = view.sourceStart(t.start);
    t.end = view.sourceEnd(t.end);
    t.line = index.lineAt(t.start).number;
  }
  return tokens;
}

/** The words of a bare string, read as plain text (every line its own block). For word lists and tests. */
export function tokenizeText(text: string): WordToken[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  return scan(text, [{ start: 0, end: text.length }], false, new Set(), lineStarts);
}

/** Lower-cases a word for matching: ASCII apostrophe and hyphen, no soft hyphen. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return /[’‘‐‑\u00AD]/.test(lower) ? lower.replace(/[’‘]/g, "'").replace(/[‐‑]/g, "-").replace(/\u00AD/g, "") : lower;
}

function scan(text: string, prose: readonly Range[], markdown: boolean, headingLines: ReadonlySet<number>, lineStarts: readonly number[]): WordToken[] {
  const out: WordToken[] = [];
  let lineIndex = 0;
  let prevEnd = -1;
  let prevLine = 0;
  for (const range of prose) {
    const slice = text.slice(range.start, range.end);
    let first = true;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
      const start = range.start + m.index;
      const end = start + m[0].length;
      while (lineIndex + 1 < lineStarts.length && lineStarts[lineIndex + 1]! <= start) lineIndex++;
      const line = lineIndex + 1;
      // Crossing text that is not prose (code, a URL, template syntax) breaks a phrase.
      const breakBefore =
        prevEnd < 0 || first || gapBreaks(text, prevEnd, start, markdown) ||
        (line !== prevLine && (!markdown || headingLines.has(line) || headingLines.has(prevLine)));
      out.push({ text: m[0], lower: normalizeWord(m[0]), start, end, line, breakBefore });
      first = false;
      prevEnd = end;
      prevLine = line;
    }
  }
  return out;
}

/** Whether the text between two words holds a sentence end or (in Markdown) a block boundary. */
function gapBreaks(text: string, from: number, to: number, markdown: boolean): boolean {
  let newlines = 0;
  let atLineStart = false;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      if (!markdown || ++newlines > 1) return true;
      atLineStart = true;
      continue;
    }
    if (atLineStart) {
      if (c === " " || c === "\t") continue;
      if (BLOCK_START.has(c)) return true;
      atLineStart = false;
    }
    if (BREAK_PUNCTUATION.has(c)) return true;
  }
  return false;
}
