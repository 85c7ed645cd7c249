import { describe, expect, it } from "vitest";
import { fieldKey } from "../src/posting/requirements/field.js";
import { parsePosting } from "../src/posting/parse.js";
import type { Statement } from "../src/posting/types.js";

function statementsOf(text: string, filePath = "x.txt"): Statement[] {
  return parsePosting(text, { filePath }).statements;
}

function withYears(text: string, filePath = "x.txt"): Statement[] {
  return statementsOf(text, filePath).filter((s) => s.years);
}

/** The one years statement of a one-line requirement list. */
function yearsOf(requirement: string) {
  const text = `Requirements\n- ${requirement}\n`;
  const found = withYears(text);
  expect(found, requirement).toHaveLength(1);
  const s = found[0]!;
  return { min: s.years!.min, max: s.years!.max, written: text.slice(s.years!.range.start, s.years!.range.end), field: s.field };
}

describe("years phrasings", () => {
  /** [as written in the posting, min, max, the part the years fact points at] */
  const cases: [phrase: string, min: number, max: number | undefined, written: string][] = [
    ["10+ years", 10, undefined, "10+ years"],
    ["five (5) years", 5, undefined, "five (5) years"],
    ["5 yrs", 5, undefined, "5 yrs"],
    ["at least 5 years", 5, undefined, "5 years"],
    ["minimum of 5 years", 5, undefined, "5 years"],
    ["5 or more years", 5, undefined, "5 or more years"],
    ["over 5 years", 5, undefined, "5 years"],
    ["3-5 years", 3, 5, "3-5 years"],
    ["3 to 5 years", 3, 5, "3 to 5 years"],
    ["3–5 years", 3, 5, "3–5 years"],
    ["1+ year", 1, undefined, "1+ year"],
    ["five years", 5, undefined, "five years"],
    ["at least one year", 1, undefined, "one year"],
    ["between 2 and 4 years", 2, 4, "between 2 and 4 years"],
    ["7 years'", 7, undefined, "7 years"],
    ["two-plus years", 2, undefined, "two-plus years"],
    ["a decade", 10, undefined, "a decade"],
    ["two decades", 20, undefined, "two decades"],
    ["12 months", 1, undefined, "12 months"],
    ["at least 18 months", 1.5, undefined, "18 months"],
    ["6-12 months", 0.5, 1, "6-12 months"],
    ["at least 2 full years", 2, undefined, "2 full years"],
    ["6 months - 1 year", 0.5, 1, "6 months - 1 year"],
    ["6 months to 2 years", 0.5, 2, "6 months to 2 years"],
    ["1 year and 6 months", 1.5, undefined, "1 year and 6 months"],
  ];
  for (const [phrase, min, max, written] of cases) {
    it(`reads "${phrase}"`, () => {
      const got = yearsOf(`${phrase} of experience in data analysis.`);
      expect(got).toEqual({ min, max, written, field: "data analysis" });
    });
  }

  it("reads months only as experience the statement names: '6 months of experience', not '6 months on the job'", () => {
    expect(withYears("Requirements\n- You will be trained over 6 months on the job.\n- 6 months in a warehouse.\n")).toEqual([]);
    expect(yearsOf("Minimum 6 months' experience in a care setting.")).toMatchObject({ min: 0.5, field: "care setting" });
  });

  it("reads what the candidate has done for some years, in a sentence asking for them", () => {
    const found = withYears("## About the role\n\nWe're looking for an engineer who has been developing iOS apps for at least four years.\n", "x.md");
    expect(found.map((s) => [s.years!.min, s.field])).toEqual([[4, "developing ios apps"]]);
    expect(withYears("## About the role\n\nWe're looking for someone who's been developing iOS apps for four years.\n", "x.md").map((s) => s.years!.min)).toEqual([4]);
    // What was done names the technology: "writing Rust for 20 years" is 20 years of Rust.
    expect(withYears("## About the role\n\nWe're looking for someone who has been writing Rust for 20 years.\n", "x.md").map((s) => s.years!.technologies?.map((t) => t.name))).toEqual([["Rust"]]);
    expect(withYears("## About you\n\nYou have worked in retail for 3+ years and love it.\n", "x.md").map((s) => [s.years!.min, s.field])).toEqual([[3, "retail"]]);
    // The company's own history is no requirement, even in a sentence that asks for someone.
    expect(withYears("## About us\n\nOur team, who has served farmers for 20 years, is looking for you.\n", "x.md")).toEqual([]);
    // "someone who", and what the candidate has been; not others sought for, nor a place lived in.
    expect(
      withYears("## About you\n\nYou are someone who has worked in retail for 3+ years.\n\nYou have been a nurse for 3+ years.\n\nWe're seeking someone to support clinicians who have been practicing for 20 years.\n\nYou've lived in the area for 3 years.\n", "x.md").map((s) => [s.years!.min, s.field]),
    ).toEqual([[3, "retail"], [3, "nurse"]]);
    expect(withYears("## What you will do\n\n- You will mentor two engineers with 1-2 years of experience.\n", "x.md")).toEqual([]);
    expect(withYears("## The Role\n\nWe're looking for an engineer with 5-8 years of experience in infrastructure engineering.\n", "x.md").map((s) => s.years!.min)).toEqual([5]);
    // Under Responsibilities, the people the job works with are not the candidate.
    expect(withYears("## Responsibilities\n\n- You will mentor engineers who have been coding for 1-2 years.\n", "x.md")).toEqual([]);
  });

  it("reads a requirement from a Key: value line, key included", () => {
    const found = withYears("Job Title: Analyst\nExperience: 5+ years of experience in data analysis\nPreferred Experience: 3+ years of experience in SQL\nEducation: Bachelor's degree\n\nRequirements\n- SQL.\n");
    expect(found.map((s) => [s.years!.min, s.field, s.optional])).toEqual([
      [5, "data analysis", false],
      [3, "sql", true],
    ]);
    expect(statementsOf("Job Title: Analyst\nEducation: Bachelor's degree\n\nRequirements\n- SQL.\n").filter((s) => s.degree).map((s) => s.degree!.level)).toEqual(["bachelor"]);
    // A skill that names a team is a requirement; the team's own experience is not.
    expect(withYears("Job Title: Analyst\nTeam leadership experience: 3+ years\n\nRequirements\n- SQL.\n").map((s) => s.field)).toEqual(["team leadership"]);
    // The company's experience is no requirement.
    expect(withYears("Job Title: Sales Associate\nTeam Experience: over 50 years combined\n\nRequirements\n- Retail.\n")).toEqual([]);
    // A key that names no requirement reads as a name: "High School" in a position is no degree.
    expect(statementsOf("Position: High School Mathematics Teacher\n\nRequirements\n- A teaching credential.\n").filter((s) => s.degree)).toEqual([]);
  });

  it("reads the forms of requirement tables: 'X: 5+ years', '5+ years (X)', 'X experience: 2+ years', 'Experience in X: 7+ years'", () => {
    expect(yearsOf("Commercial credit underwriting: 5+ years.")).toMatchObject({ min: 5, field: "credit underwriting" });
    expect(yearsOf("5+ years (commercial construction project management).")).toMatchObject({ min: 5, field: "commercial construction project management" });
    expect(yearsOf("Warehouse operations experience: 2+ years.")).toMatchObject({ min: 2, field: "warehouse operations" });
    expect(yearsOf("Experience in commercial construction project management: 7+ years.")).toMatchObject({ min: 7, field: "commercial construction project management" });
    // A term or a contract is no field.
    expect(withYears("Requirements\n- Contract length: 2 years.\n- Probation period: 1 year.\n")).toEqual([]);
    // Labels name alternatives; words that only say "required" name nothing.
    const fields = (text: string) => withYears(text, "x.md").map((s) => [s.years!.min, s.field]);
    expect(fields("## Requirements\n\n- Python, SQL: 5+ years\n- Java, SQL: 2+ years\n")).toEqual([[5, "python or sql"], [2, "java or sql"]]);
    expect(fields("## Requirements\n\n- Required experience: 5+ years\n")).toEqual([[5, "general"]]);
    // Only in a section of requirements, and only a bracket that names a field.
    expect(fields("## Job Details\n\n- Time in business: 25 years\n\n## What we offer\n\n- Equity vesting: 4 years\n")).toEqual([]);
    expect(fields("## Requirements\n\n- Must be 21 years (or older).\n- Able to commit 2 years (minimum) to the program.\n- Python - 5+ years\n")).toEqual([]);
  });

  it("ends a field where another clause starts: 'structural welding and wants to grow'", () => {
    expect(yearsOf("3+ years of experience in structural welding and wants to grow into fitting.")).toMatchObject({ field: "structural welding" });
  });

  it("third review: units without 'and', a field before a bracket, neutral qualifiers only, 'who' with one noun phrase, 'been' + where", () => {
    expect(yearsOf("1 year, 6 months of accounts payable experience.")).toMatchObject({ min: 1.5, field: "accounts payable" });
    expect(yearsOf("2 years 6 months of experience in accounts payable.")).toMatchObject({ min: 2.5, field: "accounts payable" });
    expect(withYears("Requirements\n- Hands-on experience with Java (4+ years) and SQL (2+ years).\n").map((s) => s.field)).toEqual(["java", "sql"]);
    expect(fieldKey("commercial construction")).not.toBe(fieldKey("construction"));
    const none = (text: string) => expect(withYears(text, "x.md"), text).toEqual([]);
    none("## About the role\n\nWe're seeking mentors for analysts who have worked in retail analytics for 1-2 years.\n");
    none("# Junior Analyst\n\nOnce you have been with us for 3 years, you can take a paid sabbatical.\n");
    none("## Requirements\n\n- Service bond: 3 years\n- Visa validity: 3 years\n");
    none("## Requirements\n\n- Employee experience: 4 months of paid parental leave and a 4-day week.\n");
  });

  it("reads 'exp' as experience: '8+ yrs exp in site reliability engineering'", () => {
    expect(yearsOf("8+ yrs exp in site reliability engineering.")).toMatchObject({ min: 8, field: "site reliability engineering" });
  });

  it("reads '3 yrs min.' with the field after it", () => {
    expect(yearsOf("3 yrs min. Class A tractor-trailer driving experience.")).toMatchObject({ min: 3, field: "class a tractor-trailer driving" });
  });

  it("reads years with no 'experience' word when a field follows", () => {
    expect(yearsOf("10+ years of Rust in production.")).toMatchObject({ min: 10, field: "rust" });
    expect(yearsOf("5+ years in backend development.")).toMatchObject({ min: 5, field: "backend development" });
  });

  it("reads every years phrase of one item", () => {
    const found = withYears("Requirements\n- 5+ years of experience with Python and 3+ years of experience with Django.\n");
    expect(found.map((s) => [s.years!.min, s.field])).toEqual([
      [5, "python"],
      [3, "django"],
    ]);
  });
});

