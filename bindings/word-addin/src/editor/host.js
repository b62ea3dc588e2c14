// The plain-browser host: a CodeMirror 6 editor where a draft is pasted or typed, which
// implements the host interface (src/core/host.js) for the shared UI. Diagnostics become
// CodeMirror lint diagnostics (the validator's UTF-16 offsets are CodeMirror positions,
// as CodeMirror counts UTF-16 units and normalises line breaks to "\n"); fixes are one
// transaction whose changes are exactly the edit ranges (undoable with Ctrl+Z); the
// draft, the ignore list and the preferences stay in localStorage. No Office.js here.

import { history, historyKeymap, defaultKeymap } from '@codemirror/commands';
import { lintKeymap, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, drawSelection, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { nonOverlapping } from '../core/edits.js';
import { hashStrings } from '../core/hash.js';

const SEVERITY = { error: 'error', warning: 'warning', info: 'info' };

/**
 * Creates the editor in `parent`. `draftStore` and `ignoreStore` are jsonStores
 * (src/core/prefs.js). Returns the host, plus `view` for the page's debugging hook.
 */
export function createEditorHost({ parent, draftStore, ignoreStore }) {
  const listeners = new Set();
  let current = null;
  let saveTimer = null;
  let host = null;

  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: typeof draftStore.load() === 'string' ? draftStore.load() : '',
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'Draft resolution', spellcheck: 'true' }),
        placeholder('Paste or type a draft resolution here. It is checked as you type; nothing leaves this page.'),
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          for (const f of listeners) f();
          // Keep the draft across reloads (a delegate must never lose text), lazily.
          clearTimeout(saveTimer);
          saveTimer = setTimeout(() => draftStore.save(view.state.doc.toString()), 500);
        }),
      ],
    }),
  });

  /** Whether the editor still holds the text `check` was made from. */
  function sameDoc(check) {
    return check && check.snapshot.doc === view.state.doc;
  }

  function select(from, to) {
    // Centred, so that a section heading or a flagged span is not left at the very edge.
    view.dispatch({ selection: { anchor: from, head: to }, effects: EditorView.scrollIntoView(from, { y: 'center' }) });
    view.focus();
  }

  host = {
    kind: 'browser',
    capabilities: { editor: true, underlines: true },
    view,
    read: async () => {
      const doc = view.state.doc;
      const text = doc.toString();
      return { mode: 'text', key: hashStrings(text), text, doc };
    },
    watch(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    async mark(check) {
      current = check;
      if (!sameDoc(check)) return; // typed since the read: the next check marks
      const diagnostics = check.items.map((item) => ({
        from: item.start,
        to: item.end,
        severity: SEVERITY[item.diagnostic.severity],
        source: item.diagnostic.rule,
        message: item.diagnostic.message,
        actions: item.diagnostic.fix ? [{ name: 'Fix', apply: () => host.fix(check, [item]) }] : [],
      }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    async reveal(item) {
      if (!sameDoc(current)) throw new Error('the draft changed since it was checked; try again in a moment');
      select(item.start, item.end);
    },
    async revealLine(line) {
      const doc = view.state.doc;
      const at = doc.line(Math.min(Math.max(line, 1), doc.lines)).from;
      select(at, at);
    },
    async fix(check, items) {
      const withFix = items.filter((i) => i.diagnostic.fix);
      if (!sameDoc(check)) return { applied: 0, refused: ['the draft changed since it was checked; the fix will be offered again.'] };
      const picked = nonOverlapping(withFix, (e) => [0, e.start, e.end]);
      const changes = picked.flatMap((i) => i.diagnostic.fix.edits.map((e) => ({ from: e.start, to: e.end, insert: e.text })));
      if (changes.length) view.dispatch({ changes, userEvent: 'input.fix' });
      const left = withFix.length - picked.length;
      return { applied: picked.length, refused: left ? [`${left} overlapping fix(es) are left for the next check.`] : [] };
    },
    ignores: {
      load: async () => ignoreStore.load() ?? [],
      save: async (list) => ignoreStore.save(list),
    },
  };
  return host;
}
