import { LANGS } from "../../vocabulary/course";
import { GOAL_METRICS, LEVERS, type LeverSpec } from "../../sim";
import { leverLabel, leverUnit, metricLabel } from "../../i18n/sim";
import {
  MAX_GOALS,
  MAX_SEED,
  blankGoal,
  drawSeed,
  isRatioMetric,
  switchScenario,
  type BuilderForm,
  type FormProblem,
  type GoalField,
} from "../../grading/gradebook/builder";
import { randomUnit } from "../../lib/random";
import { leverValueText } from "../../grading/gradebook/reasons";
import type { T } from "../../i18n/t";
import type { ScenarioOption } from "../../grading/gradebook/builder";

interface Props {
  t: T;
  scenarios: ScenarioOption[];
  form: BuilderForm;
  onChange: (form: BuilderForm) => void;
  /** Shown only after the instructor first tries to save or preview. */
  problems: FormProblem[];
  warnings: FormProblem[];
}

/** The input id for a form field path ("goals.0.value" → "ab-goals-0-value"). */
export const fieldId = (field: string) => `ab-${field.replace(/\./g, "-")}`;

/** A form problem in the instructor's language (lever names as the engine labels them). */
export function problemText(p: FormProblem, t: T): string {
  const values = { ...p.values };
  if (typeof values.lever === "string") values.lever = leverLabel(t, values.lever);
  return t(`instructor.builder.err.${p.key}`, values);
}

