/** Parsing and formatting of numbers typed into widgets: pure, no DOM. */

export type NumError = "empty" | "nan" | "integer" | "min" | "max";

export interface NumRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

export type Parsed = { value: number; error?: undefined } | { value?: undefined; error: NumError };

/**
 * Full-width digits and signs typed with a Chinese input method count as their ASCII forms;
 * thousands separators and spaces are ignored ("1,200" and "１２００" are 1200).
 */
export function normalizeNumber(raw: string): string {
  return raw
    .replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, "");
}

/** Reads a typed number and checks it against a rule; never returns NaN. */
export function parseNum(raw: string, rule: NumRule = {}): Parsed {
  const text = normalizeNumber(raw);
  if (text === "") return { error: "empty" };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return { error: "nan" };
  const value = Number(text);
  if (!Number.isFinite(value)) return { error: "nan" };
  if (rule.integer && !Number.isInteger(value)) return { error: "integer" };
  if (rule.min !== undefined && value < rule.min) return { error: "min" };
  if (rule.max !== undefined && value > rule.max) return { error: "max" };
  return { value };
}

/** The BCP 47 locale for number formatting. */
export function locale(lang: string): string {
  return lang === "en" ? "en" : "zh-CN";
}

/** Formats a number with at most `digits` decimals (finite numbers only; others show as "—"). */
export function fmtNum(lang: string, value: number, digits = 0): string {
  if (!Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
}

/** Formats a ratio (0.125) as a percentage ("12.5%"). */
export function fmtPct(lang: string, ratio: number, digits = 1): string {
  if (!Number.isFinite(ratio)) return "—";
  return new Intl.NumberFormat(locale(lang), {
    style: "percent",
    maximumFractionDigits: digits,
  }).format(ratio);
}
