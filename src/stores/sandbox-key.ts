/**
 * Where the growth sandbox keeps its state (src/stores/sandbox.ts). Apart from the store so that
 * code which only carries the stored value elsewhere (the progress page's export and import) does
 * not load the sandbox's readers, and with them the engine: the sandbox page's chunks stay as they
 * are.
 */
export const SANDBOX_KEY = "col:v1:sandbox";
