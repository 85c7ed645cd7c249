/**
 * The programmatic API: lint and fix postings from code (job boards linting in
 * bulk, editors, tests). Everything here is typed and has no side effects except
 * `outputFixes`, which writes fixed files.
 */
import "./posting/all-readers.js";
import { builtinRules } from "../rules/index.js";
import { lintSource } from "./engine/lint-source.js";
import type { ActiveRule } from "./engine/lint.js";
import type { LintMessage, LintResult } from "./engine/messages.js";
import type { Rule } from "./engine/rule.js";
import { resolveRules, type RuleBase, type RulesConfig } from "./engine/rules-config.js";
import { readSourceFile } from "./io/read.js";
import { writeFixedFile } from "./io/write.js";
import { fatalResult, LintRun, type RunOptions } from "./lint-run.js";
import { validateRuleOptions } from "./config/rule-options.js";
import type { Format } from "./posting/types.js";

export { defineRule } from "./engine/rule.js";
export type {
  Fix,
  InvalidRuleExample,
  Location,
  ReportDescriptor,
  Rule,
  RuleCategory,
  RuleContext,
  RuleExample,
  RuleMeta,
  Severity,
  SeverityName,
  Suggestion,
} from "./engine/rule.js";
export type { LintMessage, LintResult } from "./engine/messages.js";
export type { CustomFormatter, FormatterContext } from "./formatters/index.js";
export type { RuleEntry, RulesConfig, RuleBase } from "./engine/rules-config.js";
export { ConfigError } from "./engine/rules-config.js";
export { InputError } from "./io/read.js";
export { ConfigFileError } from "./config/types.js";
export type { Plugin } from "./config/plugins.js";
export type { ConfigObject } from "./config/types.js";
export { parsePosting } from "./posting/parse.js";
export type * from "./posting/types.js";
export { builtinRules };

export interface LintOptions {
  /** Names the file: its extension decides the format; also shown in results. */
  filePath?: string;
  format?: Format;
  /** Rule severities and options, over the base set. */
  rules?: RulesConfig;
  /** The rules on before `rules` speaks; default "recommended". */
  base?: RuleBase;
  /** Extra rules by id (plugin rules, your own), next to the built-in ones. */
  extraRules?: Record<string, Rule<any>>;
  settings?: Record<string, unknown>;
  /** Severity for `jobpostlint-disable` comments that suppress nothing; default off. */
  reportUnusedDisableDirectives?: 0 | 1 | 2;
}

/** A rule set resolved once, for linting many texts with the same configuration. */
export function resolveActiveRules(options: LintOptions = {}): ActiveRule[] {
  const available = new Map<string, Rule<any>>(builtinRules.map((r) => [r.meta.id, r]));
  for (const [id, rule] of Object.entries(options.extraRules ?? {})) available.set(id, rule);
  for (const [id, entry] of Object.entries(options.rules ?? {})) {
    const rule = available.get(id);
    if (rule && Array.isArray(entry) && entry[1] !== undefined) validateRuleOptions(id, rule, { ...(rule.meta.defaultOptions ?? {}), ...entry[1] }, "options.rules");
  }
  return resolveRules(available, options.rules, options.base);
}

function sourceOptions(options: LintOptions, rules: readonly ActiveRule[]) {
  return {
    rules,
    ...(options.filePath !== undefined ? { filePath: options.filePath } : {}),
    ...(options.format ? { format: options.format } : {}),
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: options.reportUnusedDisableDirectives } : {}),
  };
}

/** Lints one text. */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  return lintSource(text, sourceOptions(options, resolveActiveRules(options)));
}

/** Fixes one text (multipass, at most ten passes) and lints the result with every rule. */
export function fixText(text: string, options: LintOptions = {}): { output: string; fixed: boolean; messages: LintMessage[]; warning?: string } {
  const result = lintSource(text, { ...sourceOptions(options, resolveActiveRules(options)), fix: true });
  return {
    output: result.output ?? text,
    fixed: result.output !== undefined,
    messages: result.messages,
    ...(result.fixWarning ? { warning: result.fixWarning } : {}),
  };
}

export interface LintFilesOptions extends Omit<RunOptions, "cwd"> {
  /** Where relative patterns start and configuration lookup begins; default process.cwd(). */
  cwd?: string;
}

/**
 * Lints files, directories and globs with the configuration files that apply
 * to each (as the CLI does). A file that cannot be read, or on which a rule
 * throws, becomes a result with one fatal message rather than stopping the run.
 * With `fix`, results carry `output`; `outputFixes` writes them.
 */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const run = new LintRun({ ...options, cwd: options.cwd ?? process.cwd() });
  try {
    await run.lintPatterns(patterns);
  } finally {
    await run.close();
  }
  // A rule that failed is already a fatal message in its file's result: only files with no result (unreadable ones) get one here.
  const reported = new Set(run.outcome.results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${r.filePath}: ${m.message}`)));
  const fatal = run.outcome.fatal.filter((line) => !reported.has(line)).map((line) => fatalResult(line.split(": ")[0]!, line));
  return [...run.outcome.results, ...fatal];
}

/** Writes each result's `output` over its file, atomically, and only where the text changed. */
export async function outputFixes(results: readonly LintResult[]): Promise<void> {
  for (const result of results) {
    if (result.output === undefined) continue;
    await writeFixedFile(await readSourceFile(result.filePath), result.output);
  }
}
