import { defineRule, type RuleContext } from "../src/engine/rule.js";
import type { PayFigure, Posting } from "../src/posting/types.js";
import { genderedTitleWord, hasBenefits, hasCloseDate, payLaws, PAY_LAWS, type PayLaw } from "./lib/pay-law.js";

interface Options {
  requireRange?: boolean;
  jurisdiction?: string | string[];
}

export default defineRule<Options>({
  meta: {
    id: "pay-transparency",
    description:
      "No pay figure (reported on line 1), only vague pay words, a single figure where a range is required, or a range whose minimum exceeds its maximum (reported on that line); front-matter salary fields count",
    category: "compliance",
    recommended: "warn",
    options: {
      type: "object",
      properties: {
        requireRange: {
          type: "boolean",
          description:
            "A single figure is not enough: state a minimum and a maximum. Default true; with `jurisdiction` given, whether any of those laws requires a range",
        },
        jurisdiction: {
          description:
            "Also check what these pay-transparency laws ask: us-co (range, benefits, application close date), us-ny, us-ca (range), us-wa (a figure, benefits), us-il (range, benefits), ca-bc (no open-ended 'up to'/'and up'), ca-on (a range at most $50,000 wide, exempt above $200,000), eu (range, gender-neutral title)",
          anyOf: [
            { enum: Object.keys(PAY_LAWS) },
            { type: "array", items: { enum: Object.keys(PAY_LAWS) } },
          ],
        },
      },
      additionalProperties: false,
    },
    examples: {
      valid: [
        { name: "a salary range", text: "Salary: $120,000 - $150,000 per year\n" },
        { name: "an hourly range with an en dash", filePath: "example.md", text: "**Pay:** $28–$38 per hour\n" },
        { name: "a range in the front matter", filePath: "example.md", text: "---\nsalary_min: '134,778'\nsalary_max: '164,200'\n---\n# Recruiter\n" },
        { name: "other currencies and spellings", text: "Salary: €60.000–€75.000 per year\nPay range: USD 120k–150k\n" },
        { name: "a single figure when ranges are not required", text: "Pay: $25/hr\n", options: { requireRange: false } },
        { name: "a minimum and a maximum stated apart", text: "Minimum salary: $50,000\nMaximum salary: $60,000\n" },
        {
          name: "pay rendered by a site template include",
          filePath: "example.md",
          text: "## Salary\n\n{% include job/salary_range.html min=\"\" max=\"\" %}\n\nThe maximum salary available for the GS pay system is $191,900.\n",
        },
        { name: "Washington allows a fixed amount", text: "Pay: $25/hr\nBenefits: medical and dental.\n", options: { jurisdiction: "us-wa" } },
        {
          name: "counts that are not pay",
          text: "Salary: $50,000 - $60,000\nLead a team of 25 to 40 associates.\nQuota attainment above 100% of quota.\n",
        },
      ],
      invalid: [
        {
          name: "no pay figure at all",
          text: "Responsibilities\n- Lead a team of 25 to 40 associates.\n- Medical, dental, and 401(k) with a 5% match.\n",
          messages: [{ line: 1, column: 1, message: "No pay figure: state the pay range" }],
        },
        {
          name: "only vague words, reported on their line",
          text: "Store Manager\n\nPay and Benefits\n- Competitive salary and quarterly bonus potential.\n",
          messages: [{ line: 4, message: 'Only vague pay ("Competitive"): state the pay range' }],
        },
        {
          name: "DOE",
          filePath: "example.md",
          text: "# Line Cook\n\n**Pay:** DOE\n",
          messages: [{ line: 3, message: 'Only vague pay ("DOE"): state the pay range' }],
        },
        {
          name: "a single figure where a range is required",
          text: "Salary: $142,701 per year\n",
          messages: [{ line: 1, column: 9, message: 'A single pay figure ("$142,701"): state a range with a minimum and a maximum' }],
        },
        {
          name: "an open-ended figure",
          text: "Pay: up to $30 an hour\n",
          messages: [{ line: 1, message: 'Open-ended pay ("up to $30"): state a range with a minimum and a maximum' }],
        },
        {
          name: "a range whose minimum exceeds its maximum",
          filePath: "example.md",
          text: "# Lead Carpenter\n\n**Pay:** $38 - $30 per hour, based on experience\n",
          messages: [{ line: 3, column: 10, message: 'Pay range "$38 - $30": the minimum exceeds the maximum' }],
        },
        {
          name: "British Columbia: no open-ended pay",
          text: "Pay: $20/h and up\n",
          options: { jurisdiction: "ca-bc" },
          messages: [{ line: 1, message: 'Open-ended pay ("$20 and up"): British Columbia requires the expected pay or a range, not "up to" or "and up"' }],
        },
        {
          name: "Ontario: a range at most $50,000 wide",
          text: "Salary: $80,000 - $140,000 per year\n",
          options: { jurisdiction: "ca-on" },
          messages: [{ line: 1, message: 'Pay range "$80,000 - $140,000" is $60,000 wide: Ontario allows at most $50,000' }],
        },
        {
          name: "Colorado: benefits and an application close date",
          text: "Salary: $80,000 - $95,000 per year\n",
          options: { jurisdiction: "us-co" },
          messages: [
            { line: 1, message: "No application close date: Colorado requires one" },
            { line: 1, message: "No description of benefits: Colorado requires one" },
          ],
        },
        {
          name: "EU: a gender-neutral title",
          filePath: "example.md",
          text: "# Salesman\n\n**Salary:** €40,000 – €48,000 per year\n",
          options: { jurisdiction: "eu" },
          messages: [{ line: 1, message: 'Job title word "Salesman" is not gender-neutral: the EU Pay Transparency Directive requires gender-neutral titles' }],
        },
      ],
    },
  },
  create(context) {
    const { posting, options } = context;
    const laws = payLaws(options.jurisdiction);
    const requireRange = options.requireRange ?? (laws.length === 0 || laws.some((law) => law.range));
    const { figures, vague, templates } = posting.pay;
    // A site template that renders the pay from its own data may state the range we cannot see.
    const renderedElsewhere = templates.length > 0;

    if (figures.length === 0 && !renderedElsewhere) {
      const words = vague[0];
      if (words) context.report({ message: `Only vague pay ("${words.text}"): state the pay range`, range: words.range });
      else context.report({ message: "No pay figure: state the pay range", loc: { line: 1 } });
    }
    for (const f of figures) {
      if (f.isRange && f.min > f.max) context.report({ message: `Pay range "${f.text}": the minimum exceeds the maximum`, range: f.range });
    }
    const reported = new Set<PayFigure>();
    if (requireRange && !renderedElsewhere && figures.length > 0 && !statesRange(figures)) {
      const f = figures[0]!;
      reported.add(f);
      const what = f.open ? `Open-ended pay ("${describe(f)}")` : `A single pay figure ("${f.text}")`;
      context.report({ message: `${what}: state a range with a minimum and a maximum`, range: f.range });
    }
    for (const law of laws) checkLaw(context, law, reported);
  },
});

