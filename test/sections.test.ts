import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePosting } from "../src/posting/parse.js";
import { sectionKindOf } from "../src/posting/section-kind.js";

const ats = readFileSync(new URL("../examples/ats-posting.txt", import.meta.url), "utf8");

describe("section kinds", () => {
  it.each([
    ["Responsibilities", "responsibilities"],
    ["What You'll Do", "responsibilities"],
    ["Minimum Qualifications", "required"],
    ["Preferred Qualifications", "preferred"],
    ["Nice to Have", "preferred"],
    ["Desired Skills and Aptitudes", "preferred"],
    ["Education Requirements", "required"],
    ["Education", "education"],
    ["Work Experience", "experience"],
    ["Skills", "skills"],
    ["Pay and Benefits", "compensation"],
    ["About Us", "about"],
    ["General Summary", "summary"],
    ["How to Apply", "other"],
    ["Basic Qualifications", "required"],
    ["Basic Skills", "required"],
    ["Basic Information", "other"],
    ["The Basics", "other"],
    ["What you'll bring", "required"],
    ["Your Profile", "required"],
    ["About you", "required"],
    ["Your Tasks", "responsibilities"],
    ["What you'll work on", "responsibilities"],
    ["Tell us about you", "about"],
    ["A bit about you", "required"],
    ["Your tasks in this role", "responsibilities"],
    ["Your Key Tasks", "responsibilities"],
    ["Keep your profile up to date", "other"],
  ])("%s is %s", (heading, kind) => {
    expect(sectionKindOf(heading)).toBe(kind);
  });
});

describe("plain-text posting model (the ATS example)", () => {
  const posting = parsePosting(ats, { filePath: "ats-posting.txt" });

  it("reads a .txt file as plain text", () => {
    expect(posting.format).toBe("text");
  });

  it("finds the section headings, and line 1 is metadata", () => {
    expect(posting.headings.map((h) => h.line)).toEqual([2, 6, 19, 23, 27, 29, 31, 33]);
    expect(posting.metadata.map((f) => [f.line, f.key])).toEqual([[1, "Job Area"]]);
  });

  it("remembers each heading's indentation", () => {
    const indents = Object.fromEntries(posting.headings.map((h) => [h.line, h.indent]));
    expect(indents[27]).toBe("");
    expect(indents[31]).toBe("");
    expect(indents[2]).toBe("\t\t");
  });

  it("gives sections their kinds and items", () => {
    const byLine = Object.fromEntries(posting.sections.map((s) => [s.heading?.line ?? 0, s]));
    expect(byLine[19]!.kind).toBe("required");
    expect(byLine[33]!.kind).toBe("preferred");
    expect(byLine[19]!.items.map((i) => i.line)).toEqual([20, 21, 22]);
    expect(posting.items.find((i) => i.line === 18)!.text).toMatch(/^Excellent communication/);
  });
});

describe("Markdown posting model", () => {
  const md = [
    "---",
    "title: Senior Data Engineer",
    "salary_min: 140000",
    "---",
    "# Senior Data Engineer",
    "",
    "**Location:** Remote",
    "",
    "## Requirements",
    "",
    "- 5+ years of experience with SQL.",
    "\t- nested with a tab",
    "",
    "**Nice to have**",
    "",
    "- Airflow. Use `make\tall` here.",
    "",
    "<!-- ## Hidden heading -->",
    "{% comment %}",
    "## Also hidden",
    "{% endcomment %}",
  ].join("\n");
  const posting = parsePosting(md, { filePath: "posting.md" });

  it("keeps front matter out of the headings and reads its fields", () => {
    expect(posting.frontMatter?.data.salary_min).toBe("140000");
    expect(posting.title?.text).toBe("Senior Data Engineer");
  });

  it("finds ATX and bold-line headings, not labels, comments or template blocks", () => {
    expect(posting.headings.map((h) => [h.line, h.markup, h.text])).toEqual([
      [5, "atx", "Senior Data Engineer"],
      [9, "atx", "Requirements"],
      [14, "bold", "Nice to have"],
    ]);
    expect(posting.metadata.map((f) => [f.key, f.value])).toEqual([["Location", "Remote"]]);
  });

  it("nests sections and gives a bold pseudo-heading its own kind", () => {
    const kinds = posting.sections.map((s) => [s.heading?.text, s.kind, s.parent?.heading?.text]);
    expect(kinds).toEqual([
      ["Senior Data Engineer", "other", undefined],
      ["Requirements", "required", "Senior Data Engineer"],
      ["Nice to have", "preferred", "Requirements"],
    ]);
  });

  it("treats nested-list indentation as structure and code as non-prose", () => {
    const tabOffset = md.indexOf("\t- nested");
    expect(posting.structuralIndent.some((r) => r.start <= tabOffset && tabOffset < r.end)).toBe(true);
    const codeTab = md.indexOf("make\tall") + 4;
    expect(posting.nonProse.some((r) => r.start <= codeTab && codeTab < r.end)).toBe(true);
    expect(posting.prose.some((r) => r.start <= codeTab && codeTab < r.end)).toBe(false);
  });

  it("does not turn a tab-indented line into code", () => {
    const p = parsePosting("Intro paragraph.\n\n\tIndented prose line.\n", { filePath: "x.md" });
    expect(p.items.map((i) => i.text)).toEqual(["Intro paragraph.", "Indented prose line."]);
  });
});

describe("front matter a site generator would not read", () => {
  it("fields and comments closed by '---' with no opening one are front matter, marked unopened", () => {
    const text = "# The posting's title, in quotes\ntitle: \"TTS: Engineer\"\nmax applications: 0\nsalary_min: 120000\n# the end\n---\n\n## Role summary\n\nBuild things.\n";
    const posting = parsePosting(text, { filePath: "posting.md" });
    expect(posting.frontMatter).toMatchObject({ problem: "unopened", data: { title: "TTS: Engineer", salary_min: "120000" } });
    // The YAML comments are no headings: only the body's.
    expect(posting.headings.map((h) => h.text)).toEqual(["Role summary"]);
  });

  it("an opening '---' never closed ends at its last field", () => {
    const text = "---\ntitle: Data Engineer\nlocation: Remote\n\nWe move data.\n";
    const posting = parsePosting(text, { filePath: "posting.md" });
    expect(posting.frontMatter).toMatchObject({ problem: "unclosed", range: { start: 0, end: text.indexOf("\n\n") + 1 }, data: { title: "Data Engineer" } });
  });

  it("an unclosed block ends at the first blank line: the posting's heading and list after it stay Markdown", () => {
    const text = "---\ntitle: Data Engineer\nlocation: Remote\n\n# Data Engineer\n\n## Requirements\n\n- 10+ years of experience with Rust.\n";
    const posting = parsePosting(text, { filePath: "posting.md" });
    expect(posting.frontMatter?.range.end).toBe(text.indexOf("\n\n") + 1);
    expect(posting.headings.map((h) => h.text)).toEqual(["Data Engineer", "Requirements"]);
  });

  it("Markdown that merely looks like YAML is not: a heading, Key: value lines and a thematic break", () => {
    for (const text of ["# Data Engineer\n\nLocation: Remote\nTeam: Platform\n\n---\n\nWe move data.\n", "# Title\nteam: platform\n---\nText.\n", "---\n\nWe move data.\n"]) {
      expect(parsePosting(text, { filePath: "posting.md" }).frontMatter, text).toBeUndefined();
    }
  });
});
