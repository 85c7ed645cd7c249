import type { Formatter } from "./types.js";

/** ESLint's JSON shape exactly, so every tool that reads ESLint JSON reads ours. */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map(({ fixWarning: _fixWarning, ...result }) => result),
  );
