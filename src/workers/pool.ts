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

/**
 * A task sent to a worker, with the plugin rule the worker says is running
 * now, and the clock of its plugin rules' time budget: what is left of it (ms;
 * undefined, no budget), and while plugin code runs, since when and the timer
 * that stops it.
 */
interface Sent {
  task: Task;
  running: string | undefined;
  budget: number | undefined;
  since: number;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Jobs of built-in rules a worker may hold at once: while it lints one, the
 * next waits in its message queue, so it never idles while the main thread is
 * busy reading files or handling results.
 */
const PREFETCH = 3;

/**
 * A worker's young generation: lint jobs make short-lived garbage, and V8's
 * default lets it grow to tens of MB per thread. Measured on 10,000 postings:
 * peak RSS 310 MB -> 276 MB at the same CPU time.
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/**
 * A worker's old generation. Bounded, V8 collects it early: unbounded, a
 * worker sometimes let promoted garbage reach 250 MB before its first full
 * collection (10,000 postings: a worker's heap peaked at 45-50 MB bounded,
 * 70-260 MB not). A 1 MB posting lints in well under this; bigger files stay
 * on the main thread (`WORKER_MAX_SOURCE_CHARS`).
 */
const WORKER_OLD_GENERATION_MB = 256;

/**
 * Files longer than this (in UTF-16 code units) are linted where the heap is
 * not bounded: on the main thread, or, to run plugin rules sandboxed, on a
 * worker of a pool made with `{ boundedHeap: false }`.
 */
export const WORKER_MAX_SOURCE_CHARS = 1024 * 1024 + 64 * 1024;

export interface PoolOptions {
  /** Whether workers get WORKER_OLD_GENERATION_MB (default) or V8's own limit, as the main thread has. */
  boundedHeap?: boolean;
}

/**
 * Lint jobs on worker threads: up to `size` workers, each holding a few jobs
 * at a time, so files of uneven size balance out. A job that runs plugin rules
 * goes alone to an idle worker and has a time budget: a plugin rule that never
 * returns is stopped by terminating its worker (a new one replaces it, and
 * jobs queued behind it are sent again). Built-in rules need no budget: tests
 * hold them to linear time.
 */
export class WorkerPool {
  private readonly sent = new Map<Worker, Sent[]>();
  private readonly queue: Task[] = [];
  private nextJob = 1;
  /** Workers already dropped: a stopped worker's "error" and "exit" events, or terminate's, must not count twice. */
  private readonly retired = new WeakSet<Worker>();

  constructor(
    private readonly size: number,
    private readonly pluginTimeoutMs: number = DEFAULT_PLUGIN_TIMEOUT_MS,
    private readonly options: PoolOptions = {},
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
    const all = [...this.sent.keys()];
    for (const worker of all) this.retired.add(worker);
    this.sent.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const task = this.queue[0]!;
      const worker = this.workerFor(task) ?? (this.sent.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      this.queue.shift();
      this.send(worker, task);
    }
  }

  /** The least loaded worker that may take `task`: a plugin job only an idle one, and nothing joins a plugin job. */
  private workerFor(task: Task): Worker | undefined {
    let best: Worker | undefined;
    let load = Infinity;
    for (const [worker, tasks] of this.sent) {
      const fits = tasks.length === 0 || (tasks.length < PREFETCH && !usesPlugins(task) && !tasks.some(usesPlugins));
      if (fits && tasks.length < load) {
        best = worker;
        load = tasks.length;
      }
    }
    return best;
  }

  private spawn(): Worker {
    const worker = startWorker(this.options.boundedHeap !== false);
    this.sent.set(worker, []);
    worker.on("message", (message: WorkerMessage) => this.onMessage(worker, message));
    worker.on("error", (error: Error) => this.retire(worker, { error: workerFailure(error) }));
    // A plugin rule that calls process.exit() ends the thread with no "error": its job must still settle.
    worker.on("exit", (code: number) => {
      const running = this.sent.get(worker)?.[0]?.running;
      this.retire(worker, { error: `${running ? `rule '${running}' ended` : "ended"} its worker thread (exit code ${code})` });
    });
    return worker;
  }

