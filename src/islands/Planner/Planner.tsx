import { useStore } from "@nanostores/preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Lang } from "../../schemas/common";
import type { LevelId } from "../../schemas/rubric";
import { makeT, type Strings } from "../../i18n/t";
import { scorePlan } from "../../grading/rubric";
import { planToRun, sandboxLink } from "../../grading/plan-to-run";
import type { PlanCost } from "../../grading/plan-cost";
import {
  parsePlanFile,
  planFileName,
  planFileText,
  MAX_PLAN_FILE_CHARS,
  type PlanFileResult,
} from "../../lib/plan-file";
import {
  $plans,
  activePlan,
  addPlan,
  createBlankPlan,
  createCopy,
  deletePlan,
  dismissPlansRecovery,
  openPlan,
  readPlansRecovery,
  recoveredPlansText,
  renamePlan,
  restorePlan,
  updatePlan,
  type Deleted,
  type PlansRecovery,
} from "../../stores/plans";
import { fmtNum, fmtPct } from "../../widgets/numbers";
import { downloadText } from "../../lib/browser-files";
import { EditorContext, type PlanEditor } from "./fields";
import { NewPlan, type NewPlanChoice } from "./NewPlan";
import { outlineToMarkdown, planOutline, type ScoreLine } from "../../planner/outline";
import { PlanDocument } from "./PlanDocument";
import { PlanForm } from "./PlanForm";
import { SECTIONS } from "../../planner/outline";
import { setField } from "../../planner/plan-edit";
import { CostPanel } from "./CostPanel";
import { RunPanel } from "./RunPanel";
import { cappedText, ScorePanel } from "./ScorePanel";
import type {
  AssignmentView,
  ExampleView,
  RubricView,
  ScenarioOption,
  SimLabels,
} from "../../planner/view";
import "./planner.css";

interface Props {
  lang: Lang;
  strings: Strings;
  rubrics: RubricView[];
  /** Each checked text field's label and hints in both languages: pasting them earns nothing. */
  echoes: Record<string, string[]>;
  examples: ExampleView[];
  assignments: AssignmentView[];
  scenarios: ScenarioOption[];
  sim: SimLabels;
}

type Notice = { tone: "ok" | "warn" | "bad"; text: string; list?: string[] };

const DEFAULT_RUBRIC = "capstone";
const round1 = (n: number) => Math.round(n * 10) / 10;

/** What an import that failed says, in the learner's language. */
function importError(
  t: ReturnType<typeof makeT>,
  result: Exclude<PlanFileResult, { ok: true }>,
): Notice {
  if (result.error === "invalid") {
    return {
      tone: "bad",
      text: t("planner.import.invalid"),
      list: result.problems.map((p) =>
        t("planner.import.problemAt", {
          where: p.path === "" ? t("planner.import.wholeFile") : p.path,
          problem: t(`planner.import.problem.${p.problem}`),
        }),
      ),
    };
  }
  if (result.error === "newer")
    return { tone: "bad", text: t("planner.import.newer", { version: result.version }) };
  return { tone: "bad", text: t(`planner.import.${result.error}`) };
}

/** The progress store, loaded only when a module's assignment is being done. */
const progress = () => import("../../stores/progress");

/** The engine, loaded after the page: it runs the plan to find what it costs. */
type Costing = typeof import("../../grading/plan-cost");

