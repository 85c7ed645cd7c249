import { LineIndex } from "../posting/lines.js";
import { parsePosting } from "../posting/parse.js";
import type { Format, Posting, Range } from "../posting/types.js";
import { applyDirectives, parseDirectives } from "./directives.js";
import { mergeFixes } from "./fixer.js";
import { respectsMarkup } from "./markup-guard.js";
import { compareMessages, type LintMessage } from "./messages.js";
import type { Fix, ReportDescriptor, Rule } from "./rule.js";

/** A rule switched on, with its severity and resolved options. */
export interface ActiveRule {
  /** The id it runs under (`plugin/rule` for plugins). */
  id: string;
  rule: Rule<any>;
  severity: 1 | 2;
  options: Record<string, unknown>;
}

export interface VerifyOptions {
  filePath?: string;
  format?: Format;
  rules: readonly ActiveRule[];
  settings?: Record<string, unknown>;
  /** Report `jobpostlint-disable` comments that suppress nothing, at this severity. */
  reportUnusedDisableDirectives?: 0 | 1 | 2;
}

export interface Verified {
  posting: Posting;
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
}

/** Parses the text (BOM already removed) once and runs every active rule on the model. */
export function verify(text: string, options: VerifyOptions): Verified {
  const posting = parsePosting(text, {
    ...(options.filePath !== undefined ? { filePath: options.filePath } : {}),
    ...(options.format ? { format: options.format } : {}),
  });
  const index = new LineIndex(posting.lines);
  const messages: LintMessage[] = [];
  // A JSON-LD description is a posting of its own on the same text: every rule reads it too, and the directives of the text cover both.
  for (const p of [posting, ...(posting.embedded ?? [])]) runRules(p, index, options, messages);
  const directives = parseDirectives(posting);
  const applied = applyDirectives(directives, messages);
  const severity = options.reportUnusedDisableDirectives ?? 0;
  if (severity > 0) {
    for (const d of applied.unused) {
      const what = d.rules.length ? ` (no problems were reported from ${d.rules.map((r) => `'${r}'`).join(", ")})` : "";
      applied.messages.push({
        ruleId: null,
        severity: severity as 1 | 2,
        message: `Unused jobpostlint-${d.kind} directive${what}.`,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        fix: { range: d.range, text: "" },
      });
    }
  }
  return { posting, messages: applied.messages.sort(compareMessages), suppressedMessages: applied.suppressed.sort(compareMessages) };
}

function runRules(posting: Posting, index: LineIndex, options: VerifyOptions, messages: LintMessage[]): void {
  for (const active of options.rules) {
    const report = (d: ReportDescriptor) => messages.push(toMessage(active, d, posting, index));
    const before = messages.length;
    try {
      active.rule.create({
        id: active.id,
        posting,
        options: active.options,
        settings: options.settings ?? {},
        filePath: options.filePath,
        format: posting.format,
        report,
      });
    } catch (error) {
      // One broken rule (a plugin's, say) must not hide what the other rules found.
      messages.length = before;
      messages.push(ruleFailure(active.id, error));
    }
  }
}

