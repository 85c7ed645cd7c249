import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { builtinRules } from "../rules/index.js";
import { RuleError } from "./engine/lint.js";
import type { LintResult } from "./engine/messages.js";
import { ConfigError, type RulesConfig } from "./engine/rules-config.js";
import { getFormatter, formatters } from "./formatters/index.js";
import { expandPatterns } from "./io/files.js";
import { InputError, readSourceFile, readStdin, type SourceFile } from "./io/read.js";
import { writeFixedFile } from "./io/write.js";
import { lintSourceFile, resolveActiveRules, type LintFilesOptions } from "./index.js";

const HELP = `Usage: jobpostlint [options] [file|dir|glob ...]

Lints job postings (Markdown and plain text). Directories are searched for
*.md, *.markdown and *.txt files, skipping node_modules and dot-folders.

Options:
  --fix                    Fix problems in place (atomic write, only when changed)
  --fix-dry-run            Fix without writing: print the fixed text (json: the output field)
  -f, --format NAME        Output format: ${Object.keys(formatters).join(", ")} (default: stylish)
  --rule ID:SEVERITY       Set a rule's severity (off, warn, error); repeatable
  --quiet                  Report errors only
  --max-warnings N         Exit 1 when there are more than N warnings
  --stdin                  Lint text from standard input
  --stdin-filename NAME    The name (and so the format) of the standard input text
  --report-unused-disable-directives  Warn about jobpostlint-disable comments that suppress nothing
  --list-rules             List the rules with their descriptions
  --color, --no-color      Force colour on or off
  -v, --version            Print the version
  -h, --help               Print this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or
too many warnings, 2 a fatal problem (bad arguments, unreadable file).`;

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
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        fix: { type: "boolean" },
        "fix-dry-run": { type: "boolean" },
        format: { type: "string", short: "f" },
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
      },
    });
  } catch (error) {
    io.stderr(`jobpostlint: ${(error as Error).message.split("\n")[0]}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout(HELP + "\n");
    return 0;
  }
  if (values.version) {
    io.stdout(`${version()}\n`);
    return 0;
  }
  if (values["list-rules"]) {
    for (const r of builtinRules) io.stdout(`${r.meta.id.padEnd(28)} ${r.meta.recommended.padEnd(5)} ${r.meta.description}\n`);
    return 0;
  }
  try {
    return await run(values, positionals, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof InputError || error instanceof RuleError) {
      io.stderr(`jobpostlint: ${error.message}\n`);
      return 2;
    }
    io.stderr(`jobpostlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

interface Values {
  fix?: boolean;
  "fix-dry-run"?: boolean;
  format?: string;
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
  const formatName = values.format ?? "stylish";
  const formatter = getFormatter(formatName);
  if (!formatter) throw new UsageError(`unknown format '${formatName}' (use ${Object.keys(formatters).join(", ")})`);
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  const useStdin = values.stdin || (positionals.length === 0 && values["stdin-filename"] !== undefined);
  if (useStdin && values.fix) throw new UsageError("--fix is not available for standard input; use --fix-dry-run");
  if (!useStdin && positionals.length === 0) throw new UsageError("no files given (try: jobpostlint postings/ or --stdin; --help for more)");
  const dryRun = values["fix-dry-run"] === true;
  const options: LintFilesOptions = {
    cwd: io.cwd,
    rules: parseRuleFlags(values.rule ?? []),
    fix: values.fix === true || dryRun,
    ...(values["report-unused-disable-directives"] ? { reportUnusedDisableDirectives: 1 as const } : {}),
  };
  const rules = resolveActiveRules(options);

  const results: LintResult[] = [];
  const fatal: string[] = [];
  const sources = new Map<string, SourceFile>();
  const lint = (file: SourceFile) => {
    sources.set(file.path, file);
    results.push(lintSourceFile(file, options, rules));
  };
  if (useStdin) {
    lint(await readStdin(io.stdin, values["stdin-filename"] ?? "<stdin>"));
  } else {
    const { files, errors } = await expandPatterns(positionals, io.cwd);
    fatal.push(...errors);
    for (const path of files) {
      try {
        lint(await readSourceFile(path));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        fatal.push(error.message);
      }
    }
  }

  if (values.fix) {
    for (const result of results) {
      if (result.output === undefined) continue;
      try {
        await writeFixedFile(sources.get(result.filePath)!, result.output);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        fatal.push(error.message);
      }
    }
  }
  for (const result of results) if (result.fixWarning) io.stderr(`jobpostlint: ${result.filePath}: ${result.fixWarning}\n`);

  const shown = values.quiet ? results.map(onlyErrors) : results;
  const errorCount = results.reduce((n, r) => n + r.errorCount, 0);
  const warningCount = results.reduce((n, r) => n + r.warningCount, 0);
  const tooManyWarnings = maxWarnings >= 0 && warningCount > maxWarnings;
  const color = values["no-color"] ? false : values.color ? true : io.isTTY && !process.env.NO_COLOR;
  const report = formatter(shown, {
    cwd: io.cwd,
    color,
    ...(tooManyWarnings ? { maxWarningsExceeded: { maxWarnings, foundWarnings: warningCount } } : {}),
  });
  if (dryRun && formatName !== "json") {
    for (const result of results) io.stdout(result.output ?? sources.get(result.filePath)!.text);
    if (report) io.stderr(report);
  } else if (report) io.stdout(report.endsWith("\n") ? report : report + "\n");

  for (const line of fatal) io.stderr(`jobpostlint: ${line}\n`);
  if (fatal.length > 0) return 2;
  return errorCount > 0 || tooManyWarnings ? 1 : 0;
}

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings takes a whole number, not '${value}'`);
  return n;
}

/** `--rule no-stray-tabs:off`, `--rule heading-style:error`. */
function parseRuleFlags(flags: readonly string[]): RulesConfig {
  const config: RulesConfig = {};
  for (const flag of flags) {
    const m = /^([^:\s]+):\s*(off|warn|error|0|1|2)$/.exec(flag.trim());
    if (!m) throw new UsageError(`--rule takes ID:SEVERITY (off, warn or error), not '${flag}'`);
    const severity = m[2]!;
    config[m[1]!] = /^\d$/.test(severity) ? (Number(severity) as 0 | 1 | 2) : (severity as "off" | "warn" | "error");
  }
  return config;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
