import { insertAt, removeRange } from "../src/engine/fixer.js";
import { defineRule } from "../src/engine/rule.js";
import { containsOffset } from "../src/posting/ranges.js";
import type { Item, Posting, Range } from "../src/posting/types.js";
import { joinsLineBreaks } from "./lib/editable.js";
import { eachBlock } from "./lib/outline.js";

/** A list needs this many voting items before one of them can be the odd one out. */
const MIN_VOTERS = 3;
const ABBREVIATION = /(?:^|[\s(])(?:etc|inc|ltd|co|corp|jr|sr|st|vs|no|dept|approx|incl|[\p{L}](?:\.[\p{L}])*)\.$/iu;

/** "...; and", "..., OR": the item runs on into the next one. */
const CONJUNCTION_END = /(?:^|[^\p{L}])(?:and|or)$/iu;

type Ending = "period" | "none";

interface Entry {
  /** Where the item's text ends, after trailing emphasis markers. */
  end: number;
  /** Where its last meaningful character stands (the period, when there is one). */
  last: number;
  ending: Ending | undefined;
}

export default defineRule({
  meta: {
    id: "list-punctuation",
    description: "Within one list (or one plain-text section), some items end with a period and others do not; the fix follows the majority",
    category: "formatting",
    recommended: "warn",
    fixable: true,
    examples: {
      valid: [
        { name: "fragments without periods", text: "Skills\n- Python\n- SQL\n- Dashboards in Looker\n" },
        { name: "sentences with periods", text: "Responsibilities\n- Build dashboards.\n- Ship weekly.\n- Review designs.\n" },
        {
          name: "a lead-in, an abbreviation and a question do not vote",
          filePath: "example.md",
          text: "- Languages:\n  - Python\n  - SQL, R, etc.\n  - Go\n- Why us?\n- Remote first\n- Flexible hours\n",
        },
        {
          name: "items that run on into the next one",
          text: "Education\n- Bachelor's degree and 4+ years, OR\n- Master's degree and 2+ years, OR\n- PhD.\n- A portfolio.\n",
        },
        { name: "a two-item list has no majority to follow", text: "Perks\n- Laptop.\n- Stipend\n" },
      ],
      invalid: [
        {
          name: "one item without the period the others have",
          text: "Responsibilities\n- Build dashboards.\n- Ship weekly\n- Review designs.\n",
          messages: [{ line: 3, column: 14, message: "No period at the end of this item, where most items of its list have one: add it" }],
          output: "Responsibilities\n- Build dashboards.\n- Ship weekly.\n- Review designs.\n",
        },
        {
          name: "one period among fragments",
          filePath: "example.md",
          text: "## Skills\r\n\r\n- Python\r\n- **SQL.**\r\n- Looker (preferred)\r\n",
          messages: [{ line: 4, column: 8, message: "Period at the end of this item, where most items of its list have none: remove it" }],
          output: "## Skills\r\n\r\n- Python\r\n- **SQL**\r\n- Looker (preferred)\r\n",
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    // In HTML an item's last character may sit inside inline markup the reader does not see: reported, not fixed.
    const reportOnly = posting.view !== undefined;
    for (const group of posting.format === "markdown" ? markdownLists(posting) : plainTextLists(posting)) {
      const entries = group.map((r) => entry(posting, r));
      const majority = strictMajority(entries);
      if (!majority) continue;
      for (const e of entries) {
        if (!e.ending || e.ending === majority) continue;
        if (majority === "period") {
          context.report({
            message: "No period at the end of this item, where most items of its list have one: add it",
            range: { start: e.end, end: e.end },
            ...(reportOnly ? {} : { fix: insertAt(e.end, ".") }),
          });
        } else if (!joinsLineBreaks(posting.text, e.last, e.last + 1)) {
          context.report({
            message: "Period at the end of this item, where most items of its list have none: remove it",
            range: { start: e.last, end: e.last + 1 },
            ...(reportOnly ? {} : { fix: removeRange({ start: e.last, end: e.last + 1 }) }),
          });
        }
      }
    }
  },
});

function strictMajority(entries: readonly Entry[]): Ending | undefined {
  let period = 0;
  let none = 0;
  for (const e of entries) {
    if (e.ending === "period") period++;
    else if (e.ending === "none") none++;
  }
  if (period + none < MIN_VOTERS || period === 0 || none === 0) return undefined;
  if (period * 2 > period + none) return "period";
  if (none * 2 > period + none) return "none";
  return undefined;
}

/**
 * How an item ends. Only a plain period and a word, number or closing
 * parenthesis vote; a colon (a lead-in), a trailing "and"/"or" (the item runs
 * on), a question, an abbreviation's period ("etc."), an ellipsis, quotes and
 * code or links at the end do not.
 */
function entry(posting: Posting, range: Range): Entry {
  const { text } = posting;
  let last = range.end - 1;
  while (last > range.start && (text[last] === "*" || text[last] === "_")) last--;
  const result: Entry = { end: range.end, last, ending: undefined };
  if (last < range.start || containsOffset(posting.nonProse, last)) return result;
  const ch = text[last]!;
  if (ch === ".") {
    const tail = text.slice(Math.max(range.start, last - 12), last + 1);
    if (text[last - 1] !== "." && !ABBREVIATION.test(tail)) result.ending = "period";
  } else if (/[\p{L}\p{N})%+#]/u.test(ch) && !CONJUNCTION_END.test(text.slice(Math.max(range.start, last - 3), last + 1))) {
    result.ending = "none";
  }
  return result;
}

/** Each Markdown list's own items (their first paragraphs); nested lists are lists of their own. */
function markdownLists(posting: Posting): Range[][] {
  const lists: Range[][] = [];
  eachBlock(posting, "list", (list) => {
    const ranges: Range[] = [];
    for (const item of list.children) {
      const first = item.children[0];
      if (first?.type === "paragraph") ranges.push({ start: first.start, end: first.end });
    }
    lists.push(ranges);
  });
  return lists;
}

/**
 * Plain text: a run of bulleted lines in one section is a list; the unbulleted
 * lines of one section (tab-indented requirement lines pasted from an ATS)
 * are one list too.
 */
function plainTextLists(posting: Posting): Range[][] {
  const lists: Range[][] = [];
  for (const section of posting.sections) {
    const lines: Range[] = [];
    let bullets: Item[] = [];
    const close = () => {
      if (bullets.length) lists.push(bullets.map((i) => i.range));
      bullets = [];
    };
    for (const item of section.items) {
      if (item.kind === "list-item") {
        const previous = bullets[bullets.length - 1];
        if (previous && (previous.endLine + 1 < item.line || previous.marker !== item.marker)) close();
        bullets.push(item);
      } else {
        close();
        if (item.kind === "line") lines.push(item.range);
      }
    }
    close();
    lists.push(lines);
  }
  return lists;
}
