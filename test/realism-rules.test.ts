import { describe, expect, it } from "vitest";
import table from "../rules/data/technology-release-years.json" with { type: "json" };
import { durationText, monthsBetween, parseYearMonth } from "../rules/lib/release-dates.js";
import { lintText } from "../src/index.js";
import { parsePosting } from "../src/posting/parse.js";
import type { Statement } from "../src/posting/types.js";

type Options = Record<string, unknown>;

function messages(rule: string, text: string, filePath = "p.md", options?: Options): string[] {
  return lintText(text, { filePath, base: "none", rules: { [rule]: options ? ["warn", options] : "warn" } }).messages.map(
    (m) => `${m.line}: ${m.message}`,
  );
}
const lines = (rule: string, text: string, filePath = "p.md", options?: Options) =>
  lintText(text, { filePath, base: "none", rules: { [rule]: options ? ["warn", options] : "warn" } }).messages.map((m) => m.line);

const statements = (text: string, filePath = "p.md"): Statement[] => parsePosting(text, { filePath }).statements;
/** The technology names one line of requirements mentions. */
const named = (line: string) => statements(`## Requirements\n\n- ${line}\n`).flatMap((s) => s.technologies.map((t) => t.name));
/** The technologies the years of one line are of. */
const yearsOf = (line: string) => statements(`## Requirements\n\n- ${line}\n`).filter((s) => s.years).map((s) => s.years!.technologies?.map((t) => t.name) ?? []);

interface Entry {
  name: string;
  year: number;
  month: number;
  release: string;
  source: string;
  aliases?: string[];
  spellings?: string[];
  unlessBefore?: string[];
  unlessAfter?: string[];
  ambiguousAtSentenceStart?: boolean;
  note?: string;
}
const entries = (table as { technologies: Entry[] }).technologies;
const byName = new Map(entries.map((e) => [e.name, e]));

describe("the release-date table", () => {
  it("has at least 60 technologies", () => {
    expect(entries.length).toBeGreaterThanOrEqual(60);
  });

  it.each(entries.map((e) => [e.name, e] as const))("%s: a year, a month 1-12, what was released and a source", (_name, e) => {
    expect(Number.isInteger(e.year)).toBe(true);
    expect(e.year).toBeGreaterThanOrEqual(1950);
    expect(e.year).toBeLessThanOrEqual(2026);
    expect(Number.isInteger(e.month)).toBe(true);
    expect(e.month).toBeGreaterThanOrEqual(1);
    expect(e.month).toBeLessThanOrEqual(12);
    expect(e.release.trim().length).toBeGreaterThan(5);
    // A URL, or a citation of the project's own history that names it.
    expect(e.source).toMatch(/https?:\/\/\S+/);
    expect((e.aliases?.length ?? 0) + (e.spellings?.length ?? 0)).toBeGreaterThan(0);
    const allowed = new Set(["name", "year", "month", "release", "source", "aliases", "spellings", "unlessBefore", "unlessAfter", "ambiguousAtSentenceStart", "note"]);
    expect(Object.keys(e).filter((k) => !allowed.has(k))).toEqual([]);
  });

  it("names every technology once and claims no alias twice", () => {
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
    const owner = new Map<string, string>();
    const claimed: string[] = [];
    for (const e of entries) {
      // An alias matches in any case, so it clashes with any spelling of the same letters.
      for (const alias of [...(e.aliases ?? []), ...(e.spellings ?? [])].map((a) => a.toLowerCase())) {
        const other = owner.get(alias);
        if (other !== undefined && other !== e.name) claimed.push(`${alias}: ${other} and ${e.name}`);
        owner.set(alias, e.name);
      }
    }
    expect(claimed).toEqual([]);
  });

  it("dates the first public release, not the announcement nor 1.0", () => {
    const at = (name: string) => `${byName.get(name)!.year}-${byName.get(name)!.month}`;
    expect(at("Rust")).toBe("2012-1");
    expect(at("Kubernetes")).toBe("2014-6");
    expect(at("Terraform")).toBe("2014-7");
    expect(at("Go")).toBe("2009-11");
    expect(at("Swift")).toBe("2014-6");
    expect(at("TypeScript")).toBe("2012-10");
  });

  it.each([
    ["Go", "Golang"],
    ["Kubernetes", "K8s"],
    ["PostgreSQL", "Postgres"],
    ["React", "React.js"],
    ["React", "ReactJS"],
    ["React", "React"],
    ["Node.js", "Node"],
    ["Node.js", "Node.js"],
    ["JavaScript", "JS"],
    ["TypeScript", "TS"],
  ])("%s answers to %s", (name, alias) => {
    expect(named(`Experience with ${alias} in production.`)).toEqual([name]);
  });
});

