import type { SeverityName } from "../../src/engine/rule.js";
import type { RulesConfig } from "../../src/engine/rules-config.js";
import { CATEGORIES, CATEGORY_LABELS, pageCategory } from "./categories.js";
import { h } from "./dom.js";
import { optionField, type OptionField } from "./option-fields.js";
import type { RuleInfo } from "./protocol.js";
import { optionsOf, severityOf, withOptions, withSeverity } from "./settings.js";

const SEVERITY_LABELS: Record<SeverityName, string> = { off: "Off", warn: "Warning", error: "Error" };

export interface SettingsView {
  /** Shows, next to each rule, why its settings were not used (or clears the note). */
  showErrors(errors: Readonly<Record<string, string>>): void;
}

/**
 * Every rule by category: its severity, its options, its description and
 * documentation. Each change goes out at once as a whole new `rules` object.
 */
export function renderSettings(container: HTMLElement, catalogue: readonly RuleInfo[], rules: RulesConfig, onChange: (rules: RulesConfig) => void): SettingsView {
  let current = rules;
  const update = (next: RulesConfig) => {
    current = next;
    onChange(next);
  };
  const notes = new Map<string, HTMLElement>();
  container.replaceChildren(
    ...CATEGORIES.map((category) =>
      h(
        "fieldset",
        { class: "rule-category" },
        h("legend", {}, CATEGORY_LABELS[category]),
        ...catalogue.filter((rule) => pageCategory(rule.category) === category).map((rule) => ruleSetting(rule)),
      ),
    ),
  );
  return {
    showErrors(errors) {
      for (const [id, note] of notes) {
        note.textContent = errors[id] ? `Not applied: ${errors[id]}` : "";
        note.hidden = !errors[id];
      }
    },
  };

  function ruleSetting(rule: RuleInfo): HTMLElement {
    const severityId = `severity-${rule.id}`;
    const descriptionId = `description-${rule.id}`;
    const select = h(
      "select",
      { id: severityId, "aria-describedby": descriptionId },
      ...(["off", "warn", "error"] as const).map((s) =>
        h("option", { value: s, selected: s === severityOf(rule, current) }, SEVERITY_LABELS[s] + (s === rule.recommended ? " (recommended)" : "")),
      ),
    );
    select.addEventListener("change", () => update(withSeverity(current, rule, select.value as SeverityName)));
    const note = h("p", { class: "setting-error", hidden: true });
    notes.set(rule.id, note);
    const traits = [rule.fixable ? "fixable" : "", rule.hasSuggestions ? "has suggestions" : ""].filter(Boolean).join(", ");
    return h(
      "div",
      { class: "rule-setting", "data-rule-id": rule.id },
      h("label", { for: severityId, class: "rule-name" }, rule.id),
      select,
      h(
        "p",
        { class: "rule-description", id: descriptionId },
        rule.description,
        traits ? ` (${traits}). ` : ". ",
        rule.docsUrl ? h("a", { href: rule.docsUrl, target: "_blank", rel: "noopener" }, "Documentation", h("span", { class: "visually-hidden" }, ` of ${rule.id}`)) : "",
      ),
      rule.options ? optionsEditor(rule, note) : "",
      note,
    );
  }

  function optionsEditor(rule: RuleInfo, note: HTMLElement): HTMLElement {
    const properties = (rule.options?.properties ?? {}) as Record<string, Record<string, unknown>>;
    const set = optionsOf(rule, current);
    const fields: [string, OptionField][] = [];
    const changed = () => {
      const options: Record<string, unknown> = {};
      for (const [name, field] of fields) {
        const value = field.read();
        if (value instanceof Error) {
          note.textContent = value.message;
          note.hidden = false;
          return;
        }
        if (value !== undefined) options[name] = value;
      }
      note.hidden = true;
      update(withOptions(current, rule, options));
    };
    for (const [name, schema] of Object.entries(properties)) {
      fields.push([name, optionField(`option-${rule.id}-${name}`, name, schema, set[name], rule.defaultOptions?.[name], changed)]);
    }
    return h("details", { class: "rule-options", open: Object.keys(set).length > 0 }, h("summary", {}, `Options of ${rule.id}`), ...fields.map(([, f]) => f.element));
  }
}
