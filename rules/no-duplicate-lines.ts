import { removeLines, removeRange } from "../src/engine/fixer.js";
import { defineRule, type Fix } from "../src/engine/rule.js";
import { comparisonKeys, countWords, exactKey } from "../src/posting/compare-text.js";
import { LineIndex } from "../src/posting/lines.js";
import { itemSentences, visibleText } from "../src/posting/visible.js";
import { inExclusiveBranches } from "../src/posting/template-branches.js";
import type { Field, Item, Posting, Range, Section } from "../src/posting/types.js";

/** Lines, items and sentences under this many words are exempt ("- Training and development" may repeat). */
const MIN_WORDS = 4;

/** One thing that may repeat: a whole item, a sentence inside a longer item, or a metadata value. */
interface Unit {
  /** What it compares by (two keys for a list whose lead-in is uncertain; see comparisonKeys). */
  keys: string[];
  exact: string;
  line: number;
  range: Range;
  /** The item, when the unit is all of it. */
  item?: Item;
  /** The section it stands in (metadata stands in none). */
  section?: Section;
}

export default defineRule({
  meta: {
    id: "no-duplicate-lines",
    description: "A line, list item or sentence that repeats an earlier one (case, white space, markup and the order of listed alternatives ignored)",
    category: "structure",
    recommended: "warn",
    fixable: true,
    hasSuggestions: true,
    examples: {
      valid: [
        {
          name: "a line of three words repeated: 'driver's' is one word",
          filePath: "example.md",
          text: "## Minimum Qualifications\n\n- Valid driver's license.\n\n## Special Requirements\n\n- Valid driver's license.\n",
        },
        {
          name: "short lines are exempt",
          filePath: "example.md",
          text: "## Benefits\n\n- Training and development\n\n## Perks\n\n- Training and development\n",
        },
        {
          name: "headings are exempt",
          filePath: "example.md",
          text: "## Key objectives for the role\n\n- Ship the first release.\n\n## Key objectives for the role\n\n- Grow the team.\n",
        },
        {
          name: "different fields are different lines",
          text:
            "Work Experience\n" +
            "\t7+ years of experience in Systems Engineering or a related field.\n" +
            "\t7+ years of experience in Software Engineering or a related field.\n",
        },
        {
          name: "copies in branches that never render together",
          filePath: "example.md",
          text:
            "{% if page.state == 'upcoming' %}\nCheck out our hiring process page for details.\n{% else %}\n" +
            "Check out our hiring process page for details.\n{% endif %}\n",
        },
        {
          name: "a hyphen makes another word",
          filePath: "example.md",
          text: "- Support collaborative decision making with research.\n- Support collaborative decision-making with research.\n",
        },
      ],
      invalid: [
        {
          name: "an exact repeat in the same section is removed",
          text:
            "Requirements:\n" +
            "\t- Strong scripting skills in Python or Bash.\n" +
            "\t- Experience with cloud networking and IAM.\n" +
            "\t- Strong scripting skills in Python or Bash.\n",
          messages: [{ line: 4, message: "Duplicate of line 2" }],
          output: "Requirements:\n\t- Strong scripting skills in Python or Bash.\n\t- Experience with cloud networking and IAM.\n",
        },
        {
          name: "a duplicate sentence that closes a bold span begun lines before is not removed (the span would stay open)",
          filePath: "example.md",
          text:
            "## Requirements\n\n**1. Senior experience leading large digital\norganizations to end users. This experience must include:**\n" +
            "  - Defining product strategies.\n\n" +
            "**2. Senior experience leading large technical\norganizations through process improvement.\nThis experience must include:**\n" +
            "  - Communicating with stakeholders.\n",
          messages: [{ line: 9, message: "Duplicate of line 4" }],
        },
        {
          name: "a sentence wrapped in template tags is still a sentence, reported where its words start",
          filePath: "example.md",
          text:
            "## Dates\n\nApplications open soon.\n{% if page.opens == 'tbd' %} The opening date has not been set. {% endif %}\n\n" +
            "## How to apply\n\nThe opening date has not been set.\n",
          messages: [{ line: 8, column: 1, message: "Duplicate of line 4" }],
        },
        {
          name: "in HTML, a repeated list item alone on its line goes with its line; character references read as what they stand for",
          filePath: "example.html",
          text: "<h3>Requirements</h3>\n<ul>\n  <li>Python &amp; SQL for reporting.</li>\n  <li>Two years of on-call.</li>\n  <li>Python & SQL for <b>reporting</b>.</li>\n</ul>\n",
          messages: [{ line: 5, message: "Duplicate of line 3" }],
          output: "<h3>Requirements</h3>\n<ul>\n  <li>Python &amp; SQL for reporting.</li>\n  <li>Two years of on-call.</li>\n</ul>\n",
        },
        {
          name: "a repeat in another section is only a suggestion",
          text:
            "General Summary\n" +
            "\t10+ years of experience in Software Engineering or a related field.\n" +
            "Additional Job Description\n" +
            "\t10+ years of experience in Software Engineering or a related field.\n",
          messages: [{ line: 4, message: "Duplicate of line 2" }],
        },
        {
          name: "listed alternatives in another order, case and trailing punctuation",
          filePath: "example.md",
          text:
            "## Requirements\n\n- Experience with Prometheus, Grafana, or OpenTelemetry.\n\n" +
            "## Requirements\n\n- experience with OpenTelemetry, Prometheus, or Grafana\n",
          messages: [{ line: 7, message: "Duplicate of line 3" }],
        },
        {
          name: "a list whose first item is several words, reordered",
          text: "Requirements\n- Valid Class A CDL, clean MVR, and current DOT medical card.\n\nAdditional Information\n- Current DOT medical card, valid Class A CDL, and clean MVR.\n",
          messages: [{ line: 5, message: "Duplicate of line 2" }],
        },
        {
          name: "a list with no lead-in word, reordered",
          text: "Basic Qualifications\n- Comfortable debugging DNS, TLS, and load balancer issues.\n\nPreferred Qualifications\n- comfortable debugging  TLS, DNS, and load balancer issues\n",
          messages: [{ line: 5, message: "Duplicate of line 2" }],
        },
        {
          name: "a degree line with its fields reordered",
          text:
            "Minimum Qualifications\n" +
            "\tBachelor's degree in Engineering, Information Systems, Computer Science, or a related field.\n" +
            "Education\n" +
            "\tBachelor's degree in Computer Science, Engineering, Information Systems, or a related field.\n",
          messages: [{ line: 4, message: "Duplicate of line 2" }],
        },
        {
          name: "markup and template syntax do not count",
          filePath: "example.md",
          text:
            "Hiring now. **There are several {{ page.org }} teams hiring for this role.** Read on.\n\n" +
            "## Teams\n\nThere are several teams hiring for this role.\n",
          messages: [{ line: 5, message: "Duplicate of line 1" }],
        },
        {
          name: "a sentence repeated inside list items, reported on each later one",
          filePath: "example.md",
          text:
            "- Experience leading product teams. This experience must include **ONE** of the following:\n" +
            "- Experience leading complex launches. This experience must include **ONE** of the following:\n" +
            "- Experience applying industry practices. This experience must include **ONE** of the following:\n",
          messages: [
            { line: 2, message: "Duplicate of line 1" },
            { line: 3, message: "Duplicate of line 1" },
          ],
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    const index = new LineIndex(posting.lines);
    // Copies in branches that never render together ({% if %} / {% else %}) are no repeat.
    const together = (a: Unit, b: Unit) => !inExclusiveBranches(posting.branches, a.range.start, b.range.start);
    const seen = new Occurrences<string>();
    /** Exact text per section: an automatic removal needs an identical copy in the same section. */
    const exactInSection = new Map<Section, Occurrences<string>>();

    for (const group of unitsInOrder(posting, index)) {
      for (const unit of group) {
        let earlier: Unit | undefined;
        for (const key of unit.keys) earlier ??= seen.find(key, (e) => together(e, unit));
        const sectionCopies = unit.section ? exactInSection.get(unit.section) ?? new Occurrences<string>() : undefined;
        if (unit.section && sectionCopies) exactInSection.set(unit.section, sectionCopies);
        const exactCopy = sectionCopies?.find(unit.exact, (e) => together(e, unit));
        for (const key of unit.keys) seen.add(key, unit);
        sectionCopies?.add(unit.exact, unit);
        if (!earlier) continue;

        const removal = removalOf(posting, unit, index);
        const message = `Duplicate of line ${earlier.line}`;
        if (exactCopy && unit.item?.lineRange && removal) context.report({ message, range: unit.range, fix: removal });
        else if (removal) context.report({ message, range: unit.range, suggestions: [{ desc: "Remove this duplicate", fix: removal }] });
        else context.report({ message, range: unit.range });
        // A repeated item repeats its sentences too: one finding for it is enough.
        if (unit.item) break;
      }
    }
  },
});

/**
 * The first few occurrences of each key. Most keys occur once or twice; the cap
 * keeps a text made of one line repeated a million times linear, while still
 * finding an earlier copy outside an exclusive template branch.
 */
class Occurrences<K> {
  private static readonly KEEP = 8;
  private readonly byKey = new Map<K, Unit[]>();

  find(key: K, accept: (earlier: Unit) => boolean): Unit | undefined {
    return this.byKey.get(key)?.find(accept);
  }

  add(key: K, unit: Unit): void {
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [unit]);
    else if (list.length < Occurrences.KEEP) list.push(unit);
  }
}

/**
 * The units of the posting in document order, grouped by item: an item first
 * as a whole, then (when it has several) its sentences. Metadata values such as
 * a "Who May Apply:" paragraph count as well.
 */
function* unitsInOrder(posting: Posting, index: LineIndex): Generator<Unit[]> {
  const metadata = [...posting.metadata].sort((a, b) => a.valueRange.start - b.valueRange.start);
  let m = 0;
  for (const item of posting.items) {
    while (m < metadata.length && metadata[m]!.valueRange.start < item.range.start) {
      const unit = metadataUnit(posting, metadata[m++]!, index);
      if (unit) yield [unit];
    }
    yield itemUnits(posting, item, index);
  }
  while (m < metadata.length) {
    const unit = metadataUnit(posting, metadata[m++]!, index);
    if (unit) yield [unit];
  }
}

const INNER_STOP = /[.!?][^\s.!?]*\s/;

function itemUnits(posting: Posting, item: Item, index: LineIndex): Unit[] {
  const units: Unit[] = [];
  const whole = makeUnit(item.text, item.range, item.line, item.section);
  if (whole) units.push({ ...whole, item });
  // Only a stop with more text after it can end a sentence inside the item.
  if (!INNER_STOP.test(item.text)) return units;
  const sentences = itemSentences(posting, item);
  if (sentences.length < 2) return units;
  for (const { range, text } of sentences) {
    const unit = makeUnit(text, range, index.lineAt(range.start).number, item.section);
    if (unit) units.push(unit);
  }
  return units;
}

function metadataUnit(posting: Posting, field: Field, index: LineIndex): Unit | undefined {
  const r = field.valueRange;
  return makeUnit(visibleText(posting, r), r, index.lineAt(r.start).number, undefined);
}

function makeUnit(text: string, range: Range, line: number, section: Section | undefined): Unit | undefined {
  const keys = comparisonKeys(text);
  if (countWords(keys[0]!, MIN_WORDS) < MIN_WORDS) return undefined;
  return { keys, exact: exactKey(text), line, range, ...(section ? { section } : {}) };
}

/**
 * How to take the unit out: an item that fills its lines goes with them; a
 * sentence sharing its lines goes with the blanks after it (or before it, at
 * the end of a line). Metadata and list items holding nested lists have no
 * removal: a label or the nested items would be left behind.
 */
function removalOf(posting: Posting, unit: Unit, index: LineIndex): Fix | undefined {
  const lines = unit.item?.lineRange;
  if (lines) return removeLines(posting, index.lineAt(lines.start).number, index.lineAt(lines.end - 1).number);
  if (!unit.section || (unit.item && unit.item.kind !== "sentence")) return undefined;
  const { text } = posting;
  let end = unit.range.end;
  while (end < text.length && (text[end] === " " || text[end] === "\t")) end++;
  if (end < text.length && text[end] !== "\n" && text[end] !== "\r") return removeRange({ start: unit.range.start, end });
  let start = unit.range.start;
  while (start > 0 && (text[start - 1] === " " || text[start - 1] === "\t")) start--;
  return removeRange({ start, end: unit.range.end });
}
