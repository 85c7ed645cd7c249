import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { builtinRules } from "../rules/index.js";
import { ConfigFinder } from "./config/discover.js";
import type { FileConfig } from "./config/resolve.js";
import { ConfigFileError } from "./config/types.js";
import type { LintResult } from "./engine/messages.js";
import { ConfigError, type RuleEntry, type RulesConfig } from "./engine/rules-config.js";
import { formatterNames } from "./formatters/index.js";
import { FormatterError, loadFormatter } from "./formatters/load.js";
import { describeFsError, InputError, readStdin } from "./io/read.js";
import { writeReportFile } from "./io/report-file.js";
import { LintRun } from "./lint-run.js";
import { CACHE_STRATEGIES, DEFAULT_CACHE_FILE, type CacheStrategy } from "./io/lint-cache.js";
import { packageInfo } from "./package-info.js";

const HELP = `Usage: jobpostlint [options] [file|dir|glob ...]

Lints job postings (Markdown and plain text). Directories are searched for
*.md, *.markdown and *.txt files, skipping node_modules and dot-folders.

Options:
  --fix                    Fix problems in place (atomic write, only when changed)
  --fix-dry-run            Fix without writing: print the fixed text (json: the output field)
  -f, --format NAME        Output format: ${formatterNames.join(", ")} (default: stylish),
                           or a formatter module: a path, or a package (jobpostlint-formatter-NAME or NAME)
  -o, --output-file PATH   Write the report to PATH (folders created) instead of standard output
  --rule ID:SEVERITY       Set a rule's severity (off, warn, error); repeatable
  --quiet                  Report errors only
  --max-warnings N         Exit 1 when there are more than N warnings
  --stdin                  Lint text from standard input
  --stdin-filename NAME    The name (and so the format) of the standard input text
  --report-unused-disable-directives  Warn about jobpostlint-disable comments that suppress nothing
  -c, --config PATH        Use this configuration file only (no lookup)
  --no-config-lookup       Use no configuration files (built-in defaults and --rule)
  --print-config FILE      Print the configuration that applies to FILE
  --init                   Write a starter .jobpostlintrc.json
  --ignore-path PATH       Read ignore patterns from PATH (default .jobpostlintignore)
  --no-ignore              Lint files even when ignore patterns match them
  --plugin-timeout MS      Stop plugin rules that take longer on one file (default 10000; 0: no limit)
  --concurrency N          Threads that lint: a number (2 or more: worker threads), auto (default: one
                           per core, for runs of about 8 MB of postings or more) or off (the main thread alone)
  --cache                  Only lint files that changed since the last run (results kept in .jobpostlintcache)
  --cache-location PATH    Where the cache is kept (a file, or a folder ending in /)
  --cache-strategy NAME    How a change is seen: metadata (size and time, default) or content
  --list-rules             List the rules (with --format json: as JSON)
  --lsp                    Run the language server (LSP over stdin and stdout)
  --color, --no-color      Force colour on or off
  -v, --version            Print the version
  -h, --help               Print this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or
too many warnings, 2 a fatal problem (bad arguments, unreadable file).`;

/** Built-in formats that never read a result's `source`: a run for them need not keep every file's text. */
const FORMATS_WITHOUT_SOURCE = new Set(["stylish", "compact", "github", "junit"]);

