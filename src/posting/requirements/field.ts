import { isDegreeWord } from "./degree-words.js";
import { MINIMUM_WORDS, readQuantity, readRangeToken } from "./numbers.js";
import { TECHNOLOGY_NAMES, TECHNOLOGY_WORDS } from "./technologies.js";
import { CLAUSE_END, EXPERIENCE_WORDS, type Token } from "./tokens.js";

/** A statement with no field of its own ("5+ years of experience"). */
export const GENERAL = "general";

/** Words between "years" and "experience" that qualify the experience, not name its field. */
const QUALIFIERS = new Set([
  "'", ",", "of", "professional", "relevant", "related", "hands-on", "progressive", "progressively", "responsible",
  "proven", "practical", "direct", "industry", "work", "working", "full-time", "fulltime", "post-graduate",
  "postgraduate", "demonstrated", "demonstrable", "prior", "previous", "combined", "recent", "specialized",
  "specialised", "solid", "strong", "significant", "substantial", "commercial", "technical", "paid", "successful",
  "increasing", "increasingly", "production", "real-world", "applicable", "verifiable", "documented", "overall",
  "cumulative", "qualifying", "general", "broad", "deep", "extensive", "total", "actual", "proficient", "minimum", "min",
]);
/** Words that lead into a field ("experience in", "working with", "in the field of"). */
const LEADS = new Set(["in", "with", "as", "on", "of", "within", "using", "doing", "working", "across", "into", "around"]);
const AREA_NOUNS = new Set(["field", "fields", "area", "areas", "domain", "domains", "space", "world", "discipline"]);
/** Words that end a field: examples, qualifications of the statement, a new clause. */
const STOPS = new Set([
  "including", "include", "includes", "such", "like", "e.g", "i.e", "etc", "especially", "particularly", "preferably",
  "ideally", "preferred", "required", "requirement", "is", "are", "was", "were", "be", "been", "would", "will",
  "should", "must", "can", "may", "that", "which", "where", "who", "whose", "when", "while", "plus", "within",
  "with", "in", "at", "for", "from", "during", "under", "to", "on", "by", "via", "through", "as", "using", "per",
  "equivalent", "minimum", "strongly", "highly", "desired", "desirable", "a-plus", "if", "than", "so", "then",
  "experience", "experienced", "you", "your", "we", "our", "they", "it", "this", "these", "those", "after", "before",
  // Verbs that start another clause: "structural welding and wants to grow into layout".
  "wants", "want", "loves", "love", "enjoys", "enjoy", "knows", "thrives", "brings", "has", "have", "hopes", "seeks", "takes",
]);
const SEPARATORS = new Set([",", "or", "and", "and/or", "&", "/"]);
/** Alternatives that are filler: "or a related field", "or equivalent", "or similar". */
const FILLER_HEADS = new Set(["related", "relevant", "equivalent", "similar", "other", "comparable", "etc", "another", "any"]);
const ARTICLES = new Set(["a", "an", "the", "your", "their", "our", "its", "his", "her"]);
const MAX_FIELD_TOKENS = 14;

/**
 * The field of a years phrase: "10+ years of experience in Software Engineering
 * or a related field" -> "software engineering"; "5+ years of Python
 * experience" -> "python"; "10+ years of Rust" -> "rust". `from` is the token
 * after the years phrase.
 */
export function experienceField(tokens: readonly Token[], from: number, to = tokens.length): string {
  // "5+ years (commercial construction project management)."
  const bracket = bracketedField(tokens, from);
  if (bracket && bracket.to < to) return normalizeAlternatives(readList(tokens, bracket.from, bracket.to).alternatives);
  let k = from;
  while (k < to && QUALIFIERS.has(tokens[k]!.lower)) k++;
  const experienceAt = findExperience(tokens, k, to);
  if (experienceAt < 0) return normalizeAlternatives(readList(tokens, k, to).alternatives);
  const before = tokens.slice(k, experienceAt).filter((t) => !QUALIFIERS.has(t.lower) && t.word);
  if (before.length > 0) return normalizeAlternatives([before.map((t) => t.lower)]);
  return normalizeAlternatives(readList(tokens, experienceAt + 1, to).alternatives);
}

/** Marks between a field and the years that label it: "Python (3+ years)", "Python: 3+ years", "Python - 3 years". */
const LABEL_MARKS = new Set(["(", ":", "-", "–", "—", ","]);

/**
 * The field named before the years: "Experience with Python (3+ years)" ->
 * "python". `from` is where the search may start (the segment, or the end of
 * an earlier years phrase), `to` the first token of the years phrase. The field
 * must run up to the years, so "experience in contracting including 1 year of
 * ..." does not lend "contracting" to the 1 year.
 */
