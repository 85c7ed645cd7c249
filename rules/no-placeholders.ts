import { markdownHtml } from "./lib/outline.js";
import { defineRule } from "../src/engine/rule.js";
import { PhraseIndex } from "../src/posting/phrases.js";
import { proseTokens, type WordToken } from "../src/posting/tokens.js";
import type { Posting, Range } from "../src/posting/types.js";
import { visibleText } from "../src/posting/visible.js";
import data from "./data/placeholders.json" with { type: "json" };

interface Options {
  /** More placeholder words or phrases; written in capitals they match only in capitals. */
  add?: string[];
  /** Texts that look like placeholders but are meant ("XXX" as a product name). */
  allow?: string[];
}

interface Finding {
  range: Range;
  message: string;
  /** The text reported, for the allow list. */
  text: string;
}

const VERBS = new Set(data.instructionVerbs);
const SLOT_WORDS = new Set(data.slotWords);
/** How far a bracket may stand from its partner: slots are short. */
const MAX_SLOT_LENGTH = 80;
const CURRENCY = new Set(["$", "£", "€"]);
const CLOSERS: Record<string, string> = { "[": "]", "<": ">", "{": "}" };
const OPENER = /[[<{]/g;

export default defineRule<Options>({
  meta: {
    id: "no-placeholders",
    description:
      "Unfilled template text: [Company Name], <insert ...>, {{ Job Title }}, TBD, TODO, XXX, lorem ipsum, $XX,XXX, and template instructions: all-capitals (ENTER POSITION SUMMARY HERE) or a line of their own (Describe the role here.)",
    category: "language",
    recommended: "error",
    options: {
      type: "object",
      properties: {
        add: { type: "array", items: { type: "string" }, description: "More placeholder words or phrases; written in capitals they match only in capitals" },
        allow: { type: "array", items: { type: "string" }, description: "Texts that look like placeholders but are meant" },
      },
      additionalProperties: false,
    },
    examples: {
      valid: [
        {
          name: "a Markdown reference link's text and ordinary words in brackets",
          filePath: "example.md",
          text: "**Location:** Leeds [Head Office]\n\n- Run our [Camden store].\n- Hybrid [two days a week in the office].\n\n[Camden store]: https://example.com/camden\n",
        },
        { name: "filled in", text: "Join Brightmere and help build hospitals.\nStart date: March 2027\nSalary: $58,000 - $64,000\n" },
        {
          name: "Liquid template syntax is not a placeholder",
          filePath: "example.md",
          text: "{% if page.opens == 'tbd' %}\nApply by {{ page.closes | date: '%B %e' }} at {{ site.baseurl }}/apply.\n{% endif %}\n",
        },
        {
          name: "front matter is data",
          filePath: "example.md",
          text: "---\ntitle: Engineer\nopens: 'TBD'\njob_announcement_number: 'ENTER JOB ANNOUNCEMENT NUMBER'\n---\n\n# Engineer\n",
        },
        {
          name: "links, checkboxes and ordinary capitals",
          filePath: "example.md",
          text: "- [x] See [our team](https://example.com/team).\n- APPLY NOW AND JOIN US\n- A to-do list app in C++ and .NET\n",
        },
        { name: "an allowed text", options: { allow: ["XXX"] }, text: "Ship the XXX console firmware.\n" },
      ],
      invalid: [
        {
          name: "bracketed slots",
          filePath: "example.md",
          text: "**Location:** <insert location>\n\n## About [Company Name]\n\nJoin {{ Company Name }} today at [Client Site].\n",
          messages: [
            { line: 1, column: 15, message: 'Unfilled placeholder "<insert location>"' },
            { line: 3, column: 10, message: 'Unfilled placeholder "[Company Name]"' },
            { line: 5, column: 6, message: 'Unfilled placeholder "{{ Company Name }}"' },
            { line: 5, column: 34, message: 'Unfilled placeholder "[Client Site]"' },
          ],
        },
        {
          name: "placeholder words and amounts",
          text: "Start Date: TBD\nSalary: $XX,XXX per year\n- TODO: add responsibilities\n- xxx\nLorem ipsum dolor sit amet.\n",
          messages: [
            { line: 1, column: 13, message: 'Unfilled placeholder "TBD"' },
            { line: 2, column: 9, message: 'Unfilled placeholder "$XX,XXX"' },
            { line: 3, column: 3, message: 'Unfilled placeholder "TODO"' },
            { line: 4, column: 3, message: 'Unfilled placeholder "xxx"' },
            { line: 5, column: 1, message: 'Unfilled placeholder "Lorem ipsum"' },
          ],
        },
        {
          name: "an all-capitals template instruction",
          filePath: "example.md",
          text: "## Role summary\n\nENTER POSITION SUMMARY FROM PERFORMANCE PROFILE\n",
          messages: [{ line: 3, column: 1, message: 'Unfilled template instruction "ENTER POSITION SUMMARY FROM PERFORMANCE PROFILE"' }],
        },
        {
          name: "a template instruction as a line of its own, in any case",
          filePath: "example.md",
          text: "## Role summary\n\nDescribe the role here.\n\n## How to apply\n\nApply here.\n\nFill out the application form [here](https://acme.example/apply).\n\nWrite to us here.\n\nList of all openings [here](https://acme.example/jobs)\n\nPaste your CV here.\n",
          messages: [{ line: 3, column: 1, message: 'Unfilled template instruction "Describe the role here"' }],
        },
        {
          name: "a team's own placeholder word",
          options: { add: ["TK"] },
          text: "Benefits: TK\n",
          messages: [{ line: 1, column: 11, message: 'Unfilled placeholder "TK"' }],
        },
      ],
    },
  },
  create(context) {
    const { posting, options } = context;
    const tokens = proseTokens(posting);
    const findings = [
      ...placeholderWords(tokens, posting.text, options.add ?? []),
      ...placeholderAmounts(tokens, posting.text),
      ...instructions(tokens, posting.text),
      ...instructionItems(posting, tokens),
      ...bracketSlots(posting),
      ...templateSlots(posting),
      ...htmlSlots(posting),
    ].sort((a, b) => a.range.start - b.range.start);
    const allowed = new Set((options.allow ?? []).map((a) => a.toLowerCase()));
    let reachedEnd = -1;
    for (const finding of findings) {
      // One finding per spot: "[TBD]" is a slot and a word.
      if (finding.range.start < reachedEnd) continue;
      reachedEnd = finding.range.end;
      if (allowed.has(finding.text.toLowerCase())) continue;
      context.report({ message: finding.message, range: finding.range });
    }
  },
});

function placeholder(text: string, range: Range): Finding {
  return { range, text, message: `Unfilled placeholder "${quote(text)}"` };
}

/** The reported text on one line, shortened when long. */
function quote(text: string): string {
  const oneLine = text.split(/\s+/).join(" ");
  return oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine;
}

interface WordEntry {
  text: string;
  anyCase?: boolean;
}

const builtinWords = new PhraseIndex<WordEntry>(data.words.map((w) => [w.text, w]));

/** TBD, TODO, lorem ipsum: as whole words of prose; capitals-only words only in capitals ("todo app" is a word). */
function placeholderWords(tokens: readonly WordToken[], source: string, added: readonly string[]): Finding[] {
  const index = added.length ? new PhraseIndex<WordEntry>([...data.words, ...added.map((text) => ({ text, anyCase: text !== text.toUpperCase() }))].map((w) => [w.text, w])) : builtinWords;
  const out: Finding[] = [];
  for (const match of index.matchAll(tokens)) {
    const text = source.slice(match.range.start, match.range.end);
    if (!match.value.anyCase && text !== match.value.text) continue;
    out.push(placeholder(text, match.range));
  }
  return out;
}

/** A run of X standing for a figure: XXX, xxx, GS-XX, XXX-XXX-XXXX, and with a currency or groups, $X,XXX or $xx,xxx. */
function placeholderAmounts(tokens: readonly WordToken[], source: string): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isXs(token.text)) {
      // A strong run needs "XX" or "xx(x)" somewhere: most words have neither, and need no split.
      if (hasDoubleX(token.text) && token.text.split(/[-.'’]/).some(isStrongXs)) out.push(placeholder(token.text, { start: token.start, end: token.end }));
      continue;
    }
    // Group "XX,XXX" or "X.XXX": X runs joined by a bare comma or period.
    let last = i;
    while (last + 1 < tokens.length && isXs(tokens[last + 1]!.text) && /^[,.]$/.test(source.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
    const start = CURRENCY.has(source[token.start - 1] ?? "") ? token.start - 1 : token.start;
    const group = tokens.slice(i, last + 1);
    if (start < token.start || group.length > 1 || group.some((t) => isStrongXs(t.text))) {
      const range = { start, end: tokens[last]!.end };
      out.push(placeholder(source.slice(range.start, range.end), range));
    }
    i = last;
  }
  return out;
}

function isXs(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first === 88 || first === 120) && /^(?:X+|x+)[kK]?$/.test(text);
}

function hasDoubleX(text: string): boolean {
  return text.includes("XX") || text.includes("xx");
}

/** Alone, only XX (capitals) or xxx and longer read as a placeholder: a single X is a letter or a name. */
function isStrongXs(text: string): boolean {
  return /^(?:X{2,}|x{3,})[kK]?$/.test(text);
}

/** A sentence-long run of capitals that tells the editor what to write: "ENTER POSITION SUMMARY HERE" (corpus-real convention 9). */
function instructions(tokens: readonly WordToken[], source: string): Finding[] {
  const out: Finding[] = [];
  let runStart = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    const capitals = token !== undefined && isCapitalsWord(token.text);
    const continues = capitals && (runStart >= 0 ? !token.breakBefore : true);
    if (continues) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart >= 3) {
      const first = tokens[runStart]!;
      const last = tokens[i - 1]!;
      if (VERBS.has(first.lower) || last.lower === "here") {
        const text = source.slice(first.start, last.end);
        out.push({ range: { start: first.start, end: last.end }, text, message: `Unfilled template instruction "${quote(text)}"` });
      }
    }
    runStart = capitals ? i : -1;
  }
  return out;
}

/**
 * Verbs that address whoever fills the template in ("Describe the role here"): not "fill", "add", "enter" or
 * "write", which also address applicants ("Fill out the application here", "Write to us here").
 */
const EDITOR_VERBS = new Set(["describe", "insert", "paste", "replace", "list", "summarize", "summarise"]);

/**
 * A paragraph or list item whose prose is nothing but one instruction to the
 * editor, in any case: "Describe the role here.", "Insert benefits here". Such a
 * verb opens it and a plain "here" closes it, so "Apply here" and "Learn more
 * here" stay prose, as do a link's "here", words to the applicant ("Paste your CV here") and the same
 * sentence inside a longer paragraph.
 */
function instructionItems(posting: Posting, tokens: readonly WordToken[]): Finding[] {
  const out: Finding[] = [];
  let t = 0;
  for (const item of posting.items) {
    while (t < tokens.length && tokens[t]!.start < item.range.start) t++;
    let last = t;
    while (last < tokens.length && tokens[last]!.end <= item.range.end) last++;
    const words = tokens.slice(t, last);
    t = last;
    if (words.length < 2 || words.length > 14 || !EDITOR_VERBS.has(words[0]!.lower) || words[words.length - 1]!.lower !== "here") continue;
    if (words.some((w, k) => (k > 0 && w.breakBefore) || w.lower === "your")) continue;
    const range = { start: words[0]!.start, end: words[words.length - 1]!.end };
    // "here" as a link's text points somewhere: "List of openings [here](...)".
    if (posting.text[range.end] === "]" || posting.text[range.end] === "<") continue;
    const text = visibleText(posting, range);
    out.push({ range, text, message: `Unfilled template instruction "${quote(text)}"` });
  }
  return out;
}

/** Has a capital and no small letter. ASCII is read by character code; other letters need Unicode's classes. */
function isCapitalsWord(text: string): boolean {
  let capital = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capital = true;
    else if (c >= 128) return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  }
  return capital;
}

