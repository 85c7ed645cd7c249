import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { decodeString } from "micromark-util-decode-string";
import { describe, expect, it } from "vitest";
import { parsePosting } from "../src/posting/parse.js";
import "../src/posting/all-readers.js";
import { readEventsOutline, type OutlineReading } from "../src/posting/markdown-outline.js";
import { readSimpleOutline } from "../src/posting/markdown-simple.js";
import { splitLines } from "../src/posting/lines.js";
import type { Block } from "../src/posting/outline.js";
import { mergeRanges } from "../src/posting/ranges.js";
import { outlineFromMdast, type OracleOutline } from "./helpers/mdast-reader.js";

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

/** Both readings (micromark's events, and the line-by-line one when it takes the text) against the mdast's. Whether the fast path took it. */
function compare(text: string): boolean {
  const oracle = outlineFromMdast(text);
  compareReading(readEventsOutline(text), oracle);
  const simple = readSimpleOutline(text, splitLines(text));
  if (simple) compareReading(simple, oracle);
  return simple !== undefined;
}

function compareReading(ours: OutlineReading, oracle: OracleOutline): void {
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
      // A BOM never reaches the parser: lintSource sets it aside (micromark's own reader skips it too, ours need not).
      const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
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
    fc.assert(
      fc.property(document, (text) => {
        compare(text);
      }),
      { numRuns: 400 },
    );
  });

  // Lists inside lists inside quotes, ten deep: each list steps over the lists nested in it (list-items.ts).
  const nestedLine = fc
    .tuple(fc.nat({ max: 10 }), fc.constantFrom("- ", "* ", "1. ", "2) ", "> ", "> - ", ""), fc.constantFrom("item", "", "text\n", "- x"))
    .map(([depth, marker, rest]) => "  ".repeat(depth) + marker + rest);
  const nestedDocument = fc
    .array(fc.tuple(nestedLine, fc.constantFrom("\n", "\n", "\n\n")), { minLength: 1, maxLength: 30 })
    .map((lines) => lines.map(([line, eol]) => line + eol).join(""));

  it("agrees with the mdast on deeply nested lists and quotes", () => {
    fc.assert(
      fc.property(nestedDocument, (text) => {
        compare(text);
      }),
      { numRuns: 400 },
    );
  });

  // Postings of the plain kind the line-by-line reader takes, and near misses it must hand to micromark.
  const plainOnly = fc.constantFrom(
    "# Senior Engineer",
    "## Requirements",
    "### About **us**",
    "#### [Apply](https://x.co/jobs)",
    "Paragraph text with 401(k), 5% match + more!",
    "another line of the paragraph",
    "**Company:** Vantage Bio  ",
    "**Location:** Berlin, Germany",
    "**Requirements**",
    "**Requirements:**",
    "**Requirements** :",
    "**Requirements**:  ",
    "**a** and **b** end",
    "(**b**) and **(c)**",
    "**x a**(c) and **y**.",
    "[ref] and [other][ref] after a definition",
    "Café **naïve** 😀 **😀x**",
    "- Build things",
    "- **Bold** lead-in: more text",
    "- item with trailing spaces   ",
    "* Star item",
    "+ Plus item",
    "1. First step",
    "2. Second step",
    "3) Paren item",
    "1) Paren first",
    "> A quote line",
    "> **Quoted** line with [a link](https://q.example)",
    "Apply at [careers@example.com](mailto:careers@example.com).",
    "[https://x.co](https://x.co)",
    "[Tom &amp; Co](Tom&amp;Co)",
    "See [our site](https://x.co/a*b) today",
    "Tom &amp; Jerry &copy; 2024",
    "Our stack: `Go`, `Rust` and `*.md` files",
    "**`Kotlin`** first, `[x](y)` literal",
    "`code` at the start",
    "  indented paragraph text",
    "[compensation and benefits]({% link pages/comp.md %}) and [mail]({{ site.baseurl }}/x)",
    "[Company Name] is hiring [x] [y](z) a] b",
    "- [ ] task box",
    "[a] [b](c) ]",
    "   {% if page.opens == 'tbd' %} three spaces",
    "      six spaces **bold**",
    "## Trailing space heading: ",
    "# Closed heading ##",
    "# C#",
    "snake_case and {{ page.gs_level }} and {% include job/status_alert.html %}",
    "trailing one ",
    "hard break  ",
  );
  const nearMiss = fc.constantFrom(
    "``double`` ticks",
    "_emphasis_ here",
    "__init__",
    "[snake_case](x)",
    "[ref]: https://defined.example",
    "[a](b c) and [d]: e",
    "[a]( spaced )",
    "[a\nb](c)",
    "  - indented item",
    "  # indented heading",
    "  > indented quote",
    "  ---",
    "    1. indented number",
    "`unclosed code",
    "**a `b** c`",
    "```",
    "word**bold**word",
    "**unclosed bold",
    "*single* emphasis",
    "--",
    "-5 degrees",
    "===",
    "---",
    "* * *",
    "!important [x](y)",
    "![img](y)",
    "#hashtag",
    "10. Tenth",
    "1234567890. big number",
    "-",
    "1.",
    ">",
    "> - quoted item",
  );
  const plainLine = fc.oneof({ arbitrary: plainOnly, weight: 20 }, { arbitrary: nearMiss, weight: 1 });
  const plainDocument = fc
    .array(fc.tuple(plainLine, fc.constantFrom("\n", "\n\n", "\n\n", "\r\n", "\r", "\r\r")), { minLength: 1, maxLength: 16 })
    .map((parts) => parts.map(([line, eol]) => line + eol).join(""));
  const frontMatter = fc.constantFrom("", "", "---\ntitle: Cook_Chef\nurl: <x>\n---\n", "+++\ntitle = 'x'\n+++\n", "---\n---\n", "--- \na: b\n---\n", "---\nno close\n");
  const plainPosting = fc.tuple(frontMatter, plainDocument).map(([matter, body]) => matter + body);

  it("reads plain postings line by line exactly as micromark does, and hands it everything else", () => {
    let taken = 0;
    fc.assert(
      fc.property(plainPosting, (text) => {
        if (compare(text)) taken++;
      }),
      { numRuns: 1500 },
    );
    // The generator is meant to exercise the fast path: most of its documents must take it.
    expect(taken).toBeGreaterThan(300);
  });

  it("agrees with micromark where a review found the line-by-line reader did not", () => {
    const found = [
      "---\ntitle: Engineer\n--- \n# Role\n\nWe build things.\n\n---\n", // closing fence with white space after it
      "+++\ntitle = 'x'\n+++\t\n# Role\n\n+++\n",
      "---\r\ntitle: X\r\n--- \r\n# Role\r\n\r\n---\r\n",
      "Apply [here](https://x.co/jobs\u00a0now)", // Unicode white space does not end a destination
      "Apply [here](https://x.co/jobs\u3000now)",
      "See [x](https://x.co/\u001b)", // a control character does
      "[a](b\u007f)",
      "\u{20020}**(a)**", // micromark classifies UTF-16 code units
      "**(a)**\u{20020}",
      "\u{13000}**(a)**",
      "\u{12000}**「仕事」**",
      "Press [the `]` key](https://x.co)", // a code span hides the `]` that ends the link text
      "[`]`](x)",
      "# [a `]` b](c)",
      "[a`]: b`", // a definition, whatever the code span
      "- [`]: x`",
      "> [`]: x`",
      "\uFEFF# Title", // micromark skips a leading BOM
    ];
    for (const text of found) {
      try {
        compare(text);
      } catch (error) {
        throw new Error(`${JSON.stringify(text)}: ${(error as Error).message}`);
      }
    }
  });

  it("reads every posting of the bench generator (../shared/bench/gen-corpus.js) line by line, as micromark does", () => {
    const dir = mkdtempSync(join(tmpdir(), "jobpostlint-outline-"));
    try {
      const generated = spawnSync(process.execPath, [join(shared, "bench/gen-corpus.js"), dir, "40", "7"], { encoding: "utf8" });
      expect(generated.status).toBe(0);
      const files = readdirSync(dir).filter((f) => f.endsWith(".md"));
      expect(files.length).toBe(40);
      for (const file of files) expect(compare(readFileSync(join(dir, file), "utf8")), file).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
