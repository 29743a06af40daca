/**
 * Every scenario with its own levers, over 200 seeds, lands where published studies of real
 * communities say it should (shared/SIM.md, "Calibration"), and tells its own story.
 */
import { describe, expect, it } from "vitest";
import { listScenarios, type ReplayResult } from "../../../src/sim/index";
import { mean, median, present, runMany } from "./helpers";

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