export default function Planner({
  lang,
  strings,
  rubrics,
  echoes,
  examples,
  assignments,
  scenarios,
  sim,
}: Props) {
  const t = makeT(strings);
  const state = useStore($plans);
  const plan = activePlan(state);
  const [rubricId, setRubricId] = useState(DEFAULT_RUBRIC);
  const [assignment, setAssignment] = useState<AssignmentView | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [recovery, setRecovery] = useState<PlansRecovery | null>(null);
  const [recoveryHref, setRecoveryHref] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [view, setView] = useState<"edit" | "print">("edit");
  const [recorded, setRecorded] = useState<string | null>(null);
  const [wide] = useState(() => window.matchMedia("(min-width: 64rem)").matches);
  const [navOpen] = useState(() => window.matchMedia("(min-width: 90rem)").matches);
  const [costing, setCosting] = useState<Costing | "failed" | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const say = (notice: Notice) => setNotices([notice]);

  // The stored plans could not all be read: say so, offer the kept copy.
  useEffect(() => {
    const found = readPlansRecovery();
    setRecovery(found);
    const text = found && recoveredPlansText(found);
    if (!text) return;
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    setRecoveryHref(url);
    return () => URL.revokeObjectURL(url);
  }, []);

  // ?rubric=<id>&module=<NN-slug> (module pages write ?assignment=<NN-slug>): a module's plan assignment.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const moduleId = params.get("module") ?? params.get("assignment");
    const wanted = params.get("rubric");
    if (moduleId !== null) {
      const found = assignments.find(
        (a) => a.moduleId === moduleId && (wanted === null || a.rubric === wanted),
      );
      if (found) {
        setAssignment(found);
        setRubricId(found.rubric);
        void progress().then((p) => p.startAssignment(found.moduleId));
        return;
      }
      say({ tone: "warn", text: t("planner.assignment.unknown", { module: moduleId }) });
    }
    if (wanted !== null) {
      if (rubrics.some((r) => r.id === wanted)) setRubricId(wanted);
      else say({ tone: "warn", text: t("rubric.unknown", { rubric: wanted }) });
    }
  }, []);

  useEffect(() => {
    import("../../grading/plan-cost").then(
      (module) => setCosting(module),
      () => setCosting("failed"),
    );
  }, []);

  // Printing from the browser menu prints the document too.
  useEffect(() => {
    const before = () => setView("print");
    window.addEventListener("beforeprint", before);
    return () => window.removeEventListener("beforeprint", before);
  }, []);

  const rubric = rubrics.find((r) => r.id === rubricId) ?? rubrics[0]!;
  const passMark =
    assignment && assignment.rubric === rubric.id ? assignment.passMark : rubric.passMark;
  const mapped = useMemo(() => {
    const scenario = plan && scenarios.find((s) => s.id === plan.scenario);
    return plan && scenario
      ? planToRun(plan, { scenario, modelVersion: sim.modelVersion, seed: scenario.seed })
      : null;
  }, [plan, scenarios, sim]);
  // What the plan's run costs: "pending" until the engine has loaded (the score waits for it).
  const cost = useMemo((): PlanCost | null | "pending" => {
    if (!mapped) return null;
    if (costing === null || costing === "failed") return "pending";
    return costing.planCost(mapped);
  }, [mapped, costing]);
  const score = useMemo(
    () => (plan ? scorePlan(rubric, plan, { passMark, echoes, cost }) : null),
    [plan, rubric, passMark, echoes, cost],
  );
  const runHref = useMemo(
    () => (plan && mapped ? sandboxLink(plan, mapped, lang) : null),
    [plan, mapped, lang],
  );
  const scenarioName = (id: string) => scenarios.find((s) => s.id === id)?.name ?? id;

  const saveFailed = () => say({ tone: "bad", text: t("planner.saveFailed") });

  const editor: PlanEditor | null = plan
    ? {
        plan,
        t,
        set: (path, value) => {
          if (!updatePlan(plan.id, (p) => setField(p, path, value))) saveFailed();
        },
        change: (update) => {
          if (!updatePlan(plan.id, update)) saveFailed();
        },
      }
    : null;

  const create = (choice: NewPlanChoice) => {
    const made =
      choice.kind === "blank"
        ? createBlankPlan(choice.name, choice.scenario)
        : createCopy(choice.example.plan, choice.name);
    if (!made) return saveFailed();
    setCreating(false);
    say({ tone: "ok", text: t("planner.created", { name: made.name }) });
  };

  const scoreLine = (): ScoreLine | undefined =>
    score
      ? {
          rubric: rubric.title,
          score: `${fmtPct(lang, score.score, 0)} · ${t(score.passed ? "rubric.passed" : "rubric.notYet", { mark: fmtPct(lang, score.passMark, 0) })}`,
          detail: `${t("rubric.autoPart", { points: round1(score.auto.points), max: round1(score.auto.max) })} ${t("rubric.selfPart", { points: round1(score.self.points), max: round1(score.self.max) })}${score.capped ? ` ${cappedText(t, lang, rubric, score.capped)}` : ""}`,
        }
      : undefined;

  const onImport = async (file: File) => {
    const result =
      file.size > MAX_PLAN_FILE_CHARS * 4
        ? ({ ok: false, error: "too-large" } as const)
        : parsePlanFile(await file.text());
    if (!result.ok) return say(importError(t, result));
    const stored = addPlan(result.plan);
    if (!stored) return saveFailed();
    say({
      tone: "ok",
      text:
        t("planner.import.done", { name: stored.name }) +
        (result.migratedFrom !== undefined
          ? ` ${t("planner.import.migrated", { version: result.migratedFrom })}`
          : "") +
        (stored.id !== result.plan.id ? ` ${t("planner.import.newId")}` : ""),
    });
  };

  const noticeList = (
    <div class="pl-notices" aria-live="polite">
      {recovery && (
        <div class="notice pl-notice-bad" role="alert">
          <p>
            <strong>{t("planner.recovery.title")}</strong>{" "}
            {recovery.whole
              ? t("planner.recovery.whole")
              : t("planner.recovery.some", { n: recovery.dropped })}{" "}
            {t(recovery.backupKey ? "planner.recovery.kept" : "planner.recovery.notKept")}
          </p>
          <p class="pl-actions">
            {recoveryHref && (
              <a class="btn" href={recoveryHref} download="community-ops-lab-plans-unreadable.json">
                {t("planner.recovery.download")}
              </a>
            )}
            <button
              type="button"
              class="btn"
              onClick={() => {
                dismissPlansRecovery();
                setRecovery(null);
              }}
            >
              {t("planner.recovery.dismiss")}
            </button>
          </p>
        </div>
      )}
      {notices.map((n, i) => (
        <div
          key={i}
          class={`notice pl-notice-${n.tone}`}
          role={n.tone === "bad" ? "alert" : "status"}
        >
          <p>{n.text}</p>
          {n.list && (
            <ul>
              {n.list.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ul>
          )}
          <button type="button" class="btn btn-small" onClick={() => setNotices([])}>
            {t("planner.notice.close")}
          </button>
        </div>
      ))}
      {deleted && (
        <div class="notice pl-notice-ok" role="status">
          <p>{t("planner.deleted", { name: deleted.plan.name })}</p>
          <button
            type="button"
            class="btn btn-small"
            onClick={() => {
              if (!restorePlan(deleted)) saveFailed();
              setDeleted(null);
            }}
          >
            {t("planner.undo")}
          </button>
        </div>
      )}
    </div>
  );

  const importControl = (
    <>
      <button type="button" class="btn" onClick={() => fileInput.current?.click()}>
        {t("planner.import.button")}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        class="visually-hidden"
        tabIndex={-1}
        aria-label={t("planner.import.button")}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (file) void onImport(file);
        }}
      />
    </>
  );

  if (!plan || !editor || !score) {
    return (
      <div class="planner">
        {noticeList}
        <div class="pl-empty">
          <h2>{t("planner.empty.title")}</h2>
          <p>{t("planner.empty.lead")}</p>
          <NewPlan
            t={t}
            examples={examples}
            scenarios={scenarios}
            defaultScenario={examples[0]?.scenario ?? scenarios[0]?.id ?? ""}
            onCreate={create}
          />
          <p class="pl-actions">{importControl}</p>
        </div>
      </div>
    );
  }

  if (view === "print") {
    return (
      <div class="planner is-print">
        <p class="pl-actions no-print">
          <button type="button" class="btn btn-primary" onClick={() => window.print()}>
            {t("planner.print.print")}
          </button>
          <button type="button" class="btn" onClick={() => setView("edit")}>
            {t("planner.print.back")}
          </button>
        </p>
        <PlanDocument
          outline={planOutline(plan, t, scenarioName(plan.scenario))}
          score={scoreLine()}
        />
      </div>
    );
  }

  return (
    <EditorContext.Provider value={editor}>
      <div class="planner">
        {noticeList}
        {assignment && (
          <div class="notice pl-assignment">
            <p>
              <strong>{t("planner.assignment.title", { module: assignment.title })}</strong>{" "}
              {t("planner.assignment.lead", {
                rubric: rubric.title,
                mark: fmtPct(lang, assignment.passMark, 0),
              })}
            </p>
            <p class="pl-actions">
              <button
                type="button"
                class="btn btn-primary"
                disabled={rubric.id !== assignment.rubric || cost === "pending"}
                onClick={async () => {
                  const at = new Date().toISOString();
                  const { recordAssignment } = await progress();
                  const ok = recordAssignment(
                    assignment.moduleId,
                    { kind: "plan", score: score.score, passed: score.passed, at },
                    assignment.requires,
                  );
                  setRecorded(
                    ok
                      ? t(
                          score.passed
                            ? "planner.assignment.recordedPass"
                            : "planner.assignment.recordedFail",
                          {
                            score: fmtPct(lang, score.score, 0),
                          },
                        )
                      : t("planner.saveFailed"),
                  );
                }}
              >
                {t("planner.assignment.record")}
              </button>
              <a class="btn" href={assignment.href}>
                {t("planner.assignment.back")}
              </a>
            </p>
            {recorded && (
              <p role="status" class="pl-recorded">
                {recorded}
              </p>
            )}
          </div>
        )}

        <div class="pl-toolbar" role="group" aria-label={t("planner.toolbar")}>
          <div class="pl-field pl-plan-select">
            <label for="pl-plan">{t("planner.plan")}</label>
            <select
              id="pl-plan"
              value={plan.id}
              onChange={(e) => {
                openPlan(e.currentTarget.value);
                setRenaming(null);
              }}
            >
              {state.plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            <span class="pl-saved muted">{t("planner.saved")}</span>
          </div>
          {renaming !== null ? (
            <form
              class="pl-rename"
              onSubmit={(e) => {
                e.preventDefault();
                if (renaming.trim() === "") return;
                if (!renamePlan(plan.id, renaming)) saveFailed();
                setRenaming(null);
              }}
            >
              <label for="pl-rename-input">{t("planner.rename.label")}</label>
              <input
                id="pl-rename-input"
                type="text"
                maxLength={200}
                required
                value={renaming}
                onInput={(e) => setRenaming(e.currentTarget.value)}
              />
              <button type="submit" class="btn btn-small btn-primary">
                {t("planner.rename.save")}
              </button>
              <button type="button" class="btn btn-small" onClick={() => setRenaming(null)}>
                {t("planner.cancel")}
              </button>
            </form>
          ) : null}
          <div class="pl-actions">
            <button
              type="button"
              class="btn"
              aria-expanded={creating}
              onClick={() => setCreating(!creating)}
            >
              {t("planner.new.button")}
            </button>
            <button
              type="button"
              class="btn"
              onClick={() => {
                const copy = createCopy(plan, t("planner.copyName", { name: plan.name }));
                if (!copy) saveFailed();
                else say({ tone: "ok", text: t("planner.created", { name: copy.name }) });
              }}
            >
              {t("planner.duplicate")}
            </button>
            <button type="button" class="btn" onClick={() => setRenaming(plan.name)}>
              {t("planner.rename.button")}
            </button>
            <button
              type="button"
              class="btn"
              onClick={() => {
                const gone = deletePlan(plan.id);
                if (!gone) saveFailed();
                setDeleted(gone);
                setNotices([]);
              }}
            >
              {t("planner.delete")}
            </button>
            <button
              type="button"
              class="btn"
              onClick={() =>
                downloadText(planFileName(plan, "json"), planFileText(plan), "application/json")
              }
            >
              {t("planner.export.json")}
            </button>
            <button
              type="button"
              class="btn"
              onClick={() =>
                downloadText(
                  planFileName(plan, "md"),
                  outlineToMarkdown(planOutline(plan, t, scenarioName(plan.scenario)), scoreLine()),
                  "text/markdown",
                )
              }
            >
              {t("planner.export.markdown")}
            </button>
            <button type="button" class="btn" onClick={() => setView("print")}>
              {t("planner.print.button")}
            </button>
            {importControl}
            {runHref && (
              <a class="btn btn-primary" href={runHref}>
                {t("planner.run.open")}
              </a>
            )}
          </div>
        </div>
        {creating && (
          <NewPlan
            t={t}
            examples={examples}
            scenarios={scenarios}
            defaultScenario={plan.scenario}
            onCreate={create}
            onCancel={() => setCreating(false)}
          />
        )}

        <div class="pl-layout">
          <nav class="pl-nav" aria-label={t("planner.sections")}>
            <details open={navOpen}>
              <summary>{t("planner.sections")}</summary>
              <ol>
                {SECTIONS.map((id) => (
                  <li key={id}>
                    <a href={`#sec-${id}`}>{t(`planner.s.${id}`)}</a>
                  </li>
                ))}
              </ol>
            </details>
          </nav>
          {/* The side column: the rubric score; another live panel on the plan goes in a details of its own below it. */}
          <aside class="pl-score" aria-labelledby="pl-score-h">
            <details open={wide}>
              <summary>
                <span id="pl-score-h">{t("rubric.heading")}</span>{" "}
                <span class="pl-score-mini">{fmtPct(lang, score.score, 0)}</span>
              </summary>
              <ScorePanel
                lang={lang}
                rubrics={rubrics}
                rubricId={rubric.id}
                onRubric={setRubricId}
                score={score}
                onSelf={(id: string, level: LevelId) =>
                  editor.change((p) => ({
                    ...p,
                    selfAssessment: { ...p.selfAssessment, [id]: level },
                  }))
                }
                t={t}
              />
            </details>
            <details open={wide} class="pl-cost">
              <summary>
                <span id="pl-cost-h">{t("planner.cost.heading")}</span>{" "}
                {cost && cost !== "pending" && (
                  <span class={`pl-score-mini${cost.hoursFit && cost.moneyFit ? "" : " is-over"}`}>
                    {t("planner.cost.mini", {
                      hours: fmtNum(lang, cost.busiestHours, 1),
                      team: fmtNum(lang, cost.teamHours, 1),
                    })}
                  </span>
                )}
              </summary>
              <CostPanel
                cost={costing === "failed" ? "failed" : cost}
                labels={sim}
                lang={lang}
                t={t}
              />
            </details>
          </aside>
          <div class="pl-main">
            <PlanForm scenarios={scenarios} />
            <section class="pl-section" id="sec-run" aria-labelledby="sec-run-h">
              <h2 id="sec-run-h">{t("planner.run.heading")}</h2>
              <p class="pl-help">{t("planner.run.lead")}</p>
              <RunPanel
                mapped={mapped}
                href={runHref}
                scenarioName={scenarioName(plan.scenario)}
                labels={sim}
                lang={lang}
                t={t}
              />
            </section>
          </div>
        </div>
      </div>
    </EditorContext.Provider>
  );
}