describe("month arithmetic", () => {
  it("reads YYYY-MM and YYYY-MM-DD, nothing else", () => {
    expect(parseYearMonth("2026-11")).toEqual({ year: 2026, month: 11 });
    expect(parseYearMonth("2026-11-25")).toEqual({ year: 2026, month: 11 });
    expect(parseYearMonth("2026-13")).toBeUndefined();
    expect(parseYearMonth("Nov 2026")).toBeUndefined();
    expect(parseYearMonth(202611)).toBeUndefined();
  });

  it("counts whole months and words them", () => {
    expect(monthsBetween({ year: 2012, month: 1 }, { year: 2026, month: 11 })).toBe(178);
    expect(durationText(178)).toBe("14 years 10 months");
    expect(durationText(12)).toBe("1 year");
    expect(durationText(1)).toBe("1 month");
  });
});

describe("technology names match whole words", () => {
  it.each([
    ["'Go' is not in 'good' or 'going'", "Good communication and a going concern.", []],
    ["a hyphenated compound is another word", "Go-to-market experience.", []],
    ["Java is not JavaScript", "Experience with JavaScript and Java.", ["JavaScript", "Java"]],
    ["C++ and C# are not C", "Experience with C++ and C#.", ["C++", "C#"]],
    [".NET and ASP.NET", "Experience with .NET and ASP.NET.", [".NET", ".NET"]],
    ["a grade letter is no language", "A Class C license and 3+ years of R&D.", []],
    ["a clearance is not TypeScript", "An active TS/SCI clearance.", []],
    ["rust on steel is no language", "Knowledge of rust prevention coatings.", []],
    ["to react is no framework", "Ability to react to incidents quickly.", []],
    ["a graph node is not Node.js", "Each node in the cluster.", []],
    ["SWIFT payments are not Swift", "Experience with SWIFT payment messages.", []],
    ["a sentence that opens with Go", "Go beyond the basics.", []],
    ["an ERP go-live", "Support every ERP rollout through Go Live.", []],
    ["a label that opens with Go", "Go: five years in production.", ["Go"]],
    ["slash lists split", "Experience with Python/Django.", ["Python", "Django"]],
    ["a '-based' compound keeps its head", "Kubernetes-based platforms.", ["Kubernetes"]],
    ["the longest name wins", "React Native, Spring Boot and Ruby on Rails.", ["React Native", "Spring Boot", "Ruby on Rails"]],
    ["possessives", "Python's standard library.", ["Python"]],
  ])("%s", (_name, line, expected) => {
    expect(named(line)).toEqual(expected);
  });
});

