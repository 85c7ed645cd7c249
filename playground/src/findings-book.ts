import { ChangeSet, type ChangeDesc, type ChangeSpec } from "@codemirror/state";
import type { Edit, Finding } from "./protocol.js";

/**
 * The findings of the last lint, and the edits made since. Linting runs a
 * moment behind typing, so a fix is applied where its text has moved to, and
 * refused when that text itself was edited meanwhile.
 */
export class FindingsBook {
  findings: readonly Finding[] = [];
  private since: ChangeDesc = ChangeSet.empty(0).desc;

  /** Takes the findings of a lint of the text as it is now (of this length). */
  accept(findings: readonly Finding[], docLength: number): void {
    this.findings = findings;
    this.since = ChangeSet.empty(docLength).desc;
  }

  /** Notes an edit of the text; every edit must pass here for the mapping to hold. */
  record(changes: ChangeDesc): void {
    this.since = this.since.composeDesc(changes);
  }

  /** Whether the text changed since the findings were made. */
  get stale(): boolean {
    return !this.since.empty;
  }

  /** The edit in today's positions, or undefined when its text was changed since. */
  map(edit: Edit): ChangeSpec | undefined {
    if (this.since.touchesRange(edit.from, edit.to)) return undefined;
    return { from: this.since.mapPos(edit.from), to: this.since.mapPos(edit.to), insert: edit.insert };
  }
}
