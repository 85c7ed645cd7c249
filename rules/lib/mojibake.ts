/**
 * Mojibake: UTF-8 bytes that were decoded as Windows-1252 or Latin-1, so "’"
 * (E2 80 99) reads "â€™". A run is repaired by mapping its characters back to
 * the bytes they were decoded from and decoding those as UTF-8, again while
 * that still finds mojibake (text encoded twice).
 */
import type { Range } from "../../src/posting/types.js";

/** Windows-1252's characters for bytes 0x80-0x9F (0 where the code page leaves the byte undefined). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Character code -> the byte >= 0x80 a Windows-1252 or Latin-1 decoder turned into it. */
const BYTE_OF = new Map<number, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(b, b); // Latin-1, and cp1252 decoders that pass undefined bytes through
CP1252_HIGH.forEach((code, i) => {
  if (code) BYTE_OF.set(code, 0x80 + i);
});

/** Bytes Windows-1252 cannot decode: a decoder that drops them leaves a sequence one byte short. */
const LOST_BYTES = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
const REPLACEMENT_CHAR = 0xfffd;
const BOM = 0xfeff;
const MAX_ROUNDS = 4;
const LOOKBACK = 300;

export function byteOf(code: number): number | undefined {
  // ASCII, most of any text, never comes from a high byte: no map lookup for it.
  return code < 0x80 ? undefined : BYTE_OF.get(code);
}

interface Sequence {
  /** Index of the first and past the last character of the sequence in the run. */
  start: number;
  end: number;
  code: number;
}

/** Expected continuation count and the allowed range of the first continuation byte (no overlongs, no surrogates). */
function leadInfo(b: number): { count: number; lo: number; hi: number } | undefined {
  if (b >= 0xc2 && b <= 0xdf) return { count: 1, lo: 0x80, hi: 0xbf };
  if (b === 0xe0) return { count: 2, lo: 0xa0, hi: 0xbf };
  if (b === 0xed) return { count: 2, lo: 0x80, hi: 0x9f };
  if (b >= 0xe1 && b <= 0xef) return { count: 2, lo: 0x80, hi: 0xbf };
  if (b === 0xf0) return { count: 3, lo: 0x90, hi: 0xbf };
  if (b >= 0xf1 && b <= 0xf3) return { count: 3, lo: 0x80, hi: 0xbf };
  if (b === 0xf4) return { count: 3, lo: 0x80, hi: 0x8f };
  return undefined;
}

const isContinuation = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf;

/** The valid UTF-8 sequences in a run of bytes, left to right, resynchronising after a bad byte. */
function sequences(bytes: readonly number[]): Sequence[] {
  const out: Sequence[] = [];
  let i = 0;
  while (i < bytes.length) {
    const info = leadInfo(bytes[i]!);
    const first = bytes[i + 1];
    if (!info || first === undefined || first < info.lo || first > info.hi) {
      i++;
      continue;
    }
    let ok = true;
    for (let k = 2; k <= info.count; k++) if (!isContinuation(bytes[i + k])) ok = false;
    if (!ok) {
      i++;
      continue;
    }
    const code = decodeSequence(bytes, i, info.count);
    if (isPlausible(code)) {
      out.push({ start: i, end: i + info.count + 1, code });
      i += info.count + 1;
    } else {
      i++;
    }
  }
  return out;
}

function decodeSequence(bytes: readonly number[], at: number, count: number): number {
  const lead = bytes[at]!;
  let code = count === 1 ? lead & 0x1f : count === 2 ? lead & 0x0f : lead & 0x07;
  for (let k = 1; k <= count; k++) code = (code << 6) | (bytes[at + k]! & 0x3f);
  return code;
}

/**
 * No private use or noncharacters: text that decodes to those was not UTF-8.
 * C1 controls pass here, since text misread twice through Latin-1 holds them
 * between the rounds; a repair that ends with new ones is dropped later.
 */
function isPlausible(code: number): boolean {
  if (code >= 0xe000 && code <= 0xf8ff) return false;
  if (code >= 0xf0000) return false;
  if ((code & 0xfffe) === 0xfffe || (code >= 0xfdd0 && code <= 0xfdef)) return false;
  return true;
}

/**
 * Whether the sequences of one run are evidence of mojibake rather than
 * accented text: a 3- or 4-byte sequence, or a 2-byte one led by "Â"/"Ã"
 * (a capital letter before a symbol, which no language spells), or several
 * 2-byte ones together (a Cyrillic or Greek word). A lone other 2-byte
 * sequence ("Å¾") counts only as a Latin letter inside a lower-case word,
 * since "É’" or "Ö”" also occur in upper-case text.
 */
