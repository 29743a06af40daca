import { describe, expect, it } from "vitest";
import {
  EXAMPLE,
  readForm,
  reachShare,
  simulateReferral,
  toForm,
  type ReferralInput,
} from "../../../src/widgets/referral";

const run = (patch: Partial<ReferralInput>) => simulateReferral({ ...EXAMPLE, ...patch });

describe("simulateReferral", () => {
  it("the example: K = 0.2 × 6 × 0.15 = 0.18, about 360 genuine members, K below 1", () => {
    const r = run({});
    expect(r.k).toBeCloseTo(0.18, 10);
    expect(r.genuine).toBeCloseTo(360, 6);
    expect(r.cascade).toBeCloseTo(360 / 0.82, 6);
    expect(r.fakeShare).toBeCloseTo(0.15, 10);
    expect(r.apparentK).toBeGreaterThan(r.k);
  });

  it.each([
    [
      "cash per head costs more per genuine member than tiers",
      { model: "cash" as const },
      (a: number, b: number) => a > b,
    ],
    [
      "anti-cheat lowers the cost per genuine member under cash",
      { model: "cash" as const, antiCheat: true },
      (a: number, b: number) => a > b,
    ],
  ])("%s", (_name, patch, compare) => {
    const other = run(patch).costPerGenuine ?? 0;
    const base = run({}).costPerGenuine ?? 0;
    expect(compare(other, base)).toBe(true);
  });

  it.each([
    { name: "tiered, no anti-cheat", patch: {}, fakeShare: 0.15 },
    { name: "cash doubles the fake share", patch: { model: "cash" as const }, fakeShare: 0.3 },
    { name: "anti-cheat catches 80%", patch: { antiCheat: true }, fakeShare: 0.03 },
    {
      name: "cash with anti-cheat",
      patch: { model: "cash" as const, antiCheat: true },
      fakeShare: 0.06,
    },
    {
      name: "the fake share is capped at 90%",
      patch: { model: "cash" as const, fakeShare: 0.8 },
      fakeShare: 0.9,
    },
  ])("$name → fake share $fakeShare", ({ patch, fakeShare }) => {
    const r = run(patch);
    expect(r.fakeShare).toBeCloseTo(fakeShare, 10);
    expect(r.fake / (r.fake + r.genuine)).toBeCloseTo(fakeShare, 10);
  });

  it("anti-cheat's verification step costs 5% of genuine joins", () => {
    expect(run({ antiCheat: true }).genuine).toBeCloseTo(360 * 0.95, 6);
  });

  it("cash cost is every counted join times the reward, fakes included", () => {
    const r = run({ model: "cash", cashPerHead: 10 });
    expect(r.cost).toBeCloseTo((r.genuine + r.fake) * 10, 6);
    expect(r.fakeCost).toBeCloseTo(r.fake * 10, 6);
  });

  it.each([
    ["nobody takes part", { participation: 0 }],
    ["no invite converts", { conversion: 0 }],
  ])("%s → no members, no cost, and no NaN", (_name, patch) => {
    const r = run(patch);
    expect(r.genuine).toBe(0);
    expect(r.cost).toBe(0);
    expect(r.costPerGenuine).toBeNull();
    expect(
      Object.values(r)
        .flat()
        .some((v) => typeof v === "number" && Number.isNaN(v)),
    ).toBe(false);
  });

  it("K of 1 or more has no finite cascade", () => {
    const r = run({ participation: 1, invitesPerMember: 10, conversion: 0.2 });
    expect(r.k).toBe(2);
    expect(r.cascade).toBeNull();
  });
});

describe("reachShare: few members reach high tiers", () => {
  it.each([
    [1, 0, 1],
    [0, 3, 0],
    [1, 1, 0.5],
    [1, 3, 0.125],
    [3, 10, Math.pow(0.75, 10)],
  ])("mean %d, threshold %d → %d", (mean, threshold, share) => {
    expect(reachShare(mean, threshold)).toBeCloseTo(share, 10);
  });
});

describe("readForm", () => {
  const form = toForm(EXAMPLE, ["Coupon", "VIP"]);
  it("reads the example form back to the example input", () => {
    expect(readForm(form).input).toEqual(EXAMPLE);
  });
  it.each([
    ["a negative member count", { members: "-10" }, "members", "min"],
    ["a share above 100%", { participation: "120" }, "participation", "max"],
    ["text for the conversion", { conversion: "lots" }, "conversion", "nan"],
    ["an empty invites field", { invitesPerMember: "" }, "invitesPerMember", "empty"],
  ] as const)("%s blocks the result", (_name, patch, field, error) => {
    const r = readForm({ ...form, ...patch });
    expect(r.input).toBeNull();
    expect(r.scalars[field].error).toBe(error);
  });
  it("an empty cash field doesn't matter under tiered rewards, but does under cash", () => {
    expect(readForm({ ...form, cashPerHead: "" }).input).not.toBeNull();
    expect(readForm({ ...form, cashPerHead: "", model: "cash" }).input).toBeNull();
  });
  it("a tier with 0 invites blocks tiered rewards only", () => {
    const tiers = [{ label: "x", invites: "0", cost: "5" }];
    expect(readForm({ ...form, tiers }).tiers[0]?.invites.error).toBe("min");
    expect(readForm({ ...form, tiers }).input).toBeNull();
    expect(readForm({ ...form, tiers, model: "cash" }).input).not.toBeNull();
  });
});
