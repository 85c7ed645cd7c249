import type { Format } from "./types.js";

const BY_EXTENSION: Record<string, Format> = {
  md: "markdown",
  markdown: "markdown",
  mdown: "markdown",
  mkd: "markdown",
  mkdn: "markdown",
  txt: "text",
  text: "text",
  html: "html",
  htm: "html",
};

/** Extensions that name a posting format; directories are searched for these. */
export const POSTING_EXTENSIONS = ["md", "markdown", "txt"] as const;

/** The format from the file extension; content sniffing decides only when there is none. */
export function detectFormat(filePath: string | undefined, text: string): Format {
  const ext = filePath ? /\.([^./\\]+)$/.exec(filePath)?.[1]?.toLowerCase() : undefined;
  const known = ext ? BY_EXTENSION[ext] : undefined;
  if (known === "html") return "text"; // HTML input is not supported yet: read it as text rather than guess.
  if (known) return known;
  return looksLikeMarkdown(text) ? "markdown" : "text";
}

/** ATX or setext headings, whole-line bold, fenced code or links: Markdown structure. Line by line, linear. */
function looksLikeMarkdown(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  return lines.some((line, i) => {
    const t = line.trim();
    if (/^#{1,6}[ \t]/.test(t) || t.startsWith("```") || t.startsWith("~~~")) return true;
    if (t.length > 4 && t.startsWith("**") && t.endsWith("**") && !t.slice(2, -2).includes("*")) return true;
    if (i > 0 && lines[i - 1]!.trim() !== "" && /^(?:=+|-{3,})$/.test(t)) return true;
    const open = t.indexOf("](");
    return open > 0 && t.lastIndexOf("[", open) >= 0 && t.indexOf(")", open) > 0;
  });
}
