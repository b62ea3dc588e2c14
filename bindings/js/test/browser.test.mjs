// The web build in a real headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core; no browser download), served from a tiny static server on 127.0.0.1
// with `.wasm` as application/wasm.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { omnibusSeed } from './helpers.mjs';
import { CHROMIUM, CHROMIUM_ARGS, serve } from './serve.mjs';

const PAGE = `<!doctype html><meta charset="utf-8"><title>resolint</title>
<script type="module">
  import init, { Validator, version } from '/pkg/resolint.js';
  window.resolint = { Validator, version };
  init().then(() => { window.ready = true; }, (e) => { window.failed = String(e); });
</script>`;

describe('in headless Chromium', () => {
  let server;
  let browser;
  let page;
  const messages = [];

  before(async () => {
    server = await serve({ pages: { '/': PAGE } });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.ready || window.failed, null, { timeout: 30_000 });
    assert.equal(await page.evaluate(() => window.failed ?? null), null);
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  });

  test('the module loads with streaming compilation (served as application/wasm)', async () => {
    assert.ok(!messages.some((m) => /application\/wasm|instantiateStreaming/.test(m)), messages.join('\n'));
    assert.match(await page.evaluate(() => window.resolint.version()), /^\d+\.\d+\.\d+/);
  });

  test('checks a draft and reports UTF-16 offsets', async () => {
    const draft = 'THE GENERAL ASSEMBLY,\n\nNOTING the “😀” report of the the Council (AG/doc.xxxx/21),\n\nRESOLVES:\n\n1. To ask.\n\n1. To urge.\n';
    const report = await page.evaluate((text) => new window.resolint.Validator().validate(text), draft);
    assert.equal(report.language, 'en');
    assert.equal(report.outline.kind, 'resolution');
    assert.equal(report.outline.organ, 'THE GENERAL ASSEMBLY');
    assert.equal(report.outline.sections[0].operative, 2);
    const rules = report.diagnostics.map((d) => d.rule);
    for (const rule of ['placeholder', 'doubled-word', 'operative-numbering']) assert.ok(rules.includes(rule), rules.join());
    const placeholder = report.diagnostics.find((d) => d.rule === 'placeholder');
    assert.equal(draft.slice(placeholder.start, placeholder.end), 'xxxx');
    assert.equal(placeholder.line, 3);
    assert.equal(placeholder.column, placeholder.start - draft.lastIndexOf('\n', placeholder.start - 1));
    const numbering = report.diagnostics.find((d) => d.rule === 'operative-numbering');
    assert.equal(numbering.severity, 'error');
    assert.equal(draft.slice(numbering.start, numbering.start + 1), '1');
    assert.equal(numbering.line, 9);
    const fixed = await page.evaluate(
      ({ text, diagnostics }) => new window.resolint.Validator().applyFixes(text, diagnostics.filter((d) => d.fix?.applicability === 'safe')),
      { text: draft, diagnostics: report.diagnostics },
    );
    assert.ok(fixed.includes('2. To urge.'), fixed);
  });

  test('gives the same report as Node on the omnibus seed', async () => {
    const { Validator } = await import('resolint');
    const seed = readFileSync(omnibusSeed, 'utf8');
    const inBrowser = await page.evaluate((text) => new window.resolint.Validator().validate(text), seed);
    assert.deepEqual(inBrowser, new Validator().validate(seed));
  });

  test('validateParagraphs, options and their errors', async () => {
    const out = await page.evaluate(() => {
      const { Validator } = window.resolint;
      const v = new Validator({ lang: 'en', rules: { whitespace: 'off' } });
      const paragraphs = v.validateParagraphs([
        { text: 'THE GENERAL ASSEMBLY,' },
        { text: 'RESOLVES:' },
        { text: 'To ask “😀”.', listString: '1.' },
        { text: 'To urge.', listString: '1.' },
      ]);
      let error = null;
      try {
        new Validator({ sessionYear: '2024' });
      } catch (e) {
        error = { isError: e instanceof Error, message: e.message };
      }
      const after = v.validate('THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\n1. To urge.\n');
      // Every option, and an ignore of one occurrence by paragraph fingerprint and text.
      const noting = 'NOTING the the report and the the study,';
      const configured = new Validator({
        language: 'en',
        profile: 'permanent-council',
        sessionYear: 2021,
        ignore: [{ rule: 'doubled-word', paragraph: Validator.fingerprint(noting), text: 'the the' }],
      }).validateParagraphs([
        { text: 'THE GENERAL ASSEMBLY,' },
        { text: noting },
        { text: 'NOTING ALSO the the decision,' },
        { text: 'RESOLVES:' },
        { text: 'To ask the Secretariat to report at its fifty-first regular session.', listString: '1.' },
      ]);
      return {
        paragraphs,
        error,
        after: after.diagnostics.map((d) => d.rule),
        rules: Validator.rules().length,
        configured: configured.diagnostics.map((d) => `${d.rule}@${d.paragraph}`),
        fingerprint: Validator.fingerprint(noting),
      };
    });
    const numbering = out.paragraphs.diagnostics.find((d) => d.rule === 'operative-numbering');
    assert.equal(numbering.paragraph, 3);
    assert.deepEqual(out.error?.isError, true);
    assert.match(out.error.message, /sessionYear/);
    assert.ok(out.after.includes('operative-numbering'));
    assert.ok(out.rules >= 20);
    assert.deepEqual(out.configured, ['organ-line-format@0', 'preamble-punctuation@1', 'doubled-word@2', 'session-ordinal@4']);
    const { Validator } = await import('resolint');
    assert.equal(out.fingerprint, Validator.fingerprint('NOTING the the report and the the study,'));
  });

  test('a panic throws a catchable Error and the page keeps working', async () => {
    const out = await page.evaluate(async () => {
      const glue = await import('/pkg/resolint_wasm.js');
      let message = null;
      try {
        glue.__testPanic();
      } catch (e) {
        message = e instanceof Error ? e.message : `not an Error: ${e}`;
      }
      const report = new window.resolint.Validator().validate('THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\n1. To urge.\n');
      return { message, rules: report.diagnostics.map((d) => d.rule) };
    });
    assert.match(out.message, /internal error/);
    assert.ok(out.rules.includes('operative-numbering'));
  });
});
