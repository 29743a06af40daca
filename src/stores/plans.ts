/**
 * The learner's community plans, kept in this browser (localStorage `col:v1:plans`) and saved on
 * every change.
 *
 * Stored as `{ format, version, plans, activeId }`; each plan is brought forward with the plan
 * schema's migrate() and checked against PlanSchema. Bad data never stops the planner: when the
 * stored value, or any plan in it, cannot be read, the raw value is copied to
 * `col:v1:plans:backup-<n>`, the readable plans are kept, and `col:v1:plans:notice` tells the
 * planner to show a notice (with the copy offered as a download) until it is dismissed.
 * Mutators return false instead of throwing when the browser refuses to store.
 */
import { blankPlan, migrate, PlanSchema, type Plan } from "../schemas/plan";
import { newId } from "../lib/new-id";
import {
  backupPrefixOf,
  itemReader,
  noticeKeyOf,
  persistentVersionedList,
  type ListRecovery,
} from "./persistent-versioned";

export const PLANS_KEY = "col:v1:plans";
export const PLANS_BACKUP_PREFIX = backupPrefixOf(PLANS_KEY);
export const PLANS_NOTICE_KEY = noticeKeyOf(PLANS_KEY);
export const PLANS_FORMAT = "community-ops-lab/plans";
export const PLANS_VERSION = 1;

export interface PlansState {
  format: typeof PLANS_FORMAT;
  version: typeof PLANS_VERSION;
  plans: Plan[];
  /** The plan open in the planner. */
  activeId: string | null;
}

/** What the recovery notice needs. */
export type PlansRecovery = ListRecovery;

const empty = (): PlansState => ({
  format: PLANS_FORMAT,
  version: PLANS_VERSION,
  plans: [],
  activeId: null,
});

const now = () => new Date().toISOString();

/** Reads one stored plan, bringing it forward; null when it cannot be read. */
const readPlan = itemReader(PlanSchema, migrate);

const store = persistentVersionedList({
  key: PLANS_KEY,
  format: PLANS_FORMAT,
  version: PLANS_VERSION,
  field: "plans",
  readItem: readPlan,
  empty,
  build: (plans, record): PlansState => ({
    ...empty(),
    plans,
    // The plan that was open, while it is still there.
    activeId:
      typeof record.activeId === "string" && plans.some((p) => p.id === record.activeId)
        ? record.activeId
        : (plans[0]?.id ?? null),
  }),
});

export const $plans = store.$store;

const save = store.save;

/** A fresh id for a plan or a row in one. */
export { newId };

export function activePlan(state: PlansState = $plans.get()): Plan | null {
  return state.plans.find((p) => p.id === state.activeId) ?? state.plans[0] ?? null;
}

/** Adds a plan and opens it; a plan whose id is taken gets a new id. Returns the stored plan. */
export function addPlan(plan: Plan): Plan | null {
  const state = $plans.get();
  const stored = state.plans.some((p) => p.id === plan.id) ? { ...plan, id: newId() } : plan;
  return save({ ...state, plans: [...state.plans, stored], activeId: stored.id }) ? stored : null;
}

/** A blank plan, added and opened. */
export function createBlankPlan(name: string, scenario?: string): Plan | null {
  return addPlan(blankPlan(newId(), name, now(), scenario));
}

/** A copy of a plan (an example, or one of the learner's) under a new id and name, added and opened. */
export function createCopy(source: Plan, name: string): Plan | null {
  const at = now();
  return addPlan({ ...structuredClone(source), id: newId(), name, createdAt: at, updatedAt: at });
}

export function openPlan(id: string): boolean {
  const state = $plans.get();
  return state.plans.some((p) => p.id === id) && save({ ...state, activeId: id });
}

/**
 * Changes one plan and saves at once. A change that would not make a valid plan is refused
 * (false), so what is stored always reads back.
 */
export function updatePlan(id: string, change: (plan: Plan) => Plan): boolean {
  const state = $plans.get();
  const current = state.plans.find((p) => p.id === id);
  if (!current) return false;
  const checked = PlanSchema.safeParse({ ...change(current), id, updatedAt: now() });
  if (!checked.success) return false;
  return save({ ...state, plans: state.plans.map((p) => (p.id === id ? checked.data : p)) });
}

export function renamePlan(id: string, name: string): boolean {
  const trimmed = name.trim().slice(0, 200);
  return trimmed !== "" && updatePlan(id, (p) => ({ ...p, name: trimmed }));
}

/** What undo needs to put a deleted plan back where it was. */
export interface Deleted {
  plan: Plan;
  index: number;
  wasActive: boolean;
}

/** Removes a plan; returns what undo needs, or null when nothing was removed. */
export function deletePlan(id: string): Deleted | null {
  const state = $plans.get();
  const index = state.plans.findIndex((p) => p.id === id);
  const plan = state.plans[index];
  if (!plan) return null;
  const plans = state.plans.filter((p) => p.id !== id);
  const wasActive = state.activeId === id;
  const activeId = wasActive
    ? (plans[Math.min(index, plans.length - 1)]?.id ?? null)
    : state.activeId;
  return save({ ...state, plans, activeId }) ? { plan, index, wasActive } : null;
}

/** Undo for delete. */
export function restorePlan(deleted: Deleted): boolean {
  const state = $plans.get();
  if (state.plans.some((p) => p.id === deleted.plan.id)) return false;
  const plans = [...state.plans];
  plans.splice(Math.min(deleted.index, plans.length), 0, deleted.plan);
  return save({ ...state, plans, activeId: deleted.wasActive ? deleted.plan.id : state.activeId });
}

export const readPlansRecovery: () => PlansRecovery | null = store.readNotice;

/** The unreadable value the notice offers for download, when it is still there. */
export const recoveredPlansText: (recovery: PlansRecovery) => string | null = store.backupText;

export const dismissPlansRecovery: () => void = store.dismissNotice;
