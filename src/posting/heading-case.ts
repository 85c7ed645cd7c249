import type { HeadingCase } from "./types.js";

/**
 * Short function words that Title Case leaves in lower case (Chicago style:
 * articles, the coordinating conjunctions and, but, for, or, nor, and short
 * prepositions). "Up", "off", "so", "yet" and "if" are not here: in headings
 * they are mostly particles or subordinators ("Set Up", "Time Off", "So That").
 */
export const MINOR_WORDS = new Set([
  "a", "an", "the", "and", "but", "or", "nor", "for", "as", "at", "by", "in", "of",
  "on", "per", "to", "via", "with", "from", "into", "onto", "over", "vs", "vs.", "en", "de",
]);

/**
 * Words, template expressions standing where a word will be rendered, and HTML
 * entities. The template and entity alternatives are bounded so a heading full
 * of unclosed `{{` stays linear.
 */
const TOKEN = /&#?[\p{L}\p{N}]{1,10};|\{\{[^{}\n]{0,200}\}\}|\{%[^{}\n]{0,200}%\}|[\p{L}\p{N}][\p{L}\p{N}'’.+#&-]*/gu;
/** Punctuation after which sentence case capitalises again ("Key objective #1: You will ..."). */
const CLAUSE_BREAK = /[:.!?—–]|\s-\s/;

export interface CaseToken {
  text: string;
  /** Offset in the text the token was read from. */
  start: number;
  /** Template syntax (`{{ page.title }}`): rendered later, so no case of its own. */
  template: boolean;
  /** The first word of the heading or of a clause after a colon: capitalised in every style. */
  initial: boolean;
  /** Its capitals are not a matter of style: acronyms, product names, numbers, domains. */
  neutral: boolean;
}

/**
 * Whether a heading's source starts with a template expression
 * (`## {{ page.org }} teams hiring`): its first visible word is then not the
 * first word of the rendered heading.
 */
