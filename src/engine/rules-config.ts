import type { ActiveRule } from "./lint.js";
import { severityLevel, type Rule, type Severity } from "./rule.js";

export type RuleEntry = Severity | [Severity] | [Severity, Record<string, unknown>];
export type RulesConfig = Record<string, RuleEntry>;

/** Which rules are on before the configuration speaks: the recommended set, all of them, or none. */
export type RuleBase = "recommended" | "all" | "none";

export class ConfigError extends Error {}

/**
 * Turns rule configurations into the rules to run: the base set first, then
 * each entry, in order, switching a rule on, off or to other options. An entry
 * with a severity alone keeps the options an earlier one gave (as ESLint does).
 */
export function resolveRules(
  available: ReadonlyMap<string, Rule<any>>,
  configs: RulesConfig | readonly RulesConfig[] = {},
  base: RuleBase = "recommended",
): ActiveRule[] {
  const chosen = new Map<string, { severity: 0 | 1 | 2; options: Record<string, unknown> | undefined }>();
  for (const [id, rule] of available) {
    const level = base === "none" ? 0 : base === "all" ? Math.max(1, severityLevel(rule.meta.recommended)) : severityLevel(rule.meta.recommended);
    chosen.set(id, { severity: level as 0 | 1 | 2, options: undefined });
  }
  const entries = (Array.isArray(configs) ? configs : [configs]).flatMap((c: RulesConfig) => Object.entries(c));
  for (const [id, entry] of entries) {
    if (!available.has(id)) throw new ConfigError(`unknown rule '${id}'`);
    const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined];
    let level: 0 | 1 | 2;
    try {
      level = severityLevel(severity);
    } catch (error) {
      throw new ConfigError(`rule '${id}': ${(error as Error).message}`);
    }
    if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
      throw new ConfigError(`rule '${id}': options must be an object`);
    }
    chosen.set(id, { severity: level, options: options ?? chosen.get(id)?.options });
  }
  const active: ActiveRule[] = [];
  for (const [id, { severity, options }] of chosen) {
    if (severity === 0) continue;
    const rule = available.get(id)!;
    active.push({ id, rule, severity, options: { ...(rule.meta.defaultOptions ?? {}), ...(options ?? {}) } });
  }
  return active;
}
