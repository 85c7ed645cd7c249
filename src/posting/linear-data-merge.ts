import { parse } from "micromark";
import type { Construct, Event, ParseContext, Resolver } from "micromark-util-types";

/**
 * micromark splits text into `data` tokens wherever a construct could start
 * (`&`, `[`, `*`, ...) and then merges neighbours back, one splice of the
 * event list per run of them: a paragraph of `x&x* ` repeated took 8.6 s at
 * 200 KB. Two changes make that linear and leave every event as it was:
 *
 * - the resolver micromark runs inside links and emphasis (the `insideSpan`
 *   construct, reachable on any parser) merges every run in one pass;
 * - the text and string tokenizers of a parser passed to `withLinearDataMerge`
 *   answer the first such merge by merging every later run too, in one pass,
 *   so their own resolver finds nothing left to do. Their resolver is not
 *   reachable, but the splice it calls on their event list is; it is known by
 *   what it does: it removes only data events that follow a data token whose
 *   end was just set to the last removed token's end.
 *
 * test/linear-data-merge.test.ts holds the events equal to micromark's own.
 */
export function withLinearDataMerge(parser: ParseContext): ParseContext {
  for (const field of ["text", "string"] as const) {
    const create = parser[field];
    parser[field] = (from) => {
      const tokenizer = create(from);
      Object.defineProperty(tokenizer.events, "splice", { value: spliceMergingAll, writable: true, configurable: true });
      return tokenizer;
    };
  }
  return parser;
}

function spliceMergingAll(this: Event[], ...args: [number, number, ...Event[]]): Event[] {
  const start = args[0];
  const removed = Array.prototype.splice.apply(this, args);
  if (args.length === 2 && isDataMerge(this, start, removed)) mergeDataRuns(this, start);
  return removed;
}

/** Whether a splice just removed the tail of a run of data tokens that the token before `start` now spans. */
function isDataMerge(events: readonly Event[], start: number, removed: readonly Event[]): boolean {
  const head = events[start - 1];
  const last = removed[removed.length - 1];
  if (!head || !last || head[0] !== "exit" || head[1].type !== "data") return false;
  return head[1].end === last[1].end && removed.every((event) => event[1].type === "data");
}

/** Merges each run of adjacent data tokens from `from` on into its first token, as micromark's text resolver does run by run. */
function mergeDataRuns(events: Event[], from: number): void {
  let write = from;
  let read = from;
  while (read < events.length) {
    if (events[read]![1].type !== "data") {
      events[write++] = events[read++]!;
      continue;
    }
    let end = read;
    while (end < events.length && events[end]![1].type === "data") end++;
    if (end - read > 2) events[read]![1].end = events[end - 1]![1].end;
    events[write++] = events[read]!;
    events[write++] = events[read + 1]!;
    read = end;
  }
  events.length = write;
}

/** micromark's resolver for what lies inside links and emphasis: every run of data tokens merged in one pass. */
const mergeAllDataRuns: Resolver = (events) => {
  mergeDataRuns(events, 0);
  return events;
};

// The text resolver is the one of micromark's inside-span constructs that is no construct of its own (attention, the other, has a name and a tokenizer).
const insideSpan = (parse().constructs.insideSpan?.null ?? []) as Partial<Construct>[];
export const insideSpanTextResolver = insideSpan.find((construct) => !construct.name && !construct.tokenize && typeof construct.resolveAll === "function");
type Marked = Resolver & { micromark?: Resolver };
/** micromark's own resolver, even when a second copy of this module finds the first one's in place. */
export const micromarkInsideSpanResolveAll = (insideSpanTextResolver?.resolveAll as Marked | undefined)?.micromark ?? insideSpanTextResolver?.resolveAll;
if (insideSpanTextResolver) {
  (mergeAllDataRuns as Marked).micromark = micromarkInsideSpanResolveAll;
  insideSpanTextResolver.resolveAll = mergeAllDataRuns;
}
