import { Fragment, type ComponentChildren, type VNode } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Lang } from "../../schemas/common";
import type { T } from "../../i18n/t";
import type { ScoringRule } from "../../grading/rules";
import { goalText, lateText } from "../../grading/gradebook/export";
import { formatDateTime, formatNumber, formatRatio } from "../../grading/gradebook/format";
import type { GradeRow, SortDir, SortKey } from "../../grading/gradebook/gradebook";
import { copyText, metricValue, noteText, reasonText } from "../../grading/gradebook/reasons";

interface Props {
  lang: Lang;
  t: T;
  /** The assignment's scoring rule, for the goals' wording. */
  rule: ScoringRule;
  rows: GradeRow[];
  sort: { key: SortKey; dir: SortDir };
  onSort: (key: SortKey) => void;
  /** The review link for a row, or null when its run cannot be shown. */
  reviewHref: (row: GradeRow) => string | null;
  /** Row keys whose comment panel is open. */
  open: ReadonlySet<number>;
  onToggle: (row: GradeRow) => void;
  /** Whether a learner has a saved comment. */
  hasComment: (row: GradeRow) => boolean;
  /** The comment editor for an open row. */
  renderComment: (row: GradeRow) => ComponentChildren;
}

const COLUMNS = 10;

/** Rows first drawn per frame: a class of hundreds appears over a few frames, never in one long freeze. */
const CHUNK = 100;

/**
 * The gradebook table: one row per checked file, sortable by its headers.
 *
 * It is an ARIA table of grid rows rather than a <table>: a browser lays out a <table> as a whole,
 * so with hundreds of rows every sort or update froze the page for a long moment. Grid rows with
 * `content-visibility: auto` (instructor.css) are laid out only when scrolled into view. Every
 * row uses the same fixed column template, so the columns line up as in a table.
 */
