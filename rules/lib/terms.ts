/**
 * Word lists of the phrase-based language rules (inclusive-language,
 * no-buzzwords): the built-in list from `rules/data/*.json`, a team's own
 * additions and removals, and an allow list of proper names, compiled once into
 * one phrase index and matched over the posting's prose tokens.
 */
import { applyChoices, expandAlternatives, PhraseIndex, type PhraseMatch } from "../../src/posting/phrases.js";
import { proseTokens, tokenizeText, type WordToken } from "../../src/posting/tokens.js";
import type { Posting } from "../../src/posting/types.js";

export interface TermData {
  id: string;
  /** Completes the message after the quoted words: "is a buzzword". */
  why: string;
  /** What to do instead, when there is no drop-in replacement. */
  advice?: string;
  /** The word is also a name ("Ninja" the build tool, "Manning", "Guy"): a capitalised use inside a sentence is not flagged. */
  mayBeName?: boolean;
  /** Phrases, or phrases with their replacements. */
  phrases: string[] | Record<string, string[]>;
}

export interface TermListData {
  /** Phrases that contain a listed term but are not that term ("setup wizard"). */
  exceptions?: string[];
  terms: TermData[];
}

export interface Term {
  id: string;
  why: string;
  advice?: string;
  mayBeName: boolean;
  replacements: string[];
}

export type AddedTerm = string | { phrase: string; replacements?: string[]; why?: string; advice?: string };

export interface TermListOptions {
  /** Extra phrases (with `{a|b}` alternatives and `…`), optionally with replacements. */
  add?: AddedTerm[];
  /** Built-in terms to drop, by id or by phrase. */
  remove?: string[];
  /** Phrases never flagged, such as proper names ("Brigham Young"). */
  allow?: string[];
}

/** JSON schema of `TermListOptions`, for a rule's `meta.options`. */
export const termListOptionsSchema = {
  type: "object",
  properties: {
    add: {
      description: "Extra phrases ({a|b} alternatives, … for up to two words), as strings or with replacements",
      type: "array",
      items: {
        anyOf: [
          { type: "string" },
          {
            type: "object",
            properties: {
              phrase: { type: "string" },
              replacements: { type: "array", items: { type: "string" } },
              why: { type: "string" },
              advice: { type: "string" },
            },
            required: ["phrase"],
            additionalProperties: false,
          },
        ],
      },
    },
    remove: { type: "array", items: { type: "string" }, description: "Built-in terms to drop, by id or by phrase" },
    allow: { type: "array", items: { type: "string" }, description: "Phrases never flagged, such as proper names" },
  },
  additionalProperties: false,
} as const;

export interface FoundTerm {
  term: Term;
  match: PhraseMatch<Term | null>;
  /** The matched words as written, inline markup removed. */
  text: string;
}

export class TermList {
  private readonly compiled = new WeakMap<object, PhraseIndex<Term | null>>();
  private defaultIndex: PhraseIndex<Term | null> | undefined;

  constructor(
    private readonly data: TermListData,
    /** `why` of terms a team adds as bare strings. */
    private readonly addedWhy: string,
  ) {}

  /** The compiled index for these options; compiled once per options object. */
  index(options: TermListOptions = {}): PhraseIndex<Term | null> {
    if (!options.add?.length && !options.remove?.length && !options.allow?.length) {
      return (this.defaultIndex ??= this.compile({}));
    }
    let index = this.compiled.get(options);
    if (!index) this.compiled.set(options, (index = this.compile(options)));
    return index;
  }

  /** Every listed term in the posting's prose, in document order. */
  find(posting: Posting, options: TermListOptions = {}): FoundTerm[] {
    const tokens = proseTokens(posting);
    const headingLines = new Set(posting.headings.map((h) => h.line));
    const out: FoundTerm[] = [];
    for (const match of this.index(options).matchAll(tokens)) {
      const term = match.value;
      if (!term) continue;
      if (term.mayBeName && readsAsName(tokens[match.firstToken]!, headingLines)) continue;
      out.push({ term, match, text: plainText(posting.text.slice(match.range.start, match.range.end)) });
    }
    return out;
  }

