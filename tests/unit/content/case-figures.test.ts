/**
 * Each case community has one set of numbers (content/case-figures.yaml), and everything else
 * agrees with it: its pages render the figures instead of restating them; the sandbox scenarios
 * start where the case says, with its hours, money, fee and ad cost; the stored reference
 * solutions land inside the ranges the case gives for later stages and join at the monthly rate it
 * gives; every graded goal can be reached from the case's figures by plain arithmetic; and the
 * hours, weekly budgets and fees that briefs, scenario stories, case and module texts, quizzes and the
 * example plans mention are the case's.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CASE_IDS,
  CaseFiguresSchema,
  type CaseFigures,
  type CaseStage,
  type Figure,
} from "../../../src/schemas/case";
import { ExamplePlanSchema } from "../../../src/schemas/example-plan";
import type { Goal } from "../../../src/schemas/goal";
import { assignmentRun } from "../../../src/grading/submission";
import type { Decision, Scenario } from "../../../src/sim/index";
import { getScenario, replayRun } from "../../../src/lib/scenarios";
import { listChallenges, type Challenge } from "../../model/challenges";
import { readModules, readYaml, ROOT, splitFrontmatter } from "./content-files";

const figures = CaseFiguresSchema.array().parse(readYaml("content/case-figures.yaml"));
const challenges = listChallenges();
const challengeById = new Map(challenges.map((c) => [c.id, c]));
const LANGS = ["zh-cn", "en"] as const;

/** rescue-tidelight is chapter two of the Tidelight case. */
const caseOfScenario = (scenario: string) =>
  scenario === "rescue-tidelight" ? "discord-indie-game" : scenario;

const low = (f: Figure) => (typeof f === "number" ? f : f[0]);
const high = (f: Figure) => (typeof f === "number" ? f : f[1]);
const within = (value: number, f: Figure) => value >= low(f) && value <= high(f);

function scenarioOf(challengeId: string): Scenario {
  const c = challengeById.get(challengeId);
  const sc = c && getScenario(c.assignment.scenario);
  if (!sc) throw new Error(`content/case-figures.yaml names an unknown challenge "${challengeId}"`);
  return sc;
}

const startMembers = (sc: Scenario) =>
  sc.start.newcomer + sc.start.ordinary + sc.start.active + sc.start.core + sc.start.dormant;

/** The stage a scenario starts from: the row marked as its week 0. */
function startStage(f: CaseFigures, scenario: string): CaseStage | undefined {
  return f.stages.find(
    (s) => s.sandbox?.week === 0 && scenarioOf(s.sandbox.challenge).id === scenario,
  );
}

function casesScenarios(f: CaseFigures): Scenario[] {
  const ids = new Set(
    f.stages.flatMap((s) => (s.sandbox ? [scenarioOf(s.sandbox.challenge).id] : [])),
  );
  return [...ids].map((id) => getScenario(id)!);
}

function runOf(c: Challenge, run: "reference" | "defaults") {
  const decisions = run === "reference" ? (c.solution?.reference.decisions ?? []) : [];
  return replayRun(assignmentRun(c.assignment, decisions as Decision[])).weeks;
}

const byId = new Map(figures.map((f) => [f.id, f]));
const figuresOf = (id: string) => {
  const f = byId.get(caseOfScenario(id) as CaseFigures["id"]);
  if (!f) throw new Error(`content/case-figures.yaml has no entry for ${id}`);
  return f;
};

describe("content/case-figures.yaml", () => {
  it("has one entry per case community", () => {
    expect(figures.map((f) => f.id).sort()).toEqual([...CASE_IDS].sort());
  });

  it("each stage ties to a challenge that exists, and each scenario starts from one stage", () => {
    for (const f of figures) {
      for (const s of f.stages) if (s.sandbox) scenarioOf(s.sandbox.challenge);
      for (const sc of casesScenarios(f)) expect(startStage(f, sc.id), sc.id).toBeDefined();
    }
  });
});

describe("case pages render the figures instead of restating them", () => {
  const files = LANGS.flatMap((lang) =>
    readdirSync(join(ROOT, "content/cases", lang)).map((name) => ({
      path: `content/cases/${lang}/${name}`,
      id: name.replace(/\.mdx$/, ""),
      body: splitFrontmatter(readFileSync(join(ROOT, "content/cases", lang, name), "utf8")).body,
    })),
  );
  it.each(files.map((f) => [f.path, f] as const))(
    "%s embeds its own figures once and has no table of its own",
    (_path, file) => {
      expect(file.body.match(/<CaseFigures id="([^"]+)" \/>/g)).toEqual([
        `<CaseFigures id="${file.id}" />`,
      ]);
      expect(file.body.split("\n").filter((line) => line.startsWith("|"))).toEqual([]);
    },
  );
});

