import { afterEach, describe, expect, it, vi } from "vitest";
import { loadOver, memoryStorage } from "./harness";
import { makeAssignment } from "../grading/gradebook/fixtures";

const KEY = "col:v1:assignments";
const list = (assignments: unknown[]) =>
  JSON.stringify({ format: "community-ops-lab/assignments", version: 1, assignments });

/** Loads the store afresh over the given storage, as a page load would. */
async function load(storage: Storage) {
  return loadOver(storage, () => import("../../../src/stores/assignments"));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const a1 = makeAssignment({ id: "asg-one" });
const a2 = makeAssignment({ id: "asg-two", seed: 7 });

describe("the assignments store", () => {
  it("saves, edits and reads back assignments under col:v1:assignments", async () => {
    const storage = memoryStorage();
    const store = await load(storage);
    expect(store.saveAssignment(a1)).toBe(true);
    expect(store.saveAssignment(a2)).toBe(true);
    expect(store.saveAssignment({ ...a1, weeks: 20 })).toBe(true);
    const again = await load(storage);
    expect(again.$assignments.get().assignments.map((a) => [a.id, a.weeks])).toEqual([
      ["asg-two", 12],
      ["asg-one", 20],
    ]);
  });

  it("refuses to save an assignment that is not valid", async () => {
    const store = await load(memoryStorage());
    expect(store.saveAssignment({ ...a1, weeks: 3 })).toBe(false);
    expect(store.$assignments.get().assignments).toEqual([]);
  });

  it("deletes with undo", async () => {
    const store = await load(memoryStorage());
    store.saveAssignment(a1);
    store.saveAssignment(a2);
    const deleted = store.deleteAssignment("asg-one");
    expect(store.$assignments.get().assignments.map((a) => a.id)).toEqual(["asg-two"]);
    expect(store.restoreAssignment(deleted!)).toBe(true);
    expect(store.$assignments.get().assignments.map((a) => a.id)).toEqual(["asg-two", "asg-one"]);
  });

  it.each([
    ["not JSON", '{"format":"community-ops-lab/assign', true, 0, []],
    ["another app's data", JSON.stringify({ theme: "dark" }), true, 0, []],
    [
      "one damaged assignment among good ones",
      list([a1, { ...a2, weeks: "many" }]),
      false,
      1,
      ["asg-one"],
    ],
    ["a repeated id", list([a1, a1]), false, 1, ["asg-one"]],
  ])(
    "keeps %s as a backup, keeps what is readable and leaves a notice",
    async (_name, raw, whole, dropped, ids) => {
      const storage = memoryStorage({ [KEY]: raw, "col:v1:assignments:backup-1": "older" });
      const store = await load(storage);
      expect(store.$assignments.get().assignments.map((a) => a.id)).toEqual(ids);
      expect(storage.getItem("col:v1:assignments:backup-2")).toBe(raw);
      expect(storage.getItem("col:v1:assignments:backup-1")).toBe("older");
      const recovery = store.readAssignmentsRecovery();
      expect(recovery).toMatchObject({ backupKey: "col:v1:assignments:backup-2", whole, dropped });
      expect(store.recoveredAssignmentsText(recovery!)).toBe(raw);
      store.dismissAssignmentsRecovery();
      expect(store.readAssignmentsRecovery()).toBeNull();
      const again = await load(storage);
      expect(again.$assignments.get().assignments.map((a) => a.id)).toEqual(ids);
      expect(storage.getItem("col:v1:assignments:backup-3")).toBeNull();
    },
  );

  it("starts fine when storage is refused altogether", async () => {
    const storage = memoryStorage({ [KEY]: "garbage" }, 0);
    const store = await load(storage);
    expect(store.$assignments.get().assignments).toEqual([]);
  });
});

describe("export and import", () => {
  it("an exported list imports into an empty browser", async () => {
    const source = await load(memoryStorage());
    source.saveAssignment(a1);
    source.saveAssignment(a2);
    const file = source.assignmentsFileText();
    const target = await load(memoryStorage());
    const result = target.importAssignmentsText(file);
    expect(result).toMatchObject({
      ok: true,
      added: ["asg-two", "asg-one"],
      same: [],
      conflicts: [],
    });
    expect(target.$assignments.get().assignments).toEqual(source.$assignments.get().assignments);
  });

  it("a single assignment file imports too", async () => {
    const store = await load(memoryStorage());
    expect(store.importAssignmentsText(JSON.stringify(a1))).toMatchObject({
      ok: true,
      added: ["asg-one"],
    });
  });

  it("never replaces a saved assignment: same content is noted, different content is a conflict", async () => {
    const store = await load(memoryStorage());
    store.saveAssignment(a1);
    store.saveAssignment(a2);
    const result = store.importAssignmentsText(
      list([a1, { ...a2, seed: 99 }, makeAssignment({ id: "asg-three" })]),
    );
    expect(result).toMatchObject({
      ok: true,
      added: ["asg-three"],
      same: ["asg-one"],
      conflicts: ["asg-two"],
    });
    expect(store.$assignments.get().assignments.find((a) => a.id === "asg-two")?.seed).toBe(7);
  });

  it.each([
    ["not JSON", "nope", "json"],
    [
      "a submission",
      JSON.stringify({ format: "community-ops-lab/submission", version: 1 }),
      "foreign",
    ],
    [
      "a newer list",
      JSON.stringify({ format: "community-ops-lab/assignments", version: 2, assignments: [] }),
      "newer",
    ],
    ["an empty list", list([]), "empty"],
    ["a damaged single assignment", JSON.stringify({ ...a1, goals: [] }), "foreign"],
  ])("refuses %s (%s) and changes nothing", async (_name, text, error) => {
    const store = await load(memoryStorage());
    store.saveAssignment(a1);
    expect(store.importAssignmentsText(text)).toMatchObject({ ok: false, error });
    expect(store.$assignments.get().assignments.map((a) => a.id)).toEqual(["asg-one"]);
  });

  it("counts unreadable entries in a list it otherwise imports", async () => {
    const store = await load(memoryStorage());
    expect(store.importAssignmentsText(list([a1, { id: "broken" }]))).toMatchObject({
      ok: true,
      added: ["asg-one"],
      dropped: 1,
    });
  });
});