/** A problem with the invocation itself: one line on stderr, exit 2. */
class UsageError extends Error {}

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  isTTY: boolean;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  let args;
  try {
    args = parseArgs({
      // An LSP client adds its own transport flags (--stdio, --clientProcessId=N): with --lsp they are not ours to judge.
      args: argv.includes("--lsp") ? ["--lsp"] : withNegativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: "string", short: "c" },
        "no-config-lookup": { type: "boolean" },
        "print-config": { type: "string" },
        init: { type: "boolean" },
        "ignore-path": { type: "string" },
        "no-ignore": { type: "boolean" },
        "plugin-timeout": { type: "string" },
        concurrency: { type: "string" },
        cache: { type: "boolean" },
        "cache-location": { type: "string" },
        "cache-strategy": { type: "string" },
        fix: { type: "boolean" },
        "fix-dry-run": { type: "boolean" },
        format: { type: "string", short: "f" },
        "output-file": { type: "string", short: "o" },
        rule: { type: "string", multiple: true },
        quiet: { type: "boolean" },
        "max-warnings": { type: "string" },
        stdin: { type: "boolean" },
        "stdin-filename": { type: "string" },
        "report-unused-disable-directives": { type: "boolean" },
        "list-rules": { type: "boolean" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" },
        lsp: { type: "boolean" },
      },
    });
  } catch (error) {
    io.stderr(`jobpostlint: ${(error as Error).message.split("\n")[0]}\n`);
    return 2;
  }
  const { values, positionals } = args;
  // Loaded only here, so a lint run does not pay for the protocol library; the server never returns.
  if (values.lsp) return (await import("./lsp/server.js")).startServer();
  if (values.help) {
    io.stdout(HELP + "\n");
    return 0;
  }
  if (values.version) {
    io.stdout(`${version()}\n`);
    return 0;
  }
  if (values["list-rules"]) {
    io.stdout(listRules(values.format === "json"));
    return 0;
  }
  if (values.init) {
    try {
      return await init(io);
    } catch (error) {
      if (!(error instanceof ConfigFileError)) throw error;
      io.stderr(`jobpostlint: ${error.message}\n`);
      return 2;
    }
  }
  try {
    return await run(values, positionals, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof FormatterError || error instanceof ConfigError || error instanceof ConfigFileError || error instanceof InputError) {
      io.stderr(`jobpostlint: ${error.message}\n`);
      return 2;
    }
    io.stderr(`jobpostlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

interface Values {
  config?: string;
  "no-config-lookup"?: boolean;
  "print-config"?: string;
  "ignore-path"?: string;
  "no-ignore"?: boolean;
  "plugin-timeout"?: string;
  concurrency?: string;
  cache?: boolean;
  "cache-location"?: string;
  "cache-strategy"?: string;
  fix?: boolean;
  "fix-dry-run"?: boolean;
  format?: string;
  "output-file"?: string;
  rule?: string[];
  quiet?: boolean;
  "max-warnings"?: string;
  stdin?: boolean;
  "stdin-filename"?: string;
  "report-unused-disable-directives"?: boolean;
  color?: boolean;
  "no-color"?: boolean;
}

async function run(values: Values, positionals: string[], io: CliIO): Promise<number> {
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  const useStdin = values.stdin || (positionals.length === 0 && values["stdin-filename"] !== undefined);
  // The file names would go unlinted, and the run still pass.
  if (values.stdin && positionals.length > 0) throw new UsageError(`--stdin lints standard input only, not files: drop ${positionals.length === 1 ? `'${positionals[0]}'` : "the file names"} or --stdin`);
  if (useStdin && values.fix) throw new UsageError("--fix is not available for standard input; use --fix-dry-run");
  const dryRun = values["fix-dry-run"] === true;
  if (dryRun && values.fix) throw new UsageError("--fix and --fix-dry-run cannot be used together: --fix writes the files, --fix-dry-run only prints");
  const lintRun = new LintRun({
    cwd: io.cwd,
    fix: values.fix === true || dryRun,
    ...(values.config ? { configFile: values.config } : {}),
    configLookup: !values["no-config-lookup"],
    rules: parseRuleFlags(values.rule ?? []),
    ignore: !values["no-ignore"],
    ...(values["ignore-path"] ? { ignorePath: values["ignore-path"] } : {}),
    ...(values["report-unused-disable-directives"] ? { reportUnusedDisableDirectives: 1 as const } : {}),
    ...(values["plugin-timeout"] !== undefined ? { pluginTimeout: parseWholeNumber("--plugin-timeout", values["plugin-timeout"]) } : {}),
    ...(values.concurrency !== undefined ? { concurrency: parseConcurrency(values.concurrency) } : {}),
    ...(cacheOption(values) ?? {}),
  });
  if (values["print-config"] !== undefined) {
    const config = await lintRun.resolver.forFile(values["print-config"]);
    io.stdout(JSON.stringify(printableConfig(config), null, 2) + "\n");
    return 0;
  }
  const formatName = values.format ?? (await lintRun.resolver.forFile(join(io.cwd, "_"))).format ?? "stylish";
  lintRun.keepSource = !FORMATS_WITHOUT_SOURCE.has(formatName);
  const formatter = await loadFormatter(formatName, io.cwd);
  if (!useStdin && positionals.length === 0) throw new UsageError("no files given (try: jobpostlint postings/ or --stdin; --help for more)");

  const outputFile = values["output-file"];
  if (outputFile === "") throw new UsageError("--output-file needs a file name");
  // The terminal decides colour for standard output only: a report file gets colour when --color asks for it.
  const color = values["no-color"] ? false : values.color ? true : io.isTTY && !process.env.NO_COLOR && !outputFile;
  // Results are printed as they come, and not kept, unless the report goes to a file (written whole), follows the
  // fixed text (--fix-dry-run), or the run writes fixes (which needs every result), or the formatter needs them all.
  const stream = formatter.stream && !values.fix && !dryRun && !outputFile ? formatter.stream({ cwd: io.cwd, color }) : undefined;
  const report = new ReportWriter(io.stdout);
  let errorCount = 0;
  let warningCount = 0;
  lintRun.keepResults = !stream;
  lintRun.onResult = (result) => {
    errorCount += result.errorCount;
    warningCount += result.warningCount;
    if (result.fixWarning) io.stderr(`jobpostlint: ${result.filePath}: ${result.fixWarning}\n`);
    if (stream) report.write(stream.file(values.quiet ? onlyErrors(result) : result));
  };

  if (useStdin) {
    const name = values["stdin-filename"] ?? "<stdin>";
    await lintRun.lintFile(await readStdin(io.stdin, name), values["stdin-filename"] ? resolve(io.cwd, name) : join(io.cwd, "_"));
  } else {
    await lintRun.lintPatterns(positionals);
  }
  await lintRun.close();
  if (values.fix) await lintRun.writeFixes();
  const { results, sources, fatal } = lintRun.outcome;

  const tooManyWarnings = maxWarnings >= 0 && warningCount > maxWarnings;
  const maxWarningsExceeded = tooManyWarnings ? { maxWarnings, foundWarnings: warningCount } : undefined;
  if (stream) {
    report.write(stream.end(maxWarningsExceeded));
    report.end();
  } else {
    const text = await formatter(values.quiet ? results.map(onlyErrors) : results, {
      cwd: io.cwd,
      color,
      rulesMeta: lintRun.resolver.rulesMeta(),
      ...(maxWarningsExceeded ? { maxWarningsExceeded } : {}),
    });
    if (dryRun && formatName !== "json") {
      for (const result of results) {
        const source = sources.get(result.filePath);
        if (source) io.stdout(result.output ?? source.text);
      }
      if (text && !outputFile) io.stderr(text);
    } else if (!outputFile) {
      report.write(text);
      report.end();
    }
    if (outputFile) await writeReportFile(resolve(io.cwd, outputFile), text);
  }

  for (const line of fatal) io.stderr(`jobpostlint: ${line}\n`);
  if (fatal.length > 0) return 2;
  return errorCount > 0 || tooManyWarnings ? 1 : 0;
}

function printableConfig(config: FileConfig) {
  return {
    sources: config.sources,
    settings: config.settings,
    rules: Object.fromEntries(config.rules.map((r) => [r.id, [r.severity === 2 ? "error" : "warn", r.options]])),
    ...(config.format ? { format: config.format } : {}),
  };
}

function listRules(json: boolean): string {
  const rows = builtinRules.map(({ meta }) => ({
    id: meta.id,
    category: meta.category,
    recommended: meta.recommended,
    fixable: meta.fixable === true,
    hasSuggestions: meta.hasSuggestions === true,
    description: meta.description,
  }));
  if (json) return JSON.stringify(rows, null, 2) + "\n";
  const width = Math.max(...rows.map((r) => r.id.length));
  return rows.map((r) => `${r.id.padEnd(width)}  ${r.category.padEnd(11)}  ${r.recommended.padEnd(5)}  ${r.fixable ? "fix" : "   "}  ${r.description}`).join("\n") + "\n";
}

const STARTER_CONFIG = {
  $schema: "./node_modules/jobpostlint/schema/jobpostlintrc.schema.json",
  extends: ["jobpostlint:recommended"],
  rules: {},
};

/** Writes a starter `.jobpostlintrc.json`; never overwrites a configuration that is already there. */
async function init(io: CliIO): Promise<number> {
  const target = join(io.cwd, ".jobpostlintrc.json");
  const existing = await new ConfigFinder().inDirectory(io.cwd);
  if (existsSync(target) || existing) {
    io.stderr(`jobpostlint: ${existing?.filepath ?? target} already exists; not overwritten\n`);
    return 2;
  }
  try {
    writeFileSync(target, JSON.stringify(STARTER_CONFIG, null, 2) + "\n", { flag: "wx" });
  } catch (error) {
    throw new ConfigFileError(`${target}: cannot write it (${describeFsError(error)})`);
  }
  io.stdout(`wrote ${target}\n`);
  return 0;
}

/**
 * The report on standard output, written in pieces of at least 64 KB (one
 * write a file would be tens of thousands of them), and ended with a line break
 * if it has text and does not end with one.
 */
class ReportWriter {
  private pending = "";
  private last = "";

  constructor(private readonly out: (text: string) => void) {}

  write(text: string): void {
    if (!text) return;
    this.pending += text;
    this.last = text;
    if (this.pending.length >= 64 * 1024) this.flush();
  }

  end(): void {
    if (this.last && !this.last.endsWith("\n")) this.pending += "\n";
    this.flush();
  }

  private flush(): void {
    if (this.pending) this.out(this.pending);
    this.pending = "";
  }
}

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

function parseWholeNumber(flag: string, value: string): number {
  // Number("") is 0: an empty value would silently mean "no limit" for --plugin-timeout.
  const n = value.trim() === "" ? NaN : Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} takes a whole number, not '${value}'`);
  // Node's timers hold at most 2^31 - 1 ms (about 24 days); past that a timer fires at once.
  if (n > MAX_TIMER_MS) throw new UsageError(`${flag} takes at most ${MAX_TIMER_MS} (ms), not '${value}'`);
  return n;
}

