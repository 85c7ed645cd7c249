import type { LintMessage } from "./messages.js";
import { verify, type Verified, type VerifyOptions } from "./lint.js";

export const MAX_FIX_PASSES = 10;

export interface Applied {
  output: string;
  fixed: boolean;
  /** Messages whose fix was not applied in this pass (overlapping or touching another). */
  remaining: LintMessage[];
}

/**
 * ESLint's SourceCodeFixer: fixes sorted by range; a fix that overlaps or even
 * touches the previous one waits for the next pass, so no two edits can
 * interfere. Only the fix ranges change; every other character is copied.
 */
export function applyFixes(text: string, messages: readonly LintMessage[]): Applied {
  const fixable = messages.filter((m) => m.fix).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const remaining = messages.filter((m) => !m.fix);
  let output = "";
  let lastPos = -Infinity;
  let copied = 0;
  for (const m of fixable) {
    const [start, end] = m.fix!.range;
    if (lastPos >= start || start > end) {
      remaining.push(m);
      continue;
    }
    output += text.slice(copied, start) + m.fix!.text;
    copied = end;
    lastPos = end;
  }
  output += text.slice(copied);
  return { output, fixed: output !== text, remaining };
}

export interface FixRun extends Verified {
  output: string;
  fixed: boolean;
  passes: number;
  /** Why fixing stopped early, when it did: a cycle or the pass limit. */
  warning?: string;
}

/**
 * Multipass fixing (ESLint's verifyAndFix): lint, apply, re-parse, re-lint, at
 * most ten passes. A text that comes back to what it was two passes earlier is a
 * cycle and is reported; so is reaching the pass limit with fixes still pending.
 * The returned messages always come from linting the final text with every rule.
 */
export function verifyAndFix(text: string, options: VerifyOptions): FixRun {
  let current = text;
  const history: string[] = [text];
  let result = verify(current, options);
  let passes = 0;
  let warning: string | undefined;
  while (result.messages.some((m) => m.fix)) {
    if (passes >= MAX_FIX_PASSES) {
      warning = `fixes still pending after ${MAX_FIX_PASSES} passes (rules: ${fixRules(result.messages)})`;
      break;
    }
    const applied = applyFixes(current, result.messages);
    if (!applied.fixed) break;
    passes++;
    if (history.length >= 2 && history[history.length - 2] === applied.output) {
      warning = `circular fixes detected after ${passes} passes (rules: ${fixRules(result.messages)}); stopped`;
      current = applied.output;
      result = verify(current, options);
      break;
    }
    history.push(applied.output);
    current = applied.output;
    result = verify(current, options);
  }
  return { ...result, output: current, fixed: current !== text, passes, ...(warning ? { warning } : {}) };
}

function fixRules(messages: readonly LintMessage[]): string {
  return [...new Set(messages.filter((m) => m.fix).map((m) => m.ruleId ?? "directive"))].join(", ");
}
