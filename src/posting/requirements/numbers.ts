import { endWithout } from "../scan.js";

const PLUS = new Set(["+"]);

/** Words between a label or a lead-in and its number: "Python: at least 3 years", "minimum 5 years". */
export const MINIMUM_WORDS: ReadonlySet<string> = new Set(["at", "least", "minimum", "min", "over", "more", "than"]);
const NUMBER_WORDS = new Map(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
}));

export interface Quantity {
  value: number;
  /** Written with a trailing "+" ("10+"). */
  plus: boolean;
}

/** "10", "10+", "five", "two-plus": a count of years small enough to be an experience requirement. */
export function readQuantity(lower: string): Quantity | undefined {
  // Called for every token: most are long words, which no quantity is.
  if (lower.length > 12) return undefined;
  // "two-plus" is "2+".
  const spelledPlus = lower.endsWith("-plus");
  const plus = spelledPlus || lower.endsWith("+");
  const bare = spelledPlus ? lower.slice(0, -5) : plus ? lower.slice(0, endWithout(lower, PLUS)) : lower;
  const word = NUMBER_WORDS.get(bare);
  if (word !== undefined) return { value: word, plus };
  if (!/^\d{1,2}$/.test(bare)) return undefined;
  return { value: Number(bare), plus };
}

/** "3-5" or "3–5" written as one token. */
export function readRangeToken(lower: string): { min: number; max: number; plus: boolean } | undefined {
  const m = /^(\d{1,2})[-–](\d{1,2})(\+?)$/.exec(lower);
  if (!m) return undefined;
  return { min: Number(m[1]), max: Number(m[2]), plus: m[3] === "+" };
}
