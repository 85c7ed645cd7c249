import type { BranchSegment, TemplateCondition } from "./types.js";

/**
 * Where the text stands inside Liquid/Jinja branches (`{% if %}`, `{% elsif %}`,
 * `{% else %}`, `{% unless %}`, `{% case %}`/`{% when %}`): each segment lists the
 * conditions that must hold for it to render. Two places whose conditions
 * contradict (the `if` and `else` branches of one block, or
 * `{% if page.state == 'upcoming' %}` and `{% if page.state != 'upcoming' %}`)
 * never render together. Found by one linear scan over the template tags;
 * tags inside `{% comment %}` and `{% raw %}` blocks are skipped (Liquid runs
 * inside HTML comments, so those count).
 */
export function findTemplateBranches(text: string): BranchSegment[] {
  const segments: BranchSegment[] = [];
  const stack: { conditions: TemplateCondition[]; previous: TemplateCondition[]; subject?: string }[] = [];
  let segmentStart = 0;
  const current = (): TemplateCondition[] => {
    const out: TemplateCondition[] = [];
    for (let i = 0; i < stack.length && i < MAX_CONDITIONS; i++) {
      for (const c of stack[i]!.conditions) {
        if (out.length === MAX_CONDITIONS) return out;
        out.push(c);
      }
    }
    return out;
  };
  const cut = (at: number) => {
    const conditions = current();
    if (at > segmentStart && conditions.length > 0) segments.push({ start: segmentStart, end: at, conditions });
    segmentStart = at;
  };
  const TAG = /\{%-?\s*(if|unless|elsif|elif|else|endif|endunless|case|when|endcase|comment|raw)\b([^%]*?)-?%\}/g;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const word = m[1]!;
    if (word === "comment" || word === "raw") {
      const close = new RegExp(`\\{%-?\\s*end${word}\\b[^%]*%\\}`, "g");
      close.lastIndex = TAG.lastIndex;
      const end = close.exec(text);
      if (!end) break;
      TAG.lastIndex = end.index + end[0].length;
      continue;
    }
    const arg = m[2]!.trim();
    if (word === "if" || word === "unless") {
      cut(m.index + m[0].length);
      const c = condition(arg, word === "unless");
      stack.push({ conditions: [c], previous: [c] });
    } else if (word === "case") {
      cut(m.index + m[0].length);
      stack.push({ conditions: [], previous: [], subject: normalise(arg) });
    } else if (word === "elsif" || word === "elif" || word === "when") {
      const block = stack[stack.length - 1];
      if (!block) continue;
      cut(m.index);
      const c = word === "when" ? { test: `${block.subject} == ${normalise(arg)}`, negated: false } : condition(arg, false);
      block.conditions = [...block.previous.map(negate), c];
      if (block.previous.length < MAX_CONDITIONS) block.previous = [...block.previous, c];
      segmentStart = m.index + m[0].length;
    } else if (word === "else") {
      const block = stack[stack.length - 1];
      if (!block) continue;
      cut(m.index);
      block.conditions = block.previous.map(negate);
      segmentStart = m.index + m[0].length;
    } else if (stack.length > 0) {
      cut(m.index);
      stack.pop();
      segmentStart = m.index + m[0].length;
    }
  }
  cut(text.length);
  return segments;
}

/**
 * The conditions a segment keeps, outermost first, and the blocks and
 * `elsif` arms read for them. Real templates nest a few levels; deeper
 * conditions are dropped, which can only make two places look as if they might
 * render together (a finding kept, never one lost), and keeps the scan linear:
 * 20,000 unclosed `{% if %}` tags took 28 s and 2 GB when every segment copied
 * the whole stack.
 */
const MAX_CONDITIONS = 64;

/** Whether two offsets stand in branches that can never render together. */
export function inExclusiveBranches(segments: readonly BranchSegment[], a: number, b: number): boolean {
  const ca = segmentAt(segments, a)?.conditions;
  const cb = segmentAt(segments, b)?.conditions;
  if (!ca || !cb) return false;
  return ca.some((x) => cb.some((y) => x.test === y.test && x.negated !== y.negated));
}

function segmentAt(segments: readonly BranchSegment[], offset: number): BranchSegment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** `a != b` is the negation of `a == b`; `unless c` of `if c`. */
function condition(arg: string, negated: boolean): TemplateCondition {
  const text = normalise(arg);
  const ne = text.indexOf(" != ");
  if (ne > 0) return { test: `${text.slice(0, ne)} == ${text.slice(ne + 4)}`, negated: !negated };
  return { test: text, negated };
}

function negate(c: TemplateCondition): TemplateCondition {
  return { test: c.test, negated: !c.negated };
}

function normalise(s: string): string {
  return s.replace(/"/g, "'").replace(/\s+/g, " ").replace(/ ?(==|!=) ?/g, " $1 ").trim();
}
