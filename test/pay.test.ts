import { describe, expect, it } from "vitest";
import { lintText } from "../src/index.js";
import { parseNumber, scanPayLine } from "../src/posting/pay-scan.js";
import { parsePosting } from "../src/posting/parse.js";

/** The one figure of a line, without its position. */
function figure(text: string) {
  const { figures } = scanPayLine(text);
  expect(figures).toHaveLength(1);
  const { start, end, ...rest } = figures[0]!;
  expect(text.slice(start, end)).toBe(rest.text);
  return rest;
}

describe("pay figures as people write them", () => {
  it.each([
    ["$120,000 - $150,000", { min: 120000, max: 150000, isRange: true, currency: "USD" }],
    ["USD 120k–150k", { min: 120000, max: 150000, isRange: true, currency: "USD" }],
    ["€60.000–€75.000 per year", { min: 60000, max: 75000, isRange: true, currency: "EUR", period: "year" }],
    ["£45,000 to £55,000", { min: 45000, max: 55000, isRange: true, currency: "GBP" }],
    ["$25/hr", { min: 25, max: 25, isRange: false, currency: "USD", period: "hour" }],
    ["$28–$38 per hour", { min: 28, max: 38, isRange: true, currency: "USD", period: "hour" }],
    ["up to $30 an hour", { min: 30, max: 30, isRange: false, open: "up-to", currency: "USD", period: "hour" }],
    ["Pay: $38.00 - $49.50 per hour, plus overtime", { min: 38, max: 49.5, isRange: true, currency: "USD", period: "hour" }],
    ["**Salary:** €42,000 – €50,000 per year", { min: 42000, max: 50000, isRange: true, currency: "EUR", period: "year" }],
    ["Salary: $170,000 - $205,000 USD", { min: 170000, max: 205000, isRange: true, currency: "USD" }],
    ["Compensation: USD 145,000 - 175,000 base salary, plus equity", { min: 145000, max: 175000, isRange: true, currency: "USD" }],
    ["Salary: 45.000 € - 55.000 € brutto", { min: 45000, max: 55000, isRange: true, currency: "EUR" }],
    ["Salary: CA$70,000 to CA$80,000 annually", { min: 70000, max: 80000, isRange: true, currency: "CAD", period: "year" }],
    ["between $50,000 and $60,000 a year", { min: 50000, max: 60000, isRange: true, currency: "USD", period: "year" }],
    ["$120-150k", { min: 120000, max: 150000, isRange: true, currency: "USD" }],
    ["$90K–$110K", { min: 90000, max: 110000, isRange: true, currency: "USD" }],
    ["£30k - £35k pro rata", { min: 30000, max: 35000, isRange: true, currency: "GBP" }],
    ["CHF 100 000 – 120 000", { min: 100000, max: 120000, isRange: true, currency: "CHF" }],
    ["Salary: 2 000 – 3 000 € per month", { min: 2000, max: 3000, isRange: true, currency: "EUR", period: "month" }],
    ["Wage: $18 to $22 hourly", { min: 18, max: 22, isRange: true, currency: "USD", period: "hour" }],
    ["$60,000—$70,000/yr", { min: 60000, max: 70000, isRange: true, currency: "USD", period: "year" }],
    ["Salary: 120k-150k", { min: 120000, max: 150000, isRange: true }],
    ["Pay: 25-30 per hour", { min: 25, max: 30, isRange: true, period: "hour" }],
    ["$30 per hour - $40 per hour", { min: 30, max: 40, isRange: true, currency: "USD", period: "hour" }],
    // Indian lakh groups: read as "₹28,00" and a lone figure before.
    // An en dash read as Windows-1252 (no-mojibake reports it): still a range.
    ["Pay: $34.75 â€“ $48.20 per hour", { min: 34.75, max: 48.2, isRange: true, currency: "USD", period: "hour" }],
    ["₹12,00,000 – ₹18,00,000, depending on experience", { min: 1200000, max: 1800000, isRange: true, currency: "INR" }],
    ["Salary: ₹28,00,000 – ₹36,00,000 per annum", { min: 2800000, max: 3600000, isRange: true, currency: "INR", period: "year" }],
    ["Hourly rate: $25", { min: 25, max: 25, isRange: false, currency: "USD", period: "hour" }],
    ["$20/h and up", { min: 20, max: 20, isRange: false, open: "and-up", currency: "USD", period: "hour" }],
    ["Salary: $120,000+", { min: 120000, max: 120000, isRange: false, open: "and-up", currency: "USD" }],
    ["Starting at $18 an hour", { min: 18, max: 18, isRange: false, open: "and-up", currency: "USD", period: "hour" }],
    ["$3,500 per month", { min: 3500, max: 3500, isRange: false, currency: "USD", period: "month" }],
    ["$200/day", { min: 200, max: 200, isRange: false, currency: "USD", period: "day" }],
    ["$1,200 weekly pay", { min: 1200, max: 1200, isRange: false, currency: "USD", period: "week" }],
    ["$38 - $30 per hour, based on experience", { min: 38, max: 30, isRange: true, currency: "USD", period: "hour" }],
    ["Salary: $50,000 - $50,000", { min: 50000, max: 50000, isRange: false, currency: "USD" }],
    ["Base salary GS-15 - $105,123 to $136,659", { min: 105123, max: 136659, isRange: true, currency: "USD" }],
    ["The salary range is GS-15 Step 1 $136,908  to GS-15 Step 10 $183,500", { min: 136908, max: 183500, isRange: true, currency: "USD" }],
    ["GS-15, Step 1 - $128,078 to GS-15, Step 10 - $172,500", { min: 128078, max: 172500, isRange: true, currency: "USD" }],
  ])("%s", (text, expected) => {
    expect(figure(text)).toMatchObject(expected);
  });

  it("keeps the period off a figure that has none", () => {
    expect(figure("Salary: USD 140k–170k base")).not.toHaveProperty("period");
  });
});

