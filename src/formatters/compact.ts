import { displayPath } from "./paths.js";
import { streamed } from "./streamed.js";

/**
 * One line a finding, `file:line:col: severity message [rule]`: what grep,
 * vim's quickfix (`:set errorformat=%f:%l:%c:\ %m`) and most editors' problem
 * matchers read. A message's own line breaks become spaces so it stays one line.
 */
export const compact = streamed((context) => {
  let errors = 0;
  let warnings = 0;
  return {
    file(result) {
      const file = displayPath(result.filePath, context.cwd);
      let out = "";
      for (const m of result.messages) {
        const severity = m.severity === 2 ? "error" : "warning";
        if (m.severity === 2) errors++;
        else warnings++;
        const text = m.message.split(/\r\n|\r|\n/).map((part) => part.trim()).filter(Boolean).join(" ");
        out += `${file}:${m.line}:${m.column}: ${severity} ${text}${m.ruleId ? ` [${m.ruleId}]` : ""}\n`;
      }
      return out;
    },
    end(maxWarningsExceeded) {
      let out = "";
      const total = errors + warnings;
      if (total > 0) out += `\n${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})\n`;
      if (maxWarningsExceeded) {
        const { maxWarnings, foundWarnings } = maxWarningsExceeded;
        out += `jobpostlint found too many warnings (maximum: ${maxWarnings}, found: ${foundWarnings}).\n`;
      }
      return out;
    },
  };
});
