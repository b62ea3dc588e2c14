// Finding a diagnostic's span inside a Word paragraph. Word has no range-by-offset API,
// so a span [start, end) of the paragraph's text is found by searching its text with
// `paragraph.search(text, {matchCase: true})` and taking the k-th hit, k being the number
// of (non-overlapping) occurrences before `start` in the text the validator saw. The
// result is trusted only when Word finds exactly as many hits as the text has and the
// chosen hit's text is the span's: otherwise the span is reported as not locatable, and
// callers select the paragraph (navigation) or refuse (fixes). Nothing is guessed.
// An insertion point is located at the paragraph's start or end, or just after (or
// before) a short neighbouring piece of text found the same way.

import { occurrenceOf } from '../core/edits.js';

/** Word's search takes at most 255 characters. */
const MAX_SEARCH = 255;

/**
 * The search string Word needs for literal `text` ("^" is Word's escape character; a
 * tab and a no-break space have codes), or null when Word cannot search for it
 * (empty, too long, or holding other control characters such as line breaks).
 */
export function searchPattern(text) {
  if (text.length === 0 || text.length > MAX_SEARCH) return null;
  if (/[\u0000-\u0008\u000a-\u001f]/.test(text)) return null;
  return text.replace(/\^/g, '^^').replace(/\t/g, '^t').replace(/\u00a0/g, '^s');
}

/**
 * Queues the search for [start, end) of `text` (the paragraph's text as the validator
 * saw it) in Word paragraph `paragraph`. Returns a function to call after
 * `context.sync()`, giving `{ range }` or `{ error }`.
 */
export function queueSpan(paragraph, text, start, end) {
  const flagged = text.slice(start, end);
  const pattern = searchPattern(flagged);
  if (pattern === null) return () => ({ error: `“${preview(flagged)}” cannot be searched for in Word.` });
  const { index, total } = occurrenceOf(text, flagged, start);
  if (index < 0) return () => ({ error: `“${preview(flagged)}” overlaps another occurrence of itself.` });
  const hits = paragraph.search(pattern, { matchCase: true });
  hits.load('text');
  return () => {
    const items = hits.items;
    if (items.length !== total || items[index].text !== flagged) {
      return { error: `Word finds ${items.length} occurrence(s) of “${preview(flagged)}” in the paragraph where the checked text has ${total}.` };
    }
    return { range: items[index] };
  };
}

/**
 * Queues locating the insertion point `at` of `text`: returns a function giving
 * `{ range, location }` (insert with `range.insertText(s, location)`) or `{ error }`.
 */
export function queuePoint(paragraph, text, at) {
  if (at === 0) return () => ({ range: paragraph, location: 'Start' });
  if (at === text.length) return () => ({ range: paragraph, location: 'End' });
  // The word (up to 20 characters) before the point, else the one after it.
  const from = Math.max(0, at - 20, text.lastIndexOf(' ', at - 2) + 1);
  const to = Math.min(text.length, at + 20, indexOrEnd(text, ' ', at + 1));
  const before = queueSpan(paragraph, text, from, at);
  const after = queueSpan(paragraph, text, at, to);
  return () => {
    const b = before();
    if (b.range) return { range: b.range, location: 'After' };
    const a = after();
    if (a.range) return { range: a.range, location: 'Before' };
    return { error: b.error };
  };
}

function indexOrEnd(text, needle, from) {
  const i = text.indexOf(needle, from);
  return i === -1 ? text.length : i;
}

function preview(s) {
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
}
