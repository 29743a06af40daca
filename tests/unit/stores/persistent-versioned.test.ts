import { afterEach, describe, expect, it, vi } from "vitest";
import { loadOver, memoryStorage } from "./harness";

const KEY = "col:v1:widget-test";

interface Box {
  format: "test/box";
  version: 1;
  count: number;
}
const empty = (): Box => ({ format: "test/box", version: 1, count: 0 });

/** A store of one whole-or-nothing record, made afresh over the given storage as a page load would. */
async function load(storage: Storage) {
  const helper = await loadOver(storage, () => import("../../../src/stores/persistent-versioned"));
  const store = helper.persistentVersioned({
    key: KEY,
    empty,
    read(data) {
      const record = helper.versionedRecord(data, "test/box", 1);
      return record && typeof record.count === "number" && record.count >= 0
        ? { value: { ...empty(), count: record.count } }
        : { value: empty(), problem: { why: "invalid" } };
    },
    unparsable: { why: "json" },
    notice: helper.recordNotice((stored) => ({ why: String(stored.why) })),
  });
  return { helper, store };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("persistentVersioned", () => {
  it("round-trips a valid value and raises no notice", async () => {
    const storage = memoryStorage();
    const first = await load(storage);
    expect(first.store.$store.get()).toEqual(empty());
    expect(first.store.save({ ...empty(), count: 3 })).toBe(true);
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ ...empty(), count: 3 });
    const again = await load(storage);
    expect(again.store.$store.get()).toEqual({ ...empty(), count: 3 });
    expect(again.store.readNotice()).toBeNull();
    expect(storage.getItem(`${KEY}:backup-1`)).toBeNull();
  });

  it("keeps a copy of text that is not JSON, starts clean and raises a notice", async () => {
    const storage = memoryStorage({ [KEY]: "{broken" });
    const { store } = await load(storage);
    expect(store.$store.get()).toEqual(empty());
    expect(storage.getItem(`${KEY}:backup-1`)).toBe("{broken");
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual(empty());
    const notice = store.readNotice();
    expect(notice).toMatchObject({ backupKey: `${KEY}:backup-1`, why: "json" });
    expect(store.backupText(notice!)).toBe("{broken");
    store.dismissNotice();
    expect(store.readNotice()).toBeNull();
  });

  it("backs up a value that fails the check instead of losing it, next to earlier copies", async () => {
    const bad = JSON.stringify({ ...empty(), count: -1 });
    const storage = memoryStorage({ [KEY]: bad, [`${KEY}:backup-1`]: "older" });
    const { store } = await load(storage);
    expect(store.$store.get()).toEqual(empty());
    expect(storage.getItem(`${KEY}:backup-1`)).toBe("older");
    expect(storage.getItem(`${KEY}:backup-2`)).toBe(bad);
    expect(store.readNotice()).toMatchObject({ backupKey: `${KEY}:backup-2`, why: "invalid" });
  });

  it("leaves the value in place when there is no room for the copy, and says so", async () => {
    // Room for the notice (about 100 characters) but not for a copy of the value.
    const bad = JSON.stringify({ ...empty(), count: "many", note: "x".repeat(300) });
    const storage = memoryStorage({ [KEY]: bad }, KEY.length + bad.length + 150);
    const { store } = await load(storage);
    expect(store.$store.get()).toEqual(empty());
    expect(storage.getItem(KEY)).toBe(bad);
    const notice = store.readNotice();
    expect(notice).toMatchObject({ backupKey: null, why: "invalid" });
    expect(store.backupText(notice!)).toBe(bad);
    // Not saved over while there is no copy: the save is refused and the value stays.
    expect(store.save({ ...empty(), count: 2 })).toBe(false);
    expect(storage.getItem(KEY)).toBe(bad);
    // Once the learner has seen the notice (and its download) and dismissed it, saving goes on.
    store.dismissNotice();
    expect(store.save({ ...empty(), count: 2 })).toBe(true);
    // The good data is not offered as the unreadable text.
    expect(store.backupText(notice!)).toBeNull();
  });

  it("copies a held value at the next save once there is room, and the notice then names the copy", async () => {
    const bad = JSON.stringify({ ...empty(), count: "many", note: "x".repeat(300) });
    const big = "y".repeat(400);
    const storage = memoryStorage(
      { [KEY]: bad, other: big },
      KEY.length + bad.length + 5 + big.length + 150,
    );
    const { store } = await load(storage);
    expect(store.readNotice()).toMatchObject({ backupKey: null });
    storage.removeItem("other");
    expect(store.save({ ...empty(), count: 5 })).toBe(true);
    expect(storage.getItem(`${KEY}:backup-1`)).toBe(bad);
    expect(store.readNotice()).toMatchObject({ backupKey: `${KEY}:backup-1`, why: "invalid" });
  });

  it("when neither a copy nor the notice fits, the page is told in memory and the value is kept", async () => {
    const bad = JSON.stringify({ ...empty(), count: "many" });
    const storage = memoryStorage({ [KEY]: bad }, KEY.length + bad.length);
    const { store } = await load(storage);
    expect(store.$store.get()).toEqual(empty());
    expect(storage.getItem(`${KEY}:notice`)).toBeNull();
    const notice = store.readNotice();
    expect(notice).toMatchObject({ backupKey: null, why: "invalid" });
    expect(store.backupText(notice!)).toBe(bad);
    expect(store.save({ ...empty(), count: 1 })).toBe(false);
    expect(storage.getItem(KEY)).toBe(bad);
  });

  it("drops unreadable or repeated items of a list and counts them", async () => {
    const { helper } = await load(memoryStorage());
    const readItem = (v: unknown) =>
      typeof v === "object" && v !== null && typeof (v as { id?: unknown }).id === "string"
        ? (v as { id: string })
        : null;
    expect(helper.readUniqueById([{ id: "a" }, 7, { id: "b" }, { id: "a" }], readItem)).toEqual({
      items: [{ id: "a" }, { id: "b" }],
      dropped: 2,
    });
  });
});
