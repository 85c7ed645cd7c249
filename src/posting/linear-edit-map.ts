import { EditMap } from "micromark-util-edit-map";

/**
 * micromark applies its batched edits to the event list with
 * `EditMap#consume`, which copies the whole list, and does so each time a
 * list or block quote ends: a posting with many lists parses in time
 * quadratic in its length (a 1 MB one spent half its run there). The edits
 * always sit near the end of the list, so this `consume` keeps the events
 * before the first edit where they are and rebuilds only the rest: the same
 * result, in time proportional to what changes.
 *
 * It replaces the method on the class micromark itself imports (one copy in
 * node_modules, and one in the bundle), and only when the class still has the
 * shape it was written for; otherwise micromark keeps its own.
 */
type Event = unknown;
type Change = [at: number, remove: number, add: Event[]];
interface EditMapFields {
  map: Change[];
  index: Map<number, Change>;
}

export function consumeFromFirstEdit(this: EditMapFields, events: Event[]): void {
  const { map } = this;
  if (map.length === 0) return;
  map.sort((a, b) => a[0] - b[0]);
  const first = map[0]![0];
  const rest: Event[] = [];
  for (let i = 0; i < map.length; i++) {
    const [at, remove, add] = map[i]!;
    for (const event of add) rest.push(event);
    // Up to the next edit (or the end): an edit whose removal reaches past the next one keeps nothing in between.
    const until = i + 1 < map.length ? map[i + 1]![0] : events.length;
    for (let j = at + remove; j < until; j++) rest.push(events[j]);
  }
  events.length = first;
  for (const event of rest) events.push(event);
  map.length = 0;
  this.index.clear();
}

function hasExpectedShape(): boolean {
  const probe = new EditMap() as unknown as Partial<EditMapFields>;
  return typeof EditMap.prototype.consume === "function" && Array.isArray(probe.map) && probe.index instanceof Map;
}

if (hasExpectedShape()) {
  (EditMap.prototype as unknown as { consume: typeof consumeFromFirstEdit }).consume = consumeFromFirstEdit;
}