  private send(worker: Worker, task: Task): void {
    const budget = usesPlugins(task) && this.pluginTimeoutMs > 0 ? this.pluginTimeoutMs : undefined;
    const sent: Sent = { task, running: undefined, budget, since: 0, timer: undefined };
    this.sent.get(worker)!.push(sent);
    // A busy worker keeps the process alive; an idle one must not.
    worker.ref();
    worker.postMessage(task.job);
  }

  private onMessage(worker: Worker, message: WorkerMessage): void {
    const tasks = this.sent.get(worker);
    // Not always in the order sent: a job that waits for a reader module to load is overtaken by one that does not.
    const at = tasks ? tasks.findIndex((s) => s.task.job.job === message.job) : -1;
    if (!tasks || at < 0) return;
    const sent = tasks[at]!;
    // Only a plugin job has a budget, and it never shares its worker. Its clock runs only while plugin code does:
    // starting a worker, parsing and built-in rules (seconds, on a posting of megabytes) are not the plugins' time.
    if ("clock" in message) {
      sent.running = message.clock === "start" ? message.running : undefined;
      if (message.clock === "start") this.startClock(worker, sent);
      else this.stopClock(sent);
      return;
    }
    clearTimeout(sent.timer);
    tasks.splice(at, 1);
    if (tasks.length === 0) worker.unref();
    sent.task.resolve("result" in message ? { result: message.result } : { error: message.error });
    this.dispatch();
  }

  private startClock(worker: Worker, sent: Sent): void {
    if (sent.budget === undefined || sent.timer) return;
    sent.since = performance.now();
    sent.timer = setTimeout(() => this.timeOut(worker), Math.max(0, sent.budget));
  }

  private stopClock(sent: Sent): void {
    if (!sent.timer) return;
    clearTimeout(sent.timer);
    sent.timer = undefined;
    sent.budget! -= performance.now() - sent.since;
  }

  private timeOut(worker: Worker): void {
    const head = this.sent.get(worker)?.[0];
    if (!head) return;
    void worker.terminate();
    this.retire(worker, { timedOut: head.running });
  }

  /**
   * Drops a worker that failed or was stopped: the job it was running settles
   * with `outcome`, jobs waiting behind it go back to the front of the queue,
   * and a new worker takes its place when there is work.
   */
  private retire(worker: Worker, outcome: JobOutcome): void {
    if (this.retired.has(worker)) return;
    this.retired.add(worker);
    const tasks = this.sent.get(worker) ?? [];
    this.sent.delete(worker);
    for (const sent of tasks) clearTimeout(sent.timer);
    const [head, ...waiting] = tasks;
    this.queue.unshift(...waiting.map((s) => s.task));
    head?.task.resolve(outcome);
    this.dispatch();
  }
}

/** What a worker that failed tells the user: running out of its bounded heap says what to do about it. */
function workerFailure(error: Error & { code?: string }): string {
  if (error.code !== "ERR_WORKER_OUT_OF_MEMORY") return error.message;
  return `ran out of memory in a worker thread (its heap is bounded to ${WORKER_OLD_GENERATION_MB} MB); lint this file alone or with --concurrency off`;
}

function usesPlugins(task: Task | Sent): boolean {
  const job = "job" in task ? task.job : task.task.job;
  return job.rules.some((r) => r.plugin);
}

/**
 * A worker thread with the parent's Node options. By default a worker takes
 * them over as they are, V8 flags such as `--max-old-space-size` included, and
 * that is what we want, except after `node --input-type=module`, which a
 * worker refuses (every job would fail). Given explicitly, the list may not
 * hold V8 flags: when it does, the worker runs with Node's defaults.
 */
function startWorker(boundedHeap: boolean): Worker {
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, ...(boundedHeap ? { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB } : {}) };
  const inputType = (arg: string) => arg === "--input-type" || arg.startsWith("--input-type=");
  if (!process.execArgv.some(inputType)) return new Worker(WORKER_URL, { resourceLimits });
  try {
    return new Worker(WORKER_URL, { execArgv: withoutInputType(process.execArgv), resourceLimits });
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw error;
    return new Worker(WORKER_URL, { execArgv: [], resourceLimits });
  }
}

function withoutInputType(execArgv: readonly string[]): string[] {
  const args: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (arg === "--input-type") i++;
    else if (!arg.startsWith("--input-type=")) args.push(arg);
  }
  return args;
}
