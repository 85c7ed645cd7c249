import type { Event, Token } from "micromark-util-types";

// The token type mdast-util-from-markdown declares for the items it inserts; declared here too, so this module needs no mdast.
declare module "micromark-util-types" {
  interface TokenTypeMap {
    listItem: "listItem";
  }
}

/**
 * micromark marks where a list item's prefix is, but not where the item
 * ends: that is the compiler's job. This is mdast-util-from-markdown's
 * `prepareList` (MIT, Titus Wormer), kept to the letter so that an item's
 * range is the one an mdast `listItem` has: the events come back with
 * `listItem` enter and exit events around each item. Spread is not worked
 * out: nothing here reads it.
 *
 * Unlike the original, it is linear in the events however deep lists nest:
 * a list steps over the lists nested in it (prepared already, when they
 * ended), and every insertion is merged in at the end, in one pass. The
 * original walked and copied each nested list again for every list around
 * it: 800 levels of nesting took longer than micromark's parse.
 */
export function withListItems(events: readonly Event[]): Event[] {
  const insertions: Insertion[] = [];
  const openLists: number[] = [];
  const listExit = new Map<number, number>();
  for (let index = 0; index < events.length; index++) {
    const [kind, token] = events[index]!;
    if (token.type !== "listOrdered" && token.type !== "listUnordered") continue;
    if (kind === "enter") {
      openLists.push(index);
      continue;
    }
    const start = openLists.pop()!;
    listExit.set(start, index);
    prepareList(events, start, index, listExit, insertions);
  }
  // Stable: a list's insertions at one index keep the order they were made in.
  insertions.sort((a, b) => a.at - b.at);
  const prepared: Event[] = [];
  let next = 0;
  for (let index = 0; index < events.length; index++) {
    while (next < insertions.length && insertions[next]!.at === index) prepared.push(insertions[next++]!.event);
    prepared.push(events[index]!);
  }
  return prepared;
}

interface Insertion {
  /** The index in micromark's events the inserted event goes before. */
  at: number;
  event: Event;
}

function prepareList(events: readonly Event[], start: number, end: number, listExit: ReadonlyMap<number, number>, insertions: Insertion[]): void {
  let index = start - 1;
  let containerBalance = -1;
  let listItem: Token | undefined;
  while (++index <= end) {
    const event = events[index]!;
    const type = event[1].type;
    // A nested list adds nothing here, and its items are inserted already: step over it.
    if (index > start && event[0] === "enter" && (type === "listUnordered" || type === "listOrdered")) {
      index = listExit.get(index)!;
      continue;
    }
    if (type === "listUnordered" || type === "listOrdered" || type === "blockQuote") containerBalance += event[0] === "enter" ? 1 : -1;
    const itemStarts = !containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix";
    const listEnds = containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered");
    if (!itemStarts && !listEnds) continue;
    if (listItem) {
      // The item ends before the line endings (and the prefixes between them) that trail it.
      let tailIndex = index;
      let lineIndex: number | undefined;
      while (tailIndex--) {
        const tailEvent = events[tailIndex]!;
        const type = tailEvent[1].type;
        if (type === "lineEnding" || type === "lineEndingBlank") {
          if (tailEvent[0] === "exit") continue;
          if (lineIndex) events[lineIndex]![1].type = "lineEndingBlank";
          tailEvent[1].type = "lineEnding";
          lineIndex = tailIndex;
        } else if (!TRAILING_PREFIXES.has(type)) {
          break;
        }
      }
      listItem.end = { ...(lineIndex ? events[lineIndex]![1].start : event[1].end) };
      insertions.push({ at: lineIndex || index, event: ["exit", listItem, event[2]] });
    }
    if (event[1].type === "listItemPrefix") {
      listItem = { type: "listItem", start: { ...event[1].start }, end: event[1].end };
      insertions.push({ at: index, event: ["enter", listItem, event[2]] });
    }
  }
}

const TRAILING_PREFIXES = new Set(["linePrefix", "blockQuotePrefix", "blockQuotePrefixWhitespace", "blockQuoteMarker", "listItemIndent"]);
