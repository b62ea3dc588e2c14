// The host-independent model: occurrence counting, overlapping fixes, grouping the
// seed omnibus's diagnostics by section (real package), ignore-list parsing, prefs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import * as resolint from 'resolint';
import { ruleDocsUrl } from '../../src/core/check.js';
import { createChecker } from '../../src/core/checker.js';
import { nonOverlapping, occurrenceOf } from '../../src/core/edits.js';
import { addIgnore, parseIgnores } from '../../src/core/ignores.js';
import { jsonStore, loadPrefs } from '../../src/core/prefs.js';
import { omnibusSeed } from '../support/env.mjs';

describe('core', () => {
  test('occurrenceOf counts the non-overlapping hits a find-next walk sees', () => {
    assert.deepEqual(occurrenceOf('the the the', 'the', 4), { index: 1, total: 3 });
    assert.deepEqual(occurrenceOf('aaa', 'aa', 1), { index: -1, total: 1 });
    assert.deepEqual(occurrenceOf('abc', 'x', 0), { index: -1, total: 0 });
  });

  test('nonOverlapping keeps the first of clashing fixes', () => {
    const item = (s, e) => ({ diagnostic: { fix: { edits: [{ start: s, end: e }] } } });
    const items = [item(0, 2), item(1, 3), item(5, 6)];
    assert.deepEqual(nonOverlapping(items, (e) => [0, e.start, e.end]), [items[0], items[2]]);
  });

  test('the seed omnibus: every diagnostic in its section, ten sections, counts as validate', () => {
    const seed = readFileSync(omnibusSeed, 'utf8');
    const check = createChecker(resolint).run({ mode: 'text', text: seed });
    const report = new resolint.Validator().validate(seed);
    assert.equal(check.items.length, report.diagnostics.length);
    assert.equal(check.report.outline.kind, 'omnibus');
    const sections = check.groups.filter((g) => !g.front && !g.footnotes);
    assert.equal(sections.length, 10);
    assert.equal(check.groups.reduce((n, g) => n + g.items.length, 0), report.diagnostics.length);
    for (const g of check.groups) {
      for (const item of g.items) {
        assert.ok(item.diagnostic.line >= g.line, `${item.diagnostic.rule} on line ${item.diagnostic.line} is not before its group (line ${g.line})`);
      }
    }
    // The repeated numbers of lines 70–76 are in the section that holds them.
    const numbering = check.items.filter((i) => i.diagnostic.rule === 'operative-numbering');
    assert.deepEqual(numbering.map((i) => i.diagnostic.line), [70, 72, 74, 76, 119, 121, 123]);
    const home = check.groups.find((g) => g.key === numbering[0].group);
    assert.ok(home.line <= 70 && sections.indexOf(home) >= 0);
    assert.equal(check.items.find((i) => i.diagnostic.rule === 'placeholder').flagged, 'xxxx');
    assert.equal(check.items.find((i) => i.diagnostic.rule === 'doubled-word').flagged, 'in in');
    // Errors first within a group.
    for (const g of check.groups) {
      const ranks = g.items.map((i) => ['error', 'warning', 'info'].indexOf(i.diagnostic.severity));
      assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
    }
    assert.equal(ruleDocsUrl('doubled-word'), 'https://github.com/resolint/resolint/blob/main/docs/rules/doubled-word.md');
  });

  test('ignore entries: stale or malformed ones are dropped, duplicates not added', () => {
    const rules = resolint.Validator.rules().map((r) => r.name);
    const stored = JSON.stringify([{ rule: 'doubled-word', paragraph: 'abc', text: 'the the' }, { rule: 'no-such-rule' }, 'junk', null, { rule: 'placeholder', text: 5 }]);
    const list = parseIgnores(stored, rules);
    assert.deepEqual(list, [{ rule: 'doubled-word', paragraph: 'abc', text: 'the the' }, { rule: 'placeholder' }]);
    assert.equal(addIgnore(list, { rule: 'doubled-word', paragraph: 'abc', text: 'the the' }), list);
    assert.deepEqual(parseIgnores('{not json', rules), []);
    // The validator accepts what parseIgnores keeps.
    assert.doesNotThrow(() => createChecker(resolint).configure({ ignore: list }));
  });

  test('preferences survive bad storage values', () => {
    const memory = new Map([['p', '{"lang":"xx","off":["whitespace","nope"]}']]);
    const storage = { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => memory.set(k, v) };
    assert.deepEqual(loadPrefs(jsonStore(storage, 'p'), ['whitespace']), { lang: 'auto', off: ['whitespace'] });
    memory.set('p', 'not json');
    assert.deepEqual(loadPrefs(jsonStore(storage, 'p'), []), { lang: 'auto', off: [] });
  });
});