export function GradeTable({
  lang,
  t,
  rule,
  rows,
  sort,
  onSort,
  reviewHref,
  open,
  onToggle,
  hasComment,
  renderComment,
}: Props) {
  const [limit, setLimit] = useState(CHUNK);
  const drawn = Math.min(rows.length, limit);
  useEffect(() => {
    if (drawn >= rows.length) return;
    const frame = requestAnimationFrame(() => setLimit(drawn + CHUNK));
    return () => cancelAnimationFrame(frame);
  }, [rows, drawn]);
  const cache = useMemo(
    () => new WeakMap<GradeRow, { open: boolean; commented: boolean; vnode: VNode }>(),
    [lang],
  );

  const header = (key: SortKey | null, label: string, numeric = false) => {
    const active = key !== null && sort.key === key;
    return (
      <div
        role="columnheader"
        class={numeric ? "in-cell num" : "in-cell"}
        aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}
      >
        {key === null ? (
          label
        ) : (
          <button type="button" class="in-sort" onClick={() => onSort(key)}>
            {label}
            <span aria-hidden="true" class="in-sort-mark">
              {active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
            </span>
          </button>
        )}
      </div>
    );
  };

  // Column names again on each cell, shown only when a narrow screen stacks a row's cells.
  const labels = {
    score: t("instructor.col.score"),
    goals: t("instructor.col.goals"),
    members: t("instructor.col.members"),
    retention: t("instructor.col.retention"),
    stickiness: t("instructor.col.stickiness"),
    nps: t("instructor.col.nps"),
    submittedAt: t("instructor.col.submittedAt"),
  };

  const renderRow = (row: GradeRow, isOpen: boolean, commented: boolean): VNode => {
    const review = reviewHref(row);
    const name = row.learner?.name ?? t("instructor.table.noLearner");
    const commentId = `in-comment-${row.key}`;
    // Keyed as a pair, so sorting and new rows move rows instead of rebuilding them.
    return (
      <Fragment key={row.key}>
        <div
          role="row"
          class={`in-row is-${row.status}${row.outranked ? " is-outranked" : ""}`}
          data-status={row.status}
          data-counted={row.counted || undefined}
        >
          <div role="rowheader" class="in-cell in-learner">
            <span class="in-name">{name}</span>
            {row.learner?.id && <span class="in-sub">{row.learner.id}</span>}
            <span class="in-sub in-file">{row.file}</span>
          </div>
          <div role="cell" class="in-cell in-status">
            <span class={`in-badge is-${row.status}`}>{t(`instructor.status.${row.status}`)}</span>
            {row.counted && <span class="in-badge is-counted">{t("instructor.table.counts")}</span>}
            {row.outranked && (
              <span class="in-badge is-outranked">{t("instructor.table.outranked")}</span>
            )}
            {row.reason && <span class="in-reason">{reasonText(row.reason, t, lang)}</span>}
            {row.notes.map((n, i) => (
              <span key={i} class="in-reason in-note">
                {noteText(n, t)}
              </span>
            ))}
            {row.identicalTo.length > 0 && (
              <span class="in-reason in-copy">{copyText(row.identicalTo, t, lang)}</span>
            )}
            {row.status !== "verified" && row.replayedScore !== null && (
              <span class="in-sub">
                {t("instructor.table.replayed", {
                  score: formatNumber(lang, row.replayedScore, 1),
                })}
              </span>
            )}
          </div>
          <div role="cell" data-label={labels.score} class="in-cell num">
            {row.score === null ? (
              "—"
            ) : (
              <>
                <span class="in-score">{formatNumber(lang, row.score, 1)}%</span>
                <span class={`in-sub ${row.passed ? "in-ok" : "in-bad"}`}>
                  {t(row.passed ? "instructor.table.pass" : "instructor.table.fail")}
                </span>
              </>
            )}
          </div>
          <div role="cell" data-label={labels.goals} class="in-cell">
            {row.goals ? (
              <ul class="in-goal-marks">
                {row.goals.map((g, i) => (
                  <li
                    key={i}
                    class={g.met ? "in-ok" : "in-bad"}
                    title={`${goalText(g, t, lang, rule)} · ${metricValue(g.metric, g.actual)}`}
                  >
                    <span aria-hidden="true">{g.met ? "✓" : "✗"}</span>
                    <span class="visually-hidden">
                      {t(g.met ? "instructor.table.goalMet" : "instructor.table.goalNotMet", {
                        n: i + 1,
                        goal: goalText(g, t, lang, rule),
                        actual: metricValue(g.metric, g.actual),
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              "—"
            )}
          </div>
          <div role="cell" data-label={labels.members} class="in-cell num">
            {formatNumber(lang, row.final?.members)}
          </div>
          <div role="cell" data-label={labels.retention} class="in-cell num">
            {formatRatio(lang, row.final?.retentionW4)}
          </div>
          <div role="cell" data-label={labels.stickiness} class="in-cell num">
            {formatRatio(lang, row.final?.stickiness)}
          </div>
          <div role="cell" data-label={labels.nps} class="in-cell num">
            {formatNumber(lang, row.final?.nps)}
          </div>
          <div role="cell" data-label={labels.submittedAt} class="in-cell">
            {row.receivedAt ? (
              <>
                {formatDateTime(lang, row.receivedAt)}
                <span class="in-sub">{t("instructor.table.received")}</span>
              </>
            ) : (
              <>
                {formatDateTime(lang, row.createdAt)}
                {row.createdAt && <span class="in-sub">{t("instructor.table.reported")}</span>}
              </>
            )}
            {row.late === true && <span class="in-sub in-bad">{lateText(row.lateBy ?? 0, t)}</span>}
            {row.late === false && <span class="in-sub">{t("instructor.table.onTime")}</span>}
          </div>
          <div role="cell" class="in-cell in-row-actions">
            {review && (
              <a class="btn btn-small" href={review} target="_blank" rel="noopener">
                {t("instructor.table.review")}
                <span class="visually-hidden"> {t("instructor.table.reviewOf", { name })}</span>
              </a>
            )}
            {row.learnerKey !== null && (
              <button
                type="button"
                class="btn btn-small"
                aria-expanded={isOpen}
                aria-controls={isOpen ? commentId : undefined}
                onClick={() => onToggle(row)}
              >
                {t(commented ? "instructor.table.editComment" : "instructor.table.comment")}
                <span class="visually-hidden"> {t("instructor.table.commentFor", { name })}</span>
              </button>
            )}
          </div>
        </div>
        {isOpen && row.learnerKey !== null && (
          <div role="row" class="in-comment-row" id={commentId}>
            <div role="cell" class="in-cell" aria-colspan={COLUMNS}>
              {renderComment(row)}
            </div>
          </div>
        )}
      </Fragment>
    );
  };

  return (
    <div class="table-wrap in-table-wrap">
      <div
        role="table"
        class="in-table"
        aria-label={t("instructor.table.caption", { n: rows.length })}
        aria-rowcount={rows.length + 1}
        data-rows={rows.length}
      >
        <div role="rowgroup" class="in-thead">
          <div role="row" class="in-head-row">
            {header("learner", t("instructor.col.learner"))}
            {header("status", t("instructor.col.status"))}
            {header("score", t("instructor.col.score"), true)}
            {header(null, t("instructor.col.goals"))}
            {header("members", t("instructor.col.members"), true)}
            {header("retentionW4", t("instructor.col.retention"), true)}
            {header("stickiness", t("instructor.col.stickiness"), true)}
            {header("nps", t("instructor.col.nps"), true)}
            {header("submittedAt", t("instructor.col.submittedAt"))}
            {header(null, t("instructor.col.actions"))}
          </div>
        </div>
        <div role="rowgroup" class="in-tbody">
          {rows.slice(0, drawn).map((row) => {
            const isOpen = open.has(row.key);
            const commented = hasComment(row);
            // An unchanged row hands Preact the same vnode, which it then skips without diffing.
            const cached = cache.get(row);
            if (cached && !isOpen && !cached.open && cached.commented === commented)
              return cached.vnode;
            const vnode = renderRow(row, isOpen, commented);
            cache.set(row, { open: isOpen, commented, vnode });
            return vnode;
          })}
        </div>
      </div>
      {rows.length === 0 && <p class="muted in-empty">{t("instructor.table.empty")}</p>}
    </div>
  );
}
