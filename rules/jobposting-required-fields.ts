import { defineRule, type RuleContext } from "../src/engine/rule.js";
import type { JsonObject } from "../src/posting/types.js";
import { anchorOf, checkDate, examplePage, jobPostings, property, valueText, typesOf, valuesOf } from "./lib/json-ld.js";

export default defineRule({
  meta: {
    id: "jobposting-required-fields",
    description:
      "A schema.org JobPosting (JSON-LD) has the properties search engines require, well typed: title, description, datePosted (ISO 8601), hiringOrganization, and jobLocation (or jobLocationType TELECOMMUTE with applicantLocationRequirements)",
    category: "compliance",
    recommended: "error",
    examples: {
      valid: [
        {
          name: "every required property",
          filePath: "example.html",
          text: examplePage(
            '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Line Cook", "description": "<p>Prep and cook.</p>",\n' +
              ' "datePosted": "2026-03-02", "hiringOrganization": {"@type": "Organization", "name": "Juniper Bistro"},\n' +
              ' "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Tucson", "addressCountry": "US"}}}',
          ),
        },
        {
          name: "a remote job names where applicants may live instead of a place",
          filePath: "example.json",
          text:
            '{\n  "@context": "https://schema.org",\n  "@type": "JobPosting",\n  "title": "Support Engineer",\n  "description": "<p>Answer tickets.</p>",\n' +
            '  "datePosted": "2026-03-02T09:00:00Z",\n  "hiringOrganization": {"@type": "Organization", "name": "Orbit Labs"},\n' +
            '  "jobLocationType": "TELECOMMUTE",\n  "applicantLocationRequirements": {"@type": "Country", "name": "USA"}\n}\n',
        },
      ],
      invalid: [
        {
          name: "missing properties are reported at the JobPosting's @type",
          filePath: "example.json",
          text: '{\n  "@context": "https://schema.org",\n  "@type": "JobPosting",\n  "title": "Barista",\n  "description": "<p>Pull shots.</p>"\n}\n',
          messages: [
            { line: 3, column: 3, message: "JobPosting lacks datePosted, which search engines require" },
            { line: 3, column: 3, message: "JobPosting lacks hiringOrganization, which search engines require" },
            { line: 3, column: 3, message: "JobPosting lacks jobLocation (or jobLocationType TELECOMMUTE with applicantLocationRequirements), which search engines require" },
          ],
        },
        {
          name: "a date that is not ISO 8601, an organization without a name, a place without an address",
          filePath: "example.html",
          text: examplePage(
            '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Line Cook", "description": "<p>Prep.</p>",\n' +
              ' "datePosted": "03/02/2026",\n "hiringOrganization": "Juniper Bistro",\n "jobLocation": {"@type": "Place", "name": "Downtown"}}',
          ),
          messages: [
            { line: 6, message: 'datePosted "03/02/2026" is not an ISO 8601 date (write 2026-03-02 or 2026-03-02T09:00:00Z)' },
            { line: 7, message: "hiringOrganization should be an Organization with a name, not \"Juniper Bistro\"" },
            { line: 8, message: "jobLocation should be a Place with an address" },
          ],
        },
        {
          name: "a remote job that names no applicant location",
          filePath: "example.json",
          text:
            '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Support Engineer", "description": "<p>Answer tickets.</p>",\n' +
            ' "datePosted": "2026-03-02", "hiringOrganization": {"@type": "Organization", "name": "Orbit Labs"},\n "jobLocationType": "TELECOMMUTE"}\n',
          messages: [{ line: 3, message: "jobLocationType TELECOMMUTE needs applicantLocationRequirements (the countries or regions applicants may live in)" }],
        },
      ],
    },
  },
  create(context) {
    for (const node of jobPostings(context.posting)) checkJobPosting(context, node);
  },
});

function checkJobPosting(context: RuleContext, node: JsonObject): void {
  const missing = (name: string) => context.report({ message: `JobPosting lacks ${name}, which search engines require`, range: anchorOf(node) });
  for (const key of ["title", "description"]) {
    const p = property(node, key);
    if (!p) missing(key);
    else if (p.value.kind !== "string" || String(p.value.value).trim() === "") context.report({ message: `${key} should be non-empty text, not ${valueText(p.value)}`, range: p.range });
  }
  const posted = property(node, "datePosted");
  if (!posted) missing("datePosted");
  else checkDate(context, "datePosted", posted.value);

  const organization = property(node, "hiringOrganization");
  if (!organization) missing("hiringOrganization");
  else if (!valuesOf(organization.value).every((o) => o.kind === "object" && hasText(o, "name"))) {
    context.report({ message: `hiringOrganization should be an Organization with a name, not ${valueText(organization.value)}`, range: organization.range });
  }

  const location = property(node, "jobLocation");
  const remote = valuesOf(property(node, "jobLocationType")?.value).some((v) => v.kind === "string" && v.value === "TELECOMMUTE");
  if (location) {
    const places = valuesOf(location.value);
    if (places.length === 0 || !places.every((p) => p.kind === "object" && property(p, "address") !== undefined)) {
      context.report({ message: "jobLocation should be a Place with an address", range: location.range });
    }
  } else if (!remote) {
    missing("jobLocation (or jobLocationType TELECOMMUTE with applicantLocationRequirements)");
  }
  const applicants = property(node, "applicantLocationRequirements");
  if (remote && !location && !applicants) {
    context.report({
      message: "jobLocationType TELECOMMUTE needs applicantLocationRequirements (the countries or regions applicants may live in)",
      range: property(node, "jobLocationType")!.range,
    });
  } else if (applicants && !valuesOf(applicants.value).every((a) => a.kind === "object" && hasText(a, "name") && typesOf(a).length > 0)) {
    context.report({ message: "applicantLocationRequirements should be places with a @type and a name (a Country, a State)", range: applicants.range });
  }
}

function hasText(node: JsonObject, key: string): boolean {
  const value = property(node, key)?.value;
  return value?.kind === "string" && String(value.value).trim() !== "";
}
