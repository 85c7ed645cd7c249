import type { Ignore } from "ignore";
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { ConfigFileError } from "./types.js";

export const IGNORE_FILE = ".jobpostlintignore";

/** `.jobpostlintignore` (gitignore syntax), read from the working folder or `--ignore-path`. */
export class IgnoreFile {
  private constructor(
    private readonly matcher: Ignore | undefined,
    private readonly base: string,
  ) {}

  static async load(cwd: string, ignorePath?: string): Promise<IgnoreFile> {
    const path = resolve(cwd, ignorePath ?? IGNORE_FILE);
    let content: string;
    try {
      content = readFileSync(path, "utf8");
    } catch (error) {
      if (ignorePath !== undefined) throw new ConfigFileError(`${ignorePath}: cannot read the ignore file (${(error as NodeJS.ErrnoException).code ?? error})`);
      return new IgnoreFile(undefined, cwd);
    }
    // The matcher library loads only when there is an ignore file to read.
    const { default: ignore } = await import("ignore");
    return new IgnoreFile(ignore().add(content), dirname(path));
  }

  ignores(filePath: string): boolean {
    if (!this.matcher) return false;
    const rel = relative(this.base, filePath);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return false;
    return this.matcher.ignores(rel.split(sep).join("/"));
  }
}
