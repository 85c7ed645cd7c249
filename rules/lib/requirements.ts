/**
 * Statements read as requirements of the candidate: which ones count as
 * mandatory, how OR paths fold into one requirement, and how a requirement is
 * quoted in a message.
 */
import { GENERAL } from "../../src/posting/requirements/field.js";
import type { DegreeLevel, SectionKind, Statement, YearsFact } from "../../src/posting/types.js";

export type YearsStatement = Statement & { years: YearsFact };

/** Benefits speak of the employer's offer ("tuition for a Master's degree", "after 1 year of service"), not of the candidate. */
const OFFER_KINDS = new Set<SectionKind>(["compensation"]);

/** A statement the candidate must meet: not preferred (by its section or its own words) and not part of the offer. */
export function isMandatory(s: Statement): boolean {
  return !s.optional && !OFFER_KINDS.has(s.item.section.kind);
}

/** Statements in document order, the paths of each alternative group folded into one requirement. */
export function foldAlternatives<T extends Statement>(statements: readonly T[]): T[][] {
  const out: T[][] = [];
  const groups = new Map<number, T[]>();
  for (const s of statements) {
    if (s.alternativeGroup === undefined) {
      out.push([s]);
      continue;
    }
    const group = groups.get(s.alternativeGroup);
    if (group) group.push(s);
    else {
      const created = [s];
      groups.set(s.alternativeGroup, created);
      out.push(created);
    }
  }
  return out;
}

/** "5+", "3-5". */
export function yearsText(years: YearsFact): string {
  return years.max !== undefined ? `${years.min}-${years.max}` : `${years.min}+`;
}

/** "5+ years of data analysis", "1+ year of experience". */
export function describeYears(s: YearsStatement): string {
  const unit = s.years.min === 1 && s.years.max === undefined ? "year" : "years";
  return `${yearsText(s.years)} ${unit} of ${s.field === GENERAL ? "experience" : s.field}`;
}

const DEGREE_NAMES: Record<DegreeLevel, string> = {
  "high-school": "a high school diploma",
  associate: "an associate degree",
  bachelor: "a Bachelor's degree",
  master: "a Master's degree",
  doctorate: "a doctorate",
};

/** "a Master's degree". */
export function degreeName(level: DegreeLevel): string {
  return DEGREE_NAMES[level];
}
