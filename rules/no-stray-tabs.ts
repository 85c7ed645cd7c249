import { replaceRange } from "../src/engine/fixer.js";
import { defineRule, type Fix } from "../src/engine/rule.js";
import { containsOffset, firstEndingAfter } from "../src/posting/ranges.js";
import type { Line, Posting } from "../src/posting/types.js";

import { endWithout, startWithout } from "../src/posting/scan.js";

export default defineRule({
  meta: {
    id: "no-stray-tabs",
    description: "Tabs in prose: tab indentation and tabs between words, as pasted from an applicant tracking system",
    category: "formatting",
    recommended: "warn",
    fixable: true,
    examples: {
      valid: [
        { name: "spaces only", text: "Responsibilities\n- Build dashboards.\n" },
        {
          name: "tabs that indent a nested Markdown list carry structure",
          filePath: "example.md",
          text: "- Leading product work:\n\t- for startups\n\t- for large integrations\n",
        },
        { name: "tabs inside fenced code", filePath: "example.md", text: "```\nmake\tall\n```\n" },
        {
          name: "in HTML, tabs that indent the markup are layout, not text",
          filePath: "example.html",
          text: "<ul>\n\t<li>Build dashboards.</li>\n\t<li>\n\t\tShip weekly.\n\t</li>\n</ul>\n",
        },
      ],
      invalid: [
        {
          name: "tab-indented lines pasted from an ATS",
          text: "\t\tGeneral Summary\n\t\t10+ years of experience in Software Engineering.\n",
          messages: [
            { line: 1, column: 1, message: "Tab indentation (2 tabs): remove it" },
            { line: 2, column: 1, message: "Tab indentation (2 tabs): remove it" },
          ],
          output: "General Summary\n10+ years of experience in Software Engineering.\n",
        },
        {
          name: "a tab between words becomes one space",
          text: "Excellent communication skills and a collaborative \tteam player.\n",
          messages: [{ line: 1, column: 52, message: "Tab between words: use one space" }],
          output: "Excellent communication skills and a collaborative team player.\n",
        },
        {
          name: "both on one line give one finding",
          text: "\tReduce toil by automating\trecurring work.\n",
          messages: [{ line: 1, column: 1, message: "Tab indentation (1 tab) and a tab between words" }],
          output: "Reduce toil by automating recurring work.\n",
        },
        {
          name: "Markdown prose keeps its structure",
          filePath: "example.md",
          text: "## Role\r\n\r\n- Train apprentices on\tsafe tool use.\r\n",
          messages: [{ line: 3, column: 23, message: "Tab between words: use one space" }],
          output: "## Role\r\n\r\n- Train apprentices on safe tool use.\r\n",
        },
        {
          name: "in HTML, tabs inside an element's text, as pasted from an ATS",
          filePath: "example.html",
          text: "<h3>\t\tMinimum Qualifications</h3>\n<ul>\n<li>\t\t2+ years of experience in <b>\tSoftware</b> Engineering.</li>\n</ul>\n",
          messages: [
            { line: 1, column: 5, message: "Tab indentation (2 tabs): remove it" },
            { line: 3, column: 5, message: "Tab indentation (2 tabs) and a tab between words" },
          ],
          output: "<h3>Minimum Qualifications</h3>\n<ul>\n<li>2+ years of experience in <b> Software</b> Engineering.</li>\n</ul>\n",
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    for (const line of posting.lines) {
      if (!line.text.includes("\t")) continue;
      const finding = strayTabs(posting, line);
      if (finding) context.report(finding);
    }
  },
});

interface Finding {
  message: string;
  range: { start: number; end: number };
  fix: Fix[];
}

/** The stray tabs of one line: leading ones go, a run between words becomes one space, trailing ones go. */
function strayTabs(posting: Posting, line: Line): Finding | undefined {
  const fixes: Fix[] = [];
  let indentTabs = 0;
  let innerRuns = 0;
  let first = Infinity;
  let last = -Infinity;
  const text = textBounds(posting, line);
  for (const m of blankRunsWithTabs(line.text)) {
    const start = line.start + m.index;
    const end = start + m[0].length;
    const tabs = [...m[0]].map((c, i) => (c === "\t" ? start + i : -1)).filter((o) => o >= 0 && isStray(posting, o));
    if (tabs.length === 0) continue;
    first = Math.min(first, tabs[0]!);
    last = Math.max(last, tabs[tabs.length - 1]!);
    if (start <= text.start) {
      indentTabs += tabs.length;
      // Only the stray part of the indentation goes; structural list indentation stays.
      const strayStart = isStray(posting, start) ? start : tabs[0]!;
      fixes.push(replaceRange({ start: strayStart, end }, ""));
    } else if (end >= text.end) {
      innerRuns++;
      fixes.push(replaceRange({ start, end }, ""));
    } else {
      innerRuns++;
      fixes.push(replaceRange({ start, end }, " "));
    }
  }
  if (fixes.length === 0) return undefined;
  const parts: string[] = [];
  if (indentTabs > 0) parts.push(`Tab indentation (${indentTabs} tab${indentTabs > 1 ? "s" : ""})`);
  if (innerRuns > 0) parts.push(indentTabs > 0 ? "a tab between words" : "Tab between words");
  const advice = indentTabs > 0 && innerRuns === 0 ? ": remove it" : innerRuns > 0 && indentTabs === 0 ? ": use one space" : "";
  return { message: parts.join(" and ") + advice, range: { start: first, end: last + 1 }, fix: fixes };
}

/**
 * Where the line's text starts and ends: in HTML, tags around it do not count,
 * so `<li>\t\tBuild` is indented text and `Build\t</li>` has a trailing tab.
 */
function textBounds(posting: Posting, line: Line): { start: number; end: number } {
  const trimmed = { start: line.start, end: line.start + line.text.trimEnd().length };
  if (!posting.view) return trimmed;
  let start = -1;
  let end = line.start;
  let r = firstEndingAfter(posting.nonProse, line.start);
  for (let i = line.start; i < line.end; i++) {
    const c = posting.text[i]!;
    if (c === " " || c === "\t") continue;
    while (r < posting.nonProse.length && posting.nonProse[r]!.end <= i) r++;
    const markup = r < posting.nonProse.length && posting.nonProse[r]!.start <= i;
    if (markup) continue;
    if (start < 0) start = i;
    end = i + 1;
  }
  return start < 0 ? trimmed : { start, end };
}

/** Each run of spaces and tabs that holds a tab, as [text, index] pairs: found from the tabs, in one pass. */
function* blankRunsWithTabs(text: string): Generator<{ 0: string; index: number }> {
  let from = 0;
  for (let tab = text.indexOf("\t"); tab >= 0; tab = text.indexOf("\t", from)) {
    const start = endWithout(text, undefined, tab);
    const end = startWithout(text, undefined, tab);
    yield { 0: text.slice(start, end), index: start };
    from = end;
  }
}

/** Tabs in code, comments, front matter, templates or nested-list indentation carry structure. */
function isStray(posting: Posting, offset: number): boolean {
  return !containsOffset(posting.nonProse, offset) && !containsOffset(posting.structuralIndent, offset);
}