function checkLaw(context: RuleContext<Options>, law: PayLaw, reported: Set<PayFigure>): void {
  const { posting } = context;
  for (const f of posting.pay.figures) {
    if (law.noOpenEnded && f.open && !reported.has(f) && !statesRange(posting.pay.figures)) {
      context.report({
        message: `Open-ended pay ("${describe(f)}"): ${law.name} requires the expected pay or a range, not "up to" or "and up"`,
        range: f.range,
      });
    }
    const width = f.max - f.min;
    if (law.maxWidth && f.isRange && width > law.maxWidth.width && f.max <= law.maxWidth.exemptAbove) {
      context.report({
        message: `Pay range "${f.text}" is ${money(width)} wide: ${law.name} allows at most ${money(law.maxWidth.width)}`,
        range: f.range,
      });
    }
  }
  if (law.closeDate && !hasCloseDate(posting)) context.report({ message: `No application close date: ${law.name} requires one`, loc: { line: 1 } });
  if (law.benefits && !hasBenefits(posting)) context.report({ message: `No description of benefits: ${law.name} requires one`, loc: { line: 1 } });
  if (law.neutralTitle) reportGenderedTitle(context, posting, law);
}

function reportGenderedTitle(context: RuleContext<Options>, posting: Posting, law: PayLaw): void {
  const title = posting.title;
  const word = title && genderedTitleWord(title.text);
  if (!title || !word) return;
  context.report({
    message: `Job title word "${word}" is not gender-neutral: ${law.name} requires gender-neutral titles`,
    range: title.range,
  });
}

/** A range, or a minimum and a maximum stated apart ("Minimum: $50,000" ... "Maximum: $60,000"). */
function statesRange(figures: readonly PayFigure[]): boolean {
  return figures.some((f) => f.isRange) || (figures.some((f) => f.open === "and-up") && figures.some((f) => f.open === "up-to"));
}

function describe(f: PayFigure): string {
  return f.open === "up-to" ? `up to ${f.text}` : `${f.text} and up`;
}

function money(n: number): string {
  const digits = String(Math.round(n));
  let out = "";
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? "," : "") + digits[i];
  return "$" + out;
}
