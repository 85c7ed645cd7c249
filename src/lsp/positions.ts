import type { Position, Range, TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Fix } from "../engine/rule.js";
import type { LintMessage } from "../engine/messages.js";

/**
 * Lint results count offsets and columns in the text without its BOM, but an
 * editor's document may still start with one (VS Code strips it, other clients
 * do not): these helpers add it back, so every position is in the document's
 * own UTF-16 code units, the LSP default.
 */
export function bomLength(document: TextDocument): number {
  return document.getText({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }) === "\uFEFF" ? 1 : 0;
}

/** An offset into the BOM-less text, as a document position. */
export function offsetToPosition(document: TextDocument, offset: number, bom = bomLength(document)): Position {
  return document.positionAt(offset + bom);
}

/** A document position as an offset into the BOM-less text (what the posting model counts). */
export function positionToOffset(document: TextDocument, position: Position, bom = bomLength(document)): number {
  return Math.max(0, document.offsetAt(position) - bom);
}

/** A message's 1-based line/column span as a document range, clamped to the document. */
export function messageRange(document: TextDocument, message: LintMessage, bom = bomLength(document)): Range {
  return {
    start: lineColumn(document, message.line, message.column, bom),
    end: lineColumn(document, message.endLine, message.endColumn, bom),
  };
}

export function fixToEdit(document: TextDocument, fix: Fix, bom = bomLength(document)): TextEdit {
  return {
    range: { start: offsetToPosition(document, fix.range[0], bom), end: offsetToPosition(document, fix.range[1], bom) },
    newText: fix.text,
  };
}

function lineColumn(document: TextDocument, line: number, column: number, bom: number): Position {
  const position = { line: line - 1, character: column - 1 + (line === 1 ? bom : 0) };
  // A round trip clamps a column past the line's end (or a line past the last) to a real position.
  return document.positionAt(document.offsetAt(position));
}
