import { describe, expect, it } from "vitest";
import { dictionary } from "../../../src/i18n";
import { GROUPS, LEVER_CONTROLS } from "../../../src/sandbox/layout";
import { LEVERS } from "../../../src/sim/index";

describe("the sandbox's levers", () => {
  it.each(LEVERS.map((l) => [l.name, l] as const))(
    "%s has its words in both languages and a place in the sandbox",
    (name, l) => {
      for (const lang of ["zh-cn", "en"] as const) {
        const words = dictionary(lang);
        const keys = ["label", "help", "cost", ...(l.kind === "number" ? ["unit"] : [])];
        for (const key of keys) expect(words[`sim.lever.${name}.${key}`], key).toBeTruthy();
        const options =
          l.kind === "action" ? ["none", ...l.options] : "options" in l ? l.options : [];
        for (const o of options) expect(words[`sim.lever.${name}.option.${o}`], o).toBeTruthy();
      }
      const control = LEVER_CONTROLS.find((c) => c.name === name);
      expect(GROUPS).toContain(control?.group);
      expect(control?.step !== undefined).toBe(l.kind === "number");
    },
  );

  it("lays out every lever once", () => {
    expect(LEVER_CONTROLS.map((c) => c.name).sort()).toEqual(LEVERS.map((l) => l.name).sort());
  });
});
