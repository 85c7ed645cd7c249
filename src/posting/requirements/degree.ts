import type { DegreeFact } from "../types.js";
import { DEGREE_RANK, degreeAt, type DegreeMention } from "./degree-words.js";
import { degreeFields } from "./field.js";
import type { Token } from "./tokens.js";

const NEGATIONS = new Set(["no", "not", "without", "non", "never"]);
const JOINS = new Set(["or", "and/or", "/", ","]);
/** How far after the degree its "or equivalent" may stand: past the fields ("in A, B, or a related field, or equivalent experience"). */
const EQUIVALENT_WINDOW = 24;

/**
 * The first degree a segment asks for, with its fields: "Bachelor's or Master's
 * degree in A, B, or a related field" -> bachelor, [a, b]. Mentions joined by
 * "or" are one requirement at the lowest level. "No degree required" is none.
 */
export function findDegree(tokens: readonly Token[], from: number, to: number): DegreeFact | undefined {
  // "A Master's degree may substitute for one year of the experience": a degree that may stand in for something else is asked of no one.
  if (substitutes(tokens, from, to)) return undefined;
  for (let k = from; k < to; k++) {
    const first = degreeAt(tokens, k);
    if (!first || first.end > to) continue;
    if (negated(tokens, k, first.end, from, to)) {
      k = first.end - 1;
      continue;
    }
    let level = first.level;
    let end = first.end;
    while (end < to - 1 && JOINS.has(tokens[end]!.lower)) {
      const next: DegreeMention | undefined = degreeAt(tokens, end + 1);
      if (!next || next.end > to) break;
      if (DEGREE_RANK[next.level] < DEGREE_RANK[level]) level = next.level;
      end = next.end;
    }
    let fieldsFrom = end;
    // "(BSN)" after "Bachelor of Science in Nursing" or before the fields: skip the bracket.
    if (tokens[fieldsFrom]?.lower === "(" && tokens[fieldsFrom + 2]?.lower === ")") fieldsFrom += 3;
    const fields = degreeFields(tokens, fieldsFrom, to);
    const range = { start: tokens[k]!.start, end: tokens[end - 1]!.end };
    return experienceMayReplace(tokens, end, to) ? { level, fields, range, orEquivalent: true } : { level, fields, range };
  }
  return undefined;
}

function substitutes(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    const w = tokens[k]!.lower;
    if (w !== "may" && w !== "can") continue;
    const next = tokens[k + 1]!.lower;
    if (next === "substitute" || (next === "be" && tokens[k + 2]?.lower === "substituted")) return true;
  }
  return false;
}

function negated(tokens: readonly Token[], k: number, end: number, from: number, to: number): boolean {
  for (let j = Math.max(from, k - 3); j < k; j++) if (NEGATIONS.has(tokens[j]!.lower)) return true;
  const after = tokens[end]?.lower;
  const after2 = tokens[end + 1]?.lower;
  return end < to && (after === "optional" || (after === "not" && (after2 === "required" || after2 === "necessary")));
}

/** "..., or equivalent experience", "(or equivalent)", "or related work experience": experience may stand in for the degree. */
function experienceMayReplace(tokens: readonly Token[], end: number, to: number): boolean {
  const limit = Math.min(to, end + EQUIVALENT_WINDOW);
  for (let k = end; k < limit; k++) {
    const w = tokens[k]!.lower;
    if (w === "." || w === ";") return false;
    if (w !== "or" && w !== "and/or") continue;
    for (let j = k + 1; j < to && j <= k + 4; j++) {
      const next = tokens[j]!.lower;
      if (next === "equivalent" || next === "equivalency" || next === "experience") return true;
    }
  }
  return false;
}
