import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { SyntaxProblem } from "../types.js";

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
 * rehype-parse), with the position of every tag. What an applicant tracking
 * system's API hands out (`<p>...</p><ul>...`) is parsed as a document too, its
 * `<html>` and `<body>` implied (a missing doctype is no concern of a
 * posting's): parse5's fragment mode moves every top-level node into the
 * fragment one splice at a time, which took 61 s on 1.4 MB of paragraphs
 * (3.7 s as a document).
 */
export function parseHtml(source: string): ParsedHtml {
  const problems: SyntaxProblem[] = [];
  let cutTag: SyntaxProblem | undefined;
  let tree: Root | undefined;
  try {
    tree = fromHtml(source, {
      fragment: false,
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
