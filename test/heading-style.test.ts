import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import headingStyle from "../rules/heading-style.js";
import { fixText, lintText } from "../src/index.js";
import { parsePosting } from "../src/posting/parse.js";

const ats = readFileSync(new URL("../examples/ats-posting.txt", import.meta.url), "utf8");

function lint(text: string, filePath: string, options?: Record<string, unknown>) {
  const rules = { "heading-style": options ? (["warn", options] as ["warn", Record<string, unknown>]) : ("warn" as const) };
  return lintText(text, { filePath, rules, base: "none" }).messages;
}

function fix(text: string, filePath: string, options?: Record<string, unknown>) {
  const rules = { "heading-style": options ? (["warn", options] as ["warn", Record<string, unknown>]) : ("warn" as const) };
  return fixText(text, { filePath, rules, base: "none" });
}

const lines = (messages: { line: number }[]) => messages.map((m) => m.line);

describe("heading-style on the ATS example", () => {
  const messages = lint(ats, "ats-posting.txt");

  it("flags the two headings not indented like the others, and nothing else (line 1 is metadata)", () => {
    expect(lines(messages)).toEqual([27, 31]);
    expect(messages[0]!.message).toBe("Heading is not indented; the dominant style is indented with 2 tabs");
  });

  it("offers no fix: it would have to insert tabs", () => {
    expect(messages.every((m) => m.fix === undefined)).toBe(true);
    expect(fix(ats, "ats-posting.txt").fixed).toBe(false);
  });

  it("agrees with no-stray-tabs once the tabs are gone", () => {
    const fixed = fixText(ats, { filePath: "ats-posting.txt", rules: { "no-stray-tabs": "warn", "heading-style": "warn" }, base: "none" });
    expect(fixed.messages.filter((m) => m.ruleId === "heading-style")).toEqual([]);
  });
});

