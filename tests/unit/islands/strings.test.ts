import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { widgetProps } from "../../../src/components/mdx/widgetProps";
import { dictionary } from "../../../src/i18n";
import { EXAMPLE as CALENDAR, FORMATS } from "../../../src/widgets/calendar";
import { STEPS } from "../../../src/widgets/drill";
import { EXAMPLE_COUNTS } from "../../../src/widgets/funnel";
import {
  COMMUNITIES,
  MOVES,
  STAGES,
  type Reason as StageReason,
} from "../../../src/widgets/lifecycle";
import { PLATFORMS, QUESTIONS } from "../../../src/widgets/platforms";
import { SCALAR_FIELDS } from "../../../src/widgets/referral";
import { MEMBERS, TIERS, type Note, type Reason } from "../../../src/widgets/segments";
import {
  ACTORS,
  CADENCES,
  WELCOME_STEPS,
  checkPlan,
  EXAMPLE as CULTURE,
} from "../../../src/widgets/rituals";

const ISLANDS = join(import.meta.dirname, "../../../src/islands");
const WIDGETS = {
  FunnelCalculator: "funnelCalculator",
  NpsCalculator: "npsCalculator",
  SegmentSorter: "segmentSorter",
  PlatformPicker: "platformPicker",
  LifecycleIdentifier: "lifecycleIdentifier",
  CalendarChecker: "calendarChecker",
  ReferralDesigner: "referralDesigner",
  CrisisDrill: "crisisDrill",
  RitualDesigner: "ritualDesigner",
} as const;

/** Keys built from data at run time (template literals in the islands). */
const DYNAMIC: Record<keyof typeof WIDGETS, string[]> = {
  FunnelCalculator: EXAMPLE_COUNTS.map((_, i) => `example.${i}`),
  NpsCalculator: [
    ...["negative", "low", "good", "excellent"].map((b) => `band.${b}`),
    "mode.counts",
    "mode.list",
    "promoters",
    "passives",
    "detractors",
  ],
  SegmentSorter: [
    ...MEMBERS.flatMap((m) => [`m.${m.id}.name`, `m.${m.id}.desc`]),
    ...TIERS.map((t) => `tier.${t}`),
    ...(["bigSpender", "newcomer", "audience"] satisfies Note[]),
    ...(
      ["dormant", "core", "activeDays", "activeContributions", "ordinary"] satisfies Reason[]
    ).map((r) => `reason.${r}`),
  ],
  PlatformPicker: [
    ...PLATFORMS.flatMap((p) => [`p.${p}`, `p.${p}.pro`, `p.${p}.con`]),
    ...QUESTIONS.flatMap((q) => [`q.${q.id}`, ...q.answers.map((a) => `q.${q.id}.${a.id}`)]),
  ],
  LifecycleIdentifier: [
    ...COMMUNITIES.map((c) => `c.${c.id}`),
    ...COMMUNITIES.filter((c) => c.note).map((c) => `c.${c.id}.note`),
    ...STAGES.flatMap((s) => [`stage.${s}`, `why.${s}`]),
    ...MOVES.map((m) => `move.${m}`),
    ...(
      ["wau", "shrinking", "contributors", "growing", "flat", "unclear"] satisfies StageReason[]
    ).map((r) => `reason.${r}`),
  ],
  CalendarChecker: [
    ...[0, 1, 2, 3, 4, 5, 6].map((d) => `day.${d}`),
    ...FORMATS.map((f) => `format.${f}`),
    ...new Set(CALENDAR.map(([, , theme]) => `theme.${theme}`)),
    ...["cadence", "longPosts", "videos", "peaks"].flatMap((c) => [`check.${c}`, `fix.${c}`]),
  ],
  ReferralDesigner: [...SCALAR_FIELDS.map((f) => `f.${f}`), "model.tiered", "model.cash"],
  RitualDesigner: [
    ...CADENCES.map((c) => `cadence.${c}`),
    ...ACTORS.map((a) => `actor.${a}`),
    ...WELCOME_STEPS.flatMap((s) => [`step.${s}`, `fix.${s}`]).filter(
      (k) => !["fix.firstTask"].includes(k),
    ),
    "fix.tooMany",
    ...checkPlan(CULTURE)
      .filter((c) => c.id !== "slogan" && c.id !== "time")
      .flatMap((c) => [`check.${c.id}.ok`, `check.${c.id}.bad`]),
    ...["empty", "okChars", "badChars", "okWords", "badWords"].map((k) => `check.slogan.${k}`),
    "check.time.ok",
    "check.time.bad",
  ],
  CrisisDrill: [
    ...[1, 2, 3, 4].map((l) => `level.${l}`),
    ...Object.values(STEPS).flatMap((s) => [
      `s.${s.id}`,
      ...s.choices.flatMap((c) => [`c.${s.id}.${c.id}`, `f.${s.id}.${c.id}`]),
    ]),
  ],
};

