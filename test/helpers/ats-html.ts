import { parsePosting } from "../../src/posting/parse.js";

/**
 * A plain-text posting turned into an HTML page line for line: its headings
 * become `<h3>`, its other lines `<li>` (the first line, metadata, a `<p>`),
 * each with the same text (tabs included) on the same line number, characters
 * that HTML reserves written as references. The lists open and close on the
 * heading lines, and the page's opening and closing share the first and last line.
 */
export function textToHtmlPage(text: string): string {
  const headings = new Set(parsePosting(text, { filePath: "posting.txt" }).headings.map((h) => h.line));
  const lines = text.replace(/\n$/, "").split("\n");
  let open = false;
  const out = lines.map((line, i) => {
    let html = i === 0 ? "<!DOCTYPE html><html><body>" : "";
    if (headings.has(i + 1)) {
      html += `${open ? "</ul>" : ""}<h3>${escapeHtml(line)}</h3><ul>`;
      open = true;
    } else html += i === 0 ? `<p>${escapeHtml(line)}</p>` : `<li>${escapeHtml(line)}</li>`;
    if (i === lines.length - 1) html += `${open ? "</ul>" : ""}</body></html>`;
    return html;
  });
  return out.join("\n") + "\n";
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
