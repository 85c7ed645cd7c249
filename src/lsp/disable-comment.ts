import type { TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Posting } from "../posting/types.js";
import { respectsMarkup } from "../engine/markup-guard.js";
import { offsetToPosition } from "./positions.js";

/**
 * The edit that turns one rule off for one line, placed so the posting keeps
 * its structure:
 *
 * - a heading line gets `disable-next-line` on its own line above, since a
 *   comment at its end would become part of the heading's text;
 * - any other Markdown line gets `disable-line` at its end: a comment line
 *   above would close the list an item belongs to or split a paragraph;
 * - any other plain-text line gets `disable-next-line` above (plain text has
 *   no blocks to split, and a comment line is not posting text);
 * - an HTML line gets `disable-line` at its end (unless the line ends inside
 *   a tag, a script or a style), where a comment changes nothing a reader sees;
 *   a JSON file gets none, since JSON has no comments;
 * - line 1 always gets `disable-line` at its end: findings about the whole
 *   posting (no pay range, a missing section) stand on line 1, and a comment
 *   above would become line 1 itself.
 *
 * None is offered in front matter (the comment would become YAML) or on a
 * setext underline (a comment after it unmakes the heading; one above would
 * name the heading's text line instead).
 */
export function disableLineEdit(document: TextDocument, posting: Posting, lineNumber: number, ruleId: string): TextEdit | undefined {
  const line = posting.lines[lineNumber - 1];
  // JSON has no comments: a directive would break the file.
  if (!line || posting.format === "json") return undefined;
  if (posting.frontMatter && line.start < posting.frontMatter.range.end) return undefined;
  if (posting.headings.some((h) => h.underlineLine === lineNumber)) return undefined;
  const heading = posting.headings.some((h) => h.line === lineNumber);
  const atEnd = lineNumber === 1 || (posting.format === "markdown" && !heading) || posting.format === "html";
  if (atEnd) {
    // Before trailing white space, so a Markdown two-space line break stays one.
    const contentEnd = endOfContent(line.text);
    // In HTML a comment is harmless anywhere but inside a tag, a script or a style: a line ending there gets none.
    if (posting.format === "html" && !respectsMarkup({ range: [line.start + contentEnd, line.start + contentEnd], text: "" }, posting.markup)) return undefined;
    const at = offsetToPosition(document, line.start + contentEnd);
    const newText = `${contentEnd === 0 ? "" : " "}<!-- jobpostlint-disable-line ${ruleId} -->`;
    return { range: { start: at, end: at }, newText };
  }
  const eol = line.eol || posting.lines[lineNumber - 2]?.eol || "\n";
  const at = offsetToPosition(document, line.start);
  return { range: { start: at, end: at }, newText: `<!-- jobpostlint-disable-next-line ${ruleId} -->${eol}` };
}

/** Where the line's text ends before trailing spaces and tabs (a loop: `/[ \t]+$/` backtracks quadratically). */
function endOfContent(text: string): number {
  let end = text.length;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  return end;
}
