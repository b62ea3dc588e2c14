// validateParagraphs: paragraphs as Office.js gives them (text, listString, style);
// Word's list numbers count as typed ones; diagnostics and fix edits carry the paragraph
// index and UTF-16 offsets inside it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Validator } from 'resolint';
import { omnibusSeed } from './helpers.mjs';

const P = (text, listString, style) => ({ text, listString, style });

describe('validateParagraphs', () => {
  const validator = new Validator();

  test('two paragraphs numbered "1." by Word: operative-numbering on the second', () => {
    const report = validator.validateParagraphs([
      P('THE GENERAL ASSEMBLY,'),
      P('RESOLVES:'),
      P('To request “😀” a report.', '1.', 'List Paragraph'),
      P('To urge Member States.', '1.', 'List Paragraph'),
    ]);
    const numbering = report.diagnostics.filter((d) => d.rule === 'operative-numbering');
    assert.equal(numbering.length, 1, JSON.stringify(report.diagnostics));
    const [d] = numbering;
    assert.equal(d.paragraph, 3);
    assert.equal(d.line, 4);
    assert.ok(d.start >= 0 && d.end <= 'To urge Member States.'.length && d.start <= d.end, JSON.stringify(d));
    assert.equal(d.column, d.start + 1);
    assert.equal(report.outline.sections[0].operative, 2);
  });

  test('numbers typed in the text count the same way, with offsets inside the paragraph', () => {
    const texts = ['THE GENERAL ASSEMBLY,', 'RESOLVES:', '1.\tTo ask “é😀”.', '1.\tTo urge “😀”.', '1.\tTo remain seized.'];
    const report = validator.validateParagraphs(texts.map((t) => P(t)));
    const d = report.diagnostics.find((x) => x.rule === 'operative-numbering');
    assert.ok(d, JSON.stringify(report.diagnostics));
    assert.equal(texts[d.paragraph].slice(d.start, d.start + 1), '1');
    for (const e of d.fix?.edits ?? []) {
      assert.equal(e.paragraph, d.paragraph);
      assert.equal(texts[e.paragraph].slice(e.start, e.end), '1');
    }
  });

  test('offsets inside a paragraph count UTF-16 units (emoji before the problem)', () => {
    const texts = [
      'THE GENERAL ASSEMBLY,',
      'NOTING “😀😀” 🇺🇾 e\u0301 the the report of document AG/doc.xxxx/21,',
      'RESOLVES:',
      '1.\tTo ask.',
    ];
    const report = validator.validateParagraphs(texts.map((t) => P(t)));
    const placeholder = report.diagnostics.find((d) => d.rule === 'placeholder');
    assert.ok(placeholder, JSON.stringify(report.diagnostics));
    assert.equal(placeholder.paragraph, 1);
    assert.equal(texts[1].slice(placeholder.start, placeholder.end), 'xxxx');
    assert.equal(placeholder.column, placeholder.start + 1);
    const doubled = report.diagnostics.find((d) => d.rule === 'doubled-word');
    assert.ok(doubled);
    assert.match(texts[1].slice(doubled.start, doubled.end), /the/);
    for (const e of doubled.fix?.edits ?? []) assert.equal(e.paragraph, 1);
  });

  test('line breaks inside a paragraph stay inside it', () => {
    const report = validator.validateParagraphs([
      P('THE GENERAL ASSEMBLY,'),
      P('NOTING the report\nof the the Council,'),
      P('RESOLVES:'),
      P('To ask.', '1.'),
    ]);
    const doubled = report.diagnostics.find((d) => d.rule === 'doubled-word');
    assert.ok(doubled, JSON.stringify(report.diagnostics));
    assert.equal(doubled.paragraph, 1);
    assert.equal(doubled.line, 2);
    assert.match('NOTING the report\nof the the Council,'.slice(doubled.start, doubled.end), /the/);
  });

  test('the seed split into its paragraphs gives the diagnostics of the plain text, paragraph by paragraph', () => {
    const text = readFileSync(omnibusSeed, 'utf8');
    // The paragraphs Word would hold: the non-empty lines, with where each starts in the text.
    const paragraphs = [];
    let at = 0;
    for (const line of text.split('\n')) {
      if (line.trim() !== '') paragraphs.push({ text: line, at });
      at += line.length + 1;
    }
    const plain = validator.validate(text);
    const byParagraph = validator.validateParagraphs(paragraphs.map((p) => P(p.text)));
    const key = (d) => `${d.rule}@${d.start}-${d.end}`;
    const located = new Set(byParagraph.diagnostics.map((d) => key({ ...d, start: paragraphs[d.paragraph].at + d.start, end: paragraphs[d.paragraph].at + d.end })));
    for (const rule of ['whitespace', 'placeholder', 'doubled-word', 'operative-numbering', 'operative-number-format']) {
      const expected = plain.diagnostics.filter((d) => d.rule === rule);
      assert.ok(expected.length > 0 || rule === 'operative-number-format', rule);
      for (const d of expected) assert.ok(located.has(key(d)), `${rule} at ${d.start}-${d.end} (line ${d.line}) in paragraph mode`);
    }
    assert.deepEqual(
      byParagraph.outline.sections.map((s) => [s.heading, s.preambular, s.operative]),
      plain.outline.sections.map((s) => [s.heading, s.preambular, s.operative]),
    );
  });

  test('bad input throws a TypeError naming the paragraph', () => {
    assert.throws(() => validator.validateParagraphs('text'), TypeError);
    assert.throws(() => validator.validateParagraphs([P('a'), null]), /paragraphs\[1\]/);
    assert.throws(() => validator.validateParagraphs([{ text: 5 }]), /paragraphs\[0\]\.text/);
    assert.throws(() => validator.validateParagraphs([{ text: 'a', listString: 1 }]), /paragraphs\[0\]\.listString/);
    assert.throws(() => validator.validateParagraphs([{ text: 'a', style: {} }]), /paragraphs\[0\]\.style/);
    // Extra keys (Office.js objects carry many) are ignored; null list strings are fine.
    const r = validator.validateParagraphs([{ text: 'THE GENERAL ASSEMBLY,', listString: null, style: null, uniqueLocalId: 'x', isListItem: false }]);
    assert.equal(typeof r.summary.errors, 'number');
    assert.deepEqual(validator.validateParagraphs([]).diagnostics.length >= 0, true);
  });

  test('applyFixes refuses paragraph-mode diagnostics (their offsets are per paragraph)', () => {
    const report = validator.validateParagraphs([P('THE GENERAL ASSEMBLY,'), P('RESOLVES:'), P('1.\tTo ask.'), P('1.\tTo urge.')]);
    const withFix = report.diagnostics.filter((d) => d.fix);
    assert.ok(withFix.length > 0);
    assert.throws(() => validator.applyFixes('whatever', withFix), /validateParagraphs/);
  });
});