describe("not pay", () => {
  it.each([
    "Lead a team of 25 to 40 associates, including hiring.",
    "Uncapped commission with accelerators above 100% of quota.",
    "We are a studio of about 35 people.",
    "A hybrid schedule after the first 90 days.",
    "Medical, dental, vision, and 401(k) with company match.",
    "Salary plus a 401k with a 5% match.",
    "Pay grade: GS-15",
    "Number of vacancies: 10-16",
    "Ability to lift up to 50 pounds.",
    "Four 10-hour days, 2024-2025 season.",
    "Marrowind USD serves about 9,800 students across 14 schools.",
    "$1,000 annual learning stipend.",
    "We raised $50M and manage $2B in assets.",
    "Work 20-30 hours per week.",
  ])("%s", (text) => {
    expect(scanPayLine(text).figures).toEqual([]);
  });
});

describe("vague pay words", () => {
  it.each([
    ["Competitive salary and quarterly bonus potential.", "Competitive"],
    ["Pay: DOE", "DOE"],
    ["Salary: TBD", "TBD"],
    ["Salary: Placement on the salary schedule, commensurate with experience", "commensurate"],
    ["Salary: competitive, based on experience.", "competitive"],
    ["Salary: $XX,XXX", "$XX,XXX"],
  ])("%s", (text, words) => {
    expect(scanPayLine(text).vague[0]?.text).toBe(words);
  });

  it("needs a pay word on the line", () => {
    expect(scanPayLine("A highly competitive market and a generous discount.").vague).toEqual([]);
    expect(scanPayLine("Jane Doe, DOE grant manager").vague).toEqual([]);
  });
});

describe("number spellings", () => {
  it.each([
    ["120,000", 120000, true],
    ["60.000", 60000, true],
    ["49.50", 49.5, false],
    ["1.234,56", 1234.56, true],
    ["1,000,000", 1000000, true],
    ["28,00,000", 2800000, true],
    ["1,20,00,000", 12000000, true],
    ["38", 38, false],
  ])("%s", (raw, value, grouped) => {
    expect(parseNumber(raw)).toEqual({ value, grouped });
  });
});