describe("what years are of", () => {
  it.each([
    ["15+ years of hands-on experience with Kubernetes in production.", [["Kubernetes"]]],
    ["15+ years of backend development using Rust.", [["Rust"]]],
    ["15+ years with Python, Django and Kubernetes.", [["Python", "Django", "Kubernetes"]]],
    ["20+ years of software engineering, including 5+ years with Kubernetes.", [[], ["Kubernetes"]]],
    ["15+ years of distributed systems work, ideally with Rust.", [[]]],
    ["12+ years with modern frameworks (React, Vue).", [[]]],
    ["10+ years of Python experience.", [["Python"]]],
    ["Kubernetes experience: 15+ years.", [["Kubernetes"]]],
    ["5+ years with Java and 15+ years with Kubernetes.", [["Java"], ["Kubernetes"]]],
    ["15+ years in the industry and familiarity with Kubernetes.", [[]]],
    ["15+ years of combined experience with Kubernetes and Docker.", [[]]],
    ["15+ years of combined experience with Kubernetes.", [["Kubernetes"]]],
    ["15+ years of experience in software development and Kubernetes administration.", [["Kubernetes"]]],
  ])("%s", (line, expected) => {
    expect(yearsOf(line)).toEqual(expected);
  });

  it("marks alternatives joined by or or a slash", () => {
    for (const line of ["16+ years of Go or Rust.", "16+ years of Go/Rust.", "16+ years of Go, Rust, or Kotlin."]) {
      expect(statements(`## Requirements\n\n- ${line}\n`)[0]!.years!.alternatives).toBe(true);
    }
    expect(statements("## Requirements\n\n- 15+ years of Kubernetes and Docker.\n")[0]!.years!.alternatives).toBeUndefined();
  });

  it("marks years served at a grade", () => {
    const [s] = statements("## Qualifications\n\nYou must have one year of specialized experience equivalent to the GS-{{ page.gs_level | minus: 1 }} in the Federal service.\n");
    expect(s!.years).toMatchObject({ min: 1, atGrade: true });
    expect(statements("## Qualifications\n\n- One (1) year of specialized experience at the next lower GS-grade.\n")[0]!.years!.atGrade).toBe(true);
    expect(statements("## Qualifications\n\n- One year of experience in payroll.\n")[0]!.years!.atGrade).toBeUndefined();
  });
});

describe("no-impossible-experience", () => {
  const rule = "no-impossible-experience";
  const asOf = (month: string) => ({ asOf: month });

  it("measures at month precision from the first public release", () => {
    const text = "## Requirements\n\n- 15+ years of experience with Rust.\n";
    expect(lines(rule, text, "p.md", asOf("2026-12"))).toEqual([3]);
    // Rust 0.1 came out in January 2012: 15 whole years in January 2027.
    expect(lines(rule, text, "p.md", asOf("2027-01"))).toEqual([]);
    const k8s = "## Requirements\n\n- 12+ years of Kubernetes.\n";
    expect(lines(rule, k8s, "p.md", asOf("2026-05"))).toEqual([3]);
    expect(lines(rule, k8s, "p.md", asOf("2026-06"))).toEqual([]);
  });

  it("measures from this month by default", () => {
    expect(lines(rule, "## Requirements\n\n- 40+ years of Rust.\n- 10 years of Python.\n")).toEqual([3]);
  });

  it("reads the lowest end of a range", () => {
    expect(lines(rule, "## Requirements\n\n- 15-20 years of Rust.\n- 10-15 years of Rust.\n", "p.md", asOf("2026-11"))).toEqual([3]);
  });

  it("checks preferred statements too: asking the impossible is impossible anywhere", () => {
    expect(lines(rule, "## Nice to Have\n\n- 20+ years of experience with Go.\n", "p.md", asOf("2026-11"))).toEqual([3]);
  });

  it.each([
    ["a company's age", "## About Us\n\nFor over 30 years we have built Java and Kubernetes tooling.\n"],
    ["the company's own experience", "## About Us\n\nWe have 15+ years of experience with Kubernetes.\n"],
    ["years of a field that mentions a technology later", "## Requirements\n\n- 20+ years of software engineering, including 5+ years with Kubernetes.\n"],
    ["examples after such as", "## Requirements\n\n- 15+ years with cloud platforms such as Kubernetes.\n"],
    ["one possible alternative", "## Requirements\n\n- 16+ years of Go or Rust.\n"],
    ["a technology outside the table", "## Requirements\n\n- 30+ years of VHDL.\n"],
    ["a technology that is old enough", "## Requirements\n\n- 30+ years of experience with C.\n- 25 years of Python.\n"],
  ])("not: %s", (_name, text) => {
    expect(messages(rule, text, "p.md", asOf("2026-11"))).toEqual([]);
  });

  it("reports each impossible technology of a list, once each", () => {
    expect(messages(rule, "## Requirements\n\n- 15+ years with Python, Django and Kubernetes (Kubernetes on-prem).\n", "p.md", asOf("2026-11"))).toEqual([
      "3: 15+ years of Kubernetes, but its first public release came out in June 2014: 12 years 5 months before November 2026",
    ]);
  });

  it("works in plain text", () => {
    const text = "Requirements:\n\t- 15+ years of hands-on experience with Kubernetes in production.\n\t- 8+ years of experience with Terraform.\n";
    expect(lines(rule, text, "p.txt", asOf("2026-11"))).toEqual([2]);
  });
});

