import { describe, expect, it } from "vitest";
import { lintText, parsePosting } from "../src/index.js";
import { adversarialTexts, htmlAdversarialTexts } from "./helpers/adversarial.js";

// Every rule at once on each shape: a rule that backtracks or compares all pairs
// would not finish within the test's time-out (no timing is asserted: the
// machines are shared; `npm run bench` reports the slowest rule).
describe("adversarial text at 100 KB lints in linear time", () => {
  for (const [name, text] of adversarialTexts()) {
    for (const filePath of ["shape.txt", "shape.md", "shape.html", "shape.json"]) {
      it(`${name} (${filePath})`, () => {
        const result = lintText(text, { filePath, base: "all" });
        expect(result.messages.filter((m) => m.fatal)).toEqual([]);
      }, 60_000);
    }
  }
});

describe("adversarial HTML and JSON-LD at 100 KB lint in linear time and never crash", () => {
  for (const [name, text] of htmlAdversarialTexts()) {
    for (const filePath of ["shape.html", "shape.json"]) {
      it(`${name} (${filePath})`, () => {
        const result = lintText(text, { filePath, base: "all" });
        expect(result.messages.filter((m) => m.fatal)).toEqual([]);
      }, 60_000);
    }
  }
});

// Spreading a list into push() or Math.max() overflows the call stack past some 120,000 items.
describe("more items than a call takes arguments", () => {
  it("a title of 150,000 level words: every claim read, no rule failure", () => {
    const result = lintText("# " + "Senior ".repeat(150_000) + "Engineer\n\nSome text.\n", { filePath: "title.md" });
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  }, 60_000);

  it("a requirement line of 150,000 years phrases: every fact kept, no rule failure", () => {
    const line = "- " + "3 years of Python, ".repeat(150_000);
    const posting = parsePosting(`# Engineer\n\n## Requirements\n\n${line}\n`, { filePath: "years.md" });
    expect(posting.statements.filter((s) => s.years).length).toBeGreaterThanOrEqual(150_000);
    const result = lintText(`# Engineer\n\n## Requirements\n\n${line}\n`, { filePath: "years.md" });
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  }, 60_000);
});
