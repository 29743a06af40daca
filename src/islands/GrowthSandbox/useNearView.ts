import { useEffect, useState } from "preact/hooks";

/**
 * True once the element has come within `margin` of the viewport, and from then on. What waits
 * for it (the charts and Chart.js) costs the page nothing while a phone shows only the levers.
 */
export function useNearView(ref: { current: Element | null }, margin = "50%"): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    if (typeof IntersectionObserver !== "function") return setNear(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return near;
}