describe("seniority-mismatch", () => {
  const rule = "seniority-mismatch";
  const junior = (title: string) => `# ${title}\n\n## Requirements\n\n- 4+ years of experience in software development.\n`;
  const senior = (title: string) => `# ${title}\n\n## Requirements\n\n- 1 year of experience in software development.\n`;

  it.each(["Junior Developer", "Jr. Developer", "Entry Level Developer", "Entry-Level Developer", "Graduate Developer", "New Grad Software Engineer", "Software Engineering Intern", "Software Engineering Internship"])(
    "junior: %s",
    (title) => expect(lines(rule, junior(title))).toEqual([5]),
  );

  it.each(["Senior Developer", "Sr. Developer", "Staff Engineer", "Senior Staff Engineer", "Acme - Staff Engineer", "Principal Engineer", "Lead Developer", "Team Lead", "Tech Lead, Payments"])(
    "senior: %s",
    (title) => expect(lines(rule, senior(title))).toEqual([5]),
  );

  it.each([
    "Engineering Supervisor",
    "Director of Engineering",
    "Engineering Fellow",
    "Engineering Manager",
    "Senior Living Caregiver",
    "Lead Generation Specialist",
    "Staff Accountant",
    "Medical Staff Coordinator",
    "Kitchen Staff",
    "Graduate Admissions Counselor",
  ])("no seniority claim: %s", (title) => {
    expect(lines(rule, senior(title))).toEqual([]);
    expect(lines(rule, junior(title))).toEqual([]);
  });

  it("a range of levels claims neither end", () => {
    expect(lines(rule, junior("Junior/Mid Developer"))).toEqual([]);
    expect(lines(rule, senior("Mid-Senior Developer"))).toEqual([]);
    expect(lines(rule, senior("Junior or Senior Developer"))).toEqual([]);
  });

  it("reads the title from a Title/Position line, the front matter or a Level line", () => {
    const body = "\nRequirements\n- 5+ years of experience in accounting.\n";
    expect(messages(rule, `Job Title: Junior Accountant\n${body}`, "p.txt")).toEqual(['4: The title says "Junior" (line 1), but this asks 5+ years of accounting']);
    expect(lines(rule, `Position Title: Junior Accountant\n${body}`, "p.txt")).toEqual([4]);
    expect(lines(rule, `Position: Junior Accountant\n${body}`, "p.txt")).toEqual([4]);
    expect(lines(rule, `Accountant\nCareer Level: Entry level\n${body}`, "p.txt")).toEqual([5]);
    expect(lines(rule, `---\ntitle: "Junior Accountant"\n---\n\n## Requirements\n\n- 5+ years of experience in accounting.\n`)).toEqual([7]);
  });

  it("without a level-1 heading, the first heading or a bare opening line is the title", () => {
    const body = "- 1 year of experience in data engineering.\n";
    expect(lines(rule, `## Senior Data Engineer\n\n### Requirements\n\n${body}`)).toEqual([5]);
    expect(lines(rule, `Senior Data Engineer\n\nRequirements\n${body}`, "p.txt")).toEqual([4]);
    expect(lines(rule, `---\nlayout: job\n---\nLead Carpenter\n\n## Requirements\n\n- 1 year of carpentry.\n`)).toEqual([8]);
    // An opening sentence is body text.
    expect(lines(rule, `We are hiring a senior engineer.\n\n## Requirements\n\n${body}`)).toEqual([]);
  });

  it("body text is not the title", () => {
    expect(lines(rule, "# Data Engineer\n\n## Responsibilities\n\n- Mentor junior engineers.\n\n## Requirements\n\n- 5+ years of data engineering.\n")).toEqual([]);
  });

  it("a junior role: only mandatory statements, and an alternative path it can meet", () => {
    expect(lines(rule, "# Junior Analyst\n\n## Nice to Have\n\n- 3+ years of SQL.\n")).toEqual([]);
    expect(lines(rule, "# Junior Analyst\n\n## Requirements\n\n- 3+ years of SQL would be a plus.\n")).toEqual([]);
    expect(lines(rule, "# Junior Analyst\n\n## Requirements\n\n- Bachelor's degree and 3+ years of analysis, OR Master's degree and 1+ year of analysis.\n")).toEqual([]);
    expect(lines(rule, "# Junior Analyst\n\n## Requirements\n\n- Bachelor's degree and 5+ years of analysis, OR Master's degree and 3+ years of analysis.\n")).toEqual([5]);
    expect(lines(rule, "# Entry-Level Analyst\n\n## Requirements\n\n- 3+ years of customer service experience, OR\n- A Bachelor's degree in Business.\n")).toEqual([]);
  });

  it("a senior role: only when no requirement asks more than a year", () => {
    expect(lines(rule, "# Senior Engineer\n\n## Requirements\n\n- 7+ years of backend development.\n- 1+ year of experience with Terraform.\n")).toEqual([]);
    expect(lines(rule, "# Senior Engineer\n\n## Requirements\n\n- 1+ year of backend development.\n- 1+ year of experience with Terraform.\n")).toEqual([5, 6]);
    expect(lines(rule, "# Senior Engineer\n\n## Requirements\n\n- Strong Python.\n")).toEqual([]);
  });

  it("one year at the grade below is time in grade (the federal one-year rule)", () => {
    const text = "---\ntitle: Cloud Adoption Lead\n---\n\n## Qualifications\n\nTo qualify for this role, you must have one year of specialized experience equivalent to the GS-{{ page.gs_level | minus: 1 }} in the Federal service.\n";
    expect(lines(rule, text)).toEqual([]);
  });
});

