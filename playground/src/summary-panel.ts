import { CATEGORY_LABELS } from "./categories.js";
import { count, h } from "./dom.js";
import { ERROR_COST, WARNING_COST, type CategoryScore } from "./scores.js";

/** How the scores are made, in words, for the note under them. */
export const SCORE_RULE = `Each category starts at 100 and loses ${ERROR_COST} points per error and ${WARNING_COST} per warning.`;

/** One card per category: the score as a number and in words, and a bar that only repeats them. */
export function renderScores(list: HTMLElement, scores: readonly CategoryScore[]): void {
  list.replaceChildren(
    ...scores.map(({ category, score, errors, warnings }) => {
      const detail = score === undefined ? "All rules off" : errors + warnings === 0 ? "No findings" : [errors ? count(errors, "error") : "", warnings ? count(warnings, "warning") : ""].filter(Boolean).join(", ");
      const grade = score === undefined ? "off" : score === 100 ? "clean" : score >= 60 ? "fair" : "poor";
      return h(
        "li",
        { class: `score score-${grade}`, "data-category": category },
        h("span", { class: "score-name" }, CATEGORY_LABELS[category]),
        h("span", { class: "score-value" }, score === undefined ? "–" : String(score), h("span", { class: "score-scale" }, score === undefined ? "" : "/100")),
        h("span", { class: "score-bar", "aria-hidden": "true" }, h("span", { class: "score-fill", style: `width: ${score ?? 0}%` })),
        h("span", { class: "score-detail" }, detail),
      );
    }),
  );
}
