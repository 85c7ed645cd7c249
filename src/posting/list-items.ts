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
 */
export function withListItems(events: readonly Event[]): Event[] {
  const listStack: number[] = [];
  const prepared: Event[] = [];
  for (const event of events) {
    prepared.push(event);
    const type = event[1].type;
    if (type !== "listOrdered" && type !== "listUnordered") continue;
    // Each list is prepared while it is last in `prepared`, so nothing shifts.
    if (event[0] === "enter") listStack.push(prepared.length - 1);
    else prepareList(prepared, listStack.pop()!);
  }
  return prepared;
}

function prepareList(events: Event[], start: number): void {
  const end = events.length - 1;
  let index = start - 1;
  let containerBalance = -1;
  let listItem: Token | undefined;
  const insertions: { at: number; event: Event }[] = [];
  while (++index <= end) {
    const event = events[index]!;
    const type = event[1].type;
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
  // The list is at the end of `events`: take it off, then push it back with the insertions merged in.
  const listEvents = events.splice(start);
  let insertion = 0;
  for (let i = 0; i < listEvents.length; i++) {
    while (insertion < insertions.length && insertions[insertion]!.at === start + i) events.push(insertions[insertion++]!.event);
    events.push(listEvents[i]!);
  }
}

const TRAILING_PREFIXES = new Set(["linePrefix", "blockQuotePrefix", "blockQuotePrefixWhitespace", "blockQuoteMarker", "listItemIndent"]);
