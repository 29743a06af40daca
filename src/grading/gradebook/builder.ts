/**
 * The assignment builder's form: what the instructor types (strings, as inputs hold them) and the
 * assignment it makes. Pure: no DOM; the clock and randomness come in as arguments.
 *
 * Ratio metrics (stickiness, retention, contributors' share) are typed as percents and stored as
 * the engine's 0–1; the pass mark likewise. A due date is typed as local date and time
 * (`<input type="datetime-local">`) and stored as ISO 8601 with the browser's offset.
 */
import {
  AssignmentSchema,
  ASSIGNMENT_FORMAT,
  ASSIGNMENT_VERSION,
  type Assignment,
} from "../../schemas/assignment";
import { LANGS, type Lang } from "../../schemas/common";
import { canonicalJson } from "../../lib/canonical-json";
import {
  GOAL_METRICS,
  LEVERS,
  MODEL_VERSION,
  defaultLevers,
  metricKind,
  parseLeverValue,
  type LeverSpec,
} from "../../sim/index";
import { canonicalText, MAX_PERSONAL_SEED } from "../learner";
import { ASSIGNMENT_FIELDS, CURRENT_RULE } from "../rules";
import { isRatioMetric } from "./reasons";
import { SCENARIO_IDS, getScenario } from "../../lib/scenarios";

export { isRatioMetric };

/** Largest seed a sandbox link carries (share-link.ts). */
export const MAX_SEED = MAX_PERSONAL_SEED;
export const MAX_GOALS = 20;
export const MAX_TITLE = 200;
export const MAX_INSTRUCTIONS = 5000;
/** A scenario the builder offers, with its name in the page's language. */
export interface ScenarioOption {
  id: string;
  name: string;
}

/** A module a comment may be about: its id ("NN-slug") and title in the page's language. */
export interface ModuleOption {
  id: string;
  title: string;
}

/** Learner ids one assignment lists at most. */
export const MAX_LEARNER_IDS = 2000;

export interface LockField {
  on: boolean;
  /** As the input holds it: a number's text, a choice, "true"/"false". */
  value: string;
}

export interface GoalField {
  metric: string;
  op: ">=" | "<=";
  /** Percent for ratio metrics. */
  value: string;
  /** Empty: the last week. */
  byWeek: string;
}

export interface BuilderForm {
  /** Kept when editing, so submissions keep matching; new on a fresh form. */
  id: string;
  createdAt: string;
  scenario: string;
  seed: string;
  weeks: string;
  locked: Record<string, LockField>;
  goals: GoalField[];
  /** Percent, 0–100. */
  passMark: string;
  title: Record<Lang, string>;
  instructions: Record<Lang, string>;
  /** `YYYY-MM-DDTHH:mm` in local time. */
  due: string;
  /** Each learner gets their own seed, derived from the assignment and their name or listed id. */
  personalSeeds: boolean;
  /** With personal seeds: learner ids, one a line (or separated by commas); empty: by name. */
  learnerIds: string;
  /**
   * The scoring rule and model version the assignment was issued under: the current ones for a
   * new assignment, kept as they were when a saved one is edited.
   */
  rule: NonNullable<Assignment["rule"]> | null;
  modelVersion: string | null;
}

