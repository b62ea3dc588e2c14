// The controller shared by both hosts: reads the document through the host interface
// (src/core/host.js), validates it when (and only when) its content or the options
// changed, renders the problems panel, the outline and the settings, and turns clicks
// into host calls (select, fix, ignore, navigate). Checks are debounced and serialised
// so typing is never blocked and two checks never interleave. It owns no document
// access itself and builds no validator options by hand beyond the preferences.

import { addIgnore, ignoreEntry, parseIgnores } from '../core/ignores.js';
import { loadPrefs } from '../core/prefs.js';
import { renderOutline } from './outline.js';
import { countsText, renderProblems } from './panel.js';
import { renderSettings } from './settings.js';

/**
 * Starts the add-in UI in `doc` (the page's document) for `host`.
 * `checker`: src/core/checker.js; `prefsStore`: a jsonStore for the preferences;
 * `debounceMs`: quiet time after an edit before checking.
 * Returns `{ check(): Promise<void>, state }` (used by the tests and for debugging).
 */
export async function startApp({ doc, host, checker, prefsStore, debounceMs = 200 }) {
  const el = (id) => doc.getElementById(id);
  const ruleMeta = checker.rules();
  const ruleNames = ruleMeta.map((r) => r.name);
  const state = { prefs: loadPrefs(prefsStore, ruleNames), ignores: [], check: null, lastKey: null, lastMs: 0, keepMessage: false };

  let running = null;
  let again = false;
  let timer = null;

  function configure() {
    checker.configure({ lang: state.prefs.lang, off: state.prefs.off, ignore: state.ignores });
  }

  function message(text, kind = 'info') {
    const box = el('message');
    box.textContent = text;
    box.className = `message ${kind}`;
    box.hidden = !text;
  }

  /** Checks now unless nothing changed; concurrent calls coalesce into one more run. */
  function check() {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await checkOnce();
        } while (again);
      } catch (e) {
        message(`Could not check the document: ${e.message}`, 'error');
      } finally {
        running = null;
      }
    })();
    return running;
  }

  async function checkOnce() {
    const guess = state.prefs.lang !== 'auto' ? state.prefs.lang : (state.check?.report.language ?? 'en');
    let snapshot = await host.read(guess);
    const key = snapshot.key + '|' + checker.optionsKey;
    if (key === state.lastKey) return; // unchanged document and options: nothing to redo
    const t0 = performance.now();
    let result = checker.run(snapshot);
    // The footnote header the Word host writes is in the draft's language; when the
    // language was detected as another one, read once more with the right header.
    if (snapshot.origins?.some((o) => o.kind === 'header') && result.report.language !== guess) {
      snapshot = await host.read(result.report.language);
      result = checker.run(snapshot);
    }
    state.lastMs = performance.now() - t0;
    // A message (fix applied or refused) stays for the check that follows the fix only.
    if (state.keepMessage) state.keepMessage = false;
    else message('');
    state.check = result;
    state.lastKey = key;
    render();
    await host.mark(result);
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(check, debounceMs);
  }

  /** Forgets the last key so that the next check validates again (options changed). */
  function recheck() {
    state.lastKey = null;
    return check();
  }

  async function applyFixes(items) {
    if (items.length === 0) return;
    try {
      const { applied, refused } = await host.fix(state.check, items);
      state.keepMessage = true;
      if (refused.length) message(`${applied} fix${applied === 1 ? '' : 'es'} applied; not applied: ${refused.join(' ')}`, 'warning');
      else message(`${applied} fix${applied === 1 ? '' : 'es'} applied.`, 'info');
    } catch (e) {
      message(`The fix could not be applied: ${e.message}`, 'error');
    }
    await check();
  }

  const actions = {
    select: (item) => host.reveal(item).catch((e) => message(`Could not select the text: ${e.message}`, 'error')),
    fix: (item) => applyFixes([item]),
    fixAllSafe: () => applyFixes(state.check.items.filter((i) => i.diagnostic.fix?.applicability === 'safe')),
    ignore: async (item) => {
      state.ignores = addIgnore(state.ignores, ignoreEntry(checker, item));
      await saveIgnores();
    },
  };

  async function saveIgnores() {
    try {
      await host.ignores.save(state.ignores);
    } catch (e) {
      message(`The ignore list could not be saved with the document: ${e.message}`, 'warning');
    }
    configure();
    await recheck();
  }

  function savePrefs() {
    prefsStore.save(state.prefs);
    configure();
    return recheck();
  }

  const settingsActions = {
    setLang: (lang) => {
      state.prefs = { ...state.prefs, lang };
      return savePrefs();
    },
    setRule: (name, on) => {
      const off = new Set(state.prefs.off);
      if (on) off.delete(name);
      else off.add(name);
      state.prefs = { ...state.prefs, off: [...off] };
      return savePrefs();
    },
    clearIgnores: () => {
      state.ignores = [];
      return saveIgnores();
    },
  };

  function render() {
    const c = state.check;
    const { errors, warnings, infos } = c.report.summary;
    el('status').textContent = `${countsText({ error: errors, warning: warnings, info: infos })} · checked in ${state.lastMs.toFixed(1)} ms`;
    el('tab-problems').textContent = `Problems (${c.items.length})`;
    renderProblems(el('problems'), c, actions);
    renderOutline(el('outline'), c, { goTo: (line) => host.revealLine(line).catch((e) => message(`Could not move there: ${e.message}`, 'error')) });
    renderSettings(el('settings'), { rules: ruleMeta, prefs: state.prefs, ignoredCount: state.ignores.length, capabilities: host.capabilities }, settingsActions);
  }

  for (const tab of doc.querySelectorAll('[role=tab]')) {
    tab.addEventListener('click', () => {
      for (const t of doc.querySelectorAll('[role=tab]')) {
        const selected = t === tab;
        t.setAttribute('aria-selected', String(selected));
        el(t.getAttribute('aria-controls')).hidden = !selected;
      }
    });
  }

  state.ignores = parseIgnores(await host.ignores.load(), ruleNames);
  configure();
  await check();
  host.watch(schedule);
  return { check, state };
}
