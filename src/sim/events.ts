/**
 * The event log's texts: what happened, in both languages, what the operator could have done,
 * and the module that teaches it. World events are drawn in engine.ts; actions are the learner's
 * transformations; alerts say when the plan itself is the problem.
 */
import type { EventKind, LocalizedText, SimEvent } from "./types";

interface EventText {
  kind: EventKind;
  module: number;
  text: LocalizedText;
  hint: LocalizedText;
}

export const EVENT_TEXTS = {
  "spam-wave": {
    kind: "world",
    module: 10,
    text: {
      "zh-cn": "一波广告号涌入，在群里刷屏推销。",
      en: "A wave of spam accounts floods the community with ads.",
    },
    hint: {
      "zh-cn": "提前公布群规并留出审核时间：严格群规加上足够的审核小时，能挡住大部分广告。",
      en: "Post rules early and keep moderation hours in the plan: strict rules plus enough moderation stop most of it.",
    },
  },
  "pr-crisis": {
    kind: "world",
    module: 10,
    text: {
      "zh-cn": "一位成员在外部平台公开批评社群（比如对一次推销不满），负面舆情开始扩散。",
      en: "A member's public complaint about the community (say, a sales push) spreads on other platforms.",
    },
    hint: {
      "zh-cn": "30 分钟内开始回应，坦诚说明并给出补救；把变现放在价值之后，这类危机会少很多。",
      en: "Start responding within 30 minutes, candidly and with a remedy; monetizing only after delivering value makes such crises rarer.",
    },
  },
  "viral-post": {
    kind: "world",
    module: 4,
    text: {
      "zh-cn": "一条内容被大量转发，新成员一下子涌了进来。",
      en: "A post goes viral and a wave of newcomers arrives.",
    },
    hint: {
      "zh-cn":
        "准备好欢迎仪式、自我介绍和新人答疑，才能把这波新人留下来；高质量内容让爆款更常出现。",
      en: "Have the welcome ritual, introductions and newcomer answers ready to keep the wave; good content makes such posts more likely.",
    },
  },
  "competitor-launch": {
    kind: "world",
    module: 2,
    text: {
      "zh-cn": "一个定位相近的新社群上线，用福利拉走了一部分成员（影响约 8 周）。",
      en: "A similar community launches with perks and pulls some members away (about 8 weeks).",
    },
    hint: {
      "zh-cn": "讲清楚你的社群独有的价值（定位），用活动和分层关怀照顾好核心成员。",
      en: "Make your community's own value clear (positioning) and look after core members with events and tiered care.",
    },
  },
  "policy-change": {
    kind: "world",
    module: 3,
    text: {
      "zh-cn": "平台调整规则：曝光和广告效果下降，群聊被折叠得更多（影响约 6 周）。",
      en: "The platform changes its rules: less reach, costlier ads, more folded chats (about 6 weeks).",
    },
    hint: {
      "zh-cn": "不要只依赖一个渠道：把成员沉淀到自己的公众号、小程序或邮件列表，并遵守平台规则。",
      en: "Don't depend on one channel: keep members reachable through your own account, mini program or mailing list, and follow the platform's rules.",
    },
  },
  "spring-festival": {
    kind: "world",
    module: 6,
    text: {
      "zh-cn": "春节假期：大家忙着团聚，活跃和新加入都明显下降。",
      en: "Spring Festival: people are with their families; activity and joins drop.",
    },
    hint: {
      "zh-cn": "提前排好轻量的节日内容和打卡，不要在春节期间上线大型活动或广告。",
      en: "Plan light festive content and check-ins ahead; don't launch big campaigns or ads during the holiday.",
    },
  },
  "transform-theme": {
    kind: "action",
    module: 12,
    text: {
      "zh-cn": "你为社群换了新主题，唤醒了一部分沉睡成员，少数核心成员不太适应。",
      en: "You gave the community a new theme: some dormant members wake up, a few core members feel less at home.",
    },
    hint: {
      "zh-cn": "先在小范围试点新主题再全面推开，观察之后 8 周的周活。",
      en: "Pilot a new theme with a small group first, then watch WAU over the next 8 weeks.",
    },
  },
  "transform-model": {
    kind: "action",
    module: 12,
    text: {
      "zh-cn":
        "你换了运营模式（如会员等级、新的活动形式）：积极分子更容易成长为核心，少数老成员离开。",
      en: "You changed the operating model (levels, new formats): regulars grow into core members faster, a few old hands leave.",
    },
    hint: {
      "zh-cn": "改之前先和核心成员沟通，用 4–8 周验证新模式。",
      en: "Talk to core members before changing, and give the new model 4–8 weeks to prove itself.",
    },
  },
  "transform-crowd": {
    kind: "action",
    module: 12,
    text: {
      "zh-cn": "你把社群开放给新的人群：潜在成员变多，但老成员觉得身份被稀释。",
      en: "You opened the community to a new crowd: a bigger market, but old members feel diluted.",
    },
    hint: {
      "zh-cn": "为新人群准备单独的欢迎流程，同时照顾老成员的归属感。",
      en: "Give the new crowd its own welcome path and look after old members' sense of belonging.",
    },
  },
  "transform-too-early": {
    kind: "alert",
    module: 12,
    text: {
      "zh-cn": "社群还在起步或成长，转型没有生效：现在的主题和模式还没走到头。",
      en: "The community is still starting or growing, so the transformation did not take effect: its theme and model have not run their course.",
    },
    hint: {
      "zh-cn": "转型是给进入成熟期或衰退期的社群准备的；成长阶段先把内容、活动和分层运营做好。",
      en: "Transformation is for a community at maturity or in decline; while it grows, work on content, events and tiered care.",
    },
  },
  "transform-cooldown": {
    kind: "alert",
    module: 12,
    text: {
      "zh-cn": "距上次转型不足 8 周，这次转型没有生效。",
      en: "Less than 8 weeks since the last transformation: this one did not take effect.",
    },
    hint: {
      "zh-cn": "转型需要时间验证，两次之间至少间隔 8 周。",
      en: "A transformation needs time to show results: leave at least 8 weeks between two.",
    },
  },
  burnout: {
    kind: "alert",
    module: 13,
    text: {
      "zh-cn": "团队超负荷：本周需要的时间超过预算，各项工作质量下降。",
      en: "The team is overloaded: this week needs more hours than the budget, and quality drops.",
    },
    hint: {
      "zh-cn": "减少发帖或活动，或者把工作交给成员志愿者，用 SOP 分工。",
      en: "Cut posts or events, or hand work to member volunteers with clear SOPs.",
    },
  },
  "team-shrinking": {
    kind: "alert",
    module: 13,
    text: {
      "zh-cn": "连续超负荷之后，有人退出了运营团队：每周能用的时间变少了。",
      en: "After weeks of overload, people have left the team: fewer hours are available each week.",
    },
    hint: {
      "zh-cn": "把计划压回团队的时间以内，团队才会慢慢补上人手；把重复的工作写成 SOP 交给志愿者。",
      en: "Bring the plan back within the team's hours and the team slowly fills its places again; write repeated work into SOPs for volunteers.",
    },
  },
  "money-short": {
    kind: "alert",
    module: 8,
    text: {
      "zh-cn": "资金不足：广告和奖励按预算比例缩减。",
      en: "Not enough money: ads and rewards are scaled down to the budget.",
    },
    hint: {
      "zh-cn": "在资金预算内安排广告和奖励；先用荣誉、权益等非现金奖励。",
      en: "Keep ads and rewards within the money budget; use non-cash rewards such as recognition and perks first.",
    },
  },
  "group-full": {
    kind: "alert",
    module: 1,
    text: {
      "zh-cn": "群已满员（每群 500 人）：新成员进不来了。",
      en: "The groups are full (500 per group): new members cannot get in.",
    },
    hint: {
      "zh-cn": "开新群需要更多运营时间；也可以把重点放在现有成员的活跃和质量上。",
      en: "Opening more groups takes more hours; or focus on the activity and quality of the members you have.",
    },
  },
} satisfies Record<string, EventText>;

export type EventId = keyof typeof EVENT_TEXTS;

/** A log entry for an event in a week. */
export function makeEvent(id: EventId, week: number): SimEvent {
  const e: EventText = EVENT_TEXTS[id];
  return { week, id, kind: e.kind, text: e.text, hint: e.hint, module: e.module };
}
