import { afterEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadOver, memoryStorage } from "./harness";
import { progressArb } from "./progress-arbitraries";
import { normalizeProgress } from "../../../src/lib/light/progress";
import { LearnerDataSchema } from "../../../src/schemas/learner-data";
import { SandboxSavedSchema } from "../../../src/schemas/sandbox";
import { sandboxProblem } from "../../../src/stores/learner-data";
import { fullPlan } from "../grading/plan-builders";

const FIXTURES = join(import.meta.dirname, "../../fixtures");
const KEYS = {
  progress: "col:v1:progress",
  plans: "col:v1:plans",
  written: "col:v1:written",
  sandbox: "col:v1:sandbox",
};

const plan = (id: string, name: string) => ({ ...fullPlan(), id, name });
const plans = (...list: ReturnType<typeof plan>[]) => ({
  format: "community-ops-lab/plans",
  version: 1,
  plans: list,
  activeId: list[0]?.id ?? null,
});
const written = (answers: Record<string, { text: string; at: string }>) => ({
  format: "community-ops-lab/written",
  version: 1,
  answers: Object.fromEntries(
    Object.entries(answers).map(([id, a]) => [
      id,
      { fields: { "rules.threshold": a.text }, updatedAt: a.at },
    ]),
  ),
});
const sandbox = (week: number) => ({
  format: "community-ops-lab/sandbox",
  version: 1,
  current: {
    run: { scenario: "coffee-members", seed: 7, weeks: 52, decisions: [], week },
  },
  mcRuns: 200,
  metric: "members",
});
/** A progress record as the store keeps it (normalized), with one quiz attempt. */
const progress = (score: number) =>
  normalizeProgress({
    format: "community-ops-lab/progress",
    version: 1,
    track: "founder",
    feedback: [],
    modules: {
      "00-orientation": {
        quizAttempts: [{ at: "2025-05-01T00:00:00.000Z", score, passed: true }],
        quizBest: score,
        assignmentResults: [],
      },
    },
  });

/** Loads every store afresh over the given storage, as a page load would. */
function load(storage: Storage) {
  return loadOver(storage, () => import("../../../src/stores/learner-data"));
}

