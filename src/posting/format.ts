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
  xhtml: "html",
  json: "json",
  jsonld: "json",
};

/**
 * Extensions that name a posting format; directories are searched for these.
 * Not `.json`: a folder of postings also holds package.json, tsconfig.json and
 * editor settings, none of them postings. A JSON-LD file is linted when named
 * (`jobpostlint job.json`) or matched by a glob (`"jobs/**\/*.json"`).
 */
export const POSTING_EXTENSIONS = ["md", "markdown", "txt", "html", "htm"] as const;

/** The format a file's extension names, if it names one. */
export function formatOfExtension(filePath: string | undefined): Format | undefined {
  const ext = filePath ? /\.([^./\\]+)$/.exec(filePath)?.[1]?.toLowerCase() : undefined;
  return ext ? BY_EXTENSION[ext] : undefined;
}

/** The format from the file extension; content sniffing decides only when there is none. */
export function detectFormat(filePath: string | undefined, text: string): Format {
  const known = formatOfExtension(filePath);
  if (known) return known;
  if (looksLikeJsonLd(text)) return "json";
  if (looksLikeHtml(text)) return "html";
  return looksLikeMarkdown(text) ? "markdown" : "text";
}

/** How much of the start of a text sniffing reads. */
const SNIFF = 2048;

/** An object or array that names a schema.org `@type`. */
function looksLikeJsonLd(text: string): boolean {
  const head = text.slice(0, SNIFF).trimStart();
  return (head.startsWith("{") || head.startsWith("[")) && head.includes('"@type"');
}

/** A document (`<!DOCTYPE html>`, `<html>`) or a fragment that opens with a block element, as ATS APIs hand out. */
function looksLikeHtml(text: string): boolean {
  return /^(?:<!doctype html|<html[\s>]|<(?:p|div|h[1-6]|ul|ol|section|article|body|main|table)[\s>])/i.test(text.slice(0, SNIFF).trimStart());
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
