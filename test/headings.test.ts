import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyCase, isCaseNeutral, rewriteCase, startsWithValue } from "../src/posting/heading-case.js";
import { nameForms } from "../src/posting/name-forms.js";
import { parsePosting } from "../src/posting/parse.js";

const ats = readFileSync(new URL("../examples/ats-posting.txt", import.meta.url), "utf8");

const headingsOf = (text: string, filePath: string) =>
  parsePosting(text, { filePath }).headings.map((h) => ({ line: h.line, markup: h.markup, level: h.level, text: h.text, colon: h.colon }));

describe("case classification", () => {
  it.each([
    ["Minimum Qualifications", ["title"]],
    ["Nice to Have", ["title"]],
    ["How To Apply", ["title"]],
    ["What You'll Do", ["title"]],
    ["About us", ["sentence"]],
    ["How to apply", ["sentence"]],
    ["Nice to have", ["sentence"]],
    ["Differences between GS14 and GS15 grade levels", ["sentence"]],
    ["WHAT YOU'LL DO", ["upper"]],
    ["SPECIALIZED EXPERIENCE REQUIREMENTS", ["upper"]],
  ])("%s fits %j", (text, fits) => {
    expect(classifyCase(text).fits).toEqual(fits);
  });

  it("lets a one-word heading fit Title and Sentence case", () => {
    expect(classifyCase("Qualifications").fits).toEqual(["title", "sentence"]);
    expect(classifyCase("Questions?").fits).toEqual(["title", "sentence"]);
  });

  it("lets a lone short all-capitals word be an acronym as well", () => {
    expect(classifyCase("FAQ").fits).toEqual(["upper", "title", "sentence"]);
    expect(classifyCase("BENEFITS").fits).toEqual(["upper"]);
  });

  it("does not count acronyms and product names as case errors", () => {
    expect(classifyCase("Working with AWS and iOS").fits).toEqual(["title", "sentence"]);
    expect(classifyCase("Working with AWS and iOS apps").fits).toEqual(["sentence"]);
    expect(classifyCase("Experience With AWS and C++").fits).toEqual(["title"]);
    expect(classifyCase("iOS Developer").fits).toEqual(["title"]);
    expect(classifyCase("Build tools on cloud.gov and Login.gov").fits).toEqual(["sentence"]);
    for (const w of ["AWS", "iOS", "C++", "C#", "GitHub", "FedRAMP", "GS-15", "U.S.", "I'll"]) expect(isCaseNeutral(w), w).toBe(true);
    for (const w of ["Requirements", "Full-Time", "about"]) expect(isCaseNeutral(w), w).toBe(false);
  });

  it("lets sentence case capitalise again after a colon, and keep names in it", () => {
    expect(classifyCase("Key objective #1: You will develop a strategy").fits).toEqual(["sentence"]);
    expect(classifyCase("Key objective #1: grow the team").fits).toEqual(["sentence"]);
    expect(classifyCase("Key objective #1: Lead fulfillment of FedRAMP Authorization requirements.").fits).toEqual(["sentence"]);
  });

  it("skips a leading number when it looks for the first word", () => {
    expect(classifyCase("1. Demonstrate excellence in design").fits).toEqual(["sentence"]);
    expect(classifyCase("2. Advance Design Practices").fits).toEqual(["title"]);
  });

  it("reads a template expression as a word with no case of its own", () => {
    expect(classifyCase("{{ page.title }} - GS-{{ page.gs_level }}").fits).toEqual(["upper", "title", "sentence"]);
    expect(classifyCase("{{ page.org }} teams hiring for this role").fits).toEqual(["sentence"]);
  });

  it("knows a heading that opens with a template value has no first word of its own", () => {
    expect(startsWithValue("{{ page.org }} teams hiring")).toBe(true);
    expect(startsWithValue("**{% if x %}Teams")).toBe(true);
    expect(startsWithValue("Teams {{ page.org }}")).toBe(false);
    expect(classifyCase("  teams hiring for this role", true).fits).toEqual(["sentence"]);
    const posting = parsePosting("## Role summary\n\nText.\n\n## {{ page.org }} teams hiring for this role\n\nText.\n", { filePath: "a.md" });
    expect(posting.headings.map((h) => h.case)).toEqual(["sentence", "sentence"]);
  });

  it("calls a heading that starts in lower case lower", () => {
    expect(classifyCase("requirements").case).toBe("lower");
  });
});

describe("case rewriting", () => {
  it("writes sentence case, keeping acronyms, product names and the posting's own names", () => {
    expect(rewriteCase("What You'll Do on AWS", "sentence")).toBe("What you'll do on AWS");
    expect(rewriteCase("Building iOS Apps With GitHub Actions", "sentence")).toBe("Building iOS apps with GitHub actions");
    const names = nameForms([{ text: "Our services are written in Rust." } as never]);
    expect(rewriteCase("Senior Backend Engineer (Rust)", "sentence", names)).toBe("Senior backend engineer (Rust)");
  });

  it("writes Title Case with short function words in lower case", () => {
    expect(rewriteCase("nice to have", "title")).toBe("Nice to Have");
    expect(rewriteCase("Key objective #2: build end-to-end tools for cloud.gov", "title")).toBe("Key Objective #2: Build End-to-End Tools for cloud.gov");
    expect(rewriteCase("Paid time off", "title")).toBe("Paid Time Off");
  });

  it("brings UPPER CASE down, keeping acronyms", () => {
    expect(rewriteCase("BASIC REQUIREMENTS", "title")).toBe("Basic Requirements");
    expect(rewriteCase("HOW TO APPLY", "sentence")).toBe("How to apply");
    expect(rewriteCase("AWS AND SQL SKILLS", "sentence")).toBe("AWS and SQL skills");
    const names = nameForms([{ text: "You will work with ACME tools daily." } as never]);
    expect(rewriteCase("ABOUT ACME", "title", names)).toBe("About ACME");
  });

  it("writes UPPER CASE and leaves markup and template syntax alone", () => {
    expect(rewriteCase("Pay and Benefits", "upper")).toBe("PAY AND BENEFITS");
    expect(rewriteCase("{{ page.org }} Teams Hiring", "sentence")).toBe("{{ page.org }} teams hiring");
  });
});