describe("degree-consistency", () => {
  const rule = "degree-consistency";

  it("reports the later of two levels, either way round", () => {
    expect(messages(rule, "## Requirements\n\n- Master's degree in Statistics.\n\n## Education\n\n- Bachelor's degree in Statistics.\n")).toEqual([
      "7: Asks for a Bachelor's degree here, but for a Master's degree at line 3",
    ]);
  });

  it("names the first line of another level for every later one", () => {
    const text = "## Requirements\n\n- Bachelor's degree in Math.\n- Master's degree in Math.\n- BS in Math.\n- High school diploma or GED.\n";
    expect(messages(rule, text)).toEqual([
      "4: Asks for a Master's degree here, but for a Bachelor's degree at line 3",
      "5: Asks for a Bachelor's degree here, but for a Master's degree at line 4",
      "6: Asks for a high school diploma here, but for a Bachelor's degree at line 3",
    ]);
  });

  it.each([
    ["alternatives in one item", "## Requirements\n\n- Bachelor's degree and 4+ years of experience in design, OR Master's degree and 2+ years of experience in design.\n"],
    ["alternatives in consecutive items", "Minimum Qualifications:\n- Bachelor's degree and 4+ years of design, OR\n- Master's degree and 2+ years of design.\n"],
    ["or-joined degrees are one requirement at the lower level", "## Requirements\n\n- Bachelor's or Master's degree in Physics.\n- Bachelor's degree in Physics.\n"],
    ["a preferred higher degree", "## Requirements\n\n- Bachelor's degree required, Master's preferred.\n\n## Preferred\n\n- PhD in Physics.\n"],
    ["a degree in the benefits", "## Requirements\n\n- Bachelor's degree in Accounting.\n\n## Benefits\n\n- Tuition assistance toward a Master's degree.\n"],
    ["MFA as multi-factor authentication", "## Requirements\n\n- Bachelor's degree in Computer Science.\n- Experience with Multi-Factor Authentication (MFA) and SSO.\n"],
    ["other people's degrees in the duties", "## Responsibilities\n\n- Mentor Master's students in the lab.\n\n## Requirements\n\n- Bachelor's degree in Biology.\n"],
  ])("not: %s", (_name, text) => {
    expect(messages(rule, text, text.startsWith("#") ? "p.md" : "p.txt")).toEqual([]);
  });

  it.each([
    "No degree required.",
    "No college degree? No problem.",
    "A degree is not required.",
    "A degree isn't necessary for this role.",
    "Degree optional.",
    "We don't require a degree.",
    "You do not need a college degree to apply.",
    "No Bachelor's degree required.",
  ])("a waiver against a required degree: %s", (waiver) => {
    expect(lines(rule, `## About the Role\n\n${waiver}\n\n## Requirements\n\n- Bachelor's degree in Marketing.\n`)).toEqual([7]);
  });

  it("an alternative path or experience in place of the degree keeps a waiver consistent", () => {
    expect(lines(rule, "## About\n\nNo degree required.\n\n## Requirements\n\n- Bachelor's degree in Marketing or equivalent experience.\n")).toEqual([]);
    expect(lines(rule, "## About\n\nNo degree required.\n\n## Requirements\n\n- Bachelor's degree in Marketing, or 4+ years of relevant experience.\n")).toEqual([]);
    expect(lines(rule, "## Requirements\n\n- Without a degree, you need 6+ years of experience.\n- Bachelor's degree in Marketing.\n")).toEqual([]);
  });
});

