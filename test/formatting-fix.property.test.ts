/**
 * Property test of the formatting rules' fixes, over generated postings that
 * mix Markdown and plain text, LF/CRLF/CR endings, a BOM, tabs, NBSP,
 * zero-width characters, emoji, CJK, trailing and double spaces and mojibake:
 *
 * - every fix lies inside the finding it belongs to (the lines it reports) and
 *   outside code, URLs, comments, templates and front matter;
 * - fixing keeps line endings and (in Markdown) the document's structure, and
 *   copies every non-prose span verbatim;
 * - a second fix run changes nothing.
 */
import type { Nodes, Root } from "mdast";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyFixes } from "../src/engine/fix.js";
import { fixText, lintText, parsePosting } from "../src/index.js";
import { splitLines } from "../src/posting/lines.js";
import { overlapsAny } from "../src/posting/ranges.js";

const FORMATTING_RULES = [
  "no-trailing-whitespace",
  "no-multiple-spaces",
  "no-invisible-characters",
  "no-mojibake",
  "consistent-bullets",
  "list-punctuation",
  "final-newline",
  "no-repeated-words",
  "no-shouting",
] as const;

const CONFIGS: { name: string; rules: Record<string, "warn"> }[] = [
  ...FORMATTING_RULES.map((id) => ({ name: id, rules: { [id]: "warn" as const } })),
  { name: "all formatting rules", rules: Object.fromEntries(FORMATTING_RULES.map((id) => [id, "warn" as const])) },
];

const WORDS = [
  "build", "the", "the", "and", "and", "team", "Python", "AWS", "SQL", "C++", "café", "résumé", "Zürich",
  "工程师", "招聘", "👨‍👩‍👧", "🏳️‍🌈", "donâ€™t", "rÃ©sumÃ©", "â€“", "Ã¢â‚¬â„¢", "â€œHowâ€", "WE", "ARE", "HIRING",
  "NOW", "PEOPLE", "etc.", "U.S.", "(preferred)", "**bold**", "_em_", "`co  de`", "[link](https://x.io/a)",
  "https://x.io/a?b=1", "{{ role  }}", "<!-- note  -->", "می‌خواهیم", "soft\u00ADware", "book\u200Bstipend",
];
const GAPS = [" ", " ", " ", "  ", "   ", "\t", "\u00A0", " \u200B", "\u200B", "\u00AD", "\uFEFF", " \u00A0 "];
const PREFIXES = ["", "", "", "- ", "- ", "* ", "+ ", "• ", "o ", "  - ", "\t- ", "1. ", "# ", "## ", "> ", "\t", "  ", "\u00A0", "\u200B- ", "-\u00A0"];
const SUFFIXES = ["", "", "", ".", ".", ":", " ", "  ", "   ", "\t", "\u00A0", "\u200B", " \u00A0 "];
const SPECIAL_LINES = ["", "", "```", "```js", "---", "***", "| a  | b |", "|----|---|", "{% if x  %}", "<!-- a  -->", "<div>  x  </div>", "title: x  "];
const EOLS = ["\n", "\n", "\n", "\r\n", "\r\n", "\r"];

const word = fc.constantFrom(...WORDS);
const sentence = fc
  .tuple(word, fc.array(fc.tuple(fc.constantFrom(...GAPS), word), { maxLength: 7 }))
  .map(([first, rest]) => first + rest.map(([g, w]) => g + w).join(""));
const proseLine = fc.tuple(fc.constantFrom(...PREFIXES), sentence, fc.constantFrom(...SUFFIXES)).map(([p, s, x]) => p + s + x);
const line = fc.oneof({ weight: 4, arbitrary: proseLine }, { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_LINES) });

const posting = fc
  .record({
    lines: fc.array(fc.tuple(line, fc.constantFrom(...EOLS)), { minLength: 1, maxLength: 14 }),
    frontMatter: fc.boolean(),
    bom: fc.boolean(),
    finalEol: fc.constantFrom("keep", "none", "extra"),
    markdown: fc.boolean(),
  })
  .map(({ lines, frontMatter, bom, finalEol, markdown }) => {
    let text = lines.map(([l, eol]) => l + eol).join("");
    if (finalEol === "none") text = text.replace(/(?:\r\n|\r|\n)$/, "");
    if (finalEol === "extra") text += "\n  \n";
    if (frontMatter) text = "---\ntitle: Engineer  \n---\n" + text;
    return { text: (bom ? "\uFEFF" : "") + text, filePath: markdown ? "posting.md" : "posting.txt" };
  });