describe("pay facts of a posting", () => {
  const pay = (text: string, filePath = "posting.md") => parsePosting(text, { filePath }).pay;

  it("reads salary_min/salary_max from the front matter as one range on the min line", () => {
    const { figures } = pay("---\ntitle: Recruiter\nsalary_min: '134,778'\nsalary_max: '164,200'\n---\n# Recruiter\n");
    expect(figures).toMatchObject([{ min: 134778, max: 164200, isRange: true, line: 3, source: "front-matter" }]);
  });

  it("a pay field's bare numbers are money: no currency or thousands separator needed (they were read as vague pay)", () => {
    expect(pay("---\nsalary_min: 112000\nsalary_max: 138000\ncurrency: USD\n---\n# X\n")).toMatchObject({ figures: [{ min: 112000, max: 138000, isRange: true, line: 2 }], vague: [] });
    expect(pay("---\nsalary: 52000-61000\n---\n# X\n").figures).toMatchObject([{ min: 52000, max: 61000, isRange: true }]);
  });

  it("millions of dollars with no pay word are a budget, not pay; millions of yen can be a salary", () => {
    expect(pay("## About Us\n\nWe are looking for a fundraiser to lead our $3.5 million annual development program.\n").figures).toEqual([]);
    expect(pay("## Compensation\n\nHiring range: $1,000,000-$1,200,000\n").figures).toMatchObject([{ min: 1000000, max: 1200000 }]);
    expect(pay("## Compensation\n\n- Salary: ¥5,000,000 - ¥6,500,000 per year\n").figures).toMatchObject([{ min: 5000000, max: 6500000 }]);
  });

  it("other numbers in a salary field's words are no money: a PTO count, a year, a band", () => {
    expect(pay("---\nsalary: Up to 120000\n---\n# X\n").figures).toMatchObject([{ min: 120000 }]);
    expect(pay("---\nsalary: 95000 - 120000 plus bonus\n---\n# X\n").figures).toMatchObject([{ min: 95000, max: 120000 }]);
    for (const value of ["Competitive, with 401(k) and 25 days PTO", "Per the 2025 pay scale", "Band 4", "Depends on experience (5+ years)"]) {
      expect(pay(`---\ncompensation: ${value}\n---\n# X\n`).figures, value).toEqual([]);
      expect(pay(`---\nsalary: ${value}\n---\n# X\n`).figures, value).toEqual([]);
    }
  });

  it("an equal min and max is one figure", () => {
    const { figures } = pay("---\nsalary_min: '142,701'\nsalary_max: '142,701'\n---\n# Fellow\n");
    expect(figures).toMatchObject([{ min: 142701, max: 142701, isRange: false, text: "142,701" }]);
  });

  it("reads a salary field written as a range, and min_payrange/max_payrange", () => {
    expect(pay("---\nsalary: $90,000 - $110,000\n---\n# X\n").figures).toMatchObject([{ min: 90000, max: 110000, currency: "USD" }]);
    expect(pay("---\nmin_payrange: $90,000\nmax_payrange: $110,000\n---\n# X\n").figures).toMatchObject([{ min: 90000, max: 110000 }]);
  });

  it("commented-out and empty fields are no figure; an unfilled one is vague", () => {
    expect(pay("---\n# salary_min: '134,789'\nmin_payrange: $\n---\n# X\n")).toMatchObject({ figures: [], vague: [] });
    expect(pay("---\nsalary: TBD\n---\n# X\n").vague).toMatchObject([{ text: "TBD", line: 2 }]);
  });

  it("a sign before template output is not a figure", () => {
    const facts = pay("---\ngs: 15\n---\n**Salary Range:**\nGS-{{ page.gs_level }} Step 1 - ${{ page.salary_min }} to GS-{{ page.gs_level }} Step 10 ${{ page.salary_max }}\n");
    expect(facts.figures).toEqual([]);
  });

  it("finds pay includes outside comments", () => {
    const text = '{% comment %}\n{% include job/salary_range.html min="$1" max="$2" %}\n{% endcomment %}\n{% include job/salary_range.html min="" max="" %}\n';
    expect(pay(text).templates).toMatchObject([{ line: 4 }]);
  });

  it("ignores figures in code, comments and URLs", () => {
    const text = "# Job\n\n`$100,000 - $120,000`\n\n<!-- Salary: $90,000 - $95,000 -->\n\nSee https://example.com/pay/$100-200\n";
    expect(pay(text).figures).toEqual([]);
  });

  it("a pay heading makes bare figures pay; a perks heading makes money a perk", () => {
    expect(pay("Compensation\n- 90,000 - 110,000\n", "posting.txt").figures).toMatchObject([{ min: 90000, max: 110000, line: 2 }]);
    expect(pay("Perks\n- $100 per month phone plan\n", "posting.txt").figures).toEqual([]);
  });

  it("stays linear on a 1 MB line", () => {
    const line = "Salary: $1,000 to ".repeat(60_000) + "{% include pay " + "$ 5 - ".repeat(40_000);
    const facts = pay(line, "big.txt");
    expect(facts.figures.length).toBeGreaterThan(0);
  });
});

