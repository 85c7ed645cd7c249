import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { formatterNames, getFormatter } from "./index.js";
import type { CustomFormatter, FormatterContext, StreamingFormatter } from "./types.js";
import type { LintResult } from "../engine/messages.js";
import { importModule } from "../io/import-module.js";

/** A formatter that cannot be found, loaded or run: one line, exit code 2. */
export class FormatterError extends Error {}

/** A formatter ready to run; a built-in one that can print results as they come has `stream` too. */
export type LoadedFormatter = ((results: LintResult[], context: FormatterContext) => Promise<string>) & Partial<Pick<StreamingFormatter, "stream">>;

/**
 * The formatter `--format` names: a built-in one, a module file (a path, taken
 * relative to `cwd`) or a package installed where `cwd` can see it, tried as
 * `jobpostlint-formatter-NAME` first and then as NAME itself (ESLint's rule for
 * `eslint-formatter-NAME`). A module's default export is the formatter.
 */
export async function loadFormatter(name: string, cwd: string): Promise<LoadedFormatter> {
  const builtin = await getFormatter(name);
  if (builtin) {
    const format: LoadedFormatter = async (results, context) => builtin(results, context);
    if ("stream" in builtin) format.stream = (builtin as StreamingFormatter).stream;
    return format;
  }
  const url = await locate(name, cwd);
  let format: unknown;
  try {
    format = (await importModule<{ default?: unknown }>(url)).default;
  } catch (error) {
    throw new FormatterError(`formatter '${name}' could not be loaded: ${firstLine(error)}`);
  }
  if (typeof format !== "function") throw new FormatterError(`formatter '${name}' has no default export that is a function`);
  const custom = format as CustomFormatter;
  return async (results, context) => {
    let report: unknown;
    try {
      report = await custom(results, context);
    } catch (error) {
      throw new FormatterError(`formatter '${name}' failed: ${firstLine(error)}`);
    }
    if (typeof report !== "string") throw new FormatterError(`formatter '${name}' returned ${report === null ? "null" : typeof report}, not a string`);
    return report;
  };
}

async function locate(name: string, cwd: string): Promise<string> {
  if (looksLikePath(name)) {
    const path = resolve(cwd, name);
    if (!existsSync(path)) throw new FormatterError(`cannot find the formatter '${name}' (no file ${path}; built-in formats: ${formatterNames.join(", ")})`);
    return pathToFileURL(path).href;
  }
  const { resolve: resolveModule } = await import("import-meta-resolve");
  const base = pathToFileURL(resolve(cwd) + "/").href;
  const candidates = name.startsWith("@") || name.startsWith("jobpostlint-formatter-") ? [name] : [`jobpostlint-formatter-${name}`, name];
  for (const candidate of candidates) {
    try {
      const url = resolveModule(candidate, base);
      // import-meta-resolve answers builtin "node:" modules too; only files are formatters.
      if (url.startsWith("file:")) return url;
    } catch {
      // not installed under this name: try the next
    }
  }
  throw new FormatterError(`unknown format '${name}': not a built-in format (${formatterNames.join(", ")}), a file or an installed package`);
}

function looksLikePath(name: string): boolean {
  return name.startsWith(".") || isAbsolute(name) || name.includes("\\") || /\.[cm]?js$/.test(name) || (name.includes("/") && !name.startsWith("@"));
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
