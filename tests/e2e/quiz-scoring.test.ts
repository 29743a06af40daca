import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSite, type Site } from "./harness";
import { QuizSchema, type QuizItem } from "../../src/schemas/quiz";

const ROOT = join(import.meta.dirname, "../..");
const MODULE = "00-orientation";
const quiz = QuizSchema.parse(
  load(readFileSync(join(ROOT, `content/quizzes/${MODULE}.yaml`), "utf8")),
);
const multiple = quiz.items.find((i) => i.type === "multiple") as Extract<
  QuizItem,
  { type: "multiple" }
>;
const rightCount = multiple.options.filter((o) => o.correct).length;
const wrongCount = multiple.options.length - rightCount;
/** What ticking every box earns: each wrong tick cancels a right one. */
const tickAllScore = Math.max(0, (rightCount - wrongCount) / rightCount);

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

describe.each([
  {
    lang: "zh-cn",
    rule: "每选对一项得一项的分，每选错一项扣掉一项的分，最低 0 分",
    working: `你选对 ${rightCount} 项、选错 ${wrongCount} 项，本题共 ${rightCount} 个正确选项`,
    result: "多选题每选错一项扣掉一项的分",
  },
  {
    lang: "en",
    rule: "each right tick earns one share of the marks, each wrong tick takes one share away, and the lowest score is 0",
    working: `You ticked ${rightCount} right and ${wrongCount} wrong, and ${rightCount} options are right`,
    result: "In multiple choice each wrong tick takes one share away",
  },
])("the multiple-choice rule in $lang", ({ lang, rule, working, result }) => {
  it("is stated under the item at 375 px, and ticking every box shows the working and earns nothing extra", async () => {
    const { page, context, consoleErrors } = await site.page(`/${lang}/modules/orientation/`, {
      width: 375,
      height: 812,
    });
    await page.locator("#quiz").scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => !document.querySelector("astro-island:has(form.quiz)")?.hasAttribute("ssr"),
    );
    const box = page.locator(`[id="quiz-${MODULE}-${multiple.id}"]`);
    await expect(box.locator(".quiz-rule").textContent()).resolves.toContain(rule);
    // The rule is read with the item's choices: the fieldset points at it.
    const describedBy = await box.locator("fieldset").getAttribute("aria-describedby");
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toContain(rule);
    // Nothing of the rule line spills past the 375 px screen.
    const right = await box
      .locator(".quiz-rule")
      .evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(375);

    for (const checkbox of await box.locator("input[type=checkbox]").all()) await checkbox.check();
    for (const item of quiz.items) {
      const scope = page.locator(`[id="quiz-${MODULE}-${item.id}"]`);
      if (item.type === "single") await scope.locator("input[type=radio]").first().check();
      if (item.type === "match") {
        for (const select of await scope.locator("select").all()) {
          await select.selectOption({ index: 1 });
        }
      }
      if (item.type === "numeric") await scope.locator("input[type=text]").fill("1");
    }
    await page.locator("form.quiz button[type=submit]").click();
    await page.locator(".quiz-result").waitFor();

    const shown = (await box.locator(".quiz-working").textContent()) ?? "";
    expect(shown).toContain(working);
    expect(shown).toContain(`(${rightCount} − ${wrongCount}) ÷ ${rightCount}`);
    await expect(box.locator(".quiz-feedback").getAttribute("class")).resolves.toContain(
      tickAllScore === 0 ? "wrong" : "partial",
    );
    await expect(page.locator(".quiz-result").textContent()).resolves.toContain(result);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
