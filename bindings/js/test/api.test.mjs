// The Validator API: options (lang/language, profile, sessionYear, rules, ignore) and
// their errors, fingerprint(), rules(), version(), recovery after a thrown error and
// after a Rust panic, memory over repeated validations.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import init, { Validator, __testFailure, version } from 'resolint';
import { omnibusSeed, pkgDir, repoRoot } from './helpers.mjs';

// The wasm-bindgen glue the package is built on (for the panic hook and the memory).
const glue = await import(pathToFileURL(join(pkgDir, 'resolint_wasm.js')).href);
const seed = readFileSync(omnibusSeed, 'utf8');
const DRAFT = 'THE GENERAL ASSEMBLY,\n\nNOTING the the report,\n\nRESOLVES:\n\n1. To ask.\n\n1. To urge. \n';
// Four doubled words in three paragraphs (two in the first), and a session named as a
// future one in its last paragraph.
const NOTING = 'NOTING the the report and and the study,';
const ASKING = 'To ask the the Secretariat to report at its fifty-first regular session.';
const DRAFT2 = `THE GENERAL ASSEMBLY,\n\n${NOTING}\n\nNOTING ALSO the the decision,\n\nRESOLVES:\n\n1. ${ASKING}\n`;
const PARAGRAPHS2 = [
  { text: 'THE GENERAL ASSEMBLY,' },
  { text: NOTING },
  { text: 'NOTING ALSO the the decision,' },
  { text: 'RESOLVES:' },
  { text: ASKING, listString: '1.' },
];

/** `rule@line:column "flagged text"` for each diagnostic, to compare reports briefly. */
function brief(report, text) {
  return report.diagnostics.map((d) => `${d.rule}@${d.line}:${d.column} "${text.slice(d.start, d.end)}"`);
}

/** The same for `validateParagraphs`, with the flagged text taken from the paragraph. */
function briefParagraphs(report, paragraphs) {
  return report.diagnostics.map((d) => `${d.rule}@${d.paragraph}:${d.start} "${paragraphs[d.paragraph].text.slice(d.start, d.end)}"`);
}

/** FNV-1a (64 bits) over the words joined by single spaces, each followed by one: the
 * core's paragraph fingerprint, written again in JavaScript for ASCII text. */
function fnv1a(text) {
  let hash = 0xcbf29ce484222325n;
  for (const word of text.split(/[ \t\n\r\v\f]+/).filter((w) => w !== '')) {
    for (const byte of Buffer.from(`${word} `, 'utf8')) {
      hash ^= BigInt(byte);
      hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
    }
  }
  return hash.toString(16).padStart(16, '0');
}

function throwsNaming(options, ...names) {
  assert.throws(
    () => new Validator(options),
    (e) => {
      assert.ok(e instanceof Error, `an Error, not ${e}`);
      for (const name of names) assert.ok(e.message.includes(name), `"${e.message}" names ${name}`);
      return true;
    },
  );
}

