import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endings, isSubsequence, wordsOf } from "./helpers/text-checks.js";
import { applyFixes } from "../src/engine/fix.js";
import { fixText, lintText } from "../src/index.js";

/**
 * Fix safety over generated postings that mix Markdown and plain text, LF, CRLF
 * and mixed endings, a BOM, tabs, NBSP, emoji, CJK and random defects, with the
 * every rule on (`base: "all"`, so every fixable rule, final-newline included).
 */
const ALL = { base: "all" as const };

const WORDS = ["Build", "reliable", "services", "with", "Python", "and", "SQL", "team", "player", "the", "café", "東京", "チーム", "🚀", "AWS", "C++", "résumé", "5+", "years", "of", "experience"];
const SPACES = [" ", " ", " ", "  ", "\t", " \t ", "\u00a0", " \u200b"];

const word = fc.constantFrom(...WORDS);
const gap = fc.constantFrom(...SPACES);
const phrase = fc.tuple(word, fc.array(fc.tuple(gap, word), { minLength: 0, maxLength: 7 })).map(([w, rest]) => w + rest.map(([g, x]) => g + x).join(""));
const line = fc.oneof(
  phrase,
  phrase.map((p) => `- ${p}.`),
  phrase.map((p) => `* ${p}`),
  phrase.map((p) => `\t\t${p}.`),
  phrase.map((p) => `## ${p}`),
  phrase.map((p) => `**${p}**`),
  phrase.map((p) => `${p}   `),
  phrase.map((p) => `${p} ${p.split(/\s/)[0]} ${p.split(/\s/)[0]}`),
  fc.constant("Responsibilities"),
  fc.constant("Minimum Qualifications"),
  fc.constant("PREFERRED QUALIFICATIONS:"),
  fc.constant("Salary: $120,000 - $150,000"),
  fc.constant("```\ncode\twith tab\n```"),
  fc.constant(""),
);
const eol = fc.constantFrom("\n", "\r\n", "\r\n", "\n");
const posting = fc
  .record({
    bom: fc.boolean(),
    lines: fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 25 }),
    finalNewline: fc.boolean(),
    filePath: fc.constantFrom("p.md", "p.txt"),
  })
  .map(({ bom, lines, finalNewline, filePath }) => {
    let text = lines.map(([l, e]) => l + e).join("");
    if (!finalNewline) text = text.replace(/(\r\n|\n)$/, "");
    return { text: (bom ? "\uFEFF" : "") + text, filePath };
  });

/**
 * HTML postings of the same words: headings, paragraphs and list items (some
 * alone on their lines, some sharing one), character references, tabs and
 * spaces inside text and between tags, and a JSON-LD block whose description
 * is HTML in a JSON string.
 */
// Each joins two phrases: glued to the words ("R&amp;D") or standing between them.
const JOINS = [" ", " &amp; ", "&amp;", "&nbsp;", "&rsquo;", " &#8211; ", "&lt;"];
const htmlText = fc.tuple(phrase, fc.constantFrom(...JOINS), phrase).map(([a, join, b]) => `${a}${join}${b}`);
const htmlLine = fc.oneof(
  htmlText.map((t) => `<li>${t}</li>`),
  htmlText.map((t) => `	<li>	${t}.</li>`),
  htmlText.map((t) => `<li>${t}</li><li>${t}</li>`),
  htmlText.map((t) => `<p>${t}. ${t}.</p>`),
  htmlText.map((t) => `<h3>${t}</h3>`),
  htmlText.map((t) => `<p><strong>${t}</strong></p>`),
  htmlText.map((t) => `<p>${t}<br>${t}  </p>`),
  fc.constant("<ul>"),
  fc.constant("</ul>"),
  fc.constant('<p>Salary: $120,000&ndash;$150,000</p>'),
  fc.constant("<!-- note -->"),
  htmlText.map((t) => `<script type="application/ld+json">{"@type": "JobPosting", "description": "<ul><li>${t.replace(/["\\]/g, "")}<\\/li><li>${t.replace(/["\\]/g, "")}</li></ul>\\n<p>We\\u2019re \\"hiring\\"</p>"}</script>`),
);
const htmlPosting = fc
  .record({ lines: fc.array(fc.tuple(htmlLine, eol), { minLength: 1, maxLength: 20 }), filePath: fc.constantFrom("p.html", "p.htm") })
  .map(({ lines, filePath }) => ({ text: lines.map(([l, e]) => l + e).join(""), filePath }));

