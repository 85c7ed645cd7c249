import { Chalk } from "chalk";
import { displayPath } from "./paths.js";
import { streamed } from "./streamed.js";

/** ESLint's stylish: a block per file, aligned columns, and a summary counting fixable problems. */
export const stylish = streamed((context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  return {
    file(result) {
      if (result.messages.length === 0) return "";
      errors += result.errorCount;
      warnings += result.warningCount;
      fixableErrors += result.fixableErrorCount;
      fixableWarnings += result.fixableWarningCount;
      const rows = result.messages.map((m) => [
        `${m.line}:${m.column}`,
        m.severity === 2 ? "error" : "warning",
        m.message.replace(/([^ ])\.$/, "$1"),
        m.ruleId ?? "",
      ]);
      // A loop, not Math.max(...): a file with some 120,000 findings overflowed the call stack.
      const widths = [0, 1, 2].map((i) => rows.reduce((width, row) => Math.max(width, row[i]!.length), 0));
      let out = `\n${c.underline(displayPath(result.filePath, context.cwd))}\n`;
      for (const [pos, sev, message, rule] of rows) {
        const sevText = sev === "error" ? c.red(sev!.padEnd(widths[1]!)) : c.yellow(sev!.padEnd(widths[1]!));
        out += `  ${c.dim(pos!.padStart(widths[0]!))}  ${sevText}  ${message!.padEnd(widths[2]!)}  ${c.dim(rule)}\n`;
      }
      return out;
    },
    end(maxWarningsExceeded) {
      let out = "";
      const total = errors + warnings;
      if (total > 0) {
        const summary = `\u2716 ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
        out += `\n${errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary)}\n`;
        if (fixableErrors + fixableWarnings > 0) {
          out += c.dim(`  ${fixableErrors} error${fixableErrors === 1 ? "" : "s"} and ${fixableWarnings} warning${fixableWarnings === 1 ? "" : "s"} potentially fixable with the \`--fix\` option.`) + "\n";
        }
      }
      if (maxWarningsExceeded) {
        const { maxWarnings, foundWarnings } = maxWarningsExceeded;
        out += `\n${c.red.bold(`jobpostlint found too many warnings (maximum: ${maxWarnings}, found: ${foundWarnings}).`)}\n`;
      }
      return out;
    },
  };
});