describe("pay-transparency on whole postings", () => {
  const lint = (text: string, options?: Record<string, unknown>, filePath = "posting.md") =>
    lintText(text, {
      filePath,
      base: "none",
      rules: { "pay-transparency": options ? ["warn", options] : "warn" },
    }).messages.map((m) => `${m.line}: ${m.message}`);

  it("a range anywhere settles it, even beside a single figure and vague words", () => {
    expect(lint("# X\n\nCompetitive salary.\n\n**Salary:** $90,000 - $110,000\n\nThe maximum salary is $191,900.\n")).toEqual([]);
  });

  it("reports the first vague line only", () => {
    expect(lint("# X\n\n**Pay:** DOE\n\nCompetitive salary.\n")).toEqual(['3: Only vague pay ("DOE"): state the pay range']);
  });

  it("reports an inverted range even when another range is fine", () => {
    expect(lint("# X\n\nSalary: $90,000 - $110,000\n\nOvertime: $60 - $50 per hour\n")).toEqual([
      '5: Pay range "$60 - $50": the minimum exceeds the maximum',
    ]);
  });

  it("a single figure in the front matter is reported on its line", () => {
    expect(lint("---\nsalary_min: '142,701'\nsalary_max: '142,701'\n---\n# Fellow\n")).toEqual([
      '2: A single pay figure ("142,701"): state a range with a minimum and a maximum',
    ]);
  });

  it("stays quiet where a site template renders the pay", () => {
    expect(lint('# X\n\n{% include job/salary_range.html min="" max="" %}\n\nThe maximum salary available is $183,500.\n')).toEqual([]);
  });

  it("takes several jurisdictions and rejects unknown ones", () => {
    const text = "# Salesman\n\nSalary: $20 - $25 per hour. Benefits: dental.\n";
    expect(lint(text, { jurisdiction: ["us-co", "eu"] })).toEqual([
      "1: No application close date: Colorado requires one",
      '1: Job title word "Salesman" is not gender-neutral: the EU Pay Transparency Directive requires gender-neutral titles',
    ]);
    expect(lint("# Cook\n\nSalary: $20 - $25 per hour. Apply by May 1. Benefits: dental.\n", { jurisdiction: ["us-co", "eu"] })).toEqual([]);
    expect(() => lint("# X\n", { jurisdiction: "mars" })).toThrow(/jurisdiction/);
  });

  it("EU: gendered titles, but not (m/w/d) titles or words that only end in -man", () => {
    const eu = { jurisdiction: "eu" };
    const range = "\n\nSalary: €40,000 – €48,000 per year\n";
    expect(lint(`# Foreman${range}`, eu)).toHaveLength(1);
    expect(lint(`# Waitress${range}`, eu)).toHaveLength(1);
    expect(lint(`# Verkäufer (m/w/d)${range}`, eu)).toEqual([]);
    expect(lint(`# Human Resources Manager${range}`, eu)).toEqual([]);
  });

  it("Ontario: wide ranges above $200,000 are exempt", () => {
    expect(lint("Salary: $180,000 - $260,000\n", { jurisdiction: "ca-on" }, "p.txt")).toEqual([]);
    expect(lint("Salary: $100,000 - $150,000\n", { jurisdiction: "ca-on" }, "p.txt")).toEqual([]);
  });

  it("Colorado: a close date in the front matter counts; benefits in a section count", () => {
    const text = "---\ncloses: 2026-12-01\n---\n# X\n\n**Salary:** $90,000 - $95,000\n\n## Benefits\n\n- Dental.\n";
    expect(lint(text, { jurisdiction: "us-co" })).toEqual([]);
  });

  it("requireRange: false allows a single figure, not an absent one", () => {
    expect(lint("Pay: $25/hr\n", { requireRange: false }, "p.txt")).toEqual([]);
    expect(lint("Responsibilities\n- Cook.\n", { requireRange: false }, "p.txt")).toEqual(["1: No pay figure: state the pay range"]);
  });
});