/** The assignment form: scenario and run, locked levers, goals, texts in both languages, grading. */
export function AssignmentBuilder({ t, scenarios, form, onChange, problems, warnings }: Props) {
  const problemFor = (field: string) => problems.find((p) => p.field === field);
  const warningFor = (field: string) => warnings.find((p) => p.field === field);
  const message = (p: FormProblem) => problemText(p, t);

  /** aria attributes and the message under an input. */
  const check = (field: string) => {
    const p = problemFor(field);
    return {
      attrs: p
        ? { "aria-invalid": true as const, "aria-describedby": `${fieldId(field)}-err` }
        : {},
      note: p ? (
        <span class="in-field-err" id={`${fieldId(field)}-err`}>
          {message(p)}
        </span>
      ) : null,
    };
  };

  const set = (patch: Partial<BuilderForm>) => onChange({ ...form, ...patch });
  const setGoal = (i: number, patch: Partial<GoalField>) =>
    set({ goals: form.goals.map((g, j) => (j === i ? { ...g, ...patch } : g)) });
  const setLock = (name: string, patch: Partial<{ on: boolean; value: string }>) =>
    set({ locked: { ...form.locked, [name]: { ...form.locked[name]!, ...patch } } });
  const value = (e: { currentTarget: { value: string } }) => e.currentTarget.value;

  const seed = check("seed");
  const learnerIds = check("learnerIds");
  const runWarnings = warnings.filter((w) => w.field === "seed" || w.field === "modelVersion");
  const weeks = check("weeks");
  const passMark = check("passMark");
  const due = check("due");
  const dueWarning = warningFor("due");
  const goalsProblem = problemFor("goals");

  const leverControl = (spec: LeverSpec) => {
    const field = form.locked[spec.name]!;
    const id = fieldId(`locked.${spec.name}`);
    const c = check(`locked.${spec.name}`);
    const label = `${leverLabel(t, spec.name)} — ${t("instructor.builder.lockedValue")}`;
    if (spec.kind === "number") {
      const unit = leverUnit(t, spec.name);
      return (
        <>
          <input
            id={id}
            type="number"
            inputMode="decimal"
            min={spec.min}
            max={spec.max}
            step="any"
            value={field.value}
            disabled={!field.on}
            aria-label={label}
            onInput={(e) => setLock(spec.name, { value: value(e) })}
            {...c.attrs}
          />
          <span class="muted in-unit">
            {spec.min}–{spec.max} {unit === `${spec.min}–${spec.max}` ? "" : unit}
          </span>
          {c.note}
        </>
      );
    }
    const options =
      spec.kind === "boolean"
        ? ["true", "false"]
        : spec.kind === "action"
          ? ["none", ...spec.options]
          : [...spec.options];
    return (
      <>
        <select
          id={id}
          value={field.value}
          disabled={!field.on}
          aria-label={label}
          onChange={(e) => setLock(spec.name, { value: value(e) })}
          {...c.attrs}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {leverValueText(spec.name, spec.kind === "boolean" ? o === "true" : o, t)}
            </option>
          ))}
        </select>
        {c.note}
      </>
    );
  };

  return (
    <div class="in-builder">
      <fieldset class="in-fieldset">
        <legend>{t("instructor.builder.run")}</legend>
        <div class="in-grid">
          <label class="in-field">
            <span>{t("instructor.builder.scenario")}</span>
            <select
              id={fieldId("scenario")}
              value={form.scenario}
              onChange={(e) => onChange(switchScenario(form, value(e)))}
            >
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <div class="in-field">
            <label for={fieldId("seed")}>{t("instructor.builder.seed")}</label>
            <span class="in-inline">
              <input
                id={fieldId("seed")}
                type="number"
                inputMode="numeric"
                min={0}
                max={MAX_SEED}
                step={1}
                value={form.seed}
                onInput={(e) => set({ seed: value(e) })}
                {...seed.attrs}
              />
              <button
                type="button"
                class="btn btn-small"
                onClick={() => set({ seed: String(drawSeed(randomUnit)) })}
              >
                {t("instructor.builder.drawSeed")}
              </button>
            </span>
            {seed.note}
          </div>
          <label class="in-field">
            <span>{t("instructor.builder.weeks")}</span>
            <input
              id={fieldId("weeks")}
              type="number"
              inputMode="numeric"
              min={8}
              max={104}
              step={1}
              value={form.weeks}
              onInput={(e) => set({ weeks: value(e) })}
              {...weeks.attrs}
            />
            {weeks.note}
          </label>
        </div>
        <p class="muted in-hint">{t("instructor.builder.seedHint")}</p>
        <label class="in-check">
          <input
            id={fieldId("personalSeeds")}
            type="checkbox"
            checked={form.personalSeeds}
            onChange={(e) => set({ personalSeeds: e.currentTarget.checked })}
          />
          <span>{t("instructor.builder.personalSeeds")}</span>
        </label>
        <p class="muted in-hint">{t("instructor.builder.personalSeedsHint")}</p>
        {form.personalSeeds && (
          <label class="in-field">
            <span>{t("instructor.builder.learnerIds")}</span>
            <textarea
              id={fieldId("learnerIds")}
              rows={4}
              value={form.learnerIds}
              onInput={(e) => set({ learnerIds: value(e) })}
              aria-describedby={`${fieldId("learnerIds")}-hint`}
              {...learnerIds.attrs}
            />
            <span class="muted in-hint" id={`${fieldId("learnerIds")}-hint`}>
              {t("instructor.builder.learnerIdsHint")}
            </span>
            {learnerIds.note}
          </label>
        )}
        {runWarnings.map((w, i) => (
          <p key={i} class="in-field-warn" role="status">
            {message(w)}
          </p>
        ))}
      </fieldset>

      <fieldset class="in-fieldset">
        <legend>{t("instructor.builder.locked")}</legend>
        <p class="muted in-hint">{t("instructor.builder.lockedHint")}</p>
        <ul class="in-levers">
          {LEVERS.map((spec) => {
            const field = form.locked[spec.name]!;
            return (
              <li key={spec.name} class={field.on ? "in-lever is-on" : "in-lever"}>
                <label class="in-check">
                  <input
                    type="checkbox"
                    checked={field.on}
                    onChange={(e) => setLock(spec.name, { on: e.currentTarget.checked })}
                  />
                  <span>{t("instructor.builder.lock", { lever: leverLabel(t, spec.name) })}</span>
                </label>
                <span class="in-lever-value">{leverControl(spec)}</span>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <fieldset class="in-fieldset">
        <legend>{t("instructor.builder.goals")}</legend>
        <p class="muted in-hint">{t("instructor.builder.goalsHint")}</p>
        <p class="muted in-hint">{t("instructor.builder.hoursHint")}</p>
        {goalsProblem && (
          <p class="in-field-err" id={fieldId("goals")} tabIndex={-1}>
            {message(goalsProblem)}
          </p>
        )}
        <ol class="in-goals">
          {form.goals.map((g, i) => {
            const ratio = isRatioMetric(g.metric);
            const v = check(`goals.${i}.value`);
            const w = check(`goals.${i}.byWeek`);
            const m = check(`goals.${i}.metric`);
            return (
              <li key={i} class="in-goal">
                <label class="in-field">
                  <span>{t("instructor.builder.goalMetric", { n: i + 1 })}</span>
                  <select
                    id={fieldId(`goals.${i}.metric`)}
                    value={g.metric}
                    onChange={(e) => setGoal(i, { metric: value(e) })}
                    {...m.attrs}
                  >
                    {!(GOAL_METRICS as readonly string[]).includes(g.metric) && (
                      <option value={g.metric}>{g.metric}</option>
                    )}
                    {GOAL_METRICS.map((x) => (
                      <option key={x} value={x}>
                        {metricLabel(t, x)}
                      </option>
                    ))}
                  </select>
                  {m.note}
                </label>
                <label class="in-field in-op">
                  <span>{t("instructor.builder.goalOp")}</span>
                  <select
                    id={fieldId(`goals.${i}.op`)}
                    value={g.op}
                    onChange={(e) => setGoal(i, { op: value(e) as GoalField["op"] })}
                  >
                    <option value=">=">{t("instructor.builder.atLeast")}</option>
                    <option value="<=">{t("instructor.builder.atMost")}</option>
                  </select>
                </label>
                <label class="in-field">
                  <span>
                    {ratio
                      ? t("instructor.builder.goalValuePercent")
                      : t("instructor.builder.goalValue")}
                  </span>
                  <input
                    id={fieldId(`goals.${i}.value`)}
                    type="number"
                    inputMode="decimal"
                    step="any"
                    value={g.value}
                    onInput={(e) => setGoal(i, { value: value(e) })}
                    {...v.attrs}
                  />
                  {v.note}
                </label>
                <label class="in-field">
                  <span>{t("instructor.builder.goalWeek")}</span>
                  <input
                    id={fieldId(`goals.${i}.byWeek`)}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    step={1}
                    placeholder={t("instructor.builder.lastWeek")}
                    value={g.byWeek}
                    onInput={(e) => setGoal(i, { byWeek: value(e) })}
                    {...w.attrs}
                  />
                  {w.note}
                </label>
                <button
                  type="button"
                  class="btn btn-small in-remove"
                  onClick={() => set({ goals: form.goals.filter((_, j) => j !== i) })}
                  aria-label={t("instructor.builder.removeGoalLabel", { n: i + 1 })}
                >
                  {t("instructor.builder.removeGoal")}
                </button>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          class="btn btn-small"
          disabled={form.goals.length >= MAX_GOALS}
          onClick={() => set({ goals: [...form.goals, blankGoal()] })}
        >
          {t("instructor.builder.addGoal")}
        </button>
      </fieldset>

      <fieldset class="in-fieldset">
        <legend>{t("instructor.builder.texts")}</legend>
        <p class="muted in-hint">{t("instructor.builder.textsHint")}</p>
        <div class="in-grid in-grid-2">
          {LANGS.map((l) => {
            const title = check(`title.${l}`);
            const text = check(`instructions.${l}`);
            return (
              <div key={l} class="in-lang" lang={l === "zh-cn" ? "zh-CN" : "en"}>
                <label class="in-field">
                  <span>{t(`instructor.builder.title.${l}`)}</span>
                  <input
                    id={fieldId(`title.${l}`)}
                    type="text"
                    maxLength={200}
                    value={form.title[l]}
                    onInput={(e) => set({ title: { ...form.title, [l]: value(e) } })}
                    {...title.attrs}
                  />
                  {title.note}
                </label>
                <label class="in-field">
                  <span>{t(`instructor.builder.instructions.${l}`)}</span>
                  <textarea
                    id={fieldId(`instructions.${l}`)}
                    rows={5}
                    maxLength={5000}
                    value={form.instructions[l]}
                    onInput={(e) => set({ instructions: { ...form.instructions, [l]: value(e) } })}
                    {...text.attrs}
                  />
                  {text.note}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>

      <fieldset class="in-fieldset">
        <legend>{t("instructor.builder.grading")}</legend>
        <div class="in-grid">
          <label class="in-field">
            <span>{t("instructor.builder.passMark")}</span>
            <input
              id={fieldId("passMark")}
              type="number"
              inputMode="decimal"
              min={0}
              max={100}
              step="any"
              value={form.passMark}
              onInput={(e) => set({ passMark: value(e) })}
              {...passMark.attrs}
            />
            {passMark.note}
          </label>
          <label class="in-field">
            <span>{t("instructor.builder.due")}</span>
            <input
              id={fieldId("due")}
              type="datetime-local"
              value={form.due}
              onInput={(e) => set({ due: value(e) })}
              {...due.attrs}
              aria-describedby={
                [due.attrs["aria-describedby"], dueWarning ? `${fieldId("due")}-warn` : ""]
                  .filter(Boolean)
                  .join(" ") || undefined
              }
            />
            {due.note}
            {dueWarning && (
              <span class="in-field-warn" id={`${fieldId("due")}-warn`}>
                {message(dueWarning)}
              </span>
            )}
          </label>
        </div>
        <p class="muted in-hint">{t("instructor.builder.passMarkHint")}</p>
        <p class="muted in-hint">
          {t(form.rule === 3 ? "instructor.builder.rule.3" : "instructor.builder.rule.2")}
        </p>
        <p class="muted in-hint">{t("instructor.builder.dueHint")}</p>
      </fieldset>
    </div>
  );
}
