import { bracketedField } from "./field.js";
import { MINIMUM_WORDS, readQuantity, readRangeToken } from "./numbers.js";
import { CLAUSE_END, EXPERIENCE_WORDS, type Token } from "./tokens.js";

export interface YearsMatch {
  min: number;
  max?: number;
  /** Token index of the first number and one past the last token of the phrase ("years", "or more"). */
  first: number;
  end: number;
  /** Token index of the "year(s)" word. */
  unit: number;
  /** Tokens [from, to) of what the candidate did for the years: "who has been developing iOS apps for four years". */
  activity?: { from: number; to: number };
}

/** Units of an experience duration, in years. */
const UNIT = new Map<string, number>([
  ...["year", "years", "yr", "yrs", "year's", "years's"].map((w) => [w, 1] as const),
  ...["decade", "decades"].map((w) => [w, 10] as const),
  ...["month", "months", "month's", "months's"].map((w) => [w, 1 / 12] as const),
]);
const RANGE_JOIN = new Set(["-", "–", "—", "to"]);
const SPAN_ADJECTIVES = new Set(["full", "whole", "complete", "consecutive"]);

/** Words before the number that make it a duration of something else: "for 30 years", "the past 5 years", "an additional 2 years", "children ages 3 to 5 years". */
const DURATION_BEFORE = new Set([
  "past", "last", "first", "additional", "another", "next", "every", "each", "after", "within", "exceed",
  "excess", "since", "total", "maximum", "max", "up", "under", "ago", "period", "term", "age", "ages", "aged",
]);
/** Right before the number, these make it one particular period: "the two year cohort", "a 4 year term", "during 2 years". */
const PERIOD_DETERMINERS = new Set(["a", "an", "the", "this", "that", "these", "those", "each", "per", "throughout", "during", "its", "their"]);
/** "for" introduces a company's age ("for over 30 years we have...") unless someone is looking for the years. */
const SEEKING = new Set(["looking", "searching", "seeking", "asking", "hoping", "hunting", "require", "requires", "need", "needs", "calls", "call"]);
/** Words right after "years" that make them an age, a term or a history, not experience. */
const NOT_EXPERIENCE_AFTER = new Set([
  "ago", "old", "total", "term", "trial", "period", "appointment", "later", "running", "warranty", "contract",
  "prior", "before", "after", "from", "thereafter", "probation", "probationary", "age", "combined",
]);
const NOT_EXPERIENCE_OF = new Set([
  "paid", "leave", "parental", "maternity", "paternity", "vacation", "notice", "severance",
  "age", "employment", "service", "history", "operation", "operations", "business", "growth", "innovation",
  "excellence", "success", "tradition", "the", "our", "their", "its", "this", "that", "your", "a", "an",
]);
/** The statement speaks for the company ("we", "our") ... */
const COMPANY_VOICE = new Set(["we", "our", "us", "we're", "we've", "we'll", "ours", "founded", "established"]);
/** ... unless it also addresses the candidate. */
const CANDIDATE_CUE = new Set([
  "you", "your", "you'll", "you've", "you're", "candidate", "candidates", "applicant", "applicants", "hire", "hiring",
  "looking", "seeking", "seek", "want", "wanted", "require", "requires", "required", "requirement", "requirements",
  "must", "need", "needs", "should", "ideal", "ideally", "qualified", "qualify", "someone", "person", "individual", "calls",
]);
const WHO = new Set(["who", "who's", "who've"]);
/** "you've been developing", "you have worked" */
const YOU_PERFECT = new Set(["you've"]);
const PERFECT = new Set(["have", "'ve"]);
const CANDIDATE_NOUNS = new Set(["someone", "somebody", "candidate", "candidates", "person", "individual", "applicant", "applicants"]);
/** Lasting states, not experience: "you've lived in the area for 3 years", "been licensed for 3 years". */
const NOT_EXPERIENCE_VERBS = new Set(["lived", "living", "resided", "residing", "employed", "licensed", "located", "based", "registered", "enrolled", "married", "retired", "held", "owned"]);
const COMPANY_NOUNS = new Set(["team", "company", "firm", "business", "organization", "organisation", "founders", "staff"]);
const PREPOSITIONS = new Set(["for", "with", "of", "to", "from", "among", "alongside", "beside"]);
const AUXILIARIES = new Set(["has", "have", "had", "'ve", "been", "be", "being"]);
/** After "years", these carry on to the field: "5 years in X", "10+ years of Rust", "3 years as a nurse". */
const FIELD_LEAD = new Set(["of", "in", "with", "as", "on", "working", "doing", "building", "developing", "designing", "leading", "managing", "writing", "using", "programming", "professional", "hands-on", "relevant", "industry", "post-graduate"]);

