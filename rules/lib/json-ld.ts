/**
 * Reading schema.org JobPosting data for the jobposting-* rules: the postings
 * of a page or file, where to report about one, and ISO 8601 dates.
 */
import type { RuleContext } from "../../src/engine/rule.js";
import { property } from "../../src/posting/json-ld/job-postings.js";
import type { JsonNode, JsonObject, Posting, Range } from "../../src/posting/types.js";

export { eachObject, property, stringValue, typesOf, valuesOf } from "../../src/posting/json-ld/job-postings.js";

/** A page for a rule's examples: the JSON-LD in the head, `body` in the body. */
export function examplePage(jsonLd: string, body = "<h1>Line Cook</h1>\n<p>Prep and cook for dinner service.</p>\n"): string {
  return `<!DOCTYPE html>\n<html>\n<head>\n<script type="application/ld+json">\n${jsonLd}\n</script>\n</head>\n<body>\n${body}</body>\n</html>\n`;
}

/** Every JobPosting object of the posting's JSON-LD, in document order. */
export function jobPostings(posting: Posting): JsonObject[] {
  return (posting.structuredData ?? []).flatMap((block) => block.jobPostings);
}

/** Where a finding about a whole JobPosting (a missing property) stands: its `@type`. */
export function anchorOf(node: JsonObject): Range {
  return property(node, "@type")?.range ?? { start: node.range.start, end: node.range.start + 1 };
}

/** A JSON value for a message: a scalar as JSON ("Juniper Bistro", 52000), a list or an object by its kind. */
export function valueText(node: JsonNode): string {
  if (node.kind === "array") return "a list";
  if (node.kind === "object") return "an object";
  const text = JSON.stringify(node.value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** A calendar day, comparable as a number (20260131). */
export interface Day {
  year: number;
  month: number;
  day: number;
  key: number;
}

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** The day of an ISO 8601 date or date-time ("2026-03-31", "2026-03-31T17:00:00-05:00"); undefined for anything else, or a day no calendar has. */
export function parseIsoDay(value: string): Day | undefined {
  const m = ISO_8601.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { year, month, day, key: year * 10000 + month * 100 + day };
}

/** Today, in UTC. */
export function today(): Day {
  const now = new Date();
  const [year, month, day] = [now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()];
  return { year, month, day, key: year * 10000 + month * 100 + day };
}

export function dayText(d: Day): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** An ISO 8601 date or date-time (search engines read nothing else). */
export function checkDate(context: RuleContext, key: string, value: JsonNode): void {
  if (value.kind === "string" && parseIsoDay(String(value.value))) return;
  const shown = valueText(value);
  const example = value.kind === "string" ? isoHint(String(value.value)) : "2026-03-02";
  context.report({ message: `${key} ${shown} is not an ISO 8601 date (write ${example} or ${example}T09:00:00Z)`, range: value.range });
}

const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** The ISO form of a date written day and month first ("03/02/2026" US, "31/01/2026" where the first number cannot be a month), for the message; else a sample. */
function isoHint(value: string): string {
  const m = NUMERIC_DATE.exec(value.trim());
  const [a, b, year] = m ? [m[1]!.padStart(2, "0"), m[2]!.padStart(2, "0"), m[3]!] : [];
  const iso = a && b && year ? (Number(a) > 12 ? `${year}-${b}-${a}` : `${year}-${a}-${b}`) : undefined;
  return iso && parseIsoDay(iso) ? iso : "2026-03-02";
}
