import { LineIndex } from "./lines.js";
import { PhraseIndex } from "./phrases.js";
import { proseTokens, tokenizeText } from "./tokens.js";
import type { Posting, Range } from "./types.js";

export type WorkplaceKind = "remote" | "on-site" | "hybrid";

/** What the posting says about where the work is done, and the first place it says so. */
export interface Workplace {
  kind: WorkplaceKind;
  range: Range;
  line: number;
}

/**
 * Phrases of prose that say where the work is done. "Remote" alone is not one
 * ("remote monitoring", "remote teams"); "not remote" and its kin say on-site,
 * and being longer they win over any shorter match at the same place.
 */
const PROSE_PHRASES: [string, WorkplaceKind][] = [
  ["fully remote", "remote"],
  ["100% remote", "remote"],
  ["remote-first", "remote"],
  ["remote-friendly", "remote"],
  ["remote role", "remote"],
  ["remote position", "remote"],
  ["remote job", "remote"],
  ["remote opportunity", "remote"],
  ["work remotely", "remote"],
  ["working remotely", "remote"],
  ["work from home", "remote"],
  ["work from anywhere", "remote"],
  ["telecommute", "remote"],
  ["telework", "remote"],
  ["on-site", "on-site"],
  ["onsite", "on-site"],
  ["in-office", "on-site"],
  ["in the office", "on-site"],
  ["in-person", "on-site"],
  ["office-based", "on-site"],
  ["not remote", "on-site"],
  ["not a remote", "on-site"],
  ["no remote", "on-site"],
  ["not eligible for remote", "on-site"],
  ["not open to remote", "on-site"],
  ["hybrid", "hybrid"],
];
const PROSE_CUES = new PhraseIndex<WorkplaceKind>(PROSE_PHRASES);
/** In a title or a location field, "Remote" alone says it: "Senior Engineer (Remote)", "Location: Remote". */
const VALUE_CUES = new PhraseIndex<WorkplaceKind>([...PROSE_PHRASES, ["remote", "remote"]]);
const PLACE_KEY = /location|workplace|remote|work (?:type|model|arrangement|setting)|job type/i;

/**
 * Where the posting says the work is done, from its title, its location
 * fields and its prose: hybrid when it says so anywhere; otherwise remote or
 * on-site when only one of them is said; undefined when it says nothing or
 * both. One phrase scan over the posting's words.
 */
export function workplaceOf(posting: Posting): Workplace | undefined {
  const index = new LineIndex(posting.lines);
  const found = new Map<WorkplaceKind, Workplace>();
  const note = (kind: WorkplaceKind, range: Range) => {
    if (!found.has(kind)) found.set(kind, { kind, range, line: index.lineAt(range.start).number });
  };
  const values = [...(posting.title ? [posting.title] : []), ...posting.metadata.filter((f) => PLACE_KEY.test(f.key)).map((f) => ({ text: f.value, range: f.valueRange }))];
  for (const value of values) for (const match of VALUE_CUES.matchAll(tokenizeText(value.text))) note(match.value, value.range);
  for (const match of PROSE_CUES.matchAll(proseTokens(posting))) note(match.value, match.range);
  const hybrid = found.get("hybrid");
  if (hybrid) return hybrid;
  const remote = found.get("remote");
  const onSite = found.get("on-site");
  if (remote && onSite) return undefined;
  return remote ?? onSite;
}
