import { defineRule } from "../src/engine/rule.js";
import { expandAlternatives, PhraseIndex } from "../src/posting/phrases.js";
import { mergeRanges, containsOffset } from "../src/posting/ranges.js";
import { proseTokens } from "../src/posting/tokens.js";
import type { Posting } from "../src/posting/types.js";
import lexicon from "./data/gender-coded-words.json" with { type: "json" };
import { readsAsName } from "./lib/terms.js";

type Coding = "masculine" | "feminine";

interface Options {
  /** Report when the larger count exceeds the smaller by at least this much... */
  minDifference?: number;
  /** ...and is at least this many times the smaller one. */
  minRatio?: number;
  /** More stems (prefixes) of either coding. */
  add?: { masculine?: string[]; feminine?: string[] };
  /** Built-in stems that do not count. */
  remove?: string[];
  /** Phrases in which no word counts ("Active Directory", "support ticket"). */
  allow?: string[];
}

/**
 * The threshold. gender-decoder calls a posting "strongly" coded when the
 * difference exceeds 3; a long posting reaches that with a near-even mix, so the
 * leaning side must also be at least twice the other.
 */
const DEFAULTS = { minDifference: 4, minRatio: 2 };

export default defineRule<Options>({
  meta: {
    id: "gender-coded-language",
    description:
      "Wording that leans strongly masculine- or feminine-coded, counted from the word stems of Gaucher, Friesen & Kay (2011) as gender-decoder uses them: reported on line 1, with the balance and the words, when one side has at least 4 more coded words than the other and at least twice as many",
    category: "language",
    recommended: "off",
    options: {
      type: "object",
      properties: {
        minDifference: { type: "integer", minimum: 1, description: "How many more coded words the leaning side needs than the other" },
        minRatio: { type: "number", minimum: 1, description: "How many times the other side's count the leaning side needs" },
        add: {
          description: "More word stems (prefixes) of either coding",
          type: "object",
          properties: { masculine: { type: "array", items: { type: "string" } }, feminine: { type: "array", items: { type: "string" } } },
          additionalProperties: false,
        },
        remove: { type: "array", items: { type: "string" }, description: "Built-in stems that do not count" },
        allow: { type: "array", items: { type: "string" }, description: "Phrases in which no word counts (names, product terms)" },
      },
      additionalProperties: false,
    },
    defaultOptions: DEFAULTS,
    examples: {
      valid: [
        {
          name: "a balanced mix",
          text: "Lead a collaborative team. Support analysts and share decisions.\nAn ambitious, supportive and dependable colleague.\n",
        },
        {
          name: "look-alike words do not count",
          filePath: "example.md",
          text: "## Leadership\n\nResponsibilities include incident response, analytics for the committee and dependencies.\nCompetitive salary; feel free to ask what kind of work you will do. Competence in data-driven design.\n",
        },
      ],
      invalid: [
        {
          name: "strongly masculine-coded",
          text: "We want an ambitious, competitive, driven self-reliant engineer.\nYou will lead fearless decisions and challenge assumptions. Lead by example.\n",
          messages: [
            {
              line: 1,
              message:
                "Strongly masculine-coded wording: 9 masculine-coded words (lead ×2, ambitious, competitive, driven, self-reliant, fearless, decisions, challenge) against 0 feminine-coded",
            },
          ],
        },
        {
          name: "strongly feminine-coded",
          text: "A warm, supportive, understanding and loyal colleague who is committed to a collaborative, trusting team.\n",
          messages: [
            {
              line: 1,
              message:
                "Strongly feminine-coded wording: 7 feminine-coded words (warm, supportive, understanding, loyal, committed, collaborative, trusting) against 0 masculine-coded",
            },
          ],
        },
      ],
    },
  },
  create(context) {
    const options = { ...DEFAULTS, ...context.options };
    const counts = countCodedWords(context.posting, compile(context.options));
    const [lean, other]: [Coding, Coding] = counts.masculine.total >= counts.feminine.total ? ["masculine", "feminine"] : ["feminine", "masculine"];
    const big = counts[lean].total;
    const small = counts[other].total;
    if (big - small < options.minDifference || big < options.minRatio * small) return;
    const words = (c: Tally) => (c.total ? ` (${[...c.words].map(([w, n]) => (n > 1 ? `${w} ×${n}` : w)).join(", ")})` : "");
    context.report({
      loc: { line: 1 },
      message: `Strongly ${lean}-coded wording: ${big} ${lean}-coded word${big === 1 ? "" : "s"}${words(counts[lean])} against ${small} ${other}-coded${words(counts[other])}`,
    });
  },
});

