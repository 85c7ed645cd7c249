import { createHash } from "node:crypto";
import type { LintMessage, LintResult } from "../engine/messages.js";

/**
 * One fingerprint per message of `result`, in order, in GitHub's
 * `primaryLocationLineHash` form (`<16 hex>:<occurrence>`). The hash covers the
 * rule id and the text of the message's line with whitespace normalised; the
 * occurrence counts earlier messages with the same hash. The line number is
 * left out on purpose: inserting a paragraph above a finding must not make
 * code scanning close its alert and open a new one.
 */
export function lineFingerprints(result: LintResult): string[] {
  const lines = sourceLines(result);
  const seen = new Map<string, number>();
  return result.messages.map((message) => {
    const hash = lineHash(message, lines);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}

function lineHash(message: LintMessage, lines: readonly string[] | undefined): string {
  // Without the text (a result built by hand), the message stands in for the line.
  const content = lines?.[message.line - 1] ?? message.message;
  return createHash("sha256")
    .update(`${message.ruleId ?? ""}\0${normalise(content)}`)
    .digest("hex")
    .slice(0, 16);
}

/** Messages point into the fixed text when there is one, else into the source. */
function sourceLines(result: LintResult): string[] | undefined {
  const text = result.output ?? result.source;
  return text?.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
}

/** Indentation, trailing spaces and runs of blanks do not change what a line says. */
function normalise(line: string): string {
  return line.trim().replace(/\s+/g, " ");
}
