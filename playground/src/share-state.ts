import type { RulesConfig } from "../../src/engine/rules-config.js";
import type { FormatChoice } from "./protocol.js";

/** Everything a link reproduces: the text and the settings. */
export interface PageState {
  text: string;
  format: FormatChoice;
  /** The rule settings that differ from the recommended set, as in `.jobpostlintrc.json`. */
  rules: RulesConfig;
}

/**
 * The state lives in the URL hash, compressed (deflate-raw, then base64url) so
 * a link to a long posting stays short enough to share. The version prefix
 * lets a later page read or refuse today's links knowingly.
 */
const PREFIX = "v1.";

export async function encodeState(state: PageState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return PREFIX + toBase64Url(await transform(json, new CompressionStream("deflate-raw")));
}

/** The state in a hash (with or without its "#"), or undefined when there is none or it is damaged. */
export async function decodeState(hash: string): Promise<PageState | undefined> {
  const body = hash.replace(/^#/, "");
  if (!body.startsWith(PREFIX)) return undefined;
  try {
    const json = await transform(fromBase64Url(body.slice(PREFIX.length)), new DecompressionStream("deflate-raw"));
    return asPageState(JSON.parse(new TextDecoder().decode(json)));
  } catch {
    return undefined;
  }
}

function asPageState(value: unknown): PageState | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { text, format, rules } = value as Record<string, unknown>;
  if (typeof text !== "string") return undefined;
  return {
    text,
    format: format === "markdown" || format === "text" ? format : "auto",
    rules: typeof rules === "object" && rules !== null && !Array.isArray(rules) ? (rules as RulesConfig) : {},
  };
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode(...all) overflows the call stack on long postings.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
