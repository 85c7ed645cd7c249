import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "../package-info.js";

/** What a client may set, in `initializationOptions` or under `jobpostlint` in `workspace/didChangeConfiguration`. */
export interface ServerOptions {
  /** Wait this long after the last change before linting (ms). */
  debounceMs: number;
  /** Where rule pages live: a diagnostic links to `${docsBaseUrl}${ruleId}.md`. */
  docsBaseUrl: string;
}

/**
 * The rule pages that ship with the installed package (docs/ is in its
 * "files"), so the link works offline and matches the version that linted.
 */
const BUNDLED_DOCS = pathToFileURL(join(packageRoot, "docs/rules/")).href;

export const DEFAULT_OPTIONS: ServerOptions = { debounceMs: 200, docsBaseUrl: BUNDLED_DOCS };

/** Takes the recognised, well-typed keys of `input` over `base`; anything else is ignored, not fatal. */
export function readOptions(input: unknown, base: ServerOptions): ServerOptions {
  if (!input || typeof input !== "object") return base;
  const { debounceMs, docsBaseUrl } = input as Record<string, unknown>;
  return {
    debounceMs: typeof debounceMs === "number" && Number.isFinite(debounceMs) && debounceMs >= 0 ? debounceMs : base.debounceMs,
    docsBaseUrl: typeof docsBaseUrl === "string" && docsBaseUrl !== "" ? withSlash(docsBaseUrl) : base.docsBaseUrl,
  };
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
