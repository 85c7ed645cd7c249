import { describe, expect, it } from "vitest";
import { parsePosting } from "../src/posting/parse.js";
import { expandAlternatives, applyChoices, PhraseIndex } from "../src/posting/phrases.js";
import { normalizeWord, proseTokens, tokenizeText } from "../src/posting/tokens.js";

const words = (text: string) => tokenizeText(text).map((t) => t.text);
const md = (text: string) => parsePosting(text, { filePath: "p.md" });
const txt = (text: string) => parsePosting(text, { filePath: "p.txt" });

describe("word tokens", () => {
  it("keeps inner apostrophes, hyphens and periods, and C++, C#, .NET whole", () => {
    expect(words("You'll own fast-paced C++, C# and .NET work at U.S. Node.js shops (e.g. ASP.NET).")).toEqual([
      "You'll", "own", "fast-paced", "C++", "C#", "and", ".NET", "work", "at", "U.S", "Node.js", "shops", "e.g", "ASP.NET",
    ]);
  });

  it("reads letters of every script, digits and combining marks", () => {
    expect(words("Café résumé naïve Straße 東京 5+ years, 3-5 years")).toEqual(["Café", "résumé", "naïve", "Straße", "東京", "5", "years", "3-5", "years"]);
    expect(words("cafe\u0301 team")).toEqual(["cafe\u0301", "team"]);
  });

  it("normalises typographic apostrophes, hyphens and soft hyphens for matching", () => {
    expect(tokenizeText("don’t self‑starter start\u00ADup").map((t) => t.lower)).toEqual(["don't", "self-starter", "startup"]);
    expect(normalizeWord("WE’RE")).toBe("we're");
  });

  it("gives offsets into the text and 1-based lines", () => {
    const text = "one\r\ntwo three\nfour";
    const tokens = tokenizeText(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.line)).toEqual([1, 2, 2, 3]);
  });

  it("reads only prose: no code, URLs, e-mail, template syntax, comments or front matter", () => {
    const posting = md(
      "---\ntitle: Rockstar\n---\n\nJoin {{ page.org }} as a `ninja` engineer <!-- guru -->\n\n```\nwizard\n```\n\nMail ninja@example.com or see https://unicorn.example.com/jobs {% if x %}today{% endif %}.\n",
    );
    expect(proseTokens(posting).map((t) => t.text)).toEqual(["Join", "as", "a", "engineer", "Mail", "or", "see", "today"]);
  });

  it("is computed once per posting", () => {
    const posting = txt("hello world\n");
    expect(proseTokens(posting)).toBe(proseTokens(posting));
  });

  describe("breaks between words", () => {
    const breaks = (tokens: readonly { text: string; breakBefore: boolean }[]) => tokens.filter((t) => t.breakBefore).map((t) => t.text);

    it("a sentence end breaks; a comma, slash, quote or emphasis does not", () => {
      expect(breaks(proseTokens(md('Work hard, "play" **hard**. He/she can. Next: done\n')))).toEqual(["Work", "He", "Next", "done"]);
    });

    it("in Markdown a soft line break does not break, a new block does", () => {
      const tokens = proseTokens(md("## Hit the\nground running\n\nhit the\nground running\n- and\n- more\n"));
      expect(breaks(tokens)).toEqual(["Hit", "ground", "hit", "and", "more"]);
    });

    it("in plain text every line is its own block", () => {
      expect(breaks(proseTokens(txt("hit the\nground running\n")))).toEqual(["hit", "ground"]);
    });

    it("text that is not prose between two words breaks", () => {
      expect(breaks(proseTokens(md("work `x` hard {{ a }} play\n")))).toEqual(["work", "hard", "play"]);
    });
  });

  it("takes linear time on a 1 MB line", () => {
    const line = "fast-paced, he/she [X] C++ don't ".repeat(32_000);
    expect(tokenizeText(line).length).toBe(32_000 * 6);
  });
});

describe("phrase matching", () => {
  const index = new PhraseIndex<string>([
    ["work hard play hard", "whph"],
    ["hit the ground running", "htgr"],
    ["fast-paced … environment", "fpe"],
    ["he/she", "he-she"],
    ["competitive salary", "not"],
    ["competitive", "competitive"],
  ]);
  const found = (text: string, filePath = "p.md") =>
    index.matchAll(proseTokens(parsePosting(text, { filePath }))).map((m) => [m.value, text.slice(m.range.start, m.range.end)]);

  it("matches across punctuation and markup between words", () => {
    expect(found("We **work hard**, play hard! S/he or he / she.\n")).toEqual([
      ["whph", "work hard**, play hard"],
      ["he-she", "he / she"],
    ]);
  });

  it("matches hyphenated and spaced spellings both ways, in any case", () => {
    expect(found("A Fast Paced environment; a fast-paced environment.\n").map((m) => m[0])).toEqual(["fpe", "fpe"]);
  });

  it("lets … stand for up to two words, never across a break", () => {
    expect(found("a fast-paced, dynamic environment\n")).toEqual([["fpe", "fast-paced, dynamic environment"]]);
    expect(found("a fast-paced, dynamic, high-growth environment\n")).toEqual([["fpe", "fast-paced, dynamic, high-growth environment"]]);
    expect(found("fast-paced projects, many teams and one environment\n")).toEqual([]);
    expect(found("fast-paced. The environment\n")).toEqual([]);
  });

  it("reports the words a … stood for", () => {
    const [m] = index.matchAll(proseTokens(parsePosting("a fast-paced, dynamic environment", { filePath: "p.txt" })));
    expect(m?.gap).toEqual({ start: 14, end: 21 });
  });

  it("never runs across a block or sentence break", () => {
    expect(found("- hit the ground\n- running\n")).toEqual([]);
    expect(found("hit the ground\nrunning\n", "p.txt")).toEqual([]);
    expect(found("hit the ground\nrunning\n", "p.md")).toEqual([["htgr", "hit the ground\nrunning"]]);
  });

  it("matches whole words only", () => {
    expect(found("rehit the ground running-mates; hit-the-ground-running\n")).toEqual([["htgr", "hit-the-ground-running"]]);
  });

  it("prefers the longest phrase, so an exception hides the term it contains", () => {
    expect(found("A competitive salary in a competitive market.\n")).toEqual([
      ["not", "competitive salary"],
      ["competitive", "competitive"],
    ]);
  });

  it("expands {a|b} alternatives and fills replacements from the same groups", () => {
    const variants = expandAlternatives("{hit|hits} the ground {running|}");
    expect(variants.map((v) => v.text)).toEqual(["hit the ground running", "hit the ground ", "hits the ground running", "hits the ground "]);
    const [young] = expandAlternatives("young {team|crew}").slice(1);
    expect(applyChoices("… {team|crew}", young!.choices)).toBe("… crew");
    expect(() => applyChoices("{x|y}", young!.choices)).toThrow(/does not occur/);
  });

  it("takes linear time whatever the number of phrases", () => {
    const big = new PhraseIndex<number>(Array.from({ length: 20_000 }, (_, i) => [`word${i} of … phrase${i}`, i] as const));
    const text = "word1 of a b phrase1 ".repeat(20_000);
    expect(big.matchAll(tokenizeText(text))).toHaveLength(20_000);
  });
});
