import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  classProgress,
  classRecord,
  classReducer,
  classRows,
  initialClass,
  pendingFiles,
  type ClassState,
} from "../../../../src/grading/gradebook/class-state";
import { checkFile } from "../../../../src/grading/gradebook/check-file";
import { intake, planBatch, type ReadFile } from "../../../../src/grading/gradebook/intake";
import { GradebookClassSchema } from "../../../../src/schemas/gradebook";
import { memoryClasses } from "../../../../src/stores/gradebook";
import { makeAssignment } from "./fixtures";

const assignment = makeAssignment();
const text = (path: string) => readFileSync(`tests/fixtures/${path}`, "utf8");
const read = (name: string, body: string | null, size = body?.length ?? 0): ReadFile => ({
  name,
  size,
  verdict: "read",
  text: body,
});

describe("a batch's intake", () => {
  it("caps each file and the whole batch, and says which were not read", () => {
    expect(
      planBatch([{ size: 10 }, { size: 6 }, { size: 3 }, { size: 4 }, { size: 1 }, { size: 1 }], {
        fileBytes: 8,
        files: 3,
        bytes: 12,
      }),
    ).toEqual(["too-large", "read", "read", "batch-cap", "read", "batch-cap"]);
  });

  it("the first assignment file chooses the assignment; a second one and a broken one are listed", () => {
    const official = text("assignments/coffee-retention-sprint.json");
    const sorted = intake(
      [
        read("a.json", official),
        read("b.json", text("assignments/coffee-referral-sprint.json")),
        read("c.json", text("assignments/unknown-scenario.json")),
        read("sub.json", text("submissions/valid.json")),
        read("gone.json", null),
        { name: "huge.json", size: 9e6, verdict: "too-large", text: null },
        { name: "late.json", size: 5, verdict: "batch-cap", text: null },
      ],
      1,
      "2025-03-31T10:00:00Z",
      "2025-04-01T10:00:00Z",
    );
    expect(sorted.assignment?.id).toBe("coffee-retention-sprint");
    expect(sorted.assignmentFile).toBe("a.json");
    expect(sorted.capped).toBe(1);
    expect(sorted.files.map((f) => [f.file, f.unread?.code ?? "text"])).toEqual([
      ["b.json", "extra-assignment"],
      ["c.json", "bad-assignment"],
      ["sub.json", "text"],
      ["gone.json", "read-failed"],
      ["huge.json", "too-large"],
      ["late.json", "batch-cap"],
    ]);
    expect(sorted.files.every((f) => f.receivedAt === "2025-03-31T10:00:00Z")).toBe(true);
  });
});

describe("the class reducer", () => {
  const files = intake(
    [read("ok.json", JSON.stringify({ x: 1 })), read("gone.json", null)],
    1,
    null,
    "2025-04-01T10:00:00Z",
  ).files;

  it("files given before the assignment wait, then join its class; results from an older round are ignored", () => {
    let state: ClassState = classReducer(initialClass(), { type: "add", files });
    expect(pendingFiles(state)).toEqual([]);
    state = classReducer(state, { type: "open", assignment, saved: null });
    expect(pendingFiles(state).map((f) => f.file)).toEqual(["ok.json"]);
    expect(classProgress(state)).toEqual({ total: 1, done: 0, flagged: 0 });
    const stale = classReducer(state, {
      type: "checked",
      results: [[1, checkFile("ok.json", "{}", assignment)]],
      generation: state.generation - 1,
    });
    expect(stale).toBe(state);
    state = classReducer(state, {
      type: "checked",
      results: [[1, checkFile("ok.json", "{}", assignment)]],
      generation: state.generation,
    });
    expect(classProgress(state)).toEqual({ total: 1, done: 1, flagged: 1 });
    expect(classRows(state).map((r) => r.status)).toEqual(["invalid", "invalid"]);
  });

  it("keeps a class across a reload: the stored record reopens with every file and the counting rule", async () => {
    let state = classReducer(initialClass(), { type: "open", assignment, saved: null });
    state = classReducer(state, { type: "add", files });
    state = classReducer(state, { type: "count-rule", rule: "latest" });
    const record = classRecord(state, "2025-04-01T10:00:00.000Z")!;
    expect(GradebookClassSchema.safeParse(record).success).toBe(true);
    const store = memoryClasses();
    expect(await store.save(record)).toBe(true);
    const loaded = await store.load(assignment.id);
    const reopened = classReducer(initialClass(), {
      type: "open",
      assignment,
      saved: loaded.record,
    });
    expect(reopened.files.map((f) => f.file)).toEqual(["ok.json", "gone.json"]);
    expect(reopened.countRule).toBe("latest");
    // The unread file has its row at once; the other is verified again.
    expect(pendingFiles(reopened).map((f) => f.file)).toEqual(["ok.json"]);
    // Keys continue after the saved ones.
    const more = classReducer(reopened, { type: "add", files });
    expect(more.files.map((f) => f.key)).toEqual([1, 2, 3, 4]);
  });

  it("clearing empties the class", () => {
    let state = classReducer(initialClass(), { type: "open", assignment, saved: null });
    state = classReducer(state, { type: "add", files });
    state = classReducer(state, { type: "clear" });
    expect(state.files).toEqual([]);
    expect(classRecord(state, "2025-04-01T10:00:00.000Z")?.files).toEqual([]);
  });

  it("a stored record that cannot be read is set aside, not opened", async () => {
    const store = memoryClasses();
    await store.save({
      ...classRecord(
        classReducer(initialClass(), { type: "open", assignment, saved: null }),
        "2025-04-01T10:00:00.000Z",
      )!,
      version: 9,
    } as never);
    expect(await store.load(assignment.id)).toEqual({ record: null, setAside: true });
  });
});
