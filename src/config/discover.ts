import { cosmiconfig, defaultLoaders } from "cosmiconfig";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { loadJsonc, loadYaml } from "./loaders.js";
import { ConfigFileError } from "./types.js";

export const SEARCH_PLACES = [
  "package.json",
  ".jobpostlintrc",
  ".jobpostlintrc.json",
  ".jobpostlintrc.jsonc",
  ".jobpostlintrc.yaml",
  ".jobpostlintrc.yml",
  ".jobpostlintrc.js",
  ".jobpostlintrc.cjs",
  ".jobpostlintrc.mjs",
  "jobpostlint.config.js",
  "jobpostlint.config.cjs",
  "jobpostlint.config.mjs",
];

const KNOWN_EXTENSIONS = new Set([".json", ".jsonc", ".yaml", ".yml", ".js", ".cjs", ".mjs", ""]);

export interface FoundConfig {
  filepath: string;
  config: unknown;
}

/**
 * Reads configuration files through cosmiconfig, one folder at a time
 * (`searchStrategy: "none"`): the cascade walks the folders itself so that a
 * nested config can merge over its parent's and `root: true` can stop the walk.
 */
export class ConfigFinder {
  private readonly explorer = cosmiconfig("jobpostlint", {
    searchStrategy: "none",
    searchPlaces: SEARCH_PLACES,
    loaders: {
      ".json": loadJsonc,
      ".jsonc": loadJsonc,
      ".yaml": loadYaml,
      ".yml": loadYaml,
      noExt: loadYaml,
      ".js": defaultLoaders[".js"],
      ".cjs": defaultLoaders[".cjs"],
      ".mjs": defaultLoaders[".mjs"],
    },
  });

  /** The configuration file in `dir` itself, if any. */
  async inDirectory(dir: string): Promise<FoundConfig | undefined> {
    return this.wrap(dir, () => this.explorer.search(dir));
  }

  /** A configuration file named on the command line or in `extends`. */
  async load(filepath: string): Promise<FoundConfig> {
    if (!existsSync(filepath)) throw new ConfigFileError(`${filepath}: configuration file not found`);
    // A name cosmiconfig has no loader for (".jobpostlintrc.example") is read as YAML, which also reads JSON.
    if (!KNOWN_EXTENSIONS.has(extname(filepath)) && basename(filepath) !== "package.json") {
      return { filepath, config: loadYaml(filepath, readFileSync(filepath, "utf8")) ?? {} };
    }
    const found = await this.wrap(filepath, () => this.explorer.load(filepath));
    return found ?? { filepath, config: {} };
  }

  private async wrap(where: string, find: () => Promise<{ filepath: string; config: unknown; isEmpty?: boolean } | null>): Promise<FoundConfig | undefined> {
    let result;
    try {
      result = await find();
    } catch (error) {
      if (error instanceof ConfigFileError) throw error;
      const message = error instanceof Error ? error.message.split("\n").filter(Boolean).join(" ") : String(error);
      throw new ConfigFileError(message.includes(where) ? message : `${where}: ${message}`);
    }
    if (!result) return undefined;
    return { filepath: result.filepath, config: result.isEmpty ? {} : result.config };
  }
}

/** A folder with a package.json (or .git) is a project root: the walk for configuration stops there. */
export function isProjectRoot(dir: string): boolean {
  return existsSync(join(dir, "package.json")) || existsSync(join(dir, ".git")) || dirname(dir) === dir;
}
