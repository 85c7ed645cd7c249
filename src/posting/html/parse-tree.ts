import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { SyntaxProblem } from "../types.js";

/** How far into the text a document's opening (`<!DOCTYPE html>`, `<html>`, `<head>`, `<body>`) is looked for. */
const SNIFF = 2048;
const DOCUMENT_OPENING = /<(?:!doctype\s+html|html|head|body)[\s>]/i;

export interface ParsedHtml {
  /** Undefined when the text is nested too deeply to read (thousands of open elements). */
  tree?: Root;
  /** What the tokenizer found broken (an unclosed tag or comment, a duplicate attribute, an unknown character reference). */
  problems: SyntaxProblem[];
  /** The problem of a tag cut off by the end of the text (`<p class="note>...`), if any: the tag swallowed the rest. */
  cutTag?: SyntaxProblem;
}

/**
 * Parses HTML as browsers do (parse5 through hast-util-from-html, the parser of
 * rehype-parse), with the position of every tag. A careers page is parsed as a
 * document; what an applicant tracking system's API hands out (`<p>...</p><ul>
 * ...`) as a fragment, so it is not told it lacks a doctype.
 */
export function parseHtml(source: string): ParsedHtml {
  const problems: SyntaxProblem[] = [];
  let cutTag: SyntaxProblem | undefined;
  const fragment = !DOCUMENT_OPENING.test(source.slice(0, SNIFF));
  let tree: Root | undefined;
  try {
    tree = fromHtml(source, {
      fragment,
      verbose: true,
      onerror(message) {
        // A page without a doctype renders in quirks mode: no concern of a posting's text.
        if (message.ruleId === "missing-doctype") return;
        const start = message.place && "start" in message.place ? message.place.start.offset : undefined;
        const at = start ?? 0;
        const problem = { message: `HTML: ${message.reason}`, range: { start: at, end: Math.min(source.length, at + 1) } };
        if (message.ruleId === "eof-in-tag") cutTag = problem;
        problems.push(problem);
      },
    });
  } catch (error) {
    // The tree converter recurses once per open element; thousands of them exhaust the stack. Say so rather than fail the file.
    if (!(error instanceof RangeError)) throw error;
    return { problems: [{ message: "HTML: elements nested too deeply to read (thousands of levels); the file was not linted as HTML", range: { start: 0, end: Math.min(1, source.length) } }] };
  }
  return { tree, problems, ...(cutTag ? { cutTag } : {}) };
}
