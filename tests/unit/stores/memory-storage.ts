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
