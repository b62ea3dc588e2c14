// Entry point of both pages (the Word task pane and the plain-browser editor): starts
// compiling the WebAssembly module at once, decides the host (Word when Office.js is
// loaded and says so, the CodeMirror editor otherwise), loads only that host's code
// (a separate chunk each) and starts the shared UI. Nothing else.

import init, * as resolint from 'resolint';
import { createChecker } from './core/checker.js';
import { jsonStore } from './core/prefs.js';
import { startApp } from './ui/app.js';

/** The module's name in dist/ (content-named by build.mjs, which defines it). */
const WASM_FILE = typeof __RESOLINT_WASM__ === 'string' ? __RESOLINT_WASM__ : 'resolint_wasm_bg.wasm';

/** localStorage, or null where it is disabled (then preferences last for the session). */
function storage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** True inside Word: only taskpane.html loads office.js, and it says which host it is in. */
async function inWord() {
  if (typeof Office === 'undefined') return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Word;
}

async function boot() {
  const wasm = init(new URL(`./${WASM_FILE}`, document.baseURI));
  const word = await inWord();
  await wasm;
  const checker = createChecker(resolint);
  const store = storage();
  let host;
  if (word) {
    const { createWordHost } = await import('./word/host.js');
    host = createWordHost({ Word: globalThis.Word, Office: globalThis.Office });
    document.body.classList.add('in-word');
  } else {
    const { createEditorHost } = await import('./editor/host.js');
    const parent = document.getElementById('editor');
    parent.hidden = false;
    document.body.classList.add('in-browser');
    host = createEditorHost({ parent, draftStore: jsonStore(store, 'resolint.draft'), ignoreStore: jsonStore(store, 'resolint.ignore') });
  }
  const app = await startApp({ doc: document, host, checker, prefsStore: jsonStore(store, 'resolint.prefs'), debounceMs: word ? 400 : 120 });
  // A read-only handle for debugging from the console (and for the browser tests).
  globalThis.resolintAddin = Object.freeze({ app, host, view: host.view ?? null });
  document.body.dataset.ready = 'true';
}

boot().catch((e) => {
  const status = document.getElementById('status');
  status.textContent = `resolint could not start: ${e.message}`;
  status.className = 'status error';
  console.error(e);
});