describe("what is not a years requirement", () => {
  const notRequirements = [
    "For over 30 years we have built pumps for water utilities.",
    "Founded 25 years ago, we now serve farms across the Midwest.",
    "Our founders bring over 30 years of experience in pumps.",
    "We have 20 years of experience in industrial valves.",
    "The appointment may be extended for an additional 2 years for a maximum of 4 years total.",
    "Serve a one year trial period, if required.",
    "Cohort leads support fellows throughout the two year cohort experience.",
    "Initial appointments last longer than 1 year, but not to exceed 4 years.",
    "Bring a 4-year degree or equivalent.",
    "We serve 96 children ages 3 to 5 years in four classrooms.",
    // Other people's years, in sentences that address the candidate.
    "You'll report to an engineering manager who has been leading teams for 12 years.",
    "You'll learn from mentors who have been teaching for over 20 years.",
    "You will be maintaining a platform that has been running for over 10 years.",
    "You must have held a valid driver's license for at least 3 years.",
    "You'll have access to a decade of customer data.",
    "Our founders bring two decades of experience in logistics.",
    "Lindqvist & Hale has over 25 years of experience in legal and financial translation.",
  ];
  for (const sentence of notRequirements) {
    it(`no years fact in "${sentence}"`, () => {
      expect(withYears(`About Us\n${sentence}\n`)).toEqual([]);
      expect(withYears(`## About Us\n\n${sentence}\n`, "x.md")).toEqual([]);
    });
  }

  it("under Responsibilities or Benefits, years describe the job unless the candidate is addressed", () => {
    expect(withYears("Responsibilities\n- Mentor engineers with 1-2 years of experience.\n")).toEqual([]);
    expect(withYears("Benefits\n- Four weeks of paid time off once you reach 5 years with us.\n")).toEqual([]);
    expect(withYears("Responsibilities\n- You must bring 5+ years of experience in sales.\n").map((s) => s.years!.min)).toEqual([5]);
  });

  it("the company's voice still asks for years when it addresses the candidate", () => {
    const found = withYears("## About Us\n\nFor 30 years we have built pumps. We are looking for an engineer with 5+ years of experience in pump design.\n", "x.md");
    expect(found.map((s) => [s.years!.min, s.field])).toEqual([[5, "pump design"]]);
  });
});