describe("misplaced-preference", () => {
  const rule = "misplaced-preference";
  const inRequired = (line: string) => lines(rule, `## Requirements\n\n- 3+ years of Python.\n- ${line}\n`);
  const inPreferred = (line: string) => lines(rule, `## Nice to Have\n\n- Experience with Kafka.\n- ${line}\n`);

  it.each([
    "Experience with Kafka is a plus.",
    "Experience with Kafka is a big plus.",
    "Open-source work would be a huge bonus.",
    "Kafka experience preferred.",
    "Kafka experience preferred but not required.",
    "Preferred: Kafka experience.",
    "Nice to have: a CKA certification.",
    "Spanish is desirable.",
    "A CKA certification is an asset.",
    "Bonus points for open-source work.",
    "Ideally, experience with SAP.",
  ])("optional in a required section: %s", (line) => {
    expect(inRequired(line)).toEqual([4]);
  });

  it.each([
    "Resume must not exceed 5 pages, including optional cover letter.",
    "Build mutually beneficial partnerships.",
    "Eligible for an annual bonus.",
    "5 plus years of experience with SQL.",
    "Bachelor's degree required, Master's preferred.",
    "Travel is not required.",
    "The following are a plus:",
  ])("not in a required section: %s", (line) => {
    expect(inRequired(line)).toEqual([]);
  });

  it.each([
    "Must have experience with Pulsar.",
    "Must-have: experience with Pulsar.",
    "A security clearance is required.",
    "Required: a driver's license.",
    "On-call duty is mandatory.",
    "Fluent German is essential.",
    "Kafka experience required for this role.",
  ])("required in a preferred section: %s", (line) => {
    expect(inPreferred(line)).toEqual([4]);
  });

  it.each([
    "Kubernetes experience (not a must).",
    "Travel as required.",
    "Familiarity with the required safety standards.",
    "Experience with tools required for SOC 2 audits.",
    "A degree is not required.",
    "Experience with Pulsar is a plus, and you must enjoy on-call.",
  ])("not in a preferred section: %s", (line) => {
    expect(inPreferred(line)).toEqual([]);
  });

  it("only required and preferred sections", () => {
    expect(lines(rule, "## Skills\n\n- Kafka is a plus.\n\n## Responsibilities\n\n- You must ship weekly.\n")).toEqual([]);
  });

  it("a preferred subsection under requirements is preferred", () => {
    expect(lines(rule, "## Requirements\n\n- 3+ years of Python.\n\n### Nice to have\n\n- Kafka is a plus.\n")).toEqual([]);
  });

  it("plain text and sentences of a paragraph", () => {
    expect(lines(rule, "REQUIREMENTS\n- 3+ years of Python.\n- Kafka is a plus.\n\nPREFERRED QUALIFICATIONS\n- You must hold a CDL.\n", "p.txt")).toEqual([3, 6]);
    expect(lines(rule, "## Language Requirement\n\nFluent Spanish is required. Experience with Spanish-speaking users is highly preferred.\n")).toEqual([3]);
  });

  it("quotes the words and names the section", () => {
    expect(messages(rule, "## Nice to Have\n\n- Must have experience with Kafka.\n")).toEqual([
      '3: "Must" marks this as required, but it stands in the preferred section "Nice to Have" (line 1)',
    ]);
  });
});

