/**
 * Curriculum coverage: every fact and figure that ../shared/CURRICULUM.md lists for a module
 * (its "facts and figures" column and its "topics practitioners expect" line) must be taught in
 * BOTH the zh-CN and the English version of that module.
 *
 * Each row names one fact and, per language, the patterns that must ALL match somewhere in the
 * module body. Patterns are deliberately specific (numbers next to their unit or subject, named
 * roles, named sources), so deleting the fact from a module makes its row fail.
 */
import { describe, expect, it } from "vitest";
import { expandRules, readModules } from "./content-files";

/** A dash between two numbers: en dash, em dash, hyphen, full-width tilde, wave dash, 至/到. */
const D = String.raw`\s*(?:[–—\-~～〜]|至|到)\s*`;
/** Optional thousands separator (ASCII or full-width comma, or a thin space). */
const K = String.raw`[,，\u2009]?`;
/** A minus sign: hyphen-minus, minus sign, en dash or full-width hyphen. */
const MINUS = String.raw`\s*[−\-–－]\s*`;

/**
 * Matches `a` and `b` within `gap` characters of each other, in either order, without crossing
 * a blank line (so the two halves belong to the same paragraph, list item or table row).
 */
function near(a: string, b: string, gap = 60): RegExp {
  const between = String.raw`(?:(?!\n\s*\n)[\s\S]){0,${gap}}?`;
  return new RegExp(`(?:${a})${between}(?:${b})|(?:${b})${between}(?:${a})`, "i");
}

/** A case-insensitive regex from a source string. */
const re = (source: string): RegExp => new RegExp(source, "i");

interface Fact {
  /** Module id, i.e. the file name without .mdx. */
  module: string;
  /** What CURRICULUM.md asks for, in a few words. */
  fact: string;
  /** Every pattern must match the zh-CN body. */
  zh: RegExp[];
  /** Every pattern must match the English body. */
  en: RegExp[];
}

