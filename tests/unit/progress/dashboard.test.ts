import { describe, expect, it } from "vitest";
import { emptyProgress } from "../../../src/lib/light/progress";
import { withAssignmentResult, withQuizAttempt, withRead } from "../../../src/stores/progress-ops";
import {
  moduleRows,
  nextStep,
  summary,
  timeline,
  type ModuleInfo,
} from "../../../src/progress/dashboard";

const modules: ModuleInfo[] = [
  "00-orientation",
  "01-fundamentals",
  "02-positioning",
  "04-cold-start",
].map((id) => ({
  id,
  number: Number(id.slice(0, 2)),
  title: id.slice(3),
  href: `/en/modules/${id.slice(3)}/`,
}));

const t1 = "2025-03-01T10:00:00.000Z";
const t2 = "2025-03-02T10:00:00.000Z";
let progress = withQuizAttempt(emptyProgress(), "00-orientation", { score: 0.9, passed: true }, t1);
progress = withAssignmentResult(progress, "00-orientation", {
  kind: "quiz",
  score: 0.9,
  passed: true,
  at: t1,
});
progress = withRead(progress, "01-fundamentals", t1);
progress = withAssignmentResult(progress, "04-cold-start", {
  kind: "simulation",
  score: 0.5,
  passed: false,
  at: t2,
});

describe("the progress page's figures", () => {
  it("shows a module's written assignment beside its main one, and completes it when both pass", () => {
    const withWritten = modules.map((m) =>
      m.id === "04-cold-start" ? { ...m, written: true } : m,
    );
    const requires = ["simulation", "written"] as const;
    let p = withAssignmentResult(
      progress,
      "04-cold-start",
      { kind: "written", score: 0.85, passed: true, at: "2025-03-03T10:00:00.000Z" },
      requires,
    );
    let row = moduleRows(p, withWritten).find((r) => r.module.id === "04-cold-start")!;
    expect(row).toMatchObject({
      state: "new",
      assignment: "not-passed",
      written: { status: "passed", best: 0.85 },
    });
    p = withAssignmentResult(
      p,
      "04-cold-start",
      { kind: "simulation", score: 1, passed: true, at: "2025-03-04T10:00:00.000Z" },
      requires,
    );
    row = moduleRows(p, withWritten).find((r) => r.module.id === "04-cold-start")!;
    expect(row).toMatchObject({ state: "completed", assignment: "passed" });
    expect(moduleRows(p, modules).find((r) => r.module.id === "04-cold-start")!.written).toBe(
      undefined,
    );
  });

  it("counts completed and read modules and attempts", () => {
    expect(summary(moduleRows(progress, modules))).toEqual({
      completed: 1,
      read: 2,
      total: 4,
      attempts: 1,
    });
  });

  it.each([
    ["the course order without a track", undefined, { id: "01-fundamentals", action: "finish" }],
    [
      "the track's path",
      ["00-orientation", "02-positioning", "01-fundamentals"],
      { id: "02-positioning", action: "start" },
    ],
  ])("suggests the next module along %s", (_name, path, expected) => {
    const next = nextStep(progress, modules, path);
    expect({ id: next?.module.id, action: next?.action }).toEqual(expected);
  });

  it("has nothing next when the path is complete", () => {
    expect(nextStep(progress, modules, ["00-orientation"])).toBeNull();
  });

  it("lists each scored event once, in time order (a quiz assignment repeats its quiz attempt)", () => {
    expect(timeline(progress)).toEqual([
      { at: t1, moduleId: "00-orientation", kind: "quiz", score: 0.9, passed: true },
      { at: t2, moduleId: "04-cold-start", kind: "assignment", score: 0.5, passed: false },
    ]);
  });
});
