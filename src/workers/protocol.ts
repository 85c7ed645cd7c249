import type { LintResult } from "../engine/messages.js";

/** A rule as a worker thread rebuilds it: a built-in by id, or a plugin rule by module URL and name. */
export interface RuleSpec {
  id: string;
  severity: 1 | 2;
  options: Record<string, unknown>;
  plugin?: { url: string; name: string };
}

export interface LintJob {
  job: number;
  text: string;
  filePath: string;
  fix: boolean;
  settings: Record<string, unknown>;
  reportUnusedDisableDirectives?: 0 | 1 | 2;
  rules: RuleSpec[];
}

/** What a worker says: which plugin rule it is running (so a hang can be pinned on it), then the result. */
export type WorkerMessage =
  | { job: number; running: string }
  | { job: number; result: LintResult }
  | { job: number; error: string };
