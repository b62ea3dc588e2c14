// Pure helpers about diagnostics' text spans and fixes, shared by both hosts: which
// occurrence of a string a span is (Word has no range-by-offset API, so spans are found
// by searching their text and taking the k-th hit), which line of a plain-text draft
// holds an offset, and which fixes can be applied together. No host calls here.

/**
 * The 0-based index of the occurrence of `needle` that starts at `at` among the
 * non-overlapping, left-to-right occurrences of `needle` in `haystack` (the way a
 * find-next search walks a paragraph), and how many there are in total; `index` is -1
 * when no occurrence in that walk starts at `at` (for example "aa" at 1 in "aaa").
 */
export function occurrenceOf(haystack, needle, at) {
  let index = -1;
  let total = 0;
  if (needle.length === 0) return { index, total };
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) {
    if (i === at) index = total;
    total++;
  }
  return { index, total };
}

/** The start and end (exclusive, before the line break) of the line holding `offset`. */
export function lineBounds(text, offset) {
  let start = offset;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  let end = offset;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return { start, end };
}

/**
 * Picks fixes that can be applied in one go: each item's `fix.edits` (sorted, as the
 * core gives them) must not overlap or touch the edits already picked, so that offsets
 * computed on the checked text stay meaningful. `key(edit)` gives the edit's
 * [paragraph, start, end] (paragraph 0 in text mode). Later overlapping fixes are left
 * for the re-check that follows, which recomputes them on the new text.
 */
export function nonOverlapping(items, key) {
  const taken = [];
  const picked = [];
  for (const item of items) {
    const spans = item.diagnostic.fix.edits.map(key);
    const clash = spans.some(([p, s, e]) => taken.some(([q, a, b]) => p === q && s <= b && a <= e));
    if (clash) continue;
    taken.push(...spans);
    picked.push(item);
  }
  return picked;
}
