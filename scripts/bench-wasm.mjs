#!/usr/bin/env node
// Benchmark of the WebAssembly package (not a test): `validate` and `validateParagraphs`
// on the 42 KB omnibus seed, in Node and in headless Chromium, marshalling included
// (string in, JavaScript objects out), plus the first validation after load (compile +
// instantiate + validate) in a fresh Node process and a fresh browser page, and in a
// page opened again whose module the browser may keep (a repeat visit).
//
// Needs the package (scripts/build-wasm.sh) and bindings/js's npm packages (npm ci, or
// scripts/test-wasm.sh which does both). Usage: node scripts/bench-wasm.mjs [--quick] [--rules]
// (--rules: only the cost of each rule alone, in Node.)
// Budgets (DESIGN.md): <= 300 µs per validation, <= 15 ms first validation,
// <= 100 KB gzipped module + glue.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const jsDir = join(root, 'bindings/js');
const pkg = process.env.RESOLINT_PKG_DIR ? resolve(process.env.RESOLINT_PKG_DIR) : join(root, 'pkg');
const seedPath = resolve(root, '../shared/seeds/004_991020ab79cd2c6b.txt');
const quick = process.argv.includes('--quick');
// Samples are batches of calls (browsers coarsen timers); the median batch / batch size.
const BATCH = 10;
const SAMPLES = quick ? 30 : 150;
const WARMUP = quick ? 20 : 100;
const FIRST_RUNS = quick ? 3 : 7;

for (const [what, path] of [['the package (scripts/build-wasm.sh)', join(pkg, 'node.js')], ['the seed', seedPath], ['npm packages (npm ci in bindings/js)', join(jsDir, 'node_modules/playwright-core')]]) {
  if (!existsSync(path)) {
    console.error(`bench-wasm: missing ${what}: ${path}`);
    process.exit(2);
  }
}

const seed = readFileSync(seedPath, 'utf8');
const paragraphs = seed.split(/\r?\n/).filter((l) => l.trim() !== '').map((text) => ({ text }));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

// Runs inside Node and, as source text, inside the page: keep it self-contained.
function measure(fn, batch, samples, warmup) {
  for (let i = 0; i < warmup; i++) fn();
  const out = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    out.push(((performance.now() - t0) * 1000) / batch);
  }
  out.sort((a, b) => a - b);
  return { median: out[out.length >> 1], p10: out[Math.floor(out.length * 0.1)], p90: out[Math.floor(out.length * 0.9)] };
}

// --- Node ---------------------------------------------------------------------------
const { Validator } = await import(pathToFileURL(join(pkg, 'node.js')).href);

// --rules: what each rule costs in Node, alone: (only that rule on) − (every rule off),
// timed in adjacent pairs so that the VM's drift cancels, median over the rounds. The
// acronym rules share an index, so each alone pays for building it.
if (process.argv.includes('--rules')) {
  const all = Validator.rules().map((r) => r.name);
  const offAll = Object.fromEntries(all.map((r) => [r, 'off']));
  const off = new Validator({ rules: offAll });
  const alone = Object.fromEntries(all.map((r) => [r, new Validator({ rules: { ...offAll, [r]: 'warning' } })]));
  const time = (v) => {
    const t0 = performance.now();
    for (let i = 0; i < 4; i++) v.validate(seed);
    return ((performance.now() - t0) * 1000) / 4;
  };
  for (let i = 0; i < WARMUP; i++) for (const v of [off, ...Object.values(alone)]) v.validate(seed);
  const rounds = quick ? 20 : 60;
  const cost = Object.fromEntries(all.map((r) => [r, []]));
  const base = [];
  for (let round = 0; round < rounds; round++) {
    for (const r of all) {
      // Which of the pair runs first alternates from round to round.
      let a, b;
      if (round % 2) {
        b = time(off);
        a = time(alone[r]);
      } else {
        a = time(alone[r]);
        b = time(off);
      }
      cost[r].push(a - b);
      base.push(b);
    }
  }
  const count = (r) => alone[r].validate(seed).diagnostics.length;
  console.log(`resolint WebAssembly, cost of each rule alone on the seed (Node ${process.version}, medians of ${rounds} pairs)`);
  console.log(`every rule off (parsing, outline, marshalling): ${median(base).toFixed(0)} µs`);
  for (const [r, c] of all.map((r) => [r, median(cost[r])]).sort((x, y) => y[1] - x[1])) {
    console.log(`${r.padEnd(28)} ${c.toFixed(1).padStart(6)} µs  (${count(r)} diagnostics)`);
  }
  process.exit(0);
}

const glue = await import(pathToFileURL(join(pkg, 'resolint_wasm.js')).href);
const validator = new Validator();
const report = validator.validate(seed);
const config = glue.rawParseOptions(undefined);
const node = {
  validate: measure(() => validator.validate(seed), BATCH, SAMPLES, WARMUP),
  paragraphs: measure(() => validator.validateParagraphs(paragraphs), BATCH, SAMPLES, WARMUP),
  core: measure(() => { glue.rawValidate(seed, config); glue.rawTakeStrings(); }, BATCH, SAMPLES, WARMUP),
};

// First validation in a fresh Node process: import (read, compile, instantiate) + validate.
const firstNodeScript = `
  const t0 = performance.now();
  const { Validator } = await import(${JSON.stringify(pathToFileURL(join(pkg, 'node.js')).href)});
  const seed = ${JSON.stringify(seed)};
  const t1 = performance.now();
  new Validator().validate(seed);
  const t2 = performance.now();
  console.log(JSON.stringify({ load: t1 - t0, first: t2 - t0 }));`;
const firstNode = [];
for (let i = 0; i < FIRST_RUNS; i++) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', firstNodeScript], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  firstNode.push(JSON.parse(r.stdout));
}

