// The plain-browser page in Debian's headless Chromium (playwright-core, no download),
// served by server.mjs on 127.0.0.1: the seed omnibus pasted into the CodeMirror editor
// gives the package's diagnostics, grouped, underlined and outlined; a fix changes only
// its span; typing is checked live; a long list of problems is paged; markup in a draft
// stays text; every request goes to the page's own origin; no console error and no CSP
// violation; the module, named by its content, is kept by the browser across visits.
// Screenshots go to test-results/ (desktop and 350 px, the width of Word's task pane).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Validator } from 'resolint';
import { launch } from '../support/chromium.mjs';
import { omnibusSeed, resultsDir } from '../support/env.mjs';

const seed = readFileSync(omnibusSeed, 'utf8');

describe('the browser page', () => {
  let browser;
  let page;
  const requests = [];
  const problems = [];

  /** Replaces the editor's content the way a user's paste does (a real paste event). */
  async function paste(text) {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.querySelector('.cm-content').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    await checked();
  }
  const editorText = () => page.evaluate(() => globalThis.resolintAddin.view.state.doc.toString());
  /** Waits until the panel shows the check of the editor's current text. */
  const checked = () =>
    page.waitForFunction(() => {
      const { app, view } = globalThis.resolintAddin;
      return app.state.check?.snapshot.doc === view.state.doc;
    }, null, { timeout: 10_000 });
  const panelItems = () => page.$$eval('#problems li.diag', (lis) => lis.map((li) => ({ rule: li.dataset.rule, text: li.textContent })));
  const shot = (name) => page.screenshot({ path: join(resultsDir, name), fullPage: false });

  before(async () => {
    mkdirSync(resultsDir, { recursive: true });
    browser = await launch();
    await browser.context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => (globalThis.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page = await browser.context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${browser.origin}/index.html`);
    await page.waitForSelector('body[data-ready=true]', { timeout: 20_000 });
  });

  after(async () => {
    await browser?.close();
  });

  test('the seed omnibus: the package\'s diagnostics in the panel, underlined in the editor', async () => {
    await paste(seed);
    assert.equal(await editorText(), seed);
    const expected = new Validator().validate(seed);
    const items = await panelItems();
    assert.equal(items.length, expected.diagnostics.length);
    const count = (rule) => items.filter((i) => i.rule === rule).length;
    assert.equal(count('operative-numbering'), 7);
    assert.ok(items.find((i) => i.rule === 'placeholder').text.includes('xxxx'));
    assert.ok(items.find((i) => i.rule === 'doubled-word').text.includes('in in'));
    assert.match(await page.textContent('[data-testid=summary]'), /8 errors · 4 warnings · 77 notes/);
    // Grouped by section: the numbering errors sit under "Follow-up on the Inter-American Democratic Charter"-like headings, never in the front matter.
    const groups = await page.$$eval('#problems details.group', (ds) => ds.map((d) => ({ title: d.querySelector('.group-title').textContent, rules: [...d.querySelectorAll('li.diag')].map((li) => li.dataset.rule) })));
    assert.ok(groups.length >= 5);
    assert.ok(!groups[0].rules.includes('operative-numbering'));
    // Links to the rule documentation: new window, no opener, no referrer.
    const link = await page.$eval('#problems a.rule', (a) => ({ href: a.href, target: a.target, rel: a.rel }));
    assert.match(link.href, /^https:\/\/github\.com\/resolint\/resolint\/blob\/main\/docs\/rules\/[a-z-]+\.md$/);
    assert.equal(link.target, '_blank');
    assert.equal(link.rel, 'noopener noreferrer');
    // Clicking an item selects its text in the editor.
    await page.click('#problems li.diag[data-rule=placeholder] .diag-main');
    const selected = await page.evaluate(() => {
      const { state } = globalThis.resolintAddin.view;
      return state.sliceDoc(state.selection.main.from, state.selection.main.to);
    });
    assert.equal(selected, 'xxxx');
    // The editor scrolled there, and the error is underlined.
    assert.ok((await page.$$('.cm-lintRange-error')).length >= 1, 'errors are underlined');
    await page.evaluate(() => document.querySelector('#problems li.diag[data-rule=operative-numbering]').scrollIntoView());
    await shot('editor-seed.png');
  });

  test('the outline: omnibus, ten sections, navigation', async () => {
    await page.click('#tab-outline');
    assert.equal(await page.textContent('[data-testid=outline-kind]'), 'omnibus');
    const sections = await page.$$('[data-testid=outline-sections] > li');
    assert.equal(sections.length, 10);
    const expected = new Validator().validate(seed).outline.sections;
    await page.click('[data-testid=outline-sections] > li:nth-child(4) button');
    const line = await page.evaluate(() => {
      const { state } = globalThis.resolintAddin.view;
      return state.doc.lineAt(state.selection.main.head).number;
    });
    assert.equal(line, expected[3].line);
    await shot('outline.png');
    await page.click('#tab-problems');
  });

  test('a fix changes only its span', async () => {
    const before = await editorText();
    const target = new Validator().validate(before).diagnostics.find((d) => d.rule === 'doubled-word');
    const edit = target.fix.edits[0];
    await page.click('#problems li.diag[data-rule=doubled-word] button.fix');
    await checked();
    const afterText = await editorText();
    assert.equal(afterText, before.slice(0, edit.start) + edit.text + before.slice(edit.end));
    assert.equal((await panelItems()).filter((i) => i.rule === 'doubled-word').length, 0);
    assert.match(await page.textContent('#message'), /1 fix applied/);
    await shot('after-fix.png');
  });

  test('"Fix all safe" applies the safe fixes as one change set', async () => {
    const before = await editorText();
    const v = new Validator();
    await page.click('[data-testid=fix-all]');
    await checked();
    const afterText = await editorText();
    assert.equal(afterText, v.applyFixes(before, v.validate(before).diagnostics.filter((d) => d.fix?.applicability === 'safe')));
    assert.equal((await panelItems()).filter((i) => i.rule === 'operative-numbering').length, 0);
  });

  test('typing an error is flagged live', async () => {
    await paste('THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask the Secretariat to report.\n');
    assert.equal((await panelItems()).filter((i) => i.rule === 'doubled-word').length, 0);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n2. To urge the the member states.');
    await page.waitForFunction(() => [...document.querySelectorAll('#problems li.diag')].some((li) => li.dataset.rule === 'doubled-word'), null, { timeout: 5000 });
    const item = (await panelItems()).find((i) => i.rule === 'doubled-word');
    assert.ok(item.text.includes('the the'));
    assert.ok((await page.$$('.cm-lintRange-warning, .cm-lintRange-error')).length >= 1);
  });

  test('markup in a draft is shown as text and never runs', async () => {
    const markup = '<img src=x onerror=window.pwned=1> <script>window.pwned=2</script>';
    await paste(`THE GENERAL ASSEMBLY,\n\nNOTING the report,\n\n${markup}\n\nRESOLVES:\n\n1. To ask.\n`);
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    const panel = await page.textContent('#problems');
    assert.ok(panel.includes(markup), panel);
    assert.equal(await page.$$eval('#problems img, #problems script, #outline img', (els) => els.length), 0);
  });

  test('a group lists its first hundred problems, and more on request, kept while typing', async () => {
    let draft = 'THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n';
    for (let i = 0; i < 250; i++) draft += '1. To ask the Secretariat to report.\n\n';
    await paste(draft);
    const numbering = () => page.$$eval('#problems li.diag[data-rule=operative-numbering]', (lis) => lis.length);
    const expected = new Validator().validate(draft).diagnostics;
    assert.equal(expected.filter((d) => d.rule === 'operative-numbering').length, 249);
    assert.equal(await page.$$eval('#problems li.diag', (lis) => lis.length), 100);
    await page.locator('[data-testid=show-more]').scrollIntoViewIfNeeded();
    await shot('paged-list.png');
    assert.match(await page.textContent('#tab-problems'), new RegExp(`\\(${expected.length}\\)`));
    await page.click('[data-testid=show-more]');
    assert.equal(await page.$$eval('#problems li.diag', (lis) => lis.length), 200);
    // A new check (typing) keeps the longer list.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('x');
    await checked();
    assert.equal(await page.$$eval('#problems li.diag', (lis) => lis.length), 200);
    await page.click('[data-testid=show-more]');
    assert.equal(await numbering(), 249);
    assert.equal(await page.$$eval('[data-testid=show-more]', (b) => b.length), 0);
  });

  test('the layout works at 350 px (Word\'s task pane) without sideways scrolling', async () => {
    await paste(seed);
    await page.setViewportSize({ width: 350, height: 800 });
    await page.waitForTimeout(150);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 350), 'no horizontal overflow');
    await shot('narrow-350.png');
    await page.click('#tab-outline');
    await shot('narrow-350-outline.png');
    await page.click('#tab-problems');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('only the page\'s own origin was requested; no console error, no CSP violation', async () => {
    assert.ok(requests.length > 3);
    const foreign = requests.filter((u) => !u.startsWith(browser.origin + '/') && !u.startsWith('data:'));
    assert.deepEqual(foreign, []);
    assert.deepEqual(problems, []);
    assert.deepEqual(await page.evaluate(() => globalThis.__csp ?? []), []);
  });
});

describe('caching the module', () => {
  let browser;
  const served = [];

  before(async () => {
    browser = await launch({ onRequest: (path) => served.push(path) });
  });

  after(async () => {
    await browser?.close();
  });

  test('the module is named by its content and kept by the browser; the page itself is fetched anew', async () => {
    const page = await browser.context.newPage();
    const headers = {};
    page.on('response', async (r) => (headers[new URL(r.url()).pathname] = await r.allHeaders()));
    await page.goto(`${browser.origin}/index.html`);
    await page.waitForSelector('body[data-ready=true]', { timeout: 20_000 });
    const wasm = Object.keys(headers).filter((p) => p.endsWith('.wasm'));
    assert.equal(wasm.length, 1);
    assert.match(wasm[0], /^\/resolint_wasm_bg-[0-9a-f]{16}\.wasm$/);
    assert.match(headers[wasm[0]]['cache-control'], /immutable/);
    assert.equal(headers['/index.html']['cache-control'], 'no-store');
    assert.equal(headers['/main.js']['cache-control'], 'no-store');

    // Opening the page again (as Word does each time the task pane opens): the entry is
    // asked for again, the module is not, and checking works.
    const before = served.length;
    await page.reload();
    await page.waitForSelector('body[data-ready=true]', { timeout: 20_000 });
    const again = served.slice(before);
    assert.ok(again.includes('/index.html') && again.includes('/main.js'), again.join(' '));
    assert.deepEqual(again.filter((p) => p.endsWith('.wasm')), []);
    assert.equal(served.filter((p) => p === wasm[0]).length, 1);
    await page.locator('.cm-content').click();
    await page.keyboard.type('THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask the the Secretariat.\n');
    await page.waitForFunction(() => [...document.querySelectorAll('#problems li.diag')].some((li) => li.dataset.rule === 'doubled-word'), null, { timeout: 10_000 });
    await page.close();
  });
});
