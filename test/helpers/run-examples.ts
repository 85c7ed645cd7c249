import { describe, expect, it } from "vitest";
import type { Rule } from "../../src/engine/rule.js";
import { fixText, lintText } from "../../src/index.js";

export const DEFAULT_EXAMPLE_PATH = "example.txt";

/** Lints an example with one rule alone, at its recommended severity (warn when off by default). */
export function lintWithRule(rule: Rule<any>, text: string, filePath = DEFAULT_EXAMPLE_PATH, options?: unknown) {
  const severity = rule.meta.recommended === "off" ? "warn" : rule.meta.recommended;
  const rules = { [rule.meta.id]: options === undefined ? severity : ([severity, options] as [typeof severity, Record<string, unknown>]) };
  return {
    result: lintText(text, { filePath, rules, base: "none" }),
    fix: () => fixText(text, { filePath, rules, base: "none" }),
  };
}

/**
 * Runs a rule's own examples (RuleTester style): valid ones report nothing,
 * invalid ones report exactly the listed messages, and `--fix` gives `output`.
 */
export function runRuleExamples(rule: Rule<any>): void {
  const { id, examples } = rule.meta;
  describe(`rule ${id}: examples`, () => {
    it("has at least one valid and one invalid example", () => {
      expect(examples.valid.length).toBeGreaterThan(0);
      expect(examples.invalid.length).toBeGreaterThan(0);
    });
    for (const [i, example] of examples.valid.entries()) {
      it(`valid: ${example.name ?? `#${i + 1}`}`, () => {
        const { result } = lintWithRule(rule, example.text, example.filePath, example.options);
        expect(result.messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
      });
    }
    for (const [i, example] of examples.invalid.entries()) {
      it(`invalid: ${example.name ?? `#${i + 1}`}`, () => {
        const { result, fix } = lintWithRule(rule, example.text, example.filePath, example.options);
        const actual = result.messages.map((m) => ({
          line: m.line,
          ...(example.messages.some((e) => e.column !== undefined) ? { column: m.column } : {}),
          ...(example.messages.some((e) => e.message !== undefined) ? { message: m.message } : {}),
        }));
        expect(actual).toEqual(example.messages);
        const fixed = fix();
        if (example.output !== undefined) {
          expect(fixed.output).toBe(example.output);
          // A fix must settle: fixing the output again changes nothing.
          expect(lintWithRule(rule, example.output, example.filePath, example.options).fix().output).toBe(example.output);
        } else {
          expect(fixed.fixed).toBe(false);
        }
      });
    }
  });
}
