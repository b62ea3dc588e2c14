// Turns a validator report into what the UI shows and the hosts act on: one item per
// diagnostic with the exact text it flags and the paragraph it belongs to, grouped by
// section using the report's outline (`sections[].line` is a 1-based line in text mode
// and a 1-based paragraph in paragraph mode), with per-section error counts.
// It does not call the validator, touch the DOM or know about Word or CodeMirror.

import { lineBounds } from './edits.js';

/** Footnote-block headers of the four languages (as the core's lexicons spell them). */
const FOOTNOTE_HEADER = /^\s*(FOOTNOTES?|NOTES|NOTAS|NOTAS AL PIE|NOTAS DE PIE DE P[AÁ]GINA|NOTES DE BAS DE PAGE|NOTAS DE RODAP[EÉ])\s*$/u;

/** The header the Word host writes before footnote texts, in the draft's language. */
export const FOOTNOTE_HEADERS = { en: 'FOOTNOTES', es: 'NOTAS', fr: 'NOTES', pt: 'NOTAS' };

const RANK = { error: 0, warning: 1, info: 2 };

const DOCS = 'https://github.com/resolint/resolint/blob/main/docs/rules/';

/** The documentation page of a rule (the only outside address the page shows). */
export function ruleDocsUrl(rule) {
  return DOCS + encodeURIComponent(rule) + '.md';
}

/** 1-based line (text mode) of the trailing footnote header, or Infinity when none. */
function footnoteLineOfText(text) {
  let line = 1;
  let found = Infinity;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      if (FOOTNOTE_HEADER.test(text.slice(start, i))) found = line;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      line++;
    }
  }
  return found;
}

/**
 * Builds the check the UI renders.
 * - `snapshot`: `{ mode: 'text', text }` or `{ mode: 'paragraphs', paragraphs, origins }`
 *   where `origins[i].kind` is `'body'`, `'header'` or `'footnote'`.
 * - Returns `{ report, snapshot, items, groups }`; `groups` are in document order:
 *   the part before the first section ("front"), each section, then footnotes.
 */
export function buildCheck(report, snapshot) {
  const sections = report.outline.sections;
  const groups = [
    { key: 'front', heading: null, line: 1, items: [], counts: zero(), front: true },
    ...sections.map((s, i) => ({ key: `s${i}`, heading: s.heading, line: s.line, preambular: s.preambular, operative: s.operative, index: i, items: [], counts: zero() })),
  ];
  const notes = { key: 'footnotes', heading: null, line: Infinity, items: [], counts: zero(), footnotes: true };
  const textMode = snapshot.mode === 'text';
  const footnoteLine = textMode ? footnoteLineOfText(snapshot.text) : footnoteLineOfParagraphs(snapshot.origins);
  notes.line = footnoteLine;

  const items = report.diagnostics.map((d, id) => {
    let paragraphText;
    let start;
    let end;
    if (textMode) {
      const bounds = lineBounds(snapshot.text, d.start);
      paragraphText = snapshot.text.slice(bounds.start, bounds.end);
      start = d.start;
      end = d.end;
    } else {
      paragraphText = snapshot.paragraphs[d.paragraph]?.text ?? '';
      start = d.start;
      // A range running into later paragraphs is shown (and located) within its first one.
      end = Math.min(d.end, paragraphText.length);
    }
    const flagged = textMode ? snapshot.text.slice(start, end) : paragraphText.slice(start, end);
    const item = { id, diagnostic: d, paragraph: textMode ? -1 : d.paragraph, start, end, flagged, paragraphText };
    const group = d.line >= footnoteLine ? notes : sectionOf(groups, d.line);
    group.items.push(item);
    group.counts[d.severity]++;
    item.group = group.key;
    return item;
  });
  if (notes.items.length > 0 || footnoteLine !== Infinity) groups.push(notes);
  // Within a group, errors first, then warnings, then notes, each in document order.
  for (const g of groups) g.items.sort((a, b) => RANK[a.diagnostic.severity] - RANK[b.diagnostic.severity] || a.id - b.id);
  return { report, snapshot, items, groups };
}

/** 1-based paragraph of the footnote header the Word host added, or Infinity when none. */
function footnoteLineOfParagraphs(origins) {
  const at = origins.findIndex((o) => o.kind === 'header');
  return at === -1 ? Infinity : at + 1;
}

function zero() {
  return { error: 0, warning: 0, info: 0 };
}

/** The last section starting at or before `line`, else the front matter (groups[0]). */
function sectionOf(groups, line) {
  let found = groups[0];
  for (let i = 1; i < groups.length; i++) if (groups[i].line <= line) found = groups[i];
  return found;
}
