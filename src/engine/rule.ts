import type { Format, Posting, Range } from "../posting/types.js";

export type SeverityName = "off" | "warn" | "error";
export type Severity = SeverityName | 0 | 1 | 2;
export type RuleCategory = "headline" | "structure" | "consistency" | "formatting" | "language" | "compliance";

/** A text edit in ESLint's shape: replace [start, end) of the source (BOM excluded) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

/** Where a finding stands: an offset range, or 1-based line/column (column and end default to the whole line). */
export interface Location {
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface ReportDescriptor {
  message: string;
  range?: Range;
  loc?: Location;
  /** One fix, or several that merge into one (ESLint's mergeFixes). */
  fix?: Fix | Fix[] | null;
  suggestions?: { desc: string; fix: Fix | Fix[] }[];
}

export interface RuleExample {
  /** Shown in the docs and used as the test name. */
  name?: string;
  text: string;
  /** The file name decides the format, as on the command line; default `example.txt`. */
  filePath?: string;
  options?: unknown;
}

export interface InvalidRuleExample extends RuleExample {
  messages: { line: number; column?: number; message?: string }[];
  /** The text after `--fix` with this rule alone; omit when the rule has no fix for it. */
  output?: string;
}

export interface RuleMeta {
  id: string;
  description: string;
  category: RuleCategory;
  recommended: SeverityName;
  fixable?: boolean;
  hasSuggestions?: boolean;
  /** JSON schema of the options object. */
  options?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  examples: { valid: RuleExample[]; invalid: InvalidRuleExample[] };
  docs?: { url?: string };
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly id: string;
  readonly posting: Posting;
  readonly options: Options;
  readonly settings: Record<string, unknown>;
  readonly filePath: string | undefined;
  readonly format: Format;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  create(context: RuleContext<Options>): void;
}

/** Identity with types: `export default defineRule({ meta, create })`. */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

export function severityLevel(severity: Severity): 0 | 1 | 2 {
  switch (severity) {
    case "off":
    case 0:
      return 0;
    case "warn":
    case 1:
      return 1;
    case "error":
    case 2:
      return 2;
    default:
      throw new Error(`invalid severity ${JSON.stringify(severity)} (use "off", "warn", "error" or 0, 1, 2)`);
  }
}