function isEvidence(seqs: readonly Sequence[], bytes: readonly number[], before: string, after: string): boolean {
  if (seqs.length === 0) return false;
  if (seqs.some((s) => s.end - s.start > 2 || bytes[s.start] === 0xc2 || bytes[s.start] === 0xc3)) return true;
  if (seqs.length >= 2) return true;
  const only = seqs[0]!;
  const midWord = only.start === 0 && only.end === bytes.length && (/[a-z]/.test(before) || /[a-z]/.test(after));
  return midWord && only.code >= 0x100 && only.code <= 0x17f;
}

function decodeRun(chars: string, seqs: readonly Sequence[]): string {
  let out = "";
  let at = 0;
  for (const s of seqs) {
    out += chars.slice(at, s.start) + (s.code === BOM ? "" : String.fromCodePoint(s.code));
    at = s.end;
  }
  return out + chars.slice(at);
}

export interface Mojibake {
  range: Range;
  /** The text the range should read. */
  repaired: string;
}

/**
 * Finds mojibake in text[start, end) and works out each run's repair. Linear
 * in the length: every character is looked up once per decoding round.
 */
export function findMojibake(text: string, start: number, end: number): Mojibake[] {
  const out: Mojibake[] = [];
  let i = start;
  while (i < end) {
    if (byteOf(text.charCodeAt(i)) === undefined) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < end && byteOf(text.charCodeAt(i)) !== undefined) i++;
    // A replacement character may stand for the byte a decoder could not map.
    const runEnd = i < end && text.charCodeAt(i) === REPLACEMENT_CHAR ? i + 1 : i;
    const found = repairRun(text, runStart, runEnd);
    if (found) out.push(found);
    i = Math.max(runEnd, runStart + 1);
  }
  return out;
}

function repairRun(text: string, start: number, end: number): Mojibake | undefined {
  const original = text.slice(start, end);
  const before = text[start - 1] ?? "";
  const after = text[end] ?? "";
  const controls = countControls(original);
  let current = original;
  let best = original;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const bytes = toBytes(current);
    const seqs = sequences(bytes);
    const next = isEvidence(seqs, bytes, before, after) ? decodeRun(current, seqs) : repairTruncated(current, bytes, text, start);
    if (next === undefined || next === current) break;
    current = next;
    if (countControls(current) <= controls) best = current;
  }
  current = best;
  if (current === original) return undefined;
  // Only the characters that change belong to the finding.
  let head = 0;
  while (head < original.length && head < current.length && original[head] === current[head]) head++;
  let tail = 0;
  while (
    tail < original.length - head &&
    tail < current.length - head &&
    original[original.length - 1 - tail] === current[current.length - 1 - tail]
  ) {
    tail++;
  }
  return { range: { start: start + head, end: end - tail }, repaired: current.slice(head, current.length - tail) };
}

function countControls(chars: string): number {
  let n = 0;
  for (let k = 0; k < chars.length; k++) {
    const c = chars.charCodeAt(k);
    if (c >= 0x80 && c <= 0x9f) n++;
  }
  return n;
}

function toBytes(chars: string): number[] {
  const bytes: number[] = [];
  for (let k = 0; k < chars.length; k++) bytes.push(byteOf(chars.charCodeAt(k)) ?? -1);
  return bytes;
}

/**
 * "â€" at the end of a run: a General Punctuation character (E2 80 xx) whose
 * last byte was one Windows-1252 cannot decode and so was dropped (or became
 * U+FFFD). Of the characters the lost byte can give, the punctuation ones are
 * "‐" and "”"; a closing quote is meant when an opening one precedes it on the
 * line. Anything else is too ambiguous to repair.
 */
function repairTruncated(chars: string, bytes: readonly number[], text: string, start: number): string | undefined {
  const hasReplacement = bytes[bytes.length - 1] === -1;
  const n = bytes.length - (hasReplacement ? 1 : 0);
  if (n < 2 || bytes[n - 2] !== 0xe2 || bytes[n - 1] !== 0x80) return undefined;
  const candidates = LOST_BYTES.map((b) => decodeSequence([0xe2, 0x80, b], 0, 2)).filter((c) => /\p{P}/u.test(String.fromCodePoint(c)));
  // Look back a bounded stretch of the line, so a long line full of runs stays linear.
  const window = text.slice(Math.max(0, start - LOOKBACK), start) + chars.slice(0, n - 2);
  const opened = /“|â€œ/.test(window.slice(window.lastIndexOf("\n") + 1));
  const chosen = candidates.length === 1 ? candidates[0] : opened ? candidates.find((c) => c === 0x201d) : undefined;
  if (chosen === undefined) return undefined;
  return chars.slice(0, n - 2) + String.fromCodePoint(chosen);
}
