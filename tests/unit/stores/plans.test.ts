import { afterEach, describe, expect, it, vi } from "vitest";
import { loadOver, memoryStorage } from "./harness";
import { blankPlan } from "../../../src/schemas/plan";

const KEY = "col:v1:plans";
const stored = (plans: unknown[], activeId: string | null = null) =>
  JSON.stringify({ format: "community-ops-lab/plans", version: 1, plans, activeId });
const plan = (id: string, name = id) => blankPlan(id, name, "2025-01-01T00:00:00.000Z");

/** Loads the store afresh over the given storage, as a page load would. */
async function load(storage: Storage) {
  const store = await loadOver(storage, () => import("../../../src/stores/plans"));
  store.$plans.listen(() => {});
  return store;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the plans store", () => {
  it("starts empty, saves every change under col:v1:plans, and reads it back", async () => {
    const storage = memoryStorage();
    const store = await load(storage);
    expect(store.$plans.get().plans).toEqual([]);
    const made = store.createBlankPlan("First", "wechat-parents")!;
    expect(
      store.updatePlan(made.id, (p) => ({
        ...p,
        positioning: { ...p.positioning, slogan: "Together" },
      })),
    ).toBe(true);
    const again = await load(storage);
    expect(again.$plans.get().plans).toHaveLength(1);
    expect(again.activePlan()?.positioning.slogan).toBe("Together");
    expect(again.activePlan()?.scenario).toBe("wechat-parents");
    expect(JSON.parse(storage.getItem(KEY)!).format).toBe("community-ops-lab/plans");
  });

  it("duplicates, renames and opens plans", async () => {
    const store = await load(memoryStorage());
    const a = store.createBlankPlan("A")!;
    const copy = store.createCopy(a, "A (copy)")!;
    expect(copy.id).not.toBe(a.id);
    expect(store.activePlan()?.id).toBe(copy.id);
    expect(store.renamePlan(copy.id, "  B  ")).toBe(true);
    expect(store.activePlan()?.name).toBe("B");
    expect(store.renamePlan(copy.id, "   ")).toBe(false);
    expect(store.openPlan(a.id)).toBe(true);
    expect(store.activePlan()?.id).toBe(a.id);
    expect(store.openPlan("nope")).toBe(false);
  });

  it("deletes with undo, back in the same place", async () => {
    const store = await load(memoryStorage());
    const [a, b, c] = ["A", "B", "C"].map((n) => store.createBlankPlan(n)!);
    store.openPlan(b!.id);
    const deleted = store.deletePlan(b!.id)!;
    expect(store.$plans.get().plans.map((p) => p.name)).toEqual(["A", "C"]);
    expect(store.activePlan()?.id).toBe(c!.id);
    expect(store.restorePlan(deleted)).toBe(true);
    expect(store.$plans.get().plans.map((p) => p.name)).toEqual(["A", "B", "C"]);
    expect(store.activePlan()?.id).toBe(b!.id);
    expect(store.restorePlan(deleted)).toBe(false);
    expect(a).toBeDefined();
  });

  it("gives an added plan a new id when its id is taken", async () => {
    const store = await load(memoryStorage());
    const first = store.addPlan(plan("same"))!;
    const second = store.addPlan(plan("same"))!;
    expect(first.id).toBe("same");
    expect(second.id).not.toBe("same");
    expect(store.$plans.get().plans).toHaveLength(2);
  });

  it("refuses a change that would not make a valid plan, keeping what was there", async () => {
    const store = await load(memoryStorage());
    const p = store.createBlankPlan("A")!;
    const bad = (x: typeof p) => ({ ...x, risk: { ...x.risk, monitoringHours: 30 } });
    expect(store.updatePlan(p.id, bad)).toBe(false);
    expect(store.activePlan()?.risk.monitoringHours).toBeNull();
  });

  it("reports a refused write instead of throwing", async () => {
    const store = await load(memoryStorage({}, 200));
    expect(store.createBlankPlan("A".repeat(150))).toBeNull();
  });
});

describe("reading damaged storage", () => {
  it.each([
    ["not JSON", '{"format":"community-ops-lab/pla'],
    ["another app's data", JSON.stringify({ theme: "dark" })],
    [
      "a newer store version",
      JSON.stringify({ format: "community-ops-lab/plans", version: 2, plans: [] }),
    ],
  ])("keeps %s as a backup, starts clean and leaves a notice", async (_what, raw) => {
    const storage = memoryStorage({ [KEY]: raw, "col:v1:plans:backup-1": "older" });
    const store = await load(storage);
    expect(store.$plans.get().plans).toEqual([]);
    expect(storage.getItem("col:v1:plans:backup-2")).toBe(raw);
    expect(storage.getItem("col:v1:plans:backup-1")).toBe("older");
    const recovery = store.readPlansRecovery()!;
    expect(recovery).toMatchObject({ backupKey: "col:v1:plans:backup-2", whole: true, dropped: 0 });
    expect(store.recoveredPlansText(recovery)).toBe(raw);
    const again = await load(storage);
    expect(storage.getItem("col:v1:plans:backup-3")).toBeNull();
    again.dismissPlansRecovery();
    expect(again.readPlansRecovery()).toBeNull();
  });

  it("keeps the readable plans and backs up the rest", async () => {
    const broken = { ...plan("b"), calendar: { slots: [{ id: "s", day: 12, time: "noon" }] } };
    const raw = stored(
      [plan("a", "Good"), broken, plan("a", "Duplicate id"), plan("c", "Also good")],
      "b",
    );
    const storage = memoryStorage({ [KEY]: raw });
    const store = await load(storage);
    expect(store.$plans.get().plans.map((p) => p.name)).toEqual(["Good", "Also good"]);
    expect(store.activePlan()?.id).toBe("a");
    expect(store.readPlansRecovery()).toMatchObject({
      dropped: 2,
      whole: false,
      backupKey: "col:v1:plans:backup-1",
    });
    expect(storage.getItem("col:v1:plans:backup-1")).toBe(raw);
  });

  it("brings older plans in storage forward", async () => {
    const v0 = {
      format: "community-ops-lab/plan",
      version: 0,
      id: "old",
      name: "Old",
      risk: { responseHours: 1 },
    };
    const store = await load(memoryStorage({ [KEY]: stored([v0], "old") }));
    expect(store.activePlan()?.risk.responseMinutes).toBe(60);
    expect(store.readPlansRecovery()).toBeNull();
  });

  it("leaves the damaged value in place when there is no room for a copy, and says so", async () => {
    const raw = "x".repeat(900);
    const storage = memoryStorage({ [KEY]: raw }, 1200);
    const store = await load(storage);
    expect(store.$plans.get().plans).toEqual([]);
    expect(storage.getItem(KEY)).toBe(raw);
    expect(store.readPlansRecovery()).toMatchObject({ backupKey: null });
  });
});
