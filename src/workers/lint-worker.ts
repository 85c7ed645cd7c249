import { parentPort } from "node:worker_threads";
import { builtinRules } from "../../rules/index.js";
import { lintSource } from "../engine/lint-source.js";
import type { ActiveRule } from "../engine/lint.js";
import type { Rule } from "../engine/rule.js";
import { detectFormat } from "../posting/format.js";
import { loadReader } from "../posting/readers.js";
import type { LintJob, RuleSpec, WorkerMessage } from "./protocol.js";

/**
 * A worker of the lint pool: lints one file per job, with plugin rules loaded
 * in this thread so that the main thread can stop one that never returns.
 * The worker says when plugin code starts and stops (loading the job's plugin
 * modules, then each plugin rule): their time budget counts only their time.
 */
const port = parentPort!;
const builtin = new Map(builtinRules.map((r) => [r.meta.id, r]));
const plugins = new Map<string, Promise<{ rules: Record<string, Rule<any>> }>>();

async function ruleFor(spec: RuleSpec, job: number): Promise<Rule<any>> {
  if (!spec.plugin) return builtin.get(spec.id)!;
  const { url, name } = spec.plugin;
  let loading = plugins.get(url);
  if (!loading) {
    loading = import(url).then((m: { default?: unknown }) => (m.default ?? m) as { rules: Record<string, Rule<any>> });
    plugins.set(url, loading);
  }
  const rule = (await loading).rules[name]!;
  return {
    meta: rule.meta,
    create(context) {
      port.postMessage({ job, clock: "start", running: spec.id } satisfies WorkerMessage);
      try {
        rule.create(context);
      } finally {
        port.postMessage({ job, clock: "stop" } satisfies WorkerMessage);
      }
    },
  };
}

port.on("message", async (job: LintJob) => {
  const plugins = job.rules.some((spec) => spec.plugin);
  try {
    if (plugins) port.postMessage({ job: job.job, clock: "start" } satisfies WorkerMessage);
    const rules: ActiveRule[] = await Promise.all(
      job.rules.map(async (spec) => ({ id: spec.id, rule: await ruleFor(spec, job.job), severity: spec.severity, options: spec.options })),
    );
    if (plugins) port.postMessage({ job: job.job, clock: "stop" } satisfies WorkerMessage);
    await loadReader(detectFormat(job.filePath, job.text));
    const result = lintSource(job.text, {
      filePath: job.filePath,
      rules,
      settings: job.settings,
      fix: job.fix,
      ...(job.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: job.reportUnusedDisableDirectives } : {}),
    });
    // The main thread has the text already: sending it back would only cost a copy.
    delete result.source;
    port.postMessage({ job: job.job, result } satisfies WorkerMessage);
  } catch (error) {
    port.postMessage({ job: job.job, error: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
  }
});