describe("field normalisation", () => {
  const fieldOf = (requirement: string) => yearsOf(requirement).field;

  it("drops filler: experience in/with, or a related field, such as ..., etc.", () => {
    expect(fieldOf("10+ years of experience in Software Engineering or a related field.")).toBe("software engineering");
    expect(fieldOf("10+ years of experience with programming languages such as C, C++, Python, etc.")).toBe("programming languages");
    expect(fieldOf("4 years of experience in contracting or related positions.")).toBe("contracting");
  });

  it("ignores case and the order of listed alternatives", () => {
    const a = fieldOf("5+ years of experience with Java, Go, or Python.");
    expect(a).toBe(fieldOf("5+ YEARS OF EXPERIENCE WITH PYTHON, JAVA, OR GO"));
    expect(a.split(" or ").sort()).toEqual(["go", "java", "python"]);
    expect(fieldOf("2+ years of experience with MLIR or LLVM.")).toBe(fieldOf("2+ years of experience with LLVM or MLIR."));
  });

  it("keeps fields apart that differ", () => {
    expect(fieldOf("7+ years of experience in Systems Engineering or a related field.")).not.toBe(
      fieldOf("7+ years of experience in Software Engineering or a related field."),
    );
  });

  it("reads the field before 'experience' and after 'as'", () => {
    expect(fieldOf("3+ years of retail management experience.")).toBe("retail management");
    expect(fieldOf("2+ years of experience as a nurse practitioner in primary care.")).toBe("nurse practitioner");
    expect(fieldOf("15+ years of hands-on experience with Kubernetes in production.")).toBe("kubernetes");
  });

  it("reads a field named before the years, but not across another years phrase", () => {
    expect(fieldOf("Experience with Python (3+ years).")).toBe("python");
    expect(fieldOf("5+ yrs. experience with React.")).toBe("react");
    expect(fieldOf("2 years minimum experience in sales.")).toBe("sales");
    const found = withYears("Requirements\n- At least 4 years of experience in contracting or related positions including 1 year of specialized experience.\n");
    expect(found.map((s) => [s.years!.min, s.field])).toEqual([
      [4, "contracting"],
      [1, "general"],
    ]);
  });

  it("is 'general' when the statement names no field", () => {
    expect(fieldOf("5+ years of experience.")).toBe("general");
    expect(fieldOf("one year of specialized experience equivalent to the GS-14.")).toBe("general");
  });
});

