/**
 * Registers the service worker that keeps the course on this device (scripts/service-worker.mjs
 * writes it after the build) and, when a newer version has been downloaded, shows the update
 * notice: the new version takes over only when the learner chooses Reload, so no open page
 * changes under them. Service workers keep files, never the learner's data: localStorage is
 * untouched by an update.
 */
export function registerServiceWorker(): void {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  const box = document.querySelector<HTMLElement>("[data-update-notice] > div");
  if (!container || !box) return;
  let accepted = false;
  let waiting: ServiceWorker | null = null;

  const offer = (worker: ServiceWorker | null) => {
    waiting = worker;
    box.hidden = false;
  };
  box.querySelector("[data-update-reload]")?.addEventListener("click", () => {
    accepted = true;
    // Another tab may have let the new version in already: then a reload is all there is to do.
    if (waiting) waiting.postMessage({ type: "SKIP_WAITING" });
    else location.reload();
  });
  box.querySelector("[data-update-later]")?.addEventListener("click", () => {
    box.hidden = true;
  });

  // A page that was already under a service worker gets a new one only when an update was
  // accepted, here (reload now) or in another tab (offer the reload, keep what is on screen).
  const hadController = Boolean(container.controller);
  container.addEventListener("controllerchange", () => {
    if (accepted) location.reload();
    else if (hadController) offer(null);
  });

  const watch = (worker: ServiceWorker | null) =>
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed" && container.controller) offer(worker);
    });
  // After the page has loaded: the first visit's download of the whole course never competes
  // with the page the learner opened.
  addEventListener(
    "load",
    () =>
      container.register("/sw.js").catch(() => {
        // No service worker (a private window, storage turned off): the site works online as before.
      }),
    { once: true },
  );
  void container.ready.then((registration) => {
    if (registration.waiting && container.controller) offer(registration.waiting);
    watch(registration.installing);
    registration.addEventListener("updatefound", () => watch(registration.installing));
  });
}