/**
 * Every years-of-experience phrase of one statement ("10+ years", "five (5)
 * years", "at least 5 yrs", "3-5 years", "3 to 5 years", "5 or more years",
 * "1+ year", "a decade", "18 months" as 1.5 years), with its context checked:
 * a company's age, a contract term or a period ("for over 30 years we
 * have...", "an additional 2 years", "a maximum of 4 years total") is no
 * requirement. Each token is looked at a bounded number of times, so the pass
 * is linear.
 */
export function findYears(tokens: readonly Token[], options: { describesJob?: boolean; asksCandidate?: boolean; aboutCompany?: boolean } = {}): YearsMatch[] {
  const out: YearsMatch[] = [];
  const voice = sentenceVoice(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const match = readYearsAt(tokens, i);
    if (!match) continue;
    // Under "Responsibilities" or "Benefits", years describe the job ("mentor engineers with 1-2 years of
    // experience", "once you reach 5 years"), unless the sentence asks the candidate for experience.
    const sentence = voice.of(match.first);
    const activity = sentence.candidate ? candidateActivity(tokens, match.first, sentence.seeking) : undefined;
    if (options.describesJob && !activity && !(sentence.candidate && experienceAhead(tokens, match.end) && !(othersWithYears(tokens, match.first) && !sentence.seeking))) continue;
    // Under "About us", years with no word for the candidate are the company's ("Lindqvist & Hale has over 25 years of experience").
    if (options.aboutCompany && !sentence.candidate) continue;
    if (activity) out.push({ ...match, activity });
    else if (isRequirement(tokens, match, voice, options.asksCandidate === true)) out.push(match);
    i = match.end - 1;
  }
  return out;
}

