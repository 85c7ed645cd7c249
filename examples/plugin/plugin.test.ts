// The example plugin's own test: its rules' examples, run through the public
// API as a published plugin would (there: `import { lintText } from "jobpostlint"`).
import { describe, expect, it } from "vitest";
import { fixText, lintText } from "../../src/index.js";
import plugin from "./index.js";

const extraRules = Object.fromEntries(Object.entries(plugin.rules).map(([id, rule]) => [`example/${id}`, rule]));

describe("jobpostlint-plugin-example", () => {
  for (const [id, rule] of Object.entries(plugin.rules)) {
    const ruleId = `example/${id}`;
    const options = { base: "none" as const, extraRules, rules: { [ruleId]: "warn" as const } };
    for (const example of rule.meta.examples.valid) {
      it(`${ruleId} accepts ${JSON.stringify(example.text)}`, () => {
        expect(lintText(example.text, options).messages).toEqual([]);
      });
    }
    for (const example of rule.meta.examples.invalid) {
      it(`${ruleId} flags ${JSON.stringify(example.text)}`, () => {
        const { messages } = lintText(example.text, options);
        expect(messages.map((m) => ({ line: m.line, message: m.message }))).toEqual(example.messages.map((m) => ({ line: m.line, message: m.message })));
        if ("output" in example) expect(fixText(example.text, options).output).toBe(example.output);
      });
    }
  }

  it("its recommended preset names only its own rules", () => {
    expect(Object.keys(plugin.configs.recommended.rules).every((id) => id in plugin.rules)).toBe(true);
  });
});
