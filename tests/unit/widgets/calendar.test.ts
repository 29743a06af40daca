import { describe, expect, it } from "vitest";
import {
  checkWeek,
  DEFAULT_PEAKS,
  EXAMPLE,
  perDay,
  validateDraft,
  type Post,
} from "../../../src/widgets/calendar";

const example: Post[] = EXAMPLE.map(([day, slot, theme, format, length], id) => ({
  id,
  day,
  slot,
  theme,
  format,
  length,
}));
const post = (day: number, slot: number, format: Post["format"] = "poll", length = 0): Post => ({
  id: day * 10 + slot,
  day,
  slot,
  theme: "t",
  format,
  length,
});
/** Three polls each weekday, one of them at 12:30: passes every check. */
const good: Post[] = [0, 1, 2, 3, 4].flatMap((d) => [post(d, 0), post(d, 2), post(d, 4)]);
const status = (posts: Post[], peaks = DEFAULT_PEAKS) =>
  Object.fromEntries(checkWeek(posts, peaks).map((c) => [c.id, c.ok]));

describe("the example week", () => {
  it("has too many posts on Monday and too few on Thursday", () => {
    expect(perDay(example).slice(0, 5)).toEqual([6, 4, 3, 2, 4]);
    const cadence = checkWeek(example, DEFAULT_PEAKS).find((c) => c.id === "cadence");
    expect(cadence?.issues).toEqual([
      { day: 0, count: 6 },
      { day: 3, count: 2 },
    ]);
  });

  it("fails two checks and passes two", () => {
    expect(status(example)).toEqual({
      cadence: false,
      longPosts: false,
      videos: true,
      peaks: true,
    });
  });

  it("flags only the 1,650-character post", () => {
    const long = checkWeek(example, DEFAULT_PEAKS).find((c) => c.id === "longPosts");
    expect(long?.issues.map((i) => i.post?.length)).toEqual([1650]);
  });
});

describe("checkWeek", () => {
  it.each([
    [
      "a week that follows every rule",
      good,
      DEFAULT_PEAKS,
      { cadence: true, longPosts: true, videos: true, peaks: true },
    ],
    [
      "six posts on a weekday",
      [...good, post(0, 1), post(0, 3), post(0, 5)],
      DEFAULT_PEAKS,
      { cadence: false, longPosts: true, videos: true, peaks: true },
    ],
    [
      "weekends are not counted",
      [...good, ...[0, 1, 2, 3, 4, 5].map((s) => post(5, s))],
      DEFAULT_PEAKS,
      { cadence: true, longPosts: true, videos: true, peaks: true },
    ],
    [
      "a 799-character post",
      [...good.slice(1), post(0, 0, "post", 799)],
      DEFAULT_PEAKS,
      { cadence: true, longPosts: false, videos: true, peaks: true },
    ],
    [
      "800 and 1200 characters are fine, 299 is a short notice",
      [
        ...good.slice(3),
        post(0, 0, "post", 800),
        post(0, 2, "post", 1200),
        post(0, 4, "post", 299),
      ],
      DEFAULT_PEAKS,
      { cadence: true, longPosts: true, videos: true, peaks: true },
    ],
    [
      "a 3.5-minute video",
      [...good.slice(1), post(0, 0, "video", 3.5)],
      DEFAULT_PEAKS,
      { cadence: true, longPosts: true, videos: false, peaks: true },
    ],
    [
      "a 3-minute video",
      [...good.slice(1), post(0, 0, "video", 3)],
      DEFAULT_PEAKS,
      { cadence: true, longPosts: true, videos: true, peaks: true },
    ],
    [
      "peak hours moved to 21:00 only",
      good,
      [5],
      { cadence: true, longPosts: true, videos: true, peaks: false },
    ],
    [
      "no peak hours chosen",
      good,
      [],
      { cadence: true, longPosts: true, videos: true, peaks: false },
    ],
    [
      "an empty week",
      [],
      DEFAULT_PEAKS,
      { cadence: false, longPosts: true, videos: true, peaks: false },
    ],
  ])("%s", (_name, posts, peaks, expected) => {
    expect(status(posts, peaks)).toEqual(expected);
  });
});

describe("validateDraft", () => {
  it.each([
    [{ day: 0, slot: 0, theme: "Latte art", format: "post", length: "900" }, false, undefined, 900],
    [{ day: 0, slot: 0, theme: " ", format: "post", length: "900" }, true, undefined, 900],
    [{ day: 0, slot: 0, theme: "x", format: "post", length: "" }, false, "empty", undefined],
    [{ day: 0, slot: 0, theme: "x", format: "post", length: "-5" }, false, "min", undefined],
    [{ day: 0, slot: 0, theme: "x", format: "post", length: "900.5" }, false, "integer", undefined],
    [{ day: 0, slot: 0, theme: "x", format: "video", length: "2.5" }, false, undefined, 2.5],
    [{ day: 0, slot: 0, theme: "x", format: "video", length: "abc" }, false, "nan", undefined],
    [{ day: 0, slot: 0, theme: "x", format: "poll", length: "abc" }, false, undefined, 0],
  ] as const)("%j", (draft, themeMissing, lengthError, length) => {
    expect(validateDraft(draft)).toEqual({ themeMissing, lengthError, length });
  });
});
