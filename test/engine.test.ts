import { describe, expect, it } from "vitest";
import { applyFixes } from "../src/engine/fix.js";
import { removeLines, replaceRange } from "../src/engine/fixer.js";
import type { LintMessage } from "../src/engine/messages.js";
import { defineRule, type Rule } from "../src/engine/rule.js";
import { fixText, lintText } from "../src/index.js";

function message(range: [number, number], text: string): LintMessage {
  return { ruleId: "x", severity: 1, message: "m", line: 1, column: 1, endLine: 1, endColumn: 1, fix: { range, text } };
}

/** A test rule replacing every occurrence of `from` with `to`. */
function replacer(id: string, from: string, to: string): Rule {
  return defineRule({
    meta: { id, description: id, category: "formatting", recommended: "warn", fixable: true, examples: { valid: [], invalid: [] } },
    create(context) {
      const { text } = context.posting;
      for (let i = text.indexOf(from); i >= 0; i = text.indexOf(from, i + from.length)) {
        context.report({ message: `${from} -> ${to}`, range: { start: i, end: i + from.length }, fix: replaceRange({ start: i, end: i + from.length }, to) });
      }
    },
  });
}

function only(rules: Record<string, Rule>) {
  return { base: "none" as const, extraRules: rules, rules: Object.fromEntries(Object.keys(rules).map((id) => [id, "warn" as const])) };
}

describe("applyFixes (ESLint's SourceCodeFixer)", () => {
  it("applies sorted, separate fixes and copies everything else", () => {
    const out = applyFixes("abcdef", [message([4, 5], "E"), message([0, 1], "A")]);
    expect(out.output).toBe("AbcdEf");
    expect(out.remaining).toHaveLength(0);
  });

  it("leaves overlapping and touching fixes for the next pass", () => {
    const out = applyFixes("abcdef", [message([0, 2], "X"), message([1, 3], "Y"), message([2, 4], "Z")]);
    expect(out.output).toBe("Xcdef");
    expect(out.remaining.map((m) => m.fix!.text)).toEqual(["Y", "Z"]);
  });
});

describe("multipass fixing", () => {
  it("re-lints and fixes again until nothing is left (at most ten passes)", () => {
    // "aa" -> "a" needs several passes on "aaaa" because adjacent fixes touch.
    const result = fixText("aaaa", only({ shrink: replacer("shrink", "aa", "a") }));
    expect(result.output).toBe("a");
    expect(result.messages).toEqual([]);
  });

  it("detects a cycle between two rules and says so", () => {
    const result = fixText("x", only({ ab: replacer("ab", "x", "y"), ba: replacer("ba", "y", "x") }));
    expect(result.warning).toMatch(/circular fixes/);
    expect(["x", "y"]).toContain(result.output);
  });

  it("keeps the BOM, CRLF endings and the missing final newline", () => {
    const text = "\uFEFFfoo\r\nbar\r\nfoo";
    const result = fixText(text, only({ r: replacer("r", "foo", "baz") }));
    expect(result.output).toBe("\uFEFFbaz\r\nbar\r\nbaz");
  });

  it("writes a fix's line break as the line's own ending", () => {
    const splitter = defineRule({
      meta: { id: "split", description: "", category: "formatting", recommended: "warn", fixable: true, examples: { valid: [], invalid: [] } },
      create(context) {
        const i = context.posting.text.indexOf(";");
        if (i >= 0) context.report({ message: "split", range: { start: i, end: i + 1 }, fix: replaceRange({ start: i, end: i + 1 }, "\n") });
      },
    });
    expect(fixText("a;b\r\nc\r\n", only({ split: splitter })).output).toBe("a\r\nb\r\nc\r\n");
  });

  it("removes a last line without adding or losing the final newline", () => {
    const dropLast = defineRule({
      meta: { id: "drop", description: "", category: "formatting", recommended: "warn", fixable: true, examples: { valid: [], invalid: [] } },
      create(context) {
        const { lines } = context.posting;
        const last = lines[lines.length - 1]!;
        if (last.text === "dup") context.report({ message: "dup", loc: { line: last.number }, fix: removeLines(context.posting, last.number, last.number) });
      },
    });
    expect(fixText("a\r\ndup", only({ drop: dropLast })).output).toBe("a");
    expect(fixText("a\ndup\n", only({ drop: dropLast })).output).toBe("a\n");
  });

  it("refuses a rule that reports a fix without meta.fixable (a fatal message against the rule)", () => {
    const sneaky = defineRule({
      meta: { id: "sneaky", description: "", category: "formatting", recommended: "warn", examples: { valid: [], invalid: [] } },
      create(context) {
        context.report({ message: "m", loc: { line: 1 }, fix: replaceRange({ start: 0, end: 0 }, "x") });
      },
    });
    const [failure] = lintText("a", only({ sneaky })).messages;
    expect(failure).toMatchObject({ ruleId: "sneaky", fatal: true, severity: 2 });
    expect(failure!.message).toMatch(/meta\.fixable/);
  });
});

