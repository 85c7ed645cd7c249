import type { LintMessage } from "../engine/messages.js";
import { displayPath } from "./paths.js";
import type { Formatter } from "./types.js";

/**
 * JUnit XML, the report format CI servers chart: a `<testsuite>` a file and a
 * `<testcase>` a finding (its `<failure>` typed error or warning, as ESLint's
 * junit formatter does); a file without findings is one passing test case, so
 * a clean run still reports what it checked.
 */
export const junit: Formatter = (results, context) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd);
    const cases = result.messages.length
      ? result.messages.map((m) => failedCase(m, file))
      : [`    <testcase name="${attr(file)}" classname="${attr(file)}" time="0"/>`];
    tests += cases.length;
    failures += result.messages.length;
    suites.push(
      `  <testsuite name="${attr(file)}" tests="${cases.length}" failures="${result.messages.length}" errors="0" skipped="0" time="0">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  const body = suites.length ? `\n${suites.join("\n")}\n` : "\n";
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jobpostlint" tests="${tests}" failures="${failures}" errors="0" time="0">${body}</testsuites>\n`;
};

function failedCase(m: LintMessage, file: string): string {
  const severity = m.severity === 2 ? "error" : "warning";
  const rule = m.ruleId ?? "jobpostlint";
  const detail = `${file}:${m.line}:${m.column}: ${severity} ${m.message}${m.ruleId ? ` [${m.ruleId}]` : ""}`;
  return [
    `    <testcase name="${attr(`${m.line}:${m.column} ${rule}`)}" classname="${attr(file)}" time="0">`,
    `      <failure message="${attr(m.message)}" type="${severity}">${text(detail)}</failure>`,
    `    </testcase>`,
  ].join("\n");
}

/**
 * Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates,
 * U+FFFE and U+FFFF), even as character references: a posting pasted from
 * Word can carry them into a message, so they are written as `\uXXXX` text.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(s: string): string {
  return s
    .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Attribute values also escape quotes, and keep line breaks and tabs as references (a parser would normalise them to spaces). */
function attr(s: string): string {
  return text(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
