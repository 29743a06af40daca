import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  MAX_PERSONAL_SEED,
  canonicalText,
  learnerKey,
  learnerSeed,
  personalSeed,
  seedKey,
} from "../../../src/grading/learner";
import { assignmentRun, buildSubmission, parseAssignment } from "../../../src/grading/submission";
import { verifySubmission } from "../../../src/grading/verify";
import type { Assignment } from "../../../src/schemas/assignment";

const read = (path: string) => readFileSync(`tests/fixtures/${path}`, "utf8");
const parsed = parseAssignment(read("assignments/coffee-personal-sprint.json"));
if (!parsed.ok) throw new Error(parsed.message);
const personal = parsed.assignment;

describe("learner identity", () => {
  it.each([
    [{ name: "张三", id: "S-01" }, "id:s-01"],
    [{ name: "  Ana   Silva ", id: null }, "name:ana silva"],
    [{ name: "ＡＮＡ silva", id: null }, "name:ana silva"],
    [{ name: "x", id: "  " }, "name:x"],
    [null, null],
  ])("%j → %s", (learner, key) => {
    expect(learnerKey(learner)).toBe(key);
  });
});

describe("personal seeds", () => {
  it("are deterministic, in range, and differ between learners and assignments", () => {
    const a = personalSeed("asg-1", 7, "name:李雷");
    expect(personalSeed("asg-1", 7, "name:李雷")).toBe(a);
    expect(a).toBeGreaterThanOrEqual(1);
    expect(a).toBeLessThanOrEqual(MAX_PERSONAL_SEED);
    expect(personalSeed("asg-1", 7, "name:张伟")).not.toBe(a);
    expect(personalSeed("asg-2", 7, "name:李雷")).not.toBe(a);
    expect(personalSeed("asg-1", 8, "name:李雷")).not.toBe(a);
  });

  it("follow the name as people write it: spaces, width and case do not change the world", () => {
    const seed = learnerSeed(personal, { name: "Li Lei" });
    expect(learnerSeed(personal, { name: "  li   LEI " })).toBe(seed);
    expect(learnerSeed(personal, { name: "Ｌｉ Ｌｅｉ" })).toBe(seed);
  });

  it("200 learners of one class meet 200 different worlds", () => {
    const seeds = new Set(
      Array.from({ length: 200 }, (_, i) => learnerSeed(personal, { name: `学员 ${i}` })),
    );
    expect(seeds.size).toBe(200);
  });

  it("with a list of ids, follow the listed id and refuse one that is not listed", () => {
    const listed: Assignment = { ...personal, learnerIds: ["S-01", "S-02"] };
    expect(seedKey(listed, { name: "李雷", id: "s-01" })).toEqual({ ok: true, key: "id:s-01" });
    expect(learnerSeed(listed, { name: "李雷", id: "S-01" })).toBe(
      learnerSeed(listed, { name: "someone else", id: "S-01" }),
    );
    expect(seedKey(listed, { name: "李雷", id: "S-09" })).toEqual({
      ok: false,
      code: "not-listed",
    });
    expect(seedKey(listed, { name: "李雷" })).toEqual({ ok: false, code: "not-listed" });
    expect(learnerSeed(listed, { name: "李雷" })).toBeNull();
  });

  it("without personal seeds every learner gets the assignment's seed", () => {
    expect(learnerSeed({ ...personal, personalSeeds: false }, { name: "李雷" })).toBe(
      personal.seed,
    );
  });

  it("a copied file fails verification for the other name; the learner's own verifies", () => {
    const own = verifySubmission(read("class/personal/li-lei.json"), { assignment: personal });
    expect(own.status).toBe("verified");
    const copy = verifySubmission(read("class/personal/zhang-wei-copy.json"), {
      assignment: personal,
    });
    expect(copy.status).toBe("constraint-violation");
    expect(copy.reason).toMatchObject({ code: "personal-seed", params: { name: "张伟" } });
  });

  it("a run made under one's own name, for every learner of a class, verifies", () => {
    for (const name of ["Ana Silva", "王芳", "s-7 Dev Patel"]) {
      const sub = buildSubmission({
        run: assignmentRun(personal, [{ week: 2, set: { postsPerDay: 4 } }], { name }),
        learner: { name },
        assignment: personal,
        createdAt: "2025-03-05T10:00:00Z",
      });
      expect(verifySubmission(sub, { assignment: personal }).status, name).toBe("verified");
      // Renaming it to anyone else breaks it.
      const renamed = { ...sub, learner: { name: `${name} B` } };
      expect(verifySubmission(renamed, { assignment: personal }).status).toBe(
        "constraint-violation",
      );
    }
  });

  it("a listed id that is missing from the file is a constraint violation, not a crash", () => {
    const listed: Assignment = { ...personal, learnerIds: ["S-01"] };
    const sub = JSON.parse(read("class/personal/li-lei.json"));
    sub.assignment = listed;
    expect(verifySubmission(sub, { assignment: listed }).reason?.code).toBe("not-listed");
  });

  it("canonical text folds width, case and spaces", () => {
    expect(canonicalText(" ＡＢ  c ")).toBe("ab c");
  });
});
