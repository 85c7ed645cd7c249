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

/**
 * A statement the candidate must meet: not preferred (by its section or its own words), and not part of the offer
 * unless it says itself that it is required ("An associate's degree is required for this position" under "Pay").
 */
export function isMandatory(s: Statement): boolean {
  return !s.optional && (!OFFER_KINDS.has(s.item.section.kind) || (s.mandatoryCue !== undefined && !OFFER_WORDS.test(s.item.text)));
}

/** What an offer's own conditions speak of: "a $10,000 sign-on bonus (a 2-year commitment is required)". */
const OFFER_WORDS = /[$£€¥]|\b(?:bonus|tuition|reimburse\w*|stipend|allowance|commitment|service|benefits?|eligib\w*)\b/i;

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

/** "5+", "3-5"; under two years a part of a year in months, as it was written: "6+ months", "6-18 months". */
export function yearsText(years: YearsFact): string {
  const whole = Number.isInteger(years.min) && (years.max === undefined || Number.isInteger(years.max));
  // Months only under two years: "20 years and 6 months" reads "20.5+", not "246+ months".
  if (whole || (years.max ?? years.min) >= 2) return years.max !== undefined ? `${years.min}-${years.max}` : `${years.min}+`;
  const months = (y: number) => Math.round(y * 12);
  return years.max !== undefined ? `${months(years.min)}-${months(years.max)} months` : `${months(years.min)}+ months`;
}

/** "5+ years", "1+ year", "6+ months". */
export function yearsPhrase(years: YearsFact): string {
  const text = yearsText(years);
  if (text.endsWith("months")) return text;
  return `${text} ${years.min === 1 && years.max === undefined ? "year" : "years"}`;
}

/** "5+ years of data analysis", "1+ year of experience", "6+ months of customer service". */
export function describeYears(s: YearsStatement): string {
  return `${yearsPhrase(s.years)} of ${s.field === GENERAL ? "experience" : s.field}`;
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
