import type { PayPeriod } from "./types.js";

/**
 * Reads pay as people write it in one line of text: "$120,000 - $150,000",
 * "USD 120k–150k", "€60.000–€75.000 per year", "£45,000 to £55,000", "$25/hr",
 * "up to $30 an hour", and the vague words that stand in for a figure
 * ("competitive salary", "DOE"). Offsets are relative to the line.
 *
 * Every regex here is anchored to a short, bounded slice or is a plain global
 * scan without nested quantifiers that can fail after matching, so a 1 MB line
 * costs linear time.
 */

export interface ScannedFigure {
  min: number;
  max: number;
  isRange: boolean;
  open?: "up-to" | "and-up";
  currency?: string;
  period?: PayPeriod;
  start: number;
  end: number;
  text: string;
}

export interface ScannedVague {
  text: string;
  start: number;
  end: number;
}

export interface LineContext {
  /** The line stands where pay is expected (a pay section, a pay field) even without a pay word of its own. */
  payContext?: boolean;
  /** The text is a pay field's value (`salary_min: 112000`): every amount in it is money, grouped or not. */
  payValue?: boolean;
  /** The line stands in a benefits section: money there is a perk unless the line names pay. */
  benefitsContext?: boolean;
}

/**
 * A number as written, with thousands groups ("120,000", "60.000", "100 000", "120'000"), Indian lakh
 * groups up to a thousand crore ("28,00,000"; bounded, so a long run of "22," is no quadratic scan) and
 * decimals ("49.50").
 */
