import { compact } from "./compact.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export type { CustomFormatter, Formatter, FormatterContext } from "./types.js";

export const formatters: Record<string, Formatter> = { stylish, json, compact, github, junit, sarif };

export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name] : undefined;
}
