import type { RuleCategory, SeverityName } from "../../src/engine/rule.js";
import type { RulesConfig } from "../../src/engine/rules-config.js";

/** How the posting is read: from its content ("auto"), or as the user chose. */
export type FormatChoice = "auto" | "markdown" | "text";
export type ResolvedFormat = "markdown" | "text";

/** What the page needs to know of a rule: its metadata without the examples. */
export interface RuleInfo {
  id: string;
  description: string;
  category: RuleCategory;
  recommended: SeverityName;
  fixable: boolean;
  hasSuggestions: boolean;
  /** JSON schema of the options object, when the rule takes options. */
  options?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  docsUrl?: string;
}

/** One text edit in editor positions (offsets into the editor's text, BOM included). */
export interface Edit {
  from: number;
  to: number;
  insert: string;
}

/** A finding in editor positions, ready to underline, list and fix. */
export interface Finding {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  category: RuleCategory;
  from: number;
  to: number;
  line: number;
  column: number;
  fix?: Edit;
  suggestions: { desc: string; edit: Edit }[];
  docsUrl?: string;
}

export interface LintRequest {
  kind: "lint";
  id: number;
  text: string;
  format: FormatChoice;
  rules: RulesConfig;
  /** Apply every fix (multipass), and report what is left in the fixed text. */
  fix: boolean;
}

export interface LintResponse {
  kind: "result";
  id: number;
  /** The format the text was read in (the detected one when the choice was "auto"). */
  format: ResolvedFormat;
  findings: Finding[];
  /** The fixed text, when the request asked for fixes. */
  output?: string;
  /** Set when fixing stopped on a cycle or at the pass limit. */
  fixWarning?: string;
  /** Rules left out because their settings are invalid, with the reason, by rule id. */
  settingErrors: Record<string, string>;
}

export interface CatalogueMessage {
  kind: "catalogue";
  rules: RuleInfo[];
}

/** Linting itself threw (a bug): the page says so instead of waiting forever. */
export interface LintFailure {
  kind: "failure";
  id: number;
  message: string;
}

export type WorkerMessage = CatalogueMessage | LintResponse | LintFailure;