describe('Validator options', () => {
  test('no options, undefined, null and {} are the defaults', () => {
    const expected = new Validator().validate(DRAFT);
    for (const options of [undefined, null, {}, { lang: 'auto' }, { rules: {} }, { lang: undefined, rules: undefined }, { lang: null, rules: null }]) {
      assert.deepEqual(new Validator(options).validate(DRAFT), expected, JSON.stringify(options));
    }
  });

  test('lang fixes the language', () => {
    assert.equal(new Validator({ lang: 'es' }).validate(DRAFT).language, 'es');
    assert.equal(new Validator({ lang: 'en' }).validate(DRAFT).language, 'en');
    assert.equal(new Validator().validate(seed).language, 'en');
  });

  test('rules turn rules off or change their severity', () => {
    const all = new Validator().validate(DRAFT);
    assert.ok(all.diagnostics.some((d) => d.rule === 'doubled-word'));
    const off = new Validator({ rules: { 'doubled-word': 'off' } }).validate(DRAFT);
    assert.ok(!off.diagnostics.some((d) => d.rule === 'doubled-word'));
    const err = new Validator({ rules: { whitespace: 'error' } }).validate(DRAFT);
    const ws = err.diagnostics.filter((d) => d.rule === 'whitespace');
    assert.ok(ws.length > 0 && ws.every((d) => d.severity === 'error'));
    assert.equal(err.summary.errors, err.diagnostics.filter((d) => d.severity === 'error').length);
  });

  test('language is the same option as lang; giving both throws', () => {
    assert.equal(new Validator({ language: 'es' }).validate(DRAFT).language, 'es');
    assert.deepEqual(new Validator({ language: 'fr' }).validate(seed), new Validator({ lang: 'fr' }).validate(seed));
    assert.deepEqual(new Validator({ language: 'auto' }).validate(seed), new Validator().validate(seed));
    throwsNaming({ lang: 'en', language: 'en' }, 'language', 'twice');
    throwsNaming({ language: 'de' }, 'language', 'de');
  });

  test('profile: an organ line of another body is reported', () => {
    const plain = brief(new Validator().validate(DRAFT2), DRAFT2);
    assert.deepEqual(brief(new Validator({ profile: 'general-assembly' }).validate(DRAFT2), DRAFT2), plain);
    for (const [profile, body] of [['permanent-council', 'Permanent Council'], ['cidi', 'Integral Development']]) {
      const report = new Validator({ profile }).validate(DRAFT2);
      const organ = report.diagnostics.filter((d) => d.rule === 'organ-line-format');
      assert.equal(organ.length, 1, profile);
      assert.match(organ[0].message, new RegExp(`configured for .*${body}`));
      assert.equal(DRAFT2.slice(organ[0].start, organ[0].end), 'THE GENERAL ASSEMBLY');
      assert.deepEqual(brief(report, DRAFT2).filter((b) => !b.startsWith('organ-line-format')), plain);
      // The same in paragraph mode.
      const byParagraph = new Validator({ profile }).validateParagraphs(PARAGRAPHS2);
      assert.deepEqual(byParagraph.diagnostics.filter((d) => d.rule === 'organ-line-format').map((d) => d.paragraph), [0]);
    }
  });

  test('sessionYear: the draft is for that session', () => {
    const ordinals = (options) => new Validator(options).validate(DRAFT2).diagnostics.filter((d) => d.rule === 'session-ordinal');
    // No year configured and none in the draft: nothing to compare with.
    assert.deepEqual(ordinals({}), []);
    // 2021 is the fifty-first regular session: "to report at its fifty-first" is no future session.
    const found = ordinals({ sessionYear: 2021 });
    assert.equal(found.length, 1);
    assert.equal(DRAFT2.slice(found[0].start, found[0].end), 'fifty-first regular session');
    assert.equal(found[0].severity, 'info');
    assert.equal(ordinals({ sessionYear: 2022 }).length, 1);
    assert.deepEqual(ordinals({ sessionYear: 2020 }), []);
    // The configuration file's spelling is accepted too.
    assert.deepEqual(ordinals({ 'session-year': 2021 }), found);
    const byParagraph = new Validator({ sessionYear: 2021 }).validateParagraphs(PARAGRAPHS2);
    assert.deepEqual(byParagraph.diagnostics.filter((d) => d.rule === 'session-ordinal').map((d) => d.paragraph), [4]);
  });

  test('ignore: by rule, by text, and by paragraph fingerprint and text', () => {
    const all = brief(new Validator().validate(DRAFT2), DRAFT2);
    assert.deepEqual(all.filter((b) => b.startsWith('doubled-word')), [
      'doubled-word@3:8 "the the"',
      'doubled-word@3:23 "and and"',
      'doubled-word@5:13 "the the"',
      'doubled-word@9:11 "the the"',
    ]);
    const without = (options, ...gone) => {
      assert.deepEqual(brief(new Validator(options).validate(DRAFT2), DRAFT2), all.filter((b) => !gone.includes(b)), JSON.stringify(options));
    };
    without({ ignore: [] });
    // A rule alone: every occurrence.
    without({ ignore: [{ rule: 'doubled-word' }] }, ...all.filter((b) => b.startsWith('doubled-word')));
    // A text alone: that text, in every paragraph.
    without({ ignore: [{ rule: 'doubled-word', text: 'the the' }] }, ...all.filter((b) => b.endsWith('"the the"')));
    // A paragraph alone: every occurrence in it.
    without({ ignore: [{ rule: 'doubled-word', paragraph: Validator.fingerprint(NOTING) }] }, 'doubled-word@3:8 "the the"', 'doubled-word@3:23 "and and"');
    // A paragraph and a text: exactly that occurrence.
    without({ ignore: [{ rule: 'doubled-word', paragraph: Validator.fingerprint(NOTING), text: 'the the' }] }, 'doubled-word@3:8 "the the"');
    // In a plain-text draft, a numbered paragraph's fingerprint covers its typed number.
    without({ ignore: [{ rule: 'doubled-word', paragraph: Validator.fingerprint(`1. ${ASKING}`), text: 'the the' }] }, 'doubled-word@9:11 "the the"');
    without({ ignore: [{ rule: 'doubled-word', paragraph: Validator.fingerprint(ASKING), text: 'the the' }] });
    // Nothing matches: another rule, another text, another paragraph.
    without({ ignore: [{ rule: 'whitespace', paragraph: Validator.fingerprint(NOTING), text: 'the the' }] });
    without({ ignore: [{ rule: 'doubled-word', paragraph: Validator.fingerprint(NOTING), text: 'the' }] });
    without({ ignore: [{ rule: 'doubled-word', paragraph: Validator.fingerprint('NOTING the the report,'), text: 'the the' }] });
    // Several entries; undefined and null keys are left out.
    without(
      { ignore: [{ rule: 'doubled-word', paragraph: Validator.fingerprint(NOTING), text: 'and and', extra: undefined }, { rule: 'preamble-punctuation', paragraph: null }] },
      'doubled-word@3:23 "and and"',
      ...all.filter((b) => b.startsWith('preamble-punctuation')),
    );
  });

  test('ignore: a fingerprint survives re-flowing the paragraph', () => {
    const wrapped = DRAFT2.replace(NOTING, 'NOTING the the report\nand  and the study,');
    const report = new Validator({ ignore: [{ rule: 'doubled-word', paragraph: Validator.fingerprint(NOTING), text: 'the the' }] }).validate(wrapped);
    const doubled = report.diagnostics.filter((d) => d.rule === 'doubled-word').map((d) => wrapped.slice(d.start, d.end));
    assert.deepEqual(doubled, ['and  and', 'the the', 'the the']);
  });

  test('ignore in validateParagraphs: the fingerprint of the paragraph text silences exactly that occurrence', () => {
    const all = briefParagraphs(new Validator().validateParagraphs(PARAGRAPHS2), PARAGRAPHS2);
    assert.deepEqual(all.filter((b) => b.startsWith('doubled-word')), [
      'doubled-word@1:7 "the the"',
      'doubled-word@1:22 "and and"',
      'doubled-word@2:12 "the the"',
      'doubled-word@4:7 "the the"',
    ]);
    const without = (ignore, ...gone) => {
      const report = new Validator({ ignore }).validateParagraphs(PARAGRAPHS2);
      assert.deepEqual(briefParagraphs(report, PARAGRAPHS2), all.filter((b) => !gone.includes(b)), JSON.stringify(ignore));
      assert.equal(report.summary.warnings, report.diagnostics.filter((d) => d.severity === 'warning').length);
    };
    // What the add-in stores: the rule, the fingerprint of the paragraph's text, the flagged text.
    const store = (d) => ({ rule: d.rule, paragraph: Validator.fingerprint(PARAGRAPHS2[d.paragraph].text), text: PARAGRAPHS2[d.paragraph].text.slice(d.start, d.end) });
    const diagnostics = new Validator().validateParagraphs(PARAGRAPHS2).diagnostics;
    diagnostics.forEach((d, k) => without([store(d)], all[k]));
    // The list number is not part of a Word paragraph's text, so not of its fingerprint.
    without([{ rule: 'doubled-word', paragraph: Validator.fingerprint(ASKING), text: 'the the' }], 'doubled-word@4:7 "the the"');
    without([{ rule: 'doubled-word', paragraph: Validator.fingerprint(`1. ${ASKING}`), text: 'the the' }]);
    // The flagged text twice in one paragraph: an ignore covers both (it names a text, not a place).
    const twice = PARAGRAPHS2.map((p) => (p.text === NOTING ? { text: 'NOTING the the report and the the study,' } : p));
    const twiceIgnored = new Validator({ ignore: [{ rule: 'doubled-word', paragraph: Validator.fingerprint(twice[1].text), text: 'the the' }] });
    const doubledIn = (report) => report.diagnostics.filter((d) => d.rule === 'doubled-word').map((d) => d.paragraph);
    assert.deepEqual(doubledIn(new Validator().validateParagraphs(twice)), [1, 1, 2, 4]);
    assert.deepEqual(doubledIn(twiceIgnored.validateParagraphs(twice)), [2, 4]);
    // The paragraph moved (a new one before it) or edited elsewhere: the ignore still holds.
    const moved = [{ text: 'THE GENERAL ASSEMBLY,' }, { text: 'BEARING IN MIND its resolutions;' }, ...PARAGRAPHS2.slice(1)];
    const ignore = [{ rule: 'doubled-word', paragraph: Validator.fingerprint(NOTING), text: 'and and' }];
    const report = new Validator({ ignore }).validateParagraphs(moved);
    assert.deepEqual(
      briefParagraphs(report, moved).filter((b) => b.startsWith('doubled-word')),
      ['doubled-word@2:7 "the the"', 'doubled-word@3:12 "the the"', 'doubled-word@5:7 "the the"'],
    );
  });

  test('unknown keys throw an Error naming the key', () => {
    throwsNaming({ langauge: 'en' }, 'langauge');
    throwsNaming({ lang: 'en', profil: 'cidi' }, 'profil');
    throwsNaming({ sessionyear: 2024 }, 'sessionyear');
    throwsNaming({ session_year: 2024 }, 'session_year');
    throwsNaming({ ignores: [] }, 'ignores');
    throwsNaming({ rule: {} }, 'rule');
  });

  test('bad values throw an Error naming the key and the value', () => {
    throwsNaming({ lang: 'de' }, 'lang', 'de');
    throwsNaming({ lang: 5 }, 'lang');
    throwsNaming({ rules: { 'no-such-rule': 'off' } }, 'rules', 'no-such-rule');
    throwsNaming({ rules: { whitespace: 'warn' } }, 'whitespace', 'warn');
    throwsNaming({ rules: { whitespace: false } }, 'whitespace');
    throwsNaming({ rules: 'all' }, 'rules');
    throwsNaming({ rules: ['whitespace'] }, 'rules');
    throwsNaming('en', 'options');
    throwsNaming([], 'options');
    throwsNaming(() => {}, 'options');
  });

  test('bad profile, sessionYear and ignore throw an Error naming the key and the value', () => {
    throwsNaming({ profile: 'ga' }, 'profile', 'ga', 'general-assembly');
    throwsNaming({ profile: 'General-Assembly' }, 'profile', 'General-Assembly');
    throwsNaming({ profile: 1 }, 'profile');
    throwsNaming({ sessionYear: '2024' }, 'sessionYear', '2024', 'number');
    throwsNaming({ sessionYear: 2024.5 }, 'sessionYear', '2024.5');
    throwsNaming({ sessionYear: -2024 }, 'sessionYear', '-2024');
    throwsNaming({ sessionYear: Number.NaN }, 'sessionYear', 'NaN');
    throwsNaming({ sessionYear: 2 ** 40 }, 'sessionYear');
    throwsNaming({ sessionYear: [2024] }, 'sessionYear');
    throwsNaming({ ignore: { rule: 'whitespace' } }, 'ignore', 'array');
    throwsNaming({ ignore: 'doubled-word' }, 'ignore', 'array');
    throwsNaming({ ignore: [{ rule: 'whitespace' }, 'doubled-word'] }, 'ignore[1]');
    throwsNaming({ ignore: [null] }, 'ignore[0]');
    throwsNaming({ ignore: [{ text: 'the the' }] }, 'ignore[0]', 'rule');
    throwsNaming({ ignore: [{ rule: 'doubled-word', paragrph: 'x' }] }, 'ignore[0]', 'paragrph');
    throwsNaming({ ignore: [{ rule: 'whitespace' }, { rule: 'no-such-rule' }] }, 'ignore[1].rule', 'no-such-rule');
    throwsNaming({ ignore: [{ rule: 'doubled-word', text: 5 }] }, 'ignore[0].text');
    throwsNaming({ ignore: [{ rule: 'doubled-word', paragraph: { text: NOTING } }] }, 'ignore[0].paragraph');
    throwsNaming({ ignore: [{ rule: 7 }] }, 'ignore[0].rule');
    // A cyclic object where a string belongs is refused, not walked.
    const cyclic = {};
    cyclic.self = cyclic;
    throwsNaming({ rules: cyclic }, 'rules.self');
    throwsNaming({ ignore: [{ rule: 'doubled-word', text: cyclic }] }, 'ignore[0].text');
  });

  test('after a thrown error the module and existing validators keep working', () => {
    const validator = new Validator();
    const before = validator.validate(seed);
    const configured = new Validator({ language: 'en', profile: 'cidi', sessionYear: 2021, ignore: [{ rule: 'doubled-word', paragraph: Validator.fingerprint(NOTING) }] });
    const configuredBefore = configured.validate(DRAFT2);
    for (let i = 0; i < 3; i++) {
      assert.throws(() => new Validator({ nope: 1 }));
      assert.throws(() => new Validator({ profile: 'oas' }), /profile/);
      assert.throws(() => new Validator({ sessionYear: '2021' }), /sessionYear/);
      assert.throws(() => new Validator({ ignore: [{ rule: 'doubled-word', paragraph: 1 }] }), /ignore\[0\]\.paragraph/);
      assert.throws(() => Validator.fingerprint(null), TypeError);
      assert.throws(() => validator.validate(42), TypeError);
      assert.throws(() => validator.validateParagraphs([null]), TypeError);
    }
    assert.deepEqual(validator.validate(seed), before);
    assert.deepEqual(new Validator().validate(seed), before);
    assert.deepEqual(configured.validate(DRAFT2), configuredBefore);
  });
});

