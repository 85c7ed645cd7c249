import { realpath } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { parse as parseJsonc, printParseErrorCode, type ParseError } from "jsonc-parser";
import yaml from "js-yaml";
import { importModule } from "../io/import-module.js";
import { describeModuleError } from "../io/module-error.js";
import { ConfigFileError } from "./types.js";

/** JSON with comments and trailing commas (also plain JSON), with `file:line:column` on a syntax error. */
export function loadJsonc(filepath: string, content: string): unknown {
  const errors: ParseError[] = [];
  const value = parseJsonc(content, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    const { line, column } = lineColumn(content, first.offset);
    throw new ConfigFileError(`${filepath}:${line}:${column}: invalid JSON (${printParseErrorCode(first.error)})`);
  }
  return value;
}

/** YAML (a superset of JSON, so `.jobpostlintrc` may be either), with `file:line` on a syntax error. */
export function loadYaml(filepath: string, content: string): unknown {
  try {
    return yaml.load(content, { filename: filepath });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const line = error.mark ? error.mark.line + 1 : 1;
      throw new ConfigFileError(`${filepath}:${line}: invalid YAML (${error.reason})`);
    }
    throw error;
  }
}

/**
 * `.js`, `.cjs` and `.mjs`: imported as cosmiconfig does, its default export.
 * Not its fallback to require(), which on Node 20 buried a syntax error under
 * "Cannot require() ES Module ... not yet fully loaded".
 */
export async function loadModule(filepath: string): Promise<unknown> {
  try {
    const mod = await importModule<{ default?: unknown }>(pathToFileURL(await realpath(filepath)).href);
    return mod.default;
  } catch (error) {
    throw new ConfigFileError(`${filepath}: ${describeModuleError(filepath, error)}`);
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