describe("optional: section kind and the statement's own words", () => {
  const optionalIn = (heading: string, line = "5+ years of experience in data analysis.") => {
    const found = withYears(`${heading}\n- ${line}\n`);
    expect(found).toHaveLength(1);
    return { optional: found[0]!.optional, kind: found[0]!.item.section.kind };
  };

  it("'Preferred Qualifications' is preferred: preferred words beat required words", () => {
    expect(optionalIn("Preferred Qualifications")).toEqual({ optional: true, kind: "preferred" });
  });

  it("'Education Requirements' is required: required words beat topic words", () => {
    expect(optionalIn("Education Requirements")).toEqual({ optional: false, kind: "required" });
  });

  it("other preferred headings", () => {
    expect(optionalIn("Nice to Have").optional).toBe(true);
    expect(optionalIn("Desired Skills and Aptitudes").optional).toBe(true);
    expect(optionalIn("Minimum Qualifications").optional).toBe(false);
  });

  it("a statement that calls itself optional in a required section", () => {
    expect(optionalIn("Requirements", "3+ years of experience with Kafka is a plus.").optional).toBe(true);
    expect(optionalIn("Requirements", "3+ years of experience with Kafka preferred.").optional).toBe(true);
    expect(optionalIn("Requirements", "3+ years of experience with Kafka would be nice to have.").optional).toBe(true);
    expect(optionalIn("Requirements", "Ideally, 3+ years of experience with Kafka.").optional).toBe(true);
  });

  it("'ideally' qualifying a detail leaves the statement mandatory", () => {
    expect(optionalIn("Requirements", "4+ years of experience in data engineering, ideally with Spark.").optional).toBe(false);
  });

  it("a degree required and another preferred in one item", () => {
    const degrees = statementsOf("Education\n- Bachelor's degree required, Master's degree preferred.\n").filter((s) => s.degree);
    expect(degrees.map((s) => [s.degree!.level, s.optional])).toEqual([
      ["bachelor", false],
      ["master", true],
    ]);
  });
});