  private compile(options: TermListOptions): PhraseIndex<Term | null> {
    const removed = new Set((options.remove ?? []).map(phraseKey));
    const index = new PhraseIndex<Term | null>();
    // Exceptions go first: of two entries for the same phrase the first one stays.
    for (const phrase of [...(options.allow ?? []), ...(this.data.exceptions ?? [])]) {
      for (const variant of expandAlternatives(phrase)) index.add(variant.text, null);
    }
    const entries: { term: TermData; pattern: string; replacements: string[] }[] = [];
    for (const term of this.data.terms) {
      if (removed.has(phraseKey(term.id))) continue;
      const phrases = Array.isArray(term.phrases) ? Object.fromEntries(term.phrases.map((p) => [p, []])) : term.phrases;
      for (const [pattern, replacements] of Object.entries(phrases)) entries.push({ term, pattern, replacements });
    }
    for (const added of options.add ?? []) {
      const spec = typeof added === "string" ? { phrase: added } : added;
      entries.push({
        term: { id: spec.phrase, why: spec.why ?? this.addedWhy, ...(spec.advice ? { advice: spec.advice } : {}), phrases: [] },
        pattern: spec.phrase,
        replacements: spec.replacements ?? [],
      });
    }
    for (const { term, pattern, replacements } of entries) {
      for (const variant of expandAlternatives(pattern)) {
        if (removed.has(phraseKey(variant.text))) continue;
        index.add(variant.text, {
          id: term.id,
          why: term.why,
          ...(term.advice ? { advice: term.advice } : {}),
          mayBeName: term.mayBeName ?? false,
          replacements: replacements.map((r) => applyChoices(r, variant.choices)),
        });
      }
    }
    return index;
  }
}

/** `"salesman" assumes a gender; use "salesperson" or "sales representative"`. */
export function describeTerm(found: FoundTerm, source: string): string {
  const { term, text } = found;
  const replacements = term.replacements.map((r) => `"${replacementText(r, found, source)}"`);
  const instead = term.advice ?? (replacements.length ? `use ${orList(replacements)}` : "");
  return `"${text}" ${term.why}${instead ? `; ${instead}` : ""}`;
}

/**
 * The text that replaces a match: `…` in a replacement stands for the words the
 * phrase's `…` matched ("young, energetic team" with "… team" gives
 * "energetic team"), and the case of the first letter follows the original.
 */
export function replacementText(replacement: string, found: FoundTerm, source: string): string {
  const gap = found.match.gap ? gapWords(source.slice(found.match.gap.start, found.match.gap.end)) : "";
  const filled = replacement.includes("…") ? replacement.replace(/…/g, gap).replace(/\s+/g, " ").trim() : replacement;
  return matchCase(filled, found.text);
}

/** A name is capitalised inside a sentence ("CMake and Ninja", "Peyton Manning"); headings capitalise every word. */
export function readsAsName(token: WordToken, headingLines: ReadonlySet<number>): boolean {
  if (token.breakBefore || headingLines.has(token.line)) return false;
  return /^\p{Lu}/u.test(token.text) && /\p{Ll}/u.test(token.text);
}

/** The words a `…` matched, without a conjunction that joined them ("and dynamic" gives "dynamic"). */
function gapWords(text: string): string {
  const words = plainText(text).split(" ");
  while (words.length > 1 && /^(?:&|and|or)$/i.test(words[0]!)) words.shift();
  return words.join(" ");
}

/** Drops emphasis and code marks and folds white space, for quoting the source in a message. */
function plainText(text: string): string {
  return text.replace(/[*_`]+/g, "").replace(/\s+/g, " ").trim();
}

function matchCase(replacement: string, original: string): string {
  if (original.length > 1 && original === original.toUpperCase() && /\p{Lu}/u.test(original)) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** A phrase or id compared by its words: "Rock-Star" = "rock star". */
function phraseKey(phrase: string): string {
  return tokenizeText(phrase)
    .flatMap((t) => t.lower.split("-"))
    .join(" ");
}
