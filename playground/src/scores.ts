import { CATEGORIES, pageCategory, type PageCategory } from "./categories.js";
import type { Finding, RuleInfo } from "./protocol.js";

export interface CategoryScore {
  category: PageCategory;
  /** 0 to 100, or undefined when every rule of the category is off (nothing was checked). */
  score: number | undefined;
  errors: number;
  warnings: number;
}

/** What one finding costs a category's score: an error weighs as much as four warnings. */
export const ERROR_COST = 20;
export const WARNING_COST = 5;

/** A score per category: 100 less the cost of its findings, never below 0. */
export function scoreCategories(findings: readonly Finding[], rulesOn: ReadonlySet<string>, catalogue: readonly RuleInfo[]): CategoryScore[] {
  return CATEGORIES.map((category) => {
    const mine = findings.filter((f) => pageCategory(f.category) === category);
    const errors = mine.filter((f) => f.severity === 2).length;
    const warnings = mine.length - errors;
    const checked = catalogue.some((rule) => pageCategory(rule.category) === category && rulesOn.has(rule.id));
    return { category, score: checked ? Math.max(0, 100 - ERROR_COST * errors - WARNING_COST * warnings) : undefined, errors, warnings };
  });
}
