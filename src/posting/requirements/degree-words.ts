import type { DegreeLevel } from "../types.js";
import type { Token } from "./tokens.js";

export const DEGREE_RANK: Record<DegreeLevel, number> = { "high-school": 0, associate: 1, bachelor: 2, master: 3, doctorate: 4 };

/** Names that are a degree wherever they stand. */
const FULL_NAMES = table<DegreeLevel>({
  "bachelor's": "bachelor", bachelors: "bachelor", "bachelors'": "bachelor", bsc: "bachelor", "b.sc": "bachelor",
  beng: "bachelor", "b.eng": "bachelor", bsn: "bachelor", bba: "bachelor", bfa: "bachelor", bsee: "bachelor", bscs: "bachelor",
  "master's": "master", msc: "master", "m.sc": "master", mba: "master", meng: "master", "m.eng": "master", msn: "master",
  mph: "master", mpa: "master", msee: "master", mscs: "master",
  phd: "doctorate", "ph.d": "doctorate", doctorate: "doctorate", dphil: "doctorate", "d.phil": "doctorate",
  ged: "high-school", "a-level": "high-school", "a-levels": "high-school",
});
/** Short forms that are also ordinary words, places or acronyms ("MS Office", "Boston, MA", "MFA" for multi-factor authentication): a degree only next to "degree"/"in" or another degree. */
const SHORT_FORMS = table<DegreeLevel>({
  BS: "bachelor", "B.S": "bachelor", BA: "bachelor", "B.A": "bachelor", BE: "bachelor", "B.E": "bachelor", BSE: "bachelor",
  MS: "master", "M.S": "master", MA: "master", "M.A": "master", ME: "master", MSE: "master", MFA: "master",
  EdD: "doctorate", "Ed.D": "doctorate", DSc: "doctorate", HS: "high-school",
});
/** Words that name a degree only when "degree" (or "of ...") follows: "Master of Science", "Associate degree". */
const WITH_DEGREE = table<DegreeLevel>({
  bachelor: "bachelor", master: "master", masters: "master", "associate's": "associate", associate: "associate",
  associates: "associate", doctoral: "doctorate", doctor: "doctorate", undergraduate: "bachelor", "4-year": "bachelor",
  "four-year": "bachelor", university: "bachelor", graduate: "master",
});
const DEGREE_NOUNS = new Set(["degree", "degrees", "diploma"]);
const DEGREE_TITLES = new Set(["science", "arts", "applied", "fine", "philosophy"]);

/**
 * Whether `text` may name a degree at all: a word of the tables above starts
 * somewhere in it (a superset of what degreeAt reads, cheap enough to run on
 * every item before it is tokenised).
 */
export function mayNameDegree(text: string): boolean {
  return NAME_START.test(text) || SHORT_FORM_START.test(text);
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// "school" stands for "high school"; a short form only counts in its own case, as degreeAt reads it.
const NAME_START = new RegExp(`\\b(?:${[...FULL_NAMES.keys(), ...WITH_DEGREE.keys(), ...DEGREE_NOUNS, "school"].map(escape).join("|")})`, "i");
const SHORT_FORM_START = new RegExp(`\\b(?:${[...SHORT_FORMS.keys()].map(escape).join("|")})`);

export interface DegreeMention {
  level: DegreeLevel;
  /** One past the last token of the name ("Bachelor's degree", "Master of Science"). */
  end: number;
}

/** The degree named at token `k`, if any. */
export function degreeAt(tokens: readonly Token[], k: number): DegreeMention | undefined {
  const t = tokens[k];
  if (!t || !t.word) return undefined;
  const level = nameLevel(tokens, k);
  if (!level) return undefined;
  let end = k + 1;
  if (tokens[end]?.lower === "'") end++;
  if (tokens[end]?.lower === "of" && DEGREE_TITLES.has(tokens[end + 1]?.lower ?? "")) end += 2;
  if (DEGREE_NOUNS.has(tokens[end]?.lower ?? "")) end++;
  if (t.lower === "high") end = Math.max(end, k + 2);
  return { level, end };
}

export function isDegreeWord(tokens: readonly Token[], k: number): boolean {
  return degreeAt(tokens, k) !== undefined;
}

function nameLevel(tokens: readonly Token[], k: number): DegreeLevel | undefined {
  const t = tokens[k]!;
  const full = FULL_NAMES.get(t.lower);
  if (full) return full;
  const next = tokens[k + 1]?.lower ?? "";
  if (t.lower === "high" && next === "school") return "high-school";
  const withDegree = WITH_DEGREE.get(t.lower);
  if (withDegree) {
    const after = next === "'" ? tokens[k + 2]?.lower ?? "" : next;
    if (DEGREE_NOUNS.has(after) || (after === "of" && t.lower !== "university" && t.lower !== "graduate")) return withDegree;
    return undefined;
  }
  if (t.text.includes("/")) return slashedLevel(t.text);
  const short = SHORT_FORMS.get(t.text);
  // "HS diploma/GED": the noun may open a slashed pair.
  if (short && (DEGREE_NOUNS.has(next) || DEGREE_NOUNS.has(next.split("/")[0]!) || next === "in" || nextToDegree(tokens, k))) return short;
  return undefined;
}

/** "BS/MS", "Bachelor's/Master's": the lower level, when every part is a degree. */
function slashedLevel(text: string): DegreeLevel | undefined {
  let best: DegreeLevel | undefined;
  for (const part of text.split("/")) {
    const level = FULL_NAMES.get(part.toLowerCase().replace(/’/g, "'")) ?? SHORT_FORMS.get(part);
    if (!level) return undefined;
    if (!best || DEGREE_RANK[level] < DEGREE_RANK[best]) best = level;
  }
  return best;
}

/** "Bachelor's or MS in ...", "(BS)" after a full name: a short form joined to a full degree name. */
function nextToDegree(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? "";
  const after = tokens[k + 1]?.lower ?? "";
  if (DEGREE_JOINS.has(before) && FULL_NAMES.has(tokens[k - 2]?.lower ?? "")) return true;
  if (DEGREE_JOINS.has(after) && after !== "(" && FULL_NAMES.has(tokens[k + 2]?.lower ?? "")) return true;
  return false;
}

const DEGREE_JOINS = new Set(["or", "and", ",", "/", "("]);

/** A word table as a Map: looked up for every token, and never answering for "constructor" or "__proto__" as an object would. */
function table<V>(entries: Record<string, V>): ReadonlyMap<string, V> {
  return new Map(Object.entries(entries));
}
