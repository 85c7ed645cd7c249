import type { LintMessage } from "../engine/messages.js";
import { relativePosixPath } from "./paths.js";
import { streamed } from "./streamed.js";

/** GitHub keeps this many error and this many warning annotations per step and silently drops the rest. */
export const GITHUB_ANNOTATION_LIMIT = 10;

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation a
 * finding, placed on its file, lines and columns. All are printed (the log
 * keeps them); when there are more than GitHub shows, a last warning says how
 * many annotations it will drop, so a clean-looking pull request is not mistaken for a clean run.
 */
export const github = streamed((context) => {
  let errors = 0;
  let warnings = 0;
  return {
    file(result) {
      const file = relativePosixPath(result.filePath, context.cwd) ?? (result.filePath.startsWith("<") ? undefined : result.filePath);
      let out = "";
      for (const message of result.messages) {
        if (message.severity === 2) errors++;
        else warnings++;
        out += annotation(message, file) + "\n";
      }
      return out;
    },
    end() {
      const dropped = Math.max(0, errors - GITHUB_ANNOTATION_LIMIT) + Math.max(0, warnings - GITHUB_ANNOTATION_LIMIT);
      if (dropped === 0) return "";
      const summary =
        `${dropped} more annotation${dropped === 1 ? "" : "s"} than GitHub shows (at most ${GITHUB_ANNOTATION_LIMIT} errors and ${GITHUB_ANNOTATION_LIMIT} warnings a step): ` +
        `${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"} in all; the job log lists every one.`;
      return `::warning title=${escapeProperty("jobpostlint")}::${escapeData(summary)}\n`;
    },
  };
});

function annotation(m: LintMessage, file: string | undefined): string {
  const properties: [string, string | number][] = [
    ...(file !== undefined ? ([["file", file]] as [string, string][]) : []),
    ["line", m.line],
    ["endLine", m.endLine],
    ["col", m.column],
    ["endColumn", m.endColumn],
    ["title", m.ruleId ? `jobpostlint (${m.ruleId})` : "jobpostlint"],
  ];
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${m.severity === 2 ? "error" : "warning"} ${props}::${escapeData(m.message)}`;
}

/** A workflow command's message: `%`, CR and LF are percent-encoded (actions/toolkit `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A workflow command's property value: as a message, and `:` and `,` too, which would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
