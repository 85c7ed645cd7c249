/**
 * Small string scans written as loops: the regex forms of these (`/[ \t]+$/`,
 * `/^(.*?):\s*(.*)$/`) backtrack quadratically on long runs of blanks, and a
 * pasted posting can hold a megabyte on one line.
 */

const BLANK = new Set([" ", "\t"]);

/** Index just past the last character of `s` that is not in `chars` (space and tab by default). */
export function endWithout(s: string, chars: ReadonlySet<string> = BLANK, end = s.length): number {
  let i = end;
  while (i > 0 && chars.has(s[i - 1]!)) i--;
  return i;
}

/** Index of the first character of `s` at or after `start` that is not in `chars`. */
export function startWithout(s: string, chars: ReadonlySet<string> = BLANK, start = 0): number {
  let i = start;
  while (i < s.length && chars.has(s[i]!)) i++;
  return i;
}

/** `s` without trailing spaces and tabs. */
export function trimBlankEnd(s: string): string {
  return s.slice(0, endWithout(s));
}

const COLONS = new Set([":", "："]);

/** Where a trailing colon (and the blanks before it) starts, or -1 when `s` does not end in a colon. */
export function trailingColonStart(s: string): number {
  const end = endWithout(s);
  if (end === 0 || !COLONS.has(s[end - 1]!) || end !== s.length) return -1;
  return endWithout(s, BLANK, end - 1);
}
