// Offsets, lines and columns in UTF-16 code units on text full of curly quotes, accents,
// emoji (surrogate pairs, flags, ZWJ sequences) and combining marks; applyFixes
// converting them back to bytes safely.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Validator } from 'resolint';
import { applyEditsInJs, lineOf, lineStart } from './helpers.mjs';

const DRAFT = [
  '“DRAFT” RESOLUTION ON 👩‍👩‍👧 FAMILIES AND 🇺🇾 🇧🇷',
  '',
  'THE GENERAL ASSEMBLY,',
  '',
  'RECALLING resolution AG/RES. 2958 (L-O/20) and the “Cafe\u0301 𝒜ccord” of 2021;',
  '',
  'NOTING with concern the the “naïve” 😀 estimates of the Comité (AG/doc.xxxx/21);  ',
  '',
  'RESOLVES:',
  '',
  '1.\tTo request “😀😀” the Secretariat to report on the “𝒜” programme.',
  '',
  '1.\tTo urge Member States  to cooperate with the Organización. ',
  '',
  '3.\tTo remain seized of the matter.',
  '',
].join('\r\n');

function isHighSurrogate(text, i) {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}

/** An offset is usable when it is in range and does not split a surrogate pair. */
function assertBoundary(text, at, what) {
  assert.ok(Number.isInteger(at) && at >= 0 && at <= text.length, `${what} ${at} in range`);
  assert.ok(at === 0 || !isHighSurrogate(text, at - 1), `${what} ${at} splits a surrogate pair`);
}

