/**
 * Reading learners' text for substance, in Chinese and English. Pure functions, no DOM, no clock.
 *
 * Size is measured in "units": each Chinese character counts 1 and each Latin word (or number)
 * counts 1.5, because an English sentence needs about two-thirds as many words as its Chinese
 * version has characters. So "at least 12 units" asks for about 12 characters or 8 words, and the
 * same threshold is fair to both languages.
 *
 * A placeholder is text that says nothing: "xxx", "待定", "TBD", "N/A", "同上", lorem ipsum, one
 * character repeated, or the field's own label or hint copied back (`echoes`).
 */

/** Chinese characters (CJK unified ideographs and their extensions in the BMP). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;
/** What is stripped to find a text's core: punctuation, symbols, spaces. */
const NOISE = /[\p{P}\p{S}\p{Z}\s]+/gu;

/** NFKC (full-width digits and letters become ASCII), lower case, spaces collapsed. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The text's letters, digits and characters only. */
const coreOf = (text: string) => normalizeText(text).replace(NOISE, "");

/** Size in units: Chinese characters count 1, Latin words and numbers 1.5. */
export function textUnits(text: string): number {
  const normal = normalizeText(text);
  const han = normal.match(HAN)?.length ?? 0;
  const words = normal.replace(HAN, " ").match(LATIN_WORD)?.length ?? 0;
  return han + 1.5 * words;
}

/** Words that are not an answer, as whole tokens (Latin) or whole runs (Chinese). */
const LATIN_PLACEHOLDERS = new Set([
  "tbd",
  "tba",
  "tbc",
  "todo",
  "na",
  "n",
  "a",
  "none",
  "null",
  "nil",
  "nothing",
  "empty",
  "blank",
  "test",
  "testing",
  "placeholder",
  "sample",
  "example",
  "asdf",
  "qwerty",
  "abc",
  "abcd",
  "foo",
  "bar",
  "foobar",
  "ok",
  "yes",
  "no",
  "same",
  "as",
  "above",
  "see",
  "ditto",
  "to",
  "be",
  "decided",
  "confirmed",
  "added",
  "done",
  "later",
  "pending",
  "whatever",
  "idk",
  "dunno",
  "etc",
  "lorem",
  "ipsum",
  "dolor",
  "sit",
  "amet",
  "xx",
  "xxx",
  "xxxx",
]);
/** Longest first, so that "待补充" is removed before "待补". */
const CHINESE_PLACEHOLDERS = [
  "待补充",
  "待完善",
  "待确认",
  "待填写",
  "未填写",
  "不知道",
  "不清楚",
  "见上文",
  "同上",
  "见上",
  "同前",
  "待定",
  "待补",
  "待填",
  "暂无",
  "暂定",
  "未定",
  "未填",
  "没有",
  "测试",
  "占位",
  "示例",
  "例子",
  "随便",
  "哈哈",
  "无",
  "略",
  "空",
  "嗯",
  "啊",
  "好",
  "等",
];

/** A token that carries no answer: a placeholder word, x's, digits only, or one repeated letter. */
function emptyToken(token: string): boolean {
  if (LATIN_PLACEHOLDERS.has(token) || /^x+$/.test(token) || /^([a-z0-9])\1+$/.test(token))
    return true;
  let rest = token;
  for (const word of CHINESE_PLACEHOLDERS) rest = rest.split(word).join("");
  return rest === "";
}

/** The cores of a list of echoes, longest first; worked out once per list (lists are reused). */
const echoCores = new WeakMap<readonly string[], string[]>();
function coresOf(echoes: readonly string[]): string[] {
  let cores = echoCores.get(echoes);
  if (!cores) {
    cores = echoes
      .map((e) => coreOf(e.replace(/\{[^}]*\}/g, "")))
      .filter((e) => e.length >= 2)
      .sort((a, b) => b.length - a.length);
    echoCores.set(echoes, cores);
  }
  return cores;
}

/** The core of a text with its copied labels and hints taken out. */
function withoutEchoes(core: string, echoes: readonly string[]): string {
  let rest = core;
  for (const echo of coresOf(echoes)) if (rest.includes(echo)) rest = rest.split(echo).join("");
  return rest;
}

/**
 * Whether a text says nothing: empty of letters, only placeholder words, lorem ipsum, one short
 * unit repeated ("aaaa", "哈哈哈", "测试测试"), or nothing left once the field's label and hint are
 * taken out. Empty text is not a placeholder (it is missing): check `textUnits` first.
 */
export function isPlaceholder(text: string, echoes: readonly string[] = []): boolean {
  const normal = normalizeText(text);
  if (normal === "") return false;
  if (normal.includes("lorem ipsum")) return true;
  const core = withoutEchoes(coreOf(normal), echoes);
  if (core === "" || /^\d+$/.test(core) || emptyToken(core)) return true;
  if (core.length >= 3 && /^(.{1,4})\1+$/u.test(core)) return true;
  if (core.length >= 4 && new Set(core).size <= 2) return true;
  if (core.length === 1 && /[a-z0-9]/.test(core)) return true;
  // Token by token: every token empty means the whole text is.
  const tokens = normal
    .split(NOISE)
    .filter(Boolean)
    .map((token) => withoutEchoes(token, echoes))
    .filter(Boolean);
  return tokens.every(emptyToken);
}

