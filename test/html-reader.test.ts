import { describe, expect, it } from "vitest";
import { detectFormat, POSTING_EXTENSIONS } from "../src/posting/format.js";
import { parsePosting } from "../src/posting/parse.js";
import { containsOffset } from "../src/posting/ranges.js";
import type { Posting, Range } from "../src/posting/types.js";

const html = (text: string) => parsePosting(text, { filePath: "posting.html" });
const slice = (p: Posting, r: Range) => p.text.slice(r.start, r.end);

describe("HTML: format and discovery", () => {
  it("takes .html/.htm as HTML and .json/.jsonld as JSON-LD, and sniffs only without an extension", () => {
    expect(detectFormat("a.html", "")).toBe("html");
    expect(detectFormat("a.HTM", "")).toBe("html");
    expect(detectFormat("a.json", "")).toBe("json");
    expect(detectFormat("a.jsonld", "")).toBe("json");
    expect(detectFormat("a.txt", "<p>Hello</p>")).toBe("text");
    expect(detectFormat(undefined, "  <p>Hello</p>")).toBe("html");
    expect(detectFormat(undefined, "<!DOCTYPE html>\n<html>")).toBe("html");
    expect(detectFormat(undefined, '{"@context": "https://schema.org", "@type": "JobPosting"}')).toBe("json");
    expect(detectFormat(undefined, "Requirements\n- 3 years")).toBe("text");
  });

  it("searches folders for .html and .htm but not .json (package.json is no posting)", () => {
    expect(POSTING_EXTENSIONS).toContain("html");
    expect(POSTING_EXTENSIONS).toContain("htm");
    expect(POSTING_EXTENSIONS).not.toContain("json");
  });
});

describe("HTML: what is text", () => {
  const page =
    '<!DOCTYPE html>\n<html><head><title>Cook</title><style>p { color: red }</style></head>\n<body>\n' +
    '<nav><a href="/">Home</a></nav>\n' +
    '\t<p class="lead">R&amp;D\tteam, <b>don&rsquo;t</b> wait.</p>\n' +
    "<!-- internal note -->\n<script>var x = 1;\t</script>\n<footer>Legal text</footer>\n</body></html>\n";
  const p = html(page);

  it("is the content of text nodes: tags, attributes, scripts, styles, comments, references and site chrome are not prose", () => {
    const proseText = p.prose.map((r) => slice(p, r)).join("|");
    expect(proseText).toContain("R");
    expect(proseText).toContain("D\tteam, ");
    expect(proseText).toContain("wait.");
    for (const markup of ["class", "lead", "&amp;", "&rsquo;", "internal note", "var x", "color", "Legal text", "Home", "Cook"]) {
      expect(proseText).not.toContain(markup);
    }
  });

  it("reads what a reader sees: references decoded, tags gone, white space collapsed", () => {
    expect(p.items.map((i) => i.text)).toEqual(["R&D team, don’t wait."]);
    expect(p.view!.text).toBe("R&D team, don’t wait.\n");
    const item = p.items[0]!;
    expect(slice(p, item.range)).toBe("R&amp;D\tteam, <b>don&rsquo;t</b> wait.");
  });

  it("marks the indentation between tags as layout, and a tab inside a text node as text", () => {
    const indent = page.indexOf("\t<p");
    const inner = page.indexOf("D\tteam") + 1;
    expect(containsOffset(p.nonProse, indent) || containsOffset(p.structuralIndent, indent)).toBe(true);
    expect(containsOffset(p.nonProse, inner)).toBe(false);
  });

  it("keeps tags, references and raw-text elements whole for fixes", () => {
    const atomic = p.markup!.atomic.map((r) => slice(p, r));
    expect(atomic).toContain("&amp;");
    expect(atomic).toContain("&rsquo;");
    expect(atomic.some((a) => a.startsWith("<script>") && a.endsWith("</script>"))).toBe(true);
    expect(p.markup!.reserved).toBe("<&");
  });
});

