import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { Parser } from "parse5";
import type { SyntaxProblem } from "../types.js";

/**
 * How deep elements may nest. Chromium's parser stops nesting at 512 (it
 * attaches deeper elements to the 512th); parse5 keeps going, and every start
 * tag then scans the open elements: 32,000 nested <li> took 21.6 s. A posting
 * nests a few dozen deep at most.
 */
export const MAX_HTML_DEPTH = 512;

class NestedTooDeep extends Error {}

let guarding = false;

/** parse5's stack of open elements refuses a push past MAX_HTML_DEPTH while parseHtml runs (and only then: a plugin's parse5 is left alone). */
function guardOpenElements(): void {
  const { openElements } = new Parser();
  const stack = Object.getPrototypeOf(openElements) as { push?: (this: { stackTop: number }, ...args: unknown[]) => void };
  const push = stack.push;
  if (typeof push !== "function" || typeof openElements.stackTop !== "number") return;
  stack.push = function (this: { stackTop: number }, ...args: unknown[]) {
    if (guarding && this.stackTop + 1 >= MAX_HTML_DEPTH) throw new NestedTooDeep();
    push.apply(this, args);
  };
}
guardOpenElements();

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
  guarding = true;
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
    // Past the depth, or (with a bigger limit) out of stack in the tree converter, which recurses once per open element.
    if (!(error instanceof NestedTooDeep || error instanceof RangeError)) throw error;
    const message = `HTML: elements nested more than ${MAX_HTML_DEPTH} levels deep; the file was not linted as HTML`;
    return { problems: [{ message, range: { start: 0, end: Math.min(1, source.length) } }] };
  } finally {
    guarding = false;
  }
  return { tree, problems, ...(cutTag ? { cutTag } : {}) };
}
