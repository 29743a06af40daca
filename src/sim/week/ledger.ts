/** Value delivered, money earned and spent, and the run's running totals. */
import * as P from "../parameters";
import { sum } from "../math";
import type { WeekContext } from "./context";

export function ledger(w: WeekContext): void {
  const { s, levers, sc, d } = w;
  s.valueStock +=
    P.VALUE_MIX.content * d.cv + P.VALUE_MIX.events * d.evPull + P.VALUE_MIX.gravity * w.gravity;
  const eco = sc.economics;
  const engagedNow = w.membersNow - sum(s.dormant);
  w.revenueWeek = Math.round(
    (w.joinsTotal - w.fakes - w.seeds.fakes) * eco.entryFee +
      engagedNow *
        levers.monetization *
        eco.arpuWeek *
        (P.MONETIZE.revenueFloor +
          (1 - P.MONETIZE.revenueFloor) * Math.min(1, w.readiness + w.tolerance)),
  );
  w.spentWeek = Math.round(
    w.adSpend + w.referral * w.rewardPerJoin * d.funded + w.ugcMoney * d.funded,
  );
  s.totals.revenue += w.revenueWeek;
  s.totals.spent += w.spentWeek;
  s.totals.spamIncidents += w.spamIncidents;
  s.totals.joins += w.joinsTotal;
  s.totals.churned += w.churned;
}