const MAX_TIMER_MS = 2 ** 31 - 1;

function parseConcurrency(value: string): number | "auto" {
  if (value === "auto") return "auto";
  if (value === "off") return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency takes a whole number of threads, auto or off, not '${value}'`);
  return n;
}

/** `--cache` and its settings; naming a location or strategy without `--cache` is a mistake worth saying. */
function cacheOption(values: Values): { cache: { location: string; strategy: CacheStrategy } } | undefined {
  const strategy = values["cache-strategy"] ?? "metadata";
  if (!(CACHE_STRATEGIES as readonly string[]).includes(strategy)) throw new UsageError(`--cache-strategy takes ${CACHE_STRATEGIES.join(" or ")}, not '${strategy}'`);
  if (!values.cache) {
    if (values["cache-location"] !== undefined || values["cache-strategy"] !== undefined) throw new UsageError("--cache-location and --cache-strategy need --cache");
    return undefined;
  }
  return { cache: { location: values["cache-location"] ?? DEFAULT_CACHE_FILE, strategy: strategy as CacheStrategy } };
}

/**
 * `--max-warnings -1` as `--max-warnings=-1`: parseArgs takes a value that
 * starts with a dash for an option, and refuses it as ambiguous.
 */
function withNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (NUMERIC_FLAGS.has(arg) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

const NUMERIC_FLAGS = new Set(["--max-warnings", "--plugin-timeout", "--concurrency"]);

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  const n = value.trim() === "" ? NaN : Number(value);
  if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings takes a whole number, not '${value}'`);
  return n;
}

/** `--rule no-stray-tabs:off`, `--rule heading-style:error`, `--rule 'heading-style:["error",{"case":"upper"}]'`. */
function parseRuleFlags(flags: readonly string[]): RulesConfig {
  const config: RulesConfig = {};
  for (const flag of flags) {
    // linear-regex: bounded input, one command-line argument
    const m = /^([^:\s]+):\s*(.+)$/.exec(flag.trim());
    const value = m?.[2]?.trim();
    if (!m || value === undefined) throw new UsageError(`--rule takes ID:SEVERITY (off, warn or error), not '${flag}'`);
    if (value.startsWith("[")) {
      try {
        config[m[1]!] = JSON.parse(value) as RuleEntry;
      } catch {
        throw new UsageError(`--rule ${m[1]}: '${value}' is not valid JSON`);
      }
    } else if (/^(off|warn|error|0|1|2)$/.test(value)) {
      config[m[1]!] = /^\d$/.test(value) ? (Number(value) as 0 | 1 | 2) : (value as "off" | "warn" | "error");
    } else throw new UsageError(`--rule takes ID:SEVERITY (off, warn or error), not '${flag}'`);
  }
  return config;
}

function version(): string {
  return packageInfo.version;
}
