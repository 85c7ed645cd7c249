import { readFile, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtinRules } from "../rules/index.js";
import { IgnoreFile } from "./config/ignore.js";
import { ConfigResolver, type FileConfig } from "./config/resolve.js";
import { lintSource } from "./engine/lint-source.js";
import { compareMessages, countMessages, type LintMessage, type LintResult } from "./engine/messages.js";
import { ConfigError, type RulesConfig } from "./engine/rules-config.js";
import { expandPatterns } from "./io/files.js";
import { hashOf, LintCache, type CacheStrategy } from "./io/lint-cache.js";
import { InputError, readSourceFile, type SourceFile } from "./io/read.js";
import { writeFixedFile } from "./io/write.js";
import { packageInfo } from "./package-info.js";
import { detectFormat } from "./posting/format.js";
import { loadReader } from "./posting/readers.js";
import { autoWorkerCount } from "./workers/auto-size.js";
import { DEFAULT_PLUGIN_TIMEOUT_MS, WORKER_MAX_SOURCE_CHARS, WorkerPool } from "./workers/pool.js";
import type { LintJob } from "./workers/protocol.js";

export interface RunOptions {
  cwd: string;
  /** Compute fixes (results carry `output`); `writeFixes` writes them. */
  fix?: boolean;
  /** A configuration file to use alone. */
  configFile?: string;
  /** Look up configuration files next to each file (default true). */
  configLookup?: boolean;
  /** Rule settings over every configuration file. */
  rules?: RulesConfig;
  /** Honour .jobpostlintignore and `ignores` (default true). */
  ignore?: boolean;
  ignorePath?: string;
  reportUnusedDisableDirectives?: 0 | 1 | 2;
  /** Milliseconds plugin rules may take on one file (they run in a worker thread); 0 runs them in-process with no limit. */
  pluginTimeout?: number;
  /**
   * Threads that lint (1: the main thread alone; more: that many worker
   * threads, the main thread reading files and keeping results), or "auto"
   * (the default): one per available core, when a run has enough to lint to
   * pay for starting worker threads (src/workers/auto-size.ts).
   */
  concurrency?: number | "auto";
  /** Keep results of unchanged files between runs in this cache file. */
  cache?: { location: string; strategy: CacheStrategy };
}

/** What a run produced: results in input order, the files read (kept for writing fixes), and one-line fatal errors. */
export interface RunOutcome {
  results: LintResult[];
  sources: Map<string, SourceFile>;
  fatal: string[];
}

/** Files read ahead of the workers, per worker: enough to keep them busy, few enough to hold little text in memory. */
const READ_AHEAD_PER_WORKER = 16;

/** One file's share of a run: its result (none for an unreadable or silently ignored file) and fatal lines. */
interface FileOutcome {
  result?: LintResult;
  fatal: string[];
}

/**
 * A lint run over files: configuration resolved per file, ignore patterns
 * honoured (an ignored file named explicitly gets a warning, not silence), and a
 * file that cannot be read or a rule that throws recorded as a fatal error
 * while the other files are still linted. Files are linted on worker threads
 * when there are enough of them, results of unchanged files come from the
 * cache, and either way results keep the order of the input.
 */
export class LintRun {
  readonly resolver: ConfigResolver;
  private readonly ignoreFile: Promise<IgnoreFile | undefined>;
  /** Worker threads: the pool for a large run, or one sandbox worker for plugin rules. */
  private pool: WorkerPool | undefined;
  /** The sandbox for plugin rules on a file too big for a bounded worker heap (see WORKER_MAX_SOURCE_CHARS). */
  private largeFileSandbox: WorkerPool | undefined;
  private cache: LintCache | undefined;
  /**
   * Whether results carry the linted text (`source`), as ESLint's do. The CLI
   * turns it off for formatters that never read it, so that a run over
   * thousands of files does not hold all their text in memory.
   */
  keepSource = true;
  /**
   * Called with each result in input order, as soon as it and every one before
   * it are linted. With it, a run need not keep its results (`keepResults`):
   * the command line prints each as it comes.
   */
  onResult: ((result: LintResult) => void) | undefined;
  /** Whether results are kept in `outcome.results`, which the API returns and `writeFixes` reads. */
  keepResults = true;
  private readonly configKeys = new WeakMap<FileConfig, Promise<string>>();
  readonly outcome: RunOutcome = { results: [], sources: new Map(), fatal: [] };

