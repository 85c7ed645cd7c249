import type { RuleCategory } from "../../src/engine/rule.js";

/** The five categories the page scores and groups findings by. */
export const CATEGORIES = ["structure", "consistency", "formatting", "language", "compliance"] as const;
export type PageCategory = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<PageCategory, string> = {
  structure: "Structure",
  consistency: "Consistency",
  formatting: "Formatting",
  language: "Language",
  compliance: "Compliance",
};

/**
 * "headline" marks jobpostlint's flagship check (experience-contradiction), not
 * a kind of problem of its own: it finds requirements that contradict each
 * other, so the page counts and lists it under consistency.
 */
export function pageCategory(category: RuleCategory): PageCategory {
  return category === "headline" ? "consistency" : category;
}
