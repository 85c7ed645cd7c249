import type { Item, Statement } from "./types.js";

/**
 * The requirement facts of each item (years, field, degree, optionality,
 * alternatives, technologies). Filled in by the requirement-facts work; the
 * model already carries the place for them.
 */
export function extractStatements(items: readonly Item[]): Statement[] {
  void items;
  return [];
}
