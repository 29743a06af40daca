/**
 * The search dialog, loaded on first use. Pagefind picks the index of the page's language
 * (zh-CN pages search the Chinese index, segmented by Pagefind's extended binary).
 */
import { format } from "../i18n/t";

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    query: string,
    opts?: unknown,
    ms?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
let wired = false;

function loadPagefind(): Promise<Pagefind> {
  const url = "/pagefind/pagefind.js";
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return pagefind;
}

/** Excerpts come from Pagefind as text with <mark> around matches; keep only those tags. */
function safeExcerpt(html: string): string {
  const escaped = html.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return escaped.replace(/&lt;mark&gt;/g, "<mark>").replace(/&lt;\/mark&gt;/g, "</mark>");
}

function wire(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>("#search-input")!;
  const status = dialog.querySelector<HTMLElement>("#search-status")!;
  const list = dialog.querySelector<HTMLUListElement>("#search-results")!;
  const text = (key: string) => dialog.dataset[key] ?? "";
  let selected = -1;

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>("a")];
  const select = (index: number) => {
    const all = links();
    if (all.length === 0) return;
    selected = (index + all.length) % all.length;
    all.forEach((a, i) => a.setAttribute("aria-selected", String(i === selected)));
    all[selected]?.scrollIntoView({ block: "nearest" });
  };

  const run = async () => {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    try {
      const pf = await loadPagefind();
      const search = await pf.debouncedSearch(query, {}, 150);
      if (search === null || input.value.trim() !== query) return;
      const data = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
      selected = -1;
      list.replaceChildren(
        ...data.map((item) => {
          const li = document.createElement("li");
          const a = document.createElement("a");
          a.href = item.url;
          const title = document.createElement("span");
          title.className = "result-title";
          title.textContent = item.meta.title ?? item.url;
          const excerpt = document.createElement("span");
          excerpt.className = "result-excerpt";
          excerpt.innerHTML = safeExcerpt(item.excerpt);
          a.append(title, excerpt);
          li.append(a);
          return li;
        }),
      );
      status.textContent =
        data.length === 0
          ? format(text("empty"), { query })
          : format(text("count"), { count: search.results.length });
    } catch {
      status.textContent = text("error");
    }
  };

  input.addEventListener("input", () => void run());
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      select(selected + 1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      select(selected - 1);
    } else if (event.key === "Enter") {
      const target = links()[selected < 0 ? 0 : selected];
      if (target) {
        event.preventDefault();
        target.click();
      }
    }
  });
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();
  });
}

export function openSearch(opener: HTMLElement): void {
  const dialog = document.querySelector<HTMLDialogElement>("[data-search-dialog]");
  if (!dialog) return;
  if (!wired) {
    wire(dialog);
    dialog.addEventListener("close", () => opener.focus());
    wired = true;
  }
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>("#search-input");
  input?.focus();
  input?.select();
  const status = dialog.querySelector<HTMLElement>("#search-status");
  if (status && !pagefind) status.textContent = dialog.dataset.loading ?? "";
  loadPagefind().then(
    () => {
      if (status && status.textContent === dialog.dataset.loading) status.textContent = "";
    },
    () => {
      if (status) status.textContent = dialog.dataset.error ?? "";
    },
  );
}