/** One thing wrong with the form: where (an input's field path) and what (an i18n key under instructor.builder.err.). */
export interface FormProblem {
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** Keeps float noise out of stored figures (0.30000000000000004). */
const tidy = (x: number) => Math.round(x * 1_000_000) / 1_000_000;

/** A fresh assignment id: a slug that names the day it was made. */
export function newAssignmentId(at: Date, random: () => number): string {
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  let suffix = "";
  for (let i = 0; i < 6; i++)
    suffix += "abcdefghijkmnpqrstuvwxyz23456789"[Math.floor(random() * 32)];
  return `asg-${stamp}-${suffix}`;
}

/** A seed for "draw a seed": 1 to MAX_SEED. */
export function drawSeed(random: () => number): number {
  return 1 + Math.floor(random() * MAX_SEED);
}

/** `YYYY-MM-DDTHH:mm` for a datetime-local input, in the browser's time zone. */
export function isoToLocalInput(iso: string): string {
  const d = new Date(iso);
  if (!Number.isFinite(d.getTime())) return "";
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** ISO 8601 with the browser's offset for a datetime-local value; null when it is not a real date and time. */
export function localInputToIso(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(y, mo - 1, d, h, mi, 0, 0);
  // new Date rolls 31 February over to March: refuse dates that do not exist.
  if (
    date.getFullYear() !== y ||
    date.getMonth() !== mo - 1 ||
    date.getDate() !== d ||
    h > 23 ||
    mi > 59
  )
    return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function leverText(spec: LeverSpec, value: unknown): string {
  if (spec.kind === "boolean") return value === true ? "true" : "false";
  return String(value);
}

/** Every lever unlocked, holding the scenario's starting value for when it gets locked. */
export function blankLocks(scenarioId: string): Record<string, LockField> {
  const scenario = getScenario(scenarioId);
  // The scenario's starting levers (as the engine's scenarioLevers makes them), without loading
  // the engine into the page: the sandbox is where runs happen.
  const start: Record<string, unknown> = { ...defaultLevers(), ...scenario?.levers };
  return Object.fromEntries(
    LEVERS.map((spec) => [
      spec.name,
      { on: false, value: leverText(spec, start[spec.name] ?? spec.default) },
    ]),
  );
}

/**
 * A new assignment's form: the scenario's weeks and goals, a freshly drawn seed (so that the
 * assignment is not the same world as a module's or another class's, whose runs could be handed
 * in again), due in a week at 23:59, issued under the current scoring rule and model.
 */
export function blankForm(scenarioId: string, now: Date, random: () => number): BuilderForm {
  const scenario = getScenario(scenarioId) ?? getScenario(SCENARIO_IDS[0] ?? "");
  const due = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 7, 23, 59);
  return {
    id: newAssignmentId(now, random),
    createdAt: now.toISOString(),
    scenario: scenario?.id ?? scenarioId,
    seed: String(drawSeed(random)),
    weeks: String(scenario?.weeks ?? 52),
    locked: blankLocks(scenario?.id ?? scenarioId),
    goals: (scenario?.goals ?? []).map(goalField),
    passMark: "70",
    title: { "zh-cn": "", en: "" },
    instructions: { "zh-cn": "", en: "" },
    due: isoToLocalInput(due.toISOString()),
    personalSeeds: false,
    learnerIds: "",
    rule: CURRENT_RULE.id as 3,
    modelVersion: MODEL_VERSION,
  };
}

function goalField(g: {
  metric: string;
  op: ">=" | "<=";
  value: number;
  byWeek?: number;
}): GoalField {
  return {
    metric: g.metric,
    op: g.op,
    value: String(isRatioMetric(g.metric) ? tidy(g.value * 100) : g.value),
    byWeek: g.byWeek === undefined ? "" : String(g.byWeek),
  };
}

/** The form for editing a saved assignment. */
export function formFromAssignment(a: Assignment): BuilderForm {
  const locks = blankLocks(a.scenario);
  for (const [name, value] of Object.entries(a.locked)) {
    const spec = LEVERS.find((l) => l.name === name);
    if (spec && value !== undefined) locks[name] = { on: true, value: leverText(spec, value) };
  }
  return {
    id: a.id,
    createdAt: a.createdAt,
    scenario: a.scenario,
    seed: String(a.seed),
    weeks: String(a.weeks),
    locked: locks,
    goals: a.goals.map(goalField),
    passMark: String(tidy(a.passMark * 100)),
    title: written(a, "title"),
    instructions: written(a, "instructions"),
    due: isoToLocalInput(a.due),
    personalSeeds: a.personalSeeds === true,
    learnerIds: (a.learnerIds ?? []).join("\n"),
    rule: a.rule ?? null,
    modelVersion: a.modelVersion ?? null,
  };
}

/** The texts the instructor wrote: a language the assignment only falls back to reads as empty. */
function written(a: Assignment, field: "title" | "instructions"): Record<Lang, string> {
  const langs = a.languages ?? LANGS;
  return {
    "zh-cn": langs.includes("zh-cn") ? a[field]["zh-cn"] : "",
    en: langs.includes("en") ? a[field].en : "",
  };
}

/** Learner ids as typed: one a line or separated by commas, blanks and repeats dropped. */
export function parseLearnerIds(text: string): string[] {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const part of text.split(/[\n,;，；、]+/)) {
    const id = part.trim();
    if (!id || seen.has(canonicalText(id))) continue;
    seen.add(canonicalText(id));
    ids.push(id);
  }
  return ids;
}

const intIn = (text: string, min: number, max: number): number | null => {
  const t = text.trim();
  if (!/^-?\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
};

const numberOf = (text: string): number | null => {
  const t = text.trim();
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
};

export type BuildResult =
  | { ok: true; assignment: Assignment; warnings: FormProblem[] }
  | { ok: false; problems: FormProblem[]; warnings: FormProblem[] };

/**
 * Checks the form and builds the assignment. Every problem is reported, each naming its input,
 * so the builder can list them all and mark the inputs. A due date in the past is a warning.
 */
export function buildAssignment(form: BuilderForm, now: Date): BuildResult {
  const problems: FormProblem[] = [];
  const warnings: FormProblem[] = [];
  const scenario = getScenario(form.scenario);
  if (!scenario) problems.push({ field: "scenario", key: "scenario" });

  const seed = intIn(form.seed, 0, MAX_SEED);
  if (seed === null) problems.push({ field: "seed", key: "seed", values: { max: MAX_SEED } });
  const weeks = intIn(form.weeks, 8, 104);
  if (weeks === null) problems.push({ field: "weeks", key: "weeks", values: { min: 8, max: 104 } });

  const locked: Record<string, unknown> = {};
  for (const spec of LEVERS) {
    const field = form.locked[spec.name];
    if (!field?.on) continue;
    const { value, problems: leverProblems } = parseLeverValue(spec.name, field.value);
    const p = leverProblems[0];
    if (!p) locked[spec.name] = value;
    else if (spec.kind === "number") {
      problems.push({
        field: `locked.${spec.name}`,
        key: "leverRange",
        values: { lever: spec.name, min: spec.min, max: spec.max },
      });
    } else
      problems.push({
        field: `locked.${spec.name}`,
        key: "leverChoice",
        values: { lever: spec.name },
      });
  }

  if (form.goals.length === 0) problems.push({ field: "goals", key: "noGoals" });
  if (form.goals.length > MAX_GOALS)
    problems.push({ field: "goals", key: "tooManyGoals", values: { max: MAX_GOALS } });
  const goals = form.goals.map((g, i) => {
    const metric = (GOAL_METRICS as readonly string[]).includes(g.metric) ? g.metric : null;
    if (!metric)
      problems.push({ field: `goals.${i}.metric`, key: "goalMetric", values: { n: i + 1 } });
    const op = g.op === ">=" || g.op === "<=" ? g.op : null;
    if (!op) problems.push({ field: `goals.${i}.op`, key: "goalOp", values: { n: i + 1 } });
    let value = numberOf(g.value);
    if (value === null)
      problems.push({ field: `goals.${i}.value`, key: "goalValue", values: { n: i + 1 } });
    else if (metric && isRatioMetric(metric)) {
      if (value < 0 || value > 100) {
        problems.push({ field: `goals.${i}.value`, key: "goalPercent", values: { n: i + 1 } });
      }
      value = tidy(value / 100);
    } else if (metric === "nps" && (value < -100 || value > 100)) {
      problems.push({ field: `goals.${i}.value`, key: "goalNps", values: { n: i + 1 } });
    } else if (metric && metricKind(metric) !== "score" && value < 0) {
      problems.push({ field: `goals.${i}.value`, key: "goalNegative", values: { n: i + 1 } });
    }
    let byWeek: number | undefined;
    if (g.byWeek.trim() !== "") {
      const w = intIn(g.byWeek, 1, weeks ?? 104);
      if (w === null)
        problems.push({
          field: `goals.${i}.byWeek`,
          key: "goalWeek",
          values: { n: i + 1, max: weeks ?? 104 },
        });
      else byWeek = w;
    }
    return {
      metric: g.metric,
      op: op ?? ">=",
      value: value ?? 0,
      ...(byWeek === undefined ? {} : { byWeek }),
    };
  });

  const passMark = numberOf(form.passMark);
  if (passMark === null || passMark < 0 || passMark > 100)
    problems.push({ field: "passMark", key: "passMark" });

  // One language is enough: the other shows the same text with a note. A language that is begun
  // must be whole (a title without instructions, or the reverse, is a slip).
  const languages = LANGS.filter(
    (lang) => form.title[lang].trim() || form.instructions[lang].trim(),
  );
  if (!languages.length) {
    problems.push({ field: "title.zh-cn", key: "title" });
    problems.push({ field: "instructions.zh-cn", key: "instructions" });
  }
  for (const lang of languages) {
    const title = form.title[lang].trim();
    if (!title) problems.push({ field: `title.${lang}`, key: `title.${lang}` });
    else if (title.length > MAX_TITLE)
      problems.push({ field: `title.${lang}`, key: "titleLong", values: { max: MAX_TITLE } });
    const text = form.instructions[lang].trim();
    if (!text) problems.push({ field: `instructions.${lang}`, key: `instructions.${lang}` });
    else if (text.length > MAX_INSTRUCTIONS) {
      problems.push({
        field: `instructions.${lang}`,
        key: "instructionsLong",
        values: { max: MAX_INSTRUCTIONS },
      });
    }
  }
  const fallback = (field: "title" | "instructions", lang: Lang) =>
    form[field][lang].trim() || form[field][languages[0] ?? "zh-cn"].trim();

  const learnerIds = form.personalSeeds ? parseLearnerIds(form.learnerIds) : [];
  if (learnerIds.length > MAX_LEARNER_IDS)
    problems.push({ field: "learnerIds", key: "learnerIds", values: { max: MAX_LEARNER_IDS } });
  if (form.modelVersion !== null && form.modelVersion !== MODEL_VERSION)
    warnings.push({
      field: "modelVersion",
      key: "olderModel",
      values: { model: form.modelVersion, current: MODEL_VERSION },
    });

  const due = localInputToIso(form.due);
  if (due === null) problems.push({ field: "due", key: "due" });
  else if (Date.parse(due) < now.getTime()) warnings.push({ field: "due", key: "duePast" });

  if (problems.length) return { ok: false, problems, warnings };

  const candidate = {
    format: ASSIGNMENT_FORMAT,
    version: ASSIGNMENT_VERSION,
    id: form.id,
    title: { "zh-cn": fallback("title", "zh-cn"), en: fallback("title", "en") },
    instructions: {
      "zh-cn": fallback("instructions", "zh-cn"),
      en: fallback("instructions", "en"),
    },
    ...(languages.length < LANGS.length ? { languages } : {}),
    scenario: form.scenario,
    seed,
    weeks,
    locked,
    goals,
    passMark: tidy((passMark ?? 70) / 100),
    due,
    createdAt: form.createdAt,
    ...(form.rule !== null ? { rule: form.rule } : {}),
    ...(form.modelVersion !== null ? { modelVersion: form.modelVersion } : {}),
    ...(form.personalSeeds ? { personalSeeds: true } : {}),
    ...(learnerIds.length ? { learnerIds } : {}),
  };
  // The schema is the last word; the checks above word its rules for people.
  const parsed = AssignmentSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problems: [
        {
          field: issue?.path.join(".") ?? "",
          key: "schema",
          values: { field: issue?.path.join(".") ?? "" },
        },
      ],
      warnings,
    };
  }
  return { ok: true, assignment: parsed.data, warnings };
}

