import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { disableLineEdit } from "../src/lsp/disable-comment.js";
import { parsePosting } from "../src/posting/parse.js";

function edit(text: string, uri: string, languageId: string, line: number) {
  const document = TextDocument.create(uri, languageId, 1, text);
  const posting = parsePosting(text, { filePath: uri.replace("file://", "") });
  return disableLineEdit(document, posting, line, "no-stray-tabs");
}

describe("language server: disabling a rule for a line of HTML or JSON-LD", () => {
  it("puts the comment at the end of an HTML line, where it changes nothing a reader sees", () => {
    const text = "<h3>Requirements</h3>\n<ul>\n<li>\tPython.</li>\n</ul>\n";
    expect(edit(text, "file:///p.html", "html", 3)).toEqual({
      range: { start: { line: 2, character: 17 }, end: { line: 2, character: 17 } },
      newText: " <!-- jobpostlint-disable-line no-stray-tabs -->",
    });
  });

  it("offers none inside a tag, a script or a style, nor anywhere in JSON (which has no comments)", () => {
    const page = '<p class="a\nb">Cook.</p>\n<script type="application/ld+json">\n{"@type": "JobPosting"}\n</script>\n';
    expect(edit(page, "file:///p.html", "html", 1)).toBeUndefined();
    expect(edit(page, "file:///p.html", "html", 4)).toBeUndefined();
    expect(edit('{\n  "@type": "JobPosting"\n}\n', "file:///job.json", "json", 2)).toBeUndefined();
  });
});