/** What the four stores hold, as stored. */
const stored = (storage: Storage) =>
  Object.fromEntries(Object.entries(KEYS).map(([part, key]) => [part, storage.getItem(key)]));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("exporting and importing everything a learner keeps", () => {
  it("export → a new browser → import everything gives it all back, in the documented shape", async () => {
    await fc.assert(
      fc.asyncProperty(progressArb, async (p) => {
        const here = {
          [KEYS.progress]: JSON.stringify(p),
          [KEYS.plans]: JSON.stringify(plans(plan("p1", "Valley · copy"), plan("p2", "Second"))),
          [KEYS.written]: JSON.stringify(
            written({
              "03-platform-rules": { text: "Loyalty card only", at: "2025-05-02T00:00:00Z" },
            }),
          ),
          [KEYS.sandbox]: JSON.stringify(sandbox(12)),
        };
        const data = await load(memoryStorage(here));
        const text = data.learnerDataText(new Date("2025-06-01T00:00:00Z"));
        expect(LearnerDataSchema.safeParse(JSON.parse(text)).success).toBe(true);

        const elsewhere = memoryStorage();
        const fresh = await load(elsewhere);
        const read = fresh.readLearnerFile(text);
        if (!read.ok) throw new Error(read.error);
        const record = normalizeProgress(p);
        const hasProgress =
          Object.keys(record.modules).length > 0 || !!record.track || record.feedback.length > 0;
        expect(fresh.partsIn(read.file)).toEqual([
          ...(hasProgress ? ["progress"] : []),
          "plans",
          "written",
          "sandbox",
        ]);
        expect(fresh.importLearnerData(read.file, fresh.partsIn(read.file)).ok).toBe(true);
        const back = stored(elsewhere);
        // A record with nothing in it is not offered: the new browser keeps its own, empty one.
        if (hasProgress) expect(JSON.parse(back.progress!)).toEqual(record);
        else expect(back.progress).toBeNull();
        expect(JSON.parse(back.plans!)).toEqual(JSON.parse(here[KEYS.plans]!));
        expect(JSON.parse(back.written!)).toEqual(JSON.parse(here[KEYS.written]!));
        expect(JSON.parse(back.sandbox!)).toEqual(JSON.parse(here[KEYS.sandbox]!));
      }),
      { numRuns: 25 },
    );
  });

  it("imports only the parts chosen", async () => {
    const source = await load(
      memoryStorage({
        [KEYS.progress]: JSON.stringify(progress(0.9)),
        [KEYS.plans]: JSON.stringify(plans(plan("p1", "Mine"))),
        [KEYS.sandbox]: JSON.stringify(sandbox(12)),
      }),
    );
    const text = source.learnerDataText();
    const target = memoryStorage({ [KEYS.sandbox]: JSON.stringify(sandbox(3)) });
    const data = await load(target);
    const read = data.readLearnerFile(text);
    if (!read.ok) throw new Error(read.error);
    const result = data.importLearnerData(read.file, ["plans"]);
    expect(result).toMatchObject({ ok: true, imported: { plans: { added: 1 } } });
    expect(JSON.parse(target.getItem(KEYS.plans)!).plans.map((p: { id: string }) => p.id)).toEqual([
      "p1",
    ]);
    expect(target.getItem(KEYS.progress)).toBeNull();
    expect(JSON.parse(target.getItem(KEYS.sandbox)!).current.run.week).toBe(3);
  });

  it("never replaces a plan or a newer written answer, and merges progress", async () => {
    const target = memoryStorage({
      [KEYS.progress]: JSON.stringify(progress(0.5)),
      [KEYS.plans]: JSON.stringify(plans(plan("p1", "Mine"), plan("p2", "Same"))),
      [KEYS.written]: JSON.stringify(
        written({
          "03-platform-rules": { text: "Newer here", at: "2025-05-09T00:00:00Z" },
          "04-cold-start": { text: "Older here", at: "2025-05-01T00:00:00Z" },
        }),
      ),
    });
    const file = JSON.stringify({
      format: "community-ops-lab/learner-data",
      version: 1,
      exportedAt: "2025-06-01T00:00:00.000Z",
      progress: progress(0.9),
      plans: plans(plan("p1", "Theirs, same id"), plan("p2", "Same"), plan("p3", "New")),
      written: written({
        "03-platform-rules": { text: "Older there", at: "2025-05-02T00:00:00Z" },
        "04-cold-start": { text: "Newer there", at: "2025-05-05T00:00:00Z" },
        "10-risk-crisis": { text: "Only there", at: "2025-05-05T00:00:00Z" },
      }),
      sandbox: null,
    });
    const data = await load(target);
    const read = data.readLearnerFile(file);
    if (!read.ok) throw new Error(read.error);
    expect(data.partsIn(read.file)).toEqual(["progress", "plans", "written"]);
    const result = data.importLearnerData(read.file, ["progress", "plans", "written"]);
    expect(result).toMatchObject({
      ok: true,
      imported: {
        progress: { attempts: 1 },
        plans: { added: 1, same: 1, copied: 1 },
        written: { added: 1, updated: 1, kept: 1 },
      },
    });
    const names = JSON.parse(target.getItem(KEYS.plans)!).plans.map(
      (p: { name: string }) => p.name,
    );
    expect(names).toEqual(["Mine", "Same", "Theirs, same id", "New"]);
    const answers = JSON.parse(target.getItem(KEYS.written)!).answers;
    expect(answers["03-platform-rules"].fields["rules.threshold"]).toBe("Newer here");
    expect(answers["04-cold-start"].fields["rules.threshold"]).toBe("Newer there");
    expect(answers["10-risk-crisis"].fields["rules.threshold"]).toBe("Only there");
    const record = JSON.parse(target.getItem(KEYS.progress)!);
    expect(record.modules["00-orientation"].quizAttempts).toHaveLength(2);
    expect(record.modules["00-orientation"].quizBest).toBe(0.9);
  });

  it("undo puts every store back as it was", async () => {
    const before = {
      [KEYS.progress]: JSON.stringify(progress(0.5)),
      [KEYS.plans]: JSON.stringify(plans(plan("p1", "Mine"))),
      [KEYS.written]: JSON.stringify(
        written({ "03-platform-rules": { text: "Mine", at: "2025-05-01T00:00:00Z" } }),
      ),
      [KEYS.sandbox]: JSON.stringify(sandbox(3)),
    };
    const source = await load(
      memoryStorage({
        [KEYS.progress]: JSON.stringify(progress(1)),
        [KEYS.plans]: JSON.stringify(plans(plan("p9", "Theirs"))),
        [KEYS.written]: JSON.stringify(
          written({ "03-platform-rules": { text: "Theirs", at: "2025-05-09T00:00:00Z" } }),
        ),
        [KEYS.sandbox]: JSON.stringify(sandbox(40)),
      }),
    );
    const text = source.learnerDataText();
    const target = memoryStorage(before);
    const data = await load(target);
    const unchanged = stored(target);
    const read = data.readLearnerFile(text);
    if (!read.ok) throw new Error(read.error);
    const result = data.importLearnerData(read.file, data.partsIn(read.file));
    if (!result.ok) throw new Error(result.error);
    expect(stored(target)).not.toEqual(unchanged);
    expect(data.undoImport(result.imported.before)).toBe(true);
    for (const part of Object.keys(KEYS) as (keyof typeof KEYS)[])
      expect(JSON.parse(stored(target)[part]!)).toEqual(JSON.parse(unchanged[part]!));
  });

  it("a browser that refuses to store imports nothing at all", async () => {
    const here = { [KEYS.progress]: JSON.stringify(progress(0.5)) };
    const source = await load(
      memoryStorage({
        [KEYS.progress]: JSON.stringify(progress(1)),
        [KEYS.plans]: JSON.stringify(plans(plan("p1", "A big plan"))),
      }),
    );
    const text = source.learnerDataText();
    // Room for the merged progress, not for the plan as well.
    const target = memoryStorage(here, 1200);
    const data = await load(target);
    const read = data.readLearnerFile(text);
    if (!read.ok) throw new Error(read.error);
    expect(data.importLearnerData(read.file, ["progress", "plans"])).toEqual({
      ok: false,
      error: "storage",
    });
    expect(JSON.parse(target.getItem(KEYS.progress)!)).toEqual(progress(0.5));
    expect(target.getItem(KEYS.plans)).toBeNull();
  });

  it("offers only the parts that hold something", async () => {
    const empty = await load(memoryStorage({ [KEYS.progress]: JSON.stringify(progress(0.5)) }));
    const read = empty.readLearnerFile(empty.learnerDataText());
    if (!read.ok) throw new Error(read.error);
    expect(empty.partsIn(read.file)).toEqual(["progress"]);
    const nothing = await load(memoryStorage());
    expect(nothing.readLearnerFile(nothing.learnerDataText())).toEqual({
      ok: false,
      error: "empty",
    });
  });

  it("reads a progress file exported before, and a beta record", async () => {
    const data = await load(memoryStorage());
    for (const [text, migratedFrom] of [
      [JSON.stringify(progress(0.8)), undefined],
      [readFileSync(join(FIXTURES, "progress/v0-beta.json"), "utf8"), 0],
    ] as const) {
      const read = data.readLearnerFile(text);
      expect(read).toMatchObject({ ok: true, file: { unreadable: [] } });
      if (!read.ok) continue;
      expect(data.partsIn(read.file)).toEqual(["progress"]);
      expect(read.file.migratedFrom).toBe(migratedFrom);
    }
  });

  it.each([
    ["a cut-off file", readFileSync(join(FIXTURES, "progress/truncated.txt"), "utf8"), "json"],
    [
      "another app's settings",
      readFileSync(join(FIXTURES, "progress/foreign-settings.json"), "utf8"),
      "foreign",
    ],
    [
      "a newer progress file",
      readFileSync(join(FIXTURES, "progress/v2-future.json"), "utf8"),
      "newer",
    ],
    [
      "a newer learner-data file",
      JSON.stringify({ format: "community-ops-lab/learner-data", version: 2 }),
      "newer",
    ],
    [
      "a learner-data file with nothing in it",
      JSON.stringify({
        format: "community-ops-lab/learner-data",
        version: 1,
        exportedAt: "2025-06-01T00:00:00.000Z",
        sandbox: null,
      }),
      "empty",
    ],
  ])("refuses %s and says why", async (_name, text, error) => {
    const data = await load(memoryStorage());
    expect(data.readLearnerFile(text)).toMatchObject({ ok: false, error });
  });

  it("names the parts it cannot read and offers the rest; unreadable plans are left out one by one", async () => {
    const data = await load(memoryStorage());
    const broken = { ...plan("p2", "Broken"), calendar: { slots: "every day" } };
    const read = data.readLearnerFile(
      JSON.stringify({
        format: "community-ops-lab/learner-data",
        version: 1,
        exportedAt: "2025-06-01T00:00:00.000Z",
        progress: { format: "community-ops-lab/progress", version: 1, modules: { x: 1 } },
        plans: plans(plan("p1", "Fine"), broken as never),
        written: { format: "something else" },
        sandbox: { format: "community-ops-lab/sandbox", version: 1, current: {} },
      }),
    );
    if (!read.ok) throw new Error(read.error);
    expect(data.partsIn(read.file)).toEqual(["plans"]);
    expect(read.file.plans).toMatchObject({ dropped: 1 });
    expect(read.file.plans!.plans.map((p) => p.name)).toEqual(["Fine"]);
    expect(read.file.unreadable.map((u) => [u.part, u.error])).toEqual([
      ["progress", "invalid"],
      ["written", "invalid"],
      ["sandbox", "invalid"],
    ]);
  });

  it("reading any file never throws and never writes", async () => {
    const storage = memoryStorage({ [KEYS.progress]: JSON.stringify(progress(0.5)) });
    const data = await load(storage);
    const before = stored(storage);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc
            .dictionary(fc.constantFrom("progress", "plans", "written", "sandbox"), fc.jsonValue())
            .map((parts) =>
              JSON.stringify({ format: "community-ops-lab/learner-data", version: 1, ...parts }),
            ),
        ),
        async (text) => {
          const read = data.readLearnerFile(text);
          if (!read.ok)
            expect(["json", "foreign", "newer", "invalid", "empty"]).toContain(read.error);
          expect(stored(storage)).toEqual(before);
        },
      ),
    );
  });
});