describe.each(figures.map((f) => [f.id, f] as const))("%s", (_id, f) => {
  it.each(casesScenarios(f).map((sc) => [sc.id, sc] as const))(
    "the %s scenario has the case's platform, hours, budget, fee and ad cost, and starts where the case says",
    (_sid, sc) => {
      expect(sc.budget.hoursPerWeek).toBe(f.team.hoursPerWeek);
      expect(sc.budget.moneyPerWeek).toBe(f.budgetPerWeek);
      expect(sc.economics.entryFee).toBe(f.prices.find((p) => p.id === "fee")?.amount ?? 0);
      if (f.budgetPerWeek > 0) expect(sc.economics.cac).toBe(f.cac);
      expect(sc.currency).toBe(f.currency);
      expect(startMembers(sc)).toBe(startStage(f, sc.id)?.members);
    },
  );

  const later = f.stages.filter((s) => s.sandbox && s.sandbox.week > 0);
  it.each(later.map((s) => [s.label.en, s] as const))(
    'the sandbox lands inside the "%s" figures',
    (_label, s) => {
      const point = s.sandbox!;
      const week = runOf(challengeById.get(point.challenge)!, point.run)[point.week - 1];
      expect(week, `${point.challenge} has no week ${point.week}`).toBeDefined();
      expect(within(week!.members, s.members), `members ${week!.members}`).toBe(true);
      if (s.wau !== undefined) expect(within(week!.wau, s.wau), `WAU ${week!.wau}`).toBe(true);
      if (s.revenue !== undefined)
        expect(within(week!.revenue, s.revenue), `revenue ${week!.revenue}`).toBe(true);
    },
  );
});

/** The challenges played on a case's scenarios, with that case's figures. */
const casesChallenges = challenges.map((c) => ({
  c,
  f: figuresOf(c.assignment.scenario),
  start: startStage(figuresOf(c.assignment.scenario), c.assignment.scenario),
}));

describe.each(casesChallenges.map((x) => [x.c.id, x] as const))("%s", (_id, { c, f, start }) => {
  const a = c.assignment;
  const joins = start?.joinsPerMonth;

  it("its reference solution gains members at the case's monthly rate (organic and referral, median of four-week spells)", () => {
    expect(joins, `give the start stage of ${a.scenario} its joinsPerMonth`).toBeDefined();
    const weeks = runOf(c, "reference");
    const spells: number[] = [];
    for (let i = 0; i + 4 <= weeks.length; i += 4)
      spells.push(weeks.slice(i, i + 4).reduce((t, w) => t + w.joinsOrganic + w.joinsReferral, 0));
    const median = [...spells].sort((x, y) => x - y)[Math.floor(spells.length / 2)]!;
    expect(within(median, joins!), `median ${median} a month`).toBe(true);
  });

  /** The most members the case's figures allow by a week: the start, every month at its best, every yuan on ads. */
  const reachable = (week: number) => {
    const months = (week * 12) / 52;
    const ads = a.locked.adBudget === 0 || !f.cac ? 0 : (f.budgetPerWeek / f.cac) * week;
    return { joined: high(joins ?? 0) * months + ads, months };
  };

  const goals = a.goals.filter((g) =>
    ["members", "wau", "revenue", "hoursUsed"].includes(g.metric),
  );
  it.each(goals.map((g) => [`${g.metric} ${g.op} ${g.value}`, g] as const))(
    "the goal %s can be reached from the case's figures",
    (_name, g: Goal) => {
      const week = g.byWeek ?? a.weeks;
      const { joined } = reachable(week);
      if (g.metric === "hoursUsed") {
        expect(g.value).toBe(f.team.hoursPerWeek);
      } else if (g.metric === "revenue") {
        const fee = f.prices.find((p) => p.id === "fee")?.amount ?? 0;
        const offers = f.prices.reduce(
          (t, p) => t + (p.seatsPerYear ?? 0) * p.amount * (week / 52),
          0,
        );
        expect(g.value, "fees for every joiner plus every place sold").toBeLessThanOrEqual(
          fee * joined + offers,
        );
        if (offers > 0 && a.locked.monetization !== 0)
          expect(g.value, "fees alone must not reach it: it asks for a paid offer").toBeGreaterThan(
            fee * joined,
          );
      } else {
        expect(g.value).toBeLessThanOrEqual(low(start!.members) + joined);
      }
    },
  );
});

/** Words that tie a paragraph to one case community. */
const NAMES: Record<string, RegExp> = {
  "wechat-parents": /林姐|梧桐|Ms Lin|Wutong/,
  "discord-indie-game": /阿杰|潮汐灯塔|\bJay\b|Tidelight/,
  "zsxq-ux-circle": /周老师|UX 设计进阶星球|\bZhou\b|UX Craft Circle/,
  "xhs-beauty-creator": /小满|阿宁|\bXiaoman\b|\bNing\b/,
  "coffee-members": /方敏|山谷咖啡|Fang Min|Valley Coffee/,
};

/** Every string of one language in a bilingual YAML value (`{ zh-cn, en }` pairs). */
function textsIn(value: unknown, lang: (typeof LANGS)[number]): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => textsIn(v, lang));
  if (typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record[lang] === "string") return [record[lang]];
  return Object.values(record).flatMap((v) => textsIn(v, lang));
}

