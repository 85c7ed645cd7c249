/**
 * Phrase matching over word tokens with a trie: each start position walks at
 * most one path per phrase prefix, so a posting costs O(words x longest phrase)
 * whatever the number of phrases.
 *
 * Phrases are written as plain text and read with the same tokenizer as the
 * posting, so case, curly apostrophes and punctuation between words do not
 * matter ("he/she" = "he / she"; "work hard, play hard" = "work hard play hard").
 * Hyphenated words match their spaced form both ways ("fast-paced" = "fast
 * paced"). A `…` between words stands for up to two further words, for
 * coordinate adjectives ("fast-paced … environment" matches "a fast-paced,
 * dynamic environment"). No phrase runs across a token's `breakBefore`.
 */
import { tokenizeText, type WordToken } from "./tokens.js";
import type { Range } from "./types.js";

/** Words a `…` may stand for. */
const MAX_GAP_WORDS = 2;
const GAP = "…";

export interface PhraseMatch<T> {
  value: T;
  /** From the first matched word to the last. */
  range: Range;
  /** Indexes into the token array of the first and last matched word. */
  firstToken: number;
  lastToken: number;
  /** The words a `…` stood for (empty when it stood for none). */
  gap?: Range;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  /** The node reached after a `…`. */
  gap?: Node<T>;
  value?: { v: T };
}

/** A word split at its hyphens: the unit phrases are matched on. */
interface Part {
  text: string;
  start: number;
  end: number;
  token: number;
  breakBefore: boolean;
  firstOfToken: boolean;
  lastOfToken: boolean;
}

const partsCache = new WeakMap<readonly WordToken[], Part[]>();

export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map() };
  private size = 0;

  /** Later entries with the same phrase do not replace earlier ones. */
  constructor(entries: Iterable<readonly [phrase: string, value: T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  get phraseCount(): number {
    return this.size;
  }

  add(phrase: string, value: T): this {
    let node = this.root;
    let empty = true;
    for (const [i, segment] of phrase.split(GAP).entries()) {
      if (i > 0) node = node.gap ??= { next: new Map() };
      for (const token of tokenizeText(segment)) {
        for (const part of token.lower.split("-")) {
          let child = node.next.get(part);
          if (!child) node.next.set(part, (child = { next: new Map() }));
          node = child;
          empty = false;
        }
      }
    }
    if (!empty && !node.value) {
      node.value = { v: value };
      this.size++;
    }
    return this;
  }

  /**
   * Leftmost-longest, non-overlapping matches. A phrase whose value means "not
   * this" (an exception such as "competitive salary") thereby hides the shorter
   * phrases it contains.
   */
  matchAll(tokens: readonly WordToken[]): PhraseMatch<T>[] {
    const parts = splitParts(tokens);
    const out: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < parts.length) {
      // Most words start no phrase: one map lookup says so before any search is set up.
      const best = parts[i]!.firstOfToken && this.root.next.has(parts[i]!.text) ? this.longestAt(parts, i) : undefined;
      if (!best) {
        i++;
        continue;
      }
      const first = parts[i]!;
      const last = parts[best.end]!;
      out.push({
        value: best.value,
        range: { start: first.start, end: last.end },
        firstToken: first.token,
        lastToken: last.token,
        ...(best.gap ? { gap: best.gap } : {}),
      });
      i = best.end + 1;
    }
    return out;
  }

  private longestAt(parts: readonly Part[], start: number): { end: number; value: T; gap?: Range } | undefined {
    let best: { end: number; value: T; gap?: Range } | undefined;
    const visit = (node: Node<T>, at: number, gap: Range | undefined): void => {
      // `at` is the next part to read; the phrase so far ends at part at - 1.
      if (node.value && at > start && parts[at - 1]!.lastOfToken && (!best || at - 1 > best.end)) {
        best = { end: at - 1, value: node.value.v, ...(gap ? { gap } : {}) };
      }
      const here = parts[at];
      if (here && (at === start || !here.breakBefore)) {
        const child = node.next.get(here.text);
        if (child) visit(child, at + 1, gap);
      }
      if (node.gap && at > start) this.skipWords(parts, at, node.gap, gap, visit);
    };
    visit(this.root, start, undefined);
    return best;
  }

  /** Tries a `…` standing for 0, 1 or 2 whole words that do not cross a break. */
  private skipWords(
    parts: readonly Part[],
    at: number,
    next: Node<T>,
    outerGap: Range | undefined,
    visit: (node: Node<T>, at: number, gap: Range | undefined) => void,
  ): void {
    if (!parts[at - 1]!.lastOfToken) return;
    visit(next, at, outerGap);
    let j = at;
    for (let words = 1; words <= MAX_GAP_WORDS; words++) {
      const first = parts[j];
      if (!first || first.breakBefore) return;
      while (parts[j + 1] && !parts[j]!.lastOfToken) j++;
      const after = parts[j + 1];
      if (!after || after.breakBefore) return;
      visit(next, j + 1, { start: parts[at]!.start, end: parts[j]!.end });
      j++;
    }
  }
}

function splitParts(tokens: readonly WordToken[]): Part[] {
  let parts = partsCache.get(tokens);
  if (parts) return parts;
  parts = [];
  // Index loops, not entries(): this runs over every word of every posting.
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.lower.includes("-")) {
      parts.push({ text: token.lower, start: token.start, end: token.end, token: index, breakBefore: token.breakBefore, firstOfToken: true, lastOfToken: true });
      continue;
    }
    const pieces = token.lower.split("-");
    let offset = token.start;
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!;
      // Inner offsets drift when a soft hyphen was dropped; matches only use word starts and ends.
      const end = k === pieces.length - 1 ? token.end : offset + piece.length;
      parts.push({
        text: piece,
        start: offset,
        end,
        token: index,
        breakBefore: k === 0 && token.breakBefore,
        firstOfToken: k === 0,
        lastOfToken: k === pieces.length - 1,
      });
      offset = end + 1;
    }
  }
  partsCache.set(tokens, parts);
  return parts;
}

export interface PhraseVariant {
  text: string;
  /** For each `{…}` group (by its source text), the index of the alternative taken. */
  choices: ReadonlyMap<string, number>;
}

/**
 * Expands `{a|b}` groups (not nested) into every combination: "{hit|hits} the
 * ground running" is two phrases. An empty alternative (`{|and}`) is allowed.
 */
export function expandAlternatives(pattern: string): PhraseVariant[] {
  const open = pattern.indexOf("{");
  const close = open < 0 ? -1 : pattern.indexOf("}", open);
  if (close < 0) return [{ text: pattern, choices: new Map() }];
  const group = pattern.slice(open, close + 1);
  const head = pattern.slice(0, open);
  const out: PhraseVariant[] = [];
  for (const [i, alternative] of group.slice(1, -1).split("|").entries()) {
    for (const rest of expandAlternatives(pattern.slice(close + 1))) {
      out.push({ text: head + alternative + rest.text, choices: new Map([...rest.choices, [group, i]]) });
    }
  }
  return out;
}

/** Fills the `{…}` groups of `template` with the alternatives a phrase variant took from the same groups. */
export function applyChoices(template: string, choices: ReadonlyMap<string, number>): string {
  return template.replace(/\{[^{}]*\}/g, (group) => {
    const i = choices.get(group);
    if (i === undefined) throw new Error(`"${template}": the group ${group} does not occur in its phrase`);
    return group.slice(1, -1).split("|")[i]!;
  });
}
