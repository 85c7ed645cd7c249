import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { LintResult } from "../engine/messages.js";
import type { LintJob, WorkerMessage } from "./protocol.js";

/** How long plugin rules may take on one file before they are stopped, unless configured. */
export const DEFAULT_PLUGIN_TIMEOUT_MS = 10_000;

export type SandboxOutcome = { result: LintResult } | { timedOut: string | undefined } | { error: string };

const WORKER_URL = new URL("./lint-worker.js", import.meta.url);

/**
 * Runs lint jobs that involve plugin rules in a worker thread with a time
 * budget per file: a rule that never returns is stopped by terminating the
 * worker, and the next job gets a fresh one. Built-in rules need no sandbox:
 * tests hold them to linear time.
 */
export class PluginSandbox {
  private worker: Worker | undefined;
  private nextJob = 1;

  constructor(private readonly timeoutMs: number = DEFAULT_PLUGIN_TIMEOUT_MS) {}

  /** The compiled worker exists (running from dist/, not from TypeScript sources under a test runner). */
  static available(): boolean {
    return WORKER_URL.protocol === "file:" && existsSync(fileURLToPath(WORKER_URL));
  }

  run(job: Omit<LintJob, "job">): Promise<SandboxOutcome> {
    if (!this.worker) {
      this.worker = new Worker(WORKER_URL);
      // An idle worker must not keep the process alive; a pending job's timer does while it runs.
      this.worker.unref();
    }
    const worker = this.worker;
    const id = this.nextJob++;
    return new Promise((resolve) => {
      let running: string | undefined;
      const finish = (outcome: SandboxOutcome) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        resolve(outcome);
      };
      const onMessage = (message: WorkerMessage) => {
        if (message.job !== id) return;
        if ("running" in message) running = message.running;
        else if ("result" in message) finish({ result: message.result });
        else finish({ error: message.error });
      };
      const onError = (error: Error) => {
        this.worker = undefined;
        finish({ error: error.message });
      };
      const timer = setTimeout(() => {
        this.worker = undefined;
        void worker.terminate();
        finish({ timedOut: running });
      }, this.timeoutMs);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage({ ...job, job: id } satisfies LintJob);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
