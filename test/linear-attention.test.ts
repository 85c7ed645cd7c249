import fc from "fast-check";
import { parse, postprocess, preprocess } from "micromark";
import { attention } from "micromark-core-commonmark";
import type { Event, Token, TokenizeContext } from "micromark-util-types";
import { describe, expect, it } from "vitest";
import { micromarkResolveAllAttention, resolveAllAttentionLinear } from "../src/posting/linear-attention.js";
import { readEventsOutline } from "../src/posting/markdown-outline.js";

/** micromark's events for `text`, every token with its full points, read with the given emphasis resolver. */
function events(text: string, resolver: typeof attention.resolveAll): string[] {
  const saved = attention.resolveAll;
  attention.resolveAll = resolver;
  try {
    const list: Event[] = postprocess(parse().document().write(preprocess()(text, undefined, true)));
    return list.map(([kind, token]) => `${kind} ${token.type} ${JSON.stringify(token.start)} ${JSON.stringify(token.end)}`);
  } finally {
    attention.resolveAll = saved;
  }
}

const fragment = fc.constantFrom(
  "*", "**", "***", "****", "_", "__", "___", "a", "b", " ", " ", "\n", "\n\n", ".", ",", "!",
  "[", "](u)", "[x](y)", "`", "\\", "\\*", "&amp;", "<b>", "é", "> ", "- ", "# ", "\t",
);
const inline = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(""));

describe("emphasis resolver, linear (src/posting/linear-attention.ts)", () => {
  it("is what micromark uses once the Markdown reader is loaded", () => {
    expect(micromarkResolveAllAttention).toBeTypeOf("function");
    expect(micromarkResolveAllAttention).not.toBe(resolveAllAttentionLinear);
    expect(attention.resolveAll).toBe(resolveAllAttentionLinear);
  });

  it("finds micromark's own resolver from a second copy of the module too (a copy in place is not taken for it)", async () => {
    const copy = (await import("../src/posting/linear-attention.js?second-copy")) as typeof import("../src/posting/linear-attention.js");
    expect(copy.resolveAllAttentionLinear).not.toBe(resolveAllAttentionLinear);
    expect(copy.micromarkResolveAllAttention).toBe(micromarkResolveAllAttention);
    attention.resolveAll = resolveAllAttentionLinear;
  });

  it("gives the events micromark's own resolver gives, points included, on generated Markdown", () => {
    fc.assert(
      fc.property(inline, (text) => {
        expect(events(text, resolveAllAttentionLinear)).toEqual(events(text, micromarkResolveAllAttention));
      }),
      { numRuns: 5000 },
    );
  });

  // Runs built straight into an event list (any marker, length and flags, data between or not): far more cases than text allows.
  const run = fc.record({ marker: fc.constantFrom("*", "_"), size: fc.integer({ min: 1, max: 8 }), open: fc.boolean(), close: fc.boolean(), gap: fc.boolean() });

  function resolveRuns(runs: { marker: string; size: number; open: boolean; close: boolean; gap: boolean }[], resolver: typeof attention.resolveAll): string[] {
    let source = "";
    const events: Event[] = [];
    const context = { sliceSerialize: (t: Token) => source.slice(t.start.offset, t.end.offset) } as TokenizeContext;
    const point = (offset: number) => ({ line: 1, column: offset + 1, offset, _index: 0, _bufferIndex: offset });
    const token = (type: string, from: number, extra: Partial<Token> = {}) => ({ type, start: point(from), end: point(source.length), ...extra }) as Token;
    const data = () => {
      source += "x";
      const t = token("data", source.length - 1);
      events.push(["enter", t, context], ["exit", t, context]);
    };
    for (const r of runs) {
      if (r.gap) data();
      const from = source.length;
      source += r.marker.repeat(r.size);
      const t = token("attentionSequence", from, { _open: r.open, _close: r.close });
      events.push(["enter", t, context], ["exit", t, context]);
    }
    data();
    const saved = attention.resolveAll;
    attention.resolveAll = resolver;
    try {
      // micromark's own resolver reads what it re-resolves from the parser's constructs.
      Object.assign(context, { parser: parse() });
      return resolver!(events, context).map(([kind, t]) => `${kind} ${t.type} ${JSON.stringify(t.start)} ${JSON.stringify(t.end)}`);
    } finally {
      attention.resolveAll = saved;
    }
  }

  it("gives micromark's events on generated lists of runs, resolved directly", () => {
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 8 }), (runs) => {
        expect(resolveRuns(runs, resolveAllAttentionLinear)).toEqual(resolveRuns(runs, micromarkResolveAllAttention));
      }),
      { numRuns: 20_000 },
    );
  });

  it("gives micromark's events on the spec's hard cases", () => {
    const cases = [
      "*a **b** c*", "***a***", "**a*", "*a**", "*a**b*", "**a*b*", "*a*b*", "a**b**c", "__a_b__", "*(*a*)*",
      "***a* b**", "**a *b* c**", "*a **b***", "foo*bar*baz", "_foo_bar_", "*[a*](b)*", "*a `*` b*", "**a\nb**",
      "*a \\* b*", "1*2*3", "**a**b**c**", "***a**b*", "*a ***b***", "_a __b__ c_",
      // A closer that cannot open, tried again when a later match encloses it (an opener has got shorter by then).
      "_a*****b****c*** d_",
    ];
    for (const text of cases) expect(events(text, resolveAllAttentionLinear), text).toEqual(events(text, micromarkResolveAllAttention));
  });

  it("reads a paragraph of 40,000 closing runs and one of 10,000 nested runs (micromark's own took 26 s and 52 s)", () => {
    // What is read, not how fast: bench/ times it.
    const closers = "a* ".repeat(40_000);
    const paragraphs = readEventsOutline(closers).outline.blocks.filter((b) => b.type === "paragraph");
    expect(paragraphs.map((p) => p.inline?.map((i) => i.type))).toEqual([["text"]]);
    const nested = "**a ".repeat(10_000) + "b" + " c**".repeat(10_000);
    const [strong] = readEventsOutline(nested).outline.blocks.find((b) => b.type === "paragraph")!.inline!;
    expect(strong).toMatchObject({ type: "strong", start: 0, end: nested.length, inner: { start: 2, end: nested.length - 2 } });
  });
});
