import { CATEGORIES, CATEGORY_LABELS, pageCategory } from "./categories.js";
import { count, h, severityBadge } from "./dom.js";
import type { Edit, Finding } from "./protocol.js";

export interface FindingActions {
  /** Select the finding's text in the editor. */
  jump(finding: Finding): void;
  /** Apply a fix or a suggestion of the finding at `place` in the list as shown (0 is the first). */
  apply(edit: Edit, place: number): void;
}

/**
 * The findings grouped by category, each a button that jumps to it, with its
 * rule's documentation link and its fix and suggestion buttons.
 * `focusPlace` puts the focus back on the list after a fix rebuilt it, so a
 * keyboard user can go on fixing from where they were.
 */
export function renderFindings(container: HTMLElement, findings: readonly Finding[], empty: boolean, actions: FindingActions, focusPlace?: number): void {
  if (findings.length === 0) {
    container.replaceChildren(h("p", { class: "no-findings" }, empty ? "Paste a posting to see its findings." : "No findings: nothing to fix."));
    return;
  }
  const groups = CATEGORIES.map((category) => ({ category, items: findings.filter((finding) => pageCategory(finding.category) === category) }))
    .filter((g) => g.items.length > 0)
    // Errors first: the categories with the most errors lead, the others keep the summary's order.
    .map((g, rank) => ({ ...g, rank, errors: g.items.filter((finding) => finding.severity === 2).length }))
    .sort((a, b) => b.errors - a.errors || a.rank - b.rank);
  container.replaceChildren(
    ...groups.map(({ category, items }) =>
      h(
        "section",
        { class: "finding-group", "aria-labelledby": `group-${category}` },
        h("h3", { id: `group-${category}` }, `${CATEGORY_LABELS[category]} `, h("span", { class: "group-count" }, `(${count(items.length, "finding")})`)),
        h("ul", { class: "finding-list" }, ...items.map((finding) => findingItem(finding, actions))),
      ),
    ),
  );
  if (focusPlace !== undefined) {
    const buttons = container.querySelectorAll<HTMLButtonElement>(".finding-jump");
    buttons[Math.min(focusPlace, buttons.length - 1)]?.focus();
  }
}

function findingItem(finding: Finding, actions: FindingActions): HTMLLIElement {
  const jump = h(
    "button",
    { type: "button", class: "finding-jump" },
    severityBadge(finding.severity),
    " ",
    h("span", { class: "finding-where" }, `Line ${finding.line}:${finding.column}`),
    " ",
    h("span", { class: "finding-message" }, finding.message),
  );
  jump.addEventListener("click", () => actions.jump(finding));
  const buttons: HTMLButtonElement[] = [];
  if (finding.fix) buttons.push(actionButton("Apply fix", () => actions.apply(finding.fix!, placeOf(item))));
  for (const s of finding.suggestions) buttons.push(actionButton(`Suggestion: ${s.desc}`, () => actions.apply(s.edit, placeOf(item))));
  const rule = finding.docsUrl
    ? h("a", { href: finding.docsUrl, target: "_blank", rel: "noopener", class: "rule-id" }, h("span", { class: "visually-hidden" }, "Rule "), finding.ruleId)
    : h("span", { class: "rule-id" }, finding.ruleId);
  const item = h(
    "li",
    { class: `finding finding-${finding.severity === 2 ? "error" : "warning"}`, "data-rule-id": finding.ruleId, "data-line": finding.line },
    jump,
    h("div", { class: "finding-meta" }, rule, ...buttons),
  );
  return item;
}

/** Where an item stands in the whole list, across the groups. */
function placeOf(item: HTMLLIElement): number {
  const list = item.closest(".findings") ?? item.parentElement!;
  return [...list.querySelectorAll("li.finding")].indexOf(item);
}

function actionButton(label: string, onClick: () => void): HTMLButtonElement {
  const button = h("button", { type: "button", class: "finding-action" }, label);
  button.addEventListener("click", onClick);
  return button;
}
