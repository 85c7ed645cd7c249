export type Child = Node | string | null | undefined | false;

/**
 * Makes an element with attributes and children. `false` or undefined
 * attributes are left out and `true` ones set empty, as HTML reads them.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** The element with this id, which the page's HTML must have. */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

/** "1 warning", "3 warnings". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The visible severity: an icon and a word, so colour is never the only signal. */
export function severityBadge(severity: 1 | 2): HTMLElement {
  const [icon, label] = severity === 2 ? ["✖", "Error"] : ["▲", "Warning"];
  return h("span", { class: `severity severity-${severity === 2 ? "error" : "warning"}` }, h("span", { class: "severity-icon", "aria-hidden": "true" }, icon), label);
}
