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

/**
 * What a worker says of a job: when plugin code starts and stops running (the
 * job's plugin modules loading, or one plugin rule, named so that a hang can
 * be pinned on it), for the plugins' time budget; then the result.
 */
export type WorkerMessage =
  | { job: number; clock: "start"; running?: string }
  | { job: number; clock: "stop" }
  | { job: number; result: LintResult }
  | { job: number; error: string };