// --- Chromium -----------------------------------------------------------------------
const { createRequire } = await import('node:module');
const requireFromJs = createRequire(join(jsDir, 'package.json'));
const { chromium } = requireFromJs('playwright-core');
const { CHROMIUM, CHROMIUM_ARGS, serve } = await import(pathToFileURL(join(jsDir, 'test/serve.mjs')).href);

// The page's script imports the package's JavaScript as an add-in's bundle does (it is
// part of the page), and fetches the seed, before the clock starts; then init (fetch of
// the module + streaming compile + instantiate) and the first validation are timed:
// "compile, instantiate, validate", as DESIGN.md words the budget. The time to import
// the JavaScript is reported on its own line.
const FIRST_PAGE = `<!doctype html><meta charset="utf-8"><script type="module">
  const t00 = performance.now();
  const { default: init, Validator } = await import('/pkg/resolint.js');
  const importJs = performance.now() - t00;
  const seed = await (await fetch('/seed.txt')).text();
  const t0 = performance.now();
  await init();
  const t1 = performance.now();
  new Validator().validate(seed);
  const t2 = performance.now();
  window.first = { importJs, load: t1 - t0, first: t2 - t0 };
  window.Validator = Validator;
  window.seed = seed;
</script>`;

const server = await serve({ pages: { '/': FIRST_PAGE }, files: { '/seed.txt': seedPath }, isolate: true });
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const chromeVersion = browser.version();
let chrome;
const firstChrome = [];
const repeatChrome = [];
try {
  for (let i = 0; i < FIRST_RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.first, null, { timeout: 60_000 });
    firstChrome.push(await page.evaluate(() => window.first));
    if (i === FIRST_RUNS - 1) {
      chrome = await page.evaluate(
        ({ src, paragraphs, batch, samples, warmup }) => {
          const measure = new Function(`return (${src})`)();
          const v = new window.Validator();
          return {
            isolated: window.crossOriginIsolated,
            validate: measure(() => v.validate(window.seed), batch, samples, warmup),
            paragraphs: measure(() => v.validateParagraphs(paragraphs), batch, samples, warmup),
          };
        },
        { src: measure.toString(), paragraphs, batch: BATCH, samples: SAMPLES, warmup: WARMUP },
      );
    }
    await context.close();
  }
  // Repeat visits: the same page opened again in one browser profile, its module served
  // as a site serves a content-named file (cacheable). Chromium then keeps the module's
  // compiled code with it, as it does for a Word task pane opened again (Edge's WebView2
  // on Windows is Chromium). The first visit of the profile is cold and not counted;
  // between visits the page validates as a delegate's typing would, then idles.
  const cached = await serve({ pages: { '/': FIRST_PAGE }, files: { '/seed.txt': seedPath }, isolate: true, cacheModule: true });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (let i = 0; i <= FIRST_RUNS; i++) {
      await page.goto(`http://127.0.0.1:${cached.address().port}/`);
      await page.waitForFunction(() => window.first, null, { timeout: 60_000 });
      if (i > 0) repeatChrome.push(await page.evaluate(() => window.first));
      await page.evaluate(() => { const v = new window.Validator(); for (let k = 0; k < 100; k++) v.validate(window.seed); });
      await page.waitForTimeout(1500);
    }
    await context.close();
  } finally {
    cached.close();
  }
} finally {
  await browser.close();
  server.close();
}

// --- report -------------------------------------------------------------------------
const size = (f) => readFileSync(join(pkg, f));
const wasm = size('resolint_wasm_bg.wasm');
const js = Buffer.concat([size('resolint_wasm.js'), size('resolint.js')]);
const gz = (b) => gzipSync(b, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const us = (m) => `${m.median.toFixed(0)} µs (p10 ${m.p10.toFixed(0)}, p90 ${m.p90.toFixed(0)})`;
const ms = (xs, key) => `${median(xs.map((x) => x[key])).toFixed(1)} ms`;

const rows = [
  ['validate(seed), median', us(node.validate), us(chrome.validate), '<= 300 µs'],
  [`validateParagraphs(${paragraphs.length} paragraphs)`, us(node.paragraphs), us(chrome.paragraphs), '<= 300 µs'],
  ['  core only (raw call, no decoding)', us(node.core), '', ''],
  ['import the JavaScript glue (before the clock)', '', ms(firstChrome, 'importJs'), ''],
  ['load (read/fetch, compile, instantiate)', ms(firstNode, 'load'), ms(firstChrome, 'load'), ''],
  ['first validation after load (incl. load)', ms(firstNode, 'first'), ms(firstChrome, 'first'), '<= 15 ms'],
  ['  the same, repeat visit (module cacheable)', '', `${ms(repeatChrome, 'first')} (load ${ms(repeatChrome, 'load')})`, ''],
];
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['', 'Node', 'Chromium', 'budget'][i].length));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
console.log(`resolint WebAssembly benchmark — seed ${seedPath.split('/').pop()} (${Buffer.byteLength(seed)} bytes, ${report.diagnostics.length} diagnostics)`);
console.log(`Node ${process.version}, Chromium ${chromeVersion}${chrome.isolated ? ' (cross-origin isolated timers)' : ''}, ${cpus().length} cores; medians of ${SAMPLES} batches of ${BATCH}, first-load medians of ${FIRST_RUNS} fresh processes/pages`);
console.log(line(['', 'Node', 'Chromium', 'budget']));
for (const r of rows) console.log(line(r));
console.log(`size: wasm ${kb(wasm.length)} (${kb(gz(wasm))} gzipped) + JS glue ${kb(js.length)} (${kb(gz(js))} gzipped) = ${kb(gz(wasm) + gz(js))} gzipped; budget <= 100 KB`);
