/**
 * What pay-transparency laws ask of a job posting, by jurisdiction (shared/
 * research/prior-art.md, section 5), and the small checks they need beyond
 * the pay figures: an application close date, a benefits description, a
 * gender-neutral title.
 */
import type { Posting } from "../../src/posting/types.js";

export interface PayLaw {
  /** As a message names it. */
  name: string;
  /** A pay range, not a single figure (unless the rule's `requireRange` says otherwise). */
  range: boolean;
  /** "up to $30/h" and "$20/h and up" are not allowed. */
  noOpenEnded?: boolean;
  /** The widest allowed range, and the pay above which the limit no longer applies. */
  maxWidth?: { width: number; exemptAbove: number };
  closeDate?: boolean;
  benefits?: boolean;
  neutralTitle?: boolean;
}

export const PAY_LAWS = {
  "us-co": { name: "Colorado", range: true, closeDate: true, benefits: true },
  "us-ny": { name: "New York", range: true },
  "us-ca": { name: "California", range: true },
  // SSB 5408 (from 2025-07-27) allows a fixed amount.
  "us-wa": { name: "Washington", range: false, benefits: true },
  "us-il": { name: "Illinois", range: true, benefits: true },
  "ca-bc": { name: "British Columbia", range: false, noOpenEnded: true },
  "ca-on": { name: "Ontario", range: false, maxWidth: { width: 50_000, exemptAbove: 200_000 } },
  eu: { name: "the EU Pay Transparency Directive", range: true, neutralTitle: true },
} satisfies Record<string, PayLaw>;

export type Jurisdiction = keyof typeof PAY_LAWS;

/** The laws named by the rule's `jurisdiction` option (one id or a list). */
export function payLaws(option: unknown): PayLaw[] {
  const ids = option === undefined ? [] : Array.isArray(option) ? option : [option];
  return ids.map((id) => {
    if (typeof id !== "string" || !(id in PAY_LAWS)) {
      throw new Error(`pay-transparency: unknown jurisdiction ${JSON.stringify(id)} (use one of ${Object.keys(PAY_LAWS).join(", ")})`);
    }
    return PAY_LAWS[id as Jurisdiction];
  });
}

const CLOSE_DATE =
  /\b(?:apply\s+by|applications?\s+(?:close|closes|closing|deadline|due|window|accepted\s+(?:until|through))|(?:closing|close|end)\s+date|closes\s+(?:on|at)|deadline|accepting\s+applications\s+(?:until|through)|posting\s+(?:closes|expires|end\s+date)|valid\s+through)\b/i;
const CLOSE_DATE_KEY = /^(?:closes?|clos(?:e|ing)_?(?:date|on)|deadline|application_?deadline|apply_?by|valid_?through|end_?date|expires?)$/i;

/** The posting says when applications close (in the text or a front-matter field). */
export function hasCloseDate(posting: Posting): boolean {
  const data = posting.frontMatter?.data ?? {};
  if (Object.keys(data).some((key) => CLOSE_DATE_KEY.test(key) && data[key]!.trim() !== "")) return true;
  return posting.prose.some((r) => CLOSE_DATE.test(posting.text.slice(r.start, r.end)));
}

const BENEFITS = /\b(?:benefits?|perks|health\s+insurance|medical|dental|401\s*\(?k\)?|pension|retirement|paid\s+time\s+off|PTO|paid\s+leave|vacation)\b/i;

/** The posting describes benefits (a benefits section, or benefits named in the text). */
export function hasBenefits(posting: Posting): boolean {
  if (posting.sections.some((s) => s.kind === "compensation" && s.heading && BENEFITS.test(s.heading.text))) return true;
  return posting.prose.some((r) => BENEFITS.test(posting.text.slice(r.start, r.end)));
}

/** Words ending in -man/-men/-woman that are not about men or women. */
const NOT_GENDERED = new Set([
  "human", "humans", "german", "germans", "roman", "romans", "shaman", "shamans", "ottoman", "talisman", "caiman", "cayman",
  "omen", "amen", "ramen", "semen", "stamen", "specimen", "specimens", "abdomen", "regimen", "regimens", "hymen", "yemen",
  "acumen", "nomen", "dolmen", "lumen", "lumens", "rumen", "albumen", "cyclamen", "gravamen", "foramen", "bitumen",
]);
/** Feminine job-title forms. */
const FEMININE = new Set([
  "waitress", "waitresses", "hostess", "hostesses", "stewardess", "stewardesses", "actress", "actresses", "seamstress",
  "headmistress", "headmaster", "comedienne", "usherette", "masseuse", "laundress", "landlady",
]);

/** The first word of a title that names a gender ("Salesman", "Foreman", "Waitress"), if any. */
export function genderedTitleWord(title: string): string | undefined {
  // "Verkäufer (m/w/d)", "Engineer (m/f/x)": the title addresses every gender.
  if (/\((?:[mwfdx]|div)(?:\s*\/\s*(?:[mwfdx]|div)){1,3}\)/i.test(title)) return undefined;
  for (const m of title.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    if (FEMININE.has(word)) return m[0];
    if (word.length > 3 && /(?:m[ae]n)$/.test(word) && !NOT_GENDERED.has(word)) return m[0];
  }
  return undefined;
}
