import type { LintRequest, LintResponse, RuleInfo, WorkerMessage } from "./protocol.js";

/** The main thread's side of the lint worker: one promise per request. */
export class LintClient {
  readonly catalogue: Promise<RuleInfo[]>;
  private readonly worker = new Worker(new URL("./lint-worker.ts", import.meta.url), { type: "module" });
  private readonly waiting = new Map<number, { resolve: (r: LintResponse) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  constructor() {
    let receiveCatalogue: (rules: RuleInfo[]) => void = () => {};
    let failToStart: (error: Error) => void = () => {};
    this.catalogue = new Promise((resolve, reject) => {
      receiveCatalogue = resolve;
      failToStart = reject;
    });
    // A worker that cannot load (a syntax error, a blocked script) says so only through this event.
    this.worker.addEventListener("error", (event) => {
      const error = new Error(event.message || "the lint worker could not start");
      failToStart(error);
      for (const request of this.waiting.values()) request.reject(error);
      this.waiting.clear();
    });
    this.worker.addEventListener("message", (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.kind === "catalogue") return receiveCatalogue(message.rules);
      const request = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.kind === "failure") request?.reject(new Error(message.message));
      else request?.resolve(message);
    });
  }

  lint(request: Omit<LintRequest, "kind" | "id">): Promise<LintResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ kind: "lint", id, ...request } satisfies LintRequest);
    });
  }
}
