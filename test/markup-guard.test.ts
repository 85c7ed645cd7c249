import { describe, expect, it } from "vitest";
import { defineRule, type Fix } from "../src/engine/rule.js";
import { fixText, lintText } from "../src/index.js";

/** A rule that knows nothing of HTML and offers the given edit, as a plugin's might. */
function editing(edit: (text: string) => Fix) {
  return defineRule({
    meta: { id: "edit", description: "Offers one edit", category: "formatting", recommended: "warn", fixable: true, hasSuggestions: true, examples: { valid: [], invalid: [] } },
    create(context) {
      const fix = edit(context.posting.text);
      context.report({ message: "edit", range: { start: fix.range[0], end: fix.range[1] }, fix, suggestions: [{ desc: "edit", fix }] });
    },
  });
}

function lint(text: string, filePath: string, edit: (text: string) => Fix) {
  const options = { filePath, base: "none" as const, extraRules: { edit: editing(edit) }, rules: { edit: "warn" as const } };
  return { message: lintText(text, options).messages[0]!, fixed: fixText(text, options).output };
}

const at = (text: string, needle: string, offset = 0) => text.indexOf(needle) + offset;

describe("fixes respect HTML markup", () => {
  const page = "<p>R&amp;D team, <b>hiring</b> now.</p>\n";

  it("drops a fix that cuts into a character reference or a tag, and keeps the finding", () => {
    const intoRef = lint(page, "p.html", (t) => ({ range: [at(t, "&amp;", 2), at(t, " team")], text: "" }));
    expect(intoRef.message.fix).toBeUndefined();
    expect(intoRef.message.suggestions).toBeUndefined();
    expect(intoRef.fixed).toBe(page);
    const intoTag = lint(page, "p.html", (t) => ({ range: [at(t, "<b>", 1), at(t, "hiring")], text: "" }));
    expect(intoTag.message.fix).toBeUndefined();
  });

  it("drops a fix that would write markup into the text", () => {
    expect(lint(page, "p.html", (t) => ({ range: [at(t, "now"), at(t, "now")], text: "<i>" })).message.fix).toBeUndefined();
    expect(lint(page, "p.html", (t) => ({ range: [at(t, "now"), at(t, "now")], text: "& " })).message.fix).toBeUndefined();
  });

  it("keeps a fix that replaces a reference or tag whole, or edits text only", () => {
    expect(lint(page, "p.html", (t) => ({ range: [at(t, "&amp;"), at(t, "D team")], text: "" })).fixed).toBe("<p>RD team, <b>hiring</b> now.</p>\n");
    expect(lint(page, "p.html", (t) => ({ range: [at(t, "team"), at(t, " team") + 5], text: "group" })).fixed).toBe("<p>R&amp;D group, <b>hiring</b> now.</p>\n");
  });

  it("in a JSON string, also keeps escapes whole and writes no quote, backslash or raw line break", () => {
    const json = '{"@type": "JobPosting", "description": "<p>We\\u2019re hiring \\"now\\"</p>"}';
    expect(lint(json, "j.json", (t) => ({ range: [at(t, "\\u2019", 2), at(t, "re hiring")], text: "" })).message.fix).toBeUndefined();
    expect(lint(json, "j.json", (t) => ({ range: [at(t, "hiring"), at(t, "hiring")], text: '"' })).message.fix).toBeUndefined();
    expect(lint(json, "j.json", (t) => ({ range: [at(t, "hiring"), at(t, "hiring")], text: "\n" })).message.fix).toBeUndefined();
    expect(lint(json, "j.json", (t) => ({ range: [at(t, "hiring"), at(t, "hiring") + 6], text: "looking" })).fixed).toBe(json.replace("hiring", "looking"));
    // Outside the string the JSON's own syntax rules: a final line break may be written.
    expect(lint(json, "j.json", (t) => ({ range: [t.length, t.length], text: "\n" })).message.fix).toEqual({ range: [json.length, json.length], text: "\n" });
  });

  it("holds Markdown and plain text to nothing more than before", () => {
    expect(lint("R&amp;D <b>x</b>\n", "p.md", (t) => ({ range: [at(t, "&amp;", 2), at(t, "D")], text: "<" })).message.fix).toBeDefined();
  });
});
