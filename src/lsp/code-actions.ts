import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Posting } from "../posting/types.js";
import { findingData } from "./diagnostics.js";
import { disableLineEdit } from "./disable-comment.js";
import { minimalEdit } from "./text-diff.js";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.jobpostlint`;

/** Whether a request's `only` filter admits `kind` (kinds are hierarchical: "source" admits "source.fixAll.jobpostlint"). */
export function wantsKind(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/**
 * Quick fixes for the diagnostics a client sends back: each finding's fix and
 * suggestions, straight from `Diagnostic.data`, and one "disable for this
 * line" per rule and line. Diagnostics from an older version of the document
 * get none: their edits would land in the wrong place, and fresh ones are on
 * their way.
 */
export function quickFixes(document: TextDocument, diagnostics: readonly Diagnostic[], posting: () => Posting): CodeAction[] {
  const actions: CodeAction[] = [];
  const disabled = new Set<string>();
  // Where a disable comment goes depends on the line's place in the posting: parse once, and only if one is offered.
  let parsed: Posting | undefined;
  for (const diagnostic of diagnostics) {
    const data = findingData(diagnostic);
    if (!data || data.version !== document.version) continue;
    const ruleId = typeof diagnostic.code === "string" ? diagnostic.code : undefined;
    if (data.fix) actions.push(action(document, `Fix this ${ruleId ?? "jobpostlint"} problem`, diagnostic, data.fix, true));
    for (const suggestion of data.suggestions ?? []) actions.push(action(document, suggestion.desc, diagnostic, suggestion.edit, false));
    const line = diagnostic.range.start.line + 1;
    if (!ruleId || data.fatal || disabled.has(`${ruleId}@${line}`)) continue;
    disabled.add(`${ruleId}@${line}`);
    const edit = disableLineEdit(document, (parsed ??= posting()), line, ruleId);
    if (edit) actions.push(action(document, `Disable ${ruleId} for this line`, diagnostic, edit, false));
  }
  return actions;
}

/** "Fix all": the document's text turned into the multipass-fixed `output`, as one minimal edit. */
export function fixAllAction(document: TextDocument, output: string): CodeAction | undefined {
  const edit = minimalEdit(document, output);
  if (!edit) return undefined;
  return { title: "Fix all auto-fixable jobpostlint problems", kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: [edit] } } };
}

function action(document: TextDocument, title: string, diagnostic: Diagnostic, edit: TextEdit, isPreferred: boolean): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    ...(isPreferred ? { isPreferred } : {}),
    edit: { changes: { [document.uri]: [edit] } },
  };
}