describe("degrees", () => {
  const degreeOf = (line: string) => statementsOf(`Education\n- ${line}\n`).find((s) => s.degree)?.degree;

  it("level and fields, the fields as a set", () => {
    const a = degreeOf("Bachelor's degree in Engineering, Information Systems, Computer Science, or a related field.");
    const b = degreeOf("Bachelor's degree in Computer Science, Engineering, Information Systems, or a related field.");
    expect(a?.level).toBe("bachelor");
    expect(a?.fields).toEqual(["computer science", "engineering", "information systems"]);
    expect(b?.fields).toEqual(a?.fields);
  });

  it("other spellings of a level", () => {
    expect(degreeOf("Master of Science in Nursing (MSN) from an accredited program.")).toMatchObject({ level: "master", fields: ["nursing"] });
    expect(degreeOf("PhD in Physics or a related field.")).toMatchObject({ level: "doctorate", fields: ["physics"] });
    expect(degreeOf("BS/MS in Computer Science.")?.level).toBe("bachelor");
    expect(degreeOf("High school diploma or GED.")?.level).toBe("high-school");
    expect(degreeOf("A-level Maths (or an equivalent Level 3 qualification).")?.level).toBe("high-school");
    expect(degreeOf("HS diploma/GED.")?.level).toBe("high-school");
    // A degree that may stand in for experience is asked of no one.
    expect(degreeOf("A Master's degree in Urban Planning may substitute for one year of the required experience.")).toBeUndefined();
  });

  it("no degree where none is asked", () => {
    expect(degreeOf("No degree required.")).toBeUndefined();
    expect(degreeOf("Advanced skills in MS Office.")).toBeUndefined();
    expect(degreeOf("Work on-site in Boston, MA.")).toBeUndefined();
    expect(degreeOf("A high degree of emotional intelligence.")).toBeUndefined();
  });
});

