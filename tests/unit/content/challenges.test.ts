/**
 * Every graded challenge — each module's simulation assignment and each scenario's own goals —
 * is attainable, and not by the wrong strategy (content/solutions/ holds a reference solution and
 * the strategy the brief warns against for each): the reference meets every goal at the
 * challenge's seed and in at least 60% of 200 other seeds, staying within the team's hours; the
 * scenario's defaults, every lever at its maximum, and the warned strategy pass in at most 10%.
 * `npm run sim:search -- --challenge ID` searches for strategies and prints the same figures.
 */
import { dictionary } from "../../../src/i18n";
import { describe, expect, it } from "vitest";
import { lockProblem, assignmentRun } from "../../../src/grading/submission";
import { LEVERS, MODEL_VERSION, validateDecisions, type Decision } from "../../../src/sim/index";
import {
  baselines,
  challengeSeeds,
  listChallenges,
  meetsEveryGoal,
  passRate,
  type Challenge,
} from "../../model/challenges";
import { readModules } from "./content-files";
import { getScenario, replayRun } from "../../../src/lib/scenarios";

const challenges = listChallenges();
const SEEDS = 200;

describe("graded challenges", { timeout: 300_000 }, () => {
  it("there are the four module assignments and the six scenarios, each with a stored solution", () => {
    expect(challenges.map((c) => c.id)).toEqual([
      "module-04-cold-start",
      "module-08-growth-referral",
      "module-09-monetization",
      "module-12-lifecycle",
      "scenario-coffee-members",
      "scenario-wechat-parents",
      "scenario-discord-indie-game",
      "scenario-zsxq-ux-circle",
      "scenario-xhs-beauty-creator",
      "scenario-rescue-tidelight",
    ]);
    for (const c of challenges) {
      expect(c.solution, `${c.id}: content/solutions/${c.id}.json`).not.toBeNull();
      expect(c.solution?.modelVersion, `${c.id} was solved with another model`).toBe(MODEL_VERSION);
    }
  });

  describe.each(challenges.map((c) => [c.id, c] as const))("%s", (_id, c: Challenge) => {
    const a = c.assignment;
    const reference = (c.solution?.reference.decisions ?? []) as Decision[];
    const seeds = challengeSeeds(a, SEEDS).slice(1);

    it("its strategies are valid runs that keep the challenge's locks", () => {
      const scenario = getScenario(a.scenario);
      expect(scenario).toBeDefined();
      for (const decisions of [reference, (c.solution?.warned.decisions ?? []) as Decision[]]) {
        expect(validateDecisions(decisions, a.weeks)).toEqual([]);
        const run = assignmentRun(a, decisions);
        expect(lockProblem(a.locked, run, scenario!)).toBeNull();
      }
    });

    it("the reference solution meets every goal at the challenge's seed, within the team's hours", () => {
      expect(meetsEveryGoal(a, reference, a.seed)).toBe(true);
      const run = replayRun(assignmentRun(a, reference));
      const load =
        run.weeks.reduce((t, w) => t + w.hoursUsed / w.hoursBudget, 0) / run.weeks.length;
      expect(load).toBeLessThanOrEqual(1.05);
    });

    it(`the reference solution meets every goal in at least 60% of ${SEEDS} other seeds`, () => {
      expect(passRate(a, reference, seeds)).toBeGreaterThanOrEqual(0.6);
    });

    it.each(baselines(c).map((b) => [b.label, b.decisions] as const))(
      `%s passes in at most 10% of ${SEEDS} seeds`,
      (_label, decisions) => {
        expect(passRate(a, decisions, seeds)).toBeLessThanOrEqual(0.1);
      },
    );
  });
});

describe("module briefs", () => {
  const simulation = readModules().filter(
    (m) => (m.frontmatter as { assignment?: { kind?: string } }).assignment?.kind === "simulation",
  );
  const label = (lang: string) =>
    new Set(
      LEVERS.map((l) => dictionary(lang === "en" ? "en" : "zh-cn")[`sim.lever.${l.name}.label`]),
    );

  it.each(simulation.map((m) => [`${m.lang} ${m.id}`, m] as const))(
    "%s: states the goals' figures, the seed and the weeks, and quotes only levers that exist",
    (_name, m) => {
      const a = (
        m.frontmatter as {
          assignment: { brief: string; seed: number; weeks: number; goals: { value: number }[] };
        }
      ).assignment;
      for (const g of a.goals) {
        const shown =
          g.value > 0 && g.value < 1
            ? `${Math.round(g.value * 100)}%`
            : g.value.toLocaleString("en-US");
        expect(a.brief, `names ${shown}`).toContain(shown);
      }
      expect(a.brief).toContain(String(a.seed));
      expect(a.brief).toContain(String(a.weeks));
      // Quoted names are the levers' on-screen names in the brief's language.
      const quoted =
        m.lang === "en"
          ? [...a.brief.matchAll(/"([^"]+)"/g)]
          : [...a.brief.matchAll(/「([^」]+)」/g)];
      expect(quoted.length).toBeGreaterThan(0);
      for (const [, name] of quoted)
        expect(label(m.lang), `no lever is called ${name}`).toContain(name);
    },
  );
});
