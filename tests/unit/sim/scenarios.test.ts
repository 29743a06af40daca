import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LeverValuesSchema, ScenarioSchema } from "../../../src/schemas/scenario";
import { LEVERS } from "../../../src/sim/index";
import { DEFAULT_SCENARIO_ID, getScenario, listScenarios } from "../../../src/lib/scenarios";

const dir = join(process.cwd(), "content/scenarios");
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
const EXPECTED = [
  "coffee-members",
  "discord-indie-game",
  "rescue-tidelight",
  "wechat-parents",
  "xhs-beauty-creator",
  "zsxq-ux-circle",
];

describe("content/scenarios", () => {
  it("holds exactly the six case communities", () => {
    expect(files.map((f) => f.replace(/\.json$/, "")).sort()).toEqual(EXPECTED);
  });

  it.each(files)(
    "%s parses with ScenarioSchema, needs no defaults and matches its file name",
    (file) => {
      const raw = JSON.parse(readFileSync(join(dir, file), "utf8"));
      const parsed = ScenarioSchema.safeParse(raw);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(parsed.success && parsed.data).toEqual(raw);
      expect(raw.id).toBe(file.replace(/\.json$/, ""));
      expect(getScenario(raw.id)).toEqual(raw);
    },
  );

  it("has exactly one default, coffee-members", () => {
    const defaults = listScenarios().filter((s) => s.default);
    expect(defaults.map((s) => s.id)).toEqual(["coffee-members"]);
    expect(DEFAULT_SCENARIO_ID).toBe("coffee-members");
  });

  it("gives every scenario bilingual texts, goals and a budget", () => {
    for (const s of listScenarios()) {
      expect(s.title["zh-cn"]).toMatch(/\p{Script=Han}/u);
      expect(s.title.en).toMatch(/[A-Za-z]/);
      expect(s.description["zh-cn"].length).toBeGreaterThan(60);
      expect(s.description.en.length).toBeGreaterThan(100);
      expect(s.goals.length).toBeGreaterThan(0);
      expect(s.budget.hoursPerWeek).toBeGreaterThan(0);
    }
  });

  it("rejects a broken scenario with the field named", () => {
    const good = getScenario("wechat-parents");
    const bad = { ...good, platform: "myspace", levers: { postsPerDay: 40 } };
    const parsed = ScenarioSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    const paths = parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."));
    expect(paths).toContain("platform");
    expect(paths).toContain("levers.postsPerDay");
  });

  it("lever values schema knows every lever and nothing else", () => {
    expect(Object.keys(LeverValuesSchema.shape).sort()).toEqual(LEVERS.map((l) => l.name).sort());
    expect(LeverValuesSchema.safeParse({ postsPerDya: 3 }).success).toBe(false);
  });
});
