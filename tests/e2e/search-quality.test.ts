/**
 * Search quality: what a learner types and the page that must come first, in both languages,
 * through the site's own search dialog against the built Pagefind index. Prints the hit rate.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSite, type Site } from "./harness";
import { DIST } from "./pages";

type Case = [query: string, first: string];

/** zh-CN: the course's key terms, their synonyms, and the English words learners type for them. */
const ZH: Case[] = [
  ["种子用户", "modules/cold-start"],
  ["冷启动", "modules/cold-start"],
  ["破冰", "modules/cold-start"],
  // Module 06 has a section named for it ("欢迎仪式：最值得设计的那一个").
  ["欢迎仪式", "modules/events"],
  ["首次回复", "modules/cold-start"],
  ["新人欢迎", "modules/cold-start"],
  ["群规", "modules/platform-rules"],
  ["入群门槛", "modules/platform-rules"],
  ["用户画像", "modules/positioning"],
  ["社群定位", "modules/positioning"],
  ["价值主张", "modules/positioning"],
  ["SPACES 模型", "modules/positioning"],
  ["内容日历", "modules/content"],
  ["UGC", "modules/content"],
  ["选题", "modules/content"],
  ["活动复盘", "modules/events"],
  ["线下小聚", "modules/events"],
  ["用户分层", "modules/segmentation"],
  ["沉睡用户", "modules/segmentation"],
  ["超级用户", "modules/segmentation"],
  ["积分勋章", "modules/segmentation"],
  ["裂变", "modules/growth-referral"],
  ["K 因子", "modules/growth-referral"],
  ["防作弊", "modules/growth-referral"],
  ["知识付费", "modules/monetization"],
  ["变现", "modules/monetization"],
  ["付费会员", "modules/monetization"],
  ["舆情", "modules/risk-crisis"],
  ["敏感词", "modules/risk-crisis"],
  ["危机公关", "modules/risk-crisis"],
  ["留存", "modules/data-analytics"],
  ["流失率", "modules/data-analytics"],
  ["NPS", "modules/data-analytics"],
  ["A/B 测试", "modules/data-analytics"],
  ["同期群", "modules/data-analytics"],
  ["生命周期", "modules/lifecycle"],
  ["社群转型", "modules/lifecycle"],
  ["SOP", "modules/team-sop"],
  ["版主", "modules/team-sop"],
  ["私域流量", "modules/fundamentals"],
  ["企业微信", "modules/fundamentals"],
  ["结业项目", "modules/capstone"],
  ["学习路线", "modules/orientation"],
  ["cold start", "modules/cold-start"],
  ["onboarding", "modules/cold-start"],
  ["seed users", "modules/cold-start"],
  ["churn", "modules/data-analytics"],
  ["referral", "modules/growth-referral"],
  ["persona", "modules/positioning"],
  ["moderator", "modules/team-sop"],
];

/** English: the same concepts, British and American spellings, and Chinese words learners know. */
const EN: Case[] = [
  ["cold start", "modules/cold-start"],
  ["seed users", "modules/cold-start"],
  ["onboarding", "modules/cold-start"],
  ["ice-breaking", "modules/cold-start"],
  ["welcome ritual", "modules/events"],
  ["first reply", "modules/cold-start"],
  ["group rules", "modules/platform-rules"],
  ["persona", "modules/positioning"],
  ["value proposition", "modules/positioning"],
  ["SPACES model", "modules/positioning"],
  ["KPI", "modules/positioning"],
  ["content calendar", "modules/content"],
  ["user-generated content", "modules/content"],
  ["topic selection", "modules/content"],
  ["offline meetup", "modules/events"],
  ["event review", "modules/events"],
  ["segmentation", "modules/segmentation"],
  ["dormant members", "modules/segmentation"],
  ["super users", "modules/segmentation"],
  ["ambassador program", "modules/segmentation"],
  ["referral", "modules/growth-referral"],
  ["K factor", "modules/growth-referral"],
  ["anti-cheat", "modules/growth-referral"],
  ["going viral", "modules/growth-referral"],
  ["monetization", "modules/monetization"],
  ["monetisation", "modules/monetization"],
  ["paid knowledge", "modules/monetization"],
  ["crisis", "modules/risk-crisis"],
  ["sensitive words", "modules/risk-crisis"],
  ["raid", "modules/risk-crisis"],
  ["retention", "modules/data-analytics"],
  ["churn", "modules/data-analytics"],
  ["NPS", "modules/data-analytics"],
  ["A/B test", "modules/data-analytics"],
  ["cohort", "modules/data-analytics"],
  ["lifecycle", "modules/lifecycle"],
  ["SOP", "modules/team-sop"],
  ["moderator", "modules/team-sop"],
  ["private traffic", "modules/fundamentals"],
  ["WeCom", "modules/fundamentals"],
  ["capstone", "modules/capstone"],
  ["learning tracks", "modules/orientation"],
  ["冷启动", "modules/cold-start"],
  ["裂变", "modules/growth-referral"],
  ["私域流量", "modules/fundamentals"],
];

