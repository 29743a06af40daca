import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dictionary, format, type Lang } from "../../src/i18n";
import { openSite, shot as picture, type OpenedPage, type Site } from "./harness";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

const LANGS: Lang[] = ["zh-cn", "en"];

/**
 * Where each language's widget tests run: Chinese on a phone in the dark theme, English on a
 * laptop in the light one, so one visit per widget and language covers both widths and both
 * themes. English on a phone in the dark theme (its longer words are the ones that overflow) is the
 * every-page pass's view (all-pages.test.ts): it hydrates every widget, runs axe over the page and
 * checks that nothing is wider than the screen.
 */
const VIEW = {
  "zh-cn": { colorScheme: "dark", width: 375 },
  en: { colorScheme: "light", width: 1280 },
} as const;

/** A translator for the test's expectations, with the same strings the learner sees. */
function strings(lang: Lang, ns: string) {
  const d = dictionary(lang);
  return (key: string, values?: Record<string, string | number>) => {
    const full = key.startsWith("widget.") ? key : `widget.${ns}.${key}`;
    const text = d[full];
    if (text === undefined) throw new Error(`no string ${full}`);
    return format(text, values);
  };
}

interface Opened extends OpenedPage {
  w: Locator;
  s: ReturnType<typeof strings>;
  result: Locator;
}