describe("heading-style in Markdown", () => {
  it("flags '#' then '###' and fixes the level", () => {
    const text = "# Engineer\n\n### What You'll Do\n\n- Build.\n\n## Requirements\n\n- Go.\n";
    expect(lint(text, "a.md").map((m) => [m.line, m.message])).toEqual([[3, "Heading level jumps from '#' to '###'; use '##'"]]);
    expect(fix(text, "a.md").output).toBe(text.replace("### What", "## What"));
  });

  it("fixes a jump with sub-headings below it one level at a time", () => {
    const text = "## Qualifications\n\n#### Required\n\n- Go.\n\n#### Preferred\n\n- Rust.\n";
    expect(lines(lint(text, "a.md"))).toEqual([3]);
    expect(fix(text, "a.md").output).toBe("## Qualifications\n\n### Required\n\n- Go.\n\n### Preferred\n\n- Rust.\n");
  });

  it("flags bold-line headings among ATX headings, and ATX headings among bold lines", () => {
    const atx = "## About Us\n\nText.\n\n**Requirements**\n\n- Go.\n\n## Benefits\n\n- Pay.\n\n## How to Apply\n\nMail us.\n";
    expect(lines(lint(atx, "a.md"))).toEqual([5]);
    const bold = "**About Us**\n\nText.\n\n## Requirements\n\n- Go.\n\n**Benefits**\n\n- Pay.\n\n**How to Apply**\n\nMail us.\n";
    expect(lines(lint(bold, "a.md"))).toEqual([5]);
    expect(fix(bold, "a.md").output).toBe(bold.replace("## Requirements", "**Requirements**"));
  });

  it("converts a bold line to ATX one level below a heading that has no text of its own", () => {
    const text = "# Engineer\n\n## Qualifications\n\n**Required**\n\n- Go.\n\n## About Us\n\nText.\n\n## Benefits\n\n- Pay.\n";
    expect(fix(text, "a.md").output).toBe(text.replace("**Required**", "### Required"));
  });

  it("converts a bold line to ATX at the level of the heading above when that one has text or metadata of its own", () => {
    const text = "# Engineer\n\n## About Us\n\n**Location:** Remote\n\n**Requirements**\n\n- Go.\n\n## Benefits\n\n- Pay.\n\n## How to Apply\n\nMail us.\n";
    expect(fix(text, "a.md").output).toBe(text.replace("**Requirements**", "## Requirements"));
  });

  it("does not convert an ATX heading to a bold line where it would join a paragraph", () => {
    const text = "**About Us**\n\nText.\n\n**Perks**\n\nFree lunch.\n\n**Benefits**\n\n- Pay.\nMore text.\n## Requirements\n- Go.\n";
    const [message] = lint(text, "a.md");
    expect(message?.line).toBe(13);
    expect(message?.fix).toBeUndefined();
  });

  it("accepts ATX for the levels setext cannot write", () => {
    const text = "Developer\n=========\n\nAbout Us\n--------\n\nText.\n\n### Our Office\n\nText.\n\nRequirements\n------------\n\n- Go.\n\nBenefits\n--------\n\n- Pay.\n";
    expect(lint(text, "a.md")).toEqual([]);
  });

  it("never takes '**Location:** Remote' for a heading", () => {
    const text = "## About Us\n\n**Location:** Remote\n\n**Salary:**\n$100k\n\n## Requirements\n\n- Go.\n\n## Benefits\n\n- Pay.\n";
    expect(lint(text, "a.md")).toEqual([]);
  });

  it("leaves a near tie alone", () => {
    const text = "## About us\n\nText.\n\n## What you'll do\n\nText.\n\n## Nice to Have\n\nText.\n\n## Benefits and Perks\n\nText.\n\n## How to apply\n\nText.\n";
    // sentence 3, Title 2: no clear majority
    expect(lint(text, "a.md")).toEqual([]);
  });

  it("needs the case majority to hold without the bold-line headings too", () => {
    const text =
      "## Role Summary\n\nText.\n\n## Key Objectives\n\nText.\n\n**Quick note on travel**\n\nText.\n\n**How it will work**\n\nText.\n\n**What we expect**\n\nText.\n\n## Basic information\n\nText.\n";
    // All headings: sentence 4 vs Title 2; ATX alone: Title 2 vs sentence 1. Markup: 3 ATX vs 3 bold.
    expect(lint(text, "a.md")).toEqual([]);
  });

  it("judges the title apart from the section headings", () => {
    const text = "# Senior Data Engineer\n\n## About us\n\nText.\n\n## What you'll do\n\nText.\n\n## How to apply\n\nText.\n";
    expect(lint(text, "a.md")).toEqual([]);
  });
});

describe("heading-style options", () => {
  const posting =
    "# Senior Backend Engineer (Rust)\n\nOur ledger is written in Rust and runs on AWS.\n\n## What You'll Do\n\n- Build services.\n\n## Working With AWS and iOS Teams\n\n- Ship.\n\n## Nice to Have\n\n- C++.\n\n## Benefits\n\n- Pay.\n";

  it("rewrites every Title Case heading to a configured sentence case, keeping acronyms and names", () => {
    const result = fix(posting, "a.md", { case: "sentence" });
    expect(result.output).toBe(
      "# Senior backend engineer (Rust)\n\nOur ledger is written in Rust and runs on AWS.\n\n## What you'll do\n\n- Build services.\n\n## Working with AWS and iOS teams\n\n- Ship.\n\n## Nice to have\n\n- C++.\n\n## Benefits\n\n- Pay.\n",
    );
    expect(result.messages).toEqual([]);
  });

  it("adds a configured colon and converts to a configured markup", () => {
    const text = "## About Us\n\nText.\n\n**Requirements**\n\n- Go.\n";
    expect(fix(text, "a.md", { colon: true, markup: "atx" }).output).toBe("## About Us:\n\nText.\n\n## Requirements:\n\n- Go.\n");
  });

  it("ignores a configured markup the format does not have", () => {
    expect(lint("Responsibilities\n- Build.\n\nRequirements\n- Go.\n", "a.txt", { markup: "atx" })).toEqual([]);
  });

  it("fixes UPPER CASE to configured Title Case in plain text", () => {
    const text = "ABOUT US\nWe sell plants.\n\nHOW TO APPLY\n- Visit a store.\n";
    expect(fix(text, "a.txt", { case: "title" }).output).toBe("About Us\nWe sell plants.\n\nHow to Apply\n- Visit a store.\n");
  });
});

