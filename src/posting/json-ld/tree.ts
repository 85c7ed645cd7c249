import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import type { JsonNode, JsonObject, JsonProperty, Range, SyntaxProblem } from "../types.js";

export interface ParsedJson {
  root?: JsonNode;
  errors: SyntaxProblem[];
}

/** What each parser error means to someone who wrote the JSON-LD by hand. */
const ERRORS: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "a property name (in double quotes) is expected",
  ValueExpected: "a value is expected",
  ColonExpected: "a colon is expected",
  CommaExpected: "a comma is expected",
  CloseBraceExpected: "a closing brace is missing",
  CloseBracketExpected: "a closing bracket is missing",
  EndOfFileExpected: "text after the end of the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "a comment is not closed",
  UnexpectedEndOfString: "a string is not closed",
  UnexpectedEndOfNumber: "a number is cut short",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape in a string",
  InvalidCharacter: "a control character (a tab or line break) must be escaped in a string",
};

/**
 * Parses JSON standing at [range.start, range.end) of `text` (a script
 * element's content, or a whole file) into nodes whose ranges are offsets in
 * `text`. The parser recovers from errors (a trailing comma, a missing quote),
 * so what follows one is still read; every error is kept with its place.
 */
export function parseJson(text: string, range: Range): ParsedJson {
  const source = text.slice(range.start, range.end);
  const raw: ParseError[] = [];
  let tree: Node | undefined;
  try {
    tree = parseTree(source, raw, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    // The parser recurses once per open bracket; thousands of them exhaust the stack. Say so rather than fail the file.
    if (!(error instanceof RangeError)) throw error;
    return { errors: [{ message: "JSON-LD: nested too deeply to read (thousands of levels)", range: { start: range.start, end: Math.min(range.end, range.start + 1) } }] };
  }
  // The parser may report one mistake twice at one place (a trailing comma: no property name, no value).
  const errors = raw.filter((e, i) => i === 0 || e.offset !== raw[i - 1]!.offset).map((e) => problem(source, e, range.start));
  const root = tree ? convert(tree, range.start) : undefined;
  return { ...(root ? { root } : {}), errors };
}

function problem(source: string, e: ParseError, base: number): SyntaxProblem {
  const name = printParseErrorCode(e.error);
  const expectsMore = name === "PropertyNameExpected" || name === "ValueExpected";
  const message = expectsMore && lastNonBlank(source, e.offset) === "," ? "a trailing comma before a closing bracket or brace" : (ERRORS[name] ?? name);
  return { message: `JSON-LD: ${message}`, range: { start: base + e.offset, end: base + e.offset + Math.max(1, e.length) } };
}

/** The last character before `before` that is not white space, looking a bounded way back. */
function lastNonBlank(text: string, before: number): string | undefined {
  let i = before - 1;
  while (i >= 0 && before - i < 80 && /\s/.test(text[i]!)) i--;
  return text[i];
}

/** jsonc-parser's tree as our nodes. Iterative: a deeply nested value must not overflow the call stack. */
function convert(tree: Node, base: number): JsonNode | undefined {
  const made = new Map<Node, JsonNode>();
  const order: Node[] = [];
  const stack: Node[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    order.push(node);
    for (const child of node.children ?? []) stack.push(child);
  }
  // Children before parents: walk the pre-order list backwards.
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    const range = { start: base + node.offset, end: base + node.offset + node.length };
    switch (node.type) {
      case "object": {
        const properties: JsonProperty[] = [];
        for (const p of node.children ?? []) {
          const [key, value] = p.children ?? [];
          const converted = value && made.get(value);
          if (!key || typeof key.value !== "string" || !converted) continue;
          properties.push({
            key: key.value,
            keyRange: { start: base + key.offset, end: base + key.offset + key.length },
            value: converted,
            range: { start: base + p.offset, end: base + p.offset + p.length },
          });
        }
        made.set(node, { kind: "object", range, properties } satisfies JsonObject);
        break;
      }
      case "array":
        made.set(node, { kind: "array", range, items: (node.children ?? []).map((c) => made.get(c)).filter((c): c is JsonNode => c !== undefined) });
        break;
      case "property":
        break;
      default:
        made.set(node, { kind: node.type, range, value: node.value as string | number | boolean | null });
    }
  }
  return made.get(tree);
}
