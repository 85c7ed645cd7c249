import fc from "fast-check";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { EditMap } from "micromark-util-edit-map";
import { consumeFromFirstEdit } from "../src/posting/linear-edit-map.js";
import { parseMarkdownTree } from "../src/posting/markdown.js";

interface Map_ {
  add(at: number, remove: number, add: unknown[]): void;
  addBefore(at: number, remove: number, add: unknown[]): void;
  consume(events: unknown[]): void;
}

/** micromark's own EditMap, unpatched: a second instance of the module, loaded under another URL. */
async function originalEditMap(): Promise<new () => Map_> {
  const file = createRequire(import.meta.url).resolve("micromark-util-edit-map");
  const fresh = (await import(`${pathToFileURL(file).href}?original`)) as { EditMap: new () => Map_ };
  expect(fresh.EditMap).not.toBe(EditMap);
  expect(fresh.EditMap.prototype.consume).not.toBe(consumeFromFirstEdit);
  return fresh.EditMap;
}

const edits = fc.array(fc.tuple(fc.nat(60), fc.nat(4), fc.array(fc.integer({ min: 1000, max: 1999 }), { maxLength: 4 }), fc.boolean()), { maxLength: 8 });

describe("EditMap#consume, linear (src/posting/linear-edit-map.ts)", () => {
  it("is what micromark uses once the Markdown reader is loaded", () => {
    expect(EditMap.prototype.consume).toBe(consumeFromFirstEdit);
  });

  it("gives the events micromark's own consume gives, for any batch of edits", async () => {
    const Original = await originalEditMap();
    fc.assert(
      fc.property(fc.nat(60), edits, (length, changes) => {
        const events = Array.from({ length }, (_, i) => i);
        const ours = new EditMap() as unknown as Map_;
        const theirs = new Original();
        for (const [at, remove, add, before] of changes) {
          // micromark only edits inside the list (or at its end).
          const where = Math.min(at, length);
          for (const map of [ours, theirs]) (before ? map.addBefore : map.add).call(map, where, remove, [...add]);
        }
        const a = [...events];
        const b = [...events];
        ours.consume(a);
        theirs.consume(b);
        expect(a).toEqual(b);
        // Both maps are empty afterwards: a second consume changes nothing.
        ours.consume(a);
        expect(a).toEqual(b);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads none of the events before the first edit (the old one copied all of them on every call)", async () => {
    const count = 100_000;
    let reads = 0;
    const target = Array.from({ length: count }, (_, i) => i);
    const events = new Proxy(target, {
      get(array, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key) && Number(key) < count - 10) reads++;
        return Reflect.get(array, key, receiver);
      },
    });
    const map = new EditMap() as unknown as Map_;
    map.add(count - 5, 0, ["a", "b"]);
    map.add(count - 2, 2, []);
    map.consume(events);
    expect(reads).toBe(0);
    expect(target.slice(-6)).toEqual([count - 6, "a", "b", count - 5, count - 4, count - 3]);
    expect(target.length).toBe(count);

    const Original = await originalEditMap();
    const old = new Original();
    old.add(count - 5, 0, ["a", "b"]);
    reads = 0;
    old.consume(events);
    expect(reads).toBeGreaterThan(count / 2);
  });

  it("leaves the parse of a many-list posting as it was", async () => {
    const posting = Array.from({ length: 200 }, (_, i) => `## Part ${i}\n\n- one ${i}\n- two\n  lazy\n> quote\n\ntext\n`).join("\n");
    const ours = parseMarkdownTree(posting);
    // The same text through the same processor with the original consume in place.
    const Original = await originalEditMap();
    const patched = EditMap.prototype.consume;
    (EditMap.prototype as unknown as { consume: unknown }).consume = Original.prototype.consume;
    try {
      expect(parseMarkdownTree(posting)).toEqual(ours);
    } finally {
      (EditMap.prototype as unknown as { consume: unknown }).consume = patched;
    }
  });
});