describe("HTML: structure", () => {
  const fragment =
    "<h2>Data Engineer</h2>\n" +
    "<p><strong>Location:</strong> Remote &ndash; US</p>\n" +
    "<p><strong>What you&rsquo;ll do:</strong></p>\n" +
    "<ul>\n<li>Build pipelines.</li>\n<li>Run on-call <em>one week in six</em>.</li>\n</ul>\n" +
    "<p>Requirements</p>\n" +
    "<div>- 5+ years of experience in data engineering<br>- Python and SQL</div>\n" +
    "<h3>About us</h3><p>We are small. We ship weekly.</p>\n";
  const p = html(fragment);

  it("reads <hN> as element headings, a bold-only paragraph as a bold heading and a section name alone as a plain one", () => {
    expect(p.headings.map((h) => [h.line, h.markup, h.level, h.text, h.colon])).toEqual([
      [1, "element", 2, "Data Engineer", false],
      [3, "bold", 7, "What you’ll do", true],
      [8, "plain", 7, "Requirements", false],
      [10, "element", 3, "About us", false],
    ]);
    expect(p.sections.map((s) => s.kind)).toEqual(["other", "responsibilities", "required", "about"]);
  });

  it("reads list items, <br> lines (typed bullets as list items), metadata and sentences", () => {
    expect(p.items.map((i) => [i.line, i.kind, i.text, i.marker ?? ""])).toEqual([
      [5, "list-item", "Build pipelines.", ""],
      [6, "list-item", "Run on-call one week in six.", ""],
      [9, "list-item", "5+ years of experience in data engineering", "-"],
      [9, "list-item", "Python and SQL", "-"],
      [10, "sentence", "We are small.", ""],
      [10, "sentence", "We ship weekly.", ""],
    ]);
    expect(p.metadata.map((f) => [f.key, f.value, slice(p, f.valueRange)])).toEqual([["Location", "Remote – US", "Remote &ndash; US"]]);
  });

  it("maps requirement facts back to the source", () => {
    const years = p.statements.find((s) => s.years)!;
    expect(slice(p, years.years!.range)).toBe("5+ years");
    expect(years.field).toBe("data engineering");
  });

  it("lets an item go with its lines only where its element stands alone on them", () => {
    const alone = html("<ul>\n  <li>Build pipelines.</li>\n  <li>Run reports.</li><li>Ship.</li>\n</ul>\n");
    expect(alone.items.map((i) => (i.lineRange ? slice(alone, i.lineRange) : null))).toEqual(["  <li>Build pipelines.</li>\n", null, null]);
  });

  it("reads pay written with references, and the first <h1> as the title", () => {
    const page = html("<h1>Baker</h1>\n<p>Pay: $18.50&ndash;$22.00&nbsp;per hour.</p>\n");
    expect(page.title?.text).toBe("Baker");
    expect(page.pay.figures.map((f) => [f.min, f.max, f.period, slice(page, f.range)])).toEqual([[18.5, 22, "hour", "$18.50&ndash;$22.00"]]);
  });

  it("reads words across inline tags and references, and breaks phrases at blocks", async () => {
    const { proseTokens } = await import("../src/posting/tokens.js");
    const page = html("<p>We work <b>hard</b>, play hard.</p><p>Don&rsquo;t</p>");
    const tokens = proseTokens(page);
    expect(tokens.map((t) => t.text)).toEqual(["We", "work", "hard", "play", "hard", "Don’t"]);
    expect(tokens.map((t) => t.breakBefore)).toEqual([true, false, false, false, false, true]);
    expect(slice(page, tokens[5]!)).toBe("Don&rsquo;t");
  });
});

describe("HTML: malformed markup", () => {
  it("finds elements left open, stray end tags and a tag cut off by the end of the text, and still reads the text", () => {
    const text = '<div>\n<ul>\n<li><b>CDL license</li>\n</ul></span>\n<p>Apply today.\n<p class="x>Never closed</p>\n';
    const p = html(text);
    expect(p.htmlProblems!.map((e) => [e.message, slice(p, e.range).slice(0, 8)])).toEqual([
      ["HTML: <div> is never closed", "<div>"],
      ["HTML: <b> is never closed", "<b>"],
      ["HTML: stray end tag </span>: no element it closes is open", "</span>"],
      ["HTML: Unexpected end of file in tag", "<"],
    ]);
    expect(p.items.map((i) => i.text)).toEqual(["CDL license", "Apply today."]);
  });

  it("reads elements nested 500 deep, and refuses more than 512 (browsers stop nesting there; parse5 slowed with every level) with one problem", () => {
    const nested = (depth: number) => "<div>".repeat(depth) + "<p>Apply today.</p>" + "</div>".repeat(depth);
    const deep = html(nested(500 - 3));
    expect(deep.htmlProblems).toEqual([]);
    expect(deep.items.map((i) => i.text)).toEqual(["Apply today."]);
    for (const text of [nested(512), "<ul><li>".repeat(40_000)]) {
      const p = html(text);
      expect(p.htmlProblems!.map((e) => e.message)).toEqual(["HTML: elements nested more than 512 levels deep; the file was not linted as HTML"]);
      expect(p.items).toEqual([]);
    }
  });

  it("tells a fragment from a document: a fragment is not asked for a doctype", () => {
    expect(html("<p>Hello there.</p>").htmlProblems).toEqual([]);
    expect(html("<html><body><p>Hello there.</p></body></html>").htmlProblems).toEqual([]);
  });
});