export function startsWithValue(source: string): boolean {
  return /^[\s*_]*\{[{%]/.test(source);
}

/**
 * Tokens of a heading in one linear scan, with what case judgement needs to
 * know of each. `afterValue`: the text follows a rendered value (see `startsWithValue`).
 */
export function caseTokens(text: string, afterValue = false): CaseToken[] {
  const tokens: CaseToken[] = [];
  let clauseStart = !afterValue;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (CLAUSE_BREAK.test(text.slice(last, m.index))) clauseStart = true;
    last = m.index + m[0].length;
    // An HTML entity ("&amp;") is punctuation, not a word.
    if (m[0].startsWith("&")) continue;
    const template = m[0].startsWith("{");
    const hasLetter = !template && /\p{L}/u.test(m[0]);
    tokens.push({ text: m[0], start: m.index, template, initial: clauseStart && hasLetter, neutral: template || isCaseNeutral(m[0]) });
    // A leading number ("1.", "#2") does not take the first word's place; a template value does.
    if (template || hasLetter) clauseStart = false;
  }
  return tokens;
}

/** Words whose capitals are not a matter of case style: acronyms, product names, numbers. */
export function isCaseNeutral(word: string): boolean {
  // Most words: "Benefits", "team".
  if (/^\p{Lu}?\p{Ll}+$/u.test(word)) return false;
  if (!/\p{L}/u.test(word)) return true;
  // B2B, GS-15, 401(k)
  if (/\p{N}/u.test(word)) return true;
  // iOS, macOS, eBay
  if (/^\p{Ll}+\p{Lu}/u.test(word)) return true;
  // GitHub, JavaScript, FedRAMP, O'Brien (a capital after a hyphen is Title Case, not a name)
  if (/^\p{Lu}[\p{Ll}'’]*\p{Lu}/u.test(word) && /\p{Ll}/u.test(word)) return true;
  // AWS, APIs, C++, C#
  if (/^\p{Lu}{2,}s?$/u.test(word) || /[+#]/.test(word)) return true;
  // cloud.gov, Node.js, U.S., e.g.
  if (/\p{L}\.\p{L}/u.test(word)) return true;
  // The pronoun: I, I'm, I'll
  if (/^I(?:['’]\p{Ll}+)?$/u.test(word)) return true;
  return false;
}

export interface CaseInfo {
  /** The most specific case the heading is written in. */
  case: HeadingCase;
  /** Every case style the heading also satisfies (a one-word heading is Title and Sentence case at once). */
  fits: HeadingCase[];
}

/**
 * Classifies a heading's capitalisation the way style guides judge it:
 * UPPER when every letter is a capital; Title when every word but the short
 * function words starts with a capital (a capitalised "To" is tolerated);
 * Sentence when some later word is in lower case (capitals elsewhere may be
 * names). Acronyms, product names and template values count for no style, so
 * a heading with a single styled word fits Title and Sentence case alike.
 */
export function classifyCase(text: string, afterValue = false): CaseInfo {
  const tokens = caseTokens(text, afterValue);
  const lettered = tokens.filter((t) => !t.template && /\p{L}/u.test(t.text));
  if (isAllCaps(lettered)) {
    // A lone short all-capitals word ("FAQ", "TBD") may just as well be an acronym.
    const acronymLike = lettered.length === 1 && letterCount(lettered[0]!.text) <= 4;
    return acronymLike ? { case: "upper", fits: ["upper", "title", "sentence"] } : { case: "upper", fits: ["upper"] };
  }
  let titleOk = true;
  let capitalised = false;
  let lowered = false;
  for (const t of lettered) {
    if (t.neutral) continue;
    const capital = /^\p{Lu}/u.test(t.text);
    if (t.initial) {
      if (capital) continue;
      if (t === lettered[0] && !afterValue) return { case: "lower", fits: ["lower"] };
      // "Key objective #1: grow the team": sentence case may go on in lower case after a colon.
      lowered = true;
      titleOk = false;
      continue;
    }
    if (MINOR_WORDS.has(t.text.toLowerCase())) {
      if (capital) capitalised = true;
      continue;
    }
    if (capital) capitalised = true;
    else {
      lowered = true;
      titleOk = false;
    }
  }
  const fits: HeadingCase[] = [];
  if (titleOk) fits.push("title");
  if (lowered || !capitalised) fits.push("sentence");
  return { case: fits[0]!, fits };
}

function isAllCaps(lettered: readonly CaseToken[]): boolean {
  let letters = 0;
  for (const t of lettered) {
    if (t.text !== t.text.toUpperCase()) return false;
    letters += letterCount(t.text);
  }
  return letters >= 2;
}

function letterCount(word: string): number {
  let n = 0;
  for (const ch of word) if (/\p{L}/u.test(ch)) n++;
  return n;
}

export type CaseStyle = "title" | "sentence" | "upper";

/**
 * How a posting writes its names: the form of a word as the body text writes it
 * (e.g. "AWS", "Rust", "Flagstaff"), or undefined when it is an ordinary word.
 */
export type NameForms = (lowerCaseWord: string) => string | undefined;

/**
 * Rewrites a heading's words in a case style, keeping every character that is
 * not a word (markup, punctuation, template syntax) and the words whose
 * capitals are not a matter of style: acronyms, product names and the names
 * the posting itself writes with a capital.
 */
export function rewriteCase(text: string, style: CaseStyle, names: NameForms = () => undefined, afterValue = false): string {
  const tokens = caseTokens(text, afterValue);
  const lettered = tokens.filter((t) => !t.template && /\p{L}/u.test(t.text));
  const fromUpper = isAllCaps(lettered);
  const lastWord = lettered[lettered.length - 1];
  let out = "";
  let copied = 0;
  for (const t of tokens) {
    if (t.template || !/\p{L}/u.test(t.text)) continue;
    const word = fromUpper ? unshout(t.text, names) : t.text;
    out += text.slice(copied, t.start) + restyle(word, t, style, t === lastWord, names, fromUpper);
    copied = t.start + t.text.length;
  }
  return out + text.slice(copied);
}

/** An all-capitals word back in its ordinary form: a known acronym or name as written elsewhere, else lower case. */
function unshout(word: string, names: NameForms): string {
  const known = names(word.toLowerCase());
  if (known) return known;
  if (COMMON_ACRONYMS.has(word.replace(/['’]s$/u, "")) || /[\p{N}+#]|\p{L}\.\p{L}/u.test(word)) return word;
  if (/^I(?:['’]\p{L}+)?$/u.test(word)) return "I" + word.slice(1).toLowerCase();
  return word.toLowerCase();
}

/** Acronyms that are no English word, so an UPPER CASE heading cannot mean them as words. */
const COMMON_ACRONYMS = new Set([
  "AI", "API", "APIs", "AWS", "CEO", "CFO", "COO", "CTO", "EEO", "EU", "FAQ", "GCP", "HR", "HVAC", "ML", "NYC",
  "PTO", "QA", "SQL", "UI", "UK", "USA", "UX",
]);

function restyle(word: string, token: CaseToken, style: CaseStyle, isLast: boolean, names: NameForms, fromUpper: boolean): string {
  // Product names keep their inner capitals even in UPPER CASE (iOS, GitHub); "I'll" does not.
  if (style === "upper") return !fromUpper && /\p{Ll}/u.test(word) && /\p{Lu}/u.test(word.slice(1)) ? word : word.toUpperCase();
  if (isCaseNeutral(word)) return word;
  if (token.initial) return capitaliseFirst(word);
  if (style === "sentence") return names(word.toLowerCase()) ?? word.toLowerCase();
  if (MINOR_WORDS.has(word.toLowerCase()) && !isLast) return word.toLowerCase();
  // Title Case capitalises each part of a hyphenated word but its short function words ("End-to-End").
  return word
    .split("-")
    .map((part, i) => (i > 0 && MINOR_WORDS.has(part.toLowerCase()) ? part.toLowerCase() : capitaliseFirst(part)))
    .join("-");
}

function capitaliseFirst(word: string): string {
  const first = word.codePointAt(0)!;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + word.slice(head.length);
}
