import type { Structure } from "./draft.js";
import type { LineIndex } from "./lines.js";
import { readPlainText } from "./text.js";
import type { Format, Line, Range } from "./types.js";

/** What every format reader gets: the text, its lines, and the spans hidden from it (comments, templates, front matter). */
export interface ReaderInput {
  text: string;
  lines: readonly Line[];
  index: LineIndex;
  hidden: readonly Range[];
}

/** Reads a format's structure (headings, items, metadata) out of the text. */
export type StructureReader = (input: ReaderInput) => Structure;

/**
 * The format readers, loaded on demand: the Markdown reader pulls in
 * unified/micromark and the HTML and JSON-LD readers parse5, which a run over
 * plain-text postings must not pay for at start-up. Parsing itself stays synchronous, so whoever lints asynchronously
 * (the CLI, the worker pool) awaits `loadReader` first; synchronous callers
 * (the API, the language server, the browser) import `./all-readers.js`.
 */
const readers = new Map<Format, StructureReader>([["text", ({ lines, hidden }) => readPlainText(lines, hidden)]]);

const loaders: Partial<Record<Format, () => Promise<StructureReader>>> = {
  markdown: async () => (await import("./markdown-reader.js")).markdownReader,
  html: async () => (await import("./html-reader.js")).htmlReader,
  json: async () => (await import("./json-reader.js")).jsonReader,
};

export function registerReader(format: Format, reader: StructureReader): void {
  readers.set(format, reader);
}

/** Loads the reader for `format` (a no-op when it is already there). */
export async function loadReader(format: Format): Promise<void> {
  if (readers.has(format)) return;
  const load = loaders[format];
  if (!load) throw new Error(`no reader for the ${format} format`);
  registerReader(format, await load());
}

export function readerFor(format: Format): StructureReader {
  const reader = readers.get(format);
  if (!reader) throw new Error(`the ${format} reader is not loaded: await loadReader("${format}") or import "jobpostlint/dist/src/posting/all-readers.js" first`);
  return reader;
}
