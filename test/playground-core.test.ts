import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintRequest, Positions, ruleCatalogue } from "../playground/src/lint-core.js";
import type { Edit, LintRequest } from "../playground/src/protocol.js";
import { scoreCategories } from "../playground/src/scores.js";
import { configFileText, optionsOf, rulesOn, severityOf, withOptions, withSeverity } from "../playground/src/settings.js";
import { decodeState, encodeState, type PageState } from "../playground/src/share-state.js";
import { minimalChange } from "../playground/src/text-change.js";
import { builtinRules } from "../rules/index.js";
import { lintSource } from "../src/engine/lint-source.js";
import { resolveRules } from "../src/engine/rules-config.js";

/** The web playground's logic without a browser: the worker's linting core, the link, the settings, the scores. */

const example = readFileSync(new URL("../examples/ats-posting.txt", import.meta.url), "utf8");
const catalogue = ruleCatalogue();
const rule = (id: string) => catalogue.find((r) => r.id === id)!;

function request(text: string, extra: Partial<LintRequest> = {}): LintRequest {
  return { kind: "lint", id: 1, text, format: "auto", rules: {}, fix: false, ...extra };
}

function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}

describe("playground linting core", () => {
  it("reports what the engine reports, with offsets that point at the same text", () => {
    const response = lintRequest(request(example));
    const engine = lintSource(example, { rules: resolveRules(new Map(builtinRules.map((r) => [r.meta.id, r]))), filePath: "posting.txt" });
    expect(response.format).toBe("text");
    expect(response.findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual(engine.messages.map((m) => [m.ruleId, m.line, m.column, m.message]));
    const contradiction = response.findings.find((f) => f.ruleId === "experience-contradiction" && f.line === 21)!;
    expect(example.slice(contradiction.from, contradiction.to)).toBe("2+ years");
    expect(contradiction.category).toBe("headline");
    expect(contradiction.docsUrl).toMatch(/\/docs\/rules\/experience-contradiction\.md$/);
  });

  it("shifts every position past a BOM, which the editor holds as a character", () => {
    const text = "\uFEFFRequirements\n\t10+ years of experience in Python.\n";
    const tab = lintRequest(request(text)).findings.find((f) => f.ruleId === "no-stray-tabs")!;
    expect(text.slice(tab.from, tab.to)).toBe("\t");
    expect(applyEdit(text, tab.fix!)).toBe("\uFEFFRequirements\n10+ years of experience in Python.\n");
    const positions = new Positions("\uFEFFab\ncd");
    expect(positions.offset(1, 1)).toBe(1);
    expect(positions.offset(2, 2)).toBe(5);
    expect(positions.offset(9, 99)).toBe(6);
  });

  it("fixes all with the engine's multipass fixer and reports what is left in the fixed text", () => {
    const response = lintRequest(request(example, { fix: true }));
    expect(response.output).toBe(lintSource(example, { rules: resolveRules(new Map(builtinRules.map((r) => [r.meta.id, r]))), filePath: "posting.txt", fix: true }).output);
    expect(response.output).not.toContain("\t");
    for (const f of response.findings) expect(f.from).toBeLessThanOrEqual(response.output!.length);
    expect(response.findings.some((f) => f.ruleId === "no-stray-tabs")).toBe(false);
  });

  it("detects Markdown from the content unless the reader chooses", () => {
    const markdown = "# Engineer\n\n## Requirements\n\n- 10+ years of experience in Python.\n- 2+ years of experience in Python.\n";
    expect(lintRequest(request(markdown)).format).toBe("markdown");
    expect(lintRequest(request(markdown, { format: "text" })).format).toBe("text");
    expect(lintRequest(request(example)).format).toBe("text");
    expect(lintRequest(request(markdown)).findings.some((f) => f.ruleId === "experience-contradiction" && f.line === 6)).toBe(true);
  });

  it("explains settings a link got wrong and lints on with the rest", () => {
    const response = lintRequest(
      request(example, { rules: { "no-such-rule": "error", "no-stray-tabs": "loud" as never, "pay-transparency": ["error", { jurisdiction: "mars" }] } }),
    );
    expect(Object.keys(response.settingErrors).sort()).toEqual(["no-stray-tabs", "no-such-rule", "pay-transparency"]);
    expect(response.settingErrors["pay-transparency"]).toContain("default options");
    // The bad options are dropped, the severity kept.
    expect(response.findings.find((f) => f.ruleId === "pay-transparency")?.severity).toBe(2);
    expect(response.findings.some((f) => f.ruleId === "no-stray-tabs")).toBe(true);
  });

  it("lists every built-in rule with its category, options schema and documentation", () => {
    expect(catalogue.map((r) => r.id)).toEqual(builtinRules.map((r) => r.meta.id));
    expect(rule("pay-transparency").options).toBeDefined();
    expect(rule("no-stray-tabs").fixable).toBe(true);
    expect(catalogue.every((r) => r.docsUrl?.endsWith(`/docs/rules/${r.id}.md`))).toBe(true);
  });
});

describe("playground link", () => {
  it("round-trips text and settings through the hash", async () => {
    const state: PageState = {
      text: example + "Ünïcode — 😀 and CJK 求人\r\n",
      format: "markdown",
      rules: { "no-stray-tabs": "off", "pay-transparency": ["warn", { jurisdiction: ["us-co", "eu"] }] },
    };
    const hash = await encodeState(state);
    expect(hash).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(await decodeState(`#${hash}`)).toEqual(state);
  });

  it("keeps a 50 KB posting's link short", async () => {
    let big = "";
    while (big.length < 50_000) big += example;
    const hash = await encodeState({ text: big, format: "auto", rules: {} });
    expect(hash.length).toBeLessThan(big.length / 4);
    expect((await decodeState(hash))?.text).toBe(big);
  });

  it("ignores a hash that is not a state, or is damaged", async () => {
    expect(await decodeState("")).toBeUndefined();
    expect(await decodeState("#editor-heading")).toBeUndefined();
    expect(await decodeState("#v1.not-deflate")).toBeUndefined();
    const good = await encodeState({ text: "x", format: "auto", rules: {} });
    expect(await decodeState(good.slice(0, -4))).toBeUndefined();
  });
});

describe("playground settings", () => {
  const tabs = rule("no-stray-tabs");
  const pay = rule("pay-transparency");

  it("keeps only what differs from the recommended set", () => {
    let rules = withSeverity({}, tabs, "off");
    expect(rules).toEqual({ "no-stray-tabs": "off" });
    expect(severityOf(tabs, rules)).toBe("off");
    rules = withSeverity(rules, tabs, tabs.recommended);
    expect(rules).toEqual({});
    rules = withOptions(rules, pay, { jurisdiction: ["us-co"] });
    expect(rules).toEqual({ "pay-transparency": [pay.recommended, { jurisdiction: ["us-co"] }] });
    rules = withSeverity(rules, pay, "error");
    expect(rules).toEqual({ "pay-transparency": ["error", { jurisdiction: ["us-co"] }] });
    expect(optionsOf(pay, rules)).toEqual({ jurisdiction: ["us-co"] });
    expect(withOptions(rules, pay, {})).toEqual({ "pay-transparency": "error" });
    expect(severityOf(tabs, { "no-stray-tabs": 2 })).toBe("error");
  });

  it("writes a configuration file in the shape --init writes", () => {
    const text = configFileText({ "no-stray-tabs": "off" });
    expect(JSON.parse(text)).toEqual({
      $schema: "./node_modules/jobpostlint/schema/jobpostlintrc.schema.json",
      extends: ["jobpostlint:recommended"],
      rules: { "no-stray-tabs": "off" },
    });
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("scores each category, with headline findings under consistency and switched-off categories unscored", () => {
    const { findings } = lintRequest(request(example));
    const on = rulesOn(catalogue, {});
    const scores = Object.fromEntries(scoreCategories(findings, on, catalogue).map((s) => [s.category, s]));
    expect(Object.keys(scores)).toEqual(["structure", "consistency", "formatting", "language", "compliance"]);
    expect(scores.consistency).toMatchObject({ errors: 4, score: 20 });
    expect(scores.language).toMatchObject({ errors: 0, warnings: 0, score: 100 });
    expect(scores.formatting!.score).toBe(0);
    const languageOff = Object.fromEntries(catalogue.filter((r) => r.category === "language").map((r) => [r.id, "off" as const]));
    const none = scoreCategories(findings, rulesOn(catalogue, languageOff), catalogue).find((s) => s.category === "language")!;
    expect(none.score).toBeUndefined();
  });
});

describe("playground text change", () => {
  it("replaces only the middle that differs", () => {
    expect(minimalChange("a\tb\tc", "a b c")).toEqual({ from: 1, to: 4, insert: " b " });
    expect(minimalChange("abc", "abc")).toEqual({ from: 3, to: 3, insert: "" });
    expect(minimalChange("aaa", "aa")).toEqual({ from: 2, to: 3, insert: "" });
    expect(minimalChange("", "new")).toEqual({ from: 0, to: 0, insert: "new" });
    for (const [before, after] of [["x\ty\n", "xy\n"], ["abab", "ab"], ["tab\t\t", "tab"]] as const) {
      const c = minimalChange(before, after);
      expect(before.slice(0, c.from) + c.insert + before.slice(c.to)).toBe(after);
    }
  });
});
