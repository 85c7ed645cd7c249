/**
 * Runs one lint at a time, a moment after the last change, and hands on a
 * result only if nothing changed while it ran: typing fast never queues a
 * pile of stale lints, and an old result never overwrites a newer one.
 */
export class LintScheduler<Result> {
  /** Goes up with every change of the text or the settings. */
  revision = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private runAgain = false;

  constructor(
    private readonly delayMs: number,
    private readonly lint: () => Promise<Result>,
    private readonly deliver: (result: Result) => void,
    private readonly fail: (error: Error) => void,
  ) {}

  /** Something changed: lint after the pause (or at once, for a deliberate action). */
  changed(now = false): void {
    this.revision++;
    this.schedule(now ? 0 : this.delayMs);
  }

  /** The current result arrived some other way (Fix all brings its own). */
  settled(): void {
    clearTimeout(this.timer);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.runAgain = true;
      return;
    }
    this.running = true;
    const revision = this.revision;
    try {
      const result = await this.lint();
      // A newer change has its own lint scheduled; this result is out of date.
      if (revision === this.revision) this.deliver(result);
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.running = false;
      if (this.runAgain) {
        this.runAgain = false;
        this.schedule(0);
      }
    }
  }
}
