// Reading a Word document (office-addin-mock) into validator paragraphs, and what the
// real resolint package makes of them: list strings, styles, footnotes (WordApi 1.5)
// after a localized header, and the mapping of a footnote diagnostic back to its body.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as resolint from 'resolint';
import { createChecker } from '../../src/core/checker.js';
import { detectCapabilities } from '../../src/word/caps.js';
import { loadStructure, paragraphTarget, readDocument } from '../../src/word/read.js';
import { createWord } from '../support/word-mock.mjs';

const DRAFT = [
  { text: 'THE GENERAL ASSEMBLY,', styleBuiltIn: 'Other', style: 'OAS Organ' },
  { text: 'CONSIDERING that the report is important,1/' },
  { text: 'RESOLVES:' },
  { text: 'To ask the Secretariat to report.', listString: '1.', styleBuiltIn: 'ListParagraph' },
  { text: 'To urge member states to act.', listString: '1.', styleBuiltIn: 'ListParagraph' },
];
const NOTES = [['The United States notes that there is no xxxx right.'], ['Bolivia takes a view.', 'A second paragraph of the note.']];

async function read(word, lang = 'FOOTNOTES') {
  const caps = detectCapabilities(word.Office);
  return { caps, snapshot: await word.Word.run((ctx) => readDocument(ctx, caps, lang)) };
}

describe('reading the document', () => {
  test('paragraph texts, Word list numbers and styles (styleBuiltIn unless "Other")', async () => {
    const { snapshot } = await read(createWord({ paragraphs: DRAFT, footnotes: NOTES, sets: ['1.3'] }));
    assert.equal(snapshot.mode, 'paragraphs');
    assert.deepEqual(snapshot.paragraphs, [
      { text: 'THE GENERAL ASSEMBLY,', listString: null, style: 'OAS Organ' },
      { text: 'CONSIDERING that the report is important,1/', listString: null, style: 'Normal' },
      { text: 'RESOLVES:', listString: null, style: 'Normal' },
      { text: 'To ask the Secretariat to report.', listString: '1.', style: 'ListParagraph' },
      { text: 'To urge member states to act.', listString: '1.', style: 'ListParagraph' },
    ]);
    assert.deepEqual(snapshot.origins.map((o) => o.kind), ['body', 'body', 'body', 'body', 'body']);
  });

  test('without WordApi 1.5 the footnotes are not asked for', async () => {
    const word = createWord({ paragraphs: DRAFT, footnotes: NOTES, sets: ['1.3', '1.4'] });
    const { snapshot } = await read(word);
    assert.equal(snapshot.paragraphs.length, DRAFT.length);
  });

  test('with WordApi 1.5, footnote texts follow a header as "N/ text" and the core parses them as footnotes', async () => {
    const word = createWord({ paragraphs: DRAFT, footnotes: NOTES, sets: ['1.3', '1.4', '1.5'] });
    const { snapshot } = await read(word, 'FOOTNOTES');
    assert.deepEqual(snapshot.paragraphs.slice(DRAFT.length).map((p) => p.text), [
      'FOOTNOTES',
      '1/ The United States notes that there is no xxxx right.',
      '2/ Bolivia takes a view.',
      'A second paragraph of the note.',
    ]);
    assert.deepEqual(snapshot.origins.slice(DRAFT.length), [
      { kind: 'header' },
      { kind: 'footnote', note: 0, paragraph: 0, prefix: 3 },
      { kind: 'footnote', note: 1, paragraph: 0, prefix: 3 },
      { kind: 'footnote', note: 1, paragraph: 1, prefix: 0 },
    ]);

    // The real package: two footnotes, numbering from Word's list strings, and the
    // placeholder in footnote 1 mapped back to that footnote's body paragraph.
    const checker = createChecker(resolint);
    const check = checker.run(snapshot);
    assert.equal(check.report.outline.footnotes, 2);
    const rules = check.report.diagnostics.map((d) => `${d.rule}@${d.paragraph}`);
    assert.ok(rules.includes('operative-numbering@4'), rules.join());
    assert.ok(!rules.some((r) => r.startsWith('footnote-unresolved')), rules.join());
    const placeholder = check.items.find((i) => i.diagnostic.rule === 'placeholder');
    assert.equal(placeholder.flagged, 'xxxx');
    assert.equal(placeholder.group, 'footnotes');
    const target = await word.Word.run(async (ctx) => {
      const s = await loadStructure(ctx, { footnotes: true });
      const t = paragraphTarget(s, snapshot, placeholder.paragraph);
      return { text: t.paragraph.text, prefix: t.prefix, unchanged: t.unchanged };
    });
    assert.deepEqual(target, { text: NOTES[0][0], prefix: 3, unchanged: true });
    assert.equal(NOTES[0][0].slice(placeholder.start - target.prefix, placeholder.end - target.prefix), 'xxxx');
  });

  test('the header follows the language: a Spanish draft gets "NOTAS"', async () => {
    const word = createWord({
      paragraphs: [{ text: 'LA ASAMBLEA GENERAL,' }, { text: 'CONSIDERANDO que el informe es importante,1/' }, { text: 'RESUELVE:' }, { text: 'Solicitar a la Secretaría que informe.', listString: '1.' }],
      footnotes: [['Una nota.']],
      sets: ['1.3', '1.5'],
    });
    const { snapshot } = await read(word, 'NOTAS');
    const check = createChecker(resolint).run(snapshot);
    assert.equal(check.report.language, 'es');
    assert.equal(check.report.outline.footnotes, 1);
    assert.equal(snapshot.paragraphs[4].text, 'NOTAS');
  });

  test('an unchanged document reads to the same key, an edit changes it', async () => {
    const word = createWord({ paragraphs: DRAFT, sets: ['1.3'] });
    const a = (await read(word)).snapshot.key;
    assert.equal((await read(word)).snapshot.key, a);
    word.model.body[1].text += ' ';
    assert.notEqual((await read(word)).snapshot.key, a);
  });
});
