import { Ajv, type ValidateFunction } from "ajv";
import packageJson from "../../package.json" with { type: "json" };
import { builtinRules } from "../../rules/index.js";
import { ruleDocsBaseOf, ruleDocsUrlAt } from "../../src/docs/links.js";
import { lintSource } from "../../src/engine/lint-source.js";
import type { LintMessage } from "../../src/engine/messages.js";
import type { Fix, Rule } from "../../src/engine/rule.js";
import { resolveRules, type RuleEntry, type RulesConfig } from "../../src/engine/rules-config.js";
// For its effect: parsing is synchronous here, so every format reader is registered up front.
import "../../src/posting/all-readers.js";
import { detectFormat } from "../../src/posting/format.js";
import type { Edit, Finding, LintRequest, LintResponse, ResolvedFormat, RuleInfo } from "./protocol.js";

/**
 * The linting core as the page uses it: the CLI's own engine and rules, with
 * positions turned into editor offsets. No DOM here, so it runs in the worker
 * and under the unit tests alike.
 */

const BOM = "\uFEFF";
const rulesById = new Map<string, Rule<any>>(builtinRules.map((rule) => [rule.meta.id, rule]));
const docsBase = ruleDocsBaseOf(packageJson);

export function ruleCatalogue(): RuleInfo[] {
  return builtinRules.map(({ meta }) => ({
    id: meta.id,
    description: meta.description,
    category: meta.category,
    recommended: meta.recommended,
    fixable: meta.fixable ?? false,
    hasSuggestions: meta.hasSuggestions ?? false,
    ...(meta.options ? { options: meta.options } : {}),
    ...(meta.defaultOptions ? { defaultOptions: meta.defaultOptions } : {}),
    ...(docsUrlOf(meta.id) ? { docsUrl: docsUrlOf(meta.id)! } : {}),
  }));
}

export function lintRequest(request: LintRequest): LintResponse {
  const { config, errors } = checkRulesConfig(request.rules);
  const bom = request.text.startsWith(BOM);
  const format: ResolvedFormat =
    request.format === "auto" ? (detectFormat(undefined, bom ? request.text.slice(1) : request.text) === "markdown" ? "markdown" : "text") : request.format;
  const result = lintSource(request.text, {
    rules: resolveRules(rulesById, config),
    format,
    filePath: format === "markdown" ? "posting.md" : "posting.txt",
    fix: request.fix,
  });
  // After fixing, the findings are those left in the fixed text, so positions refer to it.
  const linted = request.fix && result.output !== undefined ? result.output : request.text;
  const positions = new Positions(linted);
  const response: LintResponse = {
    kind: "result",
    id: request.id,
    format,
    findings: result.messages.map((m) => toFinding(m, positions)),
    settingErrors: errors,
  };
  if (request.fix) response.output = linted;
  if (result.fixWarning) response.fixWarning = result.fixWarning;
  return response;
}

const ajv = new Ajv({ allErrors: false, strict: false });
const validators = new Map<string, ValidateFunction>();

/**
 * Keeps the entries that make sense and explains the others. A link can carry
 * anything, so an unknown rule is dropped and a rule with invalid options runs
 * with its defaults, instead of failing the whole page.
 */
export function checkRulesConfig(rules: RulesConfig): { config: RulesConfig; errors: Record<string, string> } {
  const config: RulesConfig = {};
  const errors: Record<string, string> = {};
  for (const [id, entry] of Object.entries(rules)) {
    const rule = rulesById.get(id);
    if (!rule) {
      errors[id] = `unknown rule '${id}'`;
      continue;
    }
    const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined];
    if (!["off", "warn", "error", 0, 1, 2].includes(severity as string | number)) {
      errors[id] = `severity must be off, warn or error, not ${JSON.stringify(severity)}`;
      continue;
    }
    const problem = options === undefined ? undefined : optionsProblem(rule, options);
    if (problem) errors[id] = `${problem}; the rule runs with its default options`;
    config[id] = (options === undefined || problem ? severity : [severity, options]) as RuleEntry;
  }
  return { config, errors };
}

function optionsProblem(rule: Rule<any>, options: unknown): string | undefined {
  const schema = rule.meta.options;
  if (typeof options !== "object" || options === null || Array.isArray(options)) return "options must be an object";
  if (!schema) return Object.keys(options).length > 0 ? "this rule takes no options" : undefined;
  let validate = validators.get(rule.meta.id);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(rule.meta.id, validate);
  }
  if (validate(options)) return undefined;
  const e = validate.errors?.[0];
  const where = e?.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "options";
  const extra = e?.params && "additionalProperty" in e.params ? ` '${String(e.params.additionalProperty)}'` : "";
  return `${where} ${e?.message ?? "is invalid"}${extra}`;
}

function docsUrlOf(ruleId: string): string | undefined {
  return ruleDocsUrlAt(docsBase, ruleId, rulesById.get(ruleId)?.meta);
}

function toFinding(m: LintMessage, positions: Positions): Finding {
  const ruleId = m.ruleId ?? "jobpostlint";
  const from = positions.offset(m.line, m.column);
  const finding: Finding = {
    ruleId,
    severity: m.severity,
    message: m.message,
    category: rulesById.get(ruleId)?.meta.category ?? "structure",
    from,
    to: Math.max(from, positions.offset(m.endLine, m.endColumn)),
    line: m.line,
    column: m.column,
    suggestions: (m.suggestions ?? []).map((s) => ({ desc: s.desc, edit: positions.edit(s.fix) })),
  };
  if (m.fix) finding.fix = positions.edit(m.fix);
  const docsUrl = docsUrlOf(ruleId);
  if (docsUrl) finding.docsUrl = docsUrl;
  return finding;
}

/**
 * Turns the engine's positions into offsets of the whole text. The engine
 * counts without a leading BOM (lines, columns and fix ranges alike), while
 * the editor holds it as a character, hence the shift.
 */
export class Positions {
  private readonly lineStarts: number[] = [0];
  private readonly shift: number;
  private readonly length: number;

  constructor(text: string) {
    this.shift = text.startsWith(BOM) ? 1 : 0;
    const body = text.slice(this.shift);
    this.length = body.length;
    for (const m of body.matchAll(/\r\n|\r|\n/g)) this.lineStarts.push(m.index + m[0].length);
  }

  /** The offset of a 1-based line and column (UTF-16 code units), kept inside the text. */
  offset(line: number, column: number): number {
    const start = this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1]!;
    return this.shift + Math.min(start + Math.max(column, 1) - 1, this.length);
  }

  edit(fix: Fix): Edit {
    return { from: fix.range[0] + this.shift, to: fix.range[1] + this.shift, insert: fix.text };
  }
}
