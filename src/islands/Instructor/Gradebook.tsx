import { useStore } from "@nanostores/preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { ASSIGNMENT_FORMAT, type Assignment } from "../../schemas/assignment";
import type { Lang } from "../../schemas/common";
import { SUBMISSION_FORMAT } from "../../schemas/submission";
import { reviewUrl, MAX_PAYLOAD_CHARS } from "../../lib/share-url";
import { $assignments, readAssignment, saveAssignment } from "../../stores/assignments";
import {
  $mentorNotes,
  dismissNotesRecovery,
  readNotesRecovery,
  setMentorName,
  type StoredComment,
} from "../../stores/mentor-notes";
import { getScenario } from "../../sim";
import { MAX_FILE_BYTES, unreadFile, type CheckedFile } from "./file-result";
import { ClassView } from "./ClassView";
import { assignmentSummary, gradebookCsv, gradebookJson } from "./export";
import { dateStamp, downloadText } from "../../lib/browser-files";
import { formatDateTime } from "./format";
import { GradeTable } from "./GradeTable";
import {
  buildRows,
  classView,
  filterRows,
  sortRows,
  type GradeRow,
  type RowFilter,
  type SortDir,
  type SortKey,
  type StatusFilter,
  type TimingFilter,
} from "./gradebook";
import type { ModuleOption, ScenarioOption, T } from "./Instructor";
import { MentorComment } from "./MentorComment";
import { RecoveryAlert } from "./RecoveryAlert";
import { verifyFiles, type VerifyJob, type VerifyRun } from "./verify-pool";

interface Props {
  lang: Lang;
  t: T;
  scenarios: ScenarioOption[];
  modules: ModuleOption[];
  /** An assignment chosen in the Assignments tab ("Grade submissions"). */
  handed: Assignment | null;
}

/** A loaded file: its text to (re)verify, or the row it already has (too large, unreadable). */
interface Loaded {
  key: number;
  file: string;
  text: string | null;
  preset?: CheckedFile;
}

/** How often the progress bar moves while verifying. */
const PROGRESS_MS = 200;
/**
 * New rows reach a small table about once a second while verifying. Laying out hundreds of rows
 * costs the page's thread (and the workers' cores) far more than the rows are worth mid-way, so a
 * larger batch shows running counts instead and fills the table once, at the end.
 */
const TABLE_MS = 1000;
const LIVE_TABLE_MAX = 100;

const STATUS_FILTERS: StatusFilter[] = [
  "all",
  "flagged",
  "verified",
  "tampered",
  "constraint-violation",
  "invalid",
];
const TIMING_FILTERS: TimingFilter[] = ["all", "late", "onTime"];