export function fieldBeforeYears(tokens: readonly Token[], from: number, to: number): string {
  let labelAt = to - 1;
  while (labelAt >= from && MINIMUM_WORDS.has(tokens[labelAt]!.lower)) labelAt--;
  for (let k = to - 1; k >= from && k >= to - 12; k--) {
    const w = tokens[k]!.lower;
    if (!EXPERIENCE_WORDS.has(w)) continue;
    const list = readList(tokens, k + 1, to);
    for (let j = list.end; j < to; j++) if (!LABEL_MARKS.has(tokens[j]!.lower) && !MINIMUM_WORDS.has(tokens[j]!.lower)) return GENERAL;
    const field = normalizeAlternatives(list.alternatives);
    // "Warehouse operations experience: 2+ years": the field stands before "experience".
    return field === GENERAL && list.end === k + 1 ? labelField(tokens, from, k) : field;
  }
  // "Commercial credit underwriting: 5+ years": the label is the field; so is "SQL" in "... and SQL (2+ years)".
  return labelAt > from && (tokens[labelAt]!.lower === ":" || tokens[labelAt]!.lower === "(") ? labelField(tokens, from, labelAt) : GENERAL;
}

/**
 * The field a label names, the label ending at `to` and starting its clause:
 * "commercial credit underwriting", "Python, SQL" (alternatives). Words that
 * only say the years are asked ("Required experience:") name nothing.
 */
function labelField(tokens: readonly Token[], from: number, to: number): string {
  let start = to;
  while (start > from && start > to - MAX_FIELD_TOKENS && !CLAUSE_END.has(tokens[start - 1]!.lower)) start--;
  const alternatives: string[][] = [[]];
  for (const t of tokens.slice(start, to)) {
    if (SEPARATORS.has(t.lower)) {
      if (alternatives[alternatives.length - 1]!.length > 0) alternatives.push([]);
    } else if (t.word && !QUALIFIERS.has(t.lower) && !LABEL_FILLER.has(t.lower)) alternatives[alternatives.length - 1]!.push(t.lower);
  }
  return normalizeAlternatives(alternatives);
}

/** Label words that say the years are asked, not of what: "Required experience:", "Essential:". */
const LABEL_FILLER = new Set(["required", "requirement", "requirements", "necessary", "essential", "mandatory", "preferred", "desired", "experience", "exp", "years", "yrs"]);

/** Words a bracket after the years holds when it is no field: "(or older)", "(minimum)", "(renewable)". */
const NOT_FIELD_IN_BRACKETS = new Set([
  "or", "and", "minimum", "min", "maximum", "preferred", "required", "renewable", "prorated", "older", "more", "less",
  "full-time", "part-time", "post-licensure", "approximately", "approx", "equivalent", "total", "combined", "months", "month", "years", "year",
]);

/**
 * "5+ years (commercial construction project management)." — a bracket that names
 * the field and ends the clause: tokens [from, to) of its words, else undefined.
 */
export function bracketedField(tokens: readonly Token[], open: number): { from: number; to: number } | undefined {
  if (tokens[open]?.lower !== "(") return undefined;
  let close = open + 1;
  while (close < tokens.length && close <= open + 12 && tokens[close]!.lower !== ")") {
    const w = tokens[close]!;
    if (!w.word || /\d/.test(w.lower) || NOT_FIELD_IN_BRACKETS.has(w.lower)) {
      if (w.lower !== "," && w.lower !== "/" && w.lower !== "&") return undefined;
    }
    close++;
  }
  if (tokens[close]?.lower !== ")" || close === open + 1) return undefined;
  const after = tokens[close + 1];
  return !after || CLAUSE_END.has(after.lower) ? { from: open + 1, to: close } : undefined;
}

/** What a candidate did for some years, as a field: "developing iOS apps" (compared as "ios app development"), "worked in retail" -> "retail". */
export function activityField(tokens: readonly Token[], from: number, to: number): string {
  let k = from;
  // "worked in retail", "working with children": the verb of working leads into the field.
  if (/^(?:work|works|worked|working)$/.test(tokens[k]?.lower ?? "") && LEADS.has(tokens[k + 1]?.lower ?? "")) k += 2;
  const words = tokens.slice(k, Math.min(to, k + MAX_FIELD_TOKENS)).filter((t) => t.word).map((t) => t.lower);
  return normalizeAlternatives([words]);
}

/** The fields of a degree: "Bachelor's degree in A, B, C, or a related field" -> [a, b, c]. `from` is the token after the degree name. */
export function degreeFields(tokens: readonly Token[], from: number, to = tokens.length): string[] {
  const field = normalizeAlternatives(readList(tokens, from, to).alternatives);
  return field === GENERAL ? [] : field.split(" or ");
}

/** "experience" ahead in the same clause (a few words: "5+ years of Python development experience"). */
function findExperience(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to && k < from + 6; k++) {
    const w = tokens[k]!.lower;
    if (EXPERIENCE_WORDS.has(w)) return k;
    if (CLAUSE_END.has(w) || (STOPS.has(w) && !LEADS.has(w))) return -1;
  }
  return -1;
}

/**
 * Reads "in A, B, or C" into [[a], [b], [c]] (word lists). The lead-in goes, the
 * list ends at a clause end, a stop word or where a new requirement starts
 * ("... and 4+ years", "... or Master's").
 */
