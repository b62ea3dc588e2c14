// Mapping diagnostics to Word ranges and applying fixes (office-addin-mock document,
// diagnostics from the real resolint package): only the edit's range changes, the k-th
// occurrence is the one edited, insertions and deletions work, and an edit that cannot
// be located exactly, or whose paragraph changed, is refused with a reason.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as resolint from 'resolint';
import { createChecker } from '../../src/core/checker.js';
import { createWordHost } from '../../src/word/host.js';
import { searchPattern } from '../../src/word/ranges.js';
import { createWord } from '../support/word-mock.mjs';

const noTimers = { setInterval: () => 0, clearInterval: () => {} };

/** A Word host over a mock document, checked once with the real package. */
async function checked(paragraphs, options = {}) {
  const word = createWord({ paragraphs, ...options });
  const host = createWordHost({ Word: word.Word, Office: word.Office, timers: noTimers });
  const checker = createChecker(resolint);
  const check = checker.run(await host.read('en'));
  await host.mark(check);
  return { word, host, check, texts: () => word.model.body.map((p) => p.text) };
}

const BASE = [
  { text: 'THE GENERAL ASSEMBLY,' },
  { text: 'NOTING the report of the Council and the the study of the the Committee,' },
  { text: 'RESOLVES:' },
  { text: '1.\tTo ask the Secretariat to report on the the matter.' },
  { text: '3.\tTo urge member states to act.' },
];

describe('fixes in Word', () => {
  test('a doubled word: only the second "the" of that occurrence goes, everything else stays', async () => {
    const { host, check, texts, word } = await checked(BASE);
    const before = texts();
    const items = check.items.filter((i) => i.diagnostic.rule === 'doubled-word' && i.paragraph === 1);
    assert.equal(items.length, 2);
    const second = items[1]; // "the the" before "Committee": the 2nd occurrence in the paragraph
    const edit = second.diagnostic.fix.edits[0];
    assert.equal(second.diagnostic.fix.applicability, 'safe');
    const result = await host.fix(check, [second]);
    assert.deepEqual(result, { applied: 1, refused: [] });
    const after = texts();
    const expected = before[1].slice(0, edit.start) + edit.text + before[1].slice(edit.end);
    assert.equal(after[1], expected);
    assert.equal(after[1], 'NOTING the report of the Council and the the study of the Committee,');
    assert.deepEqual(after.filter((_, i) => i !== 1), before.filter((_, i) => i !== 1));
    // Located by searching the flagged text with matchCase and taking the right hit.
    const search = word.log.find((l) => l[0] === 'search' && l[1] === searchPattern(before[1].slice(edit.start, edit.end)));
    assert.deepEqual(search[2], { matchCase: true });
  });

  test('renumbering a typed number replaces just that digit', async () => {
    const { host, check, texts } = await checked(BASE);
    const numbering = check.items.find((i) => i.diagnostic.rule === 'operative-numbering');
    assert.equal(numbering.paragraph, 4);
    const before = texts();
    const result = await host.fix(check, [numbering]);
    assert.equal(result.applied, 1);
    assert.equal(texts()[4], '2.\tTo urge member states to act.');
    assert.deepEqual(texts().slice(0, 4), before.slice(0, 4));
  });

  test('a deletion of a leading tab is searched as ^t; an insertion at the end of a paragraph', async () => {
    const { host, check, texts, word } = await checked([
      { text: 'THE GENERAL ASSEMBLY,' },
      { text: 'RESOLVES:' },
      { text: 'To ask the Secretariat to report.', listString: '1.' },
      { text: '\tTo urge member states to act.', listString: '2.' },
    ]);
    const ws = check.items.find((i) => i.diagnostic.rule === 'whitespace' && i.paragraph === 3);
    assert.ok(ws, check.items.map((i) => i.diagnostic.rule).join());
    assert.deepEqual(await host.fix(check, [ws]), { applied: 1, refused: [] });
    assert.equal(texts()[3], 'To urge member states to act.');
    assert.ok(word.log.some((l) => l[0] === 'search' && l[1] === '^t'));
    assert.ok(word.log.some((l) => l[0] === 'delete' && l[1] === '\t'));
  });

  test('an insertion point is located after the word before it', async () => {
    const { host, texts } = await checked([{ text: 'THE GENERAL ASSEMBLY,' }]);
    // A hand-made insertion in the middle of a paragraph (no current rule inserts there).
    const paragraphs = [{ text: 'THE GENERAL ASSEMBLY,' }];
    const check = {
      snapshot: { mode: 'paragraphs', paragraphs, origins: [{ kind: 'body', index: 0 }] },
      items: [],
    };
    const item = { diagnostic: { rule: 'x', line: 1, fix: { applicability: 'safe', edits: [{ paragraph: 0, start: 11, end: 11, text: ' PERMANENT' }] } } };
    assert.deepEqual(await host.fix(check, [item]), { applied: 1, refused: [] });
    assert.equal(texts()[0], 'THE GENERAL PERMANENT ASSEMBLY,');
  });

  test('refused, visibly, when Word does not find the text as checked', async () => {
    const { host, check, texts } = await checked(BASE, { hideHits: ' the' }); // the edit removes " the"
    const before = texts();
    const item = check.items.find((i) => i.diagnostic.rule === 'doubled-word' && i.paragraph === 3);
    const result = await host.fix(check, [item]);
    assert.equal(result.applied, 0);
    assert.equal(result.refused.length, 1);
    assert.match(result.refused[0], /doubled-word .*Word finds 0 occurrence/);
    assert.deepEqual(texts(), before);
  });

  test('refused when the paragraph changed since the check', async () => {
    const { host, check, texts, word } = await checked(BASE);
    word.model.body[3].text = '1.\tTo ask the Secretariat to report on the the matter soon.';
    const item = check.items.find((i) => i.diagnostic.rule === 'doubled-word' && i.paragraph === 3);
    const result = await host.fix(check, [item]);
    assert.equal(result.applied, 0);
    assert.match(result.refused[0], /changed since it was checked/);
    assert.equal(texts()[3], '1.\tTo ask the Secretariat to report on the the matter soon.');
  });

  test('fix all safe applies every safe fix, each at its own range', async () => {
    const { host, check, texts } = await checked(BASE);
    const safe = check.items.filter((i) => i.diagnostic.fix?.applicability === 'safe');
    const result = await host.fix(check, safe);
    assert.equal(result.applied, safe.length);
    assert.deepEqual(texts(), [
      'THE GENERAL ASSEMBLY,',
      'NOTING the report of the Council and the study of the Committee,',
      'RESOLVES:',
      '1.\tTo ask the Secretariat to report on the matter.',
      '2.\tTo urge member states to act.',
    ]);
  });
});

