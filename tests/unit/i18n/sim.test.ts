import { describe, expect, it } from "vitest";
import { dictionary } from "../../../src/i18n";
import { leverLabel, metricLabel } from "../../../src/i18n/sim";
import { makeT } from "../../../src/i18n/t";

describe.each(["zh-cn", "en"] as const)("the engine's words in %s", (lang) => {
  const t = makeT(dictionary(lang));

  it("name a known lever and metric by their labels", () => {
    expect(leverLabel(t, "postsPerDay")).toBe(dictionary(lang)["sim.lever.postsPerDay.label"]);
    expect(metricLabel(t, "retentionW4")).toBe(dictionary(lang)["sim.metric.retentionW4"]);
  });

  it("name a lever or metric a file made up as the file wrote it", () => {
    expect(leverLabel(t, "postPerDay")).toBe("postPerDay");
    expect(metricLabel(t, "happiness")).toBe("happiness");
  });
});