describe("the statement facts the rules read", () => {
  it("where a statement calls itself optional or required, and waives a degree", () => {
    const [plus, must, waiver] = statements("## Requirements\n\n- Kafka is a plus.\n- You must hold a CDL.\n- No degree required.\n");
    const text = "## Requirements\n\n- Kafka is a plus.\n- You must hold a CDL.\n- No degree required.\n";
    const quote = (r: { start: number; end: number } | undefined) => (r ? text.slice(r.start, r.end) : undefined);
    expect(quote(plus!.optionalCue)).toBe("a plus");
    expect(quote(must!.mandatoryCue)).toBe("must");
    expect(quote(waiver!.noDegree)).toBe("No degree required");
  });

  it("a degree that experience may replace", () => {
    const [a, b] = statements("## Requirements\n\n- Bachelor's degree in CS or equivalent practical experience.\n- Bachelor's degree in CS or a related field.\n");
    expect(a!.degree!.orEquivalent).toBe(true);
    expect(b!.degree!.orEquivalent).toBeUndefined();
  });
});

describe("linear time on hostile input", () => {
  const size = 1_000_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length));
  const rules = { "no-impossible-experience": "warn", "seniority-mismatch": "warn", "degree-consistency": "warn", "misplaced-preference": "warn" } as const;
  it.each([
    ["years of technology lists on one line", fill("15+ years of Rust, Go, Kubernetes and Docker, ")],
    ["slash chains", "15+ years of " + fill("Go/Rust/")],
    ["label-style years", fill("Kubernetes: 15+ years, ")],
    ["degree waivers and degrees", fill("No degree required, Bachelor's degree or equivalent experience; Master's degree. ")],
    ["must and a plus", fill("must a plus required nice to have ")],
  ])("%s (1 MB, one line)", (_name, line) => {
    for (const filePath of ["big.txt", "big.md"]) {
      const text = `# Senior Engineer\n\n## Requirements\n\n${line}\n`;
      const result = lintText(text, { filePath, base: "none", rules, settings: {} });
      expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    }
  }, 60_000);
});