const num = (s: string) => Number(s.replace(/,/g, ""));
const all = (text: string, re: RegExp) =>
  [...text.matchAll(re)].map((m) => num(m.slice(1).find((g) => g !== undefined) ?? ""));

/** The team's weekly hours, weekly money and yearly fees a text mentions. */
function mentioned(text: string) {
  return {
    hours: [
      ...all(text, /每周[^，。；、\d]{0,16}?(\d+)\s*个?小时|只有\s*(\d+)\s*个?小时/g),
      ...all(text, /(\d+) hours (?:a|per|each) week|'s (\d+) a week|the (\d+) available/g),
    ],
    money: [
      ...all(text, /每周\s*([\d,]+)\s*(?:元|美元)/g),
      ...all(text, /(?:¥|US\$)([\d,]+) (?:a|per) week/g),
    ],
    fees: [
      ...all(text, /年费\s*([\d,]+)\s*元|([\d,]+)\s*元年费/g),
      ...all(text, /¥([\d,]+)(?: a year| annual fee)/g),
    ],
  };
}

/**
 * A brief sets the challenge, so every weekly hour count, weekly sum and fee in it must be the
 * case's. Prose may also add up a week's work ("content 6 hours, replies 7…") or plan a smaller
 * spend, so there the case's figure need only be among those it mentions.
 */
function expectCaseFigures(text: string, f: CaseFigures, strict: boolean) {
  const m = mentioned(text);
  const fee = f.prices.find((p) => p.per === "year")?.amount;
  const check = (found: number[], wanted: number | undefined, what: string) => {
    if (found.length === 0) return;
    if (strict) for (const x of found) expect(x, what).toBe(wanted);
    else expect(found, what).toContain(wanted);
  };
  check(m.hours, f.team.hoursPerWeek, "hours a week");
  check(m.money, f.budgetPerWeek, "money a week");
  check(m.fees, fee, "yearly fee");
}

describe("texts give the case's hours, weekly budget and fee", () => {
  it.each(
    casesChallenges.flatMap(({ c, f }) =>
      LANGS.map((lang) => [`${c.id} (${lang})`, c.assignment.instructions[lang], f] as const),
    ),
  )("%s: the brief or scenario story", (_name, text, f) => {
    expectCaseFigures(text, f, true);
  });

  const paragraphs = [
    ...readModules().map((m) => ({ path: `content/modules/${m.lang}/${m.id}.mdx`, body: m.body })),
    ...LANGS.flatMap((lang) =>
      readdirSync(join(ROOT, "content/cases", lang)).map((name) => ({
        path: `content/cases/${lang}/${name}`,
        body: splitFrontmatter(readFileSync(join(ROOT, "content/cases", lang, name), "utf8")).body,
      })),
    ),
    // Each quiz item, one language at a time, as one paragraph.
    ...readdirSync(join(ROOT, "content/quizzes")).flatMap((name) =>
      ((readYaml(`content/quizzes/${name}`) as { items: unknown[] }).items ?? []).flatMap((item) =>
        LANGS.map((lang) => ({
          path: `content/quizzes/${name} (${lang})`,
          body: textsIn(item, lang).join(" "),
        })),
      ),
    ),
  ].flatMap(({ path, body }) =>
    body.split(/\n\s*\n/).flatMap((paragraph) => {
      const cases = Object.keys(NAMES).filter((id) => NAMES[id]!.test(paragraph));
      return cases.length === 1 ? [{ path, paragraph, f: figuresOf(cases[0]!) }] : [];
    }),
  );
  const withFigures = paragraphs.filter(({ paragraph }) => {
    const m = mentioned(paragraph);
    return m.hours.length + m.money.length + m.fees.length > 0;
  });

  it("finds the hours and fees the module texts mention", () => {
    expect(withFigures.length).toBeGreaterThan(5);
  });

  it.each(withFigures.map((p) => [`${p.path}: ${p.paragraph.slice(0, 40)}…`, p] as const))(
    "%s",
    (_name, p) => {
      expectCaseFigures(p.paragraph, p.f, false);
    },
  );
});

describe("the example plans fit their case", () => {
  const plans = readdirSync(join(ROOT, "content/plans")).map(
    (name) =>
      ExamplePlanSchema.parse(JSON.parse(readFileSync(join(ROOT, "content/plans", name), "utf8")))[
        "en"
      ],
  );
  it.each(plans.map((p) => [p.scenario, p] as const))(
    "%s: the team's hours add up to the case's, the ad budget fits and the price is one the case charges",
    (scenario, plan) => {
      const f = figuresOf(scenario);
      const hours = plan.team.members.reduce((t, m) => t + (m.hoursPerWeek ?? 0), 0);
      expect(hours).toBe(f.team.hoursPerWeek);
      expect(plan.referral.adBudgetPerWeek).toBeLessThanOrEqual(f.budgetPerWeek);
      if (plan.monetization.price !== null)
        expect(f.prices.map((p) => p.amount)).toContain(plan.monetization.price);
    },
  );
});
