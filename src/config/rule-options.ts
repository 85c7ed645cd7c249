import { Ajv, type ValidateFunction } from "ajv";
import type { Rule } from "../engine/rule.js";
import { ConfigFileError } from "./types.js";

// Its own module so that ajv (slow to load and to compile) is imported only by a run whose configuration sets rule options.
const ajv = new Ajv({ allErrors: false, strict: false, useDefaults: false });
const compiled = new WeakMap<object, ValidateFunction>();

/** Validates a rule's options against its JSON schema; the message names the rule and the failing property. */
export function validateRuleOptions(ruleId: string, rule: Rule<any>, options: unknown, source: string): void {
  const schema = rule.meta.options;
  if (!schema) {
    if (options !== undefined && Object.keys(options as object).length > 0) {
      throw new ConfigFileError(`${source}: rule '${ruleId}' takes no options`);
    }
    return;
  }
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (!validate(options ?? {})) {
    const e = validate.errors?.[0];
    const where = e?.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "options";
    const extra = e?.params && "allowedValues" in e.params ? ` (${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")})` : "";
    const additional = e?.params && "additionalProperty" in e.params ? ` '${String(e.params.additionalProperty)}'` : "";
    throw new ConfigFileError(`${source}: rule '${ruleId}': ${where} ${e?.message ?? "is invalid"}${additional}${extra}`);
  }
}