/** The labels of Markdown reference definitions (`[Camden store]: https://...`), in lower case. */
function referenceLabels(text: string): Set<string> {
  const labels = new Set<string>();
  if (!text.includes("]:")) return labels;
  for (const m of text.matchAll(/^ {0,3}\[([^\]\r\n[]{1,100})\]:/gm)) labels.add(m[1]!.toLowerCase());
  return labels;
}

/** `[Company Name]`, `<insert location>`, `{Job Title}` in prose; a Markdown link's text is not a slot. */
function bracketSlots(posting: Posting): Finding[] {
  const { text } = posting;
  const out: Finding[] = [];
  const references = referenceLabels(text);
  // Where the last search found the next opening bracket (Infinity: none is left). The regex finds it natively, but
  // a search that starts in one prose range may run to the end of the text: with thousands of ranges (inline code on
  // every line) and no bracket that was quadratic. A range that ends before the known next bracket has none.
  let next = -1;
  for (const range of posting.prose) {
    if (next >= range.end) continue;
    OPENER.lastIndex = range.start;
    for (let m = OPENER.exec(text); ; m = OPENER.exec(text)) {
      if (!m || m.index >= range.end) {
        next = m ? m.index : Infinity;
        break;
      }
      const i = m.index;
      const close = CLOSERS[text[i]!]!;
      const limit = Math.min(range.end, i + MAX_SLOT_LENGTH);
      let j = i + 1;
      while (j < limit && text[j] !== close && text[j] !== text[i] && text[j] !== "\n") j++;
      if (j >= limit || text[j] !== close) continue;
      // "[Apply here](...)" or "[ref]: url" in plain text is link syntax, and so is "[ref]" once "[ref]: url" defines it.
      if (text[i] === "[" && (text[j + 1] === "(" || text[j + 1] === ":" || references.has(text.slice(i + 1, j).toLowerCase()))) continue;
      if (isSlot(text.slice(i + 1, j), text[i] === "<" ? 2 : 1, false)) out.push(placeholder(text.slice(i, j + 1), { start: i, end: j + 1 }));
      OPENER.lastIndex = j + 1;
    }
  }
  return out;
}

