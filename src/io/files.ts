import { realpathSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { POSTING_EXTENSIONS } from "../posting/format.js";
import { describeMissing } from "./read.js";

export interface FileList {
  files: string[];
  /** Files named on the command line themselves (not found in a folder or by a glob). */
  explicit: Set<string>;
  /** One-line errors for patterns that named nothing readable. */
  errors: string[];
}

const POSTING_FILE = new RegExp(`\\.(?:${POSTING_EXTENSIONS.join("|")})$`, "i");

/**
 * Expands the command line into files: a file as named (any extension), a
 * directory recursively (posting extensions only, skipping node_modules and
 * dot-folders), a glob through tinyglobby. Each file once, by real path.
 */
export async function expandPatterns(patterns: readonly string[], cwd: string): Promise<FileList> {
  const files: string[] = [];
  const errors: string[] = [];
  const explicit = new Set<string>();
  const seen = new Set<string>();
  const add = async (path: string) => {
    const real = realPath(path);
    if (seen.has(real)) return;
    seen.add(real);
    files.push(path);
  };
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    const info = await stat(path).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (!(info instanceof Error)) {
      // A folder named like a posting ("offer.md/") was meant as a file: say so rather than walk it.
      if (info.isDirectory() && POSTING_FILE.test(pattern)) errors.push(`${pattern}: is a directory, not a file`);
      else if (info.isDirectory()) {
        const found = await walk(path, errors);
        // As a glob that matches nothing: a wrong folder in a CI script must not pass as "no problems".
        if (found.length === 0) errors.push(`${pattern}: no postings in this folder (${POSTING_EXTENSIONS.map((e) => `.${e}`).join(", ")})`);
        for (const f of found) await add(f);
      } else {
        explicit.add(path);
        await add(path);
      }
      continue;
    }
    // tinyglobby loads only for a pattern that names no file or folder: most runs name paths.
    const { glob, isDynamicPattern } = await import("tinyglobby");
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { cwd, absolute: true, ignore: ["**/node_modules/**"], dot: false });
      if (matches.length === 0) errors.push(`${pattern}: no files match this pattern`);
      for (const f of matches.sort()) await add(f);
      continue;
    }
    errors.push(`${pattern}: ${await describeMissing(path, info)}`);
  }
  return { files, errors, explicit };
}

async function walk(dir: string, errors: string[]): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    errors.push(`${dir}: ${await describeMissing(dir, error)}`);
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    // Appended one by one: spreading a folder of 100,000 postings into push() overflowed the call stack.
    if (entry.isDirectory()) for (const found of await walk(path, errors)) out.push(found);
    else if ((entry.isFile() || entry.isSymbolicLink()) && POSTING_FILE.test(entry.name)) out.push(path);
  }
  return out;
}

/** The file's real path (symbolic links resolved), to list each file once; synchronous for the same reason as readSourceFile. */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
