// Headless Chromium and a static server, shared by browser.test.mjs and
// scripts/bench-wasm.mjs. Debian's chromium is used as it is: no browser download.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { pkgDir } from './helpers.mjs';

export const CHROMIUM = process.env.RESOLINT_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `pages` (path -> HTML) and the package under /pkg/ from 127.0.0.1 on a free
 * port, `.wasm` as application/wasm, nothing cached, except the module when
 * `cacheModule` is set (as a site serves a content-named file: kept for a year).
 * `isolate` adds the COOP/COEP headers that give pages fine-grained timers (for the
 * benchmark).
 */
export function serve({ pages = {}, files = {}, isolate = false, cacheModule = false } = {}) {
  const common = { 'cache-control': 'no-store' };
  if (isolate) {
    common['cross-origin-opener-policy'] = 'same-origin';
    common['cross-origin-embedder-policy'] = 'require-corp';
    common['cross-origin-resource-policy'] = 'same-origin';
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    if (pages[path] !== undefined) {
      res.writeHead(200, { ...common, 'content-type': TYPES['.html'] });
      res.end(pages[path]);
      return;
    }
    if (files[path] !== undefined) {
      res.writeHead(200, { ...common, 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(readFileSync(files[path]));
      return;
    }
    const file = normalize(join(pkgDir, path.replace(/^\/pkg\//, '')));
    if (!path.startsWith('/pkg/') || !file.startsWith(pkgDir) || !existsSync(file)) {
      res.writeHead(404, common);
      res.end();
      return;
    }
    const cache = cacheModule && extname(file) === '.wasm' ? { 'cache-control': 'public, max-age=31536000, immutable' } : {};
    res.writeHead(200, { ...common, ...cache, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
