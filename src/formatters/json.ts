import { streamed } from "./streamed.js";

/** ESLint's JSON shape exactly, so every tool that reads ESLint JSON reads ours: an array of results, written one at a time. */
export const json = streamed(() => {
  let started = false;
  return {
    file({ fixWarning: _fixWarning, ...result }) {
      const separator = started ? "," : "[";
      started = true;
      return separator + JSON.stringify(result);
    },
    end: () => (started ? "]" : "[]"),
  };
});
