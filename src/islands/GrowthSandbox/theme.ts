/** The chart colours of the current theme (CSS variables in sandbox.css) and a way to follow theme changes. */
import { useEffect, useState } from "preact/hooks";
import type { SandboxColors } from "../../lib/charts/sandbox";

/** Reads the palette from CSS variables on an element inside the sandbox. */
export function readColors(element: Element): SandboxColors {
  const css = getComputedStyle(element);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    fg: v("--fg"),
    muted: v("--fg-muted"),
    grid: v("--border"),
    series: [1, 2, 3, 4, 5, 6].map((i) => v(`--sbx-c${i}`)),
    fill: [1, 2, 3, 4, 5].map((i) => v(`--sbx-f${i}`)),
    stage: {
      start: v("--sbx-stage-start"),
      growth: v("--sbx-stage-growth"),
      maturity: v("--sbx-stage-maturity"),
      decline: v("--sbx-stage-decline"),
    },
    marker: v("--sbx-marker"),
    band: v("--sbx-band"),
    bandEdge: v("--sbx-band-edge"),
    compare: v("--sbx-compare"),
  };
}

/**
 * A counter that changes whenever the theme does: the header's toggle (`col:theme` on document)
 * or the system preference. Charts re-read their colours when it changes.
 */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    document.addEventListener("col:theme", bump);
    const media = matchMedia("(prefers-color-scheme: dark)");
    media.addEventListener("change", bump);
    return () => {
      document.removeEventListener("col:theme", bump);
      media.removeEventListener("change", bump);
    };
  }, []);
  return version;
}
