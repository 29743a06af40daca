/**
 * The site's search settings and query handling for Pagefind.
 *
 * Ranking: weights decide, not how often a long page repeats a word. Pagefind's default ranks by
 * term frequency, so "cold start" found the content module (it says "start" often) above the
 * module titled "Cold start"; with termFrequency 0 the weights the pages carry (a module's title
 * 10, its summary 2, its key terms 5, headings 6, glossary entries 3, reference pages 0.5,
 * random-seed phrases 0.1) rank the page that teaches a term first. Measured with tests/e2e/search-quality.test.ts.
 */
export const RANKING = { termFrequency: 0 } as const;

type Segment = { segment: string; isWordLike?: boolean };

const HAN = /\p{Script=Han}/u;
const isSingleHan = (s: string) => [...s].length === 1 && HAN.test(s);

/**
 * A Chinese query split into words, as Pagefind's index holds them: "社群定位" → "社群 定位".
 * Pagefind splits Chinese text into words when it indexes a page, but takes a query without
 * spaces as one word, so "用户画像" found pages about 用户 (users) and ignored 画像. The browser's
 * word segmenter splits the query; runs of single characters it could not place ("社", "群") are
 * kept together, as the index has them ("社群"), and a single character joins the next word
 * ("冷" + "启动" → "冷启动"). Queries without Chinese are returned as they are.
 */
export function segmentQuery(query: string, segment: (text: string) => Iterable<Segment>): string {
  if (!HAN.test(query)) return query;
  const words: string[] = [];
  let singles = "";
  for (const { segment: s, isWordLike } of segment(query)) {
    if (isWordLike === false) {
      if (singles) words.push(singles);
      singles = "";
    } else if (isSingleHan(s)) singles += s;
    else if (singles.length === 1) {
      words.push(singles + s);
      singles = "";
    } else {
      if (singles) words.push(singles);
      words.push(s);
      singles = "";
    }
  }
  if (singles) words.push(singles);
  return words.join(" ");
}

/** The browser's Chinese word segmenter, where it has one; the query is then left as typed. */
export function browserSegmenter(): ((text: string) => Iterable<Segment>) | null {
  if (typeof Intl === "undefined" || !("Segmenter" in Intl)) return null;
  const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
  return (text) => segmenter.segment(text);
}
