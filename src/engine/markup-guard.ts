import { findRange } from "../posting/ranges.js";
import type { MarkupGuard } from "../posting/types.js";
import type { Fix } from "./rule.js";

/**
 * Whether a fix leaves HTML (or a JSON string) well-formed: it may replace a
 * tag, a character reference or an escape whole, but never cut into one, and
 * it writes no character that would open markup or end the string. Rules
 * that know nothing of HTML (a plugin's) are held to this as much as ours.
 */
export function respectsMarkup(fix: Fix, guard: MarkupGuard | undefined): boolean {
  if (!guard) return true;
  const [start, end] = fix.range;
  if (cutsInto(guard, start) || cutsInto(guard, end)) return false;
  // Outside the string that holds the text (the JSON around a description) any character may go: a final line break, say.
  const scoped = guard.within && (end < guard.within.start || start > guard.within.end);
  if (!scoped) for (const c of fix.text) if (guard.reserved.includes(c)) return false;
  return true;
}

/** Whether `offset` falls strictly inside an atomic span. */
function cutsInto(guard: MarkupGuard, offset: number): boolean {
  const i = findRange(guard.atomic, offset);
  return i >= 0 && guard.atomic[i]!.start < offset;
}