/**
 * The same form as a new assignment: a new id and creation time, "(copy)" marks in the titles,
 * issued under the current scoring rule and model.
 */
export function copyForm(
  form: BuilderForm,
  now: Date,
  random: () => number,
  copyMark: Record<Lang, string>,
): BuilderForm {
  return {
    ...structuredClone(form),
    id: newAssignmentId(now, random),
    createdAt: now.toISOString(),
    rule: CURRENT_RULE.id as 3,
    modelVersion: MODEL_VERSION,
    title: {
      "zh-cn": form.title["zh-cn"] ? `${form.title["zh-cn"]}${copyMark["zh-cn"]}` : "",
      en: form.title.en ? `${form.title.en}${copyMark.en}` : "",
    },
  };
}

/** The fields that decide how submissions are checked and graded (src/grading/verify.ts). */
const GRADED_FIELDS = [...ASSIGNMENT_FIELDS, "rule", "modelVersion"] as const;

/** Whether an edit changes what submissions made under the saved version are checked against. */
export function changesGrading(saved: Assignment, next: Assignment): boolean {
  return GRADED_FIELDS.some((k) => canonicalJson(saved[k]) !== canonicalJson(next[k]));
}

/**
 * The form with another scenario: levers not locked take the new scenario's starting values, and
 * the seed, weeks and goals follow the scenario unless the instructor has changed them.
 */
