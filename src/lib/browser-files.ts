/** Saving, opening and copying files and text in the browser, for every page that does. */

/** Offers text as a file download. */
export function downloadText(fileName: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy by then; a slow machine still gets ten seconds.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies text; false when the browser refuses (the page then shows the text selected to copy by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Files larger than this are refused before reading: no progress or feedback file comes near it. */
export const MAX_FILE_BYTES = 5_000_000;

/** Reads a chosen file as text; null when it is too large or unreadable. */
export async function readText(file: File): Promise<string | null> {
  if (file.size > MAX_FILE_BYTES) return null;
  try {
    return await file.text();
  } catch {
    return null;
  }
}

/** "2025-03-01" in local time, for file names. */
export function dateStamp(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
