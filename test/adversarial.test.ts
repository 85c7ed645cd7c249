import { describe, expect, it } from "vitest";
import { lintText } from "../src/index.js";
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
