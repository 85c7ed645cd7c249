import { describe, expect, it } from "vitest";
import { decode, encode, firstInvalidUtf8 } from "../src/io/decode.js";

describe("decoding files", () => {
  it("reads UTF-8 and keeps the BOM for the engine to set aside", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xc3, 0xa9]);
    expect(decode(bytes)).toEqual({ text: "\uFEFFCafé", encoding: "utf8" });
  });

  it("names the byte offset of invalid UTF-8", () => {
    const bytes = new Uint8Array([0x61, 0x62, 0xe9, 0x63]);
    expect(() => decode(bytes)).toThrow("invalid UTF-8 at byte offset 2");
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0x80]))).toBe(0); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xf0, 0x9f, 0x98]))).toBe(1); // truncated
    expect(firstInvalidUtf8(new TextEncoder().encode("ok 😀 é"))).toBe(-1);
  });

  it("rejects binary data", () => {
    expect(() => decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow(/binary data/);
  });

  it("reads UTF-16 with a BOM and writes it back byte for byte", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x09, 0x00, 0x42, 0x00]);
    const decoded = decode(le);
    expect(decoded).toEqual({ text: "\uFEFFA\tB", encoding: "utf16le" });
    expect([...encode(decoded.text, "utf16le")]).toEqual([...le]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41]);
    expect(decode(be).text).toBe("\uFEFFA");
    expect([...encode("\uFEFFA", "utf16be")]).toEqual([...be]);
  });
});
