import type { LintResult } from "../engine/messages.js";
import type { RuleMeta } from "../engine/rule.js";

export interface FormatterContext {
  cwd: string;
  /** Whether colour may be used (stylish). */
  color: boolean;
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
  /** Every rule known to the run (built-in and plugin), by the id results carry; as ESLint's `rulesMeta`. */
  rulesMeta: Record<string, RuleMeta>;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;

/** What a formatter that prints results as they come knows when the first one comes: not yet every rule, nor the totals. */
export type StreamContext = Pick<FormatterContext, "cwd" | "color">;

/** One run's output, a result at a time, in input order: all `file` texts, then `end`'s, are the report. */
export interface ResultStream {
  file(result: LintResult): string;
  /** Summaries, and the too-many-warnings line. */
  end(maxWarningsExceeded: FormatterContext["maxWarningsExceeded"]): string;
}

/**
 * A built-in formatter that can print each result as soon as it and those
 * before it are linted: the command line then holds no results, and a run over
 * a hundred thousand postings takes no more memory than one over a thousand.
 */
export type StreamingFormatter = Formatter & { stream(context: StreamContext): ResultStream };

/** What a custom formatter module (`--format ./path.js` or a package) exports by default. */
export type CustomFormatter = (results: LintResult[], context: FormatterContext) => string | Promise<string>;
