/**
 * Every check that reads text, with a passing, a weak and placeholder answers in both languages:
 * the passing one meets the check in full, the weak one falls short and is told why, and no
 * placeholder — generic ones and the field's own label and hint in either language — earns
 * what the passing text earns.
 */
import { describe, expect, it } from "vitest";
import { runCheck, type CheckId } from "../../../src/grading/checks";
import { setField } from "../../../src/planner/plan-edit";
import { fieldEchoes } from "../../../src/planner/labels";
import { dictionary } from "../../../src/i18n";
import { fullPlan } from "./plan-builders";
import { PLACEHOLDERS } from "../../fixtures/plans/placeholders";

const echoes = fieldEchoes([dictionary("zh-cn"), dictionary("en")]);
const ctx = { echoes };

type Row = [
  check: CheckId,
  path: string,
  what: string,
  pass: [zh: string, en: string],
  weak: [zh: string, en: string] | null,
  /** The issue the weak answer raises. */
  weakKey: string,
  /** The issue a placeholder raises (by default the shared one). */
  placeholderKey?: string,
];

const RULES_12 = Array.from(
  { length: 12 },
  (_, i) => `${i + 1}. 不要在群里做第 ${i + 1} 件事`,
).join("\n");
const RULES_12_EN = Array.from({ length: 12 }, (_, i) => `${i + 1}. Never do thing ${i + 1}`).join(
  "\n",
);