describe('fingerprint', () => {
  test('is 16 hexadecimal digits: FNV-1a of the words, white space collapsed', () => {
    for (const text of [NOTING, ASKING, '', ' ', 'a', 'THE GENERAL ASSEMBLY,', 'x\ty\nz']) {
      const fp = Validator.fingerprint(text);
      assert.match(fp, /^[0-9a-f]{16}$/);
      assert.equal(fp, fnv1a(text), JSON.stringify(text));
    }
    assert.equal(Validator.fingerprint(''), 'cbf29ce484222325');
    assert.equal(Validator.fingerprint(NOTING), Validator.fingerprint(`  ${NOTING.replaceAll(' ', ' \n\t ')}\r\n`));
    assert.equal(Validator.fingerprint('a\u00a0b'), Validator.fingerprint('a b'));
    assert.notEqual(Validator.fingerprint(NOTING), Validator.fingerprint(NOTING.toUpperCase()));
    assert.notEqual(Validator.fingerprint('ab'), Validator.fingerprint('a b'));
    // Non-ASCII text and lone surrogates are fine (the latter are replaced, as everywhere).
    assert.match(Validator.fingerprint('résumé 😀 \ud800'), /^[0-9a-f]{16}$/);
  });

  test('takes a string only', () => {
    for (const bad of [undefined, null, 5, ['a'], { text: 'a' }]) {
      assert.throws(() => Validator.fingerprint(bad), TypeError);
    }
  });
});

