import type { RulesConfig } from "../engine/rules-config.js";

/** What a configuration file may hold (`.jobpostlintrc*`, `jobpostlint.config.*`, package.json `jobpostlint`). */
export interface ConfigObject {
  /** Stop looking for configuration in parent folders. */
  root?: boolean;
  /** `jobpostlint:recommended`, `jobpostlint:all`, `plugin:NAME/CONFIG`, a relative path or a package name. */
  extends?: string | string[];
  /** Package names (`foo` = `jobpostlint-plugin-foo`, `@acme/jobpostlint-plugin`) or relative paths; or `{ namespace: specifier }`. */
  plugins?: string[] | Record<string, string>;
  rules?: RulesConfig;
  overrides?: OverrideObject[];
  /** Globs, relative to the config file's folder, of files not to lint. */
  ignores?: string[];
  /** The default output format. */
  format?: string;
  /** Shared settings every rule can read. */
  settings?: Record<string, unknown>;
}

export interface OverrideObject {
  files: string | string[];
  excludedFiles?: string | string[];
  rules?: RulesConfig;
  settings?: Record<string, unknown>;
}

/** One configuration object and where it came from (relative globs are relative to `dir`). */
export interface ConfigLayer {
  source: string;
  dir: string;
  config: ConfigObject;
}

/** A problem with configuration: one line, naming the file. */
export class ConfigFileError extends Error {}
