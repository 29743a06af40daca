/**
 * What the launch page shows: the course in a frame that fills the window, and above it, only
 * when there is something to say, notices in the learner's language (words from the `lms.*` keys
 * of src/i18n, carried in the package's configuration). The page's title and language follow
 * the page open in the frame.
 */
import type { Lang } from "../schemas/common";
import type { LmsConfig } from "../schemas/lms";

export type NoticeKind = "offline" | "unreadable" | "review" | "storage" | "refused";

export interface LaunchView {
  setLang(lang: Lang): void;
  notice(kind: NoticeKind, detail?: string): void;
  /** The outcome of a save: a refusal shows (once until a save succeeds again). */
  saved(refused: string | null): void;
  open(path: string): HTMLIFrameElement;
  /** Takes the title and language of the page now in the frame. */
  followFrame(): void;
}

const HTML_LANG: Record<Lang, string> = { "zh-cn": "zh-CN", en: "en" };

export function launchView(config: LmsConfig): LaunchView {
  let lang: Lang = config.lang;
  const notices = document.querySelector<HTMLElement>("[data-lms-notices]")!;
  const frame = document.querySelector<HTMLIFrameElement>("[data-lms-frame]")!;
  const loading = document.querySelector<HTMLElement>("[data-lms-loading]");
  const t = (key: string, detail = "") =>
    (config.strings[lang][key] ?? key).replace("{detail}", detail);
  const shown = new Map<NoticeKind, { box: HTMLElement; render: () => void }>();

  function notice(kind: NoticeKind, detail?: string) {
    if (shown.has(kind)) return;
    const box = document.createElement("div");
    box.className = `lms-notice lms-notice-${kind}`;
    box.dataset.notice = kind;
    box.setAttribute("role", kind === "refused" || kind === "unreadable" ? "alert" : "status");
    const text = document.createElement("p");
    const actions = document.createElement("p");
    actions.className = "lms-actions";
    const download = document.createElement("a");
    // The unreadable text is offered as it came; its message does not repeat it.
    const offer = kind === "unreadable" && detail !== undefined;
    if (offer) {
      download.download = "lms-suspend-data.txt";
      download.href = URL.createObjectURL(new Blob([detail], { type: "text/plain" }));
      actions.append(download);
    }
    const dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.addEventListener("click", () => {
      box.remove();
      shown.delete(kind);
    });
    actions.append(dismiss);
    const render = () => {
      text.textContent = t(`lms.notice.${kind}`, offer ? "" : detail);
      download.textContent = t("lms.notice.download");
      dismiss.textContent = t("lms.notice.dismiss");
    };
    render();
    box.append(text, actions);
    notices.append(box);
    shown.set(kind, { box, render });
  }

  return {
    setLang(next) {
      lang = next;
      document.documentElement.lang = HTML_LANG[next];
      frame.title = t("lms.frame");
      if (loading) loading.textContent = t("lms.loading");
      for (const { render } of shown.values()) render();
    },
    notice,
    saved(refused) {
      if (refused) return notice("refused", refused);
      shown.get("refused")?.box.remove();
      shown.delete("refused");
    },
    open(path) {
      frame.src = path;
      frame.hidden = false;
      loading?.remove();
      return frame;
    },
    followFrame() {
      try {
        const doc = frame.contentDocument;
        if (!doc) return;
        if (doc.title) document.title = doc.title;
        const pageLang = doc.documentElement.lang === "en" ? "en" : "zh-cn";
        if (pageLang !== lang) this.setLang(pageLang);
      } catch {
        // Another origin's page in the frame: keep our title.
      }
    },
  };
}
