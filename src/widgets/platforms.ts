/**
 * The carriers module 1 compares (seed 004), with personal WeChat groups and WeCom (企业微信)
 * apart because they answer different needs, and QQ groups for members who already live there.
 */
export const PLATFORMS = ["wechat", "wecom", "qq", "discord", "zsxq", "xhs"] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface Answer {
  id: string;
  /** Points each platform gains (or loses) when the learner picks this answer. */
  points: Partial<Record<Platform, number>>;
}

export interface Question {
  id: string;
  answers: Answer[];
}

/**
 * Each weight encodes one trade-off from seed 004 and module 1: WeChat is where Chinese members
 * already are, but folded groups are opened less and chat history is hard to search; a personal
 * account ties the relationship to one person, while WeCom keeps it with the company, passes it on
 * when staff leave and adds customer tags, bulk messages and per-group statistics at the price of
 * feeling official; QQ groups suit students and gamers who already use them and have more admin
 * tools (muting, files); Discord has channels, role gating and bots and suits international and
 * gaming groups (it is not reachable from mainland China); 知识星球 is built for paid communities
 * and a searchable archive but brings no traffic of its own; 小红书's algorithm shows visual posts
 * to strangers, which suits an interest community's cold start.
 */
export const QUESTIONS: readonly Question[] = [
  {
    id: "where",
    answers: [
      { id: "wechat", points: { wechat: 3, wecom: 3 } },
      { id: "qq", points: { qq: 3 } },
      { id: "overseas", points: { discord: 3 } },
      { id: "feeds", points: { xhs: 3, wechat: 1, wecom: 1 } },
      { id: "none", points: { xhs: 2, zsxq: -1 } },
    ],
  },
  {
    id: "paid",
    answers: [
      { id: "free", points: { wechat: 1, wecom: 1, qq: 1, discord: 1, xhs: 1 } },
      { id: "paid", points: { zsxq: 3, xhs: -1 } },
    ],
  },
  {
    id: "international",
    answers: [
      { id: "yes", points: { discord: 3, wechat: -2, wecom: -2, qq: -2, zsxq: -2, xhs: -1 } },
      { id: "no", points: { wechat: 1, wecom: 1, qq: 1, zsxq: 1, xhs: 1, discord: -2 } },
    ],
  },
  {
    id: "visual",
    answers: [
      { id: "yes", points: { xhs: 2 } },
      { id: "no", points: {} },
    ],
  },
  {
    id: "roles",
    answers: [
      { id: "yes", points: { discord: 3, qq: 1, wecom: 1 } },
      { id: "no", points: {} },
    ],
  },
  {
    id: "archive",
    answers: [
      { id: "yes", points: { zsxq: 2, discord: 1, qq: 1, wechat: -1, wecom: -1 } },
      { id: "no", points: {} },
    ],
  },
  {
    id: "team",
    answers: [
      { id: "solo", points: { wechat: 1, zsxq: 1, xhs: 1 } },
      { id: "team", points: { wecom: 3, discord: 1, wechat: -1 } },
    ],
  },
  {
    id: "turnover",
    answers: [
      { id: "yes", points: { wecom: 3, wechat: -2 } },
      { id: "no", points: {} },
    ],
  },
  {
    id: "owner",
    answers: [
      { id: "company", points: { wecom: 3, wechat: -2 } },
      { id: "person", points: { wechat: 2, wecom: -1, xhs: 1, zsxq: 1 } },
    ],
  },
  {
    id: "tags",
    answers: [
      { id: "yes", points: { wecom: 3, discord: 1 } },
      { id: "no", points: { wechat: 1 } },
    ],
  },
];

/** One answer's effect on a platform, for the "why" list. */
export interface Because {
  question: string;
  answer: string;
  points: number;
}

export interface Ranked {
  platform: Platform;
  score: number;
  because: Because[];
}

/** Ranks the platforms for the answers given (question id → answer id); ties keep PLATFORMS order. */
export function rank(answers: Partial<Record<string, string>>): Ranked[] {
  const ranked = PLATFORMS.map((platform) => {
    const because: Because[] = [];
    for (const q of QUESTIONS) {
      const answer = q.answers.find((a) => a.id === answers[q.id]);
      const points = answer?.points[platform];
      if (answer && points) because.push({ question: q.id, answer: answer.id, points });
    }
    return { platform, score: because.reduce((s, b) => s + b.points, 0), because };
  });
  return ranked.sort(
    (a, b) => b.score - a.score || PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform),
  );
}

/** How many questions have a valid answer. */
export function answeredCount(answers: Partial<Record<string, string>>): number {
  return QUESTIONS.filter((q) => q.answers.some((a) => a.id === answers[q.id])).length;
}
