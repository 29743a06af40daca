import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "astro/zod";
import { LeverValuesSchema, ScenarioSchema } from "../../../src/schemas/scenario";
import { LEVERS } from "../../../src/vocabulary/levers";
import type { Levers, Scenario } from "../../../src/sim/index";
import { listScenarios } from "../../../src/lib/scenarios";

describe("ScenarioSchema", () => {
  it("reads a file as the engine's Scenario (checked by the type checker)", () => {
    expectTypeOf<z.output<typeof ScenarioSchema>>().toEqualTypeOf<Scenario>();
    expectTypeOf<z.output<typeof LeverValuesSchema>>().toEqualTypeOf<Partial<Levers>>();
  });

  it.each(listScenarios().map((s) => [s.id, s] as const))("accepts %s as it is", (_id, s) => {
    expect(ScenarioSchema.parse(s)).toEqual(s);
  });

  describe.each(LEVERS.map((l) => [l.name, l] as const))("lever values: %s", (name, spec) => {
    it("takes its default and refuses what LEVERS refuses", () => {
      expect(LeverValuesSchema.safeParse({ [name]: spec.default }).success).toBe(true);
      const bad =
        spec.kind === "number" ? spec.max + 1 : spec.kind === "boolean" ? "yes" : "sometimes";
      expect(LeverValuesSchema.safeParse({ [name]: bad }).success).toBe(false);
    });
  });

  it("refuses a lever the engine does not have", () => {
    expect(LeverValuesSchema.safeParse({ postsPerWeek: 3 }).success).toBe(false);
  });
});
