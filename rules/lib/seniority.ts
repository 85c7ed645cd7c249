/**
 * The seniority a posting claims for the role: level words of its title (the
 * first heading, a `Title:`/`Position:` line or the front matter `title:`) or
 * of a `Level:` line. Body text ("mentor junior engineers") is no claim.
 */
import { tokenizeText, type WordToken } from "../../src/posting/tokens.js";
import type { Posting } from "../../src/posting/types.js";

export type Seniority = "junior" | "senior" | "mid";

export interface LevelClaim {
  seniority: Seniority;
  /** The words as written ("Junior", "Entry-level", "Lead"). */
  words: string;
  line: number;
  /** Where the claim stands: "title" or the metadata key ("Level"). */
  source: string;
}

const JUNIOR = new Set(["junior", "jr", "intern", "interns", "internship", "internships", "graduate", "graduates", "grad", "entry-level"]);
const SENIOR = new Set(["senior", "sr", "staff", "principal", "lead"]);
const MID = new Set(["mid", "mid-level", "mid-senior", "intermediate"]);
/** A level word followed by these names something else: "Senior Living", "Lead Generation", "Staff Accountant", "Graduate Admissions". */
const NOT_A_LEVEL_BEFORE: Record<string, ReadonlySet<string>> = {
  senior: new Set(["living", "care", "center", "centre", "citizen", "citizens", "services", "housing", "home", "homes", "community", "communities", "residents", "resident", "apartments", "day"]),
  lead: new Set(["generation", "gen", "abatement", "paint", "based", "hazard", "hazards", "poisoning", "remediation", "removal", "inspector", "inspection", "safe", "free"]),
  staff: new Set(["accountant", "accountants", "nurse", "nurses", "rn", "lpn", "writer", "writers", "assistant", "assistants", "attorney", "attorneys", "pharmacist", "physician", "auditor", "photographer", "therapist", "member", "members", "counsel", "reporter", "psychologist", "chaplain", "sergeant", "aide"]),
  graduate: new Set(["admissions", "admission", "school", "studies", "enrollment", "recruitment", "recruiter", "advisor", "adviser", "coordinator", "program", "programs", "student", "students", "assistant", "assistantship", "research", "teaching"]),
};
const SEPARATORS = ["-", "–", "—", ":", "|", ",", "(", "/"];
/** "Level" names levels in these keys: "Level", "Job Level", "Career Level", "Seniority". */
const LEVEL_KEY_ENDS = new Set(["level", "seniority"]);

/** The seniority claims of the title and of any `Level:` line, in that order. */
export function levelClaims(posting: Posting): LevelClaim[] {
  const out: LevelClaim[] = [];
  const title = titleOf(posting);
  if (title) addClaims(out, title.text, title.line, "title");
  for (const field of posting.metadata) {
    const keyWords = field.key.trim().toLowerCase().split(" ");
    if (LEVEL_KEY_ENDS.has(keyWords[keyWords.length - 1]!)) addClaims(out, field.value, field.line, field.key.trim());
  }
  return out;
}

/** Most words a bare opening line may have to be read as the title. */
const TITLE_MAX_WORDS = 8;
const SENTENCE_END = new Set([".", "!", "?", ":"]);

/**
 * The posting's title; without a level-1 heading, a `Title:` line or a front
 * matter title, the first heading of any level, or a short opening line that
 * stands alone (plain text often opens "Senior Data Engineer" + blank line).
 */
function titleOf(posting: Posting): { text: string; line: number } | undefined {
  if (posting.title) return posting.title;
  const heading = posting.headings[0];
  const opening = openingLine(posting);
  if (heading && (!opening || heading.line <= opening.line)) return { text: heading.text, line: heading.line };
  return opening;
}

function openingLine(posting: Posting): { text: string; line: number } | undefined {
  const item = posting.items[0];
  if (!item || item.section.heading || item.marker || item.line !== item.endLine) return undefined;
  const firstText = posting.lines.find((l) => l.text.trim().length > 0 && !(posting.frontMatter && l.end <= posting.frontMatter.range.end));
  if (!firstText || firstText.number !== item.line) return undefined;
  const words = tokenizeText(item.text);
  const text = item.text.trim();
  if (words.length === 0 || words.length > TITLE_MAX_WORDS || SENTENCE_END.has(text[text.length - 1]!)) return undefined;
  return { text: item.text, line: item.line };
}

/** Adds the claims in one text to `out` (pushed one by one: a megabyte-long title holds more than push() takes arguments). */
function addClaims(out: LevelClaim[], text: string, line: number, source: string): void {
  const words = tokenizeText(text);
  for (let i = 0; i < words.length; i++) {
    const claim = claimAt(text, words, i);
    if (claim) out.push({ ...claim, line, source });
  }
}

function claimAt(text: string, words: readonly WordToken[], i: number): { seniority: Seniority; words: string } | undefined {
  const w = words[i]!;
  const next = words[i + 1];
  if (w.lower === "entry" && next?.lower === "level") return { seniority: "junior", words: `${w.text} ${next.text}` };
  if (w.lower === "new" && /^grad(?:uate)?s?$/.test(next?.lower ?? "")) return { seniority: "junior", words: `${w.text} ${next!.text}` };
  const seniority: Seniority | undefined = JUNIOR.has(w.lower) ? "junior" : SENIOR.has(w.lower) ? "senior" : MID.has(w.lower) ? "mid" : undefined;
  if (!seniority) return undefined;
  const exceptions = NOT_A_LEVEL_BEFORE[w.lower];
  if (exceptions && next && exceptions.has(next.lower)) return undefined;
  // "Kitchen Staff", "Medical Staff Coordinator": staff is a level only where the role's name starts ("Staff Engineer", "Acme - Staff Engineer", "Senior Staff Engineer").
  if (w.lower === "staff" && (!next || !(startsName(text, words, i) || SENIOR.has(words[i - 1]!.lower)))) return undefined;
  return { seniority, words: w.text };
}

/** The word opens the title or follows a separator ("10x: Staff Engineer", "Acme - Staff Engineer"). */
function startsName(text: string, words: readonly WordToken[], i: number): boolean {
  const prev = words[i - 1];
  if (!prev || words[i]!.breakBefore) return true;
  const gap = text.slice(prev.end, words[i]!.start);
  return SEPARATORS.some((c) => gap.includes(c));
}
