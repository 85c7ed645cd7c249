import type { Formatter } from "./types.js";

export type { CustomFormatter, Formatter, FormatterContext } from "./types.js";

/** The built-in formatters, each imported only when a run asks for it (stylish alone pulls in chalk). */
const loaders: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import("./stylish.js")).stylish,
  json: async () => (await import("./json.js")).json,
  compact: async () => (await import("./compact.js")).compact,
  github: async () => (await import("./github.js")).github,
  junit: async () => (await import("./junit.js")).junit,
  sarif: async () => (await import("./sarif.js")).sarif,
};

export const formatterNames: readonly string[] = Object.keys(loaders);

export async function getFormatter(name: string): Promise<Formatter | undefined> {
  return Object.hasOwn(loaders, name) ? loaders[name]!() : undefined;
}
