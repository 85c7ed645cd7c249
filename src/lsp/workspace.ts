import { basename, relative, isAbsolute } from "node:path";
import { builtinRules } from "../../rules/index.js";
import { SEARCH_PLACES } from "../config/discover.js";
import { IGNORE_FILE, IgnoreFile } from "../config/ignore.js";
import { ConfigResolver, type FileConfig } from "../config/resolve.js";

/** The names whose change can change a file's configuration: what clients are asked to watch. */
export const WATCHED_NAMES = [...new Set([...SEARCH_PLACES, IGNORE_FILE])];
export const WATCH_GLOB = `**/{${WATCHED_NAMES.join(",")}}`;

/**
 * Configuration for the documents of one or more workspace folders, resolved
 * the way the CLI resolves it for a file at the same path. Everything is
 * cached until `reload`, which starts afresh: a new resolver (so new
 * cosmiconfig caches) and ignore files read again.
 *
 * A JSON, YAML or package.json configuration is read again on reload; a
 * JavaScript one (.js, .cjs, .mjs) is not, because Node caches ES modules for
 * the life of the process, so a change to one needs a server restart.
 */
export class Workspace {
  private resolver!: ConfigResolver;
  private readonly ignoreFiles = new Map<string, Promise<IgnoreFile>>();

  constructor(private folders: readonly string[]) {
    this.reload();
  }

  setFolders(folders: readonly string[]): void {
    this.folders = folders;
    this.reload();
  }

  reload(): void {
    this.resolver = new ConfigResolver({ cwd: this.folders[0] ?? process.cwd(), builtinRules, lookup: true });
    this.ignoreFiles.clear();
  }

  /** The configuration for a file, or undefined when an ignore file or an `ignores` glob excludes it. Throws on a broken configuration. */
  async configFor(filePath: string): Promise<FileConfig | undefined> {
    const folder = this.folderOf(filePath);
    if (folder !== undefined && (await this.ignoreFileOf(folder)).ignores(filePath)) return undefined;
    const config = await this.resolver.forFile(filePath);
    return config.ignored ? undefined : config;
  }

  /** The folder a document without a file path (an untitled buffer) is linted as if it were in. */
  defaultFolder(): string {
    return this.folders[0] ?? process.cwd();
  }

  static isConfigFile(path: string): boolean {
    return WATCHED_NAMES.includes(basename(path));
  }

  private folderOf(filePath: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      const rel = relative(folder, filePath);
      const inside = rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
      if (inside && (best === undefined || folder.length > best.length)) best = folder;
    }
    return best;
  }

  private ignoreFileOf(folder: string): Promise<IgnoreFile> {
    let file = this.ignoreFiles.get(folder);
    if (!file) {
      file = IgnoreFile.load(folder);
      this.ignoreFiles.set(folder, file);
    }
    return file;
  }
}
