import { useStore } from "@nanostores/preact";
import { useEffect, useState } from "preact/hooks";
import { $progress } from "../../stores/progress";

/**
 * The learner's progress, and whether the island has mounted: before that it renders as the page
 * was built (nothing stored yet), so what a learner has done shows only once hydration is over.
 */
export function useProgress() {
  const progress = useStore($progress);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return { progress, mounted };
}
