import { json } from "./json.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export type { Formatter, FormatterContext } from "./types.js";

export const formatters: Record<string, Formatter> = { stylish, json };

export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name] : undefined;
}
