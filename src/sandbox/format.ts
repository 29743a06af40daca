/** Numbers and lever values as the sandbox shows them, in the page's language. */
import { METRICS, leverSpec, type Levers, type MetricKind } from "../sim/index";
import type { ValueKind } from "../lib/charts/sandbox";
import { leverOption, leverUnit } from "../i18n/sim";
import type { T } from "../i18n/t";

export type UiLang = "zh-cn" | "en";

const locale = (lang: UiLang) => (lang === "en" ? "en-GB" : "zh-CN");

const formatters = new Map<string, Intl.NumberFormat>();
function nf(lang: UiLang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f;
}

function money(lang: UiLang, currency: string): Intl.NumberFormat {
  const key = `${lang}:${currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), {
      style: "currency",
      currency,
      maximumFractionDigits: 0,
    });
    formatters.set(key, f);
  }
  return f;
}

/** A typographic minus for negative figures (Intl writes a hyphen): "NPS −12", "−¥300". */
const minus = (text: string) => text.replace(/-/g, "−");

export function formatNumber(lang: UiLang, value: number, digits = 0): string {
  return minus(nf(lang, digits).format(value));
}

export function metricKind(metric: string): MetricKind {
  return METRICS.find((m) => m.name === metric)?.kind ?? "count";
}

/** A metric value: ratios as percents, money with the currency, counts as whole numbers. */
export function formatMetric(
  lang: UiLang,
  metric: string,
  value: number | null,
  currency = "CNY",
): string {
  return minus(metricText(lang, metric, value, currency));
}

function metricText(lang: UiLang, metric: string, value: number | null, currency: string): string {
  if (value === null || !Number.isFinite(value)) return "—";
  switch (metricKind(metric)) {
    case "ratio":
      return `${nf(lang, 1).format(value * 100)}%`;
    case "money":
      return money(lang, currency).format(value);
    case "score":
      return nf(lang, metric === "kFactor" ? 2 : 0).format(value);
    case "hours":
      return nf(lang, 1).format(value);
    default:
      return nf(lang, Math.abs(value) < 10 && !Number.isInteger(value) ? 1 : 0).format(value);
  }
}

/**
 * A change between two values, signed: percentage points for ratios (`points` is the translated
 * "{n} pts" template), the plain difference otherwise.
 */
export function formatDelta(
  lang: UiLang,
  metric: string,
  delta: number,
  points: string,
  currency = "CNY",
): string {
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  const abs = Math.abs(delta);
  if (metricKind(metric) === "ratio")
    return sign + points.replace("{n}", nf(lang, 1).format(abs * 100));
  return `${sign}${formatMetric(lang, metric, abs, currency)}`;
}

/**
 * A lever value with its unit, e.g. "3 posts/day", "strict", "on" (`t` holds `sim.lever.` and
 * `sandbox.value.`).
 */
export function formatLever(lang: UiLang, t: T, name: keyof Levers, value: unknown): string {
  const spec = leverSpec(name);
  if (!spec) return String(value);
  switch (spec.kind) {
    case "boolean":
      return t(value ? "sandbox.value.on" : "sandbox.value.off");
    case "choice":
    case "action":
      return leverOption(t, name, String(value));
    case "number": {
      const n = typeof value === "number" ? value : Number(value);
      const ratio = spec.max === 1 && spec.min === 0;
      return ratio
        ? `${nf(lang, 0).format(n * 100)}%`
        : `${nf(lang, 2).format(n)} ${leverUnit(t, name)}`;
    }
  }
}

/**
 * A chart's value as its axis and tooltip show it: percents whole, money in whole units of the
 * currency, NPS whole, counts whole (with a decimal below 10).
 */
export function chartFormat(lang: UiLang, currency: string) {
  return (kind: ValueKind, value: number): string => {
    if (kind === "percent") return `${formatNumber(lang, value * 100, 0)}%`;
    if (kind === "money") return formatMetric(lang, "revenue", value, currency);
    return formatNumber(lang, value, kind === "score" ? 0 : Math.abs(value) < 10 ? 1 : 0);
  };
}
