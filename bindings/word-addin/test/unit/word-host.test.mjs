// API-set degradation and the document-level features of the Word host
// (office-addin-mock): change detection by events (1.6) or by a text-hash poll,
// critique annotations only with 1.7, and the ignore list in the document's settings.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as resolint from 'resolint';
import { createChecker } from '../../src/core/checker.js';
import { ignoreEntry, parseIgnores } from '../../src/core/ignores.js';
import { detectCapabilities } from '../../src/word/caps.js';
import { watchDocument } from '../../src/word/changes.js';
import { createWordHost } from '../../src/word/host.js';
import { IGNORE_SETTING } from '../../src/word/settings.js';
import { createWord } from '../support/word-mock.mjs';

const DRAFT = [{ text: 'THE GENERAL ASSEMBLY,' }, { text: 'NOTING the the report,' }, { text: 'RESOLVES:' }, { text: 'To ask.', listString: '1.' }, { text: 'To urge.', listString: '1.' }];

/** Manual timers: `tick()` runs the interval callbacks once. */
function manualTimers() {
  const fns = new Map();
  let id = 0;
  return {
    periods: [],
    setInterval(fn, ms) {
      fns.set(++id, fn);
      this.periods.push(ms);
      return id;
    },
    clearInterval: (i) => fns.delete(i),
    async tick() {
      for (const fn of fns.values()) await fn();
    },
  };
}
const settle = () => new Promise((ok) => setTimeout(ok, 5));

describe('API sets', () => {
  test('detected through isSetSupported', () => {
    assert.deepEqual(detectCapabilities(createWord({ sets: ['1.3', '1.4', '1.5'] }).Office), { wordApi13: true, footnotes: true, events: false, annotations: false });
    assert.deepEqual(detectCapabilities(createWord({ sets: ['1.3', '1.5', '1.6', '1.7'] }).Office), { wordApi13: true, footnotes: true, events: true, annotations: true });
    assert.deepEqual(detectCapabilities({}), { wordApi13: false, footnotes: false, events: false, annotations: false });
  });

  test('no WordApi 1.6: a poll of body.text that reports only real changes', async () => {
    const word = createWord({ paragraphs: DRAFT, sets: ['1.3', '1.5'] });
    const timers = manualTimers();
    let changes = 0;
    const stop = watchDocument({ Word: word.Word, caps: detectCapabilities(word.Office), onChange: () => changes++, pollMs: 1500, timers });
    await settle();
    assert.deepEqual(timers.periods, [1500]);
    await timers.tick();
    await timers.tick();
    assert.equal(changes, 0, 'an unchanged document is not reported');
    word.model.body[1].text = 'NOTING the report,';
    await timers.tick();
    await timers.tick();
    assert.equal(changes, 1);
    assert.equal(word.model.handlers.length, 0, 'no events on a host without 1.6');
    // The poll loads only body.text: no paragraph collection is read.
    assert.ok(!word.log.some((l) => l[0] === 'search'));
    stop();
  });

  test('WordApi 1.6: paragraph events trigger checks; the poll only as a slow safety net', async () => {
    const word = createWord({ paragraphs: DRAFT, sets: ['1.3', '1.5', '1.6'] });
    const timers = manualTimers();
    let changes = 0;
    const stop = watchDocument({ Word: word.Word, caps: detectCapabilities(word.Office), onChange: () => changes++, pollMs: 1500, safetyPollMs: 10000, timers });
    await settle();
    assert.deepEqual(word.model.handlers.map((h) => h[0]).sort(), ['onParagraphAdded', 'onParagraphChanged', 'onParagraphDeleted']);
    assert.deepEqual(timers.periods, [10000]);
    await word.model.handlers.find((h) => h[0] === 'onParagraphChanged')[1]({ uniqueLocalIds: ['x'], source: 'Local' });
    assert.equal(changes, 1);
    stop();
    assert.equal(word.model.handlers.length, 0);
  });

  test('no WordApi 1.7: no annotations; with 1.7: critiques at the flagged offsets, replaced on the next check', async () => {
    const checker = createChecker(resolint);
    const noTimers = { setInterval: () => 0, clearInterval: () => {} };
    for (const sets of [['1.3', '1.6'], ['1.3', '1.6', '1.7']]) {
      const word = createWord({ paragraphs: DRAFT, sets });
      const host = createWordHost({ Word: word.Word, Office: word.Office, timers: noTimers });
      const check = checker.run(await host.read('en'));
      await host.mark(check);
      const inserted = word.log.filter((l) => l[0] === 'insertAnnotations');
      if (!sets.includes('1.7')) {
        assert.equal(inserted.length, 0);
        assert.equal(word.model.body[1].annotations.length, 0);
        continue;
      }
      const doubled = check.items.find((i) => i.diagnostic.rule === 'doubled-word');
      const onNoting = word.model.body[1].annotations;
      assert.deepEqual(onNoting.map(({ start, length, colorScheme }) => ({ start, length, colorScheme })), [{ start: doubled.start, length: doubled.end - doubled.start, colorScheme: 'Berry' }]);
      assert.equal('NOTING the the report,'.slice(onNoting[0].start, onNoting[0].start + onNoting[0].length), 'the the');
      // Checking again replaces this session's annotations instead of piling them up.
      await host.mark(check);
      assert.equal(word.model.body[1].annotations.length, 1);
      assert.notEqual(word.model.body[1].annotations[0].id, onNoting[0].id);
    }
  });
});

describe('ignore list in the document settings', () => {
  test('an ignored occurrence is saved with the document and no longer reported', async () => {
    const word = createWord({ paragraphs: DRAFT, sets: ['1.3'] });
    const host = createWordHost({ Word: word.Word, Office: word.Office, timers: { setInterval: () => 0, clearInterval: () => {} } });
    const checker = createChecker(resolint);
    const check = checker.run(await host.read('en'));
    const doubled = check.items.find((i) => i.diagnostic.rule === 'doubled-word');
    const entry = ignoreEntry(checker, doubled);
    assert.deepEqual(entry, { rule: 'doubled-word', paragraph: resolint.Validator.fingerprint('NOTING the the report,'), text: 'the the' });
    await host.ignores.save([entry]);
    assert.equal(word.model.saved, 1, 'settings.saveAsync was called');
    assert.deepEqual(word.model.settings[IGNORE_SETTING], [entry]);
    // A new session reads it back from the document and passes it to new Validator({ignore}).
    const loaded = parseIgnores(await host.ignores.load(), resolint.Validator.rules().map((r) => r.name));
    checker.configure({ ignore: loaded });
    const again = checker.run(await host.read('en'));
    assert.ok(!again.items.some((i) => i.diagnostic.rule === 'doubled-word'));
    assert.ok(again.items.some((i) => i.diagnostic.rule === 'operative-numbering'));
  });
});
