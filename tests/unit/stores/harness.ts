/**
 * The stores' test harness: a localStorage stand-in, and loading a store module afresh over it as
 * a page load would.
 */
import { setPersistentEngine } from "@nanostores/persistent";
import { vi } from "vitest";

/**
 * A localStorage stand-in for Node that behaves like the browser's: property and method access,
 * and a QuotaExceededError when a write would go past `quota` characters.
 */
export function memoryStorage(initial: Record<string, string> = {}, quota = Infinity): Storage {
  const data = new Map(Object.entries(initial));
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const api = {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      const size = used() - (data.get(key)?.length ?? -key.length) + String(value).length;
      if (size > quota)
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      data.set(key, String(value));
    },
    removeItem: (key: string) => void data.delete(key),
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  return new Proxy(api, {
    get: (target, prop) =>
      typeof prop === "string" && !(prop in target) ? data.get(prop) : Reflect.get(target, prop),
    set: (_target, prop, value) => {
      api.setItem(String(prop), String(value));
      return true;
    },
    has: (_target, prop) => data.has(String(prop)),
    deleteProperty: (_target, prop) => data.delete(String(prop)),
  }) as unknown as Storage;
}

/**
 * Imports a store module afresh with both localStorage and the persistent stores' engine on
 * `storage`, as a page load would (call vi.unstubAllGlobals() after each test).
 * @nanostores/persistent is loaded once per worker (node_modules are not reset), hence the engine.
 */
export async function loadOver<M>(storage: Storage, load: () => Promise<M>): Promise<M> {
  vi.resetModules();
  vi.stubGlobal("localStorage", storage);
  setPersistentEngine(storage as unknown as Record<string, string>, {
    addEventListener() {},
    removeEventListener() {},
  });
  return load();
}
