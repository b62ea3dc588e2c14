// The validator as the add-in uses it: one `Validator` built from the user's
// preferences (language, rules switched off) and the document's ignore list, rebuilt
// only when those change, and a `run(snapshot)` that validates text or paragraphs and
// returns the UI's check model. It knows nothing about hosts or the DOM; the package
// module (browser or Node build) is passed in, so tests drive the real WebAssembly.

import { buildCheck } from './check.js';
import { hashStrings } from './hash.js';

export function createChecker(resolint) {
  const { Validator } = resolint;
  let validator = null;
  let optionsKey = '';

  return {
    /** Metadata of every rule (for the settings screen). */
    rules: () => Validator.rules(),
    fingerprint: (text) => Validator.fingerprint(text),

    /**
     * Sets the options; returns true when they differ from the current ones (the
     * caller then re-checks even an unchanged document). Throws the core's error for
     * an unknown rule or language, naming it.
     */
    configure({ lang = 'auto', off = [], ignore = [] }) {
      const rules = {};
      for (const name of off) rules[name] = 'off';
      const options = { lang, rules, ignore };
      const key = JSON.stringify(options);
      if (key === optionsKey && validator) return false;
      validator = new Validator(options);
      optionsKey = key;
      return true;
    },

    /** A key that changes when the options change (part of the "unchanged?" test). */
    get optionsKey() {
      return hashStrings(optionsKey);
    },

    /** Validates a snapshot (`{mode:'text', text}` or `{mode:'paragraphs', paragraphs, origins}`). */
    run(snapshot) {
      if (!validator) this.configure({});
      const report = snapshot.mode === 'text' ? validator.validate(snapshot.text) : validator.validateParagraphs(snapshot.paragraphs);
      return buildCheck(report, snapshot);
    },
  };
}
