import { DiagnosticSeverity, type Diagnostic, type TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { LintMessage } from "../engine/messages.js";
import { bomLength, fixToEdit, messageRange } from "./positions.js";

export const SOURCE = "jobpostlint";

/**
 * What a diagnostic carries for its code actions: the edits, already in
 * document positions, and the version they were computed for. The client
 * hands `data` back with `textDocument/codeAction`, so answering needs no
 * re-lint, and an edit for an older version is recognised as stale.
 */
export interface FindingData {
  version: number;
  fix?: TextEdit;
  suggestions?: { desc: string; edit: TextEdit }[];
  /** A rule that threw: no fix and no disable comment make sense. */
  fatal?: boolean;
}

export function toDiagnostic(document: TextDocument, message: LintMessage, docsUrl: (ruleId: string) => string | undefined): Diagnostic {
  const bom = bomLength(document);
  const data: FindingData = { version: document.version };
  if (message.fix) data.fix = fixToEdit(document, message.fix, bom);
  if (message.suggestions?.length) data.suggestions = message.suggestions.map((s) => ({ desc: s.desc, edit: fixToEdit(document, s.fix, bom) }));
  if (message.fatal) data.fatal = true;
  const diagnostic: Diagnostic = {
    range: messageRange(document, message, bom),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    message: message.message,
    data,
  };
  if (message.ruleId) {
    diagnostic.code = message.ruleId;
    const href = docsUrl(message.ruleId);
    if (href) diagnostic.codeDescription = { href };
  }
  return diagnostic;
}

/** A problem that stopped linting (a broken configuration file), shown on the first line rather than lost in a log. */
export function problemDiagnostic(document: TextDocument, text: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: document.positionAt(document.offsetAt({ line: 0, character: Number.MAX_SAFE_INTEGER })) },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: text,
  };
}

export function findingData(diagnostic: Diagnostic): FindingData | undefined {
  const data = diagnostic.data as Partial<FindingData> | undefined;
  return diagnostic.source === SOURCE && data && typeof data.version === "number" ? (data as FindingData) : undefined;
}
