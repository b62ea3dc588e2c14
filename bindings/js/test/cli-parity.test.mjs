// The WebAssembly package gives the same outline and diagnostics as the native CLI
// (`resolint check --format json`), rule by rule, once the CLI's byte offsets are
// converted to UTF-16: on the 42 KB omnibus seed, on a draft full of non-ASCII text,
// and on every fixture under tests/fixtures.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Validator } from 'resolint';
import { byRule, cliCheck, expectedFromCli, fixtureFiles, omnibusSeed, repoRoot } from './helpers.mjs';

const UNICODE_DRAFT = [
  'PROYECTO DE RESOLUCIÓN “ÇÃO” 😀',
  '',
  'THE GENERAL ASSEMBLY,',
  '',
  'RECALLING résolution AG/RES. 2958 (L-O/20) on “naïve” e\u0301lan 🇺🇾 and the the 𝒜 report;  ',
  '',
  'NOTING the “Annual Report” (AG/doc.xxxx/21) of the Comité Jurídico Interamericano,',
  '',
  'RESOLVES:',
  '',
  '1.\tTo request “😀” the Secretariat to report.',
  '',
  '1.\tTo urge Member States   to cooperate. ',
  '',
].join('\n');

function compare(name, text, cli) {
  const expected = expectedFromCli(text, cli);
  const actual = new Validator().validate(text);
  assert.equal(actual.language, expected.language, `${name}: language`);
  assert.deepEqual(actual.outline, expected.outline, `${name}: outline`);
  assert.deepEqual(actual.summary, expected.summary, `${name}: summary`);
  const a = byRule(actual.diagnostics);
  const e = byRule(expected.diagnostics);
  assert.deepEqual(Object.keys(a).sort(), Object.keys(e).sort(), `${name}: rules reported`);
  for (const rule of Object.keys(e)) {
    assert.deepEqual(a[rule], e[rule], `${name}: diagnostics of ${rule}`);
  }
  // Same order overall too (the core sorts by position).
  assert.deepEqual(actual.diagnostics, expected.diagnostics, `${name}: diagnostics in order`);
  return actual;
}

describe('same results as the native CLI', () => {
  let dir;
  let unicodePath;
  let reports;
  let fixtures;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'resolint-parity-'));
    unicodePath = join(dir, 'unicode.txt');
    writeFileSync(unicodePath, UNICODE_DRAFT);
    fixtures = fixtureFiles();
    // One CLI run for everything (cargo builds the CLI the first time).
    reports = cliCheck([omnibusSeed, unicodePath, ...fixtures]);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the omnibus seed: outline and every diagnostic, rule by rule', () => {
    const text = readFileSync(omnibusSeed, 'utf8');
    const report = compare('seed', text, reports.get(omnibusSeed));
    assert.equal(report.outline.kind, 'omnibus');
    assert.ok(report.diagnostics.length > 0);
    assert.ok(report.summary.errors > 0, 'the seed has errors');
  });

  test('a draft full of curly quotes, accents, emoji and combining marks', () => {
    const report = compare('unicode', UNICODE_DRAFT, reports.get(unicodePath));
    assert.ok(report.diagnostics.some((d) => d.rule === 'operative-numbering'));
  });

  test('every fixture under tests/fixtures', (t) => {
    if (fixtures.length === 0) {
      t.skip(`no fixtures under ${join(repoRoot, 'tests/fixtures')} yet`);
      return;
    }
    let compared = 0;
    for (const file of fixtures) {
      const cli = reports.get(file);
      assert.ok(cli, `the CLI reported on ${file}`);
      compare(file, readFileSync(join(repoRoot, file), 'utf8'), cli);
      compared++;
    }
    t.diagnostic(`${compared} fixtures compared`);
  });
});
