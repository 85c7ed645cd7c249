import { findDegree } from "./requirements/degree.js";
import { mayNameDegree } from "./requirements/degree-words.js";
import { activityField, experienceField, fieldBeforeYears, GENERAL } from "./requirements/field.js";
import { mandatoryCue } from "./requirements/mandatory.js";
import { findNoDegree } from "./requirements/no-degree.js";
import { optionalCue } from "./requirements/optional.js";
import { splitSegments, type Segment } from "./requirements/segments.js";
import { findTechnologies, type Mention } from "./requirements/technologies.js";
import { tokenize, type Token } from "./requirements/tokens.js";
import { indexMentions, yearsSubject, type MentionIndex } from "./requirements/years-subject.js";
import { findYears, type YearsMatch } from "./requirements/years.js";
import { SectionCursor } from "./sections.js";
import type { Field, Item, Section, SectionKind, Statement, TechnologyMention, TextView, YearsFact } from "./types.js";

/** Sections whose every item is a requirement, facts or not (what max-requirements and misplaced-preference count). */
const REQUIREMENT_KINDS = new Set<SectionKind>(["required", "preferred", "education", "experience", "skills"]);

/** Sections that describe the job or its pay, not the candidate. */
const JOB_KINDS = new Set<SectionKind>(["responsibilities", "compensation"]);

/** The alternative paths at the end of the last item: the next item may continue them with "OR". */
interface OpenChain {
  section: Section;
  statements: Statement[];
  /** The item ended with "or"/"OR", so the next one continues the chain. */
  dangling: boolean;
}

/**
 * The requirement facts of each item, in document order: one statement per
 * years phrase, plus one per degree that no years phrase carries, plus one bare
 * statement for an item of a requirement section without either. Degree-tied
 * OR paths ("Bachelor's and 4+ years, OR Master's and 3+ years"), in one item or
 * in consecutive items joined by "or", share an `alternativeGroup`. Each item is
 * tokenised once and every reader looks a bounded distance around a token, so the
 * whole pass is linear in the text.
 */
export function extractStatements(items: readonly Item[], view?: TextView, fieldItems: readonly Item[] = []): Statement[] {
  const out: Statement[] = [];
  let nextGroup = 1;
  let open: OpenChain | undefined;
  const fromField = new Set(fieldItems);

  for (const item of inDocumentOrder(items, fieldItems)) {
    // Most items of "About us" or "Responsibilities" can hold no fact: no years, no degree. They neither yield a
    // statement nor carry an OR chain on (a line that is only "OR" does, so a text with "or" is always read).
    if (!REQUIREMENT_KINDS.has(item.section.kind) && !mayHoldFacts(item.text)) {
      open = undefined;
      continue;
    }
    const tokens = view ? viewTokens(item, view) : tokenize(item.text, item.range.start);
    const segments = splitSegments(tokens);
    const describesJob = JOB_KINDS.has(item.section.kind);
    const yearsBySegment = assignToSegments(
      findYears(tokens, { describesJob, asksCandidate: REQUIREMENT_KINDS.has(item.section.kind), aboutCompany: item.section.kind === "about" }),
      segments,
    );
    const chains = segmentChains(segments).map((chain) => {
      const paths = chain.map((s) => segmentStatements(item, tokens, s, yearsBySegment.get(s) ?? [])).filter((p) => p.length > 0);
      const statements = paths.flat();
      // Two or more paths with facts are alternatives; two facts of one path ("4 years, including 1 year of ...") are not.
      if (paths.length > 1) assignGroup(statements, nextGroup++);
      return statements;
    });

    const leadingOr = segments.length > 1 && isEmpty(segments[0]!) && segments[1]!.alternative;
    const trailingOr = segments.length > 1 && isEmpty(segments[segments.length - 1]!) && segments[segments.length - 1]!.alternative;
    const first = chains[0]!;
    if (open && continuesChain(open, item, leadingOr)) {
      if (first.length > 0) {
        assignGroup([...open.statements, ...first], open.statements[0]!.alternativeGroup ?? first[0]!.alternativeGroup ?? nextGroup++);
      } else if (tokens.length > 0 && tokens.every((t) => t.lower === "or")) {
        // A line that is only "OR" between two paths.
        open.dangling = true;
        continue;
      }
    }
    const last = chains[chains.length - 1]!;
    open = last.length > 0 && !fromField.has(item) ? { section: item.section, statements: last, dangling: trailingOr } : undefined;

    const facts = chains.flat();
    // One by one: a megabyte-long sentence can hold more facts than push() takes arguments.
    if (facts.length > 0) for (const fact of facts) out.push(fact);
    else if (REQUIREMENT_KINDS.has(item.section.kind) && !fromField.has(item)) out.push(bareStatement(item, tokens));
  }
  return out;
}