/** A rule that threw: a fatal message against its id, so the run can name the rule and the file and exit 2. */
function ruleFailure(ruleId: string, error: unknown): LintMessage {
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return { ruleId, fatal: true, severity: 2, message: `rule '${ruleId}' failed: ${reason}`, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function toMessage(active: ActiveRule, d: ReportDescriptor, posting: Posting, index: LineIndex): LintMessage {
  // A plugin's report is checked before it reaches a formatter, where a message that is no string lost the whole report.
  if (typeof d?.message !== "string") throw new Error(`rule '${active.id}' reported a finding without a string message`);
  const where = locate(d, posting, index);
  const message: LintMessage = { ruleId: active.id, severity: active.severity, message: d.message, ...where };
  if (d.fix && (!Array.isArray(d.fix) || d.fix.length > 0)) {
    if (!active.rule.meta.fixable) throw new Error(`rule '${active.id}' reports a fix but its meta.fixable is not set`);
    const fix = prepareFix(d.fix, posting, index);
    if (fix) message.fix = fix;
  }
  if (d.suggestions?.length) {
    if (!active.rule.meta.hasSuggestions) throw new Error(`rule '${active.id}' reports suggestions but its meta.hasSuggestions is not set`);
    const suggestions = d.suggestions.flatMap((s) => {
      const fix = prepareFix(s.fix, posting, index);
      return fix ? [{ desc: s.desc, fix }] : [];
    });
    if (suggestions.length > 0) message.suggestions = suggestions;
  }
  return message;
}

function locate(d: ReportDescriptor, posting: Posting, index: LineIndex): Pick<LintMessage, "line" | "column" | "endLine" | "endColumn"> {
  if (d.range) return rangeLocation(d.range, index);
  // "Line 1" means the posting as a whole: for a posting inside a JSON-LD description, that is the description.
  if (posting.origin && (!d.loc || (d.loc.line === 1 && d.loc.column === undefined))) return rangeLocation(posting.origin, index);
  if (d.loc) {
    const line = posting.lines[Math.min(Math.max(d.loc.line, 1), posting.lines.length) - 1]!;
    const endLine = d.loc.endLine ? posting.lines[Math.min(d.loc.endLine, posting.lines.length) - 1]! : line;
    return {
      line: line.number,
      column: d.loc.column ?? 1,
      endLine: endLine.number,
      endColumn: d.loc.endColumn ?? endLine.end - endLine.start + 1,
    };
  }
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

export function rangeLocation(range: Range, index: LineIndex): Pick<LintMessage, "line" | "column" | "endLine" | "endColumn"> {
  const start = index.position(range.start);
  const end = index.position(range.end);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/**
 * Validates a fix's range and writes its line breaks as the file does: a "\n" in
 * fix text becomes the ending of the line the fix lands on (or the file's most
 * common ending), so CRLF files stay CRLF. A fix that would break HTML or a
 * JSON string (see `respectsMarkup`) is dropped: the finding stays, unfixed.
 */
function prepareFix(fix: Fix | Fix[], posting: Posting, index: LineIndex): Fix | undefined {
  // Each part's line breaks are mapped before the parts merge: the source text a merge copies between them keeps its own endings.
  const parts = (Array.isArray(fix) ? fix : [fix]).map((part) => withLineEndings(part, posting, index));
  if (!parts.every((part) => respectsMarkup(part, posting.markup))) return undefined;
  return parts.length === 1 ? parts[0]! : mergeFixes(posting.text, parts);
}

function withLineEndings(fix: Fix, posting: Posting, index: LineIndex): Fix {
  // A plugin's fix is checked as a whole: one without a string text would write "undefined" into the posting.
  if (!Array.isArray(fix.range)) throw new Error("fix has no range [start, end]");
  if (typeof fix.text !== "string") throw new Error(`fix text is ${fix.text === null ? "null" : typeof fix.text}, not a string`);
  const [start, end] = fix.range;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= posting.text.length)) {
    throw new Error(`fix range [${start}, ${end}] is outside the text (length ${posting.text.length})`);
  }
  if (!/[\r\n]/.test(fix.text)) return fix;
  const eol = index.lineAt(start).eol || dominantEol(posting);
  return { range: fix.range, text: fix.text.replace(/\r\n|\r|\n/g, eol) };
}

function dominantEol(posting: Posting): string {
  const counts = new Map<string, number>();
  for (const l of posting.lines) if (l.eol) counts.set(l.eol, (counts.get(l.eol) ?? 0) + 1);
  let best = "\n";
  let bestCount = 0;
  for (const [eol, n] of counts) if (n > bestCount) [best, bestCount] = [eol, n];
  return best;
}
