import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");
const css = [
  readFileSync(join(root, "src/styles/global.css"), "utf8"),
  readFileSync(join(root, "src/islands/GrowthSandbox/sandbox.css"), "utf8"),
].join("\n");

type Theme = "light" | "dark";
type Rgba = [number, number, number, number];

/** A colour variable's value in one theme (each is written `var(--light, …) var(--dark, …)`). */
function colour(name: string, theme: Theme): Rgba {
  const decl = new RegExp(
    `${name}:\\s*var\\(--light, ([^)]+\\)?)\\)\\s*var\\(--dark, ([^)]+\\)?)\\)`,
  );
  const match = decl.exec(css);
  if (!match) throw new Error(`${name} is not written for both themes`);
  const text = (theme === "light" ? match[1] : match[2])!.trim();
  const hex = /^#([0-9a-f]{6})$/i.exec(text);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [n >> 16, (n >> 8) & 255, n & 255, 1];
  }
  const rgba = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(text);
  if (!rgba) throw new Error(`${name}: cannot read ${text}`);
  return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), Number(rgba[4])];
}

/** A translucent colour as it shows over an opaque one. */
const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [
  r * a + R * (1 - a),
  g * a + G * (1 - a),
  b * a + B * (1 - a),
  1,
];

const luminance = ([r, g, b]: Rgba) => {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

const contrast = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe.each<Theme>(["light", "dark"])("the Monte Carlo band in the %s theme", (theme) => {
  const card = colour("--bg-raised", theme);
  const edge = colour("--sbx-band-edge", theme);

  it("has edges and hatching that stand out from the chart's background (3:1 at least)", () => {
    expect(contrast(edge, card)).toBeGreaterThanOrEqual(3);
  });

  it.each([1, 2, 3, 4, 5])(
    "stands out on the stacked chart's segment %i too (3:1 at least)",
    (i) => {
      const bar = over(colour(`--sbx-f${i}`, theme), card);
      expect(contrast(edge, bar)).toBeGreaterThanOrEqual(3);
    },
  );
});