/** Two lists of items, each in document order, merged into one. */
function* inDocumentOrder(items: readonly Item[], more: readonly Item[]): Generator<Item> {
  let m = 0;
  for (const item of items) {
    while (m < more.length && more[m]!.range.start < item.range.start) yield more[m++]!;
    yield item;
  }
  while (m < more.length) yield more[m++]!;
}

/** Keys of `Key: value` lines that state a requirement; "Position: High School Teacher" names no degree. */
const REQUIREMENT_KEY = /\b(?:experience|education|degrees?|qualifications?|requirements?|required|preferred|skills?|background|years)\b/i;
/** ... unless the key speaks of the company: "Team Experience: over 50 years combined", "Our history:", "Years in business:". */
const COMPANY_KEY = /^\W*(?:(?:our|company|team|firm|organi[sz]ation)(?:['’]s)?\s+(?:experience|history|years)\b|our\b)|\bin business\b/i;

/**
 * `Key: value` lines that state a requirement ("Experience: 5+ years in
 * sales", "Education: Bachelor's degree required"), as items of the section they
 * stand in, key included so that "Preferred experience:" reads as preferred.
 * They yield statements, never a bare one.
 */
export function fieldItems(fields: readonly Field[], sections: readonly Section[], text: string, view?: TextView): Item[] {
  const out: Item[] = [];
  const sectionAt = new SectionCursor(sections);
  for (const field of [...fields].sort((a, b) => a.range.start - b.range.start)) {
    const { range } = field;
    const itemText = view ? view.text.slice(view.viewOffset(range.start), view.viewOffset(range.end)) : text.slice(range.start, range.end);
    const section = sectionAt.at(range.start);
    if (!section || !REQUIREMENT_KEY.test(field.key) || COMPANY_KEY.test(field.key) || !mayHoldFacts(itemText)) continue;
    out.push({ kind: "line", range, text: itemText, line: field.line, endLine: field.line, section });
  }
  return out;
}

/**
 * An HTML item's text is its view text (references decoded, markup dropped):
 * tokens are read there and their offsets mapped back to the source.
 */
function viewTokens(item: Item, view: TextView): Token[] {
  const at = view.viewOffset(item.range.start);
  return tokenize(item.text, at).map((t) => ({ ...t, start: view.sourceStart(t.start), end: view.sourceEnd(t.end) }));
}

/** A superset test for what the readers below can find: a duration unit, a degree name, or the word "or". */
function mayHoldFacts(text: string): boolean {
  return YEARS_OR_OR.test(text) || mayNameDegree(text);
}

const YEARS_OR_OR = /yr|year|decade|month|\bor\b/i;

/**
 * Whether an item continues the paths of the item before it: in the same
 * section, after an "or" at the end of that item or at the start of this one. A
 * plain-text line that is only "OR" reads as a heading; it joins the paths
 * around it instead of separating them.
 */
function continuesChain(open: OpenChain, item: Item, leadingOr: boolean): boolean {
  const section = item.section;
  if (section === open.section) return open.dangling || leadingOr;
  return section.items[0] === item && /^or$/i.test(section.heading?.text.trim() ?? "");
}

/** Hands each years phrase to the segment it starts in (both are in token order: one merge walk). */
function assignToSegments(years: readonly YearsMatch[], segments: readonly Segment[]): Map<Segment, YearsMatch[]> {
  const out = new Map<Segment, YearsMatch[]>();
  let s = 0;
  for (const m of years) {
    while (s < segments.length && segments[s]!.to <= m.first) s++;
    const segment = segments[s];
    if (!segment || m.first < segment.from) continue;
    const list = out.get(segment);
    if (list) list.push(m);
    else out.set(segment, [m]);
  }
  return out;
}

/** Consecutive segments joined by "OR" form one chain of alternatives. */
function segmentChains(segments: readonly Segment[]): Segment[][] {
  const chains: Segment[][] = [];
  for (const s of segments) {
    if (s.alternative && chains.length > 0) chains[chains.length - 1]!.push(s);
    else chains.push([s]);
  }
  return chains;
}

function isEmpty(s: Segment): boolean {
  return s.to <= s.from;
}

function assignGroup(statements: Statement[], group: number): void {
  for (const s of statements) s.alternativeGroup = group;
}

function segmentStatements(item: Item, tokens: readonly Token[], segment: Segment, inSegment: readonly YearsMatch[]): Statement[] {
  if (isEmpty(segment)) return [];
  const degree = findDegree(tokens, segment.from, segment.to);
  const noDegree = findNoDegree(tokens, segment.from, segment.to);
  if (inSegment.length === 0 && !degree && !noDegree) return [];
  const mentions = findTechnologies(tokens, segment.from, segment.to);
  const shared = sharedFacts(item, tokens, segment.from, segment.to, mentions);
  if (noDegree) shared.noDegree = noDegree;
  if (inSegment.length === 0) {
    const field = degree && degree.fields.length > 0 ? degree.fields.join(" or ") : GENERAL;
    return [{ item, field, ...(degree ? { degree } : {}), ...shared }];
  }
  const index = indexMentions(mentions);
  return inSegment.map((m, i) => ({
    item,
    years: yearsFact(tokens, m, inSegment[i + 1]?.first ?? segment.to, segment.to, index),
    field: fieldOf(tokens, m, inSegment[i - 1]?.end ?? segment.from, segment.to),
    // The degree belongs to the segment's first requirement, so it is counted once.
    ...(i === 0 && degree ? { degree } : {}),
    ...shared,
  }));
}

function yearsFact(tokens: readonly Token[], m: YearsMatch, next: number, segmentTo: number, mentions: MentionIndex): YearsFact {
  const subject = yearsSubject(tokens, m, next, segmentTo, mentions);
  return {
    min: m.min,
    ...(m.max !== undefined ? { max: m.max } : {}),
    range: { start: tokens[m.first]!.start, end: tokens[m.unit]!.end },
    ...(subject.technologies.length > 0 ? { technologies: subject.technologies.map(fact) } : {}),
    ...(subject.alternatives ? { alternatives: true } : {}),
    ...(subject.atGrade ? { atGrade: true } : {}),
  };
}

type SharedFacts = Pick<Statement, "optional" | "technologies" | "optionalCue" | "mandatoryCue" | "noDegree">;

/** The facts every statement of tokens [from, to) shares: how it qualifies itself and the technologies it names. */
function sharedFacts(item: Item, tokens: readonly Token[], from: number, to: number, mentions: readonly Mention[]): SharedFacts {
  const optionalBy = optionalCue(tokens, from, to);
  const mandatoryBy = mandatoryCue(tokens, from, to);
  return {
    optional: item.section.kind === "preferred" || optionalBy !== undefined,
    technologies: mentions.map(fact),
    ...(optionalBy ? { optionalCue: optionalBy } : {}),
    ...(mandatoryBy ? { mandatoryCue: mandatoryBy } : {}),
  };
}

function fact(m: Mention): TechnologyMention {
  return { name: m.name, range: m.range };
}

/**
 * The field after the years ("5+ years of Python"), else the one before them
 * ("Experience with Python (3+ years)"), looking no further back than `from`
 * (the end of the previous years phrase).
 */
function fieldOf(tokens: readonly Token[], m: YearsMatch, from: number, to: number): string {
  if (m.activity) return activityField(tokens, m.activity.from, m.activity.to);
  const after = experienceField(tokens, m.end, to);
  return after === GENERAL ? fieldBeforeYears(tokens, from, m.first) : after;
}

function bareStatement(item: Item, tokens: readonly Token[]): Statement {
  return { item, field: GENERAL, ...sharedFacts(item, tokens, 0, tokens.length, findTechnologies(tokens, 0, tokens.length)) };
}
