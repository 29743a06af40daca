import { afterEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadOver, memoryStorage } from "./harness";
import { progressArb } from "./progress-arbitraries";
import { normalizeProgress } from "../../../src/lib/light/progress";

const FIXTURES = join(import.meta.dirname, "../../fixtures");
const KEY = "col:v1:progress";

/** Loads the store afresh over the given storage, as a page load would. */
async function load(storage: Storage) {
  return loadOver(storage, async () => ({
    ...(await import("../../../src/stores/progress")),
    ...(await import("../../../src/stores/progress-actions")),
  }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the progress store", () => {
  it("starts empty and writes what is recorded under col:v1:progress", async () => {
    const storage = memoryStorage();
    const store = await load(storage);
    expect(store.$progress.get().modules).toEqual({});
    expect(store.recordQuizAttempt("00-orientation", { score: 0.5, passed: false })).toBe(true);
    expect(
      store.recordAssignment("00-orientation", { kind: "quiz", score: 0.9, passed: true }),
    ).toBe(true);
    const saved = JSON.parse(storage.getItem(KEY)!);
    expect(saved.modules["00-orientation"].quizAttempts).toHaveLength(1);
    expect(saved.modules["00-orientation"].completedAt).toBeDefined();
    const again = await load(storage);
    expect(again.$progress.get()).toEqual(saved);
  });

  it.each([
    ["not JSON", '{"format":"community-ops-lab/pro', "json"],
    ["another app's data", JSON.stringify({ theme: "dark" }), "foreign"],
    [
      "a damaged record",
      JSON.stringify({ format: "community-ops-lab/progress", version: 1, modules: { x: 1 } }),
      "invalid",
    ],
    [
      "a newer version",
      JSON.stringify({ format: "community-ops-lab/progress", version: 9 }),
      "newer",
    ],
  ])("keeps %s as a backup, starts clean and leaves a notice", async (_name, raw, error) => {
    const storage = memoryStorage({ [KEY]: raw, "col:v1:progress:backup-1": "an older copy" });
    const store = await load(storage);
    expect(store.$progress.get().modules).toEqual({});
    expect(storage.getItem("col:v1:progress:backup-2")).toBe(raw);
    expect(storage.getItem("col:v1:progress:backup-1")).toBe("an older copy");
    const recovery = store.readRecovery();
    expect(recovery).toMatchObject({ backupKey: "col:v1:progress:backup-2", error });
    expect(store.recoveredText(recovery!)).toBe(raw);
    // A second page load finds a clean record: no second backup.
    const again = await load(storage);
    expect(again.$progress.get().modules).toEqual({});
    expect(storage.getItem("col:v1:progress:backup-3")).toBeNull();
    again.dismissRecovery();
    expect(again.readRecovery()).toBeNull();
  });

  it("leaves unreadable data in place when there is no room for a copy, and saves over it only once the learner has dismissed the notice", async () => {
    const raw = "x".repeat(900);
    const storage = memoryStorage({ [KEY]: raw }, 1100);
    const store = await load(storage);
    expect(store.$progress.get().modules).toEqual({});
    expect(storage.getItem(KEY)).toBe(raw);
    const recovery = store.readRecovery();
    expect(recovery).toMatchObject({ backupKey: null, error: "json" });
    expect(store.recoveredText(recovery!)).toBe(raw);
    expect(store.markRead("00-orientation")).toBe(false);
    expect(storage.getItem(KEY)).toBe(raw);
    store.dismissRecovery();
    expect(store.markRead("00-orientation")).toBe(true);
    expect(store.$progress.get().modules["00-orientation"]?.readAt).toBeDefined();
  });

  it("reports a refused write instead of throwing", async () => {
    const storage = memoryStorage({}, 120);
    const store = await load(storage);
    expect(
      store.recordQuizAttempt("00-orientation", {
        score: 1,
        passed: true,
        items: { a: 1, b: 1, c: 1 },
      }),
    ).toBe(false);
  });

  it("adopts the beta's record once and leaves it in place", async () => {
    const v0 = readFileSync(join(FIXTURES, "progress/v0-beta.json"), "utf8");
    const storage = memoryStorage({ "col:progress": v0 });
    const store = await load(storage);
    expect(store.$progress.get().track).toBe("newcomer");
    expect(store.$progress.get().modules["00-orientation"]?.quizAttempts).toHaveLength(2);
    expect(storage.getItem("col:progress")).toBe(v0);
  });

  it.each([
    ["a bad module id", "Cold start", { kind: "simulation", score: 0.8, passed: true }],
    ["a score above 1", "04-cold-start", { kind: "simulation", score: 80, passed: true }],
    ["an unknown kind", "04-cold-start", { kind: "essay", score: 0.8, passed: true }],
    [
      "an invalid date",
      "04-cold-start",
      { kind: "plan", score: 0.8, passed: true, at: "yesterday" },
    ],
  ])("recordAssignment refuses %s", async (_name, id, result) => {
    const store = await load(memoryStorage());
    expect(store.recordAssignment(id, result as never)).toBe(false);
    expect(store.$progress.get().modules).toEqual({});
  });

  it("export → clear → import gives everything back", async () => {
    await fc.assert(
      fc.asyncProperty(progressArb, async (p) => {
        const storage = memoryStorage({ [KEY]: JSON.stringify(p) });
        const store = await load(storage);
        const file = store.exportProgress();
        store.resetProgress();
        expect(store.$progress.get().modules).toEqual({});
        expect(store.importProgress(file)).toMatchObject({ ok: true });
        expect(store.$progress.get()).toEqual(normalizeProgress(p));
      }),
      { numRuns: 40 },
    );
  });

  it("a bad import file changes nothing and says why", async () => {
    const storage = memoryStorage();
    const store = await load(storage);
    store.recordQuizAttempt("00-orientation", { score: 0.5, passed: false });
    const before = storage.getItem(KEY);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (text) => {
          const result = store.importProgress(text);
          if (!result.ok) {
            expect(["json", "foreign", "newer", "invalid"]).toContain(result.error);
            expect(storage.getItem(KEY)).toBe(before);
          }
        },
      ),
    );
    const truncated = readFileSync(join(FIXTURES, "progress/truncated.txt"), "utf8");
    expect(store.importProgress(truncated)).toEqual({ ok: false, error: "json" });
    expect(storage.getItem(KEY)).toBe(before);
  });

  it("importing merges: attempts from both browsers are kept", async () => {
    const store = await load(memoryStorage());
    store.recordQuizAttempt("00-orientation", { score: 0.5, passed: false });
    const other = {
      format: "community-ops-lab/progress",
      version: 1,
      modules: {
        "00-orientation": {
          quizAttempts: [{ at: "2024-05-01T00:00:00.000Z", score: 0.9, passed: true }],
        },
      },
    };
    expect(store.importProgress(JSON.stringify(other))).toMatchObject({
      ok: true,
      attemptsAdded: 1,
    });
    expect(store.$progress.get().modules["00-orientation"]).toMatchObject({ quizBest: 0.9 });
    expect(store.$progress.get().modules["00-orientation"]!.quizAttempts).toHaveLength(2);
  });

  it("reset can be undone", async () => {
    const store = await load(memoryStorage());
    store.chooseTrack("founder");
    store.recordQuizAttempt("01-fundamentals", { score: 0.7, passed: true });
    const previous = store.resetProgress();
    expect(store.$progress.get().track).toBeUndefined();
    expect(store.restoreProgress(previous!)).toBe(true);
    expect(store.$progress.get().track).toBe("founder");
    expect(store.$progress.get().modules["01-fundamentals"]?.quizBest).toBe(0.7);
  });
});
