import type { JsonNode, JsonObject, PayPeriod } from "../../src/posting/types.js";
import { property, valueText } from "./json-ld.js";

/** schema.org unitText values and the pay periods they are. */
export const SALARY_UNITS: Record<string, PayPeriod> = { HOUR: "hour", DAY: "day", WEEK: "week", MONTH: "month", YEAR: "year" };

export interface BaseSalary {
  min?: number;
  max?: number;
  currency?: string;
  period?: PayPeriod;
  /** What is wrong with it, worded to follow "baseSalary". */
  problems: string[];
}

/**
 * A JobPosting's `baseSalary`: a MonetaryAmount with a `currency` and a
 * `value` that is a number or a QuantitativeValue (`value`, or `minValue`
 * and `maxValue`, with `unitText`).
 */
export function readBaseSalary(node: JsonNode): BaseSalary {
  const out: BaseSalary = { problems: [] };
  if (node.kind !== "object") {
    out.problems.push("should be a MonetaryAmount with a currency and a value");
    return out;
  }
  const currency = property(node, "currency")?.value;
  if (!currency) out.problems.push('has no currency (an ISO 4217 code such as "USD")');
  else if (currency.kind !== "string" || !/^[A-Z]{3}$/.test(String(currency.value))) out.problems.push(`currency ${valueText(currency)} is not an ISO 4217 code such as "USD"`);
  else out.currency = String(currency.value);
  const value = property(node, "value")?.value;
  if (!value) out.problems.push("has no value (a number, or a QuantitativeValue with minValue and maxValue)");
  else if (value.kind === "number") out.min = out.max = Number(value.value);
  else if (value.kind === "object") readQuantity(value, out);
  else out.problems.push(`value should be a number or a QuantitativeValue, not ${valueText(value)}`);
  return out;
}

function readQuantity(value: JsonObject, out: BaseSalary): void {
  const unit = property(value, "unitText")?.value;
  if (!unit) out.problems.push("value has no unitText (HOUR, DAY, WEEK, MONTH or YEAR)");
  else if (unit.kind !== "string" || !(String(unit.value) in SALARY_UNITS)) out.problems.push(`unitText ${valueText(unit)} is not one of ${Object.keys(SALARY_UNITS).join(", ")}`);
  else out.period = SALARY_UNITS[String(unit.value)];
  const number = (key: string) => {
    const v = property(value, key)?.value;
    if (v && v.kind !== "number") out.problems.push(`${key} ${valueText(v)} should be a number`);
    return v?.kind === "number" ? Number(v.value) : undefined;
  };
  const exact = number("value");
  const min = number("minValue") ?? exact;
  const max = number("maxValue") ?? exact;
  if (min === undefined && max === undefined && !out.problems.some((p) => p.includes("should be a number"))) out.problems.push("value has neither value nor minValue and maxValue");
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  if (min !== undefined && max !== undefined && min > max) out.problems.push(`minValue ${min} exceeds maxValue ${max}`);
}
