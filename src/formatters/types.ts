import type { LintResult } from "../engine/messages.js";

export interface FormatterContext {
  cwd: string;
  /** Whether colour may be used (stylish). */
  color: boolean;
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;