/**
 * `{{ Company Name }}`: template braces around words, not an expression. The
 * site's own syntax (`{{ page.title }}`, `{{ x | date }}`, `{{ name }}`) is an
 * identifier path, a filter or a single word (corpus-real convention 3).
 */
function templateSlots(posting: Posting): Finding[] {
  const out: Finding[] = [];
  for (const range of posting.templates) {
    const source = posting.text.slice(range.start, range.end);
    if (!source.startsWith("{{")) continue;
    const inner = trimWhitespaceControl(source.slice(2, -2));
    if (isSlot(inner, 2, true)) out.push(placeholder(source, range));
  }
  return out;
}

/** Drops the white-space control marks of `{{- x -}}` / `{{~ x ~}}` and the spaces around the words. */
function trimWhitespaceControl(inner: string): string {
  const edge = (c: string | undefined) => c === "-" || c === "~" || (c !== undefined && c.trim() === "");
  let start = 0;
  let end = inner.length;
  while (start < end && edge(inner[start])) start++;
  while (end > start && edge(inner[end - 1])) end--;
  return inner.slice(start, end);
}

/** In Markdown, `<insert location>` parses as an inline HTML tag; a real tag has no slot words. */
function htmlSlots(posting: Posting): Finding[] {
  const out: Finding[] = [];
  if (!posting.text.includes("<")) return out;
  for (const node of markdownHtml(posting)) {
    const m = /^<([^<>\n]*)>$/.exec(node.value);
    if (m && isSlot(m[1]!, 2, false)) out.push(placeholder(node.value, { start: node.start, end: node.start + node.value.length }));
  }
  return out;
}

/**
 * Whether bracketed words name something to fill in: "insert ..."/"your ...",
 * or a slot word first or last ("Company Name", "Name of hiring manager").
 * Code-like text (dots, pipes, quotes, `=`, `_`) is an expression or a tag.
 */
function isSlot(content: string, minWords: number, capitalised: boolean): boolean {
  const text = content.trim().replace(/(?:\.\.\.|…)$/, "").trim();
  if (text.length < 2 || !/^\p{L}/u.test(text) || /[=:"'`/\\(){}[\]<>|_.#@*]/.test(text)) return false;
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (words.length < minWords || words.length > 8) return false;
  if (capitalised && !words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|or|the|a|an|to|for|in)$/.test(w))) {
    return VERBS.has(words[0]!.toLowerCase());
  }
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  return ((VERBS.has(first) || first === "your") && words.length >= 2) || SLOT_WORDS.has(first) || SLOT_WORDS.has(last);
}
