// The package's TypeScript declarations: types-check.ts (the whole API, used as a program
// would) must compile; types-fail.ts must not, with an error on each line marked FAIL.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(dir, 'node_modules/typescript/bin/tsc');

function run(project) {
  return spawnSync(process.execPath, [tsc, '-p', project, '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
}

describe('TypeScript declarations', () => {
  test('types-check.ts compiles against the package', () => {
    const r = run('tsconfig.json');
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  test('types-fail.ts is rejected, on every line marked FAIL', () => {
    const r = run('tsconfig.fail.json');
    assert.notEqual(r.status, 0, 'tsc accepted types-fail.ts');
    const lines = readFileSync(join(dir, 'types-fail.ts'), 'utf8').split('\n');
    const marked = lines.flatMap((l, i) => (l.includes('// FAIL') ? [i + 1] : []));
    assert.ok(marked.length >= 12, `only ${marked.length} lines marked FAIL`);
    const reported = new Set([...r.stdout.matchAll(/types-fail\.ts\((\d+),\d+\): error TS\d+/g)].map((m) => Number(m[1])));
    assert.deepEqual([...reported].sort((a, b) => a - b), marked, r.stdout);
  });
});
