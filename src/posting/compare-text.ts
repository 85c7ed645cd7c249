/**
 * Keys under which two lines, items or sentences count as "the same text"
 * (RULES.md, no-duplicate-lines). Every step is a left-to-right scan or a
 * single-class regex, so a 1 MB line costs linear time.
 */

/** Same text after white space is collapsed: what an automatic removal may rely on. */
export function exactKey(text: string): string {
  return collapseWhiteSpace(text).trim();
}

/** Runs of white space as one space; most text has only single spaces, and one test spares it the rewrite. */
function collapseWhiteSpace(text: string): string {
  return IRREGULAR_SPACE.test(text) ? text.replace(/\s+/g, " ") : text;
}

const IRREGULAR_SPACE = /[^\S ]| \s/;

/**
 * The comparison keys: inline markup (`**`, `_`, code ticks, links, HTML tags)
 * and template syntax (`{{ }}`, `{% %}`) removed, case and white space folded,
 * trailing punctuation dropped, and a comma-separated list after its lead-in
 * compared as a set ("Bachelor's degree in A, B, or C" = "... in C, A, or B").
 * A list whose lead-in is not certain gets two keys: "Valid Class A CDL, clean
 * MVR, and current DOT medical card" lists its first part whole; "Comfortable
 * debugging DNS, TLS, and load balancer issues" only the last word of it.
 * Texts that share any key are the same.
 */
export function comparisonKeys(text: string): string[] {
  const plain = trimPunctuation(collapseWhiteSpace(stripInlineMarkup(text).toLowerCase()).trim());
  if (!plain.includes(",")) return [plain];
  const parts = plain.split(",").map((p) => p.trim());
  const words = parts[0]!.split(" ");
  let lead = 0;
  for (let w = words.length - 2; w >= 0; w--) {
    if (LEAD_WORDS.has(words[w]!) || words[w]!.endsWith(":")) {
      lead = w + 1;
      break;
    }
  }
  const keys = [listKey(words, lead, parts)];
  if (words.length - 1 > lead) keys.push(listKey(words, words.length - 1, parts));
  return keys;
}

/** A word, apostrophes inside it included: "driver's" is one word, as a reader counts it. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Words (letter or digit runs) in a key, counted up to `atMost` (a caller asking "at least n?" stops early). */
export function countWords(key: string, atMost = Infinity): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (count < atMost && WORD.exec(key)) count++;
  return count;
}

const TEMPLATE_CLOSERS: Record<string, string> = { "{{": "}}", "{%": "%}", "{#": "#}" };
const WHITE = /\s/g;

/**
 * Drops markup, keeping link text. The next closer of each kind is searched
 * once and remembered until the scan passes it (a missing closer is never
 * searched again), so no stretch of text is scanned twice.
 */
export function stripInlineMarkup(text: string): string {
  // Most lines carry no markup at all: one native scan answers for them.
  if (!MARKUP_START.test(text)) return text;
  const next = new NextOf(text);
  let out = "";
  let kept = 0; // start of the text not yet copied to `out`
  let i = 0;
  const skip = (to: number, replacement = "") => {
    out += text.slice(kept, i) + replacement;
    i = to;
    kept = to;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "{") {
      const closer = TEMPLATE_CLOSERS[ch + (text[i + 1] ?? "")];
      const close = closer ? next.find(closer, i + 2) : -1;
      if (closer && close >= 0) {
        skip(close + closer.length, " ");
        continue;
      }
    } else if (ch === "]" && text[i + 1] === "(") {
      // A link destination: "](" up to ")" with no white space in between.
      const close = next.find(")", i + 2);
      const space = next.space(i + 2);
      if (close >= 0 && (space < 0 || space > close)) {
        skip(close + 1);
        continue;
      }
    } else if (ch === "<" && /[a-z/!]/i.test(text[i + 1] ?? "")) {
      const close = next.find(">", i + 1);
      if (close >= 0 && close - i < 200) {
        skip(close + 1);
        continue;
      }
    }
    const markup = ch === "*" || ch === "`" || ch === "[" || ch === "]" || (ch === "_" && !(isWordChar(text[i - 1]) && isWordChar(text[i + 1])));
    if (markup) skip(i + 1);
    else i++;
  }
  return out + text.slice(kept);
}

/** A character that may start markup stripInlineMarkup removes. */
const MARKUP_START = /[*`[\]_<{]/;

/** Remembers the next position of each searched string (and of white space) at or after the scan. */
class NextOf {
  private readonly at = new Map<string, number>();
  private nextSpace = -2;

  constructor(private readonly text: string) {}

  find(needle: string, from: number): number {
    const known = this.at.get(needle);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const found = this.text.indexOf(needle, from);
    this.at.set(needle, found);
    return found;
  }

  space(from: number): number {
    if (this.nextSpace === -1 || this.nextSpace >= from) return this.nextSpace;
    WHITE.lastIndex = from;
    const m = WHITE.exec(this.text);
    this.nextSpace = m ? m.index : -1;
    return this.nextSpace;
  }
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

const TRAILING = new Set([".", ",", ";", ":", "!", "?", "…", " "]);

function trimPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** The words a list's lead-in ends with: "Bachelor's degree in", "Experience with", "such as". */
const LEAD_WORDS = new Set(["in", "with", "of", "on", "for", "to", "including", "like", "as", "from", "at", "using", "include", "includes", "across"]);
const CONJUNCTION = /^(?:or|and|and\/or|&|as well as)\s+/;

/**
 * The list of a text split at commas, its first `lead` words the lead-in:
 * "bachelor's degree in engineering, information systems, or computer science"
 * -> "bachelor's degree in {computer science|engineering|information systems}".
 */
function listKey(words: readonly string[], lead: number, parts: readonly string[]): string {
  const elements = [words.slice(lead).join(" "), ...parts.slice(1)].map((p) => p.replace(CONJUNCTION, "")).filter((p) => p !== "");
  return `${words.slice(0, lead).join(" ")} {${elements.sort().join("|")}}`;
}