describe('selecting a diagnostic', () => {
  test('the exact span when it can be located, else the paragraph', async () => {
    const { host, check, word } = await checked(BASE);
    const second = check.items.filter((i) => i.diagnostic.rule === 'doubled-word' && i.paragraph === 1)[1];
    await host.reveal(second);
    assert.deepEqual(word.log.filter((l) => l[0] === 'select').at(-1), ['select', 'the the']);
    // The second "the the" of paragraph 1 was selected: the hit after the first one.
    const hits = word.log.filter((l) => l[0] === 'search' && l[1] === 'the the');
    assert.ok(hits.length >= 1);
    // A span Word cannot search (longer than 255 characters) selects its paragraph.
    const long = 'NOTING ' + 'the report of the Council on the matters before it '.repeat(6) + 'and the the study,';
    const big = await checked([{ text: 'THE GENERAL ASSEMBLY,' }, { text: long }]);
    const item = { ...big.check.items[0], start: 0, end: long.length, paragraph: 1 };
    await big.host.reveal(item);
    assert.deepEqual(big.word.log.filter((l) => l[0] === 'select').at(-1), ['select', '¶', long]);
  });

  test('the outline moves to the start of a paragraph', async () => {
    const { host, word } = await checked(BASE);
    await host.revealLine(3);
    assert.deepEqual(word.log.filter((l) => l[0] === 'select').at(-1), ['select', '¶start', 'RESOLVES:']);
  });
});