describe("JSON-LD", () => {
  const description = '<h3>Requirements<\\/h3>\\n<ul><li>5+ years of experience in nursing.<\\/li><li>We\\u2019re \\"hiring\\"<\\/li><\\/ul>';
  const json = `{\n  "@context": "https://schema.org",\n  "@graph": [\n    {"@type": "Organization", "name": "Mercy"},\n    {"@type": "JobPosting", "title": "Nurse", "description": "${description}"}\n  ]\n}\n`;

  it("finds a JobPosting in @graph and reads its description as the posting, mapped back into the JSON string", () => {
    const p = parsePosting(json, { filePath: "job.json" });
    expect(p.format).toBe("json");
    expect(p.structuredData).toHaveLength(1);
    expect(p.structuredData![0]!.jobPostings).toHaveLength(1);
    expect(p.headings.map((h) => [h.text, slice(p, h.textRange)])).toEqual([["Requirements", "Requirements"]]);
    expect(p.items.map((i) => [i.text, slice(p, i.range), i.line])).toEqual([
      ["5+ years of experience in nursing.", "5+ years of experience in nursing.", 5],
      ["We’re \"hiring\"", 'We\\u2019re \\"hiring\\"', 5],
    ]);
    expect(slice(p, p.statements[0]!.years!.range)).toBe("5+ years");
    expect(slice(p, p.origin!)).toMatch(/^"description": "<h3>/);
  });

  it("makes everything outside the description, and every escape, something no rule reads as prose or a fix cuts", () => {
    const p = parsePosting(json, { filePath: "job.json" });
    const proseText = p.prose.map((r) => slice(p, r)).join("");
    expect(proseText).not.toContain("@context");
    expect(proseText).not.toContain("\\u2019");
    expect(proseText).toContain("5+ years of experience in nursing.");
    expect(p.markup!.atomic.map((r) => slice(p, r))).toContain("\\u2019");
    expect(p.markup!.reserved).toContain('"');
  });

  it("reads a page's JSON-LD as structured data and each description as an embedded posting, apart from the page's text", () => {
    const page = `<html><head><script type="application/ld+json">${json}</script></head><body><h1>Nurse</h1><p>Apply now.</p></body></html>`;
    const p = parsePosting(page, { filePath: "job.html" });
    expect(p.items.map((i) => i.text)).toEqual(["Apply now."]);
    expect(p.structuredData![0]!.jobPostings).toHaveLength(1);
    expect(p.embedded!.map((e) => e.items.map((i) => i.text))).toEqual([["5+ years of experience in nursing.", "We’re \"hiring\""]]);
    expect(p.embedded![0]!.structuredData).toBeUndefined();
  });

  it("keeps reading after a syntax error, and says where it is", () => {
    const broken = '{\n  "@type": "JobPosting",\n  "title": "Nurse",\n}\n';
    const p = parsePosting(broken, { filePath: "job.json" });
    const block = p.structuredData![0]!;
    expect(block.jobPostings).toHaveLength(1);
    expect(block.errors.map((e) => [e.message, slice(p, e.range)])).toEqual([["JSON-LD: a trailing comma before a closing bracket or brace", "}"]]);
  });

  it("reads a description without tags as plain text, line by line", () => {
    const plain = '{"@type": "JobPosting", "description": "Responsibilities\\n- Triage patients.\\nRequirements\\n- 2+ years of experience in nursing."}';
    const p = parsePosting(plain, { filePath: "job.json" });
    expect(p.headings.map((h) => h.text)).toEqual(["Responsibilities", "Requirements"]);
    expect(p.items.map((i) => [i.text, slice(p, i.range)])).toEqual([
      ["Triage patients.", "Triage patients."],
      ["2+ years of experience in nursing.", "2+ years of experience in nursing."],
    ]);
  });
});
