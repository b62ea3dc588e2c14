// The ignore list: occurrences a person chose to leave unreported, stored as the
// validator's own `Ignore` entries `{rule, paragraph: fingerprint, text}` so they match by
// content and survive edits elsewhere. Parsing is defensive because the list comes from
// a document's settings, which any other tool (or an older add-in) may have written.
// Storage itself is the host's business (document settings in Word, localStorage here).

/** The entry that ignores this item (same paragraph content, same flagged text). */
export function ignoreEntry(checker, item) {
  return { rule: item.diagnostic.rule, paragraph: checker.fingerprint(item.paragraphText), text: item.flagged };
}

/** The list with `entry` added once. */
export function addIgnore(list, entry) {
  const same = (e) => e.rule === entry.rule && e.paragraph === entry.paragraph && e.text === entry.text;
  return list.some(same) ? list : [...list, entry];
}

/**
 * Keeps the well-formed entries of a stored value (an array or its JSON), and only
 * those naming a known rule: the validator rejects unknown rules, and one stale entry
 * must not switch the whole checker off.
 */
export function parseIgnores(value, knownRules) {
  let list = value;
  if (typeof list === 'string') {
    try {
      list = JSON.parse(list);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  const known = new Set(knownRules);
  const out = [];
  for (const e of list) {
    if (e === null || typeof e !== 'object' || typeof e.rule !== 'string' || !known.has(e.rule)) continue;
    const entry = { rule: e.rule };
    if (typeof e.paragraph === 'string') entry.paragraph = e.paragraph;
    if (typeof e.text === 'string') entry.text = e.text;
    out.push(entry);
  }
  return out;
}
