import table from "../../../rules/data/technology-release-years.json" with { type: "json" };
import type { Range } from "../types.js";
import { tokenize, type Token } from "./tokens.js";

/**
 * Technologies by the names of the release-date table (`rules/data/
 * technology-release-years.json`): one list of names for the model and for
 * no-impossible-experience. Names match whole words of the statement, never
 * parts of words ("Go" is not in "good", "Java" is not "JavaScript"), with the
 * table's guards for names that are also ordinary words.
 */
export interface LexiconEntry {
  name: string;
  /** Match whatever the case. */
  aliases?: string[];
  /** Match only as written ("Go", "Rust", "C"). */
  spellings?: string[];
  /** Words right before that make the name something else ("Class C"). */
  unlessBefore?: string[];
  /** Words right after that make the name something else ("TS/SCI", "R&D"). */
  unlessAfter?: string[];
  /** A sentence that opens with the name is ordinary prose ("Go beyond ..."). */
  ambiguousAtSentenceStart?: boolean;
}

/** A technology found at tokens [first, last] of a statement. */
export interface Mention {
  name: string;
  range: Range;
  first: number;
  last: number;
  /** Joined to the word before by "/" ("Go/Rust"): an alternative. */
  slashJoined: boolean;
}

interface Pattern {
  name: string;
  words: string[];
  exact: boolean;
  unlessBefore: ReadonlySet<string>;
  unlessAfter: ReadonlySet<string>;
  ambiguousAtStart: boolean;
}

/** One word of a statement as names see it: "Python/Django" is two, ".NET" is one, "Kubernetes-based" is "Kubernetes". */
interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  first: number;
  last: number;
  word: boolean;
  slashJoined: boolean;
}

/** "Kubernetes-native", "Python-based": the head is the technology. */
const HEAD_SUFFIXES = new Set(["based", "native", "powered", "driven", "centric", "focused", "backed"]);
const SENTENCE_PUNCTUATION = new Set([".", "!", "?"]);
/** After a name that opens a sentence, these make it a label or a list ("Go: 5 years", "Go, Rust"), not an ordinary word. */
const LABEL_AFTER = new Set([":", "(", "-", "–", "—", ",", "/"]);

export class TechnologyLexicon {
  private readonly byFirstWord = new Map<string, Pattern[]>();

  constructor(entries: readonly LexiconEntry[]) {
    for (const entry of entries) {
      const guards = {
        unlessBefore: new Set((entry.unlessBefore ?? []).map((w) => w.toLowerCase())),
        unlessAfter: new Set((entry.unlessAfter ?? []).map((w) => w.toLowerCase())),
        ambiguousAtStart: entry.ambiguousAtSentenceStart === true,
      };
      for (const alias of entry.aliases ?? []) this.add({ name: entry.name, words: wordsOf(alias, false), exact: false, ...guards });
      for (const spelling of entry.spellings ?? []) this.add({ name: entry.name, words: wordsOf(spelling, true), exact: true, ...guards });
    }
    // Longest names first: "React Native" before "React", "Spring Boot" before "Spring".
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The technologies named in tokens [from, to), in order. Linear: each word tries the few names that start with it. */
  find(tokens: readonly Token[], from: number, to: number): Mention[] {
    const words = splitWords(tokens, from, to);
    const out: Mention[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!w.word) continue;
      const candidates = this.byFirstWord.get(w.lower);
      if (!candidates) continue;
      const pattern = candidates.find((p) => matchesAt(p, words, i));
      if (!pattern) continue;
      const last = words[i + pattern.words.length - 1]!;
      out.push({ name: pattern.name, range: { start: w.start, end: last.end }, first: w.first, last: last.last, slashJoined: w.slashJoined });
      i += pattern.words.length - 1;
    }
    return out;
  }

  private add(pattern: Pattern): void {
    if (pattern.words.length === 0) return;
    const key = pattern.words[0]!.toLowerCase();
    const list = this.byFirstWord.get(key);
    if (list) list.push(pattern);
    else this.byFirstWord.set(key, [pattern]);
  }
}

/** The lexicon of the release-date table. */
export const TECHNOLOGIES = new TechnologyLexicon((table as { technologies: LexiconEntry[] }).technologies);

/**
 * One-word aliases by the table's name, both in lower case ("k8s" -> "kubernetes", "golang" -> "go"),
 * and every word of the names: how a field's words are compared.
 */
export const TECHNOLOGY_NAMES: ReadonlyMap<string, string> = new Map(
  (table as { technologies: LexiconEntry[] }).technologies.flatMap((entry) =>
    [entry.name, ...(entry.aliases ?? []), ...(entry.spellings ?? [])].filter((alias) => !/\s/.test(alias)).map((alias) => [alias.toLowerCase(), entry.name.toLowerCase()] as const),
  ),
);
export const TECHNOLOGY_WORDS: ReadonlySet<string> = new Set([...TECHNOLOGY_NAMES.values()].flatMap((name) => name.split(" ")));

export function findTechnologies(tokens: readonly Token[], from: number, to: number): Mention[] {
  return TECHNOLOGIES.find(tokens, from, to);
}

/** An alias split the way statement text is split; exact spellings keep their case. */
function wordsOf(alias: string, exact: boolean): string[] {
  return splitWords(tokenize(alias), 0, Number.MAX_SAFE_INTEGER).map((w) => (exact ? w.text : w.lower));
}

function matchesAt(p: Pattern, words: readonly Word[], i: number): boolean {
  for (let j = 0; j < p.words.length; j++) {
    const w = words[i + j];
    if (!w || !w.word) return false;
    if (p.exact ? w.text !== p.words[j] : w.lower !== p.words[j]) return false;
  }
  const before = words[i - 1];
  const after = words[i + p.words.length];
  if (before && p.unlessBefore.has(before.lower)) return false;
  if (after && p.unlessAfter.has(after.lower)) return false;
  if (p.ambiguousAtStart && (!before || SENTENCE_PUNCTUATION.has(before.lower))) return after !== undefined && LABEL_AFTER.has(after.lower);
  return true;
}

function splitWords(tokens: readonly Token[], from: number, to: number): Word[] {
  const out: Word[] = [];
  const end = Math.min(to, tokens.length);
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    // ".NET": a dot glued to the word after it, with no word glued before it.
    if (t.text === "." && next?.word && k + 1 < end && next.start === t.end && !(tokens[k - 1]?.word && tokens[k - 1]!.end === t.start)) {
      out.push(word("." + next.text, t.start, k, k + 1, false));
      k++;
      continue;
    }
    if (!t.word) {
      out.push({ text: t.text, lower: t.lower, start: t.start, end: t.end, first: k, last: k, word: false, slashJoined: false });
      continue;
    }
    if (!t.text.includes("/") || t.text.includes("://")) {
      out.push(word(t.text, t.start, k, k, false));
      continue;
    }
    let offset = t.start;
    t.text.split("/").forEach((part, i) => {
      if (part.length > 0) out.push(word(part, offset, k, k, i > 0));
      offset += part.length + 1;
    });
  }
  return out;
}

/** A word with its possessive and a trailing "-based"/"-native" taken off. */
function word(text: string, start: number, first: number, last: number, slashJoined: boolean): Word {
  let t = text.replace(/[’']s$/i, "");
  const hyphen = t.lastIndexOf("-");
  if (hyphen > 0 && HEAD_SUFFIXES.has(t.slice(hyphen + 1).toLowerCase())) t = t.slice(0, hyphen);
  return { text: t, lower: t.toLowerCase().replace(/’/g, "'"), start, end: start + t.length, first, last, word: true, slashJoined };
}
