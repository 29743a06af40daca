import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assignmentUrl,
  decodeAssignment,
  decodeReview,
  decodeShare,
  encodeAssignment,
  encodeReview,
  encodeShare,
  fromBase64Url,
  readSandboxHash,
  reviewUrl,
  sandboxUrl,
  toBase64Url,
  MAX_PAYLOAD_CHARS,
  type ShareDecision,
} from "../../../src/lib/share-link";
import { GOAL_METRICS, LEVERS, MODEL_VERSION } from "../../../src/sim/index";
import { assignment } from "../sandbox/fixtures";
import { SCENARIO_IDS } from "../../../src/lib/scenarios";

/** A valid value for every lever, from its spec. */
const leverValue = (name: string): fc.Arbitrary<unknown> => {
  const spec = LEVERS.find((l) => l.name === name)!;
  switch (spec.kind) {
    case "number":
      return fc
        .double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true })
        .map((x) => (Object.is(x, -0) ? 0 : x));
    case "boolean":
      return fc.boolean();
    case "choice":
      return fc.constantFrom(...spec.options);
    case "action":
      return fc.constantFrom("none", ...spec.options);
  }
};

const setArb = fc
  .subarray(
    LEVERS.map((l) => l.name),
    { minLength: 1 },
  )
  .chain((names) => fc.tuple(...names.map((n) => leverValue(n).map((v) => [n, v] as const))))
  .map((pairs) => Object.fromEntries(pairs) as ShareDecision["set"]);

const runArb = fc.integer({ min: 8, max: 104 }).chain((weeks) =>
  fc.record(
    {
      modelVersion: fc.constantFrom(MODEL_VERSION, "col-sim-0.9.0"),
      scenario: fc.constantFrom(...SCENARIO_IDS),
      seed: fc.integer({ min: 0, max: 2147483646 }),
      weeks: fc.constant(weeks),
      decisions: fc.array(fc.record({ week: fc.integer({ min: 0, max: weeks }), set: setArb }), {
        maxLength: 12,
      }),
      goals: fc.array(
        fc.record({
          metric: fc.constantFrom(...GOAL_METRICS),
          op: fc.constantFrom(">=" as const, "<=" as const),
          value: fc
            .double({ min: -1000, max: 100000, noNaN: true, noDefaultInfinity: true })
            .map((x) => (Object.is(x, -0) ? 0 : x)),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      label: fc
        .string({ minLength: 1, maxLength: 60 })
        .filter((s) => s.trim() === s && s.length > 0),
    },
    { requiredKeys: ["modelVersion", "scenario", "seed", "weeks", "decisions"] },
  ),
);

describe("base64url", () => {
  it("round-trips any string, Chinese and emoji included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(fromBase64Url(toBase64Url(s))).toBe(s);
      }),
    );
  });

  it("uses only URL-safe characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 64 }), (s) => {
        expect(toBase64Url(s)).toMatch(/^[A-Za-z0-9_-]*$/);
      }),
    );
  });

  it.each(["abc$", "a", "4pyTIMOgIGxhIG1vZGU+"])("rejects %s", (bad) => {
    expect(() => fromBase64Url(bad)).toThrow();
  });
});

