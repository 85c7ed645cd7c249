import { decodeNamedCharacterReference } from "decode-named-character-reference";

export interface CharRef {
  /** What the reference stands for. */
  value: string;
  /** Just past the reference (its `;`, when written). */
  end: number;
}

/** Longest entity name in HTML ("CounterClockwiseContourIntegral"): a name scan never runs further. */
const MAX_NAME = 32;
const MAX_DIGITS = 8;

/**
 * HTML maps numeric references in the C1 range to the Windows-1252 characters
 * they meant (`&#150;` is an en dash), as browsers do.
 */
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/**
 * The character reference starting at `text[at]` (an "&"): `&amp;`, `&#8217;`,
 * `&#x2019;`. A named reference needs its semicolon (`&amp` without one is
 * left as written); a numeric one may lack it, as browsers accept. Undefined
 * when "&" starts no reference. Bounded look-ahead: linear over a text.
 */
export function readCharRef(text: string, at: number): CharRef | undefined {
  if (text[at + 1] === "#") return readNumeric(text, at);
  let i = at + 1;
  while (i < text.length && i - at <= MAX_NAME && isAlphanumeric(text.charCodeAt(i))) i++;
  if (i === at + 1 || text[i] !== ";") return undefined;
  const value = decodeNamedCharacterReference(text.slice(at + 1, i));
  return value === false ? undefined : { value, end: i + 1 };
}

function readNumeric(text: string, at: number): CharRef | undefined {
  const hex = text[at + 2] === "x" || text[at + 2] === "X";
  const first = at + (hex ? 3 : 2);
  let i = first;
  while (i < text.length && i - first < MAX_DIGITS && (hex ? isHexDigit(text.charCodeAt(i)) : isDigit(text.charCodeAt(i)))) i++;
  if (i === first) return undefined;
  let code = Number.parseInt(text.slice(first, i), hex ? 16 : 10);
  code = WINDOWS_1252[code] ?? code;
  const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
  return { value: String.fromCodePoint(invalid ? 0xfffd : code), end: text[i] === ";" ? i + 1 : i };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isAlphanumeric(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
