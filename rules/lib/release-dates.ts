/**
 * The release-date table (`rules/data/technology-release-years.json`) and the
 * month arithmetic no-impossible-experience measures with.
 */
import table from "../data/technology-release-years.json" with { type: "json" };

export interface YearMonth {
  year: number;
  /** 1-12. */
  month: number;
}

export interface Release extends YearMonth {
  name: string;
  /** What came out then ("Rust 0.1 (January 20, 2012)"). */
  release: string;
  source: string;
}

const RELEASES: readonly Release[] = (table as { technologies: Release[] }).technologies;

const byName = new Map(RELEASES.map((r) => [r.name, r]));

export function releaseOf(name: string): Release | undefined {
  return byName.get(name);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-11" or "2026-11-25" (the day is ignored). */
export function parseYearMonth(text: unknown): YearMonth | undefined {
  if (typeof text !== "string") return undefined;
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(text);
  if (!m) return undefined;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : undefined;
}

/** This month, in UTC so a run does not depend on the machine's time zone. */
export function currentMonth(now = new Date()): YearMonth {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };
}

/** Whole months from `from` to `to`. */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return (to.year - from.year) * 12 + (to.month - from.month);
}

/** "January 2012". */
export function monthName(d: YearMonth): string {
  return `${MONTHS[d.month - 1]} ${d.year}`;
}

/** "14 years 10 months", "3 years", "11 months". */
export function durationText(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts: string[] = [];
  if (years > 0) parts.push(`${years} year${years === 1 ? "" : "s"}`);
  if (rest > 0 || years === 0) parts.push(`${rest} month${rest === 1 ? "" : "s"}`);
  return parts.join(" ");
}