function readList(tokens: readonly Token[], from: number, to: number): { alternatives: string[][]; end: number } {
  let k = skipLead(tokens, from, to);
  const alternatives: string[][] = [[]];
  let listSeparator = false;
  for (let taken = 0; k < to && taken < MAX_FIELD_TOKENS; k++, taken++) {
    const t = tokens[k]!;
    const w = t.lower;
    if (SEPARATORS.has(w)) {
      if (startsRequirement(tokens, k + 1)) break;
      if (w !== ",") listSeparator = true;
      if (alternatives[alternatives.length - 1]!.length > 0) alternatives.push([]);
      continue;
    }
    if (CLAUSE_END.has(w) || STOPS.has(w) || !t.word) break;
    alternatives[alternatives.length - 1]!.push(w);
  }
  // A comma list is a list of alternatives only with its "or"/"and": "a large, matrixed organization" is one thing.
  return { alternatives: listSeparator ? alternatives : [alternatives.flat()], end: k };
}

function skipLead(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  for (;;) {
    if (k >= to) return k;
    const w = tokens[k]!.lower;
    if (LEADS.has(w)) k++;
    else if (ARTICLES.has(w) && AREA_NOUNS.has(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.lower === "of") k += 3;
    else return k;
  }
}

/** After "and"/"or"/",": a number, a range or a degree starts another requirement or an alternative path. */
function startsRequirement(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (readQuantity(t.lower) || readRangeToken(t.lower)) return true;
  if (t.lower === "at" && tokens[k + 1]?.lower === "least") return true;
  return isDegreeWord(tokens, k);
}

/** Filler alternatives go, articles go, the rest compares as a set: sorted, joined by " or ". */
export function normalizeAlternatives(alternatives: readonly string[][]): string {
  const kept = new Set<string>();
  for (const words of alternatives) {
    let start = 0;
    while (start < words.length && ARTICLES.has(words[start]!)) start++;
    const rest = words.slice(start);
    if (rest.length === 0 || FILLER_HEADS.has(rest[0]!)) continue;
    kept.add(rest.join(" "));
  }
  return kept.size === 0 ? GENERAL : [...kept].sort().join(" or ");
}

/**
 * Verbs that open a field as a gerund, by the noun the same field takes after
 * its object: "developing software" is "software development". Not the
 * gerunds that also work as adjectives ("operating systems", "leading brands").
 */
const GERUND_NOUNS = new Map(Object.entries({
  developing: "development", managing: "management", designing: "design", administering: "administration",
  analyzing: "analysis", analysing: "analysis", supervising: "supervision", maintaining: "maintenance",
  implementing: "implementation", selling: "sales", testing: "testing",
}));
/** Qualifiers that say how much or how proven the experience is, never which field. */
const NEUTRAL_QUALIFIERS = new Set([
  "general", "professional", "relevant", "related", "progressive", "progressively", "proven", "prior", "previous",
  "overall", "total", "demonstrated", "demonstrable", "hands-on", "practical", "paid", "cumulative", "combined",
  "recent", "verifiable", "documented", "applicable", "qualifying", "actual", "minimum", "min", "full-time", "fulltime",
]);
/** Nouns after a field that name the kind of job it was, not the field: "in a customer support role". */
const ROLE_NOUNS = new Set(["role", "roles", "position", "positions", "capacity", "setting", "settings", "environment", "environments", "function"]);

/**
 * What two fields are compared by, so that wording does not make another field:
 * technology aliases become the table's name ("K8s" is Kubernetes, "JS" is
 * JavaScript), a gerund comes after its object ("developing iOS apps" is "iOS
 * app development"), plurals become singular, a trailing "role" goes, and a head
 * noun shared by alternatives is spelled out ("telemetry or cardiac nursing" is
 * "cardiac nursing or telemetry nursing").
 */
export function fieldKey(field: string): string {
  if (field === GENERAL) return field;
  const alternatives = field.split(" or ").map((alternative) => {
    const words = alternative.split(" ").flatMap((w) => (TECHNOLOGY_NAMES.get(w) ?? w).split(" "));
    // "general ledger accounting" after "experience in", "ledger accounting" after "years of general": as read before
    // "experience". Only words that never make another field: "commercial construction" is not "construction".
    while (words.length > 1 && NEUTRAL_QUALIFIERS.has(words[0]!)) words.shift();
    const nominal = words.length > 1 ? GERUND_NOUNS.get(words[0]!) : undefined;
    if (nominal) {
      words.shift();
      words.push(nominal);
    }
    while (words.length > 1 && ROLE_NOUNS.has(words[words.length - 1]!)) words.pop();
    return words.map(singular);
  });
  const phrases = alternatives.filter((words) => words.length > 1);
  if (phrases.length === 1) {
    const head = phrases[0]![phrases[0]!.length - 1]!;
    for (const words of alternatives) if (words.length === 1 && words[0] !== head) words.push(head);
  }
  return [...new Set(alternatives.map((words) => words.join(" ")))].sort().join(" or ");
}

/** "apps" -> "app", "systems" -> "system"; "analysis", "ios", "business" and technology names stay. */
function singular(word: string): string {
  if (word.length < 4 || !word.endsWith("s") || /(?:ss|us|is|os)$/.test(word) || TECHNOLOGY_WORDS.has(word)) return word;
  return word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.slice(0, -1);
}