const NO_COMMENTS: Readonly<Record<string, StoredComment>> = {};

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** Loads an assignment and many submission files, verifies each by replay in workers, and shows the class. */
export function Gradebook({ lang, t, scenarios, modules, handed }: Props) {
  const saved = useStore($assignments);
  const notes = useStore($mentorNotes);
  const [assignment, setAssignment] = useState<Assignment | null>(null);
  const loaded = useRef<Loaded[]>([]);
  const results = useRef(new Map<number, CheckedFile>());
  const nextKey = useRef(1);
  const run = useRef<VerifyRun | null>(null);
  const queue = useRef<VerifyJob[]>([]);
  const flushTimer = useRef<number | null>(null);
  const [tick, setTick] = useState(0);
  const [progress, setProgress] = useState({ done: 0, total: 0, flagged: 0 });
  /** When the current round of verifying began, for the "verified in n s" line. */
  const started = useRef<number | null>(null);
  const [elapsed, setElapsed] = useState<number | null>(null);
  const [notice, setNotice] = useState<{ tone: "ok" | "warn" | "bad"; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: "learner", dir: "asc" });
  const [filter, setFilter] = useState<RowFilter>({
    status: "all",
    timing: "all",
    query: "",
    showSuperseded: true,
  });
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [notesRecovery, setNotesRecovery] = useState<string | null>(null);

  useEffect(() => setNotesRecovery(readNotesRecovery()), []);

  const counts = useRef({ done: 0, total: 0, flagged: 0 });

  const tableAt = useRef(0);

  /** Shows what has arrived: the progress bar at once, the table when `all` or once a second. */
  const flush = (all = true) => {
    if (flushTimer.current !== null) clearTimeout(flushTimer.current);
    flushTimer.current = null;
    setProgress({ ...counts.current });
    const now = performance.now();
    if (all || (counts.current.total <= LIVE_TABLE_MAX && now - tableAt.current >= TABLE_MS)) {
      tableAt.current = now;
      setTick((n) => n + 1);
    }
  };
  const scheduleFlush = () => {
    if (flushTimer.current === null)
      flushTimer.current = window.setTimeout(() => flush(false), PROGRESS_MS);
  };

  /** Starts the next batch when nothing is running. */
  const pump = (official: Assignment) => {
    if (run.current || queue.current.length === 0) return;
    const jobs = queue.current;
    queue.current = [];
    const current = verifyFiles(official, jobs, (id, result) => {
      results.current.set(id, result);
      counts.current.done += 1;
      if (result.status !== "verified") counts.current.flagged += 1;
      scheduleFlush();
    });
    run.current = current;
    void current.done.then(() => {
      if (run.current !== current) return;
      run.current = null;
      if (queue.current.length) pump(official);
      else {
        flush();
        if (started.current !== null) setElapsed(performance.now() - started.current);
        started.current = null;
      }
    });
  };

  const enqueue = (official: Assignment, items: Loaded[]) => {
    const jobs = items
      .filter((l) => l.text !== null)
      .map((l) => ({ id: l.key, file: l.file, text: l.text! }));
    if (!jobs.length) return flush();
    counts.current.total += jobs.length;
    setProgress({ ...counts.current });
    started.current ??= performance.now();
    setElapsed(null);
    queue.current.push(...jobs);
    pump(official);
  };

  /** Uses an assignment as the official copy: every loaded file is verified again against it. */
  const chooseAssignment = (next: Assignment) => {
    run.current?.cancel();
    run.current = null;
    queue.current = [];
    results.current = new Map(
      loaded.current.filter((l) => l.preset).map((l) => [l.key, l.preset!]),
    );
    counts.current = { done: 0, total: 0, flagged: 0 };
    setProgress({ done: 0, total: 0, flagged: 0 });
    started.current = null;
    setAssignment(next);
    enqueue(next, loaded.current);
  };

  useEffect(() => {
    if (handed) chooseAssignment(handed);
  }, [handed]);

  useEffect(() => () => run.current?.cancel(), []);

  const addFiles = async (files: File[]) => {
    if (!files.length) return;
    let official = assignment;
    let switched = false;
    const added: Loaded[] = [];
    const messages: string[] = [];
    for (const file of files) {
      const key = nextKey.current++;
      if (file.size > MAX_FILE_BYTES) {
        added.push({
          key,
          file: file.name,
          text: null,
          preset: unreadFile(file.name, "too-large", {
            size: Math.round((file.size / 1048576) * 10) / 10,
          }),
        });
        continue;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        added.push({
          key,
          file: file.name,
          text: null,
          preset: unreadFile(file.name, "read-failed"),
        });
        continue;
      }
      // An assignment file chooses the official assignment. Submissions embed one, so only a file
      // whose own format is the assignment's counts; the rest go to the verifier.
      const top =
        !text.includes(SUBMISSION_FORMAT) && text.includes(ASSIGNMENT_FORMAT)
          ? parseJson(text)
          : null;
      if (top && (top as { format?: unknown }).format === ASSIGNMENT_FORMAT) {
        const read = readAssignment(top);
        const parsed = read && getScenario(read.scenario) ? read : null;
        if (parsed && !switched) {
          official = parsed;
          switched = true;
          messages.push(
            t("instructor.grade.assignmentLoaded", { file: file.name, title: parsed.title[lang] }),
          );
          continue;
        }
        added.push({
          key,
          file: file.name,
          text: null,
          preset: unreadFile(file.name, parsed ? "extra-assignment" : "bad-assignment"),
        });
        continue;
      }
      added.push({ key, file: file.name, text });
    }
    loaded.current = [...loaded.current, ...added];
    for (const l of added) if (l.preset) results.current.set(l.key, l.preset);
    if (switched && official) chooseAssignment(official);
    else if (official) enqueue(official, added);
    else {
      flush();
      if (added.length) messages.push(t("instructor.grade.waiting", { n: added.length }));
    }
    setNotice(
      messages.length ? { tone: official ? "ok" : "warn", text: messages.join(" ") } : null,
    );
  };

  const clearAll = () => {
    run.current?.cancel();
    run.current = null;
    queue.current = [];
    loaded.current = [];
    results.current = new Map();
    counts.current = { done: 0, total: 0, flagged: 0 };
    setProgress({ done: 0, total: 0, flagged: 0 });
    started.current = null;
    setElapsed(null);
    setOpen(new Set());
    setNotice(null);
    flush();
  };

  const rows: GradeRow[] = useMemo(() => {
    if (!assignment) return [];
    const files = loaded.current.flatMap((l) => {
      const result = results.current.get(l.key);
      return result ? [{ key: l.key, result }] : [];
    });
    return buildRows(files, assignment);
  }, [tick, assignment]);
  const shown = useMemo(
    () => sortRows(filterRows(rows, filter), sort.key, sort.dir, lang),
    [rows, filter, sort, lang],
  );
  const figures = useMemo(() => classView(rows), [rows]);
  const verifying = progress.total > 0 && progress.done < progress.total;
  const waiting = !assignment ? loaded.current.length : 0;

  const onSort = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === "asc" ? "desc" : "asc" }
        : { key, dir: key === "learner" || key === "status" ? "asc" : "desc" },
    );

  /** Review links by checked file: encoding one is costly, and the table is drawn many times. */
  const reviewLinks = useMemo(() => new WeakMap<CheckedFile, string | null>(), [assignment, lang]);
  const reviewHref = (row: GradeRow): string | null => {
    const source = results.current.get(row.key);
    if (!row.run || !row.learner || !assignment || !source) return null;
    const known = reviewLinks.get(source);
    if (known !== undefined) return known;
    const href = reviewUrl(lang, {
      learner: row.learner.id
        ? { name: row.learner.name, id: row.learner.id }
        : { name: row.learner.name },
      run: row.run as Parameters<typeof reviewUrl>[1]["run"],
      assignment,
    });
    const link = href.length - href.indexOf("=") - 1 > MAX_PAYLOAD_CHARS ? null : href;
    reviewLinks.set(source, link);
    return link;
  };

  const comments = (assignment && notes.notes[assignment.id]) || NO_COMMENTS;
  const inList = assignment ? saved.assignments.some((a) => a.id === assignment.id) : true;
  const scenarioName = (id: string) => scenarios.find((s) => s.id === id)?.name ?? id;

  // The same vnode while nothing it shows has changed, so that progress updates skip the table.
  const table = useMemo(
    () =>
      assignment && (
        <GradeTable
          lang={lang}
          t={t}
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
          hasComment={(row) => Boolean(row.learnerKey && comments[row.learnerKey]?.text)}
          renderComment={(row) => (
            <MentorComment
              t={t}
              row={row}
              assignment={assignment}
              mentor={notes.mentor}
              comment={comments[row.learnerKey!]}
              modules={modules}
            />
          )}
        />
      ),
    [shown, sort, open, comments, notes.mentor, assignment, lang],
  );

  const exportFile = (kind: "csv" | "json") => {
    if (!assignment) return;
    if (kind === "csv")
      downloadText(
        `${assignment.id}-grades-${dateStamp()}.csv`,
        gradebookCsv(rows, assignment, t, lang),
        "text/csv;charset=utf-8",
      );
    else
      downloadText(
        `${assignment.id}-gradebook-${dateStamp()}.json`,
        gradebookJson(rows, assignment, t, lang, new Date().toISOString()),
      );
  };

  return (
    <div class="in-gradebook">
      {notesRecovery && (
        <RecoveryAlert
          t={t}
          message={t("instructor.recovery.notes", { key: notesRecovery })}
          onDismiss={() => {
            dismissNotesRecovery();
            setNotesRecovery(null);
          }}
        />
      )}

      <section class="in-section" aria-labelledby="in-gb-assignment">
        <h2 id="in-gb-assignment">{t("instructor.grade.assignmentTitle")}</h2>
        <p class="muted in-hint">{t("instructor.grade.assignmentHint")}</p>
        <div class="in-inline in-gb-pick">
          <label class="in-field">
            <span>{t("instructor.grade.pickSaved")}</span>
            <select
              onChange={(e) => {
                const a = saved.assignments.find((x) => x.id === e.currentTarget.value);
                if (a) chooseAssignment(a);
              }}
            >
              <option value="" disabled selected={!assignment || !inList}>
                {saved.assignments.length
                  ? t("instructor.grade.pickPrompt")
                  : t("instructor.grade.noSaved")}
              </option>
              {saved.assignments.map((a) => (
                <option key={a.id} value={a.id} selected={assignment?.id === a.id}>
                  {a.title[lang]} ({a.id})
                </option>
              ))}
            </select>
          </label>
        </div>
        {assignment && (
          <div class="card in-gb-card">
            <h3>{assignment.title[lang]}</h3>
            <p class="muted">
              {assignmentSummary(assignment, scenarioName(assignment.scenario), t, lang)}
            </p>
            <p class="muted">
              {t("instructor.list.due", { due: formatDateTime(lang, assignment.due) })} ·{" "}
              <code>{assignment.id}</code>
            </p>
            {!inList && (
              <button
                type="button"
                class="btn btn-small"
                onClick={() =>
                  setNotice(
                    saveAssignment(assignment)
                      ? { tone: "ok", text: t("instructor.grade.savedToList") }
                      : { tone: "bad", text: t("instructor.error.storage") },
                  )
                }
              >
                {t("instructor.grade.saveToList")}
              </button>
            )}
          </div>
        )}
      </section>

      <section class="in-section" aria-labelledby="in-gb-files">
        <h2 id="in-gb-files">{t("instructor.grade.filesTitle")}</h2>
        <div
          class={dragging ? "in-drop is-over" : "in-drop"}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void addFiles(Array.from(e.dataTransfer?.files ?? []));
          }}
        >
          <p>{t("instructor.grade.drop")}</p>
          <input
            id="in-files"
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            multiple
            onChange={(e) => {
              const input = e.currentTarget;
              void addFiles(Array.from(input.files ?? [])).then(() => (input.value = ""));
            }}
          />
          <label class="btn btn-primary" for="in-files">
            {t("instructor.grade.choose")}
          </label>
          <p class="muted in-hint">{t("instructor.grade.filesHint")}</p>
        </div>
        <div class="in-live" aria-live="polite">
          {notice && <p class={`notice in-notice-${notice.tone}`}>{notice.text}</p>}
          {waiting > 0 && (
            <p class="notice in-notice-warn">{t("instructor.grade.waiting", { n: waiting })}</p>
          )}
        </div>
        {progress.total > 0 && (
          <div class="in-progress">
            <label for="in-progress-bar">
              {t("instructor.grade.progress", { done: progress.done, total: progress.total })}
            </label>
            <progress id="in-progress-bar" max={progress.total} value={progress.done} />
            {verifying && progress.total > LIVE_TABLE_MAX && (
              <span class="muted">{t("instructor.grade.tableLater")}</span>
            )}
            <span class="muted" role="status">
              {verifying
                ? t("instructor.grade.verifying", { flagged: progress.flagged })
                : elapsed !== null
                  ? t("instructor.grade.doneIn", {
                      n: progress.total,
                      seconds: (elapsed / 1000).toFixed(1),
                    })
                  : t("instructor.grade.done", { n: progress.total })}
            </span>
          </div>
        )}
      </section>

      {assignment && rows.length > 0 && (
        <>
          <section class="in-section" aria-labelledby="in-gb-table">
            <h2 id="in-gb-table">{t("instructor.grade.tableTitle")}</h2>
            <p class="muted in-hint">{t("instructor.grade.rules")}</p>
            <div class="in-mentor in-inline">
              <label class="in-field">
                <span>{t("instructor.grade.mentor")}</span>
                <input
                  id="in-mentor"
                  type="text"
                  maxLength={200}
                  value={notes.mentor}
                  autoComplete="name"
                  onInput={(e) => setMentorName(e.currentTarget.value)}
                />
              </label>
            </div>
            <div
              class="in-filters in-inline"
              role="search"
              aria-label={t("instructor.filter.label")}
            >
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
                  checked={filter.showSuperseded}
                  onChange={(e) =>
                    setFilter({ ...filter, showSuperseded: e.currentTarget.checked })
                  }
                />
                <span>{t("instructor.filter.superseded")}</span>
              </label>
            </div>
            <p class="muted" role="status">
              {t("instructor.grade.counts", {
                shown: shown.length,
                total: rows.length,
                verified: figures.statusCounts.verified,
                flagged:
                  figures.statusCounts.tampered +
                  figures.statusCounts["constraint-violation"] +
                  figures.statusCounts.invalid,
                superseded: figures.superseded,
              })}
            </p>
            {table}
            <p class="in-actions">
              <button
                type="button"
                class="btn"
                onClick={() => exportFile("csv")}
                disabled={verifying}
              >
                {t("instructor.grade.exportCsv")}
              </button>
              <button
                type="button"
                class="btn"
                onClick={() => exportFile("json")}
                disabled={verifying}
              >
                {t("instructor.grade.exportJson")}
              </button>
              <button type="button" class="btn" onClick={clearAll}>
                {t("instructor.grade.clear")}
              </button>
            </p>
            <p class="muted in-hint">{t("instructor.grade.exportHint")}</p>
          </section>

          <section class="in-section" aria-labelledby="in-gb-class">
            <h2 id="in-gb-class">{t("instructor.class.title")}</h2>
            {verifying ? (
              <p class="muted">{t("instructor.class.wait")}</p>
            ) : (
              <ClassView lang={lang} t={t} view={figures} />
            )}
          </section>
        </>
      )}
    </div>
  );
}
