import type { Range } from "../types.js";
import { degreeAt } from "./degree-words.js";
import type { Token } from "./tokens.js";

const DEGREE_NOUNS = new Set(["degree", "degrees", "diploma"]);
const NEEDED = new Set(["required", "necessary", "needed", "requirement", "mandatory"]);
const NOT = new Set(["not", "isn't", "aren't"]);
const BE = new Set(["is", "are"]);
const CLOSE = new Set(["?", ",", ".", "!", ";", ":", ")"]);
/** "we don't require a degree", "you do not need a college degree". */
const DONT = new Set(["don't", "doesn't", "not"]);
const REQUIRE = new Set(["require", "requires", "need", "needs"]);

/**
 * Where tokens [from, to) say that no degree is needed: "No degree
 * required", "No college degree? No problem.", "A degree is not required",
 * "Degree optional", "We don't require a degree". "Without a degree, you
 * need 6 years of experience" is an alternative path, not a waiver, and does
 * not count.
 */
export function findNoDegree(tokens: readonly Token[], from: number, to: number): Range | undefined {
  for (let k = from; k < to; k++) {
    const end = degreeEnd(tokens, k);
    if (end === undefined || end > to) continue;
    const before = waiverBefore(tokens, from, k);
    const closing = before && (before.complete || end >= to ? end : closes(tokens, end, to));
    if (before && closing !== undefined) return span(tokens, before.start, closing);
    const after = waiverAfter(tokens, end, to);
    if (after !== undefined) return span(tokens, before?.start ?? k, after);
    k = end - 1;
  }
  return undefined;
}

/** One past a degree noun or a named degree at `k`. */
function degreeEnd(tokens: readonly Token[], k: number): number | undefined {
  if (DEGREE_NOUNS.has(tokens[k]!.lower)) return k + 1;
  return degreeAt(tokens, k)?.end;
}

/**
 * "no [college|formal] degree" (a waiver once it closes: "No degree?", "No
 * degree required") or "don't require a [college] degree" (a waiver as it
 * stands): where it starts.
 */
function waiverBefore(tokens: readonly Token[], from: number, k: number): { start: number; complete: boolean } | undefined {
  for (let j = k - 1; j >= from && j >= k - 3; j--) {
    if (tokens[j]!.lower === "no") return { start: j, complete: false };
    if (REQUIRE.has(tokens[j]!.lower)) {
      return j - 1 >= from && DONT.has(tokens[j - 1]!.lower) ? { start: j - 1, complete: true } : undefined;
    }
  }
  return undefined;
}

/** After "no ... degree": the waiver stands alone ("No degree?", "No degree, no problem") or says it is not needed ("No degree is required"). One past its last word. */
function closes(tokens: readonly Token[], end: number, to: number): number | undefined {
  const next = tokens[end]!.lower;
  if (CLOSE.has(next)) return end;
  if (NEEDED.has(next)) return end + 1;
  return BE.has(next) && end + 1 < to && NEEDED.has(tokens[end + 1]!.lower) ? end + 2 : undefined;
}

/** "degree (is) not required", "degree isn't necessary", "degree (is) optional": one past the waiver's last token. */
function waiverAfter(tokens: readonly Token[], end: number, to: number): number | undefined {
  let j = end;
  if (j < to && BE.has(tokens[j]!.lower)) j++;
  if (j < to && tokens[j]!.lower === "optional") return j + 1;
  if (j >= to || !NOT.has(tokens[j]!.lower)) return undefined;
  j++;
  if (j < to && (tokens[j]!.lower === "strictly" || tokens[j]!.lower === "necessarily")) j++;
  if (j < to && tokens[j]!.lower === "a") j++;
  return j < to && (NEEDED.has(tokens[j]!.lower) || tokens[j]!.lower === "must") ? j + 1 : undefined;
}

function span(tokens: readonly Token[], a: number, end: number): Range {
  return { start: tokens[a]!.start, end: tokens[end - 1]!.end };
}