/** Tags, comments and character references, in order: what fixes must keep (bar whole elements a documented fix removes). */
function markupOf(text: string): string[] {
  return text.match(/<[^<>]*>|&#?[A-Za-z0-9]+;|\\u[0-9a-fA-F]{4}|\\[nrt"\\/]/g) ?? [];
}

const RUNS = Number(process.env.JOBPOSTLINT_PROPERTY_RUNS ?? 500);




describe("fix safety (property tests)", () => {
  it("(a) a pass changes nothing outside the ranges of the fixes it applies", () => {
    fc.assert(
      fc.property(posting, ({ text, filePath }) => {
        const body = text.replace(/^\uFEFF/, "");
        const { messages } = lintText(body, { filePath, ...ALL });
        const applied = applyFixes(body, messages);
        const used = messages.filter((m) => m.fix && !applied.remaining.includes(m)).map((m) => m.fix!);
        // Rebuild the output from the original, the fixes and nothing else.
        let rebuilt = "";
        let at = 0;
        for (const f of [...used].sort((x, y) => x.range[0] - y.range[0])) {
          rebuilt += body.slice(at, f.range[0]) + f.text;
          at = f.range[1];
        }
        rebuilt += body.slice(at);
        expect(applied.output).toBe(rebuilt);
        for (const f of used) expect(f.range[0] <= f.range[1] && f.range[1] <= body.length).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("(b) fixing twice is fixing once, (c) no fixable finding is left, (e) line endings and the BOM are kept", () => {
    fc.assert(
      fc.property(posting, ({ text, filePath }) => {
        const once = fixText(text, { filePath, ...ALL });
        const twice = fixText(once.output, { filePath, ...ALL });
        expect(twice.output).toBe(once.output);
        if (!once.warning) expect(once.messages.filter((m) => m.fix)).toEqual([]);
        expect(once.output.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
        // Every line keeps its own ending; final-newline may add one at the very end, in the file's style.
        const kept = endings(once.output);
        if (!/(\r\n|\r|\n)$/.test(text) && /(\r\n|\r|\n)$/.test(once.output)) kept.pop();
        expect(isSubsequence(kept, endings(text))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("(d) the words of the posting survive, in order, except what a documented fix removes", () => {
    fc.assert(
      fc.property(posting, ({ text, filePath }) => {
        const { output } = fixText(text, { filePath, ...ALL });
        // Removing a repeated word or a duplicate line drops words; nothing is invented or reordered.
        expect(isSubsequence(wordsOf(output), wordsOf(text))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("fix safety on HTML (property tests)", () => {
  it("fixing twice is fixing once, no fixable finding is left, and words and markup survive in order", () => {
    fc.assert(
      fc.property(htmlPosting, ({ text, filePath }) => {
        const once = fixText(text, { filePath, ...ALL });
        const twice = fixText(once.output, { filePath, ...ALL });
        expect(twice.output).toBe(once.output);
        if (!once.warning) expect(once.messages.filter((m) => m.fix)).toEqual([]);
        expect(isSubsequence(wordsOf(once.output), wordsOf(text))).toBe(true);
        // No fix cuts into a tag, a reference or an escape, or writes one: only whole ones may go (a duplicate <li> line).
        expect(isSubsequence(markupOf(once.output), markupOf(text))).toBe(true);
        expect(isSubsequence(endings(once.output), endings(text))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
