import { useEffect, useState } from "preact/hooks";
import type { ReadableAtom } from "nanostores";

/**
 * The current value of a nanostores atom, re-rendering on change. A few lines instead of
 * @nanostores/preact, whose key-listening the progress islands do not need (module pages count
 * every byte).
 */
export function useAtom<T>(store: ReadableAtom<T>): T {
  const [value, setValue] = useState(store.get());
  useEffect(() => store.subscribe((next) => setValue(() => next)), [store]);
  return value;
}