function readYearsAt(tokens: readonly Token[], i: number): YearsMatch | undefined {
  const t = tokens[i]!;
  if (!t.word) return undefined;
  let min: number;
  let max: number | undefined;
  let j = i + 1;
  if ((t.lower === "a" || t.lower === "an") && /^decades?$/.test(tokens[i + 1]?.lower ?? "")) {
    // "a decade of experience"
    min = 1;
  } else if (t.lower === "between") {
    const a = tokens[i + 1] && readQuantity(tokens[i + 1]!.lower);
    const b = tokens[i + 3] && readQuantity(tokens[i + 3]!.lower);
    if (!a || !b || tokens[i + 2]?.lower !== "and") return undefined;
    [min, max, j] = [a.value, b.value, i + 4];
  } else {
    const range = readRangeToken(t.lower);
    const q = range ? undefined : readQuantity(t.lower);
    if (!range && !q) return undefined;
    min = range ? range.min : q!.value;
    if (range) max = range.max;
    // "five (5) years": the figure in brackets repeats the word.
    if (!range && tokens[j]?.lower === "(" && tokens[j + 1] && readQuantity(tokens[j + 1]!.lower) && tokens[j + 2]?.lower === ")") j += 3;
    if (tokens[j]?.lower === "+") j++;
    if (!range && RANGE_JOIN.has(tokens[j]?.lower ?? "")) {
      const upper = tokens[j + 1] && readQuantity(tokens[j + 1]!.lower);
      if (upper) {
        max = upper.value;
        j += 2;
        if (tokens[j]?.lower === "+") j++;
      }
    }
    if (tokens[j]?.lower === "or" && tokens[j + 1]?.lower === "more") j += 2;
    else if (tokens[j]?.lower === "plus") j++;
  }
  // "2 full years", "3 consecutive years"
  if (SPAN_ADJECTIVES.has(tokens[j]?.lower ?? "")) j++;
  const unit = tokens[j];
  const factor = unit && UNIT.get(unit.lower);
  if (!factor) return undefined;
  // "18 months" is 1.5 years; two decimals keep 1/12 steps exact enough to compare.
  const inYears = (n: number, by = factor) => Math.round(n * by * 100) / 100;
  min = inYears(min);
  if (max !== undefined) max = inYears(max);
  let unitIndex = j++;
  if (tokens[j]?.lower === "." && (unit.lower === "yr" || unit.lower === "yrs")) j++;
  if (tokens[j]?.lower === "'") j++;
  // A second unit: "6 months - 1 year", "6 months to 2 years" (a range), "1 year and 6 months" (a sum).
  // With no joining word, or after a comma, a smaller unit adds: "2 years 6 months", "1 year, 6 months".
  const joined = tokens[j]?.lower ?? "";
  const bare = readQuantity(joined) !== undefined;
  const sum = joined === "and" || joined === "," || bare;
  const at = bare ? j : j + 1;
  const more = (RANGE_JOIN.has(joined) && max === undefined) || sum ? tokens[at] && readQuantity(tokens[at]!.lower) : undefined;
  const moreFactor = more ? UNIT.get(tokens[at + 1]?.lower ?? "") : undefined;
  if (more && moreFactor && (!sum || moreFactor < factor)) {
    if (sum) min = Math.round((min + inYears(more.value, moreFactor)) * 100) / 100;
    else max = inYears(more.value, moreFactor);
    unitIndex = at + 1;
    j = at + 2;
  }
  if (tokens[j]?.lower === "+" || tokens[j]?.lower === "plus") j++;
  else if (tokens[j]?.lower === "or" && tokens[j + 1]?.lower === "more") j += 2;
  // "3 yrs min." / "5 years minimum": the field follows.
  if (tokens[j]?.lower === "min" || tokens[j]?.lower === "minimum") j += tokens[j + 1]?.lower === "." ? 2 : 1;
  if (max !== undefined && max < min) return undefined;
  return { min, ...(max !== undefined && max !== min ? { max } : {}), first: i, end: j, unit: unitIndex };
}

/**
 * Whether a years phrase asks the candidate for experience. `asksCandidate`: the
 * item stands in a section of requirements, where the bare forms of requirement
 * tables ("Python: 5+ years", "5+ years (commercial construction)") are read too.
 */
function isRequirement(tokens: readonly Token[], m: YearsMatch, voice: SentenceVoice, asksCandidate: boolean): boolean {
  if (introducedAsDuration(tokens, m.first)) return false;
  const sentence = voice.of(m.first);
  if (sentence.company && !sentence.candidate) return false;
  const next = tokens[m.end];
  if (next && NOT_EXPERIENCE_AFTER.has(next.lower)) return false;
  if (next?.lower === "of" && tokens[m.end + 1] && NOT_EXPERIENCE_OF.has(tokens[m.end + 1]!.lower)) return false;
  if (next?.lower === "in" && tokens[m.end + 1]?.lower === "business") return false;
  // Months and decades are experience only when the statement says so: "6 months of experience", not "6 months on
  // the job"; "a decade of experience", not "a decade of customer data".
  if (UNIT.get(tokens[m.unit]!.lower) !== 1) return experienceAhead(tokens, m.end) || experienceBehind(tokens, m.first);
  return (
    experienceAhead(tokens, m.end) ||
    experienceBehind(tokens, m.first) ||
    (next !== undefined && FIELD_LEAD.has(next.lower)) ||
    (asksCandidate && (bracketedField(tokens, m.end) !== undefined || labelledYears(tokens, m)))
  );
}


