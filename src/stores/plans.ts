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
import { persistentAtom } from "@nanostores/persistent";
import { blankPlan, migrate, PlanSchema, type Plan } from "../schemas/plan";

export const PLANS_KEY = "col:v1:plans";
export const PLANS_BACKUP_PREFIX = "col:v1:plans:backup-";
export const PLANS_NOTICE_KEY = "col:v1:plans:notice";
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
export interface PlansRecovery {
  /** Where the unreadable value was copied; null when there was no room (it then stays in place until the next save). */
  backupKey: string | null;
  /** Plans that could not be read; 0 when the whole value was unreadable. */
  dropped: number;
  /** The whole value could not be read (not JSON, or not plans). */
  whole: boolean;
  at: string;
}

const empty = (): PlansState => ({
  format: PLANS_FORMAT,
  version: PLANS_VERSION,
  plans: [],
  activeId: null,
});

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

const now = () => new Date().toISOString();

function recover(raw: string, readable: PlansState, dropped: number, whole: boolean): PlansState {
  const s = storage();
  if (!s) return readable;
  let backupKey: string | null = null;
  try {
    let n = 1;
    while (s.getItem(PLANS_BACKUP_PREFIX + n) !== null) n += 1;
    s.setItem(PLANS_BACKUP_PREFIX + n, raw);
    backupKey = PLANS_BACKUP_PREFIX + n;
    s.setItem(PLANS_KEY, JSON.stringify(readable));
  } catch {
    // No room for the copy: the raw value stays where it is; the notice says so.
  }
  try {
    s.setItem(
      PLANS_NOTICE_KEY,
      JSON.stringify({ backupKey, dropped, whole, at: now() } satisfies PlansRecovery),
    );
  } catch {
    // The notice cannot persist; the planner still works.
  }
  return readable;
}

/** Reads one stored plan, bringing it forward; null when it cannot be read. */
function readPlan(value: unknown): Plan | null {
  try {
    const parsed = PlanSchema.safeParse(migrate(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Decodes the stored text; exported for tests. Unreadable parts go to a backup (see above). */
export function decodePlans(text: string): PlansState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return recover(text, empty(), 0, true);
  }
  const record = data as Partial<PlansState> | null;
  if (
    typeof record !== "object" ||
    record === null ||
    record.format !== PLANS_FORMAT ||
    record.version !== PLANS_VERSION ||
    !Array.isArray(record.plans)
  ) {
    return recover(text, empty(), 0, true);
  }
  const plans: Plan[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const value of record.plans) {
    const plan = readPlan(value);
    if (plan === null || seen.has(plan.id)) dropped += 1;
    else {
      plans.push(plan);
      seen.add(plan.id);
    }
  }
  const activeId =
    typeof record.activeId === "string" && seen.has(record.activeId)
      ? record.activeId
      : (plans[0]?.id ?? null);
  const state: PlansState = { ...empty(), plans, activeId };
  return dropped > 0 ? recover(text, state, dropped, false) : state;
}

export const $plans = persistentAtom<PlansState>(PLANS_KEY, empty(), {
  encode: JSON.stringify,
  decode: decodePlans,
});

function save(next: PlansState): boolean {
  try {
    $plans.set(next);
    return true;
  } catch {
    return false;
  }
}

/** A fresh id for a plan or a row in one. */
export function newId(prefix = "p"): string {
  const random =
    typeof crypto !== "undefined" && "randomUUID" in crypto
      ? crypto.randomUUID().replace(/-/g, "").slice(0, 12)
      : Math.floor(Math.random() * 2 ** 48).toString(36);
  return `${prefix}-${random}`;
}

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

export function readPlansRecovery(): PlansRecovery | null {
  try {
    const text = storage()?.getItem(PLANS_NOTICE_KEY);
    if (!text) return null;
    const value = JSON.parse(text) as Partial<PlansRecovery>;
    if (typeof value.backupKey !== "string" && value.backupKey !== null) return null;
    return {
      backupKey: value.backupKey,
      dropped: Number(value.dropped) || 0,
      whole: value.whole === true,
      at: String(value.at ?? ""),
    };
  } catch {
    return null;
  }
}

/** The unreadable value the notice offers for download, when it is still there. */
export function recoveredPlansText(recovery: PlansRecovery): string | null {
  try {
    return storage()?.getItem(recovery.backupKey ?? PLANS_KEY) ?? null;
  } catch {
    return null;
  }
}

export function dismissPlansRecovery(): void {
  try {
    storage()?.removeItem(PLANS_NOTICE_KEY);
  } catch {
    // The notice shows again next time; nothing else depends on it.
  }
}