describe("degree-tied OR alternatives", () => {
  const groupsOf = (statements: Statement[]) => statements.filter((s) => s.years).map((s) => [s.years!.min, s.degree?.level, s.alternativeGroup]);

  it("in one item", () => {
    const found = withYears(
      "## Requirements\n\n- Bachelor's degree and 4+ years of experience in backend development, OR Master's degree and 3+ years of experience in backend development, OR PhD and 2+ years of experience in backend development.\n",
      "x.md",
    );
    const group = found[0]!.alternativeGroup;
    expect(group).toBeDefined();
    expect(groupsOf(found)).toEqual([
      [4, "bachelor", group],
      [3, "master", group],
      [2, "doctorate", group],
    ]);
    expect(new Set(found.map((s) => s.field))).toEqual(new Set(["backend development"]));
  });

  it("across items, after '; or' ending the first, or ';' and an 'or' opening the next", () => {
    for (const text of [
      "Requirements:\n- Associate degree and 2+ years of acute care experience; or\n- Bachelor's degree and 1+ year of acute care experience.\n",
      "Requirements:\n- Associate degree and 2+ years of acute care experience;\n- or Bachelor's degree and 1+ year of acute care experience.\n",
    ]) {
      const found = withYears(text);
      expect(found[0]!.alternativeGroup, text).toBeDefined();
      expect(groupsOf(found), text).toEqual([
        [2, "associate", found[0]!.alternativeGroup],
        [1, "bachelor", found[0]!.alternativeGroup],
      ]);
    }
  });

  it("in one item, after '; or' (the semicolon cut the path off, and ADN+2 / BSN+1 read as a contradiction)", () => {
    const found = withYears(
      "Requirements:\n• Associate Degree in Nursing (ADN) and 2+ years of experience in acute care nursing; or Bachelor of Science in Nursing (BSN) and 1+ year of experience in acute care nursing.\n",
    );
    const group = found[0]!.alternativeGroup;
    expect(group).toBeDefined();
    expect(groupsOf(found)).toEqual([
      [2, "associate", group],
      [1, "bachelor", group],
    ]);
    // A plain "; " still starts a further requirement, not an alternative.
    expect(groupsOf(withYears("Requirements:\n- 2+ years of Python; 3+ years of SQL.\n"))).toEqual([
      [2, undefined, undefined],
      [3, undefined, undefined],
    ]);
  });

  it("across consecutive items ending with 'OR'", () => {
    const found = withYears(
      "Minimum Qualifications:\n" +
        "- Bachelor's degree in Mechanical Engineering and 4+ years of experience in mechanical design, OR\n" +
        "- Master's degree in Mechanical Engineering and 3+ years of experience in mechanical design, OR\n" +
        "- PhD in Mechanical Engineering and 2+ years of experience in mechanical design.\n" +
        "- 3+ years of experience with 3D CAD software.\n",
    );
    const group = found[0]!.alternativeGroup;
    expect(group).toBeDefined();
    expect(groupsOf(found)).toEqual([
      [4, "bachelor", group],
      [3, "master", group],
      [2, "doctorate", group],
      [3, undefined, undefined],
    ]);
  });

  it("across items joined by a leading 'or' or a line that is only 'OR'", () => {
    const leading = withYears("Requirements\n- Bachelor's degree and 5+ years of experience in design\n- or Master's degree and 3+ years of experience in design\n");
    expect(leading[0]!.alternativeGroup).toBeDefined();
    expect(leading[1]!.alternativeGroup).toBe(leading[0]!.alternativeGroup);
    const alone = withYears("Requirements\nBachelor's degree and 5+ years of experience in design\nOR\nMaster's degree and 3+ years of experience in design\n");
    expect(alone).toHaveLength(2);
    expect(alone[0]!.alternativeGroup).toBeDefined();
    expect(alone[1]!.alternativeGroup).toBe(alone[0]!.alternativeGroup);
  });

  it("no alternatives without an OR between paths", () => {
    const found = withYears(
      "Requirements\n- Bachelor's degree and 5+ years of experience in design.\n- Master's degree and 3+ years of experience in design.\n" +
        "- At least 4 years of experience in contracting including 1 year of specialized experience.\n",
    );
    expect(found.map((s) => s.alternativeGroup)).toEqual([undefined, undefined, undefined, undefined]);
    expect(withYears("Requirements\n- 5+ years of experience with Java or Python.\n")[0]!.field).toBe("java or python");
  });

  it("items in different sections are not alternatives", () => {
    const found = withYears("Requirements\n- Bachelor's degree and 5+ years of experience in design, OR\nEducation\n- Master's degree and 3+ years of experience in design.\n");
    expect(found.map((s) => s.alternativeGroup)).toEqual([undefined, undefined]);
  });
});

