import { createRequire } from "node:module";
import { dirname } from "node:path";

export interface PackageInfo {
  name: string;
  version: string;
  homepage?: string;
  repository?: string | { type?: string; url: string };
}

/**
 * This package's own package.json. Read through the package's self-reference
 * (`exports` lists "./package.json") so the same code works from src/ under the
 * tests and from dist/ when installed, where relative paths differ.
 */
export const packageInfo = createRequire(import.meta.url)("jobpostlint/package.json") as PackageInfo;

/** The folder this package is installed in (where docs/ and schema/ are), found the same way. */
export const packageRoot = dirname(createRequire(import.meta.url).resolve("jobpostlint/package.json"));
