import type { Range } from "../types.js";
import type { Token } from "./tokens.js";

const MUST = new Set(["must", "must-have", "must-haves"]);
/** Words that say "required" when they stand as a predicate ("Kafka experience required", "is mandatory"). */
const REQUIRED = new Set(["required", "mandatory", "compulsory", "obligatory"]);
const NEGATIONS = new Set(["not", "never", "no", "isn't", "aren't", "wasn't", "nor", "without"]);
/** "as required", "if required", "when required": a condition, not a requirement of the candidate. */
const CONDITIONS = new Set(["as", "if", "when", "where", "than", "unless", "whenever"]);
/** "the required documents", "all required forms": an attribute of something else. */
const DETERMINERS = new Set(["the", "a", "an", "all", "any", "your", "our", "their", "its", "other", "these", "those", "some"]);
const BE = new Set(["is", "are", "be", "'s", "being", "been", "also"]);
/** "required for this role": still the statement's own requirement. */
const ROLE_WORDS = new Set(["role", "position", "job", "post", "opening"]);

/**
 * Where tokens [from, to) say the statement is required: "must", "a
 * must-have", "... is required", "Required:", "mandatory", "is essential".
 * Negated or conditional uses ("not a must", "not required", "travel as
 * required") and attributive ones ("the required forms") do not count.
 */
export function mandatoryCue(tokens: readonly Token[], from: number, to: number): Range | undefined {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const w = t.lower;
    const before = tokens[k - 1]?.lower ?? "";
    const negated = NEGATIONS.has(before) || (k - 2 >= from && NEGATIONS.has(tokens[k - 2]!.lower));
    if (MUST.has(w)) {
      // "not a must", "isn't a must-have"
      if (before === "a" && k - 2 >= from && NEGATIONS.has(tokens[k - 2]!.lower)) continue;
      return { start: t.start, end: t.end };
    }
    if (REQUIRED.has(w) || (w === "essential" && BE.has(before))) {
      if (negated || CONDITIONS.has(before) || DETERMINERS.has(before) || !predicate(tokens, k, from, to)) continue;
      return { start: t.start, end: t.end };
    }
  }
  return undefined;
}

/**
 * "required" as a predicate: it opens the statement ("Required: ..."), follows
 * a form of "be" ("is required"), ends its clause ("Kafka experience
 * required."), or is "required for this role". Otherwise it describes a noun
 * ("tools required for SOC 2 audits").
 */
function predicate(tokens: readonly Token[], k: number, from: number, to: number): boolean {
  if (k === from || BE.has(tokens[k - 1]!.lower)) return true;
  const next = tokens[k + 1];
  if (k + 1 >= to || !next || !next.word) return true;
  return next.lower === "for" && (tokens[k + 2]?.lower === "this" || tokens[k + 2]?.lower === "the") && ROLE_WORDS.has(tokens[k + 3]?.lower ?? "");
}
