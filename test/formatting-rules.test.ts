/**
 * Edge cases of the formatting rules that their documented examples do not
 * cover: mojibake decoding paths, invisible characters in context, Markdown
 * structure the fixes must keep, and linear time on large inputs.
 */
import { describe, expect, it } from "vitest";
import { fixText, lintText, parsePosting } from "../src/index.js";
import { findMojibake } from "../rules/lib/mojibake.js";

function lint(rule: string, text: string, filePath = "posting.txt") {
  return lintText(text, { filePath, base: "none", rules: { [rule]: "warn" } }).messages;
}

function fix(rule: string, text: string, filePath = "posting.txt") {
  return fixText(text, { filePath, base: "none", rules: { [rule]: "warn" } }).output;
}

function repair(text: string): string {
  let out = "";
  let at = 0;
  for (const m of findMojibake(text, 0, text.length)) {
    out += text.slice(at, m.range.start) + m.repaired;
    at = m.range.end;
  }
  return out + text.slice(at);
}

describe("no-mojibake", () => {
  it("re-decodes Windows-1252 and Latin-1 readings, and text encoded twice or three times", () => {
    expect(repair("CafÃ©")).toBe("Café");
    expect(repair("Â£45,000")).toBe("£45,000");
    // Latin-1 keeps the bytes Windows-1252 leaves undefined as C1 controls.
    expect(repair("â€\u009d")).toBe("”");
    expect(repair("donÃ¢â‚¬â„¢t")).toBe("don’t");
    const misread = (t: string) => new TextDecoder("windows-1252").decode(new TextEncoder().encode(t));
    for (const word of ["don’t", "résumé", "naïve – “quoted”", "Привет", "日本語", "🚀"]) {
      expect(repair(misread(word)), word).toBe(word);
      expect(repair(misread(misread(word))), word).toBe(word);
      expect(repair(misread(misread(misread(word)))), word).toBe(word);
    }
  });

  it("decodes whole words of other scripts and emoji", () => {
    expect(repair("ÐŸÑ€Ð¸Ð²ÐµÑ‚")).toBe("Привет");
    expect(repair("ZÃ¼rich ðŸš€")).toBe("Zürich 🚀");
    expect(repair("ZaÅ¾itek")).toBe("Zažitek");
  });

  it("repairs a closing quote whose last byte was dropped, when an opening quote precedes it", () => {
    expect(repair("â€œHow?â€")).toBe("“How?”");
    expect(repair("see â€ here")).toBe("see â€ here");
    expect(repair("â€œHow?â€\uFFFD")).toBe("“How?”");
  });

  it("removes a byte order mark that was read as text", () => {
    expect(fix("no-mojibake", "Title\nï»¿Benefits\n")).toBe("Title\nBenefits\n");
  });

  it("leaves accented and upper-case text alone", () => {
    for (const text of ["Café, résumé, Zürich, naïve, São Paulo", "CAFÉ’S MENU", "«CAFÉ»", "MALMÖ”", "Ä…", "Øre – Åse", "Škoda • Œuvre"]) {
      expect(lint("no-mojibake", text + "\n"), text).toEqual([]);
    }
  });

  it("leaves code, URLs and front matter alone", () => {
    const text = "---\ntitle: CafÃ©\n---\n\nSee `CafÃ©` and https://example.com/CafÃ©\n";
    expect(lint("no-mojibake", text, "posting.md")).toEqual([]);
  });

  it("quotes the whole word once when one word holds several runs", () => {
    const [m, ...rest] = lint("no-mojibake", "Send your rÃ©sumÃ© today.\n");
    expect(rest).toEqual([]);
    expect(m!.message).toBe('Mojibake: "rÃ©sumÃ©" should read "résumé"');
  });
});