describe("statements", () => {
  it("names technologies", () => {
    const [s] = withYears("Requirements\n- 5+ years of experience with Python, Kubernetes and Go.\n");
    expect(s!.technologies.map((t) => t.name)).toEqual(["Python", "Kubernetes", "Go"]);
  });

  it("every item of a requirement section is a statement, facts or not", () => {
    const text = "## Requirements\n\n- Strong SQL.\n- 3+ years of experience in data analysis.\n\n## Benefits\n\n- Dental insurance.\n";
    const found = statementsOf(text, "x.md");
    expect(found.map((s) => s.item.text)).toEqual(["Strong SQL.", "3+ years of experience in data analysis."]);
  });

  it("sentences of a paragraph are statements of their own", () => {
    const found = withYears("# Data Engineer\n\nWe are hiring. You bring 7+ years of experience in data engineering. You will lead.\n", "x.md");
    expect(found.map((s) => [s.item.kind, s.item.text])).toEqual([["sentence", "You bring 7+ years of experience in data engineering."]]);
  });

  it("reads a 1 MB single line in linear time", () => {
    const unit = "10+ years of experience in Software Engineering or a related field, OR ";
    const line = unit.repeat(Math.ceil((1 << 20) / unit.length));
    const found = withYears(`Requirements\n${line}\n`);
    expect(found.length).toBe(Math.ceil((1 << 20) / unit.length));
  });
});

describe("computed when first read", () => {
  it("builds statements and pay the first time a rule reads them, keeps them, and lets a plugin replace them", () => {
    const posting = parsePosting("Requirements\n- 5+ years of Python\n\nPay: $90,000 - $110,000 per year\n", { filePath: "x.txt" });
    for (const key of ["statements", "pay"] as const) expect(Object.getOwnPropertyDescriptor(posting, key)?.get, key).toBeTypeOf("function");
    const statements = posting.statements;
    expect(statements.filter((s) => s.years).map((s) => s.years!.min)).toEqual([5]);
    expect(posting.statements).toBe(statements);
    expect(Object.getOwnPropertyDescriptor(posting, "statements")?.get).toBeUndefined();
    expect(posting.pay.figures.map((f) => [f.min, f.max])).toEqual([[90000, 110000]]);
    posting.statements = [];
    expect(posting.statements).toEqual([]);
  });
});

describe("field comparison keys", () => {
  it.each([
    ["k8s", "kubernetes"],
    ["js", "javascript"],
    ["developing ios apps", "ios app development"],
    ["customer support role", "customer support"],
    ["general ledger accounting", "ledger accounting"],
    ["ror", "ruby on rails"],
    ["telemetry or cardiac nursing", "cardiac nursing or telemetry nursing"],
    ["cardiac or telemetry nursing", "cardiac nursing or telemetry nursing"],
    ["analysis", "analysis"],
    ["java", "java"],
    ["general", "general"],
  ])("%s compares as %s", (field, key) => {
    expect(fieldKey(field)).toBe(key);
  });

  it("keeps different fields apart", () => {
    expect(fieldKey("java")).not.toBe(fieldKey("javascript"));
    expect(fieldKey("project management")).not.toBe(fieldKey("product management"));
    expect(fieldKey("operating systems")).not.toBe(fieldKey("system operations"));
  });
});
