import { defineRule } from "../src/engine/rule.js";
import { itemSentences } from "../src/posting/visible.js";
import { proseTokens, type WordToken } from "../src/posting/tokens.js";
import type { Item, Range } from "../src/posting/types.js";

/** This many shouted words make a sentence or line shouting. */
const MIN_WORDS = 4;
/** Short upper-case words that are words, not acronyms. */
const SHORT_WORDS = new Set(
  ("A I AN AND THE OF TO IN ON AT BY FOR OR IS ARE BE WE YOU OUR ALL NOT NO IF IT AS DO SO UP MY ME " +
    "CAN MAY HAS HAD WHO WHY HOW NOW NEW GET OUT ONE TWO ANY BUT WAS OFF PER YOUR").split(" "),
);
/** Acronyms long enough and voweled enough to pass for words. */
const ACRONYMS = new Set(
  ("NASA HIPAA OSHA JSON YAML AJAX REST SOAP UNIX SAAS PAAS IAAS FEMA EEOC ERISA FINRA FMLA GAAP CISA CISSP CISM " +
    "FEDRAMP COBOL FORTRAN ASAP FAQ OKR OKRS KPIS NATO UNESCO").split(" "),
);

export default defineRule({
  meta: {
    id: "no-shouting",
    description: "A sentence or line of four or more words in UPPER CASE (acronyms do not count; headings are heading-style's business)",
    category: "formatting",
    recommended: "warn",
    examples: {
      valid: [
        { name: "acronyms in a normal sentence", text: "Experience with AWS, GCP, SQL and C++ is required.\n" },
        { name: "a line of acronyms", text: "Stack\n- AWS GCP SQL HTML CSS\n" },
        { name: "an upper-case heading", text: "WHAT YOU WILL DO\n- Build dashboards.\n" },
        { name: "three words are emphasis, not shouting", text: "Responsibilities\n- NO AGENCIES PLEASE.\n" },
      ],
      invalid: [
        {
          name: "a shouted sentence inside a paragraph",
          filePath: "example.md",
          text: "We are hiring. THIS POSITION IS NOT ELIGIBLE FOR VISA SPONSORSHIP. Apply today.\n",
          messages: [{ line: 1, column: 16, message: "Sentence in upper case (8 words): write it in sentence case" }],
        },
        {
          name: "a shouted list item; its acronyms are not counted",
          text: "Requirements\n- MUST HAVE 5 YEARS OF AWS EXPERIENCE\n",
          messages: [{ line: 2, column: 3, message: "Line in upper case (5 words): write it in sentence case" }],
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    const tokens = proseTokens(posting);
    for (const item of posting.items) {
      const words = tokensIn(tokens, item.range);
      if (shouted(words) < MIN_WORDS) continue;
      const sentences = item.kind === "sentence" ? [item.range] : itemSentences(posting, item).map((s) => s.range);
      for (const sentence of sentences) {
        const count = shouted(tokensIn(tokens, sentence));
        if (count < MIN_WORDS) continue;
        const unit = isWholeLine(item, sentences) ? "Line" : "Sentence";
        context.report({ message: `${unit} in upper case (${count} words): write it in sentence case`, range: sentence });
      }
    }
  },
});

/** Shouted words of an all-caps stretch; 0 when any word has a lower-case letter. */
function shouted(words: readonly WordToken[]): number {
  let count = 0;
  for (const w of words) {
    if (/\p{Ll}/u.test(w.text)) return 0;
    if (isShoutedWord(w.text)) count++;
  }
  return count;
}

/** An upper-case word rather than an acronym such as AWS, SQL, C++, S3, U.S or HIPAA. */
function isShoutedWord(word: string): boolean {
  if (!/^\p{Lu}+(?:['’-]\p{Lu}+)*$/u.test(word)) return false;
  if (SHORT_WORDS.has(word)) return true;
  if (word.length <= 3 || ACRONYMS.has(word)) return false;
  return /[AEIOUY]|[^\x00-\x7F]/.test(word);
}

/** The tokens starting inside `range`, by binary search (tokens are in document order). */
function tokensIn(tokens: readonly WordToken[], range: Range): WordToken[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < range.start) lo = mid + 1;
    else hi = mid;
  }
  const out: WordToken[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.start < range.end; i++) out.push(tokens[i]!);
  return out;
}

function isWholeLine(item: Item, sentences: readonly Range[]): boolean {
  return item.lineRange !== undefined && sentences.length === 1;
}