const FACTS: Fact[] = [
  // 0 — Orientation
  {
    module: "00-orientation",
    fact: "the four audience tracks",
    zh: [/矩阵管理者/, /新入行/, /创业者/, /自由职业者/, /线下[^\n]{0,10}(?:转|搬)[^\n]{0,6}线上/],
    en: [
      /matrix manager/i,
      /newcomer/i,
      /founder/i,
      /freelancer/i,
      /offline business[^\n]{0,20}online/i,
    ],
  },
  {
    module: "00-orientation",
    fact: "course framework: theory, tools and skills, case breakdowns",
    zh: [/讲道理|理论/, /工具和方法|工具与技能|工具/, /拆一个案例|案例拆解/],
    en: [
      /reasoning|theory/i,
      /tools and (?:methods|skills)/i,
      /case community taken apart|case breakdown/i,
    ],
  },
  {
    module: "00-orientation",
    fact: "assessment: staged assignments, simulation drills, mentor review",
    zh: [/分阶段|逐步加码/, /沙盘挑战|模拟/, /导师[^\n]{0,6}点评/],
    en: [/in stages|staged/i, /sandbox challenge|simulat/i, /mentor review/i],
  },

  // 1 — Community fundamentals
  {
    module: "01-fundamentals",
    fact: "four types: geographic, interest, professional vertical, brand fan",
    zh: [/地域型/, /兴趣型/, /职业垂直型/, /品牌粉丝型/],
    en: [/geographic/i, /interest/i, /professional/i, /brand fan/i],
  },
  {
    module: "01-fundamentals",
    fact: "core value elements: persona, steady value output, emotional bonds, rules and incentives",
    zh: [/用户画像/, /持续的价值输出/, /情感联结/, /规则与激励/],
    en: [
      /persona/i,
      /steady output of value|steady value output/i,
      /emotional bond/i,
      /rules and incentives/i,
    ],
  },
  {
    module: "01-fundamentals",
    fact: "WeChat folding lowers open rates",
    zh: [near("折叠", "打开率|不会被打开|打不开", 80)],
    en: [near("fold", String.raw`open rates?|unread|never open|rarely opened|go unread`, 80)],
  },
  {
    module: "01-fundamentals",
    fact: "Discord suits international and gaming groups, with role gating",
    zh: [near("适合", "游戏", 6), near("游戏", "国际", 30), near("身份组", "控制|谁能", 30)],
    en: [
      near("suits", "games", 6),
      near("games", "international", 40),
      near("roles", "control|who (?:sees|can)", 30),
    ],
  },
  {
    module: "01-fundamentals",
    fact: "知识星球 depends on outside traffic",
    zh: [near("知识星球|星球", "外部引流|外部流量", 200)],
    en: [
      near("Zhishi Xingqiu|circle", String.raw`(?:outside|external) (?:traffic|promotion)`, 200),
    ],
  },
  {
    module: "01-fundamentals",
    fact: "WeChat groups hold 500",
    zh: [/(?:最多|上限)[^\n]{0,6}500\s*人|500\s*人[^\n]{0,4}(?:上限|封顶)/],
    en: [near(String.raw`\b500\b`, "at most|cap|holds?|stop", 30)],
  },
  {
    module: "01-fundamentals",
    fact: "invitees must accept once a group passes 40",
    zh: [near(String.raw`\b40\s*人`, "确认|同意", 30)],
    en: [near(String.raw`\b40\b`, "accept", 60)],
  },
  {
    module: "01-fundamentals",
    fact: "identity checks once a group passes 100",
    zh: [near(String.raw`\b100\s*人`, "实名", 30)],
    en: [near(String.raw`\b100\b`, "real-name|identity|verif", 60)],
  },
  {
    module: "01-fundamentals",
    fact: "personal WeChat vs WeCom groups",
    zh: [/个人微信群/, /企业微信/],
    en: [/personal WeChat/i, /WeCom/],
  },
  {
    module: "01-fundamentals",
    fact: "Discord Community-server requirements",
    zh: [/社区服务器/, near("验证", "邮箱", 10), /规则频道/, /社区更新频道/],
    en: [
      /Community/,
      /verified email|verify (?:their )?email/i,
      /rules channel/i,
      /community[- ]updates channel/i,
    ],
  },

  // 2 — Positioning and planning
  {
    module: "02-positioning",
    fact: "goal example: +10% new members a month",
    zh: [near(String.raw`\+?10\s*[%％]`, "每月新增|每月", 12)],
    en: [near(String.raw`\+?10\s*%`, "a month|each month|monthly", 25)],
  },
  {
    module: "02-positioning",
    fact: "goals must be measurable and reachable",
    zh: [near("可衡量", "可达成|够得着", 12)],
    en: [near("measurable", "achievable|reachable|within reach", 20)],
  },
  {
    module: "02-positioning",
    fact: "KPIs such as activity, member growth rate, conversion",
    zh: [/活跃度/, /成员增长率/, /转化率/],
    en: [/activity/i, /member growth rate/i, /conversion rate/i],
  },
  {
    module: "02-positioning",
    fact: "SPACES: support, product, acquisition, contribution, engagement, success",
    zh: [
      /SPACES/,
      /支持（Support）/,
      /产品（Product）/,
      /获客（Acquisition）/,
      /贡献（Contribution）/,
      /参与（Engagement）/,
      /成功（Success）/,
    ],
    en: [
      /SPACES/,
      /S — Support/,
      /P — Product/,
      /A — Acquisition/,
      /C — Contribution/,
      /E — Engagement/,
      /S — Success/,
    ],
  },
  {
    module: "02-positioning",
    fact: "the SPACES objective sets the KPIs",
    zh: [near("KPI", "主目标", 30)],
    en: [near("KPIs?", "primary(?: SPACES)? objective", 40)],
  },
  {
    module: "02-positioning",
    fact: "learning, resource or service community",
    zh: [/学习型/, /资源型/, /服务型/],
    en: [/learning community/i, /\|\s*Resource\s*\|/, /service communit/i],
  },
  {
    module: "02-positioning",
    fact: "positioning line and slogan",
    zh: [/定位语/, /口号/],
    en: [/positioning line/i, /slogan/i],
  },

  // 3 — Platform and rules
  {
    module: "03-platform-rules",
    fact: "rules are one of the core value elements",
    zh: [near("规则与激励|群规", "核心价值要素", 20)],
    en: [near("Rules", "core value elements", 40)],
  },
  {
    module: "03-platform-rules",
    fact: "removing advertisers as a penalty",
    zh: [/移出广告用户/],
    en: [/Removing advertisers/i],
  },
  {
    module: "03-platform-rules",
    fact: "keep rules short but enforceable",
    zh: [/群规不宜繁琐，但必须执行得了/],
    en: [near("shouldn't be long-winded|short", "enforceable", 40)],
  },
  {
    module: "03-platform-rules",
    fact: "entry threshold, speaking norms, banned behaviour, rewards and penalties",
    zh: [/入群门槛/, /发言规范/, /禁止行为/, /奖惩机制/],
    en: [/entry threshold/i, /speaking norms/i, /banned behaviour/i, /rewards and penalties/i],
  },
  {
    module: "03-platform-rules",
    fact: "choose the carrier by where members already are",
    zh: [/去成员已经在的地方/],
    en: [/go where your members already are/i],
  },

  // 4 — Cold start
  {
    module: "04-cold-start",
    fact: "seed quality over quantity",
    zh: [/宁少勿滥/],
    en: [/fewer, but right/i],
  },
  {
    module: "04-cold-start",
    fact: "seed users: typical, interested, some influence",
    zh: [/典型/, /真有兴趣|有兴趣/, /影响力/],
    en: [/typical of the target/i, /interested/i, /influence/i],
  },
  {
    module: "04-cold-start",
    fact: "seed channels: own channels, KOL referrals, offline events",
    zh: [/自己的渠道|自有渠道/, /KOL/, /线下活动/],
    en: [/your own channels/i, /KOL/, /offline events/i],
  },
  {
    module: "04-cold-start",
    fact: "the first reply: newcomers who get one come back far more often (Joyce & Kraut 2006)",
    zh: [/Joyce/, /Kraut/, /2006/, near(String.raw`56\s*[%％]`, String.raw`44\s*[%％]`, 40)],
    en: [/Joyce/, /Kraut/, /2006/, near(String.raw`56\s*%`, String.raw`44\s*%`, 60)],
  },
  {
    module: "04-cold-start",
    fact: "service standard: answer every newcomer's first post",
    zh: [/每位新人的第一条发言/],
    en: [/every newcomer's first (?:message|post)/i],
  },
  {
    module: "04-cold-start",
    fact: "breaking the silence: welcome ritual, introductions, ice-breakers, hot topic, small Q&A",
    zh: [/欢迎仪式/, /自我介绍/, /破冰/, /热点/, /小型问答/],
    en: [/welcome ritual/i, /introduc/i, /ice-breaker/i, /hot topic/i, /small Q&A/i],
  },
  {
    module: "04-cold-start",
    fact: "the operator as guide and servant",
    zh: [near("引导者", "服务者", 4)],
    en: [/guide and servant/i],
  },

  // 5 — Content operations
  {
    module: "05-content",
    fact: "long posts of 800–1200 characters",
    zh: [re(`800${D}1${K}200\\s*字`)],
    en: [re(`800${D}1${K}200 characters`)],
  },
  {
    module: "05-content",
    fact: "video at most 3 minutes",
    zh: [/(?:不超过|≤)\s*3\s*分钟|视频[^\n]{0,8}3\s*分钟以内/],
    en: [/(?:at most|no more than|no longer than|≤)\s*(?:3|three) minutes/i],
  },
  {
    module: "05-content",
    fact: "3–5 posts each weekday",
    zh: [near("工作日", `3${D}5\\s*条`, 8)],
    en: [re(`3${D}5 (?:posts|items) (?:each|every|a|per) weekday`)],
  },
  {
    module: "05-content",
    fact: "push key content at members' peak hours",
    zh: [near("重点内容", "高峰时段", 12)],
    en: [near("key content", "peak hours|the peaks", 30)],
  },
  {
    module: "05-content",
    fact: "three-level review: ops lead, brand manager, legal",
    zh: [/三级审核/, near("运营组长", "品牌经理", 6), near("品牌经理", "法务", 6)],
    en: [
      /three-level review/i,
      near("ops lead", "brand manager", 12),
      near("brand manager", "legal", 12),
    ],
  },
  {
    module: "05-content",
    fact: "UGC: the operator leads, members co-create",
    zh: [/运营者引导，成员共创/],
    en: [/the operator leads,? (?:and )?members co-create/i],
  },
  {
    module: "05-content",
    fact: "workflow: needs analysis, topic meeting, script and visuals, multi-level review",
    zh: [/需求分析/, /选题会/, /脚本与视觉/, /多级审核/],
    en: [/needs analysis/i, /topic meeting/i, /script and visuals/i, /multi-level review/i],
  },
  {
    module: "05-content",
    fact: "multi-platform adaptation",
    zh: [/一稿多用/, /小红书/, /公众号/],
    en: [/One piece, many platforms/i, /Xiaohongshu/, /official account|public account/i],
  },

  // 6 — Events and engagement
  {
    module: "06-events",
    fact: "daily or weekly topics and check-in tasks",
    zh: [near("每日或每周|每日 / 每周", "话题", 12), near("打卡", "任务|挑战", 6)],
    en: [near("daily or weekly|Daily / weekly", "topic", 20), /check-in (?:task|challenge)/i],
  },
  {
    module: "06-events",
    fact: "pin and feature good posts",
    zh: [near("置顶", "加精", 6)],
    en: [near(String.raw`\bpin`, "featur", 30)],
  },
  {
    module: "06-events",
    fact: "replays and notes extend an event's life",
    zh: [near("回放", "笔记", 6), /长期内容|长尾|活得更久|延长/],
    en: [near("replays?", "notes", 12), /lasting content|long tail|long after/i],
  },
  {
    module: "06-events",
    fact: "event formats: topic discussion, online salon, Q&A contest, check-in challenge, resource matching, offline meetup",
    zh: [/主题讨论/, /线上沙龙/, /问答竞赛/, /打卡挑战/, /资源对接/, /线下小聚/],
    en: [
      /topic discussion/i,
      /online salon/i,
      /Q&A contest/i,
      /check-in challenge/i,
      /resource matching/i,
      /offline meetup/i,
    ],
  },
  {
    module: "06-events",
    fact: "offline meetups deepen bonds",
    zh: [near("线下小聚|见过一面|见面", "信任|熟人|加深", 60)],
    en: [near("offline meetup|meeting once", "trust|acquaintances|deepen|strengthen", 80)],
  },
  {
    module: "06-events",
    fact: "feedback channels",
    zh: [/反馈渠道/],
    en: [/feedback channels?/i],
  },
  {
    module: "06-events",
    fact: "running an event and reviewing it afterwards",
    zh: [/### 事前/, /### 事中/, /### 事后/, near("48 小时内", "复盘", 6)],
    en: [/### Before/, /### During/, /### After/, /Review within 48 hours/i],
  },

  // 7 — Segmentation and incentives
  {
    module: "07-segmentation",
    fact: "tiers: core, active, ordinary, dormant",
    zh: [/核心、活跃、普通、沉睡/],
    en: [/core, active, ordinary,? (?:and )?dormant/i],
  },
  {
    module: "07-segmentation",
    fact: "points for check-ins, posts and interactions, redeemable for perks",
    zh: [near("签个?到", "发个?帖", 8), near("发个?帖", "互动", 12), near("攒够|积分", "兑换", 30)],
    en: [/check-ins, posts and interactions/i, near("points", "redeem", 60)],
  },
  {
    module: "07-segmentation",
    fact: "core members can help manage the group",
    zh: [/核心成员可以参与管理/],
    en: [/core members can help run the group/i],
  },
  {
    module: "07-segmentation",
    fact: "Orbit levels: observer, user, fan, ambassador (love × reach = gravity)",
    zh: [
      /Orbit/,
      /\*\*观察者\*\*[\s\S]{0,200}\*\*用户\*\*[\s\S]{0,200}\*\*粉丝\*\*[\s\S]{0,200}\*\*大使\*\*/,
      /爱 × 影响力/,
      /引力/,
    ],
    en: [
      /Orbit/,
      /\*\*observers\*\*[\s\S]{0,300}\*\*users\*\*[\s\S]{0,300}\*\*fans\*\*[\s\S]{0,300}\*\*ambassadors\*\*/i,
      /love × reach/i,
      /gravity/i,
    ],
  },
  {
    module: "07-segmentation",
    fact: "ambassador / super-user programmes",
    zh: [/超级用户/, /大使计划/],
    en: [/super users?/i, /ambassador programme/i],
  },
  {
    module: "07-segmentation",
    fact: "waking dormant members",
    zh: [/唤醒沉睡成员/],
    en: [/Waking dormant members/i],
  },

  // 8 — Growth and referral
  {
    module: "08-growth-referral",
    fact: "tiered invites: 3 invites earn a course coupon",
    zh: [near(String.raw`3\s*人`, "课程(?:优惠)?券", 20)],
    en: [near(String.raw`\b3 (?:invites|people)|invite 3`, "course coupon", 40)],
  },
  {
    module: "08-growth-referral",
    fact: "tiered invites: 10 invites earn VIP",
    zh: [near(String.raw`10\s*人`, "VIP", 20)],
    en: [near(String.raw`\b10\b`, "VIP", 40)],
  },
  {
    module: "08-growth-referral",
    fact: 'hooks such as "scan to join for a gift"',
    zh: [/扫码加群领福利/],
    en: [/scan to join for a gift/i],
  },
  {
    module: "08-growth-referral",
    fact: "value exchange is the heart of referral",
    zh: [/价值交换/],
    en: [/exchange of value/i],
  },
  {
    module: "08-growth-referral",
    fact: "mechanics: invite rewards, group buying, assist tasks, posters",
    zh: [/邀请有礼/, /拼团/, /助力/, /海报/],
    en: [/invite rewards/i, /group buying/i, /assist tasks/i, /posters/i],
  },
  {
    module: "08-growth-referral",
    fact: "tiered rewards with anti-cheat; pace and newcomer quality",
    zh: [/防作弊/, /控制节奏/, /新人质量/],
    en: [/anti-cheat/i, /control the pace/i, /newcomer quality/i],
  },
  {
    module: "08-growth-referral",
    fact: "cross-platform funnels and partnerships",
    zh: [/跨平台引流/, /社群合作/],
    en: [/cross-platform funnels?/i, /partnerships?/i],
  },

  // 9 — Monetization
  {
    module: "09-monetization",
    fact: "monetize only on top of delivered value",
    zh: [/先交付价值，再谈收钱/, /建立在已经交付的价值之上/],
    en: [/Deliver value first, then charge/i, /rests on value already delivered/i],
  },
  {
    module: "09-monetization",
    fact: "too much commerce drives members away",
    zh: [near("商业内容一多", "用脚投票|离开", 20)],
    en: [near("pile on the commerce", "vote with their feet|leave", 40)],
  },
  {
    module: "09-monetization",
    fact: "ways to earn: paid knowledge, membership, product sales, advertising, consulting",
    zh: [/知识付费/, /付费会员/, /产品销售/, /广告合作/, /咨询/],
    en: [/paid courses/i, /paid membership/i, /product sales/i, /advertising/i, /consulting/i],
  },
  {
    module: "09-monetization",
    fact: "free vs paid communities (知识星球) and what each demands",
    zh: [/免费社群/, /付费社群（如知识星球）/],
    en: [/free communit/i, /paid community \(e\.g\. Zhishi Xingqiu\)/i],
  },
  {
    module: "09-monetization",
    fact: "reading members' tolerance",
    zh: [/读懂成员的容忍度/],
    en: [/Reading members' tolerance/i],
  },

  // 10 — Risk and crisis
  {
    module: "10-risk-crisis",
    fact: "24-hour opinion monitoring",
    zh: [near(String.raw`24\s*小时`, "舆情监控|监控", 8)],
    en: [near("24[- ]hours?", "monitor", 30)],
  },
  {
    module: "10-risk-crisis",
    fact: "start crisis response within 30 minutes of a negative burst",
    zh: [near(String.raw`30\s*分钟内`, "启动", 10), /危机公关/],
    en: [near("within 30 minutes", "start", 40), /crisis PR/],
  },
  {
    module: "10-risk-crisis",
    fact: "sensitive-word filtering: automated plus human review",
    zh: [/敏感词/, near("机器", "人负责判断|人来判断|人工复核|由人复核", 30)],
    en: [/sensitive-word/i, near("software", "(?:human )?review", 40)],
  },
  {
    module: "10-risk-crisis",
    fact: "copyright: credit and licence every asset, keep a register",
    zh: [/版权台账/, near("来源", "授权", 10)],
    en: [/copyright register/i, near("credited", "licensed", 10)],
  },
  {
    module: "10-risk-crisis",
    fact: "privacy and data security",
    zh: [/个人信息保护法/, /脱敏/],
    en: [/Personal Information Protection Law/, /\bmask/i],
  },
  {
    module: "10-risk-crisis",
    fact: "tiered response; respond fast, be candid, contain damage",
    zh: [/分级响应/, /动作要快/, /坦诚/, /负面影响尽量小/],
    en: [/tiered response/i, /move fast/i, /candidly/i, /damage as small/i],
  },
  {
    module: "10-risk-crisis",
    fact: "safety: verification gates, raids, minors, moderator account security",
    zh: [/入群验证/, /突袭/, /未成年人/, /管理员账号/],
    en: [/verification gates?/i, /\braids?\b/i, /minors/i, /moderator accounts?|admin account/i],
  },

  // 11 — Data and analytics
  {
    module: "11-data-analytics",
    fact: "NPS = % promoters − % detractors",
    zh: [re(`NPS\\s*[=＝]\\s*推荐者占比${MINUS}贬损者占比`)],
    en: [re(`NPS\\s*=\\s*% promoters${MINUS}% detractors`)],
  },
  {
    module: "11-data-analytics",
    fact: "metric definitions: DAU, WAU, MAU, check-ins, messages per day",
    zh: [/日活/, /周活/, /月活/, /打卡/, /每日消息数|每日发言/],
    en: [/DAU/, /WAU/, /MAU/, /check-ins/i, /messages per day/i],
  },
  {
    module: "11-data-analytics",
    fact: "retention, churn and growth rate",
    zh: [/留存/, /流失率/, /增长率/],
    en: [/retention/i, /churn rate/i, /growth rate/i],
  },
  {
    module: "11-data-analytics",
    fact: "funnels, A/B tests, dashboards",
    zh: [/漏斗/, /A\/B\s*测试/, /看板/],
    en: [/funnel/i, /A\/B test/i, /dashboard/i],
  },
  {
    module: "11-data-analytics",
    fact: "compare new vs old members",
    zh: [/新老成员|新老用户/],
    en: [/new and established members|new and long-standing members/i],
  },
  {
    module: "11-data-analytics",
    fact: "use results to change the plan",
    zh: [/数字的用处是改计划/],
    en: [/numbers are there to change the plan/i],
  },
  {
    module: "11-data-analytics",
    fact: "community ROI and attribution",
    zh: [/ROI/, /归因/, /增量/],
    en: [/ROI/, /attribution/i, /increment/i],
  },
  {
    module: "11-data-analytics",
    fact: "content popularity, topic heat, behaviour paths",
    zh: [/内容热度/, /话题热度/, /行为路径/],
    en: [/content popularity/i, /topic heat/i, /behaviour paths/i],
  },

  // 12 — Lifecycle
  {
    module: "12-lifecycle",
    fact: "start: attract and set the tone",
    zh: [near("起步", "吸引目标用户", 20), /定下调子|定调子/],
    en: [near("Start", "attract", 40), /set the tone/i],
  },
  {
    module: "12-lifecycle",
    fact: "growth: scale and stickiness",
    zh: [near("成长", "扩大规模|扩规模", 20), /提高黏性|提黏性/],
    en: [near("growth", "scales? up", 40), /stickiness/i],
  },
  {
    module: "12-lifecycle",
    fact: "maturity: sustainable revenue",
    zh: [near("成熟", "可持续的收入|可持续收入", 20)],
    en: [near("maturity", "sustainabl[ey]", 40)],
  },
  {
    module: "12-lifecycle",
    fact: "decline: diagnose, reform, or merge/close",
    zh: [near("衰退", "诊断", 20), /改革/, near("合并", "关闭|清盘", 6)],
    en: [near("decline", "diagnose", 40), /reform/i, near("merge", "close|wind down", 10)],
  },
  {
    module: "12-lifecycle",
    fact: "transformation: new theme, new model, new crowd, tested small first",
    zh: [/新主题/, /新模式/, /新人群/, /小范围/],
    en: [/new theme/i, /new model/i, /new crowd/i, /tested small|small corner|small test/i],
  },
  {
    module: "12-lifecycle",
    fact: "winding a community down well",
    zh: [/好好告别/, /体面地结束|体面的合并/],
    en: [/A good goodbye/i, /ending well|dignified (?:merger|closure)/i],
  },
  {
    module: "12-lifecycle",
    fact: "signs of decline",
    zh: [/衰退的信号/, /早期信号/],
    en: [/Signs of decline/i, /Early signs/i],
  },

  // 13 — Team and SOP
  {
    module: "13-team-sop",
    fact: "roles: community manager, content editor, data analyst, moderators, member volunteers",
    zh: [/社群经理/, /内容编辑/, /数据分析/, /版主/, /成员志愿者/],
    en: [
      /community manager/i,
      /content editor/i,
      /data analyst/i,
      /moderator/i,
      /member volunteer/i,
    ],
  },
  {
    module: "13-team-sop",
    fact: "SOPs for publishing and crisis handling make operations repeatable",
    zh: [/内容发布 SOP/, /危机处理 SOP/, /可复制/],
    en: [/Publishing SOP/, /Crisis SOP/, /repeat/i],
  },
  {
    module: "13-team-sop",
    fact: "give active members roles",
    zh: [near("活跃成员", "角色|分担|交给", 20)],
    en: [near("active members", "roles?|hand (?:some )?work", 60)],
  },
  {
    module: "13-team-sop",
    fact: "the moderator team: recruiting, training, guidelines, avoiding burnout",
    zh: [/### 招募/, /### 培训/, /### 守则/, /倦怠/],
    en: [/### Recruiting/, /### Training/, /### Guidelines/, /burnout/i],
  },
  {
    module: "13-team-sop",
    fact: "running a creator (达人) community",
    zh: [/达人社群/],
    en: [/creator community/i],
  },
  {
    module: "13-team-sop",
    fact: "continuous learning and iteration",
    zh: [/持续学习与迭代/],
    en: [/Continuous learning and iteration/i],
  },

  // 14 — Capstone
  {
    module: "14-capstone",
    fact: "plan in the planner, check against the rubric, run under an assigned seed, review",
    zh: [/策略规划器/, /评分标准/, /指定种子/, /复盘/],
    en: [/strategy planner/i, /rubric/i, /assigned seed/i, /review/i],
  },
  {
    module: "14-capstone",
    fact: "the capstone rubric covers every module",
    zh: [/标准覆盖前面每个模块/],
    en: [/rubric covers every earlier module/i],
  },
];

const modules = readModules();
/** A module's body as the page shows it: cited platform rules read as their values. */
const body = (lang: string, id: string): string | undefined => {
  const text = modules.find((m) => m.lang === lang && m.id === id)?.body;
  return text === undefined ? undefined : expandRules(text, lang);
};

describe("every module listed in CURRICULUM.md has coverage rows", () => {
  const covered = new Set(FACTS.map((f) => f.module));
  it.each(Array.from({ length: 15 }, (_, n) => String(n).padStart(2, "0")))("module %s", (nn) => {
    expect([...covered].some((id) => id.startsWith(`${nn}-`))).toBe(true);
  });
});

describe("CURRICULUM.md facts appear in both languages", () => {
  it.each(FACTS.map((f) => [f.module, f.fact, f] as const))("%s: %s", (_module, _fact, f) => {
    for (const [lang, patterns] of [
      ["zh-cn", f.zh],
      ["en", f.en],
    ] as const) {
      const text = body(lang, f.module);
      expect(text, `content/modules/${lang}/${f.module}.mdx exists`).toBeDefined();
      const missing = patterns.filter((p) => !p.test(text ?? "")).map(String);
      expect(missing, `content/modules/${lang}/${f.module}.mdx is missing`).toEqual([]);
    }
  });
});

describe("the coverage patterns are real", () => {
  // A pattern that matches an empty body would let its row pass whatever the module says.
  it.each(FACTS.map((f) => [f.module, f.fact, f] as const))(
    "%s: %s needs real text",
    (_m, _f, f) => {
      expect(f.zh.filter((p) => p.test("")).map(String)).toEqual([]);
      expect(f.en.filter((p) => p.test("")).map(String)).toEqual([]);
    },
  );
});