interface Lexicon {
  stems: Map<string, Coding>;
  longestStem: number;
  /** Stems with a hyphen ("self-confiden"): such words are not split. */
  hyphenated: string[];
  notWords: string[];
  notPhrases: PhraseIndex<true>;
}

interface Tally {
  total: number;
  /** Word → count, most frequent first once sorted. */
  words: Map<string, number>;
}

const defaultLexicon = buildLexicon({});
const lexicons = new WeakMap<object, Lexicon>();

function compile(options: Options): Lexicon {
  if (!options.add && !options.remove?.length && !options.allow?.length) return defaultLexicon;
  let compiled = lexicons.get(options);
  if (!compiled) lexicons.set(options, (compiled = buildLexicon(options)));
  return compiled;
}

function buildLexicon(options: Options): Lexicon {
  const removed = new Set((options.remove ?? []).map((s) => s.toLowerCase()));
  const stems = new Map<string, Coding>();
  const lists: [Coding, string[]][] = [
    ["masculine", [...lexicon.masculine, ...(options.add?.masculine ?? [])]],
    ["feminine", [...lexicon.feminine, ...(options.add?.feminine ?? [])]],
  ];
  for (const [coding, list] of lists) for (const stem of list) if (!removed.has(stem.toLowerCase())) stems.set(stem.toLowerCase(), coding);
  const notPhrases = new PhraseIndex<true>();
  for (const phrase of [...lexicon.notPhrases, ...(options.allow ?? [])]) for (const v of expandAlternatives(phrase)) notPhrases.add(v.text, true);
  return {
    stems,
    longestStem: Math.max(...[...stems.keys()].map((s) => s.length)),
    hyphenated: [...stems.keys()].filter((s) => s.includes("-")),
    notWords: lexicon.notWords,
    notPhrases,
  };
}

/**
 * Counts each prose word once, by its longest matching stem (gender-decoder
 * counts "dominant" twice, for domina and dominant). Headings are section
 * labels ("Leadership", "Responsibilities"), and a capitalised word inside a
 * sentence is a name ("Active Directory", "Air Force"): neither counts.
 */
function countCodedWords(posting: Posting, lex: Lexicon): Record<Coding, Tally> {
  const tokens = proseTokens(posting);
  const headings = mergeRanges(posting.headings.map((h) => h.range));
  const headingLines = new Set(posting.headings.map((h) => h.line));
  const excluded = new Set<number>();
  for (const m of lex.notPhrases.matchAll(tokens)) for (let t = m.firstToken; t <= m.lastToken; t++) excluded.add(t);
  const counts: Record<Coding, Tally> = { masculine: { total: 0, words: new Map() }, feminine: { total: 0, words: new Map() } };
  for (const [i, token] of tokens.entries()) {
    // "challenge.gov", "Node.js": a dotted word is a name.
    if (token.text.includes(".")) continue;
    const whole = !token.lower.includes("-") || lex.hyphenated.some((s) => token.lower.startsWith(s));
    for (const word of whole ? [token.lower] : token.lower.split("-")) {
      const coding = codingOf(word, lex);
      if (!coding || excluded.has(i) || containsOffset(headings, token.start) || readsAsName(token, headingLines)) continue;
      const tally = counts[coding];
      tally.total++;
      tally.words.set(word, (tally.words.get(word) ?? 0) + 1);
    }
  }
  for (const tally of Object.values(counts)) tally.words = new Map([...tally.words].sort((a, b) => b[1] - a[1]));
  return counts;
}

/** The coding of the longest stem the word starts with, unless the word is a known look-alike. */
function codingOf(word: string, lex: Lexicon): Coding | undefined {
  let coding: Coding | undefined;
  for (let length = Math.min(word.length, lex.longestStem); length > 0 && !coding; length--) coding = lex.stems.get(word.slice(0, length));
  if (!coding || lex.notWords.some((not) => (not.endsWith("$") ? word === not.slice(0, -1) : word.startsWith(not)))) return undefined;
  return coding;
}
