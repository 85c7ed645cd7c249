import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { LintResult } from "../engine/messages.js";
import type { LintJob, WorkerMessage } from "./protocol.js";

/** How long plugin rules may take on one file before they are stopped, unless configured. */
export const DEFAULT_PLUGIN_TIMEOUT_MS = 10_000;

export type JobOutcome = { result: LintResult } | { timedOut: string | undefined } | { error: string };

const WORKER_URL = new URL("./lint-worker.js", import.meta.url);

interface Task {
  job: LintJob;
  resolve: (outcome: JobOutcome) => void;
}

/** What a busy worker is doing: its task, the plugin rule it last said it was running, and the task's time budget. */
interface Busy {
  task: Task;
  running: string | undefined;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Lint jobs on worker threads: up to `size` workers, each taking the next job
 * when it finishes one, so files of uneven size balance out. A job that runs
 * plugin rules has a time budget: a plugin rule that never returns is stopped
 * by terminating its worker (a new one replaces it). Built-in rules need no
 * budget: tests hold them to linear time.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Busy>();
  private readonly queue: Task[] = [];
  private workers = 0;
  private nextJob = 1;
  /** Workers already dropped: a stopped worker's "error" and "exit" events, or terminate's, must not count twice. */
  private readonly retired = new WeakSet<Worker>();

  constructor(
    private readonly size: number,
    private readonly pluginTimeoutMs: number = DEFAULT_PLUGIN_TIMEOUT_MS,
  ) {}

  /** The compiled worker exists (running from dist/, not from TypeScript sources under a test runner). */
  static available(): boolean {
    return WORKER_URL.protocol === "file:" && existsSync(fileURLToPath(WORKER_URL));
  }

  run(job: Omit<LintJob, "job">): Promise<JobOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ job: { ...job, job: this.nextJob++ }, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const all = [...this.idle, ...this.busy.keys()];
    for (const worker of all) this.retired.add(worker);
    this.idle.length = 0;
    this.busy.clear();
    this.workers = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers < this.size ? this.spawn() : undefined);
      if (!worker) return;
      this.start(worker, this.queue.shift()!);
    }
  }

  private spawn(): Worker {
    // The parent's Node options, less those a worker thread refuses (`node --input-type=module` would fail every job).
    const worker = new Worker(WORKER_URL, { execArgv: workerExecArgv() });
    this.workers++;
    worker.on("message", (message: WorkerMessage) => this.onMessage(worker, message));
    worker.on("error", (error: Error) => this.retire(worker, { error: error.message }));
    // A plugin rule that calls process.exit() ends the thread with no "error": its job must still settle.
    worker.on("exit", (code: number) => {
      const running = this.busy.get(worker)?.running;
      this.retire(worker, { error: `${running ? `rule '${running}' ended` : "ended"} its worker thread (exit code ${code})` });
    });
    return worker;
  }

  private start(worker: Worker, task: Task): void {
    const usesPlugins = task.job.rules.some((r) => r.plugin);
    const timer = usesPlugins && this.pluginTimeoutMs > 0 ? setTimeout(() => this.timeOut(worker), this.pluginTimeoutMs) : undefined;
    this.busy.set(worker, { task, running: undefined, timer });
    // A busy worker keeps the process alive; an idle one must not.
    worker.ref();
    worker.postMessage(task.job);
  }

  private onMessage(worker: Worker, message: WorkerMessage): void {
    const busy = this.busy.get(worker);
    if (!busy || message.job !== busy.task.job.job) return;
    if ("running" in message) {
      busy.running = message.running;
      return;
    }
    clearTimeout(busy.timer);
    this.busy.delete(worker);
    worker.unref();
    this.idle.push(worker);
    busy.task.resolve("result" in message ? { result: message.result } : { error: message.error });
    this.dispatch();
  }

  private timeOut(worker: Worker): void {
    const busy = this.busy.get(worker);
    if (!busy) return;
    void worker.terminate();
    this.retire(worker, { timedOut: busy.running });
  }

  /** Drops a worker that failed or was stopped, settling its job; a new worker takes its place when there is work. */
  private retire(worker: Worker, outcome: JobOutcome): void {
    if (this.retired.has(worker)) return;
    this.retired.add(worker);
    const busy = this.busy.get(worker);
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    this.workers--;
    if (busy) {
      clearTimeout(busy.timer);
      busy.task.resolve(outcome);
    }
    this.dispatch();
  }
}

/** Node options for a worker thread: the parent's, without the entry-point ones a worker rejects. */
function workerExecArgv(): string[] {
  const args: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const arg = process.execArgv[i]!;
    if (arg === "--input-type") i++;
    else if (!arg.startsWith("--input-type=")) args.push(arg);
  }
  return args;
}