describe("a plugin's malformed fix", () => {
  it.each([
    ["no text", { range: [0, 0] }, "fix text is undefined, not a string"],
    ["a number for text", { range: [0, 0], text: 42 }, "fix text is number, not a string"],
    ["no range", { text: "x" }, "fix has no range [start, end]"],
  ])("%s: a fatal message against the rule, and the text untouched", (_, fix, why) => {
    const careless = defineRule({
      meta: { id: "careless", description: "", category: "formatting", recommended: "warn", fixable: true, examples: { valid: [], invalid: [] } },
      create(context) {
        context.report({ message: "m", loc: { line: 1 }, fix: fix as never });
      },
    });
    const result = fixText("Requirements\n", only({ careless }));
    expect(result.output ?? "Requirements\n").toBe("Requirements\n");
    const [failure] = result.messages;
    expect(failure).toMatchObject({ ruleId: "careless", fatal: true, severity: 2 });
    expect(failure!.message).toContain(why);
  });
});

describe("inline directives", () => {
  const tabs = "\tone\n\ttwo\n\tthree\n\tfour\n";
  const lines = (text: string, filePath = "x.txt") =>
    lintText(text, { filePath, base: "none", rules: { "no-stray-tabs": "warn" } }).messages.map((m) => m.line);

  it("disable-line and disable-next-line turn a rule off on one line", () => {
    expect(lines("\tone <!-- jobpostlint-disable-line no-stray-tabs -->\n\ttwo\n")).toEqual([2]);
    expect(lines("<!-- jobpostlint-disable-next-line -->\n\tone\n\ttwo\n")).toEqual([3]);
  });

  it("disable and enable bracket a region, per rule or for all", () => {
    const text = `\tone\n<!-- jobpostlint-disable no-stray-tabs -- pasted legacy text -->\n\ttwo\n<!-- jobpostlint-enable no-stray-tabs -->\n\tthree\n`;
    expect(lines(text)).toEqual([1, 5]);
    expect(lines(`<!-- jobpostlint-disable -->\n${tabs}`)).toEqual([]);
    expect(lines(`<!-- jobpostlint-disable other-rule -->\n${tabs}`)).toEqual([2, 3, 4, 5]);
  });

  it("keeps suppressed messages with the justification, and works in Markdown", () => {
    const result = lintText("Role text\n\n<!-- jobpostlint-disable-next-line no-stray-tabs -- from the ATS -->\nA\tB\n", {
      filePath: "x.md",
      base: "none",
      rules: { "no-stray-tabs": "warn" },
    });
    expect(result.messages).toEqual([]);
    expect(result.suppressedMessages.map((m) => m.suppressions)).toEqual([[{ kind: "directive", justification: "from the ATS" }]]);
  });

  it("reports unused directives when asked", () => {
    const result = lintText("<!-- jobpostlint-disable-next-line no-stray-tabs -->\nclean line\n", {
      filePath: "x.txt",
      base: "none",
      rules: { "no-stray-tabs": "warn" },
      reportUnusedDisableDirectives: 1,
    });
    expect(result.messages.map((m) => [m.ruleId, m.line, m.message])).toEqual([
      [null, 1, "Unused jobpostlint-disable-next-line directive (no problems were reported from 'no-stray-tabs')."],
    ]);
  });
});

describe("a rule that throws", () => {
  it("is reported against its id while the other rules' findings stay", () => {
    const broken = defineRule({
      meta: { id: "broken", description: "", category: "structure", recommended: "error", examples: { valid: [], invalid: [] } },
      create(context) {
        context.report({ message: "partial finding that must not survive", loc: { line: 1 } });
        throw new Error("boom");
      },
    });
    const result = lintText("A\tB\n", { base: "none", extraRules: { broken }, rules: { broken: "error", "no-stray-tabs": "warn" }, filePath: "x.txt" });
    expect(result.messages.map((m) => [m.ruleId, m.fatal ?? false, m.message])).toEqual([
      ["broken", true, "rule 'broken' failed: boom"],
      ["no-stray-tabs", false, "Tab between words: use one space"],
    ]);
    expect(result.fatalErrorCount).toBe(1);
  });
});