describe("run links", () => {
  it("decode(encode(run)) gives the run back", () => {
    fc.assert(
      fc.property(runArb, (run) => {
        const decoded = decodeShare(encodeShare(run));
        expect(decoded).toEqual({ ok: true, value: { v: 1, ...run } });
      }),
    );
  });

  it("keeps a Chinese label", () => {
    const hash = encodeShare({
      modelVersion: MODEL_VERSION,
      scenario: "coffee-members",
      seed: 7,
      weeks: 52,
      decisions: [],
      label: "山谷咖啡：第二季计划",
    });
    const decoded = decodeShare(hash);
    expect(decoded.ok && decoded.value.label).toBe("山谷咖啡：第二季计划");
  });

  it("builds the sandbox URL for the planner", () => {
    const url = sandboxUrl("en", {
      modelVersion: MODEL_VERSION,
      scenario: "coffee-members",
      seed: 7,
      weeks: 52,
      decisions: [{ week: 3, set: { postsPerDay: 4 } }],
    });
    expect(url.startsWith("/en/sandbox/#run=")).toBe(true);
    const decoded = decodeShare(url);
    expect(decoded.ok && decoded.value.decisions).toEqual([{ week: 3, set: { postsPerDay: 4 } }]);
    expect(decoded.ok && decoded.value.modelVersion).toBe(MODEL_VERSION);
  });

  it("still opens a link made before links named their model", () => {
    const old = { v: 1, scenario: "coffee-members", seed: 7, weeks: 52, decisions: [] };
    const decoded = decodeShare("#run=" + toBase64Url(JSON.stringify(old)));
    expect(decoded).toEqual({ ok: true, value: old });
  });

  it("rejects a model version that is not a short text", () => {
    const bad = {
      v: 1,
      modelVersion: 3,
      scenario: "coffee-members",
      seed: 7,
      weeks: 52,
      decisions: [],
    };
    const decoded = decodeShare("#run=" + toBase64Url(JSON.stringify(bad)));
    expect(decoded).toMatchObject({ ok: false, error: { code: "invalid" } });
    expect(!decoded.ok && decoded.error.detail).toMatch(/^modelVersion/);
  });
});

describe("assignment links", () => {
  it("round-trips an assignment with Chinese text", () => {
    const decoded = decodeAssignment(encodeAssignment(assignment));
    expect(decoded).toEqual({ ok: true, value: assignment });
  });

  it("fills schema defaults", () => {
    const { passMark: _p, locked: _l, ...bare } = assignment;
    const decoded = decodeAssignment(encodeAssignment(bare));
    expect(decoded.ok && [decoded.value.passMark, decoded.value.locked]).toEqual([0.7, {}]);
  });

  it("builds the sandbox URL", () => {
    expect(assignmentUrl("zh-cn", assignment)).toMatch(
      /^\/zh-cn\/sandbox\/#assignment=[A-Za-z0-9_-]+$/,
    );
  });
});

describe("review links", () => {
  it("round-trips a learner's run, read-only", () => {
    const review = {
      learner: { name: "王小明", id: "2024001" },
      run: {
        modelVersion: "1",
        scenario: "wechat-parents",
        seed: 2024,
        weeks: 26,
        decisions: [{ week: 0, set: { adBudget: 0 } }],
      },
      assignment,
    };
    const url = reviewUrl("en", review);
    expect(readSandboxHash(url)).toEqual({
      kind: "review",
      result: { ok: true, value: { v: 1, ...review } },
    });
    expect(decodeReview(encodeReview(review)).ok).toBe(true);
  });
});

const b64 = (value: unknown) => toBase64Url(JSON.stringify(value));
const good = { v: 1, scenario: "coffee-members", seed: 7, weeks: 52, decisions: [] };

