import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixText, lintText } from "../src/index.js";

const ATS = readFileSync(new URL("../examples/ats-posting.txt", import.meta.url), "utf8");
const RULES = { "experience-contradiction": "error", "no-duplicate-lines": "warn" } as const;

function findings(text: string, filePath: string, rule: keyof typeof RULES) {
  return lintText(text, { filePath, base: "none", rules: { [rule]: RULES[rule] } }).messages;
}

describe("the ATS example (examples/ats-posting.txt)", () => {
  it("experience-contradiction: the 2+ lines against the 10+ ones, nothing on Systems Engineering (line 30)", () => {
    const lines = findings(ATS, "ats-posting.txt", "experience-contradiction").map((m) => m.line);
    expect(lines).toEqual(expect.arrayContaining([21, 22]));
    expect(lines.every((l) => [21, 22, 25, 26].includes(l))).toBe(true);
    expect(lines).not.toContain(30);
  });

  it("experience-contradiction names the other line", () => {
    const byLine = new Map(findings(ATS, "ats-posting.txt", "experience-contradiction").map((m) => [m.line, m.message]));
    expect(byLine.get(21)).toBe("2+ years of software engineering here, 10+ at line 4");
    expect(byLine.get(22)).toBe("2+ years of programming languages here, 10+ at line 5");
  });

  it("no-duplicate-lines: 20, 24, 25, 26 and the reordered degree line 28, each naming the first", () => {
    const messages = findings(ATS, "ats-posting.txt", "no-duplicate-lines").map((m) => `${m.line}: ${m.message}`);
    expect(messages).toEqual(["20: Duplicate of line 3", "24: Duplicate of line 3", "25: Duplicate of line 4", "26: Duplicate of line 5", "28: Duplicate of line 3"]);
  });

  it("--fix removes none of them: the copies stand in other sections, so removal is only suggested", () => {
    const messages = findings(ATS, "ats-posting.txt", "no-duplicate-lines");
    expect(messages.filter((m) => m.fix)).toEqual([]);
    expect(messages.filter((m) => m.line !== 28).every((m) => m.suggestions?.length === 1)).toBe(true);
    const fixed = fixText(ATS, { filePath: "ats-posting.txt", base: "none", rules: RULES });
    expect(fixed.output).toBe(ATS);
  });
});

describe("no-duplicate-lines fixes", () => {
  it("removes only the copy in the same section, and a second pass finds nothing", () => {
    const text = "Requirements\n- Strong SQL and Python skills.\n- Strong SQL and Python skills.\n\nPreferred Qualifications\n- Strong SQL and Python skills.\n";
    const fixed = fixText(text, { filePath: "x.txt", base: "none", rules: { "no-duplicate-lines": "warn" } });
    expect(fixed.output).toBe("Requirements\n- Strong SQL and Python skills.\n\nPreferred Qualifications\n- Strong SQL and Python skills.\n");
    expect(fixed.messages.map((m) => [m.line, m.message, m.fix === undefined])).toEqual([[5, "Duplicate of line 2", true]]);
  });

  it("a copy that differs in more than white space or marker is not removed, even in the same section", () => {
    const text = "Requirements\n- Strong SQL and Python skills.\n* strong SQL and Python skills\n";
    const [message] = findings(text, "x.txt", "no-duplicate-lines");
    expect(message?.line).toBe(3);
    expect(message?.fix).toBeUndefined();
    expect(message?.suggestions?.[0]?.fix.range).toEqual([text.indexOf("* strong"), text.length]);
  });

  it("keeps a file without a final newline without one", () => {
    const text = "Requirements\n- Strong SQL and Python skills.\n- Strong SQL and Python skills.";
    const fixed = fixText(text, { filePath: "x.txt", base: "none", rules: { "no-duplicate-lines": "warn" } });
    expect(fixed.output).toBe("Requirements\n- Strong SQL and Python skills.");
  });
});

describe("linear time", () => {
  // Plain text keeps the Markdown parser's own cost out of the measurement.
  it("lints a 1 MB single line and 40,000 repeated lines quickly", { timeout: 60_000 }, () => {
    const unit = "Bachelor's degree in A, B, or C and 4+ years of experience in design, OR **see [x](y)** {{ z }} ";
    const line = unit.repeat(Math.ceil((1 << 20) / unit.length));
    const lines = "- Strong SQL and Python skills.\n".repeat(40_000);
    lintText(line, { filePath: "x.txt", base: "none", rules: RULES });
    const repeated = findings(lines, "x.txt", "no-duplicate-lines");
    expect(repeated).toHaveLength(39_999);
  });
});
