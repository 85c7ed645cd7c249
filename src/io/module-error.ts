import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Why a configuration file or plugin failed to import, as one line. Node
 * gives an ES module's syntax error no line number (only its fatal handler
 * prints one), so for a SyntaxError the file is checked once more with
 * `node --check`, whose first line names it: this runs only on the way to an
 * error.
 */
export function describeModuleError(fileOrUrl: string, error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const reason = error.message.split("\n")[0]!;
  if (!(error instanceof SyntaxError)) return error.name && error.name !== "Error" ? `${error.name}: ${reason}` : reason;
  const line = /^[a-z][a-z\d+.-]+:/i.test(fileOrUrl) && !fileOrUrl.startsWith("file:") ? undefined : syntaxErrorLine(fileOrUrl.startsWith("file:") ? fileURLToPath(fileOrUrl) : fileOrUrl);
  return `SyntaxError${line ? ` at line ${line}` : ""}: ${reason}`;
}

function syntaxErrorLine(file: string): number | undefined {
  const check = spawnSync(process.execPath, ["--check", file], { encoding: "utf8", timeout: 10_000 });
  // "/path/to/file.mjs:3" (or "file:///path/to/file.mjs:3") opens node's report of the error.
  const at = /:(\d+)\s*$/.exec(check.stderr.split("\n")[0] ?? "");
  return at ? Number(at[1]) : undefined;
}
