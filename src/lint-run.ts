import { builtinRules } from "../rules/index.js";
import { IgnoreFile } from "./config/ignore.js";
import { ConfigResolver } from "./config/resolve.js";
import { lintSource } from "./engine/lint-source.js";
import { compareMessages, countMessages, type LintMessage, type LintResult } from "./engine/messages.js";
import type { FileConfig } from "./config/resolve.js";
import { DEFAULT_PLUGIN_TIMEOUT_MS, PluginSandbox } from "./sandbox/sandbox.js";
import type { RulesConfig } from "./engine/rules-config.js";
import { expandPatterns } from "./io/files.js";
import { detectFormat } from "./posting/format.js";
import { loadReader } from "./posting/readers.js";
import { InputError, readSourceFile, type SourceFile } from "./io/read.js";
import { writeFixedFile } from "./io/write.js";

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
}

/** What a run produced: results, the files read (for writing fixes), and one-line fatal errors. */
export interface RunOutcome {
  results: LintResult[];
  sources: Map<string, SourceFile>;
  fatal: string[];
}

/**
 * A lint run over files: configuration resolved per file, ignore patterns
 * honoured (an ignored file named explicitly gets a warning, not silence), and a
 * file that cannot be read or a rule that throws recorded as a fatal error
 * while the other files are still linted.
 */
export class LintRun {
  readonly resolver: ConfigResolver;
  private readonly ignoreFile: IgnoreFile | undefined;
  private sandbox: PluginSandbox | undefined;
  readonly outcome: RunOutcome = { results: [], sources: new Map(), fatal: [] };

  constructor(private readonly options: RunOptions) {
    this.resolver = new ConfigResolver({
      cwd: options.cwd,
      builtinRules,
      ...(options.configFile ? { configFile: options.configFile } : {}),
      lookup: options.configLookup !== false,
      ...(options.rules ? { overrides: options.rules } : {}),
    });
    this.ignoreFile = options.ignore === false ? undefined : IgnoreFile.load(options.cwd, options.ignorePath);
  }

  async lintPatterns(patterns: readonly string[]): Promise<void> {
    const { files, errors, explicit } = await expandPatterns(patterns, this.options.cwd);
    this.outcome.fatal.push(...errors);
    for (const path of files) {
      if (this.ignoreFile && (this.ignoreFile.ignores(path) || (await this.resolver.forFile(path)).ignored)) {
        if (explicit.has(path)) this.outcome.results.push(ignoredResult(path));
        continue;
      }
      let file: SourceFile;
      try {
        file = await readSourceFile(path);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        this.outcome.fatal.push(error.message);
        continue;
      }
      await this.lintFile(file, path);
    }
  }

  /** Lints one source; `configPath` decides which configuration applies (for stdin, --stdin-filename). */
  async lintFile(file: SourceFile, configPath: string): Promise<void> {
    const config = await this.resolver.forFile(configPath);
    this.outcome.sources.set(file.path, file);
    const usesPlugins = config.rules.some((r) => this.resolver.pluginSource(r.id));
    const sandboxed = usesPlugins && this.options.pluginTimeout !== 0 && PluginSandbox.available();
    if (!sandboxed) await loadReader(detectFormat(file.path, file.text));
    const result = sandboxed
      ? await this.lintInSandbox(file, config)
      : lintSource(file.text, {
          filePath: file.path,
          rules: config.rules,
          settings: config.settings,
          fix: this.options.fix === true,
          ...(this.options.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives } : {}),
        });
    this.outcome.results.push(result);
    for (const m of result.messages) if (m.fatal) this.outcome.fatal.push(`${file.path}: ${m.message}`);
  }

  /**
   * Lints a file whose rules include plugin rules in a worker thread with a time
   * budget. A plugin rule that does not finish is stopped, reported against its
   * id, and the file is linted again without it, so the other rules' findings stay.
   */
  private async lintInSandbox(file: SourceFile, config: FileConfig): Promise<LintResult> {
    const timeout = this.options.pluginTimeout ?? DEFAULT_PLUGIN_TIMEOUT_MS;
    this.sandbox ??= new PluginSandbox(timeout);
    const stopped: LintMessage[] = [];
    let rules = config.rules;
    for (;;) {
      const outcome = await this.sandbox.run({
        text: file.text,
        filePath: file.path,
        fix: this.options.fix === true,
        settings: config.settings,
        ...(this.options.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives } : {}),
        rules: rules.map((r) => {
          const plugin = this.resolver.pluginSource(r.id);
          return { id: r.id, severity: r.severity, options: r.options, ...(plugin ? { plugin } : {}) };
        }),
      });
      if ("result" in outcome) {
        const messages = [...stopped, ...outcome.result.messages].sort(compareMessages);
        return { ...outcome.result, messages, ...countMessages(messages) };
      }
      if ("error" in outcome) return fatalResult(file.path, `${file.path}: ${outcome.error}`);
      // The rule that was running when time ran out; if unknown, every plugin rule is suspect.
      const culprits = outcome.timedOut ? [outcome.timedOut] : rules.filter((r) => this.resolver.pluginSource(r.id)).map((r) => r.id);
      for (const id of culprits) {
        stopped.push({ ruleId: id, fatal: true, severity: 2, message: `rule '${id}' did not finish within ${timeout} ms and was stopped`, line: 1, column: 1, endLine: 1, endColumn: 1 });
      }
      rules = rules.filter((r) => !culprits.includes(r.id));
    }
  }

  /** Stops the plugin worker thread, if one was started. */
  async close(): Promise<void> {
    await this.sandbox?.close();
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
