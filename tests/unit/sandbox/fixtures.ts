import { MODEL_VERSION } from "../../../src/sim/index";
/** Shared arbitraries and fixtures for the sandbox's unit tests. */
import fc from "fast-check";
import type { AssignmentInput } from "../../../src/schemas/assignment";
import { LEVERS, type Decision, type Levers } from "../../../src/sim/index";
import { leverStep } from "../../../src/sandbox/layout";

export const leverValue = (name: keyof Levers): fc.Arbitrary<unknown> => {
  const spec = LEVERS.find((l) => l.name === name)!;
  switch (spec.kind) {
    case "number": {
      const step = leverStep(name);
      return fc
        .integer({ min: 0, max: Math.round((spec.max - spec.min) / step) })
        .map((k) => Math.round((spec.min + k * step) * 1000) / 1000);
    }
    case "boolean":
      return fc.boolean();
    case "choice":
      return fc.constantFrom(...spec.options);
    case "action":
      return fc.constantFrom("none", ...spec.options);
  }
};

export const setArb: fc.Arbitrary<Partial<Levers>> = fc
  .subarray(
    LEVERS.map((l) => l.name),
    { minLength: 1, maxLength: 4 },
  )
  .chain((names) => fc.tuple(...names.map((n) => leverValue(n).map((v) => [n, v] as const))))
  .map((pairs) => Object.fromEntries(pairs) as Partial<Levers>);

export const decisionsArb = (weeks: number): fc.Arbitrary<Decision[]> =>
  fc.array(fc.record({ week: fc.integer({ min: 0, max: weeks }), set: setArb }), { maxLength: 5 });

export const assignment: AssignmentInput = {
  format: "community-ops-lab/assignment",
  version: 1,
  id: "module-04-cold-start",
  title: { "zh-cn": "冷启动", en: "Cold start" },
  instructions: { "zh-cn": "让第 4 周留存达到 50%。", en: "Get week-4 retention to 50%." },
  scenario: "wechat-parents",
  seed: 2024,
  weeks: 26,
  locked: { adBudget: 0, referral: "off", monetization: 0 },
  goals: [
    { metric: "retentionW4", op: ">=", value: 0.5 },
    { metric: "members", op: ">=", value: 360, byWeek: 26 },
  ],
  passMark: 0.7,
  modelVersion: MODEL_VERSION,
  due: "2026-03-01T23:59:00+08:00",
  createdAt: "2026-01-10T09:00:00+08:00",
};
