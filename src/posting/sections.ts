import type { ItemDraft } from "./draft.js";
import { sectionKindOf } from "./section-kind.js";
import type { Field, Heading, Item, Section } from "./types.js";

/**
 * Builds the section tree: a section is a heading plus what follows it, up to
 * the next heading of the same or a higher level. Content before the first
 * heading (items or metadata) forms a level-0 preamble section. A sub-section whose own heading names
 * no kind takes its parent's ("### Technical" under "## Requirements").
 */
export function buildSections(
  headings: readonly Heading[],
  drafts: readonly ItemDraft[],
  textLength: number,
  title: Heading | undefined,
  fields: readonly Field[] = [],
): { sections: Section[]; items: Item[] } {
  const sections: Section[] = [];
  const firstStart = headings[0]?.range.start ?? textLength;
  // Metadata lines alone make a preamble too: "Experience: 5+ years" above the first heading is read as a requirement.
  const preamble: Section | undefined = drafts.some((d) => d.range.start < firstStart) || fields.some((f) => f.range.start < firstStart)
    ? { kind: "other", range: { start: 0, end: firstStart }, items: [], children: [], level: 0 }
    : undefined;
  if (preamble) sections.push(preamble);

  const open: Section[] = [];
  for (const heading of headings) {
    while (open.length > 0 && open[open.length - 1]!.level >= heading.level) {
      open.pop()!.range.end = heading.range.start;
    }
    const parent = open[open.length - 1];
    let kind = sectionKindOf(heading.text);
    if (kind === "other" && parent && parent.heading !== title) kind = parent.kind;
    const section: Section = {
      heading,
      kind,
      range: { start: heading.range.start, end: textLength },
      items: [],
      children: [],
      level: heading.level,
      ...(parent ? { parent } : {}),
    };
    parent?.children.push(section);
    sections.push(section);
    open.push(section);
  }

  const items: Item[] = [];
  const headed = sections.filter((s) => s.heading);
  let h = -1;
  for (const draft of [...drafts].sort((a, b) => a.range.start - b.range.start)) {
    while (h + 1 < headed.length && headed[h + 1]!.range.start <= draft.range.start) h++;
    const section = h >= 0 ? headed[h]! : preamble!;
    const item: Item = { ...draft, section };
    section.items.push(item);
    items.push(item);
  }
  return { sections, items };
}

/** The innermost section holding an offset (the preamble before the first heading, if there is one), for offsets visited in increasing order. */
export class SectionCursor {
  private readonly headed: Section[];
  private readonly preamble: Section | undefined;
  private next = 0;
  private current: Section | undefined;

  constructor(sections: readonly Section[]) {
    this.headed = sections.filter((s) => s.heading);
    this.preamble = sections.find((s) => !s.heading);
  }

  at(offset: number): Section | undefined {
    while (this.next < this.headed.length && this.headed[this.next]!.range.start <= offset) this.current = this.headed[this.next++];
    let s = this.current;
    while (s && s.range.end <= offset) s = s.parent;
    return s ?? (this.preamble && offset < this.preamble.range.end ? this.preamble : undefined);
  }
}
