import { defineRule, type RuleContext } from "../src/engine/rule.js";
import { DEGREE_RANK } from "../src/posting/requirements/degree-words.js";
import { tokenize } from "../src/posting/requirements/tokens.js";
import { findYears } from "../src/posting/requirements/years.js";
import type { DegreeLevel, JsonNode, JsonObject, PayFigure, Posting, Range, Statement } from "../src/posting/types.js";
import { workplaceOf } from "../src/posting/workplace.js";
import { examplePage, jobPostings, property, stringValue, valuesOf } from "./lib/json-ld.js";
import { degreeName, foldAlternatives, isMandatory, yearsPhrase, type YearsStatement } from "./lib/requirements.js";
import { readBaseSalary, type BaseSalary } from "./lib/salary.js";

/** schema.org credentialCategory values (Google's) and the lowest degree each stands for. */
const CREDENTIALS: Record<string, DegreeLevel> = {
  "high school": "high-school",
  "associate degree": "associate",
  "bachelor degree": "bachelor",
  "postgraduate degree": "master",
};

export default defineRule({
  meta: {
    id: "jobposting-consistency",
    description:
      "Structured data (JSON-LD JobPosting) that contradicts the posting text: another title, another pay range, other years of experience, another degree, remote where the text says on-site (or the reverse)",
    category: "consistency",
    recommended: "warn",
    examples: {
      valid: [
        {
          name: "the data says what the text says",
          filePath: "example.html",
          text: examplePage(
            '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Data Analyst",\n' +
              ' "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {"@type": "QuantitativeValue", "minValue": 70000, "maxValue": 85000, "unitText": "YEAR"}},\n' +
              ' "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 36},\n' +
              ' "educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": "bachelor degree"},\n' +
              ' "jobLocationType": "TELECOMMUTE"}',
            "<h1>Data Analyst (Remote)</h1>\n<p>This is a fully remote role. Pay: $70,000 - $85,000 per year.</p>\n<h2>Requirements</h2>\n<ul>\n<li>3+ years of experience in data analysis.</li>\n<li>Bachelor's degree in Statistics or a related field.</li>\n</ul>\n",
          ),
        },
      ],
      invalid: [
        {
          name: "pay, experience and degree that differ from the text, each reported at its property",
          filePath: "example.html",
          text: examplePage(
            '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Data Analyst",\n' +
              ' "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {"@type": "QuantitativeValue", "minValue": 60000, "maxValue": 75000, "unitText": "YEAR"}},\n' +
              ' "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 24},\n' +
              ' "educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": "postgraduate degree"}}',
            "<h1>Data Analyst</h1>\n<p>Pay: $70,000 - $85,000 per year.</p>\n<h2>Requirements</h2>\n<ul>\n<li>3+ years of experience in data analysis.</li>\n<li>Bachelor's degree in Statistics or a related field.</li>\n</ul>\n",
          ),
          messages: [
            { line: 6, message: "JSON-LD baseSalary 60,000–75,000 USD per year differs from the pay the text states: $70,000 - $85,000 at line 13" },
            { line: 7, message: "JSON-LD asks 24 months of experience; the text asks 3+ years at line 16" },
            { line: 8, message: "JSON-LD credentialCategory \"postgraduate degree\" differs from the text, which asks a Bachelor's degree at line 17" },
          ],
        },
        {
          name: "another title, and remote in the data while the text says on-site",
          filePath: "example.html",
          text: examplePage(
            '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Senior Data Analyst",\n "jobLocationType": "TELECOMMUTE"}',
            "<h1>Data Analyst</h1>\n<p>This role is on-site at our Tucson office.</p>\n",
          ),
          messages: [
            { line: 5, message: 'JSON-LD title "Senior Data Analyst" differs from the posting\'s title "Data Analyst" at line 10' },
            { line: 6, message: 'JSON-LD jobLocationType TELECOMMUTE says the job is remote, but the text says on-site ("on-site" at line 11)' },
          ],
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    for (const node of jobPostings(posting)) {
      // A JSON file's posting text is one JobPosting's description: only that JobPosting is held to it.
      if (posting.format === "json" && !(posting.origin && within(posting.origin, node.range))) continue;
      checkTitle(context, node);
      checkSalary(context, node);
      checkExperience(context, node);
      checkEducation(context, node);
      checkWorkplace(context, node);
    }
  },
});

function within(inner: Range, outer: Range): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Lower case, white space collapsed. */
function fold(title: string): string {
  return title.toLowerCase().replace(/\s+/g, " ").trim();
}

/** What may set a qualifier apart from a title: "Data Analyst (Remote)", "Data Analyst - Tucson", "Acme | Data Analyst". */
const SEPARATOR = /^[\s(\[\-–—|,:/·•]/;

/**
 * Titles agree when they are the same, or one is the other plus a qualifier
 * set apart by punctuation (a place, "Remote", the company). "Senior Data
 * Analyst" and "Data Analyst" are different jobs.
 */
function sameTitle(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long) return true;
  if (short === "") return false;
  if (long.startsWith(short)) return long[short.length] === " " ? SEPARATOR.test(long.slice(short.length + 1)) : SEPARATOR.test(long.slice(short.length));
  if (long.endsWith(short)) return SEPARATOR.test(long.slice(0, long.length - short.length).trimEnd().slice(-1));
  return false;
}

function checkTitle(context: RuleContext, node: JsonObject): void {
  const title = context.posting.title;
  const data = stringValue(node, "title");
  if (!title || data === undefined || sameTitle(fold(data), fold(title.text))) return;
  context.report({ message: `JSON-LD title "${data}" differs from the posting's title "${title.text}" at line ${title.line}`, range: property(node, "title")!.range });
}

function checkSalary(context: RuleContext, node: JsonObject): void {
  const p = property(node, "baseSalary");
  if (!p) return;
  const salary = readBaseSalary(p.value);
  if (salary.min === undefined || salary.max === undefined) return;
  const comparable = context.posting.pay.figures.filter((f) => f.source === "text" && (!f.period || !salary.period || f.period === salary.period));
  if (comparable.length === 0 || comparable.some((f) => agrees(f, salary))) return;
  const f = comparable[0]!;
  context.report({ message: `JSON-LD baseSalary ${salaryText(salary)} differs from the pay the text states: ${f.text} at line ${f.line}`, range: p.range });
}

function agrees(f: PayFigure, salary: BaseSalary): boolean {
  if (f.currency && salary.currency && f.currency !== salary.currency) return false;
  return Math.abs(f.min - salary.min!) < 0.5 && Math.abs(f.max - salary.max!) < 0.5;
}

function salaryText(s: BaseSalary): string {
  const amount = s.min === s.max ? money(s.min!) : `${money(s.min!)}–${money(s.max!)}`;
  return `${amount}${s.currency ? ` ${s.currency}` : ""}${s.period ? ` per ${s.period}` : ""}`;
}

function money(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/**
 * The years the text asks: of the mandatory requirements (alternative paths
 * folded to their lowest), the highest minimum, i.e. what every candidate must
 * bring. Time in grade is not experience in total.
 */
function textYears(posting: Posting): YearsStatement | undefined {
  const statements = posting.statements.filter((s): s is YearsStatement => s.years !== undefined && !s.years.atGrade && isMandatory(s));
  let best: YearsStatement | undefined;
  for (const group of foldAlternatives(statements)) {
    const least = group.reduce((a, b) => (b.years.min < a.years.min ? b : a));
    if (!best || least.years.min > best.years.min) best = least;
  }
  return best;
}

/** monthsOfExperience of an OccupationalExperienceRequirements, or the years a plain-text experienceRequirements states, in months. */
function dataMonths(value: JsonNode): { months: number; range: Range } | undefined {
  for (const v of valuesOf(value)) {
    if (v.kind === "object") {
      const months = property(v, "monthsOfExperience");
      if (months?.value.kind === "number") return { months: Number(months.value.value), range: months.range };
    } else if (v.kind === "string") {
      const years = findYears(tokenize(String(v.value)))[0];
      if (years) return { months: years.min * 12, range: v.range };
    }
  }
  return undefined;
}

function checkExperience(context: RuleContext, node: JsonObject): void {
  const p = property(node, "experienceRequirements");
  const data = p && dataMonths(p.value);
  const text = textYears(context.posting);
  if (!data || !text || data.months === text.years.min * 12) return;
  const months = `${data.months} month${data.months === 1 ? "" : "s"}`;
  context.report({ message: `JSON-LD asks ${months} of experience; the text asks ${yearsPhrase(text.years)} at line ${text.item.line}`, range: data.range });
}

/** The lowest degree the text requires (a degree any path may meet), with its statement. */
function textDegree(statements: readonly Statement[]): Statement | undefined {
  let best: Statement | undefined;
  for (const s of statements) {
    if (!s.degree || !isMandatory(s)) continue;
    if (!best || DEGREE_RANK[s.degree.level] < DEGREE_RANK[best.degree!.level]) best = s;
  }
  return best;
}

function checkEducation(context: RuleContext, node: JsonObject): void {
  const p = property(node, "educationRequirements");
  if (!p) return;
  const credential = valuesOf(p.value).flatMap((v) => (v.kind === "object" ? [property(v, "credentialCategory")] : [])).find((c) => c?.value.kind === "string");
  const category = credential ? String((credential.value as { value: unknown }).value).toLowerCase() : undefined;
  const level = category ? CREDENTIALS[category] : undefined;
  const { statements } = context.posting;
  const noDegree = statements.find((s) => s.noDegree);
  if (level && noDegree) {
    context.report({ message: `JSON-LD credentialCategory "${category}" requires a degree, but the text says none is required at line ${noDegree.item.line}`, range: credential!.range });
    return;
  }
  const text = textDegree(statements);
  if (!level || !text) return;
  const same = level === "master" ? DEGREE_RANK[text.degree!.level] >= DEGREE_RANK.master : level === text.degree!.level;
  if (same) return;
  context.report({
    message: `JSON-LD credentialCategory "${category}" differs from the text, which asks ${degreeName(text.degree!.level)} at line ${text.item.line}`,
    range: credential!.range,
  });
}

function checkWorkplace(context: RuleContext, node: JsonObject): void {
  const type = property(node, "jobLocationType");
  const remote = valuesOf(type?.value).some((v) => v.kind === "string" && v.value === "TELECOMMUTE");
  const said = workplaceOf(context.posting);
  if (!said) return;
  const quoted = `"${context.posting.text.slice(said.range.start, said.range.end)}" at line ${said.line}`;
  if (remote && said.kind === "on-site") {
    context.report({ message: `JSON-LD jobLocationType TELECOMMUTE says the job is remote, but the text says on-site (${quoted})`, range: type!.range });
  }
  const location = property(node, "jobLocation");
  if (!remote && location && said.kind === "remote") {
    context.report({ message: `The text says the job is remote (${quoted}), but the JSON-LD has a jobLocation and no jobLocationType TELECOMMUTE`, range: location.range });
  }
}