describe("no-invisible-characters", () => {
  it("keeps emoji sequences: ZWJ between emoji and tag characters of a flag", () => {
    expect(lint("no-invisible-characters", "Pride 🏳️‍🌈 and 🏴󠁧󠁢󠁳󠁣󠁴󠁿 welcome.\n")).toEqual([]);
  });

  it("keeps joiners and direction marks inside non-Latin words", () => {
    expect(lint("no-invisible-characters", "हिन्‍दी और فارسی\u200Cها\n")).toEqual([]);
    expect(lint("no-invisible-characters", "שלום\u200F (hello)\n")).toEqual([]);
  });

  it("flags a ZWJ between Latin letters and bidi overrides", () => {
    expect(lint("no-invisible-characters", "co\u200Dworker \u202Eevil\u202C\n").map((m) => m.column)).toEqual([3, 11, 16]);
  });

  it("does not fix a non-breaking space glued to a Markdown marker, whose removal would make a list", () => {
    const [m] = lint("no-invisible-characters", "-\u00A0Build dashboards\n", "posting.md");
    expect(m!.fix).toBeUndefined();
    expect(fix("no-invisible-characters", "-\u00A0Build dashboards\n")).toBe("- Build dashboards\n");
  });

  it("removes a leading non-breaking space before a word, keeping the line a paragraph", () => {
    expect(fix("no-invisible-characters", "- Build\n\n\u00A0\u00A0Ship weekly\n", "posting.md")).toBe("- Build\n\nShip weekly\n");
  });

  it("never turns trailing white space into a Markdown hard break", () => {
    const text = "We ship weekly.  \u00A0\nYou own releases.\n";
    expect(lint("no-invisible-characters", text, "posting.md")[0]!.fix).toBeUndefined();
    expect(fix("no-invisible-characters", "We ship weekly.\u00A0  \nYou own releases.\n", "posting.md")).toBe("We ship weekly.  \nYou own releases.\n");
  });

  it("does not glue a word onto a URL", () => {
    expect(lint("no-invisible-characters", "Apply\u200Bhttps://example.com/jobs\n")[0]!.fix).toBeUndefined();
  });
});

describe("no-trailing-whitespace", () => {
  it("keeps a two-space hard break even with a tab before it", () => {
    expect(fix("no-trailing-whitespace", "Line one \t  \nline two\n", "posting.md")).toBe("Line one  \nline two\n");
    expect(fix("no-trailing-whitespace", "Title   \n=====\n", "posting.md")).toBe("Title\n=====\n");
  });

  it("leaves front matter and HTML comments alone", () => {
    const text = "---\ntitle: Engineer  \n---\n<!-- note  \n  -->\nBody\n";
    expect(lint("no-trailing-whitespace", text, "posting.md")).toEqual([]);
  });

  it("does not empty a white-space line that sits between a CR and an LF", () => {
    const [m] = lint("no-trailing-whitespace", "a\r  \nb\n");
    expect(m!.fix).toBeUndefined();
  });
});

describe("no-multiple-spaces", () => {
  it("leaves spaces before a trailing '#' box border and inside HTML", () => {
    expect(lint("no-multiple-spaces", "# Note   #\n<span  class=\"x\">y</span>\n", "posting.md")).toEqual([]);
  });

  it("flags runs inside a table cell but not the alignment beside the pipes", () => {
    expect(lint("no-multiple-spaces", "| Senior  Engineer   | $1 |\n", "posting.md").map((m) => m.column)).toEqual([9]);
  });
});

describe("consistent-bullets", () => {
  it("does not rewrite a list into a thematic break", () => {
    const text = "- Build\n- Ship\n- Review\n\nText\n\n* - -\n";
    expect(lint("consistent-bullets", text, "posting.md")[0]!.fix).toBeUndefined();
  });

  it("compares levels separately in Markdown", () => {
    expect(lint("consistent-bullets", "- Lead:\n  * a\n  * b\n- Mentor\n\nText\n\n- Ship\n  * c\n", "posting.md")).toEqual([]);
  });

  it("finds the dominant marker by items, not by lists", () => {
    const text = "* a\n\nText\n\n- b\n- c\n- d\n\nText\n\n* e\n";
    expect(fix("consistent-bullets", text, "posting.md")).toBe("- a\n\nText\n\n- b\n- c\n- d\n\nText\n\n- e\n");
  });
});