  constructor(private readonly options: RunOptions) {
    this.resolver = new ConfigResolver({
      cwd: options.cwd,
      builtinRules,
      ...(options.configFile ? { configFile: options.configFile } : {}),
      lookup: options.configLookup !== false,
      ...(options.rules ? { overrides: options.rules } : {}),
    });
    this.ignoreFile = options.ignore === false ? Promise.resolve(undefined) : IgnoreFile.load(options.cwd, options.ignorePath);
    this.ignoreFile.catch(() => {}); // a bad --ignore-path is reported when linting starts, not as an unhandled rejection
  }

  async lintPatterns(patterns: readonly string[]): Promise<void> {
    const { files, errors, explicit } = await expandPatterns(patterns, this.options.cwd);
    this.outcome.fatal.push(...errors);
    const ignoreFile = await this.ignoreFile;
    await this.openCache();
    const workers = this.workerCount(files);
    if (workers > 0) this.pool = new WorkerPool(workers, this.pluginTimeout());
    // Each outcome is recorded once it and every one before it are in: in input order, and none held longer.
    let recorded = Promise.resolve();
    const record = (outcome: Promise<FileOutcome>) => {
      recorded = Promise.all([recorded, outcome]).then(([, o]) => this.record(o));
      recorded.catch(() => {}); // an error is thrown where the run awaits it, not reported as unhandled on the way
    };
    // Files read and not yet linted. Read ahead only so far: the workers cannot lint faster, and every file read
    // waits in memory. The wait is for whichever file finishes first, not the oldest: while a worker starts up, the
    // oldest file may sit in its queue while the others have room for more.
    const pending = new Set<Promise<FileOutcome>>();
    for (const path of files) {
      if (ignoreFile && (ignoreFile.ignores(path) || (await this.resolver.forFile(path)).ignored)) {
        if (explicit.has(path)) record(Promise.resolve({ result: ignoredResult(path), fatal: [] }));
        continue;
      }
      const outcome = this.lintPath(path);
      record(outcome);
      pending.add(outcome);
      const settle = () => pending.delete(outcome);
      void outcome.then(settle, settle);
      if (pending.size >= Math.max(1, workers) * READ_AHEAD_PER_WORKER) await Promise.race(pending);
    }
    await recorded;
    await this.cache?.save();
  }

  /** Lints one source; `configPath` decides which configuration applies (for stdin, --stdin-filename). */
  async lintFile(file: SourceFile, configPath: string): Promise<void> {
    await this.ignoreFile;
    this.record(await this.lintSourceFile(file, configPath));
  }

  private record({ result, fatal }: FileOutcome): void {
    if (result) {
      this.onResult?.(result);
      if (this.keepResults) this.outcome.results.push(result);
    }
    this.outcome.fatal.push(...fatal);
  }

  /** Stops the worker threads, if any were started. */
  async close(): Promise<void> {
    await Promise.all([this.pool?.close(), this.largeFileSandbox?.close()]);
    this.pool = undefined;
    this.largeFileSandbox = undefined;
  }

  /** Writes every result's `output` over its file, atomically; a file that cannot be written is a fatal error. */
  async writeFixes(): Promise<void> {
    for (const result of this.outcome.results) {
      const source = this.outcome.sources.get(result.filePath);
      if (result.output === undefined || !source) continue;
      try {
        await writeFixedFile(source, result.output);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        this.outcome.fatal.push(error.message);
      }
    }
  }

