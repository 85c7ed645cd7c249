import type { Mention } from "./technologies.js";
import { CLAUSE_END, type Token } from "./tokens.js";
import type { YearsMatch } from "./years.js";

/** What a years phrase is of: the technologies it names, and whether it is time served at a grade. */
export interface YearsSubject {
  technologies: Mention[];
  /** The technologies are alternatives ("Go or Rust"). */
  alternatives: boolean;
  atGrade: boolean;
}

/** How far after the years phrase its subject may run: "15+ years of hands-on experience building services with Rust". */
const SUBJECT_WINDOW = 16;
/** Words that turn from the subject to examples or a preference: "10+ years of backend work, including Go", "..., ideally in Rust". */
const SUBJECT_ENDS = new Set([
  "such", "including", "include", "includes", "incl", "like", "e.g", "i.e", "especially", "particularly", "preferably",
  "ideally", "plus", "excluding", "except", "etc", "besides", "beyond", "preferred", "desired",
]);
const LIST_JOINS = new Set(["and", "or", "and/or", "&", "/"]);
/** Punctuation between a technology and the years that label it: "Kubernetes: 15+ years", "Go (20 years)". */
const LABEL_MARKS = new Set([":", "(", "-", "–", "—", ","]);
const EXPERIENCE = new Set(["experience", "expertise", "exp"]);
const SENTENCE_END = new Set([".", "!", "?", ";"]);
const SUMS = new Set(["combined", "cumulative", "collective", "aggregate", "total"]);
/** How far after the years a grade may be named: "one year of specialized experience equivalent to the GS-14". */
const GRADE_WINDOW = 14;

/** The technologies of one statement segment by the token they start and end at, so each lookup is constant time. */
export interface MentionIndex {
  startingAt: ReadonlyMap<number, Mention[]>;
  endingAt: ReadonlyMap<number, Mention>;
}

export function indexMentions(mentions: readonly Mention[]): MentionIndex {
  const startingAt = new Map<number, Mention[]>();
  const endingAt = new Map<number, Mention>();
  for (const m of mentions) {
    const list = startingAt.get(m.first);
    if (list) list.push(m);
    else startingAt.set(m.first, [m]);
    endingAt.set(m.last, m);
  }
  return { startingAt, endingAt };
}

/**
 * Reads the subject of one years phrase. After the phrase, the subject runs to
 * the end of its clause, a turn to examples ("such as", "including"), a comma
 * or an "and"/"or" that does not continue a list of technologies, the next
 * years phrase (`to`) or a bounded window. Without a technology after it, a technology right
 * before the phrase labels it ("Kubernetes: 15+ years"). Every walk is
 * bounded, so the pass stays linear.
 */
export function yearsSubject(tokens: readonly Token[], m: YearsMatch, to: number, segmentTo: number, mentions: MentionIndex): YearsSubject {
  // "someone who has been writing Rust for 20 years": the subject is what was done, before the years.
  if (m.activity) return { ...subjectAfter(tokens, m.activity.from, m.activity.to, mentions), atGrade: false };
  const after = subjectAfter(tokens, m.end, Math.min(to, m.end + SUBJECT_WINDOW), mentions);
  let technologies = after.technologies.length > 0 ? after.technologies : labelBefore(tokens, m.first, mentions);
  // "15+ years of combined experience with Kubernetes and Docker" is a sum over them, not years of each.
  if (technologies.length > 1 && summed(tokens, m.end)) technologies = [];
  return { technologies, alternatives: after.alternatives, atGrade: atGrade(tokens, m.end, Math.min(segmentTo, m.end + GRADE_WINDOW)) };
}

function subjectAfter(tokens: readonly Token[], from: number, to: number, mentions: MentionIndex): { technologies: Mention[]; alternatives: boolean } {
  const technologies: Mention[] = [];
  let alternatives = false;
  let orPending = false;
  for (let k = from; k < to; ) {
    // Several mentions may share one token ("Go/Rust").
    const here = mentions.startingAt.get(k);
    if (here) {
      for (const m of here) {
        if (technologies.length > 0 && (orPending || m.slashJoined)) alternatives = true;
        technologies.push(m);
      }
      orPending = false;
      k = here[here.length - 1]!.last + 1;
      continue;
    }
    const w = tokens[k]!.lower;
    if (CLAUSE_END.has(w) || SUBJECT_ENDS.has(w)) break;
    if (w === ",") {
      let j = k + 1;
      while (j < to && LIST_JOINS.has(tokens[j]!.lower)) {
        if (tokens[j]!.lower !== "and" && tokens[j]!.lower !== "&") orPending = true;
        j++;
      }
      if (!mentions.startingAt.has(j)) break;
      k = j;
      continue;
    }
    if (LIST_JOINS.has(w)) {
      // "and familiarity with Kubernetes" starts another requirement; only a technology continues the list.
      if (!mentions.startingAt.has(k + 1)) break;
      if (w !== "and" && w !== "&") orPending = true;
    }
    k++;
  }
  return { technologies, alternatives };
}

function labelBefore(tokens: readonly Token[], first: number, mentions: MentionIndex): Mention[] {
  let j = first - 1;
  if (j >= 0 && LABEL_MARKS.has(tokens[j]!.lower)) j--;
  if (j >= 0 && EXPERIENCE.has(tokens[j]!.lower)) j--;
  if (j < 0) return [];
  const label = mentions.endingAt.get(j);
  return label ? [label] : [];
}

/** "years of combined ...", "years' cumulative ...". */
function summed(tokens: readonly Token[], end: number): boolean {
  const at = tokens[end]?.lower === "of" ? end + 1 : end;
  return SUMS.has(tokens[at]?.lower ?? "");
}

/** "GS-14", "GS-{{ ... }}", "next lower grade": the years are time in grade. */
function atGrade(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (SENTENCE_END.has(w)) return false;
    if (w === "grade" || w === "grades" || /^gs(?:-|\d|$)/.test(w)) return true;
  }
  return false;
}
