import type { PublicExplorer } from "cosmiconfig";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { ConfigFileError } from "./types.js";
import { importModule } from "../io/import-module.js";

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
  private explorer: Promise<PublicExplorer> | undefined;

  /** The configuration file in `dir` itself, if any. */
  async inDirectory(dir: string): Promise<FoundConfig | undefined> {
    if (!mayHoldConfig(dir)) return undefined;
    // Making the explorer reads the working folder's package.json (cosmiconfig's own settings): its errors are the user's too.
    return this.wrap(dir, async () => (await this.explorerOnce()).search(dir));
  }

  /** A configuration file named on the command line or in `extends`. */
  async load(filepath: string): Promise<FoundConfig> {
    if (!existsSync(filepath)) throw new ConfigFileError(`${filepath}: configuration file not found`);
    // A name cosmiconfig has no loader for (".jobpostlintrc.example") is read as YAML, which also reads JSON.
    if (!KNOWN_EXTENSIONS.has(extname(filepath)) && basename(filepath) !== "package.json") {
      const { loadYaml } = await import("./loaders.js");
      return { filepath, config: loadYaml(filepath, readFileSync(filepath, "utf8")) ?? {} };
    }
    const found = await this.wrap(filepath, async () => (await this.explorerOnce()).load(filepath));
    return found ?? { filepath, config: {} };
  }

  // cosmiconfig and the JSONC/YAML parsers load only once a configuration file is known to exist: most runs have none to read.
  private explorerOnce(): Promise<PublicExplorer> {
    this.explorer ??= Promise.all([importModule<typeof import("cosmiconfig")>("cosmiconfig"), import("./loaders.js")]).then(([{ cosmiconfig }, { loadJsonc, loadModule, loadYaml }]) =>
      cosmiconfig("jobpostlint", {
        searchStrategy: "none",
        searchPlaces: SEARCH_PLACES,
        loaders: {
          ".json": loadJsonc,
          ".jsonc": loadJsonc,
          ".yaml": loadYaml,
          ".yml": loadYaml,
          noExt: loadYaml,
          ".js": loadModule,
          ".cjs": loadModule,
          ".mjs": loadModule,
        },
      }),
    );
    return this.explorer;
  }

  private async wrap(where: string, find: () => Promise<{ filepath: string; config: unknown; isEmpty?: boolean } | null>): Promise<FoundConfig | undefined> {
    let result;
    try {
      result = await find();
    } catch (error) {
      if (error instanceof ConfigFileError) throw error;
      const message = error instanceof Error ? oneLine(error.message) : String(error);
      throw new ConfigFileError(message.includes(where) ? message : `${where}: ${message}`);
    }
    if (!result) return undefined;
    return { filepath: result.filepath, config: result.isEmpty ? {} : result.config };
  }
}

/** A parser's message as one line: without its code frames (`> 1 | {"name": "x",}`, `    |   ^`), each sentence once. */
function oneLine(message: string): string {
  const codeFrame = (line: string) => /^\d*\s*\|/.test(line.startsWith(">") ? line.slice(1).trimStart() : line);
  const lines = message.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !codeFrame(l));
  return [...new Set(lines)].join(" ").replace(/:$/, "");
}

/** A folder with a package.json (or .git) is a project root: the walk for configuration stops there. */
export function isProjectRoot(dir: string): boolean {
  return existsSync(join(dir, "package.json")) || existsSync(join(dir, ".git")) || dirname(dir) === dir;
}

/**
 * Whether `dir` may hold a configuration file: one of the configuration names,
 * or a package.json that mentions the `jobpostlint` key (cosmiconfig then
 * decides). A quick test by name, so that folders without configuration never
 * load cosmiconfig.
 */
function mayHoldConfig(dir: string): boolean {
  for (const name of SEARCH_PLACES) {
    if (name === "package.json") continue;
    if (existsSync(join(dir, name))) return true;
  }
  const pkg = join(dir, "package.json");
  if (!existsSync(pkg)) return false;
  try {
    return readFileSync(pkg, "utf8").includes('"jobpostlint"');
  } catch {
    return true; // unreadable: let cosmiconfig report it
  }
}
