import { defineRule } from "../src/engine/rule.js";
import { dayText, jobPostings, parseIsoDay, property, today, type Day } from "./lib/json-ld.js";

interface Options {
  /** The day to judge from, "YYYY-MM-DD"; default: today (UTC). */
  asOf?: string;
}

const posting = (dates: string) => `{\n  "@context": "https://schema.org",\n  "@type": "JobPosting",\n  "title": "Line Cook",\n${dates}\n}\n`;

export default defineRule<Options>({
  meta: {
    id: "jobposting-expired",
    description:
      "A schema.org JobPosting (JSON-LD) that has expired or is not out yet: validThrough in the past, datePosted in the future, or validThrough before datePosted, judged at a configurable day",
    category: "compliance",
    recommended: "warn",
    options: {
      type: "object",
      properties: {
        asOf: {
          type: "string",
          pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
          description: 'The day to judge from ("2026-11-03"), for reproducible results; default: today (UTC)',
        },
      },
      additionalProperties: false,
    },
    examples: {
      valid: [
        {
          name: "posted before and open after the day it is judged",
          filePath: "example.json",
          options: { asOf: "2026-04-15" },
          text: posting('  "datePosted": "2026-03-02",\n  "validThrough": "2026-04-15T23:59:59Z"'),
        },
      ],
      invalid: [
        {
          name: "an expired posting, reported at validThrough",
          filePath: "example.json",
          options: { asOf: "2026-04-15" },
          text: posting('  "datePosted": "2026-01-05",\n  "validThrough": "2026-03-31"'),
          messages: [{ line: 6, column: 3, message: "validThrough 2026-03-31 has passed (as of 2026-04-15): search engines drop expired postings; remove the page or update the date" }],
        },
        {
          name: "posted in the future, and closing before it opens",
          filePath: "example.json",
          options: { asOf: "2026-04-15" },
          text: posting('  "datePosted": "2026-05-01",\n  "validThrough": "2026-04-30"'),
          messages: [
            { line: 5, message: "datePosted 2026-05-01 is in the future (as of 2026-04-15)" },
            { line: 6, message: "validThrough 2026-04-30 is before datePosted 2026-05-01" },
          ],
        },
      ],
    },
  },
  create(context) {
    const asOf = (context.options.asOf && parseIsoDay(context.options.asOf)) || today();
    for (const node of jobPostings(context.posting)) {
      const posted = dateOf(node, "datePosted");
      const until = dateOf(node, "validThrough");
      if (posted && posted.day.key > asOf.key) {
        context.report({ message: `datePosted ${dayText(posted.day)} is in the future (as of ${dayText(asOf)})`, range: posted.range });
      }
      if (!until) continue;
      if (until.day.key < asOf.key) {
        const message = `validThrough ${dayText(until.day)} has passed (as of ${dayText(asOf)}): search engines drop expired postings; remove the page or update the date`;
        context.report({ message, range: until.range });
      } else if (posted && until.day.key < posted.day.key) {
        context.report({ message: `validThrough ${dayText(until.day)} is before datePosted ${dayText(posted.day)}`, range: until.range });
      }
    }
  },
});

/** A date property that reads as an ISO 8601 date (jobposting-required-fields reports one that does not). */
function dateOf(node: Parameters<typeof property>[0], key: string): { day: Day; range: { start: number; end: number } } | undefined {
  const p = property(node, key);
  const day = p?.value.kind === "string" ? parseIsoDay(String(p.value.value)) : undefined;
  return p && day ? { day, range: p.range } : undefined;
}
