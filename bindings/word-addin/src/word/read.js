// Reading the open Word document into validator paragraphs: each body paragraph's text,
// Word's list number (`listItem.listString`, so auto-numbers count like typed ones) and
// style (`styleBuiltIn`, locale-independent, unless it is "Other"; then the localized
// `style`), then, where WordApi 1.5 gives `body.footnotes`, a localized footnote header
// paragraph and each footnote's text as "N/ text" (the convention of OAS drafts), with
// an origin per paragraph so a diagnostic maps back to the body or footnote paragraph.
// Two round trips (`context.sync`) whatever the document's size. No writing here.

import { hashStrings } from '../core/hash.js';

/**
 * Loads the Word paragraph objects (and their text) of the body and, with `footnotes`,
 * of every footnote; with `details` also styles and list strings. Returns
 * `{ body: Paragraph[], lists: (ListItem|null)[], notes: Paragraph[][] }`.
 */
export async function loadStructure(context, { footnotes = false, details = false } = {}) {
  const body = context.document.body;
  const paragraphs = body.paragraphs;
  paragraphs.load(details ? 'text,style,styleBuiltIn,isListItem' : 'text');
  const noteItems = footnotes ? body.footnotes : null;
  noteItems?.load('type');
  await context.sync();
  const lists = details
    ? paragraphs.items.map((p) => {
        if (!p.isListItem) return null;
        const item = p.listItemOrNullObject;
        item.load('listString');
        return item;
      })
    : [];
  const noteParagraphs = noteItems
    ? noteItems.items
        .filter((n) => n.type !== 'Endnote')
        .map((n) => {
          const ps = n.body.paragraphs;
          ps.load('text');
          return ps;
        })
    : [];
  if (noteParagraphs.length > 0 || lists.some(Boolean)) await context.sync();
  return { body: paragraphs.items, lists, notes: noteParagraphs.map((ps) => ps.items) };
}

/** The Word paragraph behind validator paragraph `index` of `snapshot`, and its offset. */
export function paragraphTarget(structure, snapshot, index) {
  const origin = snapshot.origins[index];
  if (!origin || origin.kind === 'header') return null;
  const paragraph = origin.kind === 'body' ? structure.body[origin.index] : structure.notes[origin.note]?.[origin.paragraph];
  if (!paragraph) return null;
  // The text the validator saw, minus the "N/ " the reader put before a footnote's text.
  const expected = snapshot.paragraphs[index].text.slice(origin.prefix ?? 0);
  return { paragraph, prefix: origin.prefix ?? 0, expected, unchanged: paragraph.text === expected };
}

/** Reads the document into a paragraph-mode snapshot (see src/core/host.js). */
export async function readDocument(context, caps, footnoteHeader) {
  const s = await loadStructure(context, { footnotes: caps.footnotes, details: true });
  const paragraphs = [];
  const origins = [];
  s.body.forEach((p, i) => {
    const list = s.lists[i];
    const builtIn = p.styleBuiltIn;
    paragraphs.push({
      text: p.text,
      listString: list && !list.isNullObject ? list.listString : null,
      style: builtIn && builtIn !== 'Other' ? builtIn : (p.style ?? null),
    });
    origins.push({ kind: 'body', index: i });
  });
  if (s.notes.length > 0) {
    paragraphs.push({ text: footnoteHeader });
    origins.push({ kind: 'header' });
    s.notes.forEach((notePars, n) => {
      notePars.forEach((p, j) => {
        // Word numbers footnotes by position, as body.footnotes lists them.
        const prefix = j === 0 ? `${n + 1}/ ` : '';
        paragraphs.push({ text: prefix + p.text });
        origins.push({ kind: 'footnote', note: n, paragraph: j, prefix: prefix.length });
      });
    });
  }
  const key = hashStrings(...paragraphs.flatMap((p) => [p.text, p.listString, p.style]));
  return { mode: 'paragraphs', key, paragraphs, origins };
}
