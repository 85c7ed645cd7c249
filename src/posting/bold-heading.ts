import type { Structure } from "./draft.js";
import { isSectionName } from "./section-kind.js";

/** A whole-line bold phrase (Markdown `**...**`, HTML `<p><strong>...</strong></p>`) of at most this many words may introduce a section. */
export const MAX_BOLD_HEADING_WORDS = 8;
/** Bold pseudo-headings rank below every real heading level. */
export const BOLD_HEADING_LEVEL = 7;

/**
 * A bold line that opens the posting (nothing but metadata before it) and names
 * no section is the posting's title, as `# Title` would be: it ranks above the
 * sections instead of below every real heading.
 */
export function markBoldTitle(structure: Pick<Structure, "headings" | "items">): void {
  const first = structure.headings[0];
  if (!first || first.markup !== "bold" || isSectionName(first.text)) return;
  if (structure.items.some((item) => item.line < first.line)) return;
  first.level = 1;
}
