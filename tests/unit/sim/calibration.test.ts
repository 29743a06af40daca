/**
 * Every scenario with its own levers, over 200 seeds, lands where published studies of real
 * communities say it should (shared/SIM.md, "Calibration"), and tells its own story.
 */
import { describe, expect, it } from "vitest";
import { topPostersShare, type ReplayResult, type Scenario } from "../../../src/sim/index";
import { mean, median, present, runMany, scenario } from "./helpers";
import { listScenarios } from "../../../src/lib/scenarios";

const runs = new Map<string, ReplayResult[]>();
function runsOf(id: string): ReplayResult[] {
  let r = runs.get(id);
  if (!r) {
    r = runMany(id, []);
    runs.set(id, r);
  }
  return r;
}
const perRun = (id: string, f: (r: ReplayResult) => number) => median(runsOf(id).map(f));

describe.each(listScenarios().map((s) => s.id))("%s over 200 seeds", { timeout: 120_000 }, (id) => {
  it("DAU/MAU between 10% and 50%", () => {
    const stickiness = perRun(id, (r) => median(r.weeks.map((w) => w.stickiness)));
    expect(stickiness).toBeGreaterThan(0.1);
    expect(stickiness).toBeLessThan(0.5);
  });

  it("contributors a minority: under a quarter of members post (90-9-1)", () => {
    expect(perRun(id, (r) => median(r.weeks.map((w) => w.contributorsShare)))).toBeLessThan(0.25);
  });

  it("the top 1% of members write most of the posts (van Mierlo: about 75%)", () => {
    expect(
      perRun(id, (r) => median(r.weeks.map((w) => topPostersShare(w)))),
    ).toBeGreaterThanOrEqual(0.5);
  });

  it("week 1's K factor reads the invitations of week 1: below 1, like the weeks after", () => {
    const k1 = perRun(id, (r) => r.weeks[0]?.kFactor ?? 0);
    expect(k1).toBeLessThan(1);
    expect(k1).toBeLessThanOrEqual(perRun(id, (r) => Math.max(...r.weeks.map((w) => w.kFactor))));
  });

  it("K below 1 in most weeks", () => {
    expect(perRun(id, (r) => mean(r.weeks.map((w) => (w.kFactor < 1 ? 1 : 0))))).toBeGreaterThan(
      0.9,
    );
  });

  it("newcomers' one-week return between 25% and 60% (Joyce & Kraut: 44–56%)", () => {
    const w1 = perRun(id, (r) => median(present(r.weeks.map((w) => w.retentionW1))));
    expect(w1).toBeGreaterThan(0.25);
    expect(w1).toBeLessThan(0.6);
  });

  it("retention falls with time: W1 > W4 > W12", () => {
    const w = (key: "retentionW1" | "retentionW4" | "retentionW12") =>
      perRun(id, (r) => median(present(r.weeks.map((x) => x[key]))));
    expect(w("retentionW1")).toBeGreaterThan(w("retentionW4"));
    expect(w("retentionW4")).toBeGreaterThan(w("retentionW12"));
  });
});

describe("the scenarios' stories", { timeout: 120_000 }, () => {
  it("the parents' group grows slowly and caps near WeChat's 500", () => {
    const finals = runsOf("wechat-parents").map((r) => r.final.members);
    expect(Math.max(...finals)).toBeLessThanOrEqual(500);
    expect(median(finals)).toBeGreaterThan(380);
    const week10 = median(runsOf("wechat-parents").map((r) => r.weeks[9]?.members ?? 0));
    expect(week10).toBeLessThan(150);
  });

  it("the paid circle has few members and high revenue", () => {
    const members = (id: string) => perRun(id, (r) => r.final.members);
    const revenuePerMember = (id: string) => perRun(id, (r) => r.final.revenue / r.final.members);
    for (const other of ["coffee-members", "discord-indie-game", "xhs-beauty-creator"]) {
      expect(members("zsxq-ux-circle")).toBeLessThan(members(other));
      expect(revenuePerMember("zsxq-ux-circle")).toBeGreaterThan(5 * revenuePerMember(other));
    }
  });

  it("the rescue scenario starts in decline and stays there if nothing changes", () => {
    for (const r of runsOf("rescue-tidelight"))
      expect(r.stages[0]).toEqual({ stage: "decline", fromWeek: 0 });
    const declining = runsOf("rescue-tidelight").filter(
      (r) => r.stages[r.stages.length - 1]?.stage === "decline",
    );
    expect(declining.length).toBeGreaterThan(150);
    expect(perRun("rescue-tidelight", (r) => r.final.wau / (r.weeks[0]?.wau ?? 1))).toBeLessThan(
      0.8,
    );
  });

  it("the growing communities leave the start stage", () => {
    for (const id of [
      "coffee-members",
      "discord-indie-game",
      "xhs-beauty-creator",
      "zsxq-ux-circle",
      "wechat-parents",
    ]) {
      const grew = runsOf(id).filter((r) => r.stages.some((s) => s.stage === "growth")).length;
      expect(grew, id).toBeGreaterThan(150);
    }
  });
});

