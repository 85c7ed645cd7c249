import type { NameForms } from "./heading-case.js";
import type { Item } from "./types.js";

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.+#-]*/gu;
/** Marks that may open a sentence or list entry right before its first word. */
const OPENERS = new Set([..." \t\n*_“\"'‘("]);
/** Punctuation that ends a sentence or introduces a list entry. */
const BREAKS = new Set([...".!?:;•>#—–-"]);

/**
 * Which words the posting itself writes as names, never in lower case: with a
 * capital in mid-sentence ("services written in Rust"), as an acronym ("AWS"),
 * or at least twice with a capital where any word would have one (a sentence
 * start, a metadata value: "Location: Flagstaff, AZ" and "Flagstaff sits at
 * 7,000 feet"). `values` are the values of metadata lines and front-matter
 * fields: not prose, but a `description:` writes names as prose does. A case
 * rewrite keeps these, since no style guide lower-cases a name. One linear
 * scan over the body text.
 */
export function nameForms(items: readonly Item[], values: readonly string[] = []): NameForms {
  const names = new Map<string, string>();
  const initialOnly = new Map<string, { form: string; count: number }>();
  const lower = new Set<string>();
  const read = (text: string) => {
    const hasLower = /\p{Ll}/u.test(text);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const word = m[0].replace(/['’]s$|\.$/u, "");
      const key = word.toLowerCase();
      if (word === key) {
        lower.add(key);
        continue;
      }
      // An all-capitals line is shouting, not a list of acronyms.
      const acronym = hasLower && !/\p{Ll}/u.test(word) && /\p{Lu}\P{Ll}*\p{Lu}/u.test(word);
      const midSentence = !startsSentence(text, m.index);
      if (acronym || midSentence) {
        if (!names.has(key)) names.set(key, word);
      } else {
        const seen = initialOnly.get(key);
        if (seen) seen.count++;
        else initialOnly.set(key, { form: word, count: 1 });
      }
    }
  };
  for (const item of items) read(item.text);
  for (const value of values) read(value);
  for (const [key, { form, count }] of initialOnly) if (count >= 2 && !names.has(key)) names.set(key, form);
  return (word) => (lower.has(word) ? undefined : names.get(word));
}

/** Whether the word at `index` starts its text, a sentence or a list entry (opening quotes and markup skipped). */
function startsSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && OPENERS.has(text[i]!)) i--;
  return i < 0 || BREAKS.has(text[i]!);
}
