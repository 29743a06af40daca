import { afterEach, describe, expect, it, vi } from "vitest";
import { loadOver, memoryStorage } from "./harness";

const KEY = "col:v1:mentor-notes";

async function load(storage: Storage) {
  return loadOver(storage, () => import("../../../src/stores/mentor-notes"));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const AT = "2025-03-02T09:15:00.000Z";

describe("the mentor's comments", () => {
  it("keeps comments by assignment and learner, and the mentor's name, across page loads", async () => {
    const storage = memoryStorage();
    const store = await load(storage);
    expect(store.setMentorName("周老师")).toBe(true);
    expect(store.setComment("asg-1", "id:s-1", { text: "好", moduleId: "04-cold-start" }, AT)).toBe(
      true,
    );
    expect(store.setComment("asg-1", "name:李雷", { text: "再试一次" }, AT)).toBe(true);
    const again = await load(storage);
    expect(again.$mentorNotes.get()).toMatchObject({
      mentor: "周老师",
      notes: {
        "asg-1": {
          "id:s-1": { text: "好", moduleId: "04-cold-start" },
          "name:李雷": { text: "再试一次" },
        },
      },
    });
  });

  it("removes a comment emptied of text and module", async () => {
    const store = await load(memoryStorage());
    store.setComment("asg-1", "id:s-1", { text: "好" }, AT);
    store.setComment("asg-1", "id:s-1", { text: "" }, AT);
    expect(store.$mentorNotes.get().notes["asg-1"]).toEqual({});
  });

  it("refuses a module id that is not one", async () => {
    const store = await load(memoryStorage());
    expect(store.setComment("asg-1", "id:s-1", { text: "好", moduleId: "cold start" }, AT)).toBe(
      false,
    );
  });

  it.each([
    ["not JSON", "{ broken", {}],
    [
      "another shape",
      JSON.stringify({ format: "community-ops-lab/mentor-notes", version: 1, notes: [] }),
      {},
    ],
    [
      "one bad comment among good ones",
      JSON.stringify({
        format: "community-ops-lab/mentor-notes",
        version: 1,
        mentor: "M",
        notes: { a: { good: { text: "ok", updatedAt: AT }, bad: { text: 5 } } },
      }),
      { a: { good: { text: "ok", updatedAt: AT } } },
    ],
  ])("keeps %s as a backup, keeps what it can read, and says so", async (_name, raw, notes) => {
    const storage = memoryStorage({ [KEY]: raw });
    const store = await load(storage);
    expect(store.$mentorNotes.get().notes).toEqual(notes);
    expect(storage.getItem("col:v1:mentor-notes:backup-1")).toBe(raw);
    expect(store.readNotesRecovery()).toBe("col:v1:mentor-notes:backup-1");
    store.dismissNotesRecovery();
    expect(store.readNotesRecovery()).toBeNull();
  });
});
