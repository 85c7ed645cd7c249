import type { HeadingCase } from "./types.js";

/** Short function words that Title Case leaves in lower case (Chicago/AP style). */
export const MINOR_WORDS = new Set([
  "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off",
  "on", "per", "to", "up", "via", "with", "from", "into", "onto", "over", "vs", "vs.", "en", "de", "if",
]);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.+#-]*/gu;

export interface CaseInfo {
  /** The most specific case the heading is written in. */
  case: HeadingCase;
  /** Every case style the heading also satisfies (a one-word heading is Title and Sentence case at once). */
  fits: HeadingCase[];
}

/** Words whose capitals are not a matter of case style: acronyms, product names, numbers. */
export function isCaseNeutral(word: string): boolean {
  if (!/\p{L}/u.test(word)) return true;
  // iOS, macOS, eBay, GitHub, JavaScript, C++, AWS, B2B, 401(k)
  if (/\p{N}/u.test(word)) return true;
  if (/^\p{Ll}+\p{Lu}/u.test(word)) return true;
  if (/^\p{Lu}[\p{Ll}'’]*\p{Lu}/u.test(word) && /\p{Ll}/u.test(word)) return true;
  if (/^\p{Lu}{2,}s?$/u.test(word) || /[+#]/.test(word)) return true;
  return false;
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Classifies a heading's capitalisation the way style guides judge it. */
export function classifyCase(text: string): CaseInfo {
  const ws = words(text);
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    const allAcronyms = ws.every((w) => w.length <= 4 || !/\p{L}/u.test(w));
    if (!(allAcronyms && ws.length === 1)) return { case: "upper", fits: ["upper"] };
  }
  const first = ws.find((w) => /\p{L}/u.test(w));
  if (first && /^\p{Ll}/u.test(first) && !isCaseNeutral(first)) return { case: "lower", fits: ["lower"] };
  let titleOk = true;
  let sentenceOk = true;
  ws.forEach((w, i) => {
    if (i === 0 || isCaseNeutral(w)) return;
    const lower = w.toLowerCase();
    const capital = /^\p{Lu}/u.test(w);
    const afterColon = new RegExp(`[:—–-]\\s*${escapeRegExp(w)}`).test(text) && i > 0;
    if (MINOR_WORDS.has(lower)) {
      // Title Case keeps minor words lower case but a capital is tolerated; sentence case wants lower.
      if (capital && !afterColon) sentenceOk = false;
      return;
    }
    if (capital) {
      if (!afterColon) sentenceOk = false;
    } else titleOk = false;
  });
  // Proper nouns make "sentence" look like title; judge by the non-neutral words.
  const fits: HeadingCase[] = [];
  if (titleOk) fits.push("title");
  if (sentenceOk) fits.push("sentence");
  if (fits.length === 0) return { case: "sentence", fits: [] };
  return { case: fits[0]!, fits };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
