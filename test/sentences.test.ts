import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/posting/sentences.js";

const sentences = (text: string) => splitSentences(text, 0, text.length).map((r) => text.slice(r.start, r.end));

describe("splitSentences", () => {
  it.each([
    ["a stop, white space and a capital", "Build things. Ship them!", ["Build things.", "Ship them!"]],
    ["not after an abbreviation", "Tools, e.g. Python and Go. Then more.", ["Tools, e.g. Python and Go.", "Then more."]],
    [
      "template tags between the stop and the capital do not count",
      "Intro for the page.\n  {% if page.opens == 'tbd' %} The date is not set. If you like, sign up.\n  {% endif %}",
      ["Intro for the page.", "The date is not set.", "If you like, sign up."],
    ],
    ["a tag right after the stop", "Sign up.{% endif %} Next one.", ["Sign up.", "Next one."]],
    ["tags are trimmed from both ends, so a wrapped sentence is the sentence", "Build. {% if x %} NOT ELIGIBLE. {% endif %}", ["Build.", "NOT ELIGIBLE."]],
    ["the branches of one paragraph", "{% if a %}\nSign up now.\n{% else %}\nOther text.\n{% endif %}", ["Sign up now.", "Other text."]],
    ["an expression renders as words and stays", "Join {{ company }} today.", ["Join {{ company }} today."]],
    ["an unclosed tag is text", "Odd {% unclosed. Next one.", ["Odd {% unclosed.", "Next one."]],
    ["tags alone are no sentence", "{% if a %} {# note #} {% endif %}", []],
  ])("%s", (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
