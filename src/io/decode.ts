/**
 * Bytes to text, refusing what is not a text posting: binary data and invalid
 * UTF-8 are errors (with the byte offset), never silently replaced, so a later
 * `--fix` cannot write mangled bytes back.
 */

export type Encoding = "utf8" | "utf16le" | "utf16be";

export interface Decoded {
  /** The text, a BOM included when the file had one (the engine sets it aside). */
  text: string;
  encoding: Encoding;
}

export class DecodeError extends Error {}

/** How many leading bytes are searched for NUL, the mark of binary data. */
export const BINARY_SNIFF_BYTES = 8000;

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes, "utf-16le"), encoding: "utf16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes, "utf-16be"), encoding: "utf16be" };
  refuseBinary(bytes);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) throw new DecodeError(`invalid UTF-8 at byte offset ${bad}`);
  return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), encoding: "utf8" };
}

/** Throws when the leading bytes hold a NUL and no UTF-16 byte order mark: enough of the input to tell, before the rest is read. */
export function refuseBinary(head: Uint8Array): void {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return;
  const nul = head.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul >= 0) throw new DecodeError(`binary data (NUL byte at offset ${nul}), not a text posting`);
}

function decodeUtf16(bytes: Uint8Array, label: "utf-16le" | "utf-16be"): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DecodeError(`invalid ${label.toUpperCase()} text`);
  }
}

export function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === "utf8") return new TextEncoder().encode(text);
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    out[2 * i] = encoding === "utf16le" ? lo : hi;
    out[2 * i + 1] = encoding === "utf16le" ? hi : lo;
  }
  return out;
}

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
