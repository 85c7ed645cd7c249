import { lintRequest, ruleCatalogue } from "./lint-core.js";
import type { LintRequest, WorkerMessage } from "./protocol.js";

/**
 * Lints off the main thread: a 50 KB posting takes a few hundred milliseconds
 * to lint, which would make typing stutter if it ran beside the editor.
 */
function send(message: WorkerMessage): void {
  self.postMessage(message);
}

self.addEventListener("message", (event: MessageEvent<LintRequest>) => {
  try {
    send(lintRequest(event.data));
  } catch (error) {
    send({ kind: "failure", id: event.data.id, message: error instanceof Error ? error.message : String(error) });
  }
});

send({ kind: "catalogue", rules: ruleCatalogue() });
