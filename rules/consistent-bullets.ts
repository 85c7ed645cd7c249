import { replaceRange } from "../src/engine/fixer.js";
import { defineRule, type Fix, type RuleContext } from "../src/engine/rule.js";
import { LineIndex } from "../src/posting/lines.js";
import { containsOffset } from "../src/posting/ranges.js";
import type { Item, Posting, Range, TextView } from "../src/posting/types.js";
import type { Block } from "../src/posting/outline.js";
import { eachBlock, listDepth } from "./lib/outline.js";

/** Bullets as pasted from word processors; in Markdown they are text, not list markers. */
const PSEUDO_BULLET = /^([ \t]*)([•·▪◦●○‣∙])[ \t]/;
const TAB_WIDTH = 4;

/** One bullet (plain text) or one whole list (Markdown, where a list's items share one marker). */
interface Use {
  marker: string;
  /** Nesting level: Word's "•", "o", "▪" levels and Markdown's sublist markers are a style, not a mix. */
  depth: number;
  /** Offsets of the marker characters to rewrite. */
  markers: number[];
  /** Whether rewriting keeps the structure (always in plain text). */
  safe: boolean;
  /** A Markdown line that only looks like a list item: the marker can be offered, not fixed. */
  pseudo?: boolean;
}

export default defineRule({
  meta: {
    id: "consistent-bullets",
    description: "Bullet markers of one posting mixed (-, *, •, ·, o, >); the fix uses the dominant one, level by level",
    category: "formatting",
    recommended: "warn",
    fixable: true,
    hasSuggestions: true,
    examples: {
      valid: [
        { name: "one marker throughout", text: "Responsibilities\n- Build dashboards\n- Ship weekly\n\nBenefits\n- Health insurance\n" },
        {
          name: "Word's levels: • for items, o for sub-items",
          text: "Responsibilities\n• Lead product work:\n\to for startups\n\to for large integrations\n• Mentor designers\n",
        },
        { name: "numbered lists are not bullets", filePath: "example.md", text: "- Build dashboards\n\n1. Apply\n2. Interview\n" },
      ],
      invalid: [
        {
          name: "a stray Word bullet in a plain-text posting",
          text: "Responsibilities\n- Build dashboards\n- Ship weekly\n• Mentor designers\n",
          messages: [{ line: 4, column: 1, message: "Bullet '•' where this posting uses '-'" }],
          output: "Responsibilities\n- Build dashboards\n- Ship weekly\n- Mentor designers\n",
        },
        {
          name: "a Markdown list with another marker is rewritten whole",
          filePath: "example.md",
          text: "## Role\r\n\r\n- Build dashboards\r\n- Ship weekly\r\n\r\n## Benefits\r\n\r\n* Health insurance\r\n* Dental\r\n\r\n## Perks\r\n\r\n- Laptop\r\n",
          messages: [{ line: 8, column: 1, message: "List marker '*' where this posting's lists use '-'" }],
          output: "## Role\r\n\r\n- Build dashboards\r\n- Ship weekly\r\n\r\n## Benefits\r\n\r\n- Health insurance\r\n- Dental\r\n\r\n## Perks\r\n\r\n- Laptop\r\n",
        },
        {
          name: "two adjacent Markdown lists would merge into one: reported, not fixed",
          filePath: "example.md",
          text: "- Build dashboards\n- Ship weekly\n- Review designs\n* Health insurance\n",
          messages: [{ line: 4, column: 1, message: "List marker '*' where this posting's lists use '-' (not fixed: the list would merge with the one beside it)" }],
        },
        {
          name: "a Word bullet in Markdown is a paragraph: a suggestion makes it a list item",
          filePath: "example.md",
          text: "- Build dashboards\n- Ship weekly\n\n• Mentor designers\n",
          messages: [{ line: 4, column: 1, message: "'•' is not a Markdown list marker; this posting's lists use '-'" }],
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    const uses = posting.format === "markdown" ? markdownUses(posting) : plainTextUses(posting);
    const byDepth = new Map<number, Use[]>();
    for (const use of uses) {
      const group = byDepth.get(use.depth);
      if (group) group.push(use);
      else byDepth.set(use.depth, [use]);
    }
    for (const group of byDepth.values()) {
      const target = dominant(group.filter((u) => !u.pseudo));
      if (target === undefined) continue;
      for (const use of group) if (use.marker !== target) report(context, use, target);
    }
  },
});

/** The marker most bullets use (counted per marker, not per list); the earlier one on a tie. */
function dominant(uses: readonly Use[]): string | undefined {
  const counts = new Map<string, number>();
  for (const u of uses) counts.set(u.marker, (counts.get(u.marker) ?? 0) + u.markers.length);
  let best: string | undefined;
  for (const [marker, n] of counts) if (best === undefined || n > counts.get(best)!) best = marker;
  return best;
}

function report(context: RuleContext, use: Use, target: string): void {
  // A Markdown list is one finding: its range runs from the first marker to the last one it rewrites.
  const range: Range = { start: use.markers[0]!, end: use.markers[use.markers.length - 1]! + use.marker.length };
  const fixes: Fix[] = use.markers.map((o) => replaceRange({ start: o, end: o + use.marker.length }, target));
  if (use.pseudo) {
    context.report({
      message: `'${use.marker}' is not a Markdown list marker; this posting's lists use '${target}'`,
      range,
      suggestions: [{ desc: `Make it a list item ('${target} ')`, fix: fixes }],
    });
  } else if (context.posting.format !== "markdown") {
    // A bullet typed into HTML text is reported only: the list it belongs to is better made a <ul>, which no text edit does.
    const fix = context.posting.view ? {} : { fix: fixes };
    context.report({ message: `Bullet '${use.marker}' where this posting uses '${target}'`, range, ...fix });
  } else if (use.safe) {
    context.report({ message: `List marker '${use.marker}' where this posting's lists use '${target}'`, range, fix: fixes });
  } else {
    context.report({
      message: `List marker '${use.marker}' where this posting's lists use '${target}' (not fixed: the list would merge with the one beside it)`,
      range,
    });
  }
}

function plainTextUses(posting: Posting): Use[] {
  const index = new LineIndex(posting.lines);
  const bullets = posting.items.flatMap((item) => {
    if (item.kind !== "list-item" || !item.marker || !isBullet(item.marker)) return [];
    if (posting.view) return [{ marker: item.marker, width: 0, offset: typedMarkerOffset(posting.view, item) }];
    const line = index.lineAt(item.range.start);
    return [{ marker: item.marker, width: columns(line.indent), offset: line.start + line.indent.length }];
  });
  const widths = [...new Set(bullets.map((b) => b.width))].sort((a, b) => a - b);
  return bullets.map((b) => ({ marker: b.marker, depth: widths.indexOf(b.width), markers: [b.offset], safe: true }));
}

/** HTML: a bullet typed at the start of a view line ("• Build<br>• Ship"), found back from where the item's text starts. */
function typedMarkerOffset(view: TextView, item: Item): number {
  let at = view.viewOffset(item.range.start);
  while (at > 0 && /[ \t]/.test(view.text[at - 1]!)) at--;
  return view.sourceStart(Math.max(0, at - item.marker!.length));
}

function markdownUses(posting: Posting): Use[] {
  const uses: Use[] = [];
  const index = new LineIndex(posting.lines);
  const siblings = new SiblingIndex();
  eachBlock(posting, "list", (list) => {
    if (list.ordered || list.children.length === 0) return;
    const markers = list.children.map((item) => item.start);
    if (markers.some((o) => containsOffset(posting.nonProse, o))) return;
    uses.push({
      marker: posting.text[markers[0]!]!,
      depth: listDepth(list),
      markers,
      safe: isRewritable(posting, index, siblings, list),
    });
  });
  for (const line of posting.lines) {
    const m = PSEUDO_BULLET.exec(line.text);
    const offset = line.start + (m?.[1]!.length ?? 0);
    if (!m || containsOffset(posting.nonProse, offset)) continue;
    uses.push({ marker: m[2]!, depth: 0, markers: [offset], safe: false, pseudo: true });
  }
  return uses;
}

/**
 * A different bullet character starts a new list in CommonMark, so a list can
 * take another marker only as a whole, and only when no bullet list stands
 * right beside it (the two would merge). An empty item or an item that would
 * read as a thematic break ("- - -") is left alone too.
 */
function isRewritable(posting: Posting, index: LineIndex, siblings: SiblingIndex, list: Block): boolean {
  const parent = list.parent;
  if (parent) {
    const i = siblings.indexOf(parent, list);
    for (const sibling of [parent.children[i - 1], parent.children[i + 1]]) {
      if (sibling?.type === "list" && !sibling.ordered) return false;
    }
  }
  return list.children.every((item) => {
    if (item.children.length === 0) return false;
    const start = item.start;
    const rest = posting.text.slice(start + 1, index.lineAt(start).end);
    return !/^(?:[ \t]*[-*_]){2,}[ \t]*$/.test(rest);
  });
}

/** A node's place among its siblings, indexed once per parent (no scan per node). */
class SiblingIndex {
  private readonly byParent = new WeakMap<Block, Map<Block, number>>();

  indexOf(parent: Block, node: Block): number {
    let map = this.byParent.get(parent);
    if (!map) {
      map = new Map(parent.children.map((c, i) => [c, i]));
      this.byParent.set(parent, map);
    }
    return map.get(node) ?? -1;
  }
}

function isBullet(marker: string): boolean {
  return !/^(?:\d|[a-z][.)])/.test(marker);
}

function columns(indent: string): number {
  let width = 0;
  for (const c of indent) width = c === "\t" ? width + TAB_WIDTH - (width % TAB_WIDTH) : width + 1;
  return width;
}