describe("heading-style in plain text", () => {
  it("removes the tab of a heading indented where the others are not", () => {
    const text = "About Us:\nText.\n\nResponsibilities:\n- Build.\n\nRequirements:\n- Go.\n\n\tBenefits:\n- Pay.\n";
    const messages = lint(text, "a.txt");
    expect(messages.map((m) => [m.line, m.message])).toEqual([[10, "Heading is indented with 1 tab; the dominant style is not indented"]]);
    expect(fix(text, "a.txt").output).toBe(text.replace("\tBenefits", "Benefits"));
  });

  it("names every part that deviates in one finding", () => {
    const text = "ABOUT US\nText.\n\nWHAT YOU'LL DO\n- Lead.\n\nWHAT YOU NEED\n- Retail.\n\n  Pay and Benefits:\n- Pay.\n";
    const messages = lint(text, "a.txt");
    expect(messages.map((m) => m.message)).toEqual([
      "Heading is in Title Case, ends with a colon and is indented with 2 spaces; the dominant style is UPPER CASE, no trailing colon and not indented",
    ]);
    expect(fix(text, "a.txt").output).toBe(text.replace("  Pay and Benefits:", "PAY AND BENEFITS"));
  });

  it("converts a plain heading among banners to a banner", () => {
    const text = "=== ABOUT US ===\nText.\n\n=== RESPONSIBILITIES ===\n- Build.\n\nREQUIREMENTS\n- Go.\n";
    expect(fix(text, "a.txt").output).toBe("=== ABOUT US ===\nText.\n\n=== RESPONSIBILITIES ===\n- Build.\n\n=== REQUIREMENTS ===\n- Go.\n");
  });
});

describe("heading-style stays linear", () => {
  /** Runs the rule alone on an already parsed posting: quadratic work would not finish within the time-out (speed is `npm run bench`'s business). */
  function runRule(text: string, filePath: string, options: Record<string, unknown> = {}) {
    const posting = parsePosting(text, { filePath });
    let findings = 0;
    headingStyle.create({ id: "heading-style", posting, options, settings: {}, filePath, format: posting.format, report: () => findings++ });
    return { findings };
  }

  it("handles a 1 MB single-line heading", () => {
    const long = "# " + "Word {{ ".repeat(130_000) + "\n\n## About Us\n\nText.\n\n## Nice to have\n\nText.\n";
    expect(() => runRule(long, "a.md", { case: "sentence", colon: true })).not.toThrow();
  });

  it("handles many headings", () => {
    const parts: string[] = [];
    for (let i = 0; i < 6_000; i++) parts.push(i % 3 === 1 ? `**Bold Part ${i}**\n\nText.\n` : `## Section Part ${i}\n\nText.\n`);
    const { findings } = runRule(parts.join("\n"), "a.md");
    expect(findings).toBe(2000);
  });

  it("handles many plain-text headings with a case to rewrite", () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `Heading Number ${i}:\nText line.\n`).join("\n");
    const { findings } = runRule(text, "a.txt", { case: "sentence", colon: false });
    expect(findings).toBe(20_000);
  });
});

describe("names in the front matter", () => {
  it("reads names from front-matter values as from prose: 'About Lanternfish' is sentence case when the description names it", () => {
    const text = '---\ntitle: Mobile Developer\ndescription: "Build the Lanternfish app for anglers."\n---\n\n## About Lanternfish\n\nLanternfish makes a tide app.\n\n## What you\'ll do\n\n- Build features.\n\n## Nice to have\n\n- Kotlin.\n';
    expect(lint(text, "job.md")).toEqual([]);
    // Without the description, one capital at a sentence start is no evidence of a name.
    expect(lines(lint(text.replace("Build the Lanternfish app", "Build the app"), "job.md"))).toEqual([6]);
  });
});
