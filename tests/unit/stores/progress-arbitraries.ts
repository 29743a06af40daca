import fc from "fast-check";
import type { Progress } from "../../../src/schemas/progress";

const MODULE_IDS = ["00-orientation", "01-fundamentals", "04-cold-start", "14-capstone"];

/**
 * Timestamps as Date.toISOString writes them, in a few years around now, plus three spellings of
 * one instant so that ties (which merges must break the same way in any order) are common.
 */
export const timestampArb = fc.oneof(
  fc
    .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) })
    .map((ms) => new Date(ms).toISOString()),
  fc.constantFrom("2025-01-01T00:00:00.000Z", "2025-01-01T00:00:00Z", "2025-01-01T08:00:00+08:00"),
);

/** Scores as the quiz stores them (4 decimals), with 0 and 1 likely. */
export const scoreArb = fc.oneof(
  fc.constantFrom(0, 1, 0.7),
  fc.integer({ min: 0, max: 10000 }).map((n) => n / 10000),
);

const attemptArb = fc.record(
  {
    at: timestampArb,
    score: scoreArb,
    passed: fc.boolean(),
    items: fc.dictionary(fc.constantFrom("a", "b", "first-move", "nps-calc"), scoreArb, {
      maxKeys: 3,
    }),
  },
  { requiredKeys: ["at", "score", "passed"] },
);

const resultArb = fc.record({
  kind: fc.constantFrom(
    "quiz" as const,
    "simulation" as const,
    "plan" as const,
    "written" as const,
  ),
  score: scoreArb,
  passed: fc.boolean(),
  at: timestampArb,
});

const moduleArb = fc.record(
  {
    readAt: timestampArb,
    completedAt: timestampArb,
    quizAttempts: fc.array(attemptArb, { maxLength: 4 }),
    quizBest: scoreArb,
    assignmentStartedAt: timestampArb,
    assignmentResults: fc.array(resultArb, { maxLength: 3 }),
  },
  { requiredKeys: ["quizAttempts", "assignmentResults"] },
);

export const feedbackArb = fc.record(
  {
    format: fc.constant("community-ops-lab/feedback" as const),
    version: fc.constant(1 as const),
    learner: fc.record(
      { name: fc.constantFrom("陈小雨", "Ana"), id: fc.constant("s-1") },
      { requiredKeys: ["name"] },
    ),
    assignment: fc.record({ id: fc.constant("04-cold-start"), title: fc.constant("Cold start") }),
    mentor: fc.record({ name: fc.constantFrom("Zhou", "林姐") }),
    comments: fc.array(
      fc.record(
        {
          moduleId: fc.constantFrom(...MODULE_IDS),
          text: fc.string({ minLength: 1, maxLength: 20 }),
          createdAt: timestampArb,
        },
        { requiredKeys: ["text", "createdAt"] },
      ),
      { minLength: 1, maxLength: 2 },
    ),
    createdAt: timestampArb,
  },
  { requiredKeys: ["format", "version", "learner", "mentor", "comments", "createdAt"] },
);

/** Valid progress records in the stored shape (not necessarily normalised). */
export const progressArb: fc.Arbitrary<Progress> = fc.record(
  {
    format: fc.constant("community-ops-lab/progress" as const),
    version: fc.constant(1 as const),
    track: fc.constantFrom(
      "manager" as const,
      "newcomer" as const,
      "founder" as const,
      "offline" as const,
    ),
    trackChosenAt: timestampArb,
    modules: fc.dictionary(fc.constantFrom(...MODULE_IDS), moduleArb, { maxKeys: 3 }),
    feedback: fc.array(feedbackArb, { maxLength: 2 }),
    updatedAt: timestampArb,
  },
  { requiredKeys: ["format", "version", "modules", "feedback"] },
);

/** Takes a path through a JSON value and replaces what is there: a likely way for stored data to go wrong. */
export function corrupt(value: unknown, path: readonly number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== "object" || value === null) return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...value };
  copy[key] = corrupt((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}
