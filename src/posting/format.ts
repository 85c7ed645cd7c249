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

/** ATX or setext headings, whole-line bold, links or fenced code: Markdown structure. */
function looksLikeMarkdown(text: string): boolean {
  return /^(?:#{1,6}[ \t]+\S|\*\*[^*\n]+\*\*[ \t]*$|```|~~~|[^\n]+\n[ \t]*(?:=+|-{3,})[ \t]*$)|\[[^\]\n]+\]\([^)\n]+\)/m.test(text);
}
