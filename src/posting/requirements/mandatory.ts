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
const BE = new Set(["is", "are", "be", "'s"]);

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
      if (negated || CONDITIONS.has(before) || DETERMINERS.has(before)) continue;
      return { start: t.start, end: t.end };
    }
  }
  return undefined;
}
