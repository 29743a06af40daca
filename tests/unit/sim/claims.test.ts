/**
 * Every claim the course makes about running a community holds in the model, in each scenario it
 * names, over 200 seeds (tests/model/claim-list.ts): the medians differ in the claimed direction,
 * and where the course states a rule, A beats B seed by seed in at least 75% of the seeds — seven
 * standard errors beyond the 50% that seed noise alone gives. `npm run sim:claims` prints the
 * same table with p10–p90.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../model/claims";
import { CLAIMS } from "../../model/claim-list";

describe("the course's claims hold in the model (200 seeds, paired)", { timeout: 300_000 }, () => {
  it("every claim is checked in at least three scenarios", () => {
    for (const claim of CLAIMS)
      expect(
        claim.scenarios.length,
        `${claim.id} runs in too few scenarios`,
      ).toBeGreaterThanOrEqual(3);
  });

  it.each(CLAIMS.map((c) => [c.id, c] as const))("%s", (_id, claim) => {
    for (const row of evaluate(claim, 200)) {
      const where = `${row.claim} in ${row.scenario}, ${row.measure}: A ${row.a.p50} vs B ${row.b.p50}, A beat B in ${(100 * row.aWins).toFixed(0)}% of ${row.seeds} seeds`;
      expect(row.seeds, where).toBeGreaterThanOrEqual(50);
      expect(row.holds, where).toBe(true);
    }
  });
});
