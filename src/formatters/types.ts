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

/** What a custom formatter module (`--format ./path.js` or a package) exports by default. */
export type CustomFormatter = (results: LintResult[], context: FormatterContext) => string | Promise<string>;
