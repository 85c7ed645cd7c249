#!/usr/bin/env node
/**
 * Bundles the command-line entry points (after `tsc`) into dist/bundle/, so a
 * run loads a handful of files instead of some three hundred modules: on a
 * single posting, module loading is most of the time a run takes. Code that
 * only some runs need (the language server, formatters, the Markdown reader,
 * YAML) stays in chunks of its own, loaded on demand. Every output sits in one
 * folder, so `new URL("./lint-worker.js", import.meta.url)` finds the worker
 * from whichever chunk asks.
 */
import { build } from "esbuild";
import { rmSync } from "node:fs";

const outdir = "dist/bundle";
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    jobpostlint: "dist/src/bin.js",
    "jobpostlint-lsp": "dist/src/lsp/bin.js",
    "lint-worker": "dist/src/workers/lint-worker.js",
  },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunk-[hash]",
  // Packages that load files or modules by computed paths at run time stay as they are (and are loaded lazily anyway).
  external: ["cosmiconfig", "jsonc-parser", "ajv", "vscode-languageserver", "vscode-languageserver/*", "vscode-languageserver-textdocument", "typescript"],
  // Bundled CommonJS packages call require() for Node's built-in modules; ESM output has none of its own.
  banner: { js: 'import { createRequire as __jobpostlintRequire } from "node:module"; const require = __jobpostlintRequire(import.meta.url);' },
  logLevel: "warning",
});
