import { isDegreeWord } from "./degree-words.js";
import { readQuantity, readRangeToken } from "./numbers.js";
import type { Token } from "./tokens.js";

export interface Segment {
  /** Token indices [from, to). */
  from: number;
  to: number;
  /** Joined to the segment before it by "OR": an alternative path, not a further requirement. */
  alternative: boolean;
}

const ABBREVIATIONS = new Set(["e.g", "i.e", "etc", "vs", "approx", "incl", "inc", "ltd", "ph.d", "b.s", "m.s", "b.a", "m.a", "st", "dr", "mr", "ms", "mrs", "jr", "sr", "no", "u.s", "yr", "yrs", "min", "max", "mos"]);

/**
 * Splits one item's tokens into the parts that each state one requirement:
 * sentences, clauses after ";", a second degree after a comma ("Bachelor's
 * required, Master's preferred"), and alternative paths: "OR" before a degree or
 * a number ("Bachelor's and 4+ years, OR Master's and 3+ years"), the same after
 * a comma or semicolon in lower case, and an "or" that opens or ends the item (the path goes
 * on in the next item). "Java or Python" and "PYTHON, JAVA, OR GO" stay one
 * requirement.
 */
export function splitSegments(tokens: readonly Token[]): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  let alternative = false;
  const cut = (at: number, next: number, nextAlternative: boolean) => {
    out.push({ from, to: at, alternative });
    from = next;
    alternative = nextAlternative;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const w = t.lower;
    if (w === "or" && (k === 0 || k === tokens.length - 1)) cut(trimComma(tokens, from, k), k + 1, true);
    else if (t.text === "OR" && startsRequirement(tokens, k + 1)) cut(trimComma(tokens, from, k), k + 1, true);
    else if (w === "or" && tokens[k - 1]?.lower === "," && startsRequirement(tokens, k + 1)) cut(k - 1, k + 1, true);
    else if (w === ";") {
      // "...; or Bachelor's and 1+ year", and "...; or" ending the item: an alternative path, as after ", or".
      const or = tokens[k + 1]?.lower === "or" && (k + 2 === tokens.length || startsRequirement(tokens, k + 2));
      // A ";" that ends the item cuts nothing off: the next item may go on with "or".
      if (or || k + 1 < tokens.length) cut(k, or ? k + 2 : k + 1, or);
      if (or) k++;
    }
    else if ((w === "." || w === "!" || w === "?") && endsSentence(tokens, k)) cut(k, k + 1, false);
    else if (w === "," && isDegreeWord(tokens, k + 1) && !isDegreeWord(tokens, k - 1)) cut(k, k + 1, false);
  }
  out.push({ from, to: tokens.length, alternative });
  return out;
}

function trimComma(tokens: readonly Token[], from: number, at: number): number {
  return at > from && /^[,;]$/.test(tokens[at - 1]!.lower) ? at - 1 : at;
}

function startsRequirement(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (readQuantity(t.lower) || readRangeToken(t.lower)) return true;
  if (/^(?:a|an)$/.test(t.lower)) return isDegreeWord(tokens, k + 1);
  return isDegreeWord(tokens, k);
}

function endsSentence(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before || ABBREVIATIONS.has(before.lower) || /^\p{L}$/u.test(before.text)) return false;
  const after = tokens[k + 1];
  return !after || /^[\p{Lu}\p{N}"“(]/u.test(after.text);
}
