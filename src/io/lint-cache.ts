import { createHash, randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import type { LintResult } from "../engine/messages.js";
import { describeFsError, InputError, type SourceFile } from "./read.js";

export type CacheStrategy = "metadata" | "content";

export const CACHE_STRATEGIES: readonly CacheStrategy[] = ["metadata", "content"];

/** The cache file's name when `--cache-location` is not given, in the working folder (ESLint's `.eslintcache`). */
export const DEFAULT_CACHE_FILE = ".jobpostlintcache";

/** A result as stored: the file path is the entry's key, and the source text is read again on a hit. */
type StoredResult = Omit<LintResult, "filePath" | "source" | "output">;

interface Entry {
  size: number;
  mtimeMs: number;
  /** Content hash, kept under both strategies so a later run may switch strategy. */
  hash: string;
  /** Hash of everything besides the file that decides its findings: configuration, rule options, plugin versions. */
  config: string;
  result: StoredResult;
}

interface CacheFile {
  /** Whose results these are: a different jobpostlint version invalidates every entry. */
  version: string;
  entries: Record<string, Entry>;
}

/**
 * The lint results of unchanged files, kept between runs (`--cache`). A file's
 * entry is reused only when the file (by size and modification time, or by
 * content hash) and the configuration that applies to it are what they were;
 * results of a run that fixed the file are never stored; entries for files not
 * linted in this run stay for the next run that lints them.
 */
export class LintCache {
  private dirty = false;

  private constructor(
    readonly path: string,
    private readonly strategy: CacheStrategy,
    private readonly data: CacheFile,
  ) {}

  /** Reads the cache file; a missing, corrupt or other version's cache starts empty (it is only a cache). */
  static async open(location: string, cwd: string, strategy: CacheStrategy, version: string): Promise<LintCache> {
    const path = await cacheFilePath(location, cwd);
    let data: CacheFile = { version, entries: {} };
    try {
      const parsed = JSON.parse(await readFile(path, "utf8")) as Partial<CacheFile>;
      if (parsed.version === version && parsed.entries && typeof parsed.entries === "object") data = { version, entries: parsed.entries };
    } catch {
      // none yet, or unreadable as JSON: rebuilt on save
    }
    return new LintCache(path, strategy, data);
  }

  /** The stored result for this file under this configuration, if neither changed. */
  async lookup(file: SourceFile, configKey: string): Promise<LintResult | undefined> {
    const entry = this.data.entries[file.path];
    if (!entry || entry.config !== configKey) return undefined;
    if (this.strategy === "content") {
      if (entry.hash !== contentHash(file.bytes)) return undefined;
    } else {
      const info = file.stat;
      if (!info || info.size !== entry.size || info.mtimeMs !== entry.mtimeMs) return undefined;
    }
    const result: LintResult = { filePath: file.path, ...entry.result };
    if (result.messages.length > 0) result.source = file.text;
    return result;
  }

  /**
   * Stores a result; a fixing run's result (its `output`, or its `fixWarning`
   * when fixes went round in a circle) is not a plain run's result for the file
   * on disk, so it is skipped.
   */
  async store(file: SourceFile, configKey: string, result: LintResult): Promise<void> {
    if (result.output !== undefined || result.fixWarning !== undefined || result.messages.some((m) => m.fatal)) return;
    // The stat taken when the file was read: one taken now might be of an edit made while it was linted. Standard
    // input has none (a --stdin-filename's file on disk is not what was linted), nor has a pipe: nothing to key on.
    const info = file.stat;
    if (!info) return;
    const { filePath: _path, source: _source, output: _output, ...stored } = result;
    this.data.entries[file.path] = { size: info.size, mtimeMs: info.mtimeMs, hash: contentHash(file.bytes), config: configKey, result: stored };
    this.dirty = true;
  }

  /** Writes the cache atomically (a temporary file renamed over it), so a crash never leaves half a cache. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    const temp = join(dirname(this.path), `.${basename(this.path)}.${randomBytes(6).toString("hex")}.tmp`);
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeJson(temp, this.data);
      await rename(temp, this.path);
    } catch (error) {
      await unlink(temp).catch(() => {});
      throw new InputError(`${this.path}: cannot write the cache: ${describeFsError(error)}`);
    }
    this.dirty = false;
  }
}

/**
 * `JSON.stringify(data)`, written a piece at a time: for ten thousand files a
 * single string of the whole cache (and the buffer made from it) would add
 * their size to the run's peak memory.
 */
async function writeJson(path: string, data: CacheFile): Promise<void> {
  const file = await open(path, "w");
  try {
    let chunk = `{"version":${JSON.stringify(data.version)},"entries":{`;
    let separator = "";
    for (const key of Object.keys(data.entries)) {
      chunk += `${separator}${JSON.stringify(key)}:${JSON.stringify(data.entries[key])}`;
      separator = ",";
      if (chunk.length >= WRITE_CHUNK) {
        await file.write(chunk);
        chunk = "";
      }
    }
    await file.write(`${chunk}}}`);
  } finally {
    await file.close();
  }
}

const WRITE_CHUNK = 1 << 14;

/**
 * A hash of the values given, for cache keys: what JSON.stringify would write,
 * hashed without writing it. An object met again is hashed once, so YAML
 * aliases that repeat a list inside a list ("billion laughs") cost their size
 * in the file, not their size expanded; a cycle is an error, as in JSON.
 */
export function hashOf(value: unknown): string {
  if (typeof value === "string") return createHash("sha1").update(value).digest("base64url");
  return hashNode(value, new Map(), new Set());
}

function hashNode(value: unknown, done: Map<object, string>, open: Set<object>): string {
  if (value === null || typeof value !== "object") return createHash("sha1").update(JSON.stringify(value) ?? "undefined").digest("base64url");
  const known = done.get(value);
  if (known) return known;
  if (open.has(value)) throw new TypeError("the configuration's settings or rule options refer to themselves (a cycle), so no cache key can be made for them");
  open.add(value);
  const hash = createHash("sha1");
  if (Array.isArray(value)) {
    hash.update("[");
    for (const item of value) hash.update(hashNode(item, done, open)).update(",");
  } else {
    hash.update("{");
    for (const [key, item] of Object.entries(value)) if (item !== undefined && typeof item !== "function") hash.update(JSON.stringify(key)).update(":").update(hashNode(item, done, open)).update(",");
  }
  open.delete(value);
  const digest = hash.digest("base64url");
  done.set(value, digest);
  return digest;
}

function contentHash(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("base64url");
}

/**
 * `--cache-location` names a file, or a folder (an existing one, or a path
 * ending in a separator) that gets a file per working folder, as ESLint does.
 */
async function cacheFilePath(location: string, cwd: string): Promise<string> {
  const path = resolve(cwd, location);
  const isFolder = location.endsWith("/") || location.endsWith(sep) || (await stat(path).then((s) => s.isDirectory(), () => false));
  return isFolder ? join(path, `${DEFAULT_CACHE_FILE}_${hashOf(cwd).slice(0, 10)}`) : path;
}
