import type { Fix, Suggestion } from "./rule.js";

/** One finding, in ESLint's message shape (lines and columns 1-based, columns in UTF-16 code units, ends exclusive). */
export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  suggestions?: Suggestion[];
  fatal?: boolean;
  suppressions?: { kind: "directive"; justification: string }[];
}

/** One file's result, in ESLint's JSON shape. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The source, when there are problems and no `output`. */
  source?: string;
  /** The fixed text, when a fix changed it. */
  output?: string;
  /** Set when fixing stopped on a cycle or at the pass limit. */
  fixWarning?: string;
}

export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? "").localeCompare(b.ruleId ?? "");
}

/** Counts errors, warnings and fixable ones, as ESLint does. */
export function countMessages(messages: readonly LintMessage[]): Pick<
  LintResult,
  "errorCount" | "fatalErrorCount" | "warningCount" | "fixableErrorCount" | "fixableWarningCount"
> {
  const counts = { errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const m of messages) {
    if (m.severity === 2) {
      counts.errorCount++;
      if (m.fatal) counts.fatalErrorCount++;
      if (m.fix) counts.fixableErrorCount++;
    } else {
      counts.warningCount++;
      if (m.fix) counts.fixableWarningCount++;
    }
  }
  return counts;
}
