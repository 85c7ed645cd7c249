import type { Action, Diagnostic } from "@codemirror/lint";
import { h } from "./dom.js";
import type { Edit, Finding } from "./protocol.js";

/**
 * The findings as CodeMirror diagnostics: underlines in the text, and a hover
 * card with the message, the rule's documentation link and its fix buttons.
 */
export function toDiagnostics(findings: readonly Finding[], apply: (edit: Edit) => void): Diagnostic[] {
  return findings.map((f) => {
    const actions: Action[] = [];
    if (f.fix) actions.push({ name: "Apply fix", apply: () => apply(f.fix!) });
    for (const s of f.suggestions) actions.push({ name: s.desc, apply: () => apply(s.edit) });
    return {
      from: f.from,
      to: f.to,
      severity: f.severity === 2 ? "error" : "warning",
      message: f.message,
      renderMessage: () => hoverMessage(f),
      actions,
    };
  });
}

function hoverMessage(f: Finding): HTMLElement {
  const rule = f.docsUrl ? h("a", { href: f.docsUrl, target: "_blank", rel: "noopener" }, f.ruleId) : f.ruleId;
  return h("span", {}, h("strong", {}, f.severity === 2 ? "Error: " : "Warning: "), f.message, " ", h("span", { class: "rule-link" }, "(", rule, ")"));
}
