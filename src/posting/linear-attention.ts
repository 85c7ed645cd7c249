import { attention } from "micromark-core-commonmark";
import type { Event, Point, Resolver, Token, TokenizeContext } from "micromark-util-types";

/**
 * micromark turns `*` and `_` runs into emphasis with a resolver that, for
 * every run that can close, walks back through all the events before it, and
 * for every match splices the event list and resolves the span inside again.
 * One paragraph of `a* ` repeated took 26 s at 120 KB, and `*a ` nested 5,000
 * deep 9 s at 20 KB: a posting anyone can send stalled a job board's worker or
 * an editor. This resolver gives the same events in time linear in the
 * paragraph: the delimiter algorithm CommonMark describes, with cmark's
 * `openers_bottom` (a search that failed is not made again), matches recorded
 * first and the events built once at the end.
 *
 * It keeps micromark's two departures from the spec: the "multiple of 3" rule
 * reads the runs' remaining lengths, not their original ones (so a bound
 * below an opener is lowered again when that opener's length changes), and
 * what a match encloses is read once more before it becomes text (see
 * `resolvePass`).
 *
 * It replaces the resolver on the construct micromark itself uses (one object,
 * in node_modules and in the bundle), and only when the construct still has
 * the shape it was written for. test/linear-attention.test.ts holds the events
 * equal to micromark's own on generated Markdown.
 */
type Marked = Resolver & { micromark?: Resolver };

/** micromark's own resolver, even when a second copy of this module finds the first one's in place. */
export const micromarkResolveAllAttention: Resolver | undefined = (attention.resolveAll as Marked | undefined)?.micromark ?? attention.resolveAll;

interface Run {
  token: Token;
  /** Index of the run's enter event. */
  at: number;
  marker: number;
  canOpen: boolean;
  canClose: boolean;
  /** What is left of the run (the token's points are set from these when the events are rebuilt). */
  start: Point;
  end: Point;
  /** The neighbours still on the delimiter stack (run indices; -1 for none). */
  below: number;
  above: number;
  /** Matches that close at this run, innermost first, and that open at it, innermost first. */
  closing: Match[];
  opening: Match[];
}

interface Match {
  group: Token;
  openingSequence: Token;
  closingSequence: Token;
  text: Token;
}

export const resolveAllAttentionLinear: Resolver = (events: Event[], context: TokenizeContext): Event[] => {
  const runs = collectRuns(events, context);
  if (runs.length === 0) return events;
  resolvePass(runs, -1, 0, runs.length);
  return rebuild(events, runs, context);
};

function collectRuns(events: readonly Event[], context: TokenizeContext): Run[] {
  const runs: Run[] = [];
  for (let at = 0; at < events.length; at++) {
    const [kind, token] = events[at]!;
    if (kind !== "enter" || token.type !== "attentionSequence") continue;
    runs.push({
      token,
      at,
      marker: context.sliceSerialize(token).charCodeAt(0),
      canOpen: Boolean(token._open),
      canClose: Boolean(token._close),
      start: token.start,
      end: token.end,
      below: runs.length - 1,
      above: runs.length + 1,
      closing: [],
      opening: [],
    });
  }
  if (runs.length > 0) runs[runs.length - 1]!.above = -1;
  return runs;
}

const length = (run: Run): number => run.end.offset - run.start.offset;

const UNDERSCORE = 0x5f;
/** Search keys: 2 markers x "can open" or not x length left modulo 3. */
const SEARCH_KEYS = 12;

/** Which searches a closer's failure rules out for later closers: same marker, same "can open", same length left modulo 3. */
const searchKey = (run: Run): number => (run.marker === UNDERSCORE ? 6 : 0) + (run.canOpen ? 3 : 0) + (length(run) % 3);

/**
 * Matches the closers among the runs on the stack from `first` up to (not
 * including) `end`, with openers above `low`. micromark reads what lies
 * between a matched pair once more, with the lengths as they are then, and
 * then makes it data: so does this, with a pass of its own over every run
 * still on the stack between them, closers that failed before included (a
 * run that both opens and closes may have got shorter since, and the rule of
 * three may now let them match).
 */
function resolvePass(runs: Run[], low: number, first: number, end: number): void {
  // Per search key: the highest run index at or below which no opener can match.
  const bottom = new Array<number>(SEARCH_KEYS).fill(low);
  const unlink = (i: number) => {
    const run = runs[i]!;
    if (run.below >= 0) runs[run.below]!.above = run.above;
    if (run.above >= 0) runs[run.above]!.below = run.below;
  };
  for (let c = first; c >= 0 && c < end; c = runs[c]!.above) {
    const closer = runs[c]!;
    if (!closer.canClose) continue;
    while (length(closer) > 0) {
      const key = searchKey(closer);
      let o = closer.below;
      while (o > bottom[key]! && !canMatch(runs[o]!, closer)) o = runs[o]!.below;
      if (o <= bottom[key]!) {
        // The closer stays on the stack even if it cannot open: a pass over a match around it tries it again,
        // and an opener may have got shorter by then (`_a*****b****c*** d_`). Later searches of its key stop below it.
        bottom[key] = closer.below;
        break;
      }
      const opener = runs[o]!;
      const match = makeMatch(opener, closer);
      opener.opening.push(match);
      closer.closing.push(match);
      if (opener.above !== c) resolvePass(runs, o, opener.above, c);
      // What lay between is data now.
      opener.above = c;
      closer.below = o;
      if (length(opener) === 0) unlink(o);
      // The opener's length changed: searches that ruled it out must look at it again.
      for (let k = 0; k < bottom.length; k++) if (bottom[k]! >= o) bottom[k] = opener.below;
      if (length(closer) === 0) unlink(c);
    }
  }
}

