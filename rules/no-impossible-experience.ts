import { defineRule } from "../src/engine/rule.js";
import type { TechnologyMention } from "../src/posting/types.js";
import { currentMonth, durationText, monthName, monthsBetween, parseYearMonth, releaseOf, type Release, type YearMonth } from "./lib/release-dates.js";
import { yearsPhrase, type YearsStatement } from "./lib/requirements.js";

interface Options {
  /** The month to measure from, "YYYY-MM"; default: this month. */
  asOf?: string;
}

interface Aged {
  technology: TechnologyMention;
  release: Release;
  /** Months from the first public release to `asOf`. */
  age: number;
}

export default defineRule<Options>({
  meta: {
    id: "no-impossible-experience",
    description:
      "Asks more years of a technology than it has existed, counted at month precision from its first public release (the first one anyone could download, not an earlier announcement nor the later 1.0)",
    category: "consistency",
    recommended: "error",
    options: {
      type: "object",
      properties: {
        asOf: {
          type: "string",
          pattern: "^[0-9]{4}-(0[1-9]|1[0-2])(-[0-9]{2})?$",
          description: "The month to measure from (\"2026-11\"), for reproducible results; default: the current month",
        },
      },
      additionalProperties: false,
    },
    examples: {
      valid: [
        {
          name: "as many years as the technology has existed",
          text: "Requirements\n- 14+ years of experience with Rust.\n- 12+ years of Kubernetes in production.\n",
          options: { asOf: "2026-11" },
        },
        {
          name: "counted from the first public release, not from 1.0",
          filePath: "example.md",
          text: "## Requirements\n\n- 10+ years of experience with Rust (1.0 came out in 2015, Rust 0.1 in January 2012).\n",
          options: { asOf: "2026-11" },
        },
        {
          name: "any one of alternatives will do",
          text: "Requirements\n- 16+ years of experience with Go or Rust.\n",
          options: { asOf: "2026-11" },
        },
        {
          name: "years of a field that merely mentions a technology later",
          text: "Requirements\n- 20+ years of software engineering experience, including 5+ years with Kubernetes.\n",
          options: { asOf: "2026-11" },
        },
        {
          name: "a company's age is no requirement",
          filePath: "example.md",
          text: "## About Us\n\nFor over 30 years we have built Java and Kubernetes tooling for banks.\n",
          options: { asOf: "2026-11" },
        },
        {
          name: "names inside other words are no technology",
          text: "Requirements\n- 20+ years of experience in good manufacturing practice.\n- 30+ years of R&D leadership.\n",
          options: { asOf: "2026-11" },
        },
      ],
      invalid: [
        {
          name: "more years than the technology has existed",
          filePath: "example.md",
          text: "## Requirements\n\n- 15+ years of professional experience with Rust.\n- 20+ years of experience with Golang.\n",
          options: { asOf: "2026-11" },
          messages: [
            { line: 3, message: "15+ years of Rust, but its first public release came out in January 2012: 14 years 10 months before November 2026" },
            { line: 4, message: "20+ years of Go, but its first public release came out in November 2009: 17 years before November 2026" },
          ],
        },
        {
          name: "each technology of a list is asked the full years",
          text: "Requirements\n- 15+ years of hands-on experience with Kubernetes and Docker in production.\n",
          options: { asOf: "2026-11" },
          messages: [
            { line: 2, message: "15+ years of Kubernetes, but its first public release came out in June 2014: 12 years 5 months before November 2026" },
            { line: 2, message: "15+ years of Docker, but its first public release came out in March 2013: 13 years 8 months before November 2026" },
          ],
        },
        {
          name: "aliases, and a technology that labels its years",
          text: "Requirements\n- K8s experience: 13+ years\n- 14 years of experience with React.js\n",
          options: { asOf: "2026-11" },
          messages: [
            { line: 2, message: "13+ years of Kubernetes, but its first public release came out in June 2014: 12 years 5 months before November 2026" },
            { line: 3, message: "14+ years of React, but its first public release came out in May 2013: 13 years 6 months before November 2026" },
          ],
        },
        {
          name: "alternatives that are all too young",
          text: "Nice to Have\n- 15+ years with Kubernetes or Terraform.\n",
          options: { asOf: "2026-11" },
          messages: [{ line: 2, message: "15+ years of Kubernetes or Terraform, but the oldest of them, Kubernetes, came out in June 2014: 12 years 5 months before November 2026" }],
        },
      ],
    },
  },
  create(context) {
    const asOf = parseYearMonth(context.options.asOf) ?? currentMonth();
    for (const s of context.posting.statements) {
      if (!s.years?.technologies) continue;
      const statement = s as YearsStatement;
      const aged = ageOf(s.years.technologies, asOf);
      const impossible = aged.filter((a) => statement.years.min * 12 > a.age);
      if (impossible.length === 0) continue;
      if (!s.years.alternatives) {
        for (const a of impossible) {
          context.report({ message: `${yearsPhrase(s.years)} of ${a.release.name}, but its first public release came out in ${monthName(a.release)}: ${since(a, asOf)}`, range: s.years.range });
        }
      } else if (impossible.length === aged.length) {
        // Years of any one alternative would do, so only the oldest one matters.
        const oldest = aged.reduce((a, b) => (b.age > a.age ? b : a));
        const names = aged.map((a) => a.release.name).join(" or ");
        context.report({ message: `${yearsPhrase(s.years)} of ${names}, but the oldest of them, ${oldest.release.name}, came out in ${monthName(oldest.release)}: ${since(oldest, asOf)}`, range: s.years.range });
      }
    }
  },
});

/** Each named technology once, with its age; names the table does not date are left out. */
function ageOf(technologies: readonly TechnologyMention[], asOf: YearMonth): Aged[] {
  const seen = new Set<string>();
  const out: Aged[] = [];
  for (const technology of technologies) {
    const release = releaseOf(technology.name);
    if (!release || seen.has(release.name)) continue;
    seen.add(release.name);
    out.push({ technology, release, age: monthsBetween(release, asOf) });
  }
  return out;
}

function since(a: Aged, asOf: YearMonth): string {
  return `${durationText(a.age)} before ${monthName(asOf)}`;
}