const rows: Row[] = [
  [
    "positioning-complete",
    "positioning.line",
    "positioning.line",
    [
      "给每天离不开咖啡的山谷会员：新品先尝，冲煮有人教",
      "For Valley regulars who start every day with coffee: new beans first, brewing help",
    ],
    ["咖啡爱好者", "Coffee lovers"],
    "text.short",
  ],
  [
    "personas-complete",
    "personas.p1.who",
    "personas.who",
    [
      "28–35 岁的写字楼白领，每月到店约 12 次",
      "Office workers aged 28–35, in store 12 times a month",
    ],
    ["在写字楼上班、每天都爱喝咖啡的白领", "Office workers downtown who love their coffee"],
    "personas.number",
  ],
  [
    "personas-complete",
    "personas.p1.who",
    "personas.who",
    ["三十岁出头、住在二线城市的新手妈妈", "New mothers in their thirties in a second-tier city"],
    ["年轻人", "Young people"],
    "text.short",
  ],
  [
    "value-proposition",
    "value.resources",
    "value.resources",
    ["会员优惠券和新豆抢先试喝", "Member coupons and first tastings of new beans"],
    ["福利", "Perks"],
    "text.short",
  ],
  [
    "platform-justified",
    "platform.why",
    "platform.why",
    [
      "会员都已加了门店的企业微信，不用再装任何应用",
      "Members already added the stores' WeCom accounts, so nobody installs anything",
    ],
    ["大家都用", "Everyone uses it"],
    "text.short",
  ],
  [
    "rules-complete",
    "rules.banned",
    "rules.banned",
    ["禁止广告、二维码和外部链接", "No ads, QR codes or outside links"],
    ["禁广告", "No ads"],
    "text.short",
  ],
  [
    "rules-consequences",
    "rules.rewardsPenalties",
    "rules.rewardsPenalties",
    [
      "好问题每月置顶并点名感谢；发广告者由管理员直接移出",
      "Good questions are pinned and thanked; the admin removes advertisers",
    ],
    ["大家要互相尊重，友好交流", "Everyone should be kind and respectful"],
    "rules.consequence",
    "rules.consequence",
  ],
  [
    "rules-short",
    "rules.speaking",
    "rules.speaking",
    [
      "发言围绕咖啡和门店；晚上十点后不 @ 全体",
      "Keep to coffee and the stores; no @everyone after 10 pm",
    ],
    [RULES_12, RULES_12_EN],
    "rules.tooMany",
    "rules.writeFirst",
  ],
  [
    "seed-users",
    "coldStart.sources",
    "coldStart.sources",
    ["店员叫得出名字的金卡会员", "Gold-card members the baristas know by name"],
    ["朋友", "Friends"],
    "text.short",
  ],
  [
    "invitation-message",
    "coldStart.invitation",
    "coldStart.invitation",
    [
      "小安，你是我们最常来的老顾客之一，新豆上市你会第一个尝到。想请你加入会员群，进群后分享一个你的冲煮小技巧，可以吗？",
      "Hi Ann, you're one of our most loyal regulars, so you'll taste the new beans before anyone else. Would you join our group and share a brewing tip?",
    ],
    [
      "这是山谷咖啡的会员群，群里每周会发新品信息和门店活动通知，还有咖啡知识分享。",
      "This is the Valley Coffee members' group, where store news, brewing notes and new products are posted every week by our team.",
    ],
    "cold.benefit",
  ],
  [
    "ice-breakers",
    "coldStart.iceBreakers",
    "coldStart.iceBreakers",
    ["晒一张你最爱的咖啡杯和喝咖啡的地方", "Post your favourite cup and where you drink it"],
    ["聊天", "Chat"],
    "text.short",
  ],
  [
    "first-week",
    "coldStart.firstWeek",
    "coldStart.firstWeek",
    [
      "开群当晚：逐一欢迎、@ 每位新人。第 1 天：群主先做自我介绍。第 2 天：分享入学清单。第 3 天：破冰话题。第 5 天：20 分钟问答。",
      "Opening night: welcome each member by name. Day 1: introductions. Day 2: brewing quiz. Day 3: a tasting poll. Day 5: a barista Q&A.",
    ],
    [
      "第一周多发一些有用的内容，让大家慢慢活跃起来，群主多和新人互动聊天，有问题及时回答。",
      "In the first week we will post lots of useful content, chat with the newcomers and answer all of their questions as quickly as we can.",
    ],
    "cold.firstWeekDays",
  ],
  [
    "posts-per-weekday",
    "calendar.slots.m0.theme",
    "calendar.slots.theme",
    ["咖啡知识小问答", "Coffee quiz of the day"],
    ["新闻", "News"],
    "content.theme",
    "content.theme",
  ],
  [
    "long-post-length",
    "calendar.slots.e0.theme",
    "calendar.slots.theme",
    ["手冲入门：水温与研磨", "Pour-over basics: water and grind"],
    ["长文", "Post"],
    "content.theme",
    "content.theme",
  ],
  [
    "video-length",
    "calendar.slots.e1.theme",
    "calendar.slots.theme",
    ["三分钟学会拉花", "Latte art in three minutes"],
    ["视频", "Clip"],
    "content.theme",
    "content.theme",
  ],
  [
    "ugc-plan",
    "calendar.ugc",
    "calendar.ugc",
    [
      "会员的冲煮照片每周日精选进合集，作者得一张优惠券",
      "Members' brewing photos go into the Sunday round-up",
    ],
    ["鼓励分享", "Share more"],
    "text.short",
  ],
  [
    "content-review",
    "contentReview.steps.r3.who",
    "contentReview.steps.who",
    ["王律师", "Wang, our lawyer"],
    null,
    "",
  ],
  [
    "recurring-events",
    "events.ev1.name",
    "events.name",
    ["每日打卡", "Daily check-in"],
    ["打卡", "Quiz"],
    "text.short",
  ],
  [
    "event-follow-up",
    "events.ev1.followUp",
    "events.followUp",
    ["每周五整理本周书单并置顶", "A weekly leaderboard of the best cups"],
    ["复盘", "Review it"],
    "text.short",
  ],
  [
    "feedback-48h",
    "feedback.channel",
    "feedback.channel",
    ["群公告里的匿名问卷", "A form in the notice"],
    ["问卷", "Form"],
    "text.short",
  ],
  [
    "segment-tiers",
    "segmentation.tiers.core.detail",
    "segmentation.tiers.detail",
    [
      "经常回答问题的热心成员；邀请进志愿者小群",
      "Members who often answer questions; invited to the volunteers' chat",
    ],
    ["重点照顾", "Extra care"],
    "text.short",
  ],
  [
    "points-badges",
    "segmentation.points.check-in.detail",
    "segmentation.points.detail",
    ["每次打卡记 1 分，10 分换一杯", "One point a check-in; ten buy a cup"],
    ["加分", "Points"],
    "segments.points",
    "segments.points",
  ],
  [
    "core-roles",
    "segmentation.coreRoles.guide.detail",
    "segmentation.coreRoles.detail",
    [
      "每周回答新人的问题，换一张免费饮品券",
      "Answers newcomers' questions each week for a free drink",
    ],
    ["帮忙", "Helps out"],
    "segments.coreRoles",
    "segments.coreRoles",
  ],
  [
    "dormant-wake-up",
    "segmentation.wakeUp",
    "segmentation.wakeUp",
    [
      "一个月没说话的会员，私信送一张免费饮品券",
      "A free-drink coupon by private message after a month of silence",
    ],
    ["发红包", "Send coupons"],
    "text.short",
  ],
  [
    "referral-tiers",
    "referral.tiers.t1.reward",
    "referral.tiers.reward",
    ["一张冲煮课优惠券", "A brewing-class coupon"],
    ["奖", "Gift"],
    "text.short",
  ],
  [
    "anti-cheat",
    "referral.antiCheatMeasures",
    "referral.antiCheatMeasures",
    [
      "新人首次下单后才计入邀请；同一手机号只算一次",
      "An invite counts after the first purchase; one phone number counts once",
    ],
    ["邀请来的人必须是真心喜欢咖啡的朋友", "Invited people must be real coffee lovers"],
    "referral.antiCheatKinds",
  ],
  [
    "monetization-after-value",
    "monetization.valueFirst",
    "monetization.valueFirst",
    ["先办两个月免费品鉴和冲煮课", "Two months of free tastings and brewing classes first"],
    ["先做内容", "Content first"],
    "text.short",
  ],
  [
    "monitoring-24h",
    "risk.monitoringWho",
    "risk.monitoringWho",
    ["四人每周轮值，夜间靠关键词提醒", "A weekly rota of four, with keyword alerts at night"],
    ["有人看", "Someone"],
    "text.short",
  ],
  [
    "sensitive-words",
    "risk.sensitiveProcess",
    "risk.sensitiveProcess",
    [
      "过滤器拦下可疑消息，值班管理员人工复核",
      "The filter holds flagged messages and the moderator reviews them",
    ],
    ["机器过滤", "Use a filter"],
    "text.short",
  ],
  [
    "escalation-tiers",
    "risk.escalation.x1.action",
    "risk.escalation.action",
    ["店长当天电话联系", "The store manager calls them"],
    ["处理", "Handle it"],
    "text.short",
  ],
  [
    "copyright-register",
    "risk.copyrightNote",
    "risk.copyrightNote",
    ["共享表格登记每张图片和字体的来源与授权", "A shared sheet of every image and font"],
    ["登记", "A sheet"],
    "text.short",
  ],
  [
    "holding-statement",
    "risk.holdingStatement",
    "risk.holdingStatement",
    [
      "各位，我们已经看到关于冷萃瓶里有异物的消息，已暂停这款产品的销售并在核查批次。买过的朋友请私信方敏。今晚 6 点前我们会在群里更新结果。",
      "We've seen the posts about the cold brew and have paused its sale while we check the batch. If you bought one, message Fang Min. We'll post an update here by 6 pm today.",
    ],
    [
      "网上有人恶意造谣我们的冷萃有问题，请大家不要相信不实消息，我们的产品一直很安全。",
      "Some people are spreading rumours about our cold brew online. Please ignore these false claims; our products have always been completely safe.",
    ],
    "risk.statementAck",
  ],
  [
    "response-timeline",
    "risk.timeline.tl1.action",
    "risk.timeline.action",
    ["值班管理员确认情况并给方敏打电话", "The moderator on duty confirms and calls Fang Min"],
    ["处理", "Act"],
    "text.short",
  ],
  [
    "kpi-review",
    "kpiReview",
    "kpiReview",
    [
      "每周一对比新老会员的数据，每次只改一件事",
      "Every Monday we compare new and old members and change one thing",
    ],
    ["定期看数据", "Check the data often"],
    "text.short",
  ],
  [
    "lifecycle-stages",
    "lifecycle.decline",
    "lifecycle.decline",
    [
      "周活跌破峰值 80% 时先问会员，小范围试点，价值不在就体面收尾",
      "Watch WAU; ask members, test a change, or close with thanks",
    ],
    ["想办法挽回", "Try harder"],
    "text.short",
  ],
  ["team-roles", "team.members.m1.name", "team.members.name", ["陈经理", "Chen"], null, ""],
  [
    "sops",
    "team.sops.s2.steps",
    "team.sops.steps",
    [
      "发现、定级、发布声明、一周后复盘",
      "Detect, grade the level, post the statement, review a week later",
    ],
    ["按流程处理", "Handle it properly"],
    "team.sopCrisis",
    "team.sopCrisis",
  ],
];

