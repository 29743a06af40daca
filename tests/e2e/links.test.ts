import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSite, type Site } from "./harness";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

describe("a hostile link never blanks the sandbox", () => {
  it.each([
    // {"v":{"toString":1}}: an object where the link version belongs.
    ["#run=eyJ2Ijp7InRvU3RyaW5nIjoxfX0", "newer version"],
    // {"format":"community-ops-lab/assignment","version":{"toString":1}}
    [
      "#assignment=eyJmb3JtYXQiOiJjb21tdW5pdHktb3BzLWxhYi9hc3NpZ25tZW50IiwidmVyc2lvbiI6eyJ0b1N0cmluZyI6MX19",
      "newer version",
    ],
    // {"v":1,"learner":{"toString":1},"run":{"valueOf":2}}
    [
      "#review=eyJ2IjoxLCJsZWFybmVyIjp7InRvU3RyaW5nIjoxfSwicnVuIjp7InZhbHVlT2YiOjJ9fQ",
      "incomplete or out of range",
    ],
  ])("%s shows the message and a clean sandbox, also after a reload", async (hash, reason) => {
    const { page, consoleErrors } = await site.page(`/en/sandbox/${hash}`);
    await page.locator(".sbx[data-ready]").waitFor();
    await expect(page.locator("[data-notice=link-error]").textContent()).resolves.toContain(reason);
    await page.reload();
    await page.locator(".sbx[data-ready]").waitFor();
    await expect(page.locator(".sbx-scenario select").count()).resolves.toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