  private async lintPath(path: string): Promise<FileOutcome> {
    let file: SourceFile;
    try {
      file = await readSourceFile(path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { fatal: [error.message] };
    }
    return this.lintSourceFile(file, path);
  }

  private async lintSourceFile(file: SourceFile, configPath: string): Promise<FileOutcome> {
    const config = await this.resolver.forFile(configPath);
    // Only a fixing run needs the files again (to write them, or print them for --fix-dry-run).
    if (this.options.fix) this.outcome.sources.set(file.path, file);
    const configKey = this.cache ? await this.configKey(config) : "";
    let result = this.cache ? await this.cache.lookup(file, configKey) : undefined;
    // A stored result has no fixes to apply; a fixing run reuses it only when nothing in it is fixable.
    if (result && this.options.fix && result.fixableErrorCount + result.fixableWarningCount > 0) result = undefined;
    if (!result) {
      result = await this.lint(file, config);
      await this.cache?.store(file, configKey, result);
    }
    if (!this.keepSource) delete result.source;
    return { result, fatal: result.messages.filter((m) => m.fatal).map((m) => `${file.path}: ${m.message}`) };
  }

  private async lint(file: SourceFile, config: FileConfig): Promise<LintResult> {
    const sandboxed = config.rules.some((r) => this.resolver.pluginSource(r.id)) && this.options.pluginTimeout !== 0 && WorkerPool.available();
    if (sandboxed && sendable(config)) {
      if (file.text.length > WORKER_MAX_SOURCE_CHARS) {
        this.largeFileSandbox ??= new WorkerPool(1, this.pluginTimeout(), { boundedHeap: false });
        return this.lintOnWorker(this.largeFileSandbox, file, config);
      }
      this.pool ??= new WorkerPool(1, this.pluginTimeout());
      return this.lintOnWorker(this.pool, file, config);
    }
    // With a pool, the main thread lints nothing it can send: it reads files and keeps every result, and linting
    // besides made its heap balloon (short-lived posting data promoted, collected late: 10,000 postings peaked at
    // 430 MB in two runs out of five, against 210 MB every time without). A file too big for a worker's bounded heap
    // is linted here.
    if (this.pool && sendable(config) && file.text.length <= WORKER_MAX_SOURCE_CHARS) return this.lintOnWorker(this.pool, file, config);
    return this.lintHere(file, config);
  }

  private async lintHere(file: SourceFile, config: FileConfig): Promise<LintResult> {
    await loadReader(detectFormat(file.path, file.text));
    return lintSource(file.text, {
      filePath: file.path,
      rules: config.rules,
      settings: config.settings,
      fix: this.options.fix === true,
      ...(this.options.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives } : {}),
    });
  }

  /**
   * Lints a file on a worker thread. A plugin rule that does not finish within
   * its budget is stopped, reported against its id, and the file is linted again
   * without it, so the other rules' findings stay.
   */
  private async lintOnWorker(pool: WorkerPool, file: SourceFile, config: FileConfig): Promise<LintResult> {
    const stopped: LintMessage[] = [];
    let rules = config.rules;
    for (;;) {
      const outcome = await pool.run(this.job(file, config, rules));
      if ("result" in outcome) {
        // The worker leaves out the text, which lintSource gives a result with findings and no fix.
        if (outcome.result.output === undefined && outcome.result.messages.length > 0) outcome.result.source = file.text;
        if (stopped.length === 0) return outcome.result;
        const messages = [...stopped, ...outcome.result.messages].sort(compareMessages);
        return { ...outcome.result, messages, ...countMessages(messages) };
      }
      if ("error" in outcome) return fatalResult(file.path, outcome.error);
      // The rule that was running when time ran out; if unknown, every plugin rule is suspect.
      const culprits = outcome.timedOut ? [outcome.timedOut] : rules.filter((r) => this.resolver.pluginSource(r.id)).map((r) => r.id);
      for (const id of culprits) {
        stopped.push({ ruleId: id, fatal: true, severity: 2, message: `rule '${id}' did not finish within ${this.pluginTimeout()} ms and was stopped`, line: 1, column: 1, endLine: 1, endColumn: 1 });
      }
      rules = rules.filter((r) => !culprits.includes(r.id));
    }
  }