export function switchScenario(form: BuilderForm, scenarioId: string): BuilderForm {
  const before = getScenario(form.scenario);
  const after = getScenario(scenarioId);
  if (!after) return { ...form, scenario: scenarioId };
  const fresh = blankLocks(scenarioId);
  const locked = Object.fromEntries(
    Object.entries(fresh).map(([name, field]) => [
      name,
      form.locked[name]?.on ? form.locked[name]! : field,
    ]),
  );
  const untouchedGoals =
    before !== undefined &&
    canonicalJson(form.goals) === canonicalJson(before.goals.map(goalField));
  return {
    ...form,
    scenario: scenarioId,
    locked,
    seed: before && form.seed === String(before.seed) ? String(after.seed) : form.seed,
    weeks: before && form.weeks === String(before.weeks) ? String(after.weeks) : form.weeks,
    goals: untouchedGoals || form.goals.length === 0 ? after.goals.map(goalField) : form.goals,
  };
}

/** A new, empty goal row (members ≥ …, value left for the instructor). */
export function blankGoal(): GoalField {
  return { metric: GOAL_METRICS[0] ?? "members", op: ">=", value: "", byWeek: "" };
}

/** Whether two assignments say the same thing (key order and how a date-time is written aside). */
export function sameAssignment(a: Assignment, b: Assignment): boolean {
  const plain = (x: Assignment) =>
    canonicalJson({ ...x, due: Date.parse(x.due), createdAt: Date.parse(x.createdAt) });
  return plain(a) === plain(b);
}

/**
 * Another assignment whose world is this one's (same scenario, seed, weeks and locks, neither
 * with personal seeds): a run made for it would verify for this one too. Null when there is none.
 */
export function sameWorld(a: Assignment, others: readonly Assignment[]): Assignment | null {
  if (a.personalSeeds) return null;
  const world = (x: Assignment) => canonicalJson([x.scenario, x.seed, x.weeks, x.locked]);
  const mine = world(a);
  return others.find((o) => o.id !== a.id && !o.personalSeeds && world(o) === mine) ?? null;
}