function canMatch(opener: Run, closer: Run): boolean {
  if (!opener.canOpen || opener.marker !== closer.marker) return false;
  const closeLength = length(closer);
  // micromark's rule of three, on the lengths left.
  return !((opener.canClose || closer.canOpen) && closeLength % 3 && !((length(opener) + closeLength) % 3));
}

/** The tokens of one match, made (and the runs shortened) exactly as micromark makes them. */
function makeMatch(opener: Run, closer: Run): Match {
  const use = length(opener) > 1 && length(closer) > 1 ? 2 : 1;
  const strong = use > 1;
  const start = { ...opener.end };
  const end = { ...closer.start };
  movePoint(start, -use);
  movePoint(end, use);
  const openingSequence: Token = { type: strong ? "strongSequence" : "emphasisSequence", start, end: { ...opener.end } };
  const closingSequence: Token = { type: strong ? "strongSequence" : "emphasisSequence", start: { ...closer.start }, end };
  const text: Token = { type: strong ? "strongText" : "emphasisText", start: { ...opener.end }, end: { ...closer.start } };
  const group: Token = { type: strong ? "strong" : "emphasis", start: { ...openingSequence.start }, end: { ...closingSequence.end } };
  opener.end = { ...openingSequence.start };
  closer.start = { ...closingSequence.end };
  return { group, openingSequence, closingSequence, text };
}

function movePoint(point: Point, offset: number): void {
  point.column += offset;
  point.offset += offset;
  point._bufferIndex += offset;
}

/**
 * The events with each matched run replaced by what micromark's splices leave
 * there: the groups it closes, what is left of it, the groups it opens. Runs
 * left over become data, and data next to data inside a group is merged, as
 * micromark's resolving of each group's inside again merges it (outside any
 * group, micromark's text resolver merges before this runs, in a paragraph,
 * or after it, in a link's text: either way not here). The list is
 * rewritten in place: micromark's caller keeps the array it passed, not the
 * one returned.
 */
function rebuild(events: Event[], runs: readonly Run[], context: TokenizeContext): Event[] {
  const out: Event[] = [];
  let depth = 0;
  // The data token the last one was merged into, so that its exit is dropped too.
  let merged: Token | undefined;
  const push = (event: Event) => {
    const [kind, token] = event;
    if (token.type === "emphasisText" || token.type === "strongText") depth += kind === "enter" ? 1 : -1;
    if (token.type === "data" && depth > 0) {
      const last = out[out.length - 1]!;
      // A data token is an enter and an exit in a row; one right after another data token inside a group joins it.
      if (kind === "enter" && last[0] === "exit" && last[1].type === "data" && last[1] !== token) {
        last[1].end = token.end;
        merged = token;
        return;
      }
      if (kind === "exit" && token === merged) return;
    }
    out.push(event);
  };
  let next = 0;
  for (const run of runs) {
    for (let i = next; i < run.at; i++) push(events[i]!);
    next = run.at + 2;
    run.token.start = run.start;
    run.token.end = run.end;
    if (run.closing.length === 0 && run.opening.length === 0) {
      run.token.type = "data";
      push(events[run.at]!);
      push(events[run.at + 1]!);
      continue;
    }
    for (const m of run.closing) {
      for (const event of closingEvents(m, context)) push(event);
    }
    if (length(run) > 0) {
      run.token.type = "data";
      push(["enter", run.token, context]);
      push(["exit", run.token, context]);
    }
    for (let i = run.opening.length - 1; i >= 0; i--) {
      for (const event of openingEvents(run.opening[i]!, context)) push(event);
    }
  }
  for (let i = next; i < events.length; i++) push(events[i]!);
  events.length = out.length;
  for (let i = 0; i < out.length; i++) events[i] = out[i]!;
  return events;
}

function openingEvents(m: Match, context: TokenizeContext): Event[] {
  return [["enter", m.group, context], ["enter", m.openingSequence, context], ["exit", m.openingSequence, context], ["enter", m.text, context]];
}

function closingEvents(m: Match, context: TokenizeContext): Event[] {
  return [["exit", m.text, context], ["enter", m.closingSequence, context], ["exit", m.closingSequence, context], ["exit", m.group, context]];
}

if (attention.name === "attention" && typeof attention.resolveAll === "function" && typeof attention.tokenize === "function") {
  (resolveAllAttentionLinear as Marked).micromark = micromarkResolveAllAttention;
  attention.resolveAll = resolveAllAttentionLinear;
}