describe('metadata', () => {
  test('rules() lists every rule with name, group, severity, fix and summary', () => {
    const rules = Validator.rules();
    assert.ok(rules.length >= 20);
    const names = new Set();
    for (const r of rules) {
      assert.deepEqual(Object.keys(r).sort(), ['fix', 'group', 'name', 'severity', 'summary']);
      assert.match(r.name, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(['structure', 'preamble', 'operative', 'footnotes', 'citations', 'text'].includes(r.group), r.group);
      assert.ok(['error', 'warning', 'info'].includes(r.severity));
      assert.ok(['none', 'safe', 'unsafe'].includes(r.fix));
      assert.ok(r.summary.length > 0);
      names.add(r.name);
    }
    assert.equal(names.size, rules.length);
    // Every rule name is accepted as an option; the result is a fresh copy each time.
    new Validator({ rules: Object.fromEntries(rules.map((r) => [r.name, 'warning'])) });
    rules[0].name = 'changed';
    assert.notEqual(Validator.rules()[0].name, 'changed');
    // Every rule a report names is in the list.
    for (const d of new Validator().validate(seed).diagnostics) assert.ok(names.has(d.rule), d.rule);
  });

  test('version() is the version of the core (resolint::VERSION), which the package shares', () => {
    const versionOf = (path) => /^version = "([^"]+)"/m.exec(readFileSync(join(repoRoot, path), 'utf8'))[1];
    const core = versionOf('Cargo.toml');
    assert.equal(version(), core);
    assert.equal(Validator.version(), core);
    // The npm package takes its version from the bindings crate, released in step with the core.
    assert.equal(versionOf('bindings/wasm/Cargo.toml'), core);
    assert.equal(JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version, core);
  });

  test('init() resolves at once in Node (the module is loaded on import)', async () => {
    assert.equal(await init(), undefined);
    assert.ok(new Validator().validate(DRAFT).diagnostics.length > 0);
  });
});

