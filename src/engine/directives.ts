import { LineIndex } from "../posting/lines.js";
import type { Posting } from "../posting/types.js";
import type { LintMessage } from "./messages.js";

export type DirectiveKind = "disable" | "enable" | "disable-line" | "disable-next-line";

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  justification: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The comment's offsets, for the fix that removes an unused one. */
  range: [number, number];
}

const DIRECTIVE = /^\s*jobpostlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

/**
 * `<!-- jobpostlint-disable [rule ...] [-- reason] -->` and its -enable,
 * -disable-line and -disable-next-line forms, in Markdown and plain text alike.
 */
export function parseDirectives(posting: Posting): Directive[] {
  const { text } = posting;
  const index = new LineIndex(posting.lines);
  const out: Directive[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf("<!--", from);
    if (open < 0) break;
    const close = text.indexOf("-->", open + 4);
    if (close < 0) break;
    from = close + 3;
    const m = DIRECTIVE.exec(text.slice(open + 4, close));
    if (!m) continue;
    const [body = "", justification = ""] = m[2]!.split(/\s--\s|\s--$/, 2);
    const start = index.position(open);
    const end = index.position(close + 3);
    out.push({
      kind: m[1] as DirectiveKind,
      rules: body.split(/[\s,]+/).filter(Boolean),
      justification: justification.trim(),
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      range: [open, close + 3],
    });
  }
  return out;
}

interface Applied {
  messages: LintMessage[];
  suppressed: LintMessage[];
  unused: Directive[];
}

/**
 * Moves the messages that directives turn off to `suppressed` (ESLint's
 * apply-disable-directives, as a sweep over positions: linear after sorting).
 */
export function applyDirectives(directives: readonly Directive[], messages: readonly LintMessage[]): Applied {
  const used = new Set<Directive>();
  const lineDirectives = new Map<number, Directive[]>();
  const blocks: Directive[] = [];
  for (const d of directives) {
    if (d.kind === "disable-line") push(lineDirectives, d.line, d);
    else if (d.kind === "disable-next-line") push(lineDirectives, d.endLine + 1, d);
    else blocks.push(d);
  }
  const sorted = [...messages].sort((a, b) => a.line - b.line || a.column - b.column);
  const kept: LintMessage[] = [];
  const suppressed: LintMessage[] = [];
  let allOff: Directive | undefined;
  const offRules = new Map<string, Directive>();
  const exceptions = new Set<string>();
  let next = 0;
  for (const message of sorted) {
    while (next < blocks.length && before(blocks[next]!, message)) {
      const d = blocks[next++]!;
      if (d.kind === "disable") {
        if (d.rules.length === 0) {
          allOff = d;
          offRules.clear();
          exceptions.clear();
        } else for (const r of d.rules) {
          offRules.set(r, d);
          exceptions.delete(r);
        }
      } else if (d.rules.length === 0) {
        allOff = undefined;
        offRules.clear();
        exceptions.clear();
      } else for (const r of d.rules) {
        offRules.delete(r);
        if (allOff) exceptions.add(r);
      }
    }
    const id = message.ruleId;
    const by =
      id === null
        ? undefined
        : (lineDirectives.get(message.line)?.find((d) => d.rules.length === 0 || d.rules.includes(id)) ??
          offRules.get(id) ??
          (allOff && !exceptions.has(id) ? allOff : undefined));
    if (by) {
      used.add(by);
      suppressed.push({ ...message, suppressions: [{ kind: "directive", justification: by.justification }] });
    } else kept.push(message);
  }
  return { messages: kept, suppressed, unused: directives.filter((d) => d.kind !== "enable" && !used.has(d)) };
}

function before(d: Directive, m: LintMessage): boolean {
  return d.line < m.line || (d.line === m.line && d.column <= m.column);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
