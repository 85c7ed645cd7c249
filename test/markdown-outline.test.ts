import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { decodeString } from "micromark-util-decode-string";
import { describe, expect, it } from "vitest";
import { parsePosting } from "../src/posting/parse.js";
import "../src/posting/all-readers.js";
import { readOutline } from "../src/posting/markdown-outline.js";
import type { Block } from "../src/posting/outline.js";
import { mergeRanges } from "../src/posting/ranges.js";
import { outlineFromMdast } from "./helpers/mdast-reader.js";

/** Everything the model and the rules read of an outline, as plain data (parents by index). */
function shape(blocks: readonly Block[]) {
  const index = new Map(blocks.map((b, i) => [b, i]));
  return blocks.map((b) => ({
    type: b.type,
    start: b.start,
    end: b.end,
    parent: b.parent?.type === "root" ? -1 : index.get(b.parent!),
    children: b.children.map((c) => index.get(c)),
    ordered: b.ordered,
    depth: b.depth,
    content: b.content,
    inline: b.inline?.map((i) => ({ type: i.type, start: i.start, end: i.end, inner: i.inner })),
  }));
}

function compare(text: string): void {
  const ours = readOutline(text);
  const oracle = outlineFromMdast(text);
  expect(shape(ours.outline.blocks)).toEqual(shape(oracle.blocks));
  expect(mergeRanges(ours.nonProse)).toEqual(mergeRanges(oracle.nonProse));
  // Flow HTML's mdast value leaves out container prefixes ("> "); the rules read one-line HTML only.
  const html = (nodes: readonly { start: number; end: number; value: string }[]) =>
    nodes.map((n) => ({ start: n.start, end: n.end, value: n.value.includes("\n") ? "(lines)" : n.value }));
  expect(html(ours.outline.html)).toEqual(html(oracle.html));
  const texts = ours.outline.blocks.flatMap((b) => b.inline?.filter((i) => i.type === "text").map((i) => decodeString(i.source)) ?? []);
  expect(texts).toEqual(oracle.rootTextValues);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const shared = new URL("../../shared/", import.meta.url).pathname;
const postingFiles = [
  ...filesUnder(join(shared, "corpus")),
  ...filesUnder(join(shared, "corpus-real")),
  ...filesUnder(join(shared, "corpora")),
  ...filesUnder(new URL("./fixtures/", import.meta.url).pathname),
  ...filesUnder(new URL("../examples/", import.meta.url).pathname),
  ...filesUnder(new URL("../docs/", import.meta.url).pathname),
].filter((f) => /\.(?:md|markdown|txt|html?)$/i.test(f));

describe("Markdown outline read from micromark's events", () => {
  it("agrees with the mdast on every posting of the corpora and fixtures", () => {
    expect(postingFiles.length).toBeGreaterThan(250);
    for (const file of postingFiles) {
      const text = readFileSync(file, "utf8");
      try {
        compare(text);
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`);
      }
    }
  });

  const fragment = fc.constantFrom(
    "# Heading",
    "## Requirements:",
    "### ",
    "Title\n=====",
    "Sub title\n---",
    "- item one",
    "  - nested item",
    "    - deeper",
    "* star item",
    "+ plus item",
    "1. first",
    "2) second",
    "> quoted line",
    "> - quoted item",
    ">",
    "**Requirements**",
    "**Requirements:**",
    "**Requirements** :",
    "**Bold** and more",
    "__Benefits__",
    "**Location:** Remote",
    "Salary: $100k",
    "text with [a link](http://x.y) and <b>tag</b> in it",
    "[http://x.y](http://x.y)",
    "[a\\_b](a_b)",
    "[](http://empty)",
    "[<i>see</i>http://x.y](http://x.y)",
    "[http://x.\ny](http://x.y)",
    "[http://x.y\n](http://x.y)",
    "## Closed heading ####",
    "[ref link][ref] and [ref]",
    "[ref]: http://x.y \"Title\"",
    "<http://a.b/c>",
    "<someone@example.com>",
    "`inline code` here",
    "![image alt <b>x</b>](pic.png)",
    "[![badge](b.svg)](http://x.y)",
    "```\ncode block\n```",
    "~~~js\nlet x = 1;\n~~~",
    "<div>\nhtml block\n</div>",
    "<insert company name>",
    "<!-- a comment -->",
    "---",
    "***",
    "",
    "",
    "trailing spaces  ",
    "hard break\\",
    "tabs\tinside\tline",
    "\tTab indented line",
    "    four spaces",
    "&amp; &copy; &#58; &bogus;",
    "\\*not emphasis\\* \\:",
    "*em* and **strong** and ***both***",
    "foo_bar_baz",
    "a line\nthat continues",
    "- item\n\n  second paragraph",
    "- item\n continued lazily",
    "1. one\n\n   - inner\n2. two",
    "> quote\ncontinued",
    "{{ placeholder }}",
    "<br>",
  );
  const document = fc
    .tuple(fc.array(fragment, { maxLength: 14 }), fc.constantFrom("\n", "\r\n", "\n\n"), fc.boolean())
    .map(([parts, eol, frontMatter]) => {
      const text = (frontMatter ? "---\ntitle: X\n---\n" : "") + parts.join(eol === "\n\n" ? "\n\n" : "\n");
      return eol === "\r\n" ? text.replace(/\n/g, "\r\n") : text;
    });

  it("agrees with the mdast on generated Markdown (lists, quotes, links, HTML, breaks, CRLF)", () => {
    fc.assert(fc.property(document, (text) => compare(text)), { numRuns: 400 });
  });

  it("gives plugins the mdast as posting.tree, built only when read", () => {
    const posting = parsePosting("# Title\n\n- one\n- two\n", { format: "markdown" });
    expect(Object.getOwnPropertyDescriptor(posting, "tree")?.get).toBeTypeOf("function");
    const tree = posting.tree as { type: string; children: { type: string }[] };
    expect(tree.type).toBe("root");
    expect(tree.children.map((c) => c.type)).toEqual(["heading", "list"]);
    // Read once, kept: the same object from then on.
    expect(posting.tree).toBe(tree);
    expect(Object.getOwnPropertyDescriptor(posting, "tree")?.get).toBeUndefined();
  });
});