/** The mdast shape: node types with the values of code, HTML and front matter, which no fix may touch. */
function structure(text: string, filePath: string): string[] {
  const p = parsePosting(text, { filePath });
  if (p.format !== "markdown") return [];
  const out: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === "text") return;
    const detail =
      n.type === "code" || n.type === "inlineCode" || n.type === "html" || n.type === "yaml"
        ? `:${n.value}`
        : n.type === "heading"
          ? `:${n.depth}`
          : n.type === "list"
            ? `:${n.ordered}`
            : "";
    out.push(n.type + detail);
    if ("children" in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(p.tree as Root);
  return out;
}

function endings(text: string): string[] {
  return splitLines(text).map((l) => l.eol);
}

/** Line endings up to the last line with content: final-newline may only change what follows it. */
function endingsBeforeTail(text: string): string[] {
  const lines = splitLines(text);
  let last = lines.length - 1;
  while (last > 0 && /^[ \t]*$/.test(lines[last]!.text)) last--;
  return lines.slice(0, last).map((l) => l.eol);
}

/**
 * What a fix really changes. A merged fix (several edits in one, such as a
 * Markdown list's markers) copies the text between its edits unchanged, so
 * that text does not count.
 */
function changedSpans(source: string, fix: { range: [number, number]; text: string }): [number, number][] {
  const [start, end] = fix.range;
  const before = source.slice(start, end);
  if (before.length === fix.text.length) {
    const out: [number, number][] = [];
    for (let i = 0; i < before.length; i++) if (before[i] !== fix.text[i]) out.push([start + i, start + i + 1]);
    return out;
  }
  let head = 0;
  while (head < before.length && head < fix.text.length && before[head] === fix.text[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < fix.text.length - head && before[before.length - 1 - tail] === fix.text[fix.text.length - 1 - tail]) tail++;
  return [[start + head, Math.max(start + head, end - tail)]];
}

const stripBom = (s: string) => (s.startsWith("\uFEFF") ? s.slice(1) : s);

describe("formatting fixes (property)", () => {
  for (const config of CONFIGS) {
    it(`${config.name}: fixes stay in their findings, keep endings and structure, and settle`, () => {
      fc.assert(
        fc.property(posting, ({ text, filePath }) => {
          const options = { filePath, base: "none" as const, rules: config.rules };
          const source = stripBom(text);
          const parsed = parsePosting(source, { filePath });
          const lines = splitLines(source);

          const { messages } = lintText(text, options);
          for (const m of messages) {
            if (!m.fix) continue;
            const [start, end] = m.fix.range;
            for (const [from, to] of changedSpans(source, m.fix)) {
              expect(overlapsAny(parsed.nonProse, from, to), `${m.ruleId} fix in non-prose: ${m.message}`).toBe(false);
            }
            const first = lines[m.line - 1]!;
            const last = lines[(m.endLine ?? m.line) - 1]!;
            expect(start, `${m.ruleId} fix starts before its finding's line`).toBeGreaterThanOrEqual(first.start);
            expect(end, `${m.ruleId} fix ends after its finding's line`).toBeLessThanOrEqual(last.end + last.eol.length);
          }

          // One pass: line endings and Markdown structure as they were.
          const onePass = applyFixes(source, messages).output;
          const tailRule = "final-newline" in config.rules;
          if (tailRule) expect(endingsBeforeTail(onePass)).toEqual(endingsBeforeTail(source).slice(0, endingsBeforeTail(onePass).length));
          else expect(endings(onePass)).toEqual(endings(source));
          expect(structure(onePass, filePath)).toEqual(structure(source, filePath));

          // All passes: non-prose spans copied verbatim and in order, and a second run is a no-op.
          const fixed = fixText(text, options);
          const output = stripBom(fixed.output);
          expect(fixed.output.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
          let cursor = 0;
          for (const r of parsed.nonProse) {
            const span = source.slice(r.start, r.end);
            const at = output.indexOf(span, cursor);
            expect(at, `non-prose ${JSON.stringify(span)} lost`).toBeGreaterThanOrEqual(0);
            cursor = at + span.length;
          }
          expect(structure(output, filePath)).toEqual(structure(source, filePath));
          expect(fixText(fixed.output, options).output).toBe(fixed.output);
        }),
        { numRuns: Number(process.env.FC_RUNS ?? (config.name === "all formatting rules" ? 100 : 30)) },
      );
    });
  }
});
