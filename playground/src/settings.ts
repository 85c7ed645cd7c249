import type { SeverityName } from "../../src/engine/rule.js";
import type { RuleEntry, RulesConfig } from "../../src/engine/rules-config.js";
import type { RuleInfo } from "./protocol.js";

/**
 * The page's rule settings are a `rules` object exactly as in
 * `.jobpostlintrc.json`, holding only what differs from the recommended set,
 * so the link stays short and the export reads like a hand-written file.
 */

const NAMES: Record<string, SeverityName> = { off: "off", warn: "warn", error: "error", "0": "off", "1": "warn", "2": "error" };

function entryParts(entry: RuleEntry | undefined): [SeverityName | undefined, Record<string, unknown> | undefined] {
  if (entry === undefined) return [undefined, undefined];
  const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined];
  return [NAMES[String(severity)], options];
}

export function severityOf(rule: RuleInfo, rules: RulesConfig): SeverityName {
  return entryParts(rules[rule.id])[0] ?? rule.recommended;
}

/** The options the user set (not the rule's defaults). */
export function optionsOf(rule: RuleInfo, rules: RulesConfig): Record<string, unknown> {
  return entryParts(rules[rule.id])[1] ?? {};
}

export function withSeverity(rules: RulesConfig, rule: RuleInfo, severity: SeverityName): RulesConfig {
  return withEntry(rules, rule, severity, optionsOf(rule, rules));
}

export function withOptions(rules: RulesConfig, rule: RuleInfo, options: Record<string, unknown>): RulesConfig {
  return withEntry(rules, rule, severityOf(rule, rules), options);
}

function withEntry(rules: RulesConfig, rule: RuleInfo, severity: SeverityName, options: Record<string, unknown>): RulesConfig {
  const next = { ...rules };
  const hasOptions = Object.keys(options).length > 0;
  if (hasOptions) next[rule.id] = [severity, options];
  else if (severity !== rule.recommended) next[rule.id] = severity;
  else delete next[rule.id];
  return next;
}

/** The ids of the rules that run with these settings. */
export function rulesOn(catalogue: readonly RuleInfo[], rules: RulesConfig): Set<string> {
  return new Set(catalogue.filter((rule) => severityOf(rule, rules) !== "off").map((rule) => rule.id));
}

/** A `.jobpostlintrc.json` with these settings, in the shape `jobpostlint --init` writes. */
export function configFileText(rules: RulesConfig): string {
  const config = {
    $schema: "./node_modules/jobpostlint/schema/jobpostlintrc.schema.json",
    extends: ["jobpostlint:recommended"],
    rules,
  };
  return JSON.stringify(config, null, 2) + "\n";
}