describe("names the posting writes", () => {
  it("knows mid-sentence capitals and acronyms, not words also written in lower case", () => {
    const names = nameForms([
      { text: "We run Kubernetes on AWS for our clients." },
      { text: "Benefits include dental. Great benefits." },
    ] as never);
    expect(names("kubernetes")).toBe("Kubernetes");
    expect(names("aws")).toBe("AWS");
    expect(names("benefits")).toBeUndefined();
    expect(names("we")).toBeUndefined();
  });

  it("takes a capital at a sentence start as a name only when it comes back", () => {
    const once = nameForms([{ text: "Flagstaff sits at 7,000 feet." }] as never);
    expect(once("flagstaff")).toBeUndefined();
    const twice = nameForms([{ text: "Flagstaff sits at 7,000 feet." }] as never, ["Flagstaff, AZ"]);
    expect(twice("flagstaff")).toBe("Flagstaff");
  });
});

describe("plain-text heading detection", () => {
  it("finds the ATS example's headings; the Key: value line is metadata", () => {
    const posting = parsePosting(ats, { filePath: "ats-posting.txt" });
    expect(posting.headings.map((h) => h.line)).toEqual([2, 6, 19, 23, 27, 29, 31, 33]);
    expect(posting.headings.map((h) => h.indent === "")).toEqual([false, false, false, false, true, false, true, false]);
    expect(posting.metadata.map((f) => f.line)).toEqual([1]);
  });

  it("reads colons, banners and UPPER CASE headings", () => {
    const text = "Job Title: Store Manager\nLocation: Remote\n\n=== JOB DETAILS ===\nWe sell plants.\n\nWHAT YOU NEED\n- Retail experience.\n\nPerks:\n- Staff discount.\n";
    expect(headingsOf(text, "a.txt")).toEqual([
      { line: 4, markup: "banner", level: 1, text: "JOB DETAILS", colon: false },
      { line: 7, markup: "plain", level: 2, text: "WHAT YOU NEED", colon: false },
      { line: 10, markup: "plain", level: 2, text: "Perks", colon: true },
    ]);
  });

  it("takes a first heading that opens the posting as its title", () => {
    const text = "Line Cook\nBrindle Spoon Bistro is hiring.\nWhat You'll Do:\n- Prep.\n";
    expect(headingsOf(text, "a.txt").map((h) => [h.line, h.level])).toEqual([
      [1, 1],
      [3, 2],
    ]);
  });

  it("does not take a sentence or a list item for a heading", () => {
    const text = "Responsibilities\n- Build reports.\nWe value curiosity and care.\n";
    expect(headingsOf(text, "a.txt").map((h) => h.line)).toEqual([1]);
  });
});

describe("Markdown heading detection", () => {
  it("reads ATX, setext and whole-line bold headings", () => {
    const text = "# Developer\n\n## About Us\n\nText.\n\nRequirements\n------------\n\n- React.\n\n**Benefits:**\n\n- Laptop.\n";
    expect(headingsOf(text, "a.md")).toEqual([
      { line: 1, markup: "atx", level: 1, text: "Developer", colon: false },
      { line: 3, markup: "atx", level: 2, text: "About Us", colon: false },
      { line: 7, markup: "setext", level: 2, text: "Requirements", colon: false },
      { line: 12, markup: "bold", level: 7, text: "Benefits", colon: true },
    ]);
  });

  it("never takes a bold label with its value for a heading", () => {
    const text = "## Basic Information\n\n**Location:** Remote\n\n**Salary Range:**\n$100,000 - $120,000\n\n**Who May Apply:**\nEveryone.\n";
    const posting = parsePosting(text, { filePath: "a.md" });
    expect(posting.headings.map((h) => h.line)).toEqual([1]);
    expect(posting.metadata.map((f) => [f.line, f.key])).toEqual([
      [3, "Location"],
      [5, "Salary Range"],
      [8, "Who May Apply"],
    ]);
  });

  it("takes a bold sentence or bold text running into a paragraph for emphasis, not a heading", () => {
    const text = "## Apply\n\n**Expression of interest email must be sent to us with the following information:**\n\n**BASIC REQUIREMENTS**  \nYou must be a citizen.\n\n**Here is a note.**\n";
    expect(headingsOf(text, "a.md").map((h) => h.line)).toEqual([1]);
  });

  it("takes a bold line that opens the posting as its title, above the sections", () => {
    const posting = parsePosting("**HVAC Service Technician**\n\n**About Us**\n\nWe fix furnaces.\n", { filePath: "a.md" });
    expect(posting.headings.map((h) => h.level)).toEqual([1, 7]);
    expect(posting.title?.text).toBe("HVAC Service Technician");
    const section = parsePosting("**About Us**\n\nWe fix furnaces.\n", { filePath: "a.md" });
    expect(section.headings.map((h) => h.level)).toEqual([7]);
  });

  it("ignores headings inside HTML comments and Liquid comment blocks", () => {
    const text = "## Role summary\n\nText.\n\n<!--\n## Duties\n\nHidden.\n-->\n\n{% comment %}\n## Notes\n{% endcomment %}\n";
    expect(headingsOf(text, "a.md").map((h) => h.line)).toEqual([1]);
  });
});
