// The Validator API: options and their errors, rules(), version(), recovery after a
// thrown error and after a Rust panic, memory over repeated validations.
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

  test('unknown keys throw an Error naming the key (profile and sessionYear are not known yet)', () => {
    throwsNaming({ langauge: 'en' }, 'langauge');
    throwsNaming({ lang: 'en', profile: 'ga' }, 'profile');
    throwsNaming({ sessionYear: 2024 }, 'sessionYear');
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

  test('after a thrown error the module and existing validators keep working', () => {
    const validator = new Validator();
    const before = validator.validate(seed);
    for (let i = 0; i < 3; i++) {
      assert.throws(() => new Validator({ nope: 1 }));
      assert.throws(() => validator.validate(42), TypeError);
      assert.throws(() => validator.validateParagraphs([null]), TypeError);
    }
    assert.deepEqual(validator.validate(seed), before);
    assert.deepEqual(new Validator().validate(seed), before);
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

  test('version() is the crate and package version', () => {
    const cargo = readFileSync(join(repoRoot, 'bindings/wasm/Cargo.toml'), 'utf8');
    const crateVersion = /^version = "([^"]+)"/m.exec(cargo)[1];
    assert.equal(version(), crateVersion);
    assert.equal(Validator.version(), crateVersion);
    assert.equal(JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version, crateVersion);
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
    const paragraphsBefore = validator.validateParagraphs([{ text: 'THE GENERAL ASSEMBLY,' }, { text: 'RESOLVES:' }, { text: 'To ask.', listString: '1.' }]);
    for (let round = 0; round < 2; round++) {
      assert.throws(glue.__testPanic, (e) => e instanceof Error && /internal error/.test(e.message) && /deliberate panic/.test(e.message));
      // The first call after the panic has arguments to copy in: it must see them whole.
      assert.deepEqual(validator.validate(seed), before, `round ${round}`);
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
