// Serves dist/ (both entries, the bundle, the wasm, the icons):
//   node server.mjs                     HTTPS on https://localhost:3000 with the
//                                       office-addin-dev-certs development certificate
//                                       (created and trusted on first use), for Word;
//   node server.mjs --http [--port N]   plain HTTP on 127.0.0.1 (port 0: a free one),
//                                       for the browser tests and quick local use.
// Only files under dist/ are served, `.wasm` as application/wasm (streaming
// compilation); the files named by their content (the module, esbuild's chunks) may be
// cached for a year, nothing else is cached; every response carries its entry's CSP as
// a header too. `startServer()` is exported for the tests.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentNamed, csp } from './build.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

function handler(root, onRequest) {
  return (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    onRequest?.(path);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Files named by their content never change: browsers may keep them (and, for the
    // module, its compiled code) for a year without asking again.
    if (contentNamed(relative(root, file).split(sep).join('/'))) headers['cache-control'] = 'public, max-age=31536000, immutable';
    if (type.startsWith('text/html')) headers['content-security-policy'] = csp({ office: file.endsWith('taskpane.html') });
    res.writeHead(200, { ...headers, 'content-type': type });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  };
}

/**
 * The development certificate of office-addin-dev-certs, created (and its CA trusted)
 * on first use. Trusting the CA needs sudo; where that fails (root in a container has
 * no sudo) the certificate made a moment before is still served, with a message saying
 * how to trust its CA by hand, rather than no server at all.
 */
async function httpsOptions() {
  const certs = await import('office-addin-dev-certs');
  try {
    return await certs.getHttpsServerOptions();
  } catch (error) {
    const { default: defaults } = await import('office-addin-dev-certs/lib/defaults.js');
    const files = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
    if (!files.every((f) => existsSync(f))) throw error;
    console.warn(
      `resolint: ${error.message.trim()}\n` +
        `  Serving HTTPS with the development certificate anyway. Word and browsers will trust it once its CA is trusted:\n` +
        `  ${defaults.caCertificatePath} (Debian: copy it to /usr/local/share/ca-certificates/ and run update-ca-certificates;\n` +
        `  Windows and macOS: import it as a trusted root, or run \`npx office-addin-dev-certs install\` as a user with sudo).`,
    );
    const [ca, cert, key] = files.map((f) => readFileSync(f));
    return { ca, cert, key };
  }
}

/**
 * Starts the server; resolves to the node server (its `address()` has the port).
 * `onRequest(path)` sees every request that reaches it (the tests count them).
 */
export async function startServer({ https = false, host = https ? 'localhost' : '127.0.0.1', port = https ? 3000 : 0, root = join(here, 'dist'), onRequest } = {}) {
  const dir = resolve(root);
  let server;
  if (https) {
    server = createHttps(await httpsOptions(), handler(dir, onRequest));
  } else {
    server = createHttp(handler(dir, onRequest));
  }
  await new Promise((ok, fail) => server.once('error', fail).listen(port, host, ok));
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const http = args.includes('--http');
  const at = args.indexOf('--port');
  const port = at >= 0 ? Number(args[at + 1]) : undefined;
  const server = await startServer({ https: !http, port });
  const { port: p } = server.address();
  const base = http ? `http://127.0.0.1:${p}` : `https://localhost:${p}`;
  console.log(`resolint add-in served from ${join(here, 'dist')}\n  Word task pane: ${base}/taskpane.html\n  browser page:   ${base}/index.html`);
}
