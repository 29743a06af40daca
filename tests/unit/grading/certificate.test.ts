import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createHash } from "node:crypto";
import {
  certificateCode,
  completedModules,
  normalizeCode,
  remainingModules,
  sha256,
} from "../../../src/grading/certificate";
import { emptyProgress } from "../../../src/lib/light/progress";
import { withAssignmentResult, withQuizAttempt } from "../../../src/stores/progress-ops";

const at = "2025-03-01T10:00:00.000Z";
let progress = withQuizAttempt(emptyProgress(), "00-orientation", { score: 0.9, passed: true }, at);
progress = withAssignmentResult(progress, "00-orientation", {
  kind: "quiz",
  score: 0.9,
  passed: true,
  at,
});
progress = withAssignmentResult(progress, "04-cold-start", {
  kind: "simulation",
  score: 0.75,
  passed: true,
  at,
});
progress = withQuizAttempt(progress, "01-fundamentals", { score: 0.5, passed: false }, at);

describe("sha256", () => {
  it("matches Node's crypto on any input", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Buffer.from(sha256(bytes)).toString("hex")).toBe(
          createHash("sha256").update(bytes).digest("hex"),
        );
      }),
    );
  });
});

describe("the certificate", () => {
  it("lists completed modules with their best scores, in course order", () => {
    expect(completedModules(progress)).toEqual([
      { id: "00-orientation", quizBest: 0.9, assignmentBest: 0.9, completedAt: at },
      { id: "04-cold-start", quizBest: null, assignmentBest: 0.75, completedAt: at },
    ]);
  });

  it("names the required modules still to do", () => {
    expect(
      remainingModules(progress, ["00-orientation", "01-fundamentals", "04-cold-start"]),
    ).toEqual(["01-fundamentals"]);
    expect(remainingModules(progress, ["00-orientation"])).toEqual([]);
  });

  it("has a code of five groups of four characters that the same file and name reproduce", () => {
    const code = certificateCode(progress, "陈小雨");
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(certificateCode(JSON.parse(JSON.stringify(progress)), " 陈小雨 ")).toBe(code);
  });

  it("changes when the name or a score changes, not when an unfinished module changes", () => {
    const code = certificateCode(progress, "Chen Xiaoyu");
    expect(certificateCode(progress, "Chen Xiaoyv")).not.toBe(code);
    const better = withQuizAttempt(
      progress,
      "00-orientation",
      { score: 1, passed: true },
      "2025-03-02T00:00:00.000Z",
    );
    expect(certificateCode(better, "Chen Xiaoyu")).not.toBe(code);
    const unfinished = withQuizAttempt(
      progress,
      "01-fundamentals",
      { score: 0.6, passed: false },
      "2025-03-02T00:00:00.000Z",
    );
    expect(certificateCode(unfinished, "Chen Xiaoyu")).toBe(code);
  });

  it.each([
    ["7k2m-q9xd-4tra-0bwe-h5nc", "7K2M-Q9XD-4TRA-0BWE-H5NC"],
    ["7K2M Q9XD 4TRA 0BWE H5NC", "7K2M-Q9XD-4TRA-0BWE-H5NC"],
    ["7K2MQ9XD4TRAOBWEH5NC", "7K2M-Q9XD-4TRA-0BWE-H5NC"],
    ["7K2M-Q9XD", ""],
    ["7K2M-Q9XD-4TRA-0BWE-H5NU", ""],
  ])("reads a typed code %j", (typed, expected) => {
    expect(normalizeCode(typed)).toBe(expected);
  });
});
