import { useMemo, useRef, useState } from "preact/hooks";
import type { Spread } from "../../sim/index";
import { BatchProgress } from "./BatchProgress";
import { formatDelta, formatMetric, type UiLang } from "../../sandbox/format";
import { metricLabel } from "../../i18n/sim";
import type { T } from "../../i18n/t";
import type { CompareLine } from "../../sandbox/view";

export const MC_RUNS = [50, 100, 200, 500] as const;

export interface McStatus {
  state: "idle" | "running" | "done" | "error";
  done: number;
  total: number;
  /** Final spreads of the goal metrics, when done. */
  final?: Record<string, Spread>;
  runs?: number;
}

/** The Monte Carlo switch, its number of seeds, progress with cancel, and the spread of the goal metrics. */
export function MonteCarloPanel(p: {
  lang: UiLang;
  t: T;
  on: boolean;
  runs: number;
  status: McStatus;
  metrics: readonly string[];
  currency: string;
  onToggle: (on: boolean) => void;
  onRuns: (runs: number) => void;
  onCancel: () => void;
  onRetry: () => void;
}) {
  const { t, lang } = p;
  return (
    <section class="sbx-card sbx-mc" aria-labelledby="sbx-mc-title">
      <h2 id="sbx-mc-title" class="sbx-card-title">
        {t("sandbox.mc.title")}
      </h2>
      <p class="muted">{t("sandbox.mc.intro")}</p>
      <div class="sbx-row">
        <label class="sbx-check">
          <input
            type="checkbox"
            checked={p.on}
            onChange={(e) => p.onToggle((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t("sandbox.mc.toggle")}</span>
        </label>
        <label class="sbx-inline">
          <span>{t("sandbox.mc.runs")}</span>
          <select
            value={p.runs}
            onChange={(e) => p.onRuns(Number((e.currentTarget as HTMLSelectElement).value))}
          >
            {MC_RUNS.map((n) => (
              <option key={n} value={n}>
                {t("sandbox.mc.runsValue", { n })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {p.on && p.status.state === "running" && (
        <BatchProgress
          t={t}
          label={t("sandbox.mc.running", { done: p.status.done, total: p.status.total })}
          done={p.status.done}
          total={p.status.total}
          onCancel={p.onCancel}
        />
      )}
      {p.on && p.status.state === "idle" && (
        <p role="status" class="sbx-mc-cancelled">
          {t("sandbox.mc.cancelled")}{" "}
          <button type="button" class="btn" onClick={p.onRetry}>
            {t("sandbox.mc.retry")}
          </button>
        </p>
      )}
      {p.on && p.status.state === "error" && (
        <p role="alert" class="notice">
          {t("sandbox.mc.error")}{" "}
          <button type="button" class="btn" onClick={p.onRetry}>
            {t("sandbox.mc.retry")}
          </button>
        </p>
      )}
      {p.on && p.status.state === "done" && p.status.final && (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={t("sandbox.mc.title")}>
          <table class="sbx-mc-table">
            <caption>{t("sandbox.mc.caption", { n: p.status.runs ?? p.runs })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("sandbox.mc.metric")}</th>
                <th scope="col">p10</th>
                <th scope="col">p50</th>
                <th scope="col">p90</th>
              </tr>
            </thead>
            <tbody>
              {p.metrics.map((m) => {
                const s = p.status.final?.[m];
                return (
                  <tr key={m} data-metric={m}>
                    <th scope="row">{metricLabel(t, m)}</th>
                    <td>{formatMetric(lang, m, s?.p10 ?? null, p.currency)}</td>
                    <td>{formatMetric(lang, m, s?.p50 ?? null, p.currency)}</td>
                    <td>{formatMetric(lang, m, s?.p90 ?? null, p.currency)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Pin a run as A, change the strategy, run B under the same seed, and see the difference. */
export function ComparePanel(p: {
  lang: UiLang;
  t: T;
  pinned: { week: number } | null;
  /** Why A cannot be compared with this run, if it cannot. */
  mismatch: boolean;
  lines: CompareLine[];
  currency: string;
  readOnly: boolean;
  onPin: () => void;
  onUnpin: () => void;
  onStartB: () => void;
}) {
  const { t, lang } = p;
  return (
    <section class="sbx-card sbx-compare" aria-labelledby="sbx-compare-title">
      <h2 id="sbx-compare-title" class="sbx-card-title">
        {t("sandbox.compare.title")}
      </h2>
      <p class="muted">{t("sandbox.compare.intro")}</p>
      <div class="sbx-row">
        <button type="button" class="btn" onClick={p.onPin}>
          {p.pinned ? t("sandbox.compare.repin") : t("sandbox.compare.pin")}
        </button>
        {p.pinned && (
          <>
            <button type="button" class="btn" onClick={p.onStartB} disabled={p.readOnly}>
              {t("sandbox.compare.startB")}
            </button>
            <button type="button" class="btn" onClick={p.onUnpin}>
              {t("sandbox.compare.unpin")}
            </button>
          </>
        )}
      </div>
      {p.pinned && p.mismatch && <p class="notice">{t("sandbox.compare.mismatch")}</p>}
      {p.pinned && !p.mismatch && (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={t("sandbox.compare.title")}>
          <table class="sbx-compare-table">
            <caption>{t("sandbox.compare.caption", { week: p.pinned.week })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("sandbox.compare.goalMetric")}</th>
                <th scope="col">{t("sandbox.compare.a")}</th>
                <th scope="col">{t("sandbox.compare.b")}</th>
                <th scope="col">{t("sandbox.compare.diff")}</th>
              </tr>
            </thead>
            <tbody>
              {p.lines.map((l, i) => (
                <tr key={i} data-metric={l.metric}>
                  <th scope="row">{metricLabel(t, l.metric)}</th>
                  <td>{formatMetric(lang, l.metric, l.a, p.currency)}</td>
                  <td>{formatMetric(lang, l.metric, l.b, p.currency)}</td>
                  <td class={l.better === null ? "" : l.better ? "sbx-better" : "sbx-worse"}>
                    {l.diff === null
                      ? "—"
                      : formatDelta(lang, l.metric, l.diff, t("sandbox.points"), p.currency)}
                    {l.better !== null && (
                      <span class="visually-hidden">
                        {" "}
                        {t(l.better ? "sandbox.compare.better" : "sandbox.compare.worse")}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The share link of this run, to copy. */
export function SharePanel({ t, url }: { t: T; url: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"" | "ok" | "select">("");
  const absolute = useMemo(
    () => (typeof location === "undefined" ? url : new URL(url, location.href).href),
    [url],
  );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(absolute);
      setCopied("ok");
    } catch {
      input.current?.select();
      setCopied("select");
    }
  };
  return (
    <section class="sbx-card sbx-share" aria-labelledby="sbx-share-title">
      <h2 id="sbx-share-title" class="sbx-card-title">
        {t("sandbox.share.title")}
      </h2>
      <p class="muted">{t("sandbox.share.intro")}</p>
      <label class="sbx-stack">
        <span>{t("sandbox.share.label")}</span>
        <input
          ref={input}
          type="text"
          readOnly
          value={absolute}
          class="sbx-share-url"
          onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
        />
      </label>
      <div class="sbx-row">
        <button type="button" class="btn" onClick={() => void copy()}>
          {t("sandbox.share.copy")}
        </button>
        <span role="status" class="muted">
          {copied === "ok"
            ? t("sandbox.share.copied")
            : copied === "select"
              ? t("sandbox.share.selectCopy")
              : ""}
        </span>
      </div>
    </section>
  );
}
