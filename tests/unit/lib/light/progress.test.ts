import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ProgressSchema } from "../../../../src/schemas/progress";
import { FeedbackSchema } from "../../../../src/schemas/feedback";
import {
  decodeProgress,
  normalizeProgress,
  parseFeedback,
  parseProgress,
} from "../../../../src/lib/light/progress";
import { corrupt, feedbackArb, progressArb } from "../../stores/progress-arbitraries";

const FIXTURES = join(import.meta.dirname, "../../../fixtures");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

/** Replacement values that stored data is likely to hold after going wrong. */
const junk = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    "",
    "x",
    -1,
    2,
    1.5,
    -0.001,
    0.5,
    true,
    [],
    {},
    "2025-13-45T00:00:00Z",
    "NaN",
    "04-cold-start",
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

describe("the zod-free decoder agrees with ProgressSchema", () => {
  it("accepts every valid record and returns what zod returns (in normal form)", () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        const lean = decodeProgress(JSON.parse(JSON.stringify(p)));
        expect(lean.ok).toBe(true);
        expect(lean.ok && lean.value).toEqual(normalizeProgress(ProgressSchema.parse(p)));
      }),
    );
  });

  it("rejects exactly what zod rejects when a part is damaged", () => {
    fc.assert(
      fc.property(
        progressArb,
        fc.array(fc.nat(), { maxLength: 6 }),
        junk,
        (p, path, replacement) => {
          const damaged = JSON.parse(JSON.stringify(corrupt(p, path, replacement)) ?? "null");
          const lean = decodeProgress(damaged);
          const strict = ProgressSchema.safeParse(damaged);
          if (damaged?.format === "community-ops-lab/progress")
            expect(lean.ok).toBe(strict.success);
          else expect(lean.ok).toBe(false);
          if (lean.ok && strict.success) expect(lean.value).toEqual(normalizeProgress(strict.data));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("agrees with FeedbackSchema on feedback files", () => {
    fc.assert(
      fc.property(
        feedbackArb,
        fc.array(fc.nat(), { maxLength: 4 }),
        junk,
        (f, path, replacement) => {
          const text = JSON.stringify(corrupt(f, path, replacement)) ?? "null";
          const lean = parseFeedback(text);
          const strict = FeedbackSchema.safeParse(JSON.parse(text));
          expect(lean.ok).toBe(strict.success);
          if (lean.ok && strict.success) expect(lean.value).toEqual(strict.data);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("stored data of any shape", () => {
  it("never throws: any JSON gives a valid record or a named error", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseProgress(JSON.stringify(value));
        if (result.ok) expect(ProgressSchema.safeParse(result.value).success).toBe(true);
        else expect(["json", "foreign", "newer", "invalid"]).toContain(result.error);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parseProgress(text)).not.toThrow();
        expect(() => parseFeedback(text)).not.toThrow();
      }),
    );
  });

  it.each([
    ["truncated.txt", "json", undefined],
    ["foreign-settings.json", "foreign", undefined],
    ["v2-future.json", "newer", undefined],
    ["v0-broken-score.json", "invalid", "modules.04-cold-start.scores[0].pct"],
  ])("%s is refused as %s", (file, error, path) => {
    const result = parseProgress(fixture(`progress/${file}`));
    expect(result).toEqual(path ? { ok: false, error, path } : { ok: false, error });
  });

  it("names the damaged part of a version 1 record", () => {
    const text = JSON.stringify({
      format: "community-ops-lab/progress",
      version: 1,
      modules: {
        "04-cold-start": {
          quizAttempts: [{ at: "2025-03-01T10:00:00.000Z", score: 1.5, passed: true }],
        },
      },
    });
    expect(parseProgress(text)).toEqual({
      ok: false,
      error: "invalid",
      path: "modules.04-cold-start.quizAttempts[0].score",
    });
  });
});

describe("migration from version 0 (the beta)", () => {
  it("brings the beta record forward without losing an attempt", () => {
    const result = parseProgress(fixture("progress/v0-beta.json"));
    expect(result.ok && result.migratedFrom).toBe(0);
    if (!result.ok) throw new Error("expected the fixture to migrate");
    expect(ProgressSchema.safeParse(result.value).success).toBe(true);
    expect(result.value).toEqual({
      format: "community-ops-lab/progress",
      version: 1,
      track: "newcomer",
      trackChosenAt: "2024-11-08T08:30:00.000Z",
      updatedAt: "2024-11-08T08:30:00.000Z",
      feedback: [],
      modules: {
        "00-orientation": {
          readAt: "2024-11-08T08:30:00.000Z",
          completedAt: "2024-11-07T09:00:00.000Z",
          quizAttempts: [
            { at: "2024-11-07T08:43:20.000Z", score: 0.5, passed: false },
            { at: "2024-11-07T09:00:00.000Z", score: 0.8333, passed: true },
          ],
          quizBest: 0.8333,
          assignmentResults: [],
        },
        "01-fundamentals": {
          readAt: "2024-11-08T08:30:00.000Z",
          quizAttempts: [{ at: "2024-11-08T08:20:00.000Z", score: 0.6667, passed: false }],
          quizBest: 0.6667,
          assignmentResults: [],
        },
        "02-positioning": {
          readAt: "2024-11-08T08:30:00.000Z",
          quizAttempts: [],
          assignmentResults: [],
        },
      },
    });
  });

  it("reads a beta record with no track chosen; a done module counts as read and completed", () => {
    const result = parseProgress(fixture("progress/v0-no-track.json"));
    if (!result.ok) throw new Error("expected the fixture to migrate");
    expect(result.value.track).toBeUndefined();
    expect(result.value.modules["04-cold-start"]).toMatchObject({
      readAt: "2024-09-01T00:00:00.000Z",
      completedAt: "2024-09-01T00:00:00.000Z",
      quizBest: 1,
    });
  });
});

describe("mentor feedback files", () => {
  it("reads the gradebook's format", () => {
    const result = parseFeedback(fixture("feedback/mentor-v1.json"));
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.comments).toHaveLength(2);
  });

  it.each([
    ["not JSON", "{", "json"],
    ["a progress file", fixture("progress/v0-beta.json"), "foreign"],
    [
      "a newer version",
      JSON.stringify({ format: "community-ops-lab/feedback", version: 3 }),
      "newer",
    ],
    [
      "no comments",
      JSON.stringify({ ...JSON.parse(fixture("feedback/mentor-v1.json")), comments: [] }),
      "invalid",
    ],
  ])("refuses %s", (_name, text, error) => {
    expect(parseFeedback(text)).toMatchObject({ ok: false, error });
  });
});