/** Words in a label before a number that make it no field: "Contract length: 2 years". */
const NOT_SKILL_LABELS = new Set([
  "term", "contract", "length", "duration", "probation", "probationary", "period", "age", "tenure", "warranty",
  "commitment", "assignment", "appointment", "founded", "established", "history", "company", "our", "business",
  "vesting", "sabbatical", "pension", "eligibility", "forgiveness", "check", "valid", "sponsorship", "retention", "serving",
  "bond", "residency", "residence", "validity", "visa", "citizenship", "record", "notice", "lease",
]);

/**
 * "Commercial credit underwriting: 5+ years." — a label, a colon and the years that end the line, as
 * requirement tables write them; not "Contract length: 2 years".
 */
function labelledYears(tokens: readonly Token[], m: YearsMatch): boolean {
  if (m.end < tokens.length && !CLAUSE_END.has(tokens[m.end]!.lower)) return false;
  let k = m.first - 1;
  while (k >= 0 && MINIMUM_WORDS.has(tokens[k]!.lower)) k--;
  if (k < 1 || tokens[k]!.lower !== ":") return false;
  let words = 0;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const w = tokens[j]!;
    if (CLAUSE_END.has(w.lower)) break;
    if (NOT_SKILL_LABELS.has(w.lower)) return false;
    if (w.word) words++;
  }
  return words > 0;
}


/**
 * Looks back over the words of the clause before the number (at most four).
 * Minimum words ("at least", "over", "more than") pass; "for" only counts when
 * nobody is looking for the years.
 */
function introducedAsDuration(tokens: readonly Token[], first: number): boolean {
  if (PERIOD_DETERMINERS.has(tokens[first - 1]?.lower ?? "")) return true;
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const w = tokens[k]!.lower;
    if (CLAUSE_END.has(w) || w === ",") return false;
    if (w === "for") return !SEEKING.has(tokens[k - 1]?.lower ?? "");
    if (w === "than") {
      const before = tokens[k - 1]?.lower ?? "";
      if (before === "more" || before === "greater" || before === "less" && /^(?:no|not)$/.test(tokens[k - 2]?.lower ?? "")) continue;
      return true;
    }
    if (DURATION_BEFORE.has(w)) return true;
  }
  return false;
}

/**
 * "mentor two engineers with 1-2 years of experience": the years of the people named before "with", not the
 * candidate's, unless the sentence seeks them ("we're looking for an engineer with 5-8 years").
 */
function othersWithYears(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && MINIMUM_WORDS.has(tokens[k]!.lower)) k--;
  if (tokens[k]?.lower !== "with") return false;
  const before = tokens[k - 1]?.lower ?? "";
  return before !== "" && !CANDIDATE_NOUNS.has(before) && !CANDIDATE_CUE.has(before) && tokens[k - 1]!.word;
}

/**
 * In a sentence that addresses the candidate, "for N years" after what the
 * candidate has done asks for that much experience of it: "we're looking for
 * an engineer who has been developing iOS apps for at least four years", "you
 * have worked in retail for 3+ years". The tokens between the subject (and its
 * auxiliaries) and "for". "who" is the candidate only in a sentence that seeks
 * someone ("mentors who have taught for 20 years" are not), "you" only in the
 * perfect ("you must have held a licence for 3 years" is no experience), and
 * "that"/"which" before either is another subject ("a platform that has been
 * running for 10 years").
 */
/**
 * "someone who", "a candidate who", or "who" within a few words of the verb that
 * seeks them ("we're looking for an engineer who"), with no infinitive in between
 * ("seeking someone to support clinicians who have practised for 20 years").
 */
