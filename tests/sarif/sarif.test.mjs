// Validates `resolint check --format sarif` against the SARIF 2.1.0 JSON schema.
//
// The schema comes from the npm package @microsoft/jest-sarif (not copied into the repo).
// The resolint binary is the one `cargo build` made: RESOLINT_BIN, or target/debug/resolint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// The schema is written in JSON Schema draft 04.
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(repo, 'target');
const bin = process.env.RESOLINT_BIN ?? path.join(targetDir, 'debug', 'resolint');

function sarifOf(files) {
  try {
    return execFileSync(bin, ['check', '--format', 'sarif', ...files], { encoding: 'utf8' });
  } catch (e) {
    // Exit status 1 means errors were found: the output is still the log.
    if (e.status === 1) return e.stdout;
    throw e;
  }
}

function validator() {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // The schema's language-tag pattern is not valid in Unicode mode.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

test('the SARIF log of the seed draft and a broken draft is valid SARIF 2.1.0', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'resolint-sarif-'));
  const broken = path.join(dir, 'broken.txt');
  writeFileSync(broken, 'THE GENERAL ASSEMBLY,\n\nRECALLING resolution AG/RES.2958(L-O/21),\n\nRESOLVES:\n\n1. To ask in in order.\n\n1. To “urge.\n');
  const seed = path.join(repo, '..', 'shared', 'seeds', '004_991020ab79cd2c6b.txt');
  const log = JSON.parse(sarifOf([seed, broken]));
  const validate = validator();
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  assert.equal(log.version, '2.1.0');
  const results = log.runs[0].results;
  assert.ok(results.some((r) => r.ruleId === 'operative-numbering' && r.level === 'error'));
  assert.ok(results.some((r) => r.ruleId === 'citation-session-year'));
  assert.ok(results.some((r) => r.fixes && r.fixes[0].artifactChanges[0].replacements.length > 0));
  const ruleIds = log.runs[0].tool.driver.rules.map((r) => r.id);
  for (const r of results) assert.equal(ruleIds[r.ruleIndex], r.ruleId);
});

test('a clean draft gives a valid log with no results', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'resolint-sarif-'));
  const clean = path.join(dir, 'clean.txt');
  writeFileSync(clean, 'THE GENERAL ASSEMBLY,\n\nRECALLING its resolutions,\n\nRESOLVES:\n\n1. To ask for a report.\n');
  const log = JSON.parse(sarifOf([clean]));
  assert.ok(validator()(log));
  assert.equal(log.runs[0].results.length, 0);
});

test('the schema check would catch a malformed log', () => {
  const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'resolint' } }, results: [{ message: { text: 'x' }, level: 'info' }] }] };
  assert.equal(validator()(bad), false, '"info" is not a SARIF level');
});
