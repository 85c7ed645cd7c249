import { closest, distance } from "fastest-levenshtein";
import { ConfigFileError, type ConfigObject } from "./types.js";

/** "unknown rule 'no-stray-tab' (did you mean 'no-stray-tabs'?)" */
export function unknownRuleMessage(id: string, known: readonly string[]): string {
  const guess = known.length ? closest(id, [...known]) : undefined;
  const hint = guess && distance(id, guess) <= Math.max(2, Math.floor(id.length / 3)) ? ` (did you mean '${guess}'?)` : "";
  return `unknown rule '${id}'${hint}`;
}

const KEYS = new Set(["root", "extends", "plugins", "rules", "overrides", "ignores", "format", "settings", "$schema"]);
const OVERRIDE_KEYS = new Set(["files", "excludedFiles", "rules", "settings"]);

/** "unknown configuration key 'rulez' (did you mean 'rules'?)"; `at` names where it is ("overrides[0]."). */
function unknownKey(source: string, key: string, known: ReadonlySet<string>, at = ""): ConfigFileError {
  const guess = closest(key, [...known]);
  return new ConfigFileError(`${source}: unknown configuration key '${at}${key}'${distance(key, guess) <= 2 ? ` (did you mean '${at}${guess}'?)` : ""}`);
}

/** Checks the shape of one configuration object, so a typo fails loudly instead of being ignored. */
export function checkConfigShape(value: unknown, source: string): ConfigObject {
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new ConfigFileError(`${source}: configuration must be an object`);
  const config = value as Record<string, unknown>;
  for (const key of Object.keys(config)) if (!KEYS.has(key)) throw unknownKey(source, key, KEYS);
  const expect = (ok: boolean, what: string) => {
    if (!ok) throw new ConfigFileError(`${source}: ${what}`);
  };
  const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === "string");
  const isObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
  if ("root" in config) expect(typeof config.root === "boolean", "'root' must be true or false");
  if ("extends" in config) expect(typeof config.extends === "string" || isStrings(config.extends), "'extends' must be a string or a list of strings");
  if ("plugins" in config) expect(isStrings(config.plugins) || (isObject(config.plugins) && Object.values(config.plugins as object).every((v) => typeof v === "string")), "'plugins' must be a list of names or an object of namespace: package");
  if ("rules" in config) expect(isObject(config.rules), "'rules' must be an object of rule id: severity");
  if ("ignores" in config) expect(isStrings(config.ignores), "'ignores' must be a list of globs");
  if ("format" in config) expect(typeof config.format === "string", "'format' must be a string");
  if ("settings" in config) expect(isObject(config.settings), "'settings' must be an object");
  if ("overrides" in config) {
    expect(Array.isArray(config.overrides), "'overrides' must be a list");
    for (const [i, o] of (config.overrides as unknown[]).entries()) {
      expect(isObject(o), `overrides[${i}] must be an object`);
      const override = o as Record<string, unknown>;
      for (const key of Object.keys(override)) if (!OVERRIDE_KEYS.has(key)) throw unknownKey(source, key, OVERRIDE_KEYS, `overrides[${i}].`);
      expect(typeof override.files === "string" || isStrings(override.files), `overrides[${i}].files must be a glob or a list of globs`);
      if ("excludedFiles" in override) expect(typeof override.excludedFiles === "string" || isStrings(override.excludedFiles), `overrides[${i}].excludedFiles must be a glob or a list of globs`);
      if ("rules" in override) expect(isObject(override.rules), `overrides[${i}].rules must be an object`);
      if ("settings" in override) expect(isObject(override.settings), `overrides[${i}].settings must be an object`);
    }
  }
  return config as ConfigObject;
}
