import type { Range } from "../types.js";
import type { Token } from "./tokens.js";

/** Words by which a statement calls itself optional (RULES.md: "... is a plus", "preferred", "nice to have", "ideally"). */
const OPTIONAL_WORDS = new Set(["preferred", "preferable", "desired", "desirable", "bonus", "advantageous", "beneficial", "optional", "plus"]);
/**
 * Before a noun these words describe something else ("an optional cover
 * letter", "mutually beneficial partnerships", "an annual bonus"); they make
 * the statement optional as a predicate ("Go is preferred", "Spanish
 * desirable.") or when they open it ("Preferred: ...", "Bonus points if ...").
 */
const PREDICATE_ONLY = new Set(["preferred", "preferable", "desired", "desirable", "advantageous", "beneficial", "optional", "bonus"]);
/** Words after a predicate adjective that keep it a predicate: "preferred but not required", "desirable for this role". */
const PREDICATE_FOLLOWERS = new Set(["but", "and", "or", "not", "if", "for", "in", "as", "though", "although", "when", "where", "over", "to", "than", "yet"]);
/** Adverbs that make the whole statement optional only when they open it ("Ideally, 5+ years ..."); later they qualify a detail ("5+ years, ideally with Spark"). */
const OPENING_ADVERBS = new Set(["ideally", "preferably", "optionally"]);

export function saysOptional(tokens: readonly Token[], from: number, to: number): boolean {
  return optionalCue(tokens, from, to) !== undefined;
}

/** Where tokens [from, to) call the statement optional: the words themselves ("is a plus" -> "a plus"), for rules that quote them. */
export function optionalCue(tokens: readonly Token[], from: number, to: number): Range | undefined {
  const span = (a: number, b: number): Range => ({ start: tokens[a]!.start, end: tokens[b]!.end });
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (OPENING_ADVERBS.has(w) && k - from < 2) return span(k, k);
    if (!OPTIONAL_WORDS.has(w)) {
      if (w === "nice" && tokens[k + 1]?.lower === "to" && tokens[k + 2]?.lower === "have") return span(k, k + 2);
      if (w === "nice-to-have") return span(k, k);
      if (w === "not" && tokens[k + 1]?.lower === "required") return span(k, k + 1);
      if ((w === "an" || w === "a") && /^(?:advantage|asset)$/.test(tokens[k + 1]?.lower ?? "")) return span(k, k + 1);
      continue;
    }
    // "plus" is optional only as "a plus" / "is a big plus", not "5 plus years" or "Disney Plus".
    if (w === "plus") {
      const article = articleBefore(tokens, k);
      if (article < 0) continue;
      return span(article, k);
    }
    if (PREDICATE_ONLY.has(w) && k - from >= 1 && !predicate(tokens, k, to)) continue;
    return span(k, k);
  }
  return undefined;
}

/** `tokens[k]` ends its clause or is followed by a joining word, not by the noun it describes. */
function predicate(tokens: readonly Token[], k: number, to: number): boolean {
  // "a bonus", "is a huge bonus": the statement is the bonus.
  if (tokens[k]!.lower === "bonus") return articleBefore(tokens, k) >= 0;
  const next = tokens[k + 1];
  return k + 1 >= to || !next || !next.word || PREDICATE_FOLLOWERS.has(next.lower);
}

/** Degree words between "a" and "plus"/"bonus": "a big plus", "a huge bonus". */
const INTENSIFIERS = new Set(["big", "huge", "great", "definite", "real", "major", "significant", "strong", "nice", "added", "massive"]);

/** Index of the "a" of "a plus" / "a big plus" before token `k`, or -1. */
function articleBefore(tokens: readonly Token[], k: number): number {
  if (tokens[k - 1]?.lower === "a") return k - 1;
  return tokens[k - 2]?.lower === "a" && INTENSIFIERS.has(tokens[k - 1]?.lower ?? "") ? k - 2 : -1;
}
