/**
 * Header behaviour on every page: theme toggle, the contents drawer on narrow screens, and the
 * search shortcut. Search code is fetched only when search is first opened.
 */
const THEME_KEY = "col:theme";

function currentTheme(): "light" | "dark" {
  const set = document.documentElement.dataset.theme;
  if (set === "light" || set === "dark") return set;
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function setupTheme(): void {
  const button = document.querySelector<HTMLButtonElement>("[data-theme-toggle]");
  if (!button) return;
  const sync = () => button.setAttribute("aria-pressed", String(currentTheme() === "dark"));
  sync();
  button.addEventListener("click", () => {
    const next = currentTheme() === "dark" ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this page only.
    }
    sync();
    document.dispatchEvent(new CustomEvent("col:theme", { detail: next }));
  });
}

function setupMenu(): void {
  const button = document.querySelector<HTMLButtonElement>("[data-menu-toggle]");
  const sidebar = document.getElementById("sidebar");
  if (!button || !sidebar) return;
  const setOpen = (open: boolean) => {
    button.setAttribute("aria-expanded", String(open));
    sidebar.classList.toggle("open", open);
    if (open) sidebar.querySelector<HTMLElement>("[data-menu-close]")?.focus();
  };
  button.addEventListener("click", () => setOpen(button.getAttribute("aria-expanded") !== "true"));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && sidebar.classList.contains("open")) {
      setOpen(false);
      button.focus();
    }
  });
  sidebar.querySelector("[data-menu-close]")?.addEventListener("click", () => {
    setOpen(false);
    button.focus();
  });
}

/**
 * The language switch keeps the page's query and fragment (a sandbox run, a section): the link is
 * built for the bare page at build time and completed when it is about to be followed.
 */
function setupLangSwitch(): void {
  const link = document.querySelector<HTMLAnchorElement>("[data-lang-switch]");
  if (!link) return;
  const base = link.getAttribute("href") ?? "";
  const sync = () => {
    link.href = base + location.search + location.hash;
  };
  for (const event of ["pointerenter", "focus", "click", "auxclick", "contextmenu"])
    link.addEventListener(event, sync);
}

function setupSearch(): void {
  const opener = document.querySelector<HTMLButtonElement>("[data-search-open]");
  if (!opener) return;
  let loading: Promise<{ openSearch: (opener: HTMLElement) => void }> | undefined;
  const open = () => {
    loading ??= import("./search");
    void loading.then((m) => m.openSearch(opener));
  };
  opener.addEventListener("click", open);
  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest("input, textarea, select, [contenteditable='true']");
    if ((event.key === "k" && (event.ctrlKey || event.metaKey)) || (event.key === "/" && !typing)) {
      event.preventDefault();
      open();
    }
  });
}

export function setupHeader(): void {
  setupTheme();
  setupMenu();
  setupLangSwitch();
  setupSearch();
}