/** What is wrong with a text as an answer, or null when it has substance. */
export type TextProblem = "missing" | "placeholder" | "copied" | "short";

/** Units of the texts in `list` that `text` contains (case and width aside). */
function unitsContained(text: string, list: readonly string[]): number {
  const normal = normalizeText(text);
  return list.reduce((sum, item) => {
    const piece = normalizeText(item);
    return piece !== "" && normal.includes(piece) ? sum + textUnits(piece) : sum;
  }, 0);
}

/** The sentences of example answers, worked out once per list. */
const exampleSentences = new WeakMap<readonly string[], string[]>();
function sentencesOf(examples: readonly string[]): string[] {
  let sentences = exampleSentences.get(examples);
  if (!sentences) exampleSentences.set(examples, (sentences = examples.flatMap(listItems)));
  return sentences;
}

/**
 * Judges a text: missing (blank), a placeholder, shorter than `min` units once copied labels and
 * hints are left out, mostly `examples` (sentences of a model answer shown beside the field)
 * copied, or fine (null).
 */
export function textProblem(
  text: string | null | undefined,
  min: number,
  echoes: readonly string[] = NONE,
  examples: readonly string[] = NONE,
): TextProblem | null {
  const value = text ?? "";
  // The same text is judged by several checks in a row (a calendar theme by four): remember.
  let memo = judged.get(echoes);
  if (!memo) judged.set(echoes, (memo = new Map()));
  const key = `${min}\u0000${examples === NONE ? "" : examples.length}\u0000${value}`;
  const known = memo.get(key);
  if (known !== undefined && examples === NONE) return known;
  const problem = judge(value, min, echoes, examples);
  if (memo.size > 5000) memo.clear();
  if (examples === NONE) memo.set(key, problem);
  return problem;
}

const NONE: readonly string[] = [];
const judged = new WeakMap<readonly string[], Map<string, TextProblem | null>>();

function judge(
  value: string,
  min: number,
  echoes: readonly string[],
  examples: readonly string[],
): TextProblem | null {
  if (normalizeText(value) === "") return "missing";
  if (isPlaceholder(value, echoes)) return "placeholder";
  const own = textUnits(value) - unitsContained(value, echoes);
  if (own < min) return "short";
  return own - unitsContained(value, sentencesOf(examples)) < min ? "copied" : null;
}

/** Whether any of the patterns occurs in the (normalised) text. */
export function mentions(text: string, patterns: readonly RegExp[]): boolean {
  const normal = normalizeText(text);
  return patterns.some((p) => p.test(normal));
}

/** How many of the named pattern groups occur in the text: "which kinds of thing does it say". */
export function kindsMentioned(
  text: string,
  kinds: Readonly<Record<string, readonly RegExp[]>>,
): string[] {
  return Object.entries(kinds)
    .filter(([, patterns]) => mentions(text, patterns))
    .map(([kind]) => kind);
}

const CN_NUMERAL = "[零〇一二两三四五六七八九十百千万半几]";
/** Units and measure words that make a Chinese numeral a quantity (not "一起", "一下"). */
const CN_UNIT =
  "(岁|元|块|小时|个小时|分钟|周|天|日|月|年|次|线|年级|倍|成|万|千|百|%|人|位|名|家|个|篇|条|场|届|班|孩|口)";

/**
 * A number that pins something down: digits (full-width too), a percentage, a Chinese numeral
 * with a unit (三十岁, 二线城市, 每月五百元, 两个孩子 — but not the article-like 一个/一位), or an
 * English number word (twelve, a dozen, twice, second-tier).
 */
const QUANTITY = [
  /\d/,
  new RegExp(`(?!一[个位名家])${CN_NUMERAL}+(多|余|来)?${CN_UNIT}`, "u"),
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|half|twice|thrice)\b/,
  /\b(first|second|third|fourth|fifth)[- ]tier\b/,
];

/** Whether the text names a quantity (an age, a city tier, money, hours, a count). */
export function hasQuantity(text: string): boolean {
  return mentions(text, QUANTITY);
}

/** Splits a text into the items it lists: lines, sentences, numbered points (1. 2、 ③). */
export function listItems(text: string): string[] {
  return text
    .replace(/[\u2460-\u2473]/g, "\n")
    .split(/\r?\n|(?:^|\s)\d{1,2}[.、)）](?!\d)/)
    .flatMap((line) => normalizeText(line).split(/[。；;！!？?]|(?<=[\p{L})])\.(?:\s|$)/u))
    .map((item) => item.trim())
    .filter((item) => textUnits(item) >= 3);
}
