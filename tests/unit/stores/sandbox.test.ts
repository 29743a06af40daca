import { afterEach, describe, expect, it, vi } from "vitest";
import { loadOver, memoryStorage } from "./harness";

const KEY = "col:v1:sandbox";
const good = {
  format: "community-ops-lab/sandbox",
  version: 1,
  current: {
    run: {
      scenario: "coffee-members",
      seed: 7,
      weeks: 52,
      decisions: [{ week: 3, set: { postsPerDay: 4 } }],
      week: 10,
    },
  },
  mcRuns: 100,
  metric: "nps",
};

async function load(storage: Storage) {
  return loadOver(storage, () => import("../../../src/stores/sandbox"));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the sandbox store", () => {
  it("is empty on a first visit and saves under col:v1:sandbox", async () => {
    const storage = memoryStorage();
    const store = await load(storage);
    expect(store.$sandbox.get()).toBeNull();
    const { format: _f, version: _v, ...rest } = good;
    expect(store.saveSandbox(rest as never)).toBe(true);
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual(good);
    expect((await load(storage)).$sandbox.get()).toEqual(good);
  });

  it.each([
    ["not JSON", "{oops", "not-json"],
    [
      "the wrong shape",
      JSON.stringify({ ...good, current: { run: { scenario: "coffee-members" } } }),
      "invalid",
    ],
    [
      "a lever out of range",
      JSON.stringify({
        ...good,
        current: {
          run: { ...good.current.run, decisions: [{ week: 2, set: { postsPerDay: 50 } }] },
        },
      }),
      "invalid",
    ],
    ["another format", JSON.stringify({ ...good, format: "community-ops-lab/plans" }), "invalid"],
  ])("sets %s aside, starts clean and leaves a notice", async (_what, raw, reason) => {
    const storage = memoryStorage({ [KEY]: raw });
    const store = await load(storage);
    expect(store.$sandbox.get()).toBeNull();
    expect(storage.getItem("col:v1:sandbox:backup-1")).toBe(raw);
    const notice = store.readSandboxRecovery();
    expect(notice).toMatchObject({ backupKey: "col:v1:sandbox:backup-1", reason });
    expect(store.sandboxBackupText(notice!)).toBe(raw);
    store.dismissSandboxRecovery();
    expect(store.readSandboxRecovery()).toBeNull();
  });

  it("keeps the value in place when there is no room for a copy", async () => {
    const raw = "x".repeat(50);
    const storage = memoryStorage({ [KEY]: raw }, 60);
    const store = await load(storage);
    expect(store.$sandbox.get()).toBeNull();
    expect(storage.getItem(KEY)).toBe(raw);
  });

  it("never overwrites an earlier backup", async () => {
    const storage = memoryStorage({ [KEY]: "{", "col:v1:sandbox:backup-1": "older" });
    await load(storage);
    expect(storage.getItem("col:v1:sandbox:backup-1")).toBe("older");
    expect(storage.getItem("col:v1:sandbox:backup-2")).toBe("{");
  });
});