describe('UTF-16 positions', () => {
  const validator = new Validator();
  const report = validator.validate(DRAFT);

  test('the draft raises the diagnostics this test relies on', () => {
    const rules = new Set(report.diagnostics.map((d) => d.rule));
    for (const rule of ['operative-numbering', 'doubled-word', 'placeholder', 'whitespace']) {
      assert.ok(rules.has(rule), `${rule} in ${[...rules]}`);
    }
  });

  test('offsets are in range, on code-point boundaries, and lines/columns match them', () => {
    for (const d of report.diagnostics) {
      assertBoundary(DRAFT, d.start, `${d.rule} start`);
      assertBoundary(DRAFT, d.end, `${d.rule} end`);
      assert.ok(d.start <= d.end);
      assert.equal(d.line, lineOf(DRAFT, d.start), `${d.rule} line`);
      assert.equal(d.column, d.start - lineStart(DRAFT, d.start) + 1, `${d.rule} column`);
      assert.equal(d.endLine, lineOf(DRAFT, d.end), `${d.rule} endLine`);
      assert.equal(d.endColumn, d.end - lineStart(DRAFT, d.end) + 1, `${d.rule} endColumn`);
      for (const e of d.fix?.edits ?? []) {
        assertBoundary(DRAFT, e.start, `${d.rule} edit start`);
        assertBoundary(DRAFT, e.end, `${d.rule} edit end`);
      }
    }
  });

  test('ranges point at the right text after emoji and combining marks', () => {
    const placeholder = report.diagnostics.find((d) => d.rule === 'placeholder');
    assert.equal(DRAFT.slice(placeholder.start, placeholder.end), 'xxxx');
    const doubled = report.diagnostics.find((d) => d.rule === 'doubled-word');
    assert.match(DRAFT.slice(doubled.start, doubled.end), /the/);
    assert.equal(doubled.line, 7);
    const numbering = report.diagnostics.find((d) => d.rule === 'operative-numbering');
    assert.equal(numbering.line, 13);
    assert.equal(DRAFT.slice(numbering.start, numbering.start + 1), '1');
    // The doubled space on line 13 sits after “Member States”.
    const spaces = report.diagnostics.filter((d) => d.rule === 'whitespace' && d.line === 13);
    assert.ok(spaces.length > 0);
    for (const d of spaces) assert.match(DRAFT.slice(d.start, d.end), /^\s+$/u);
  });

  test('applyFixes gives what applying the same edits to the JavaScript string gives', () => {
    const safe = report.diagnostics.filter((d) => d.fix?.applicability === 'safe');
    assert.ok(safe.length > 0);
    const fixed = validator.applyFixes(DRAFT, safe);
    assert.equal(fixed, applyEditsInJs(DRAFT, safe.flatMap((d) => d.fix.edits)));
    assert.notEqual(fixed, DRAFT);
    // Everything non-ASCII survives.
    for (const piece of ['👩‍👩‍👧', '🇺🇾', 'Cafe\u0301', '𝒜ccord', '“😀😀”', 'Organización']) {
      assert.ok(fixed.includes(piece), piece);
    }
    // The fixed draft has none of those fixes left to make, and fixAll agrees.
    const again = validator.validate(fixed);
    assert.ok(!again.diagnostics.some((d) => d.rule === 'whitespace'), 'no whitespace left');
    assert.equal(validator.fixAll(DRAFT), validator.fixAll(fixed));
  });

  test('applyFixes applies one fix at a time, unsafe ones included', () => {
    for (const d of report.diagnostics.filter((x) => x.fix)) {
      assert.equal(validator.applyFixes(DRAFT, [d]), applyEditsInJs(DRAFT, d.fix.edits), d.rule);
    }
  });

  test('applyFixes skips fixes that split a surrogate pair or are out of range, and keeps the others', () => {
    const text = 'a😀b “é”';
    const at = (s, e, t, applicability = 'safe') => ({ fix: { applicability, edits: [{ start: s, end: e, text: t }] } });
    assert.equal(validator.applyFixes(text, [at(2, 3, 'X')]), text, 'inside the pair');
    assert.equal(validator.applyFixes(text, [at(1, 2, 'X')]), text, 'ends inside the pair');
    assert.equal(validator.applyFixes(text, [at(0, 99, 'X')]), text, 'past the end');
    assert.equal(validator.applyFixes(text, [at(-1, 0, 'X')]), text, 'negative');
    assert.equal(validator.applyFixes(text, [at(0.5, 1, 'X')]), text, 'not an integer');
    assert.equal(validator.applyFixes(text, [at(NaN, 1, 'X')]), text, 'NaN');
    assert.equal(validator.applyFixes(text, [at(3, 1, 'X')]), text, 'backwards');
    assert.equal(validator.applyFixes(text, [at(1, 3, '🙂', 'unsafe')]), 'a🙂b “é”', 'a whole pair');
    assert.equal(validator.applyFixes(text, [at(2, 3, 'X'), at(6, 7, 'e'), at(0, 1, 'A')]), 'A😀b “e”', 'good ones kept');
    // Overlapping fixes: the first wins, the other is skipped whole.
    assert.equal(validator.applyFixes(text, [at(0, 3, ''), at(1, 4, 'Z')]), 'b “é”');
    // A fix whose edits are not all usable is skipped whole.
    const mixed = { fix: { applicability: 'safe', edits: [{ start: 0, end: 1, text: 'A' }, { start: 2, end: 2, text: 'X' }] } };
    assert.equal(validator.applyFixes(text, [mixed]), text);
    // Diagnostics without fixes, or malformed ones, are ignored.
    assert.equal(validator.applyFixes(text, [{}, null, { fix: null }, { fix: { edits: 'x' } }, { fix: { edits: [{ start: 0, end: 1 }] } }]), text);
    assert.throws(() => validator.applyFixes(text, 'nope'), TypeError);
    assert.throws(() => validator.applyFixes(42, []), TypeError);
  });

  test('lone surrogates and other odd input never break the module', () => {
    const odd = `THE GENERAL ASSEMBLY,\n\nNOTING \ud800 and \udc00 the the x,\n\nRESOLVES:\n\n1. To ask \ud83d.\n\n1. To urge.\n`;
    const r = validator.validate(odd);
    for (const d of r.diagnostics) {
      assert.ok(d.start >= 0 && d.end <= odd.length && d.start <= d.end, JSON.stringify(d));
    }
    assert.ok(r.diagnostics.some((d) => d.rule === 'operative-numbering'));
    assert.equal(typeof validator.applyFixes(odd, r.diagnostics), 'string');
    for (const text of ['', '\n', '\r\n\r\n', '😀', '\u0301', 'x'.repeat(10_000), '1.'.repeat(5000), '('.repeat(20_000)]) {
      const rr = validator.validate(text);
      assert.equal(typeof rr.language, 'string');
      assert.equal(typeof validator.applyFixes(text, rr.diagnostics), 'string');
    }
  });
});