const NUMBER = /\d{1,2}(?:,\d{2}){1,4},\d{3}(?!\d|,\d)(?:\.\d+)?|\d{1,3}(?: \d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[,.\u00a0\u202f'’]\d{3})*(?:[.,]\d+)?/g;
const LAKH_GROUPS = /^\d{1,2}(?:,\d{2}){1,4},\d{3}(?:\.\d+)?$/;

const SYMBOLS: readonly [string, string][] = [
  ["US$", "USD"], ["CA$", "CAD"], ["C$", "CAD"], ["AU$", "AUD"], ["A$", "AUD"], ["NZ$", "NZD"], ["HK$", "HKD"],
  ["S$", "SGD"], ["R$", "BRL"], ["$", "USD"], ["€", "EUR"], ["£", "GBP"], ["¥", "JPY"], ["₹", "INR"], ["₩", "KRW"],
];
const CODES = new Set([
  "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "INR", "JPY", "SEK", "NOK", "DKK", "PLN", "SGD", "HKD", "MXN", "BRL", "ZAR", "CNY",
]);

/** Words that make a line about pay. */
const PAY_WORD = /\b(?:salary|salaries|pay|wages?|compensation|remuneration|earnings?|OTE|rate|base)\b/i;
/** Money that is not base pay: perks, bonuses, budgets, company figures. */
const NON_PAY_WORD =
  /\b(?:bonus(?:es)?|stipends?|allowances?|reimburse(?:ment|d)?|budgets?|credits?|discounts?|relocation|referral|match(?:ing)?|tuition|per diem|stock|RSUs?|tips|gratuit(?:y|ies)|funding|raised|revenue|ARR|valuation|assets|invest(?:ment|ed)|deals?|contracts?|savings|spend|worth|donat(?:e|ed|ion|ions)|grants?|prizes?|awards?|fees?|deposit)\b/i;
const SPACE = /[ \u00a0\u202f]/;

/** After a figure: "/hr", "per year", "an hour", "hourly", "p.a.". */
const PERIOD_AFTER =
  /^[ \u00a0]*(?:(?:\/[ ]?|per[ \u00a0]+|an?[ \u00a0]+|each[ \u00a0]+)(hours?|hrs?|h|days?|weeks?|wks?|months?|mos?|years?|yrs?|annum)\b|(hourly|daily|weekly|monthly|annually|yearly|annual)\b|(p\.[ ]?a\.?|pa\b|p\/h|ph\b))/i;
/** Anywhere in the line, for a figure without its own period ("Hourly rate: $25"). */
const LINE_PERIOD = /\b(?:per[ \u00a0]+(hour|day|week|month|year|annum)|an[ \u00a0]+(hour)|a[ \u00a0]+(day|week|month|year)|(hourly|daily|weekly|monthly|annually|annual|yearly))\b/i;

// "â€“" and "â€”" are an en and an em dash read as Windows-1252: the range stands, no-mojibake reports the dash.
const TIGHT_CONNECTOR = /^[ \u00a0\u202f]*(?:[-–—‒‑~]|â€[“”]|to|through|thru|until|bis)[ \u00a0\u202f]*$/i;
/** "$128,078 to GS-15, Step 10 - $172,500": a connector, then words that name a grade or step, not money. */
const LOOSE_CONNECTOR = /^[ \u00a0\u202f]*(?:[-–—]|to)[ \u00a0\u202f]/i;
const LOOSE_BREAK = /[;.!?]|\b(?:and|plus|or|bonus|with|per)\b/i;
const MAX_LOOSE_GAP = 40;

/** "up to $30", "Maximum: $60,000", "salary_max: '60,000'". */
const UP_TO_BEFORE =
  /(?:\bup[ \u00a0]+to|\bas[ \u00a0]+much[ \u00a0]+as|(?:\b|_)max(?:imum)?(?:[ \u00a0]+(?:of|salary|pay|rate))?\.?|\bno[ \u00a0]+more[ \u00a0]+than|\bnot[ \u00a0]+to[ \u00a0]+exceed|\bcapped[ \u00a0]+at)[ \u00a0:'"]*$/i;
/** "from $50,000", "starting at $20", "Minimum: $50,000", "salary_min: '50,000'". */
const FROM_BEFORE =
  /(?:\bfrom|\bstarting[ \u00a0]+(?:at|from)|\bstarts[ \u00a0]+at|\bat[ \u00a0]+least|(?:\b|_)min(?:imum)?(?:[ \u00a0]+(?:of|salary|pay|rate))?\.?|\bno[ \u00a0]+less[ \u00a0]+than)[ \u00a0:'"]*$/i;
const AND_UP_AFTER = /^(?:\+|[ \u00a0]*(?:and[ \u00a0]+(?:up|above|upwards)|or[ \u00a0]+(?:more|above|higher))\b)/i;
const BETWEEN_BEFORE = /\bbetween[ \u00a0]*$/i;

const VAGUE =
  /\b(?:(?:highly[ \u00a0]+)?competitive|negotiable|commensurate|attractive|excellent|generous|market[- ](?:rate|related|competitive)|to[ \u00a0]+be[ \u00a0]+(?:determined|confirmed|discussed|agreed)|dep(?:ends?|ending|endent)[ \u00a0]+(?:up)?on[ \u00a0]+(?:experience|qualifications|skills)|based[ \u00a0]+on[ \u00a0]+(?:experience|qualifications|skills)|DOE|D\.O\.E\.?|TBD|TBC|TBA)(?![\p{L}\p{N}])|[$€£][ ]?X{2,}(?:[,.]X{3})*/giu;

/** "401(k)", "403(b)": retirement plans, not amounts. */
const PLAN = /^(?:\([kb]\)|[kb](?![\p{L}]))/iu;

interface Amount {
  /** With currency marks and multiplier. */
  start: number;
  end: number;
  bare: number;
  value: number;
  multiplier: number;
  grouped: boolean;
  currency?: string;
}

export function isPayLine(text: string): boolean {
  return PAY_WORD.test(text);
}

/** The pay figures and vague pay words of one line. */
export function scanPayLine(text: string, context: LineContext = {}): { figures: ScannedFigure[]; vague: ScannedVague[] } {
  const payWord = context.payContext === true || PAY_WORD.test(text);
  const vague = payWord ? findVague(text) : [];
  if (!payWord && (context.benefitsContext || NON_PAY_WORD.test(text))) return { figures: [], vague };
  // In a salary field's value the amounts are the salary, whatever else it names ("95000 - 120000 plus bonus").
  if (payWord && !context.payValue && !PAY_WORD.test(text) && NON_PAY_WORD.test(text)) return { figures: [], vague };
  const amounts = findAmounts(text);
  let figures: ScannedFigure[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    const b = amounts[i + 1];
    if (b && isTightRange(text, a, b)) {
      const period = periodAfter(text, b.end) ?? periodAfter(text, a.end);
      const money = a.currency || b.currency || period || context.payValue || (payWord && (a.multiplier > 1 || b.multiplier > 1 || a.grouped || b.grouped));
      if (money && comparable(a, b)) {
        figures.push(rangeFigure(text, a, b, period?.period));
        i++;
        continue;
      }
    }
    const period = periodAfter(text, a.end);
    const money = a.currency ? payWord || period : period || context.payValue || (payWord && (a.multiplier > 1 || a.grouped));
    if (!money && !(a.currency && nextLooseRange(text, amounts, i) !== undefined)) continue;
    const j = a.currency ? nextLooseRange(text, amounts, i) : undefined;
    if (j !== undefined) {
      const c = amounts[j]!;
      figures.push(rangeFigure(text, a, c, (periodAfter(text, c.end) ?? period)?.period));
      i = j;
      continue;
    }
    figures.push(singleFigure(text, a, period));
  }
  // "$3.5 million annual development program": millions in a currency whose salaries are not counted in millions are a
  // budget, a revenue or a fund, unless the line says it is pay.
  if (!payWord) figures = figures.filter((f) => !isBudgetSized(f));
  if (figures.some((f) => f.period === undefined)) {
    const fallback = linePeriod(text);
    if (fallback) for (const f of figures) f.period ??= fallback;
  }
  return { figures, vague };
}

/** Currencies in which no salary reaches a million (a yen, rupee or won salary does). */
const SALARIES_UNDER_A_MILLION = new Set(["USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SGD"]);

/** A single amount of a million or more where salaries never are: a range ("Hiring range: $1,000,000-$1,200,000") stays pay. */
function isBudgetSized(f: ScannedFigure): boolean {
  return !f.isRange && f.min >= 1_000_000 && f.currency !== undefined && SALARIES_UNDER_A_MILLION.has(f.currency);
}

function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const numStart = m.index;
    const numEnd = numStart + m[0].length;
    const after = text.slice(numEnd, numEnd + 12);
    if (/^[ \u00a0]?(?:%|percent\b)/i.test(after)) continue;
    if (PLAN.test(after) && /^(?:401|403|457)$/.test(m[0])) continue;
    const before = leftCurrency(text, numStart);
    if (!before && isIdentifierPart(text, numStart)) continue;
    const mult = multiplierAt(text, numEnd);
    let end = numEnd + mult.length;
    const suffix = before ? undefined : rightCurrency(text, end);
    const currency = before?.currency ?? suffix?.currency;
    if (mult.factor >= 1e6 && !currency) continue;
    if (mult.length === 0 && /^\p{L}/u.test(text.charAt(numEnd)) && !suffix) continue; // "3D", "2nd", "5G"
    if (suffix) end = suffix.end;
    const { value: bare, grouped } = parseNumber(m[0]);
    out.push({
      start: before?.start ?? numStart,
      end,
      bare,
      value: bare * mult.factor,
      multiplier: mult.factor,
      grouped,
      ...(currency ? { currency } : {}),
    });
  }
  return out;
}

/** "120,000" -> 120000, "60.000" -> 60000, "49.50" -> 49.5, "1.234,56" -> 1234.56, "28,00,000" -> 2800000. */
export function parseNumber(raw: string): { value: number; grouped: boolean } {
  if (LAKH_GROUPS.test(raw)) return { value: Number(raw.replace(/,/g, "")), grouped: true };
  // Same shape as NUMBER: a separator before exactly three digits groups thousands; a last one before other digits is decimal.
  const m = /^(\d+)((?:[,. \u00a0\u202f'’]\d{3})*)(?:[.,](\d+))?$/.exec(raw);
  if (!m) return { value: Number(raw.replace(/\D/g, "")), grouped: false };
  const whole = m[1]! + m[2]!.replace(/\D/g, "");
  return { value: Number(m[3] === undefined ? whole : `${whole}.${m[3]}`), grouped: m[2]!.length > 0 };
}

function isIdentifierPart(text: string, numStart: number): boolean {
  const prev = text.charAt(numStart - 1);
  if (/[\p{L}#]/u.test(prev)) return true; // "Q3", "B2B", "#2"
  // "GS-15", "H-1B", "COVID-19"; but "120k-150k" is a range.
  return /[-‑]/.test(prev) && /\p{L}/u.test(text.charAt(numStart - 2)) && !/\d[kKmM]$/.test(text.slice(Math.max(0, numStart - 4), numStart - 1));
}

function leftCurrency(text: string, numStart: number): { start: number; currency: string } | undefined {
  let j = numStart;
  if (j > 0 && SPACE.test(text.charAt(j - 1))) j--;
  for (const [symbol, code] of SYMBOLS) {
    if (j >= symbol.length && text.startsWith(symbol, j - symbol.length)) {
      const start = j - symbol.length;
      // "US$" spelled inside a word is not a currency mark.
      if (symbol.length > 1 && /\p{L}/u.test(text.charAt(start - 1))) continue;
      return { start, currency: code };
    }
  }
  const code = text.slice(j - 3, j);
  if (j >= 3 && CODES.has(code) && !/\p{L}/u.test(text.charAt(j - 4))) return { start: j - 3, currency: code };
  return undefined;
}

function rightCurrency(text: string, end: number): { end: number; currency: string } | undefined {
  let j = end;
  if (SPACE.test(text.charAt(j))) j++;
  for (const [symbol, code] of SYMBOLS) {
    // "45.000 €", but not the "$" that starts the next amount or a template value ("10 ${{ page.max }}").
    if (symbol.length === 1 && text.startsWith(symbol, j) && !/^[ ]?[\d\u001f]/.test(text.slice(j + 1, j + 3))) {
      return { end: j + 1, currency: code };
    }
  }
  const code = text.slice(j, j + 3);
  if (CODES.has(code) && !/[\p{L}\p{N}]/u.test(text.charAt(j + 3))) return { end: j + 3, currency: code };
  return undefined;
}

function multiplierAt(text: string, numEnd: number): { length: number; factor: number } {
  const after = text.slice(numEnd, numEnd + 10);
  let m = /^[kK](?![\p{L}\p{N}])/u.exec(after);
  if (m) return { length: 1, factor: 1e3 };
  m = /^(?:mm|MM|[mM])(?![\p{L}\p{N}])/u.exec(after);
  if (m) return { length: m[0].length, factor: 1e6 };
  m = /^[ \u00a0]?thousand\b/i.exec(after);
  if (m) return { length: m[0].length, factor: 1e3 };
  m = /^[ \u00a0]?million\b/i.exec(after);
  if (m) return { length: m[0].length, factor: 1e6 };
  return { length: 0, factor: 1 };
}

function isTightRange(text: string, a: Amount, b: Amount): boolean {
  // "$30 per hour - $40 per hour": the first end may carry its own period.
  const gap = text.slice(a.end + (periodAfter(text, a.end)?.length ?? 0), b.start);
  if (gap.length > 12) return false;
  if (TIGHT_CONNECTOR.test(gap)) return true;
  return /^[ \u00a0]*and[ \u00a0]*$/i.test(gap) && BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start));
}

/** "Step 1 - $128,078" is a step number beside an amount, not a range: a bare end must be of the same order as the other. */
function comparable(a: Amount, b: Amount): boolean {
  if (Boolean(a.currency) === Boolean(b.currency)) return true;
  const low = lowEnd(a, b);
  const [small, large] = low < b.value ? [low, b.value] : [b.value, low];
  return small > 0 && large / small <= 10;
}

/** The next currency amount that closes a loosely written range with amount `i`, if any. */
function nextLooseRange(text: string, amounts: readonly Amount[], i: number): number | undefined {
  const a = amounts[i]!;
  for (let j = i + 1; j < amounts.length; j++) {
    const c = amounts[j]!;
    if (c.start - a.end > MAX_LOOSE_GAP) return undefined;
    if (!c.currency) continue;
    const gap = text.slice(a.end, c.start);
    if (c.currency !== a.currency || !LOOSE_CONNECTOR.test(gap) || LOOSE_BREAK.test(gap)) return undefined;
    return j;
  }
  return undefined;
}

/** "$120-150k": the multiplier written once covers both ends. */
function lowEnd(a: Amount, b: Amount): number {
  return a.multiplier === 1 && b.multiplier > 1 && a.bare < 1000 ? a.bare * b.multiplier : a.value;
}

function rangeFigure(text: string, a: Amount, b: Amount, period: PayPeriod | undefined): ScannedFigure {
  const min = lowEnd(a, b);
  const currency = a.currency ?? b.currency;
  return {
    min,
    max: b.value,
    isRange: min !== b.value,
    ...(currency ? { currency } : {}),
    ...(period ? { period } : {}),
    start: a.start,
    end: b.end,
    text: text.slice(a.start, b.end),
  };
}

function singleFigure(text: string, a: Amount, period: { period: PayPeriod; length: number } | undefined): ScannedFigure {
  const before = text.slice(Math.max(0, a.start - 24), a.start);
  const after = text.slice(a.end + (period?.length ?? 0), a.end + (period?.length ?? 0) + 16);
  const open = UP_TO_BEFORE.test(before) ? "up-to" : FROM_BEFORE.test(before) || AND_UP_AFTER.test(after) ? "and-up" : undefined;
  return {
    min: a.value,
    max: a.value,
    isRange: false,
    ...(open ? { open } : {}),
    ...(a.currency ? { currency: a.currency } : {}),
    ...(period ? { period: period.period } : {}),
    start: a.start,
    end: a.end,
    text: text.slice(a.start, a.end),
  };
}

function periodAfter(text: string, end: number): { period: PayPeriod; length: number } | undefined {
  const m = PERIOD_AFTER.exec(text.slice(end, end + 24));
  if (!m) return undefined;
  const word = (m[1] ?? m[2] ?? m[3] ?? "").toLowerCase();
  const period = periodOf(word);
  return period ? { period, length: m[0].length } : undefined;
}

function linePeriod(text: string): PayPeriod | undefined {
  const m = LINE_PERIOD.exec(text);
  if (!m) return undefined;
  return periodOf((m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").toLowerCase());
}

function periodOf(word: string): PayPeriod | undefined {
  if (/^(?:hours?|hrs?|h|hourly|p\/h|ph)$/.test(word)) return "hour";
  if (/^(?:days?|daily)$/.test(word)) return "day";
  if (/^(?:weeks?|wks?|weekly)$/.test(word)) return "week";
  if (/^(?:months?|mos?|monthly)$/.test(word)) return "month";
  if (/^(?:years?|yrs?|annum|annually|annual|yearly|p\.[ ]?a\.?|pa)$/.test(word)) return "year";
  return undefined;
}

function findVague(text: string): ScannedVague[] {
  const out: ScannedVague[] = [];
  VAGUE.lastIndex = 0;
  for (let m = VAGUE.exec(text); m; m = VAGUE.exec(text)) {
    // "DOE" and "TBD" count in capitals only ("doe" is a deer, "Doe" a surname).
    if (/^(?:doe|tbd|tbc|tba)$/i.test(m[0]) && m[0] !== m[0].toUpperCase()) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
