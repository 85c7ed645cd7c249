import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import { renderRuleDoc } from "../src/docs/rule-doc.js";

describe("generated rule docs", () => {
  for (const rule of builtinRules) {
    it(`docs/rules/${rule.meta.id}.md is up to date with the rule's examples (run \`npm run docs\`)`, () => {
      const page = readFileSync(new URL(`../docs/rules/${rule.meta.id}.md`, import.meta.url), "utf8");
      expect(page).toBe(renderRuleDoc(rule));
    });
  }
});
