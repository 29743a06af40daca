import seedrandomAlea from "seedrandom/lib/alea.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alea, binomial, powInt, streamFor } from "../../../src/sim/rng";

describe("seeded streams", () => {
  it("are seedrandom's alea seeded with seed:stream:week", () => {
    const ours = streamFor(42, "moves", 7);
    const theirs = seedrandomAlea("42:moves:7");
    for (let i = 0; i < 5; i++) expect(ours()).toBe(theirs());
  });

  it("match seedrandom's alea to the bit for any seed text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (seed) => {
        const ours = alea(seed);
        const theirs = seedrandomAlea(seed);
        for (let i = 0; i < 20; i++) expect(ours()).toBe(theirs());
      }),
      { numRuns: 500 },
    );
  });

  it("match seedrandom's alea over every stream of a long run", () => {
    for (const stream of ["joins", "moves", "events", "personas"] as const) {
      for (let week = 0; week <= 520; week += 13) {
        const ours = streamFor(2147483646, stream, week);
        const theirs = seedrandomAlea(`2147483646:${stream}:${week}`);
        for (let i = 0; i < 200; i++) expect(ours()).toBe(theirs());
      }
    }
  });

  it("differ by stream and by week", () => {
    const first = (seed: number, stream: "joins" | "moves", week: number) =>
      streamFor(seed, stream, week)();
    expect(first(1, "joins", 1)).not.toBe(first(1, "moves", 1));
    expect(first(1, "joins", 1)).not.toBe(first(1, "joins", 2));
    expect(first(1, "joins", 1)).toBe(first(1, "joins", 1));
  });
});

describe("powInt", () => {
  it.each([
    [2, 10, 1024],
    [0.5, 3, 0.125],
    [7, 0, 1],
    [1.1, 1, 1.1],
  ])("%d^%d = %d", (x, n, expected) => {
    expect(powInt(x, n)).toBeCloseTo(expected, 12);
  });
});

describe("binomial", () => {
  const rng = seedrandomAlea("binomial-test");
  const sample = (n: number, p: number, k = 4000) =>
    Array.from({ length: k }, () => binomial(rng, n, p));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  it.each([
    ["exact loop", 10, 0.3],
    ["inversion, small mean", 5000, 0.0005],
    ["inversion, mirror", 400, 0.99],
    ["normal approximation", 10000, 0.4],
  ])("%s: whole numbers in [0, n] with mean n·p", (_label, n, p) => {
    const xs = sample(n, p);
    expect(xs.filter((x) => !Number.isInteger(x) || x < 0 || x > n)).toEqual([]);
    const sd = Math.sqrt((n * p * (1 - p)) / xs.length);
    expect(Math.abs(mean(xs) - n * p)).toBeLessThan(5 * sd + 0.01);
  });

  it("handles the edges", () => {
    expect(binomial(rng, 0, 0.5)).toBe(0);
    expect(binomial(rng, 100, 0)).toBe(0);
    expect(binomial(rng, 100, 1)).toBe(100);
    expect(binomial(rng, -3, 0.5)).toBe(0);
    expect(binomial(rng, 50, Number.NaN)).toBe(0);
  });
});
