import { verifyAndFix } from "./fix.js";
import { verify, type VerifyOptions } from "./lint.js";
import { countMessages, type LintResult } from "./messages.js";

const BOM = "\uFEFF";

export interface LintSourceOptions extends VerifyOptions {
  fix?: boolean;
}

/**
 * Lints (and with `fix`, fixes) one source text. A leading BOM is set aside
 * before parsing and put back on the output, so offsets never count it and a
 * fix can neither lose nor repeat it.
 */
export function lintSource(source: string, options: LintSourceOptions): LintResult {
  const bom = source.startsWith(BOM);
  const text = bom ? source.slice(1) : source;
  const run = options.fix ? verifyAndFix(text, options) : { ...verify(text, options), output: text, fixed: false, warning: undefined };
  const result: LintResult = {
    filePath: options.filePath ?? "<text>",
    messages: run.messages,
    suppressedMessages: run.suppressedMessages,
    ...countMessages(run.messages),
  };
  if (run.fixed) result.output = (bom ? BOM : "") + run.output;
  else if (run.messages.length > 0) result.source = source;
  if (run.warning) result.fixWarning = run.warning;
  return result;
}