/** Queries whose first result must lead to a section: the heading it lands on starts so. */
const SECTIONS: Record<string, [query: string, heading: string][]> = {
  "zh-cn": [
    ["种子用户", "种子用户：宁少勿滥"],
    ["K 因子", "先算 K 因子"],
    ["留存", "留存、流失、增长"],
  ],
  en: [
    ["seed users", "Seed users: fewer, but right"],
    ["churn", "Retention, churn, growth"],
    ["anti-cheat", "Tiered rewards and anti-cheat"],
  ],
};

/** The text of the element with this id on a built page. */
function headingAt(href: string): string {
  const url = new URL(href, "http://site");
  const html = readFileSync(join(DIST, decodeURIComponent(url.pathname), "index.html"), "utf8");
  const id = decodeURIComponent(url.hash.slice(1));
  const at = html.indexOf(`id="${id}"`);
  if (!id || at < 0) return "";
  const open = html.indexOf(">", at) + 1;
  return html.slice(open, html.indexOf("</", open)).replace(/<[^>]+>/g, "");
}

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

/**
 * Types each query into the search dialog and reads where its first result leads. Clearing the
 * box empties the status line, so the next status is that query's own.
 */
async function firstResults(page: Page, queries: readonly string[]): Promise<string[]> {
  await page.keyboard.press("/");
  const input = page.locator("#search-input");
  await input.waitFor({ state: "visible" });
  const loading = (await page.locator("[data-search-dialog]").getAttribute("data-loading")) ?? "";
  const firsts: string[] = [];
  for (const query of queries) {
    await input.fill("");
    await input.fill(query);
    await page.waitForFunction((busy) => {
      const status = document.querySelector("#search-status")?.textContent ?? "";
      return status !== "" && status !== busy;
    }, loading);
    const first = page.locator("#search-results a").first();
    firsts.push((await first.count()) ? ((await first.getAttribute("href")) ?? "") : "");
  }
  return firsts;
}

describe("search ranks the page a learner means first", () => {
  it.each([
    ["zh-cn", ZH],
    ["en", EN],
  ] as const)("%s", async (lang, cases) => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const { page, consoleErrors } = await site.page(`/${lang}/`);
    const firsts = await firstResults(
      page,
      cases.map(([query]) => query),
    );
    const misses = cases.flatMap(([query, expected], i) => {
      const path = new URL(firsts[i]!, site.baseUrl).pathname;
      return path === `/${lang}/${expected}/` ? [] : [`${query} → ${firsts[i] || "(nothing)"}`];
    });
    const hits = cases.length - misses.length;
    console.log(
      `search quality ${lang}: ${hits}/${cases.length} first (${((100 * hits) / cases.length).toFixed(1)} %)`,
    );
    expect(misses).toEqual([]);
    // Results lead to the section that teaches the term, not the top of the page.
    for (const [query, heading] of SECTIONS[lang]!) {
      const href = firsts[cases.findIndex(([q]) => q === query)]!;
      expect(headingAt(href), `${query} → ${href}`).toMatch(new RegExp(`^${heading}`));
    }
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
