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

describe("generated configuration files", () => {
  it("schema/jobpostlintrc.schema.json is up to date with the rules (run `npm run docs`)", async () => {
    const { configJsonSchema } = await import("../src/config/json-schema.js");
    const schema = JSON.parse(readFileSync(new URL("../schema/jobpostlintrc.schema.json", import.meta.url), "utf8"));
    expect(schema).toEqual(configJsonSchema(builtinRules));
  });

  it(".jobpostlintrc.example is up to date with the rules (run `npm run docs`)", async () => {
    const { renderExampleConfig } = await import("../src/config/example.js");
    expect(readFileSync(new URL("../.jobpostlintrc.example", import.meta.url), "utf8")).toBe(renderExampleConfig(builtinRules));
  });

  it("the schema accepts the example configuration and rejects a bad severity", async () => {
    const { Ajv } = await import("ajv");
    const yaml = (await import("js-yaml")).default;
    const schema = JSON.parse(readFileSync(new URL("../schema/jobpostlintrc.schema.json", import.meta.url), "utf8"));
    const validate = new Ajv({ strict: false }).compile(schema);
    const example = yaml.load(readFileSync(new URL("../.jobpostlintrc.example", import.meta.url), "utf8"));
    expect(validate(example)).toBe(true);
    expect(validate({ rules: { "no-stray-tabs": "loud" } })).toBe(false);
  });
});
