/** Dates as the learner's language writes them. */
export function formatDate(lang: string, iso: string, withTime = false): string {
  const date = new Date(iso);
  if (!Number.isFinite(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "zh-CN", {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
  }).format(date);
}

/**
 * Axis labels for scores in time order: "date · module", with the time when the same date comes
 * up more than once, and a running number when even that repeats, so no two labels are alike.
 */
export function timelineLabels(
  lang: string,
  points: readonly { at: string; moduleId: string }[],
): string[] {
  const day = points.map((p) => formatDate(lang, p.at));
  const repeated = (i: number) => day.filter((d) => d === day[i]).length > 1;
  const seen = new Map<string, number>();
  return points.map((p, i) => {
    const label = `${formatDate(lang, p.at, repeated(i))} · ${p.moduleId.slice(0, 2)}`;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n > 1 ? `${label} (${n})` : label;
  });
}
