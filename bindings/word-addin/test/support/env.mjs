// Where things are for the tests: the package (RESOLINT_PKG_DIR, default <repo>/pkg),
// the seed drafts beside the repository, the add-in's dist/ and test-results/.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const addinDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = resolve(addinDir, '../..');
export const pkgDir = resolve(process.env.RESOLINT_PKG_DIR ?? join(repoRoot, 'pkg'));
export const omnibusSeed = resolve(repoRoot, '../shared/seeds/004_991020ab79cd2c6b.txt');
export const sampleDraft = join(repoRoot, 'examples/draft-resolution.txt');
export const distDir = join(addinDir, 'dist');
export const resultsDir = join(addinDir, 'test-results');
