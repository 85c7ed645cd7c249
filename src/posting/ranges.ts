import type { Range } from "./types.js";

/** Sorts and merges overlapping or touching ranges. */
export function mergeRanges(ranges: Iterable<Range>): Range[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** The parts of [0, length) not covered by `ranges` (which must be merged). */
export function complementRanges(ranges: readonly Range[], length: number): Range[] {
  const out: Range[] = [];
  let pos = 0;
  for (const r of ranges) {
    if (r.start > pos) out.push({ start: pos, end: r.start });
    pos = Math.max(pos, r.end);
  }
  if (pos < length) out.push({ start: pos, end: length });
  return out;
}

/** Index of the merged range containing `offset`, or -1. Binary search. */
export function findRange(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function containsOffset(ranges: readonly Range[], offset: number): boolean {
  return findRange(ranges, offset) >= 0;
}

/** Index of the first of the merged `ranges` that ends after `offset` (`ranges.length` when none does). Binary search. */
export function firstEndingAfter(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether any of the merged `ranges` overlaps [start, end). */
export function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  const r = ranges[firstEndingAfter(ranges, start)];
  return r !== undefined && r.start < end;
}