const zh = dictionary("zh-cn");
const en = dictionary("en");
const placeholders = (text: string | undefined) =>
  [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(WIDGETS))("%s strings", (name, ns) => {
  const source = readFileSync(join(ISLANDS, name, `${name}.tsx`), "utf8");
  const literal = [...source.matchAll(/\bw\(\s*"([^"]+)"/g)].map((m) => m[1] ?? "");
  const ternary = [...source.matchAll(/\bw\(\s*[^"`(),]+\?\s*"([^"]+)"\s*:\s*"([^"]+)"/g)].flatMap(
    (m) => [m[1] ?? "", m[2] ?? ""],
  );
  const common = [...source.matchAll(/\bt\(\s*"(widget\.common\.[^"]+)"/g)].map((m) => m[1] ?? "");
  const keys = [
    ...new Set(
      [...literal, ...ternary, ...DYNAMIC[name as keyof typeof WIDGETS]].map(
        (k) => `widget.${ns}.${k}`,
      ),
    ),
    ...new Set(common),
  ];

  it("finds the keys it checks", () => {
    expect(keys.length).toBeGreaterThan(10);
  });

  it.each(keys)("%s exists in both languages with the same placeholders", (key) => {
    expect(zh[key], `zh-cn ${key}`).toBeTruthy();
    expect(en[key], `en ${key}`).toBeTruthy();
    expect(placeholders(en[key])).toEqual(placeholders(zh[key]));
  });
});

describe("every widget string", () => {
  const keys = Object.keys(zh).filter((k) => k.startsWith("widget."));
  it.each(keys)("%s has the same placeholders in both languages", (key) => {
    expect(placeholders(en[key])).toEqual(placeholders(zh[key]));
  });

  it("each wrapper mounts its own island with its own namespace, hydrated when visible", () => {
    for (const [name, ns] of Object.entries(WIDGETS)) {
      const wrapper = readFileSync(join(ISLANDS, "../components/mdx", `${name}.astro`), "utf8");
      expect(wrapper).toContain(`from "../../islands/${name}/${name}"`);
      expect(wrapper).toContain(`<Island client:visible {...widgetProps(Astro, "${ns}")} />`);
    }
    expect(readdirSync(ISLANDS)).toEqual(expect.arrayContaining(Object.keys(WIDGETS)));
  });

  it.each(Object.values(WIDGETS))("widgetProps gives %s its strings and the common ones", (ns) => {
    for (const [lang, dict] of [
      ["en", en],
      ["zh-cn", zh],
    ] as const) {
      const props = widgetProps({ currentLocale: lang, url: new URL(`https://x/${lang}/`) }, ns);
      expect(props.lang).toBe(lang);
      const keys = Object.keys(props.strings);
      expect(keys.some((k) => k.startsWith(`widget.${ns}.`))).toBe(true);
      expect(keys.some((k) => k.startsWith("widget.common."))).toBe(true);
      expect(
        keys.every((k) => k.startsWith(`widget.${ns}.`) || k.startsWith("widget.common.")),
      ).toBe(true);
      expect(props.strings["widget.common.check"]).toBe(dict["widget.common.check"]);
    }
  });
});

describe("shared widget parts", () => {
  const dir = join(ISLANDS, "widgets");
  const keys = readdirSync(dir)
    .filter((f) => f.endsWith(".tsx"))
    .flatMap((f) =>
      [...readFileSync(join(dir, f), "utf8").matchAll(/\bt\(\s*"(widget\.common\.[^"]+)"/g)].map(
        (m) => m[1] ?? "",
      ),
    );

  it("finds the keys it checks", () => {
    expect(keys).toEqual(expect.arrayContaining(["widget.common.check", "widget.common.score"]));
  });

  it.each([...new Set(keys)])("%s exists in both languages", (key) => {
    expect(zh[key], `zh-cn ${key}`).toBeTruthy();
    expect(en[key], `en ${key}`).toBeTruthy();
  });
});