describe('robustness', () => {
  test('a Rust panic surfaces as a catchable Error, and the next calls work', () => {
    const validator = new Validator({ rules: { whitespace: 'off' } });
    const before = validator.validate(seed);
    // Every option lives in the JavaScript object, so a fresh instance loses none.
    const configured = new Validator({ lang: 'en', profile: 'permanent-council', sessionYear: 2021, ignore: [{ rule: 'doubled-word', paragraph: Validator.fingerprint(NOTING), text: 'the the' }] });
    const configuredBefore = configured.validate(DRAFT2);
    assert.ok(configuredBefore.diagnostics.some((d) => d.rule === 'session-ordinal'));
    const paragraphsBefore = validator.validateParagraphs([{ text: 'THE GENERAL ASSEMBLY,' }, { text: 'RESOLVES:' }, { text: 'To ask.', listString: '1.' }]);
    for (let round = 0; round < 2; round++) {
      assert.throws(glue.__testPanic, (e) => e instanceof Error && /internal error/.test(e.message) && /deliberate panic/.test(e.message));
      // The first call after the panic has arguments to copy in: it must see them whole.
      assert.deepEqual(validator.validate(seed), before, `round ${round}`);
      assert.deepEqual(configured.validate(DRAFT2), configuredBefore);
      assert.deepEqual(
        validator.validateParagraphs([{ text: 'THE GENERAL ASSEMBLY,' }, { text: 'RESOLVES:' }, { text: 'To ask.', listString: '1.' }]),
        paragraphsBefore,
      );
      assert.equal(validator.applyFixes('ab', [{ fix: { applicability: 'safe', edits: [{ start: 0, end: 1, text: 'A' }] } }]), 'Ab');
      assert.ok(Validator.rules().length > 0);
      assert.throws(() => new Validator({ bad: 1 }), /bad/);
    }
    // A panic right before an options error, then a validation.
    assert.throws(glue.__testPanic);
    assert.throws(() => new Validator({ lang: 'xx' }), /xx/);
    assert.deepEqual(new Validator({ rules: { whitespace: 'off' } }).validate(seed), before);
  });

  test('a trap that bypasses the panic hook (an abort) resets the instance at once', async () => {
    const validator = new Validator();
    const before = validator.validate(seed);
    for (let round = 0; round < 3; round++) {
      const exportsBefore = await glue.default();
      assert.throws(
        () => __testFailure('trap'),
        (e) => e instanceof Error && !(e instanceof WebAssembly.RuntimeError) && /internal error/.test(e.message) && e.cause instanceof WebAssembly.RuntimeError,
      );
      const exportsAfter = await glue.default();
      assert.notEqual(exportsAfter.memory, exportsBefore.memory, 'a fresh instance');
      assert.deepEqual(validator.validate(seed), before);
    }
    assert.throws(() => __testFailure('panic'), /deliberate panic/);
    assert.deepEqual(validator.validate(seed), before);
  });

  test('the WebAssembly memory does not grow over repeated validations of the same draft', async () => {
    const exports = await glue.default();
    const validator = new Validator();
    const paragraphs = seed.split('\n').map((text) => ({ text }));
    const round = () => {
      const report = validator.validate(seed);
      validator.validateParagraphs(paragraphs);
      validator.applyFixes(seed, report.diagnostics);
      validator.fixAll(seed);
    };
    for (let i = 0; i < 20; i++) round();
    const size = exports.memory.buffer.byteLength;
    for (let i = 0; i < 200; i++) round();
    assert.equal(exports.memory.buffer.byteLength, size);
  });
});