const withText = (path: string, text: string) => setField(fullPlan(), path, text);

describe.each(rows)("%s reads %s", (check, path, what, pass, weak, weakKey, placeholderKey) => {
  const langs = [
    ["zh-cn", 0],
    ["en", 1],
  ] as const;

  it.each(langs)("a substantive answer in %s meets it in full", (_lang, i) => {
    expect(runCheck(check, withText(path, pass[i]), ctx)).toEqual({ ratio: 1, issues: [] });
  });

  if (weak) {
    it.each(langs)("a weak answer in %s falls short and says why", (_lang, i) => {
      const result = runCheck(check, withText(path, weak[i]), ctx);
      expect(result.ratio).toBeLessThan(1);
      expect(result.issues.map((issue) => issue.key)).toContain(weakKey);
    });
  }

  const own = echoes[what] ?? [];
  it("knows the field's own label and hints in both languages", () => {
    expect(own.length).toBeGreaterThanOrEqual(2);
  });

  /** Another field's label, pasted with a placeholder. */
  const other = what === "rules.threshold" ? "发言规范：待定" : "Entry threshold: TBD";
  it.each([...PLACEHOLDERS, ...own, ...own.map((label) => `${label}：待定`), other])(
    "placeholder %j earns less and is named",
    (text) => {
      const result = runCheck(check, withText(path, text), ctx);
      expect(result.ratio).toBeLessThan(1);
      expect(result.issues.map((issue) => issue.key)).toContain(
        placeholderKey ?? "text.placeholder",
      );
    },
  );
});
