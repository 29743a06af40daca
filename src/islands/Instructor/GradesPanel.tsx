import { useMemo, useState } from "preact/hooks";
import type { Assignment } from "../../schemas/assignment";
import type { Lang } from "../../schemas/common";
import type { T } from "../../i18n/t";
import { reviewUrl, MAX_PAYLOAD_CHARS } from "../../lib/share-url";
import { assignmentRule } from "../../grading/rules";
import { setMentorName } from "../../stores/mentor-notes";
import type { MentorComment as StoredComment } from "../../schemas/feedback";
import {
  ALL_ROWS,
  COUNT_RULES,
  STATUS_FILTERS,
  TIMING_FILTERS,
  filterRows,
  sortRows,
  type ClassView,
  type CountRule,
  type GradeRow,
  type RowFilter,
  type SortDir,
  type SortKey,
  type StatusFilter,
  type TimingFilter,
} from "../../grading/gradebook/gradebook";
import { GradeTable } from "./GradeTable";
import type { ModuleOption } from "../../grading/gradebook/builder";
import { MentorComment } from "./MentorComment";

interface Props {
  lang: Lang;
  t: T;
  assignment: Assignment;
  rows: GradeRow[];
  figures: ClassView;
  countRule: CountRule;
  onCountRule: (rule: CountRule) => void;
  /** Many files still being verified: the table waits until they all are. */
  verifying: boolean;
  comments: Readonly<Record<string, StoredComment>>;
  mentor: string;
  modules: ModuleOption[];
}

/** Step 3 of the gradebook: which attempt counts, filters, and the table of every file. */
export function GradesPanel(p: Props) {
  const { lang, t, assignment, rows, figures } = p;
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: "learner", dir: "asc" });
  const [filter, setFilter] = useState<RowFilter>(ALL_ROWS);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const shown = useMemo(
    () => sortRows(filterRows(rows, filter), sort.key, sort.dir, lang),
    [rows, filter, sort, lang],
  );

  const onSort = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === "asc" ? "desc" : "asc" }
        : { key, dir: key === "learner" || key === "status" ? "asc" : "desc" },
    );

  /** Review links by row: encoding one is costly, and the table is drawn many times. */
  const reviewLinks = useMemo(() => new WeakMap<GradeRow, string | null>(), [assignment, lang]);
  const reviewHref = (row: GradeRow): string | null => {
    if (!row.run || !row.learner) return null;
    const known = reviewLinks.get(row);
    if (known !== undefined) return known;
    const href = reviewUrl(lang, {
      learner: row.learner.id
        ? { name: row.learner.name, id: row.learner.id }
        : { name: row.learner.name },
      run: row.run as Parameters<typeof reviewUrl>[1]["run"],
      assignment,
    });
    const link = href.length - href.indexOf("=") - 1 > MAX_PAYLOAD_CHARS ? null : href;
    reviewLinks.set(row, link);
    return link;
  };

  const table = useMemo(
    () => (
      <GradeTable
        lang={lang}
        t={t}
        rule={assignmentRule(assignment)}
        rows={shown}
        sort={sort}
        onSort={onSort}
        reviewHref={reviewHref}
        open={open}
        onToggle={(row) =>
          setOpen((o) => {
            const next = new Set(o);
            if (next.has(row.key)) next.delete(row.key);
            else next.add(row.key);
            return next;
          })
        }
        hasComment={(row) => Boolean(row.learnerKey && p.comments[row.learnerKey]?.text)}
        renderComment={(row) => (
          <MentorComment
            t={t}
            row={row}
            assignment={assignment}
            comment={p.comments[row.learnerKey!]}
            modules={p.modules}
          />
        )}
      />
    ),
    [shown, sort, open, p.comments, assignment, lang],
  );

  return (
    <section class="in-section" aria-labelledby="in-gb-table">
      <h2 id="in-gb-table">{t("instructor.grade.tableTitle")}</h2>
      <p class="muted in-hint">{t("instructor.grade.rules")}</p>
      <div class="in-inline in-gb-settings">
        <label class="in-field">
          <span>{t("instructor.grade.countRule")}</span>
          <select
            value={p.countRule}
            onChange={(e) => p.onCountRule(e.currentTarget.value as CountRule)}
          >
            {COUNT_RULES.map((r) => (
              <option key={r} value={r}>
                {t(`instructor.grade.countRule.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="in-field in-mentor">
          <span>{t("instructor.grade.mentor")}</span>
          <input
            id="in-mentor"
            type="text"
            maxLength={200}
            value={p.mentor}
            autoComplete="name"
            onInput={(e) => setMentorName(e.currentTarget.value)}
          />
        </label>
      </div>
      <div class="in-filters in-inline" role="search" aria-label={t("instructor.filter.label")}>
        <label class="in-field">
          <span>{t("instructor.filter.status")}</span>
          <select
            value={filter.status}
            onChange={(e) =>
              setFilter({ ...filter, status: e.currentTarget.value as StatusFilter })
            }
          >
            {STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`instructor.filter.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="in-field">
          <span>{t("instructor.filter.timing")}</span>
          <select
            value={filter.timing}
            onChange={(e) =>
              setFilter({ ...filter, timing: e.currentTarget.value as TimingFilter })
            }
          >
            {TIMING_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`instructor.filter.timing.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="in-field">
          <span>{t("instructor.filter.query")}</span>
          <input
            type="search"
            value={filter.query}
            onInput={(e) => setFilter({ ...filter, query: e.currentTarget.value })}
          />
        </label>
        <label class="in-check">
          <input
            type="checkbox"
            checked={filter.showOthers}
            onChange={(e) => setFilter({ ...filter, showOthers: e.currentTarget.checked })}
          />
          <span>{t("instructor.filter.others")}</span>
        </label>
      </div>
      <p class="muted" role="status">
        {t("instructor.grade.counts", {
          shown: shown.length,
          total: rows.length,
          learners: figures.learners,
          verified: figures.verified,
          flagged: figures.flaggedLearners,
          copies: figures.copies,
        })}
      </p>
      {p.verifying ? <p class="muted">{t("instructor.grade.tableLater")}</p> : table}
    </section>
  );
}
