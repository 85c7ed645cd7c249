import { displayPath } from "./paths.js";
import type { Formatter } from "./types.js";

/**
 * One line a finding, `file:line:col: severity message [rule]`: what grep,
 * vim's quickfix (`:set errorformat=%f:%l:%c:\ %m`) and most editors' problem
 * matchers read. A message's own line breaks become spaces so it stays one line.
 */
export const compact: Formatter = (results, context) => {
  let out = "";
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd);
    for (const m of result.messages) {
      const severity = m.severity === 2 ? "error" : "warning";
      if (m.severity === 2) errors++;
      else warnings++;
      const text = m.message.split(/\r\n|\r|\n/).map((part) => part.trim()).filter(Boolean).join(" ");
      out += `${file}:${m.line}:${m.column}: ${severity} ${text}${m.ruleId ? ` [${m.ruleId}]` : ""}\n`;
    }
  }
  const total = errors + warnings;
  if (total > 0) out += `\n${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})\n`;
  if (context.maxWarningsExceeded) {
    const { maxWarnings, foundWarnings } = context.maxWarningsExceeded;
    out += `jobpostlint found too many warnings (maximum: ${maxWarnings}, found: ${foundWarnings}).\n`;
  }
  return out;
};
