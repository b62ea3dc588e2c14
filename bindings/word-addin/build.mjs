// Builds dist/: the bundle (esbuild: src/main.js plus one lazily loaded chunk per host,
// minified ES modules, no inline script anywhere), the WebAssembly module copied from
// the package under a name made from its content (see `wasmFileName`), the stylesheet,
// the icons, and the two HTML entries generated from ONE template (src/page.html) so
// they cannot drift:
//   dist/taskpane.html  the Word task pane: loads office.js from Microsoft's CDN (Word
//                       requires it), and its CSP allows exactly that origin besides 'self';
//   dist/index.html     the plain-browser page: no office.js, a CSP of 'self' only, so it
//                       can make no outside request at all.
// Env: RESOLINT_PKG_DIR (default ../../pkg) is the built npm package `resolint`.

import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(process.env.RESOLINT_PKG_DIR ?? join(here, '../../pkg'));
const dist = join(here, 'dist');

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_ORIGIN = new URL(OFFICE_JS).origin;

/** The CSP of an entry; `office` adds Microsoft's CDN for office.js (task pane only). */
export function csp({ office }) {
  const extra = office ? ` ${OFFICE_ORIGIN}` : '';
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${extra}`,
    `connect-src 'self'${extra}`,
    // CodeMirror injects its theme as <style> elements, which need 'unsafe-inline' for
    // styles (never for scripts). No markup is ever built from the draft (textContent
    // only), so a draft cannot inject styles; the lint theme draws its squiggles with
    // data: SVG images.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The module's file name in dist/: named by its content, so that it can be cached for
 * good (a new build is a new name). Chromium then keeps its compiled code too, and the
 * first check after the page opens again skips compiling it (BENCHMARKS.md, "Repeat
 * visits"); WebView2, Word's browser on Windows, is Chromium but was not tried.
 */
export function wasmFileName(bytes) {
  return `resolint_wasm_bg-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.wasm`;
}

/**
 * Whether the file at `path` (relative to dist/) is named by its content: the module and
 * esbuild's chunks. The server lets browsers keep those for a year; everything else (the
 * entries, main.js, the stylesheet) is fetched anew each time, so an update shows at once.
 */
export function contentNamed(path) {
  return /^chunks\/[\w-]+-[A-Z0-9]{8}\.js$/.test(path) || /^resolint_wasm_bg-[0-9a-f]{16}\.wasm$/.test(path);
}

/** The two entries from the one template. */
export function entries(template) {
  const fill = (office) =>
    template
      .split('%CSP%')
      .join(csp({ office }))
      .split('%OFFICE%')
      .join(office ? `<script src="${OFFICE_JS}"></script>\n` : '');
  return { 'taskpane.html': fill(true), 'index.html': fill(false) };
}

async function main() {
  for (const f of ['resolint.js', 'resolint_wasm.js', 'resolint_wasm_bg.wasm']) {
    if (!existsSync(join(pkg, f))) {
      console.error(`build: ${join(pkg, f)} is missing; build the package with scripts/build-wasm.sh or set RESOLINT_PKG_DIR`);
      process.exit(2);
    }
  }
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(join(dist, 'assets'), { recursive: true });
  const wasm = readFileSync(join(pkg, 'resolint_wasm_bg.wasm'));
  const wasmName = wasmFileName(wasm);

  const result = await build({
    entryPoints: [join(here, 'src/main.js')],
    outdir: dist,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    target: ['chrome100', 'edge100', 'safari15', 'firefox100'],
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
    // src/main.js loads the module by this name.
    define: { __RESOLINT_WASM__: JSON.stringify(wasmName) },
    plugins: [
      {
        // `import … from 'resolint'` is the package built into RESOLINT_PKG_DIR (browser entry).
        name: 'resolint-pkg',
        setup(b) {
          b.onResolve({ filter: /^resolint$/ }, () => ({ path: join(pkg, 'resolint.js') }));
        },
      },
    ],
  });

  writeFileSync(join(dist, wasmName), wasm);
  cpSync(join(here, 'src/styles.css'), join(dist, 'styles.css'));
  cpSync(join(here, 'assets'), join(dist, 'assets'), { recursive: true });
  const template = readFileSync(join(here, 'src/page.html'), 'utf8');
  for (const [name, html] of Object.entries(entries(template))) writeFileSync(join(dist, name), html);

  const sizes = Object.entries(result.metafile.outputs).map(([file, o]) => `${file.replace(/^.*dist\//, '')} ${(o.bytes / 1024).toFixed(1)} KB`);
  sizes.push(`${wasmName} ${(wasm.length / 1024).toFixed(1)} KB`);
  console.log(`build: dist/ from ${pkg}\n  ${sizes.join('\n  ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
