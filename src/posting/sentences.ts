import type { Range } from "./types.js";

const ABBREVIATIONS = new Set([
  "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "inc", "ltd", "co", "jr", "sr", "st", "u.s", "u.k",
  "a.m", "p.m", "no", "approx", "incl", "dept", "est", "ph.d", "b.s", "b.a", "m.s", "m.a", "fig",
]);

/**
 * Splits [start, end) of `text` into sentence ranges: a sentence ends at . ! or ?
 * (with closing quotes, brackets or emphasis marks) followed by white space and a
 * capital, digit, opening quote or emphasis mark, unless the word before the
 * period is a known abbreviation. Template tags between the two do not count
 * (`open. {% if page.opens == 'tbd' %} The target date`): careers sites wrap
 * sentences in them.
 * Leading and trailing white space and template tags (`{% %}`, `{# #}`, which
 * render as nothing) are trimmed from each range.
 */
export function splitSentences(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let sentenceStart = start;
  // Emphasis marks may close one sentence and open the next ("role.** Engineers", "done. **There"); one
  // flat class each and the run anchored at its first mark keep the scan linear.
  const boundary = /(?<![.!?])[.!?]+["'”’)\]*_]*(?=(?:\s*\{[{%#][^{}]*[}%#]\})*\s+["'“‘(\[*_]*[\p{Lu}\p{N}])/gu;
  boundary.lastIndex = start;
  const slice = text.slice(0, end);
  for (let m = boundary.exec(slice); m; m = boundary.exec(slice)) {
    const stop = m.index + m[0].length;
    if (m[0].startsWith(".") && isAbbreviation(text, m.index)) continue;
    pushTrimmed(text, sentenceStart, stop, out);
    sentenceStart = stop;
  }
  pushTrimmed(text, sentenceStart, end, out);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

function pushTrimmed(text: string, start: number, end: number, out: Range[]): void {
  for (;;) {
    while (start < end && /\s/.test(text[start]!)) start++;
    const close = TAG_CLOSERS[text.slice(start, start + 2)];
    const closed = close ? text.indexOf(close, start + 2) : -1;
    if (closed < 0 || closed + 2 > end) break;
    start = closed + 2;
  }
  for (;;) {
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    const open = TAG_OPENERS[text.slice(end - 2, end)];
    const opened = open ? text.lastIndexOf(open, end - 3) : -1;
    if (opened < start) break;
    end = opened;
  }
  if (end > start) out.push({ start, end });
}

/** Template tags and comments render as nothing; an expression (`{{ company }}`) renders as words, and stays. */
const TAG_CLOSERS: Record<string, string> = { "{%": "%}", "{#": "#}" };
const TAG_OPENERS: Record<string, string> = { "%}": "{%", "#}": "{#" };
