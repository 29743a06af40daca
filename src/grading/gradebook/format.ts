/**
 * Dates and numbers as the instructor reads them. Intl formatters are costly to make and a
 * gradebook formats thousands of cells, so each is made once per language and kept.
 */
import type { Lang } from "../../schemas/common";

const locale = (lang: Lang) => (lang === "en" ? "en-GB" : "zh-CN");
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(lang: Lang): Intl.DateTimeFormat {
  const key = `d:${lang}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f)
    cache.set(
      key,
      (f = new Intl.DateTimeFormat(locale(lang), { dateStyle: "medium", timeStyle: "short" })),
    );
  return f;
}

function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `n:${lang}:${digits}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f)
    cache.set(key, (f = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits })));
  return f;
}

/** "2025年3月1日 23:59" / "1 Mar 2025, 23:59"; "—" for a missing or unreadable date. */
export function formatDateTime(lang: Lang, iso: string | null): string {
  if (!iso) return "—";
  const d = new Date(iso);
  if (!Number.isFinite(d.getTime())) return "—";
  return dateFormat(lang).format(d);
}

export function formatNumber(lang: Lang, n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return numberFormat(lang, digits).format(n);
}

/** A 0–1 ratio as a percent with one decimal. */
export function formatRatio(lang: Lang, n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return `${formatNumber(lang, Math.round(n * 1000) / 10, 1)}%`;
}
