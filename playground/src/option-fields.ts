import { h } from "./dom.js";

type Schema = Record<string, unknown>;

/** A form control for one option, made from its JSON schema. */
export interface OptionField {
  element: HTMLElement;
  /** The value entered, undefined for "use the default", or an Error for input that is not valid yet. */
  read(): unknown;
}

/**
 * Picks a control by the shape of the option's schema: a list of choices for
 * an enum or a yes/no, checkboxes for a set of choices, a number box, a text
 * box, a line-per-entry box for a list of words, and JSON for anything else.
 * Every control can say "default", so a setting is written only when chosen.
 */
export function optionField(id: string, name: string, schema: Schema, value: unknown, defaultValue: unknown, onChange: () => void): OptionField {
  const description = typeof schema.description === "string" ? schema.description : "";
  const hintId = `${id}-hint`;
  const notes = [description, defaultValue === undefined ? "" : `Default: ${JSON.stringify(defaultValue)}`];
  const hint = h("p", { class: "option-hint", id: hintId });
  const addNote = (note: string) => {
    notes.push(note);
    hint.textContent = notes.filter(Boolean).map((n) => (/[.!?)]$/.test(n) ? n : `${n}.`)).join(" ");
  };
  addNote("");
  const choices = choiceList(schema);
  if (choices && isMultiple(schema)) {
    addNote("None ticked: the default");
    return checkboxField(id, name, choices, value, hint, onChange);
  }
  const label = h("label", { for: id, class: "option-name" }, name);
  const wrap = (control: HTMLElement) => h("div", { class: "option" }, label, control, hint);
  const common = { id, "aria-describedby": hintId };

  if (choices || schema.type === "boolean") {
    const values = choices ?? [true, false];
    const select = h(
      "select",
      common,
      h("option", { value: "" }, "(default)"),
      ...values.map((v, i) => h("option", { value: String(i), selected: v === value }, typeof v === "boolean" ? (v ? "Yes" : "No") : String(v))),
    );
    select.addEventListener("change", onChange);
    return { element: wrap(select), read: () => (select.value === "" ? undefined : values[Number(select.value)]) };
  }
  if (schema.type === "integer" || schema.type === "number") {
    const input = h("input", { ...common, type: "number", min: schema.minimum as number | undefined, step: schema.type === "integer" ? 1 : "any", value: value === undefined ? undefined : String(value) });
    input.addEventListener("input", onChange);
    return {
      element: wrap(input),
      read: () => {
        if (input.value.trim() === "") return undefined;
        const n = Number(input.value);
        return Number.isFinite(n) && (schema.type !== "integer" || Number.isInteger(n)) ? n : new Error(`${name} must be a ${schema.type === "integer" ? "whole " : ""}number`);
      },
    };
  }
  if (schema.type === "string") {
    const input = h("input", { ...common, type: "text", value: typeof value === "string" ? value : undefined });
    input.addEventListener("input", onChange);
    return { element: wrap(input), read: () => (input.value.trim() === "" ? undefined : input.value.trim()) };
  }
  if (schema.type === "array" && (schema.items as Schema | undefined)?.type === "string") {
    const area = h("textarea", { ...common, rows: 3 }, Array.isArray(value) ? value.join("\n") : "");
    addNote("One per line");
    area.addEventListener("input", onChange);
    return {
      element: wrap(area),
      read: () => {
        const lines = area.value.split("\n").map((l) => l.trim()).filter(Boolean);
        return lines.length ? lines : undefined;
      },
    };
  }
  const area = h("textarea", { ...common, rows: 3, spellcheck: "false" }, value === undefined ? "" : JSON.stringify(value));
  addNote("As JSON");
  area.addEventListener("input", onChange);
  return {
    element: wrap(area),
    read: () => {
      if (area.value.trim() === "") return undefined;
      try {
        return JSON.parse(area.value);
      } catch {
        return new Error(`${name} is not valid JSON`);
      }
    },
  };
}

/** The choices of an enum, or of an array of enums, or of anyOf those (pay-transparency's jurisdiction). */
function choiceList(schema: Schema): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  if (schema.type === "array" && schema.items) return choiceList(schema.items as Schema);
  if (Array.isArray(schema.anyOf)) {
    for (const part of schema.anyOf as Schema[]) {
      const found = choiceList(part);
      if (found) return found;
    }
  }
  return undefined;
}

/** Whether several choices may be taken at once. */
function isMultiple(schema: Schema): boolean {
  return schema.type === "array" || (Array.isArray(schema.anyOf) && (schema.anyOf as Schema[]).some((part) => part.type === "array"));
}

function checkboxField(id: string, name: string, choices: unknown[], value: unknown, hint: HTMLElement, onChange: () => void): OptionField {
  const taken = new Set(Array.isArray(value) ? value : value === undefined ? [] : [value]);
  const boxes = choices.map((choice, i) => {
    const box = h("input", { type: "checkbox", id: `${id}-${i}`, checked: taken.has(choice) });
    box.addEventListener("change", onChange);
    return { choice, box, label: h("label", { class: "choice" }, box, ` ${String(choice)}`) };
  });
  const element = h("fieldset", { class: "option option-choices", "aria-describedby": hint.id }, h("legend", { class: "option-name" }, name), ...boxes.map((b) => b.label), hint);
  return {
    element,
    read: () => {
      const chosen = boxes.filter((b) => b.box.checked).map((b) => b.choice);
      return chosen.length ? chosen : undefined;
    },
  };
}
