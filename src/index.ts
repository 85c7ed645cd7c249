/**
 * The programmatic API: lint and fix postings from code (job boards linting in
 * bulk, editors, tests). Everything here is typed and has no side effects except
 * `outputFixes`, which writes fixed files.
 */
import { builtinRules } from "../rules/index.js";
import { lintSource } from "./engine/lint-source.js";
import type { ActiveRule } from "./engine/lint.js";
import { countMessages, type LintMessage, type LintResult } from "./engine/messages.js";
import type { Rule } from "./engine/rule.js";
import { resolveRules, type RuleBase, type RulesConfig } from "./engine/rules-config.js";
import { expandPatterns } from "./io/files.js";
import { InputError, readSourceFile, type SourceFile } from "./io/read.js";
import { writeFixedFile } from "./io/write.js";
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
export type { RuleEntry, RulesConfig, RuleBase } from "./engine/rules-config.js";
export { ConfigError } from "./engine/rules-config.js";
export { RuleError } from "./engine/lint.js";
export { InputError } from "./io/read.js";
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

export interface LintFilesOptions extends Omit<LintOptions, "filePath"> {
  cwd?: string;
  /** Compute fixes (results carry `output`); `outputFixes` writes them. */
  fix?: boolean;
}

/**
 * Lints files, directories and globs. A file that cannot be read becomes a
 * result with one fatal message rather than stopping the run.
 */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const { files, errors } = await expandPatterns(patterns, cwd);
  const rules = resolveActiveRules(options);
  const results: LintResult[] = errors.map((e) => fatalResult(e.split(": ")[0]!, e));
  for (const path of files) {
    try {
      results.push(lintSourceFile(await readSourceFile(path), options, rules));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      results.push(fatalResult(path, error.message));
    }
  }
  return results;
}

export function lintSourceFile(file: SourceFile, options: LintFilesOptions, rules: readonly ActiveRule[]): LintResult {
  return lintSource(file.text, { ...sourceOptions({ ...options, filePath: file.path }, rules), fix: options.fix ?? false });
}

/** Writes each result's `output` over its file, atomically. */
export async function outputFixes(results: readonly LintResult[]): Promise<void> {
  for (const result of results) {
    if (result.output === undefined) continue;
    const file = await readSourceFile(result.filePath);
    await writeFixedFile(file, result.output);
  }
}

function fatalResult(filePath: string, message: string): LintResult {
  const messages: LintMessage[] = [{ ruleId: null, fatal: true, severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1 }];
  return { filePath, messages, suppressedMessages: [], ...countMessages(messages) };
}
