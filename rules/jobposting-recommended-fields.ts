import { defineRule, type RuleContext } from "../src/engine/rule.js";
import type { JsonObject } from "../src/posting/types.js";
import { anchorOf, checkDate, jobPostings, property, valueText, valuesOf } from "./lib/json-ld.js";
import { readBaseSalary } from "./lib/salary.js";

/** Google's values for employmentType. */
const EMPLOYMENT_TYPES = new Set(["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"]);
const RECOMMENDED = ["baseSalary", "employmentType", "validThrough", "identifier", "directApply"] as const;

const COMPLETE =
  '  "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {"@type": "QuantitativeValue", "minValue": 52000, "maxValue": 61000, "unitText": "YEAR"}},\n' +
  '  "employmentType": ["FULL_TIME", "CONTRACTOR"],\n  "validThrough": "2026-06-30",\n' +
  '  "identifier": {"@type": "PropertyValue", "name": "Juniper Bistro", "value": "JB-114"},\n  "directApply": true\n';

export default defineRule({
  meta: {
    id: "jobposting-recommended-fields",
    description:
      "A schema.org JobPosting (JSON-LD) has the properties search engines recommend, well formed: baseSalary (a MonetaryAmount with a currency and a value or minValue/maxValue with unitText), employmentType from the allowed values, validThrough, identifier and directApply",
    category: "compliance",
    recommended: "warn",
    examples: {
      valid: [
        {
          name: "every recommended property, well formed",
          filePath: "example.json",
          text: '{\n  "@context": "https://schema.org",\n  "@type": "JobPosting",\n  "title": "Line Cook",\n' + COMPLETE + "}\n",
        },
      ],
      invalid: [
        {
          name: "missing recommended properties, listed in one finding at @type",
          filePath: "example.json",
          text: '{\n  "@context": "https://schema.org",\n  "@type": "JobPosting",\n  "title": "Line Cook",\n  "directApply": false\n}\n',
          messages: [{ line: 3, column: 3, message: "JobPosting lacks recommended properties: baseSalary, employmentType, validThrough, identifier" }],
        },
        {
          name: "malformed values, each at its property",
          filePath: "example.json",
          text:
            '{\n  "@context": "https://schema.org",\n  "@type": "JobPosting",\n  "title": "Line Cook",\n' +
            '  "baseSalary": {"@type": "MonetaryAmount", "value": {"@type": "QuantitativeValue", "minValue": 61000, "maxValue": 52000, "unitText": "ANNUAL"}},\n' +
            '  "employmentType": "Full-time",\n  "validThrough": "June 30",\n  "identifier": "JB-114",\n  "directApply": "yes"\n}\n',
          messages: [
            { line: 5, message: "baseSalary has no currency (an ISO 4217 code such as \"USD\")" },
            { line: 5, message: "baseSalary unitText \"ANNUAL\" is not one of HOUR, DAY, WEEK, MONTH, YEAR" },
            { line: 5, message: "baseSalary minValue 61000 exceeds maxValue 52000" },
            { line: 6, message: 'employmentType "Full-time" is not one of FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER' },
            { line: 7, message: 'validThrough "June 30" is not an ISO 8601 date (write 2026-03-02 or 2026-03-02T09:00:00Z)' },
            { line: 8, message: 'identifier should be a PropertyValue with a name and a value, not "JB-114"' },
            { line: 9, message: 'directApply should be true or false, not "yes"' },
          ],
        },
      ],
    },
  },
  create(context) {
    for (const node of jobPostings(context.posting)) {
      const absent = RECOMMENDED.filter((key) => !property(node, key));
      if (absent.length > 0) context.report({ message: `JobPosting lacks recommended properties: ${absent.join(", ")}`, range: anchorOf(node) });
      checkValues(context, node);
    }
  },
});

function checkValues(context: RuleContext, node: JsonObject): void {
  const salary = property(node, "baseSalary");
  if (salary) {
    const read = readBaseSalary(salary.value);
    for (const problem of read.problems) context.report({ message: `baseSalary ${problem}`, range: salary.range });
  }
  const employment = property(node, "employmentType");
  for (const v of valuesOf(employment?.value)) {
    if (v.kind === "string" && EMPLOYMENT_TYPES.has(String(v.value))) continue;
    context.report({ message: `employmentType ${valueText(v)} is not one of ${[...EMPLOYMENT_TYPES].join(", ")}`, range: v.range });
  }
  const validThrough = property(node, "validThrough");
  if (validThrough) checkDate(context, "validThrough", validThrough.value);
  const identifier = property(node, "identifier");
  if (identifier && !(identifier.value.kind === "object" && property(identifier.value, "value") && property(identifier.value, "name"))) {
    context.report({ message: `identifier should be a PropertyValue with a name and a value, not ${valueText(identifier.value)}`, range: identifier.range });
  }
  const directApply = property(node, "directApply");
  if (directApply && directApply.value.kind !== "boolean") {
    context.report({ message: `directApply should be true or false, not ${valueText(directApply.value)}`, range: directApply.range });
  }
}
