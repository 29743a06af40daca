/**
 * Prints the claim table: every claim the course makes about the model (tests/model/claim-list.ts),
 * in each of its scenarios, with A and B as median [p10–p90] over 200 seeds and how often A beat
 * B seed by seed. `npm run sim:claims [-- --seeds N] [-- --json]`.
 */
import { parseArgs } from "node:util";
import { evaluate, type Row } from "../tests/model/claims";
import { CLAIMS } from "../tests/model/claim-list";

const { values } = parseArgs({
  options: { seeds: { type: "string", default: "200" }, json: { type: "boolean", default: false } },
});
const n = Number(values.seeds);
if (!Number.isInteger(n) || n < 10) {
  console.error("--seeds must be a whole number of at least 10");
  process.exit(2);
}
const rows: Row[] = CLAIMS.flatMap((c) => evaluate(c, n));
if (values.json) console.log(JSON.stringify(rows, null, 2));
else {
  const f = (x: number) => (Math.abs(x) >= 100 ? Math.round(x).toString() : x.toFixed(3));
  const s = (x: Row["a"]) => `${f(x.p50)} [${f(x.p10)}–${f(x.p90)}]`;
  console.log("claim | module | scenario | measure | A | B | A beats B | holds");
  for (const r of rows)
    console.log(
      `${r.claim} | ${r.module} | ${r.scenario} | ${r.measure} | ${s(r.a)} | ${s(r.b)} | ${(100 * r.aWins).toFixed(0)}% of ${r.seeds}${r.rule ? ` (rule ${100 * r.rule}%)` : ""} | ${r.holds ? "yes" : "NO"}`,
    );
  const failed = rows.filter((r) => !r.holds).length;
  console.log(`${rows.length - failed} of ${rows.length} hold`);
}
