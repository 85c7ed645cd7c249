import { replaceRange } from "../src/engine/fixer.js";
import { defineRule, type Fix } from "../src/engine/rule.js";
import { LineIndex } from "../src/posting/lines.js";
import { containsOffset } from "../src/posting/ranges.js";
import type { Line, Posting, Range } from "../src/posting/types.js";
import { joinsLineBreaks } from "./lib/editable.js";

const NBSP = 0xa0;
const ZWJ = 0x200d;

/** Every candidate: NBSP and the format characters (Unicode category Cf). */
const CANDIDATE = /[\u00A0\p{Cf}]/gu;

/**
 * Format characters that are visible signs or belong to a script's own
 * orthography (Arabic number signs, Egyptian hieroglyph and Duployan
 * controls, musical beams): never stray formatting.
 */
const ALWAYS_KEPT = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}\u{13430}-\u{1343F}\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}]/u;
/** Joiners, zero-width space and direction marks shape words in Arabic, Hebrew, Indic, Thai, CJK... text. */
const CONTEXTUAL = /[\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069]/u;
const TAG = /[\u{E0020}-\u{E007F}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
/** What may stand between an emoji and a joiner: variation selector 16 and skin tones. */
const EMOJI_MODIFIER = /[\uFE0F\u{1F3FB}-\u{1F3FF}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
/** Scripts whose spelling needs no joiner or direction mark: inside their words one is stray. */
const ALPHABET = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}]/u;
const LETTER = /\p{L}/u;
/** Characters whose meaning in Markdown depends on what stands beside them (emphasis, code, links, autolinks, HTML). */
const MARKDOWN_SYNTAX = /[*_~`[\]()!<>\\&|#:/@]/;

const NAMES: Record<number, string> = {
  0x00a0: "Non-breaking space",
  0x00ad: "Soft hyphen",
  0x061c: "Arabic letter mark",
  0x200b: "Zero-width space",
  0x200c: "Zero-width non-joiner",
  0x200d: "Zero-width joiner",
  0x200e: "Left-to-right mark",
  0x200f: "Right-to-left mark",
  0x2060: "Word joiner",
  0xfeff: "Byte order mark",
};

export default defineRule({
  meta: {
    id: "no-invisible-characters",
    description:
      "Invisible characters in prose: zero-width spaces and joiners, soft hyphens, non-breaking spaces, a byte order mark past the file start and other format characters",
    category: "formatting",
    recommended: "warn",
    fixable: true,
    examples: {
      valid: [
        { name: "plain spaces", text: "Annual book stipend of $500.\n" },
        { name: "a zero-width joiner inside an emoji sequence", text: "Family-friendly team 👨‍👩‍👧 with flexible hours.\n" },
        { name: "a zero-width non-joiner inside a Persian word", text: "Persian speakers: می‌خواهیم\n" },
        { name: "code spans are not prose", filePath: "example.md", text: "Type `a\u00A0b` exactly.\n" },
      ],
      invalid: [
        {
          name: "a zero-width space inside a word",
          text: "Annual book\u200Bstipend of $500.\n",
          messages: [{ line: 1, column: 12, message: "Zero-width space (U+200B): remove it" }],
          output: "Annual bookstipend of $500.\n",
        },
        {
          name: "a non-breaking space between words becomes a normal space",
          text: "Salary:\u00A0$120,000 per year\n",
          messages: [{ line: 1, column: 8, message: "Non-breaking space (U+00A0): use a normal space" }],
          output: "Salary: $120,000 per year\n",
        },
        {
          name: "a soft hyphen and a byte order mark pasted mid-file",
          text: "Soft\u00ADware engineer\n\uFEFFBenefits\n",
          messages: [
            { line: 1, column: 5, message: "Soft hyphen (U+00AD): remove it" },
            { line: 2, column: 1, message: "Byte order mark (U+FEFF): remove it" },
          ],
          output: "Software engineer\nBenefits\n",
        },
        {
          name: "a non-breaking space at the end of a line goes, so no Markdown hard break appears",
          filePath: "example.md",
          text: "We ship weekly.\u00A0\r\nYou own releases.\r\n",
          messages: [{ line: 1, column: 16, message: "Non-breaking space (U+00A0): remove it" }],
          output: "We ship weekly.\r\nYou own releases.\r\n",
        },
        {
          name: "before a Markdown list marker it may be escaping the list: reported, not removed",
          filePath: "example.md",
          text: "\u200B- not a list item\n",
          messages: [{ line: 1, column: 1, message: "Zero-width space (U+200B): remove it by hand unless it guards Markdown syntax" }],
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    const { text } = posting;
    const index = new LineIndex(posting.lines);
    let run: { start: number; end: number; codes: number[] } | undefined;
    let keptTagsUntil = -1;
    const flush = () => {
      if (run) context.report(finding(posting, index.lineAt(run.start), run, run.codes));
      run = undefined;
    };
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const code = m[0].codePointAt(0)!;
      if (containsOffset(posting.nonProse, start)) continue;
      if (TAG.test(m[0]) && (keptTagsUntil === start || EMOJI.test(codePointBefore(text, start)))) {
        keptTagsUntil = end;
        continue;
      }
      if (isKept(text, start, end, code)) continue;
      if (run && run.end === start) {
        run.end = end;
        run.codes.push(code);
      } else {
        flush();
        run = { start, end, codes: [code] };
      }
    }
    flush();
  },
});

function isKept(text: string, start: number, end: number, code: number): boolean {
  const ch = String.fromCodePoint(code);
  if (ALWAYS_KEPT.test(ch)) return true;
  if (code === ZWJ && isEmojiJoin(text, start, end)) return true;
  if (CONTEXTUAL.test(ch)) return isComplexScript(codePointBefore(text, start)) || isComplexScript(codePointAt(text, end));
  return false;
}

function isEmojiJoin(text: string, start: number, end: number): boolean {
  let i = start;
  let before = codePointBefore(text, i);
  while (before && EMOJI_MODIFIER.test(before)) {
    i -= before.length;
    before = codePointBefore(text, i);
  }
  return EMOJI.test(before) && EMOJI.test(codePointAt(text, end));
}

/** A letter or mark of a script whose spelling uses joiners or direction marks. */
function isComplexScript(ch: string): boolean {
  return ch !== "" && LETTER_OR_MARK.test(ch) && !ALPHABET.test(ch);
}

function codePointBefore(text: string, offset: number): string {
  if (offset <= 0) return "";
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(offset - 2, offset);
  }
  return text[offset - 1]!;
}

function codePointAt(text: string, offset: number): string {
  const cp = text.codePointAt(offset);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

function finding(posting: Posting, line: Line, run: Range, codes: readonly number[]) {
  const fix = safeFix(posting, line, run, codes);
  const names = [...new Set(codes)].map(describe);
  const what = names.length === 1 ? names[0]! : `Invisible characters: ${names.join(", ")}`;
  const advice = fix === undefined ? "remove it by hand unless it guards Markdown syntax" : fix.text === " " ? "use a normal space" : "remove it";
  return { message: `${what}: ${advice}`, range: run, ...(fix ? { fix } : {}) };
}

function describe(code: number): string {
  const hex = code.toString(16).toUpperCase().padStart(4, "0");
  return `${NAMES[code] ?? formatName(code)} (U+${hex})`;
}

function formatName(code: number): string {
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return "Bidirectional control";
  if (code >= 0xe0000) return "Tag character";
  return "Format character";
}

/**
 * A non-breaking space between two visible characters becomes a space; every
 * other run goes, unless that would glue a word onto a URL, code or template
 * span (moving where it ends) or join a CR and an LF into one line ending. In Markdown the edit must not change what the line parses
 * as, so there is no fix where the run could be escaping syntax (beside an
 * emphasis, code, link or HTML character, or glued to what could be a block marker) or where removing it
 * would leave two spaces before the line break (a new hard break).
 */
function safeFix(posting: Posting, line: Line, run: Range, codes: readonly number[]): Fix | undefined {
  const { text } = posting;
  const before = run.start > line.start ? codePointBefore(text, run.start) : "";
  const after = run.end < line.end ? codePointAt(text, run.end) : "";
  const visibleBefore = before !== "" && !/\s/.test(before);
  const visibleAfter = after !== "" && !/\s/.test(after);
  const replacement = codes.includes(NBSP) && visibleBefore && visibleAfter ? " " : "";
  if (replacement === "") {
    // Gluing a word onto a URL, code or template would move where that span ends.
    if (visibleBefore && visibleAfter && (containsOffset(posting.nonProse, run.start - 1) || containsOffset(posting.nonProse, run.end))) return undefined;
    if (joinsLineBreaks(text, run.start, run.end)) return undefined;
  }
  if (posting.format !== "markdown") return replaceRange(run, replacement);

  const prefix = text.slice(line.start, run.start);
  // Before the line's first word the run may be all that keeps "-", "#", ">" or "1." from starting a block.
  if (!/[\p{L}\p{N}]/u.test(prefix) && !((prefix === "" || /[ \t]$/.test(prefix)) && LETTER.test(after))) return undefined;
  const onlyNbsp = codes.every((c) => c === NBSP);
  if (!onlyNbsp && (MARKDOWN_SYNTAX.test(before) || MARKDOWN_SYNTAX.test(after))) return undefined;
  if (replacement === "" && createsHardBreak(text, line, run)) return undefined;
  return replaceRange(run, replacement);
}

function createsHardBreak(text: string, line: Line, run: Range): boolean {
  let after = 0;
  for (let i = run.end; i < line.end; i++) {
    if (text[i] === " ") after++;
    else return false;
  }
  let before = 0;
  for (let i = run.start - 1; i >= line.start && text[i] === " "; i--) before++;
  return after < 2 && before + after >= 2;
}