describe("growth and referral dynamics", { timeout: 120_000 }, () => {
  /** The scenario started from five members, with no ads or referral rewards (pure diffusion). */
  const handful = (sc: Scenario): Scenario => ({
    ...sc,
    start: {
      newcomer: 0,
      ordinary: 2,
      active: 2,
      core: 1,
      dormant: 0,
      stage: "start",
      reached: 5,
      value: sc.start.value,
    },
    levers: { ...sc.levers, adBudget: 0, referral: "off" },
  });

  it.each(["wechat-parents", "discord-indie-game", "zsxq-ux-circle", "xhs-beauty-creator"])(
    "%s from five members takes off slowly, then word of mouth takes over (Bass)",
    (id) => {
      const sc = handful(scenario(id));
      const runs = runMany(id, [], 100, 26, sc);
      const joins = (from: number, to: number) =>
        median(runs.map((r) => mean(r.weeks.slice(from, to).map((w) => w.joins))));
      expect(joins(16, 26)).toBeGreaterThan(1.5 * joins(0, 4));
    },
  );

  it("aggressive referral spikes early growth, and K passes 1 only briefly", () => {
    const tiered = runMany("coffee-members", [{ week: 0, set: { referral: "tiered" } }], 200, 26);
    const aggressive = runMany(
      "coffee-members",
      [{ week: 0, set: { referral: "aggressive", antiCheat: false } }],
      200,
      26,
    );
    const early = (runs: ReplayResult[]) =>
      median(runs.map((r) => r.weeks.slice(0, 8).reduce((t, w) => t + w.joins, 0)));
    expect(early(aggressive)).toBeGreaterThan(early(tiered) * 1.1);
    const belowOne = median(
      aggressive.map((r) => mean(r.weeks.map((w) => (w.kFactor < 1 ? 1 : 0)))),
    );
    expect(belowOne).toBeGreaterThan(0.5);
  });

  it.each(listScenarios().map((s) => s.id))(
    "%s: aggressive referral is never the best setting for retention, NPS or WAU",
    (id) => {
      const settings = ["off", "tiered", "aggressive"].flatMap((referral) =>
        [false, true].map((antiCheat) => ({ referral, antiCheat })),
      );
      const results = settings.map((set) => {
        const runs = runMany(id, [{ week: 0, set: set as never }], 100, 52);
        return {
          aggressive: set.referral === "aggressive",
          w4: median(runs.map((r) => mean(present(r.weeks.map((w) => w.retentionW4))))),
          nps: median(runs.map((r) => r.final.nps)),
          wau: median(runs.map((r) => r.final.wau)),
        };
      });
      for (const key of ["w4", "nps", "wau"] as const) {
        const best = results.reduce((a, b) => (b[key] > a[key] ? b : a));
        expect(best.aggressive, `${id}: best ${key}`).toBe(false);
      }
    },
  );
});

describe("revival is earned (module 12)", { timeout: 120_000 }, () => {
  const rescue = (decisions: Parameters<typeof runMany>[1]) =>
    runMany("rescue-tidelight", decisions, 200, 52);
  const leftDecline = (r: ReplayResult) =>
    r.stages.some((s) => s.fromWeek > 0 && s.stage !== "decline");

  it("a new operating model that does not raise WAU leaves the community in decline", () => {
    const runs = rescue([{ week: 4, set: { transform: "model" } }]);
    expect(runs.filter(leftDecline).length).toBeLessThanOrEqual(10);
  });

  it("every way out of decline comes with WAU recovering: back near its peak or well above its low", () => {
    const strategies = [
      [{ week: 4, set: { transform: "theme" as const, segmentCare: 0.3, monetization: 0 } }],
      [{ week: 2, set: { eventsPerWeek: 2, segmentCare: 0.5, monetization: 0 } }],
      [{ week: 4, set: { transform: "crowd" as const, adBudget: 300 } }],
    ];
    const startPeak = scenario("rescue-tidelight").start.peakWau ?? 0;
    let exits = 0;
    for (const decisions of strategies) {
      for (const r of rescue(decisions)) {
        const wau = r.weeks.map((w) => w.wau);
        const smoothed = (week: number) => mean(wau.slice(Math.max(0, week - 4), week));
        // The peak a decline is judged against: the old peak, then where WAU stood at each revival.
        let peak = startPeak;
        let low = Number.POSITIVE_INFINITY;
        let stage = r.stages[0]?.stage;
        for (let week = 1; week <= wau.length; week++) {
          const now = smoothed(week);
          const change = r.stages.find((s) => s.fromWeek === week);
          if (change && stage === "decline" && change.stage !== "decline") {
            exits += 1;
            expect(
              now >= 0.8 * peak || now >= 1.15 * low,
              `week ${week}: WAU ${now} against peak ${peak} and low ${low}`,
            ).toBe(true);
            peak = now;
          }
          if (change?.stage === "decline") low = now;
          if (change) stage = change.stage;
          peak = Math.max(peak, now);
          if (stage === "decline") low = Math.min(low, now);
        }
      }
    }
    expect(exits).toBeGreaterThan(100);
  });
});