describe("bad links give a reason code", () => {
  it.each([
    ["an empty hash", "#", "no-link"],
    ["an in-page anchor", "#top", "no-link"],
    ["an assignment link", "#assignment=" + b64(assignment), "wrong-kind"],
    ["nothing after =", "#run=", "empty"],
    ["a payload past the limit", "#run=" + "A".repeat(MAX_PAYLOAD_CHARS + 4), "too-long"],
    ["characters outside base64url", "#run=%%%", "not-base64"],
    ["text that is not JSON", "#run=" + toBase64Url("{not json"), "not-json"],
    ["a newer version", "#run=" + b64({ ...good, v: 2 }), "unknown-version"],
    ["a negative seed", "#run=" + b64({ ...good, seed: -1 }), "invalid"],
    ["too few weeks", "#run=" + b64({ ...good, weeks: 3 }), "invalid"],
    [
      "a decision after the last week",
      "#run=" + b64({ ...good, decisions: [{ week: 60, set: { postsPerDay: 2 } }], weeks: 52 }),
      "invalid",
    ],
    [
      "a lever out of range",
      "#run=" + b64({ ...good, decisions: [{ week: 2, set: { postsPerDay: 99 } }] }),
      "invalid",
    ],
    [
      "an unknown lever",
      "#run=" + b64({ ...good, decisions: [{ week: 2, set: { jump: 1 } }] }),
      "invalid",
    ],
    ["an unknown field", "#run=" + b64({ ...good, extra: true }), "invalid"],
    [
      "an unknown scenario",
      "#run=" + b64({ ...good, scenario: "no-such-place" }),
      "unknown-scenario",
    ],
  ])("%s → %s", (_what, hash, code) => {
    const result = decodeShare(hash, { scenarios: SCENARIO_IDS });
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it.each([
    ["a submission", { ...assignment, format: "community-ops-lab/submission" }, "wrong-format"],
    ["a future version", { ...assignment, version: 9 }, "unknown-version"],
    ["a due date in words", { ...assignment, due: "next Friday" }, "invalid"],
    ["a lock out of range", { ...assignment, locked: { adBudget: -5 } }, "invalid"],
    ["an unknown scenario", { ...assignment, scenario: "atlantis" }, "unknown-scenario"],
  ])("an assignment with %s → %s", (_what, value, code) => {
    const result = decodeAssignment("#assignment=" + b64(value), { scenarios: SCENARIO_IDS });
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it("names the bad field in the detail", () => {
    const result = decodeShare("#run=" + b64({ ...good, seed: "seven" }));
    expect(result.ok ? "" : result.error.detail).toMatch(/^seed:/);
  });

  it("never throws on arbitrary hashes", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("#run=", "#assignment=", "#review=", "#"),
        fc.string(),
        (prefix, rest) => {
          expect(() => readSandboxHash(prefix + rest)).not.toThrow();
        },
      ),
    );
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.constantFrom("run", "assignment", "review"), fc.jsonValue(), (kind, value) => {
        expect(() => readSandboxHash(`#${kind}=${b64(value)}`)).not.toThrow();
      }),
    );
  });
});

describe("readSandboxHash", () => {
  it("treats a plain visit as no link", () => {
    expect(readSandboxHash("")).toEqual({ kind: "none" });
  });
});

describe("no link can make a decoder throw", () => {
  const link = (kind: string, value: unknown) => `#${kind}=${toBase64Url(JSON.stringify(value))}`;
  const hostile: unknown[] = [
    { toString: 1 },
    { valueOf: 1, toJSON: 2 },
    ["x"],
    null,
    { __proto__: { v: 1 } },
  ];

  it('the probe\'s #run=eyJ2Ijp7InRvU3RyaW5nIjoxfX0 ({"v":{"toString":1}}) is refused with a message', () => {
    expect(decodeShare("#run=eyJ2Ijp7InRvU3RyaW5nIjoxfX0")).toMatchObject({
      ok: false,
      error: { code: "unknown-version", kind: "run" },
    });
  });

  it.each(hostile)(
    "objects where strings or numbers belong (%j) give an error, not an exception",
    (bad) => {
      const cases = [
        link("run", { v: bad }),
        link("run", {
          v: 1,
          scenario: "coffee-members",
          seed: 1,
          weeks: 10,
          decisions: [{ week: 1, set: { postsPerDay: bad } }],
        }),
        link("run", { v: 1, scenario: bad, seed: bad, weeks: 10, decisions: [] }),
        link("assignment", { format: bad }),
        link("assignment", { format: "community-ops-lab/assignment", version: bad }),
        link("assignment", {
          format: "community-ops-lab/assignment",
          version: 1,
          locked: { rules: bad },
        }),
        link("review", { v: bad }),
        link("review", { v: 1, learner: { name: bad }, run: bad }),
      ];
      for (const hash of cases) {
        const read = readSandboxHash(hash, { scenarios: ["coffee-members"] });
        expect(read.kind).not.toBe("none");
        if (read.kind !== "none") expect(read.result.ok).toBe(false);
      }
    },
  );
});