/** Opens a module page, scrolls the widget into view and waits until it is hydrated. */
async function openWidget(
  lang: Lang,
  ns: string,
  slug: string,
  options: { colorScheme?: "light" | "dark"; width?: number } = VIEW[lang],
): Promise<Opened> {
  const opened = await site.page(`/${lang}/modules/${slug}/`, options);
  const s = strings(lang, ns);
  const heading = opened.page.getByRole("heading", { name: s("title"), exact: true });
  const island = opened.page.locator("astro-island", { has: heading });
  await heading.scrollIntoViewIfNeeded();
  await island.evaluate(
    (el) =>
      new Promise<void>((done) => {
        if (!el.hasAttribute("ssr")) return done();
        new MutationObserver((_, observer) => {
          if (el.hasAttribute("ssr")) return;
          observer.disconnect();
          done();
        }).observe(el, { attributes: true });
      }),
  );
  const w = island.locator("section.w");
  return { ...opened, w, s, result: w.locator(".w-result") };
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/**
 * axe-core's serious and critical violations inside the widget only: the rest of the page is
 * checked by the site's own tests (all-pages.test.ts).
 */
async function axeWidget(o: Opened) {
  await o.page.evaluate(axeSource);
  const violations = await o.w.evaluate(async (el) => {
    const axe = (window as unknown as { axe: { run: (c: Element) => Promise<AxeResult> } }).axe;
    const result = await axe.run(el);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

async function text(locator: Locator) {
  return (await locator.innerText()).replace(/\s+/g, " ");
}

/** Saves a picture of the widget as the learner sees it now, when COL_SHOTS is set (harness.ts). */
async function shot(o: Opened, name: string) {
  if (!process.env.COL_SHOTS) return;
  // The site header is sticky and would cover the top of a tall widget in the picture.
  await o.page.evaluate(() => {
    const header = document.querySelector(".site-header");
    if (header instanceof HTMLElement) header.style.visibility = "hidden";
  });
  await picture(o.w, name);
}

/** The page never scrolls sideways and the widget fits the screen. */
async function expectFits(o: Opened) {
  const width = await o.page.evaluate(() => window.innerWidth);
  expect(
    await o.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  expect((await o.w.boundingBox())?.width ?? 0).toBeLessThanOrEqual(width);
}

async function expectClean(o: Opened) {
  await expectFits(o);
  expect(await o.w.innerText()).not.toMatch(/NaN|undefined|widget\./);
  expect(o.consoleErrors).toEqual([]);
  expect(o.externalRequests).toEqual([]);
}

describe.each(LANGS)("widgets in %s", (lang) => {
  it("FunnelCalculator finds the biggest drop, rejects a negative count and scales a what-if", async () => {
    const o = await openWidget(lang, "funnelCalculator", "data-analytics");
    const { w, s, page } = o;
    expect(await text(o.result)).toContain("1.7%");
    expect(await text(o.result)).toContain(`${s("example.2")} → ${s("example.3")}`);
    expect(await w.locator("table tbody tr").count()).toBe(5);

    const step4 = w.getByLabel(s("stageCount", { n: 4 }), { exact: true });
    await step4.fill("-5");
    expect(await step4.getAttribute("aria-invalid")).toBe("true");
    expect(await text(w)).toContain(s("widget.common.err.negative"));
    expect(await text(o.result)).toBe(s("widget.common.fixInputs"));
    await step4.fill("700");
    expect(await text(o.result)).toContain(`${s("example.3")} → ${s("example.4")}`);

    await w.getByLabel(s("whatIf")).check();
    await w.getByLabel(s("stageCount", { n: 2 }), { exact: true }).fill("3000");
    expect(await w.getByLabel(s("stageCount", { n: 5 }), { exact: true }).inputValue()).toBe("168");
    expect(await text(o.result)).toContain("3.4%");

    // Keyboard: add a step and land in its name field.
    await w.getByRole("button", { name: s("add") }).focus();
    await page.keyboard.press("Enter");
    const nameId = await w.getByLabel(s("stageName", { n: 6 })).getAttribute("id");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(nameId);
    // The new, empty step is not an error: the funnel stands and says the step counts when filled.
    expect(await text(w)).not.toContain(s("nameMissing"));
    expect(await w.locator("[aria-invalid=true]").count()).toBe(0);
    expect(await text(o.result)).toContain("3.4%");
    expect(await text(o.result)).toContain(s("pending"));
    await page.keyboard.type("Paid");
    await w.getByLabel(s("stageCount", { n: 6 }), { exact: true }).fill("60");
    expect(await text(o.result)).not.toContain(s("pending"));
    expect(await w.locator("table tbody tr").count()).toBe(6);
    // Emptying a step that was complete is an error again.
    await w.getByLabel(s("stageName", { n: 6 })).fill("");
    expect(await text(w)).toContain(s("nameMissing"));
    expect(await text(o.result)).toBe(s("widget.common.fixInputs"));
    // At the most steps there are, Add says why it does nothing.
    await w.getByLabel(s("stageName", { n: 6 })).fill("Paid");
    const add = w.getByRole("button", { name: s("add") });
    await add.click();
    await add.click();
    expect(await add.getAttribute("aria-disabled")).toBe("true");
    // It stays reachable by keyboard (a disabled button would not be), and does nothing.
    await add.focus();
    await page.keyboard.press("Enter");
    expect(await w.locator("table tbody tr").count()).toBe(6);
    expect(await text(w)).toContain(s("max", { max: 8 }));
    expect(
      await add.evaluate(
        (el) => document.getElementById(el.getAttribute("aria-describedby") ?? "")?.textContent,
      ),
    ).toBe(s("max", { max: 8 }));
    expect(await axeWidget(o)).toEqual([]);
    await shot(o, `funnel-${lang}-done`);
    await expectClean(o);
    await page.close();
  });

  it("NpsCalculator computes from counts and from a pasted list, and names bad entries", async () => {
    const o = await openWidget(lang, "npsCalculator", "data-analytics");
    const { w, s, page } = o;
    expect(await text(o.result)).toContain("NPS = 12.5");
    // Keyboard: the arrow key moves the input mode to the list.
    await w.getByLabel(s("mode.counts")).focus();
    await page.keyboard.press("ArrowDown");
    expect(await w.getByLabel(s("mode.list")).isChecked()).toBe(true);
    expect(await text(o.result)).toContain("NPS = 25");
    const list = w.getByLabel(s("listLabel"));
    await list.fill("10 9 11 abc");
    expect(await list.getAttribute("aria-invalid")).toBe("true");
    expect(await text(w)).toContain(
      s("invalid", { count: 2, list: lang === "en" ? "11, abc" : "11、abc" }),
    );
    expect(await text(o.result)).toContain("NPS = 100");
    await list.fill("");
    expect(await text(o.result)).toBe(s("empty"));
    // Counts mode keeps what was typed there.
    await w.getByLabel(s("mode.counts")).check();
    await w.getByLabel(s("countLabel", { score: 0 }), { exact: true }).fill("1.5");
    expect(await text(w)).toContain(s("widget.common.err.integer"));
    expect(await text(o.result)).toBe(s("widget.common.fixInputs"));
    expect(await axeWidget(o)).toEqual([]);
    await shot(o, `nps-${lang}-done`);
    await expectClean(o);
    await page.close();
  });

  it("SegmentSorter scores the tiers and explains the rule for each member", async () => {
    const o = await openWidget(lang, "segmentSorter", "segmentation");
    const { w, s, page } = o;
    const answers: Record<string, string> = {
      xiaolu: "core",
      laozhou: "core",
      lili: "active",
      amy: "active",
      akuan: "active",
      tangtang: "active",
      xiaoqi: "active",
      chen: "ordinary",
      xiaowu: "ordinary",
      moli: "ordinary",
      daliu: "dormant",
      jingjing: "dormant",
    };
    const select = (id: string) => w.getByLabel(s("tierFor", { name: s(`m.${id}.name`) }));
    for (const [id, tier] of Object.entries(answers)) await select(id).selectOption(tier);
    await w.getByRole("button", { name: s("widget.common.check") }).click();
    expect(await text(o.result)).toBe(s("widget.common.score", { score: 12, total: 12 }));

    // Keyboard: move the big spender up one tier with the arrow key, then check again.
    await select("chen").focus();
    await page.keyboard.press("ArrowUp");
    expect(await select("chen").inputValue()).toBe("active");
    await w.getByRole("button", { name: s("widget.common.check") }).click();
    expect(await text(o.result)).toBe(s("widget.common.score", { score: 11, total: 12 }));
    const chen = w.locator("li", {
      has: page.getByLabel(s("tierFor", { name: s("m.chen.name") })),
    });
    expect(await text(chen)).toContain(s("should", { tier: s("tier.ordinary") }));
    expect(await text(chen)).toContain(s("bigSpender", { spend: "1,280" }));
    expect(await axeWidget(o)).toEqual([]);
    await shot(o, `segment-${lang}-done`);
    await expectClean(o);
    await page.close();
  });

  it.each(["fundamentals", "platform-rules"])(
    "PlatformPicker on %s ranks Discord first for an international game community",
    async (slug) => {
      const o = await openWidget(lang, "platformPicker", slug);
      const { w, s, page } = o;
      expect(await text(o.result)).toBe(s("start"));
      // Keyboard: arrow from the first answer past QQ to the third ("abroad, used to Discord").
      const answer = (key: string) => w.getByLabel(s(`q.${key}`), { exact: true });
      await answer("where.wechat").focus();
      await page.keyboard.press("ArrowDown");
      expect(await answer("where.qq").isChecked()).toBe(true);
      await page.keyboard.press("ArrowDown");
      expect(await answer("where.overseas").isChecked()).toBe(true);
      for (const key of ["paid.free", "international.yes", "roles.yes", "archive.yes"])
        await answer(key).check();
      expect(await text(o.result)).toBe(
        s("summary", { platform: s("p.discord"), answered: 5, total: 10 }),
      );
      const first = w.locator(".w-rank > li").first();
      expect(await text(first)).toContain(s("p.discord.con"));
      expect(await text(first)).toContain(`${s("q.roles.yes")} +3`);
      // One answer changed: paid with a searchable archive, in China → 知识星球 moves up.
      for (const key of ["paid.paid", "international.no", "where.wechat", "roles.no"])
        await answer(key).check();
      expect(await text(o.result)).toContain(s("p.zsxq"));
      expect(await axeWidget(o)).toEqual([]);
      await shot(o, `platform-${lang}-${slug}-done`);
      await expectClean(o);
      await page.close();
    },
  );

  it("CrisisDrill plays a path on a simulated clock and debriefs with the better path", async () => {
    const o = await openWidget(lang, "crisisDrill", "risk-crisis");
    const { w, s, page } = o;
    const choose = async (step: string, choice: string) => {
      await w.getByRole("button", { name: s(`c.${step}.${choice}`) }).click();
      // Focus follows to the next step's heading (or the debrief), so the keyboard carries on.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H4");
    };
    await choose("alert", "verify");
    expect(await text(w)).toContain(s("noResponseLate"));
    expect(await text(o.result)).toContain(s("f.alert.verify"));
    await choose("facts", "full");
    await choose("followup", "update");
    expect(await text(o.result)).toContain(s("widget.common.score", { score: 5, total: 9 }));
    expect(await text(w)).toContain(s("betterPath"));
    expect(await text(w.locator("ol").last())).toContain(s("c.alert.holding"));

    // Start over with the keyboard and take the best path.
    await w.getByRole("button", { name: s("widget.common.retry") }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H4");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      s("c.alert.verify"),
    );
    await choose("alert", "holding");
    expect(await text(w)).toContain("14:15");
    await choose("facts", "full");
    await choose("followup", "update");
    expect(await text(o.result)).toContain(s("widget.common.score", { score: 9, total: 9 }));
    expect(await text(w)).toContain(s("bestTaken"));
    expect(await axeWidget(o)).toEqual([]);
    await shot(o, `crisis-${lang}-done`);
    await expectClean(o);
    await page.close();
  });

  it("LifecycleIdentifier scores stages and moves, and explains the hidden decline", async () => {
    const o = await openWidget(lang, "lifecycleIdentifier", "lifecycle");
    const { w, s, page } = o;
    const right: Record<string, [string, string]> = {
      xiaoman: ["growth", "scale"],
      tidelight: ["decline", "diagnose"],
      ux: ["start", "seed"],
      wutong: ["maturity", "sustain"],
      coffee: ["maturity", "sustain"],
    };
    for (const [id, [stage, move]] of Object.entries(right)) {
      const name = s(`c.${id}`);
      await w.getByLabel(s("stageFor", { name })).selectOption(stage);
      await w.getByLabel(s("moveFor", { name })).selectOption(move);
    }
    await w.getByRole("button", { name: s("widget.common.check") }).click();
    expect(await text(o.result)).toBe(s("widget.common.score", { score: 10, total: 10 }));
    await w.getByLabel(s("stageFor", { name: s("c.tidelight") })).selectOption("maturity");
    await w.getByRole("button", { name: s("widget.common.check") }).click();
    expect(await text(o.result)).toBe(s("widget.common.score", { score: 9, total: 10 }));
    expect(await text(w)).toContain(s("c.wutong.note"));
    const tidelight = w.locator("li", {
      has: page.getByLabel(s("stageFor", { name: s("c.tidelight") })),
    });
    expect(await text(tidelight)).toContain(s("reason.wau", { share: "72.7%" }));
    // The chart's numbers are readable as a table.
    await w.getByText(s("widget.common.dataTable")).first().click();
    expect(await w.locator("table").first().locator("tbody tr").count()).toBe(12);
    expect(await axeWidget(o)).toEqual([]);
    await shot(o, `lifecycle-${lang}-done`);
    await expectClean(o);
    await page.close();
  });

  it("CalendarChecker flags the example week and passes once the learner fixes it", async () => {
    const o = await openWidget(lang, "calendarChecker", "content");
    const { w, s, page } = o;
    const passed = (n: number) => s("passed", { passed: n, total: 4 });
    expect(await text(o.result)).toContain(passed(2));
    expect(await text(w)).toContain(s("issue.tooMany", { day: s("day.0"), count: 6, diff: 1 }));

    // Remove one Monday post.
    const newBlend = `${s("day.0")} 10:00 ${s("quote", { theme: s("theme.newBlend") })} ${s("chars", { n: "180" })}`;
    await w.getByRole("button", { name: s("removePost", { post: newBlend }), exact: true }).click();
    expect(await text(o.result)).toContain(s("removed", { post: newBlend }));
    // Add a Thursday post; a bad length is refused with a message first.
    const form = w.locator("fieldset").last();
    await form.getByLabel(s("dayLabel")).selectOption({ label: s("day.3") });
    await form.getByLabel(s("slotLabel")).selectOption({ label: "12:30" });
    await form.getByLabel(s("themeLabel")).fill(lang === "en" ? "Latte art basics" : "拉花入门");
    await form.getByLabel(s("lengthChars")).fill("abc");
    await form.getByRole("button", { name: s("add"), exact: true }).click();
    expect(await text(form)).toContain(s("widget.common.err.nan"));
    await form.getByLabel(s("lengthChars")).fill("900");
    await form.getByRole("button", { name: s("add"), exact: true }).press("Enter");
    expect(await text(o.result)).toContain(passed(3));
    // Edit the 1,650-character post down to 1,000 with the keyboard.
    const edit = new RegExp(`^${s("editPost", { post: "" }).trim()}.*1,650`);
    await w.getByRole("button", { name: edit }).focus();
    await page.keyboard.press("Enter");
    expect(await text(form.locator("legend"))).toBe(s("editLegend"));
    await form.getByLabel(s("lengthChars")).fill("1000");
    await form.getByRole("button", { name: s("save") }).click();
    expect(await text(o.result)).toContain(passed(4));

    // Peak hours are an assumption the learner can change.
    await w.getByLabel("12:30", { exact: true }).uncheck();
    await w.getByLabel("21:00", { exact: true }).uncheck();
    expect(await text(w)).toContain(s("noPeaks"));
    expect(await axeWidget(o)).toEqual([]);
    await shot(o, `calendar-${lang}-done`);
    await expectClean(o);
    await page.close();
  });

  it("ReferralDesigner shows K, reacts to anti-cheat and the reward model, and rejects bad input", async () => {
    const o = await openWidget(lang, "referralDesigner", "growth-referral");
    const { w, s, page } = o;
    expect(await text(o.result)).toContain("K = 0.18");
    expect(await text(w)).toContain("Goel");
    await w.getByLabel(s("antiCheat")).check();
    expect(await text(o.result)).toContain("K = 0.17");
    expect(await text(w)).toContain(s("r.fake"));
    await w.getByLabel(s("model.cash")).check();
    expect(await text(w)).toContain(s("f.cashPerHead"));
    const conversion = w.getByLabel(s("f.conversion"));
    await conversion.fill("abc");
    expect(await text(w)).toContain(s("widget.common.err.nan"));
    expect(await text(o.result)).toBe(s("widget.common.fixInputs"));
    await conversion.fill("150");
    expect(await text(w)).toContain(s("widget.common.err.max", { max: 100 }));
    await conversion.fill("50");
    await w.getByLabel(s("f.participation")).fill("100");
    await w.getByLabel(s("f.invitesPerMember")).fill("4");
    expect(await text(o.result)).toContain(s("above"));
    expect(await text(w)).toContain(s("r.unbounded"));
    expect(await axeWidget(o)).toEqual([]);
    await shot(o, `referral-${lang}-done`);
    await expectClean(o);
    await page.close();
  });
});

describe.each(LANGS)("the culture designer in %s", (lang) => {
  it("starts from the flawed draft, refuses a nameless ritual, and passes all nine checks once fixed", async () => {
    const o = await openWidget(lang, "ritualDesigner", "events");
    const { w, s } = o;
    expect(await text(o.result)).toContain(s("passed", { passed: 4, total: 9 }));
    // A ritual needs a name: the field says so and nothing is added.
    await w.getByRole("button", { name: s("add"), exact: true }).click();
    expect(await w.getByLabel(s("nameLabel"), { exact: true }).getAttribute("aria-invalid")).toBe(
      "true",
    );
    expect(await text(w)).toContain(s("nameMissing"));
    // Fix the draft the way the module teaches.
    await w
      .getByLabel(s("sloganLabel"), { exact: true })
      .fill(lang === "en" ? "Every cup matters" : "每一杯都认真");
    const addRitual = async (
      name: string,
      cadence: string,
      actor: string,
      symbol: string,
      minutes: string,
    ) => {
      await w.getByLabel(s("nameLabel"), { exact: true }).fill(name);
      await w.getByLabel(s("cadenceLabel"), { exact: true }).selectOption(cadence);
      await w.getByLabel(s("actorLabel"), { exact: true }).selectOption(actor);
      await w.getByLabel(s("symbolLabel"), { exact: true }).fill(symbol);
      await w.getByLabel(s("minutesLabel"), { exact: true }).fill(minutes);
      await w.getByRole("button", { name: s("add"), exact: true }).click();
    };
    await addRitual(
      lang === "en" ? "Anniversary cupping" : "周年杯测",
      "yearly",
      "both",
      "",
      "240",
    );
    await addRitual(
      lang === "en" ? "Brew notes swap" : "冲煮笔记互评",
      "weekly",
      "members",
      "☕",
      "15",
    );
    expect(await text(o.result)).toContain(
      s("added", { name: lang === "en" ? "Brew notes swap" : "冲煮笔记互评" }),
    );
    for (const step of ["atAll", "redPacket"])
      await w.getByLabel(s(`step.${step}`), { exact: true }).uncheck();
    for (const step of ["intro", "reply"])
      await w.getByLabel(s(`step.${step}`), { exact: true }).check();
    expect(await text(o.result)).toContain(s("passed", { passed: 9, total: 9 }));
    // Removing the only yearly ritual breaks the rhythm check again, and says what is missing.
    await w
      .getByRole("button", {
        name: s("remove", { name: lang === "en" ? "Anniversary cupping" : "周年杯测" }),
      })
      .click();
    expect(await text(o.result)).toContain(s("passed", { passed: 8, total: 9 }));
    expect(await text(w)).toContain(s("cadence.yearly"));
    expect(await axeWidget(o)).toEqual([]);
    await shot(o, `ritual-${lang}-done`);
    await expectClean(o);
    await o.page.close();
  });
});