  private job(file: SourceFile, config: FileConfig, rules: FileConfig["rules"]): Omit<LintJob, "job"> {
    return {
      text: file.text,
      filePath: file.path,
      fix: this.options.fix === true,
      settings: config.settings,
      ...(this.options.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives } : {}),
      rules: rules.map((r) => {
        const plugin = this.resolver.pluginSource(r.id);
        return { id: r.id, severity: r.severity, options: r.options, ...(plugin ? { plugin } : {}) };
      }),
    };
  }

  private pluginTimeout(): number {
    return this.options.pluginTimeout ?? DEFAULT_PLUGIN_TIMEOUT_MS;
  }

  /** Worker threads for the run: `concurrency` counts the threads that lint, and with workers the main thread does not. */
  private workerCount(files: readonly string[]): number {
    const wanted = this.options.concurrency ?? "auto";
    if (files.length < 2 || !WorkerPool.available()) return 0;
    if (wanted === "auto") return autoWorkerCount(files, availableParallelism());
    return wanted < 2 ? 0 : Math.min(wanted, files.length);
  }

  private async openCache(): Promise<void> {
    const cache = this.options.cache;
    if (cache && !this.cache) this.cache = await LintCache.open(cache.location, this.options.cwd, cache.strategy, packageInfo.version);
  }

  /** What besides the file decides its findings: the rules with their options, settings, and each plugin's version. */
  private configKey(config: FileConfig): Promise<string> {
    let key = this.configKeys.get(config);
    if (!key) {
      key = Promise.all(
        config.rules.map(async (r) => {
          const plugin = this.resolver.pluginSource(r.id);
          return [r.id, r.severity, r.options, plugin ? await moduleFingerprint(plugin.url) : null];
        }),
      ).then((rules) => {
        try {
          return hashOf({ rules, settings: config.settings, unused: this.options.reportUnusedDisableDirectives ?? 0 });
        } catch (error) {
          // A JavaScript configuration may hold a cycle, which no cache key can spell.
          throw new ConfigError(`--cache: ${(error as Error).message}`);
        }
      });
      this.configKeys.set(config, key);
    }
    return key;
  }
}

const sendableConfigs = new WeakMap<FileConfig, boolean>();

/**
 * Whether a file's settings and rule options can be sent to a worker thread: a
 * JavaScript configuration may hold functions, which only this thread can call,
 * so its files are linted here.
 */
function sendable(config: FileConfig): boolean {
  let ok = sendableConfigs.get(config);
  if (ok === undefined) {
    try {
      structuredClone([config.settings, config.rules.map((r) => r.options)]);
      ok = true;
    } catch {
      ok = false;
    }
    sendableConfigs.set(config, ok);
  }
  return ok;
}

const fingerprints = new Map<string, Promise<string>>();

/** A plugin module's identity for the cache: its package's name and version, and the module file's size and time. */
function moduleFingerprint(url: string): Promise<string> {
  let fingerprint = fingerprints.get(url);
  if (!fingerprint) {
    fingerprint = (async () => {
      const file = fileURLToPath(url);
      const info = await stat(file).catch(() => undefined);
      return `${await packageVersionAbove(dirname(file))}@${info?.size ?? 0}:${info?.mtimeMs ?? 0}`;
    })();
    fingerprints.set(url, fingerprint);
  }
  return fingerprint;
}

async function packageVersionAbove(dir: string): Promise<string> {
  for (let at = dir; ; at = dirname(at)) {
    const pkg = await readFile(join(at, "package.json"), "utf8").catch(() => undefined);
    if (pkg !== undefined) {
      try {
        const { name, version } = JSON.parse(pkg) as { name?: string; version?: string };
        return `${name ?? ""}@${version ?? ""}`;
      } catch {
        return "";
      }
    }
    if (dirname(at) === at) return "";
  }
}

/** A file named on the command line that an ignore pattern matches: a warning, as ESLint gives. */
function ignoredResult(filePath: string): LintResult {
  const messages: LintMessage[] = [
    {
      ruleId: null,
      severity: 1,
      message: 'File ignored because of a matching ignore pattern. Use "--no-ignore" to lint it anyway.',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
    },
  ];
  return { filePath, messages, suppressedMessages: [], ...countMessages(messages) };
}

/** A result standing for a file that could not be linted (the API's form of a fatal error). */
export function fatalResult(filePath: string, message: string): LintResult {
  const messages: LintMessage[] = [{ ruleId: null, fatal: true, severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1 }];
  return { filePath, messages, suppressedMessages: [], ...countMessages(messages) };
}