describe("list-punctuation", () => {
  it("groups plain-text bullets by run and unbulleted lines by section", () => {
    const text = "Skills\n- Python\n- SQL\n- Looker.\n\nAbout\nWe ship weekly.\nWe own releases.\nWe review designs\n";
    expect(lint("list-punctuation", text).map((m) => m.line)).toEqual([4, 9]);
  });

  it("keeps a period that ends an abbreviation", () => {
    expect(lint("list-punctuation", "Offices\n- Boston\n- Austin\n- Washington, D.C.\n")).toEqual([]);
  });

  it("does not count an item that ends in a link destination or code", () => {
    expect(lint("list-punctuation", "- Apply [here](https://x.io).\n- Read `README.md`\n- Ship weekly.\n- Review.\n", "posting.md")).toEqual([]);
  });
});

describe("final-newline", () => {
  it("uses the file's own line ending, CR included", () => {
    expect(fix("final-newline", "a\rb\rc")).toBe("a\rb\rc\r");
  });

  it("leaves a file of nothing but white space alone", () => {
    expect(lint("final-newline", "\n\n")).toEqual([]);
  });
});

describe("no-repeated-words", () => {
  it("removes the first word across a line break when the second one ends its line", () => {
    expect(fix("no-repeated-words", "We plan the\nthe.\n", "posting.md")).toBe("We plan\nthe.\n");
  });

  it("reports without a fix when neither word can go without leaving a block marker alone", () => {
    const [m] = lint("no-repeated-words", "- the\nthe.\n", "posting.md");
    expect(m!.fix).toBeUndefined();
  });

  it("does not run across plain-text lines, Markdown blocks, commas or emphasis", () => {
    expect(lint("no-repeated-words", "Skills and\nand more\n")).toEqual([]);
    expect(lint("no-repeated-words", "- plan and\n- and ship\n\nthe, the *the* the\n", "posting.md").map((m) => m.line)).toEqual([]);
  });
});

describe("no-shouting", () => {
  it("does not count headings, metadata or acronym lists", () => {
    const text = "WHAT YOU WILL DO\nLOCATION: REMOTE, UNITED STATES ONLY\n- AWS, GCP, HIPAA, OSHA, SQL\n";
    expect(lint("no-shouting", text)).toEqual([]);
  });

  it("flags a shouted sentence among normal ones, in Cyrillic too", () => {
    expect(lint("no-shouting", "Мы ищем инженера. МЫ ОЧЕНЬ ЖДЁМ ВАШЕ РЕЗЮМЕ СЕГОДНЯ.\n", "posting.md").map((m) => m.column)).toEqual([19]);
  });
});

describe("linear time on large inputs", () => {
  const RULES = ["no-trailing-whitespace", "no-multiple-spaces", "no-invisible-characters", "no-mojibake", "consistent-bullets", "list-punctuation", "final-newline", "no-repeated-words", "no-shouting"];
  const rules = Object.fromEntries(RULES.map((r) => [r, "warn" as const]));
  const inputs: [string, string, string][] = [
    ["one 1 MB line of spaces", "posting.txt", "a" + " ".repeat(1_000_000) + ",b"],
    ["one 1 MB line of mojibake and invisibles", "posting.txt", "donâ€™t \u200B\u00A0 the the ".repeat(40_000)],
    ["a long run of mojibake characters", "posting.txt", "â€".repeat(200_000)],
    ["many short plain-text list items", "posting.txt", "- Build dashboards.  \n* Ship weekly the the\n".repeat(20_000)],
    ["a Markdown posting of many lists and paragraphs", "posting.md", "- Build.  \n* Ship the the\n\nWE ARE HIRING NOW TODAY. And\nand more.\n".repeat(600)],
  ];
  for (const [name, filePath, text] of inputs) {
    it(name, () => {
      // Quadratic work would not finish within the test's time-out; speed itself is measured by `npm run bench`.
      const result = lintText(text, { filePath, base: "none", rules });
      expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    });
  }
});
