// The add-in's own preferences (language, rules switched off) and, in the plain browser,
// the ignore list and the draft being edited, kept in a `Storage` (localStorage; Word
// add-ins get a partitioned localStorage too, which is the documented place for
// per-user add-in settings). Values are validated on the way in: storage is shared with
// older versions of the page and with anything the user typed in the devtools.

const LANGS = ['auto', 'en', 'es', 'fr', 'pt'];

/** A tiny JSON store over `storage` (or an in-memory one when storage is unavailable). */
export function jsonStore(storage, key) {
  const memory = new Map();
  const backend = storage ?? { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => memory.set(k, v) };
  return {
    load() {
      try {
        const raw = backend.getItem(key);
        return raw === null ? undefined : JSON.parse(raw);
      } catch {
        return undefined; // unreadable or disabled storage: behave as if empty
      }
    },
    save(value) {
      try {
        backend.setItem(key, JSON.stringify(value));
      } catch {
        // Quota or privacy mode: the preference lasts for this session only.
      }
    },
  };
}

/** Preferences `{lang, off: [rule names]}` from a store, cleaned against the known rules. */
export function loadPrefs(store, knownRules) {
  const raw = store.load() ?? {};
  const known = new Set(knownRules);
  return {
    lang: LANGS.includes(raw.lang) ? raw.lang : 'auto',
    off: Array.isArray(raw.off) ? raw.off.filter((r) => known.has(r)) : [],
  };
}

export { LANGS };