describe("the sandbox part, checked without the engine", () => {
  const good = {
    ...sandbox(12),
    current: {
      run: {
        scenario: "coffee-members",
        seed: 7,
        weeks: 52,
        decisions: [{ week: 3, set: { postsPerDay: 4 } }],
        week: 12,
      },
    },
  };

  it("accepts a sandbox the course saves", () => {
    expect(SandboxSavedSchema.safeParse(good).success).toBe(true);
    expect(sandboxProblem(good)).toBeNull();
  });

  it.each([
    ["another format", { ...good, format: "community-ops-lab/plan" }, "sandbox.format"],
    ["no run", { ...good, current: {} }, "sandbox.current.run"],
    [
      "a scenario that is not an id",
      { ...good, current: { run: { ...good.current.run, scenario: "Coffee club" } } },
      "sandbox.current.run.scenario",
    ],
    [
      "a run longer than two years",
      { ...good, current: { run: { ...good.current.run, weeks: 200 } } },
      "sandbox.current.run.weeks",
    ],
    [
      "weeks run past the run's end",
      { ...good, current: { run: { ...good.current.run, week: 60 } } },
      "sandbox.current.run.week",
    ],
    [
      "a decision without its levers",
      { ...good, current: { run: { ...good.current.run, decisions: [{ week: 3 }] } } },
      "sandbox.current.run.decisions.0",
    ],
  ])("names the part at fault: %s", (_name, value, path) => {
    expect(SandboxSavedSchema.safeParse(value).success).toBe(false);
    expect(sandboxProblem(value)).toBe(path);
  });
});