function whoIsSought(tokens: readonly Token[], whoAt: number, seeking: boolean): boolean {
  const before = tokens[whoAt - 1]?.lower ?? "";
  if (CANDIDATE_NOUNS.has(before)) return true;
  if (!seeking) return false;
  // "looking for an engineer who": one noun phrase between; not "seeking mentors for analysts who".
  for (let k = whoAt - 1; k >= 0 && k >= whoAt - 5; k--) {
    const w = tokens[k]!.lower;
    if (SEEKING.has(w)) return true;
    if (w === "to" || COMPANY_VOICE.has(w) || COMPANY_NOUNS.has(w)) return false;
    if (PREPOSITIONS.has(w) && !SEEKING.has(tokens[k - 1]?.lower ?? "")) return false;
  }
  return false;
}

function candidateActivity(tokens: readonly Token[], first: number, seeking: boolean): { from: number; to: number } | undefined {
  let forAt = -1;
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const w = tokens[k]!.lower;
    if (w === "for") {
      forAt = k;
      break;
    }
    if (!MINIMUM_WORDS.has(w)) return undefined;
  }
  if (forAt < 0) return undefined;
  for (let k = forAt - 1; k >= 0 && k >= forAt - 10; k--) {
    const w = tokens[k]!.lower;
    if (CLAUSE_END.has(w) || w === "," || w === "that" || w === "which") return undefined;
    const who = WHO.has(w);
    const you = YOU_PERFECT.has(w) || (w === "you" && PERFECT.has(tokens[k + 1]?.lower ?? ""));
    if (!who && !you) continue;
    if (who && !whoIsSought(tokens, k, seeking)) return undefined;
    let from = k + 1;
    let been = false;
    while (from < forAt && AUXILIARIES.has(tokens[from]!.lower)) been ||= tokens[from++]!.lower === "been";
    if (from >= forAt) return undefined;
    const verb = tokens[from]!.lower;
    if (NOT_EXPERIENCE_VERBS.has(verb)) return undefined;
    // What was done ("developing", "worked"), or what was been ("been a nurse", "been in sales"); not what was held,
    // nor where one was ("been with us", "been out of the workforce").
    if (/(?:ing|ed)$/.test(verb)) return { from, to: forAt };
    return been && (verb === "a" || verb === "an" || verb === "in") ? { from, to: forAt } : undefined;
  }
  return undefined;
}

function experienceAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const w = tokens[k]!.lower;
    if (EXPERIENCE_WORDS.has(w)) return true;
    if (CLAUSE_END.has(w) && w !== "(" && w !== ")") return false;
  }
  return false;
}

/** "Experience: 5+ years", "experience of at least 5 years". */
function experienceBehind(tokens: readonly Token[], first: number): boolean {
  // "Experience in commercial construction project management: 7+ years"
  for (let k = first - 1; k >= 0 && k >= first - 12; k--) {
    const w = tokens[k]!.lower;
    if (EXPERIENCE_WORDS.has(w)) return true;
    if (w === "." || w === ";" || w === "!" || w === "?") return false;
  }
  return false;
}

interface Voice {
  company: boolean;
  candidate: boolean;
  /** Someone is sought: "looking for", "seeking". */
  seeking: boolean;
}

interface SentenceVoice {
  of(tokenIndex: number): Voice;
}

/** Per sentence of the statement: does it speak as the company, and does it address a candidate? */
function sentenceVoice(tokens: readonly Token[]): SentenceVoice {
  const sentenceOf = new Int32Array(tokens.length);
  const flags: Voice[] = [{ company: false, candidate: false, seeking: false }];
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    const current = flags[flags.length - 1]!;
    sentenceOf[k] = flags.length - 1;
    if (COMPANY_VOICE.has(w)) current.company = true;
    if (CANDIDATE_CUE.has(w)) current.candidate = true;
    if (SEEKING.has(w)) current.seeking = true;
    if (w === "." || w === "!" || w === "?") flags.push({ company: false, candidate: false, seeking: false });
  }
  return { of: (k) => flags[sentenceOf[k]!]! };
}
