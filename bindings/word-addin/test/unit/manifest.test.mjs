// manifest.xml and the built entries: the manifest parses (office-addin-manifest's own
// offline reader, and a strict XML parse), has the required elements, points at the
// served task pane, requires WordApi 1.3, and its icons exist and are served; the two
// HTML entries come from one template and only the task pane names an outside origin.
// (office-addin-manifest's `validate` posts the manifest to a Microsoft service, so it
// is not used: the tests run offline.)
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { ManifestHandlerXml } from 'office-addin-manifest/lib/manifestHandler/manifestHandlerXml.js';
import { OFFICE_JS, csp, entries } from '../../build.mjs';
import { startServer } from '../../server.mjs';
import { addinDir, distDir } from '../support/env.mjs';

const manifestPath = join(addinDir, 'manifest.xml');

/** Every element named `name` anywhere under an xml2js node. */
function all(node, name, out = []) {
  if (Array.isArray(node)) for (const n of node) all(n, name, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === name) out.push(...(Array.isArray(v) ? v : [v]));
      if (k !== '$') all(v, name, out);
    }
  }
  return out;
}

describe('manifest.xml', () => {
  let server;
  let origin;
  before(async () => {
    server = await startServer({ https: false, port: 0 });
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise((ok) => server.close(ok)));

  test('is well-formed and has the required elements', async () => {
    const xml = await new ManifestHandlerXml(manifestPath).parseXmlAsync(); // strict parser: throws if malformed
    const app = xml.OfficeApp;
    assert.equal(app.$['xsi:type'], 'TaskPaneApp');
    for (const el of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions']) {
      assert.ok(app[el], `missing <${el}>`);
    }
    const info = await OfficeAddinManifest.readManifestFile(manifestPath);
    assert.match(info.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.deepEqual(info.hosts, ['Document']);
    assert.equal(info.permissions, 'ReadWriteDocument');
    assert.equal(info.defaultSettings.sourceLocation, 'https://localhost:3000/taskpane.html');
  });

  test('requires WordApi 1.3 as the minimum', async () => {
    const xml = await new ManifestHandlerXml(manifestPath).parseXmlAsync();
    const sets = all(xml.OfficeApp.Requirements, 'Set').map((s) => ({ ...s.$ }));
    assert.deepEqual(sets, [{ Name: 'WordApi', MinVersion: '1.3' }]);
  });

  test('every SourceLocation is the task-pane entry, and every URL is served', async () => {
    const xml = await new ManifestHandlerXml(manifestPath).parseXmlAsync();
    const urls = all(xml, 'bt:Url').map((u) => u.$);
    const taskpane = urls.find((u) => u.id === 'Taskpane.Url').DefaultValue;
    assert.equal(taskpane, 'https://localhost:3000/taskpane.html');
    for (const loc of all(xml, 'SourceLocation')) {
      const value = loc.$.DefaultValue ?? urls.find((u) => u.id === loc.$.resid)?.DefaultValue;
      assert.equal(value, taskpane);
    }
    const icons = [...all(xml, 'bt:Image').map((i) => i.$.DefaultValue).filter(Boolean), xml.OfficeApp.IconUrl[0].$.DefaultValue, xml.OfficeApp.HighResolutionIconUrl[0].$.DefaultValue];
    assert.ok(icons.length >= 5);
    for (const url of [...icons, taskpane]) {
      const path = new URL(url).pathname;
      assert.ok(url.startsWith('https://localhost:3000/'), url);
      const res = await fetch(origin + path);
      assert.equal(res.status, 200, `${path} is not served`);
      if (path.endsWith('.png')) {
        assert.ok(existsSync(join(addinDir, path)), `${path} is not in the repository`);
        assert.equal(res.headers.get('content-type'), 'image/png');
        const size = Number(all(xml, 'bt:Image').find((i) => i.$.DefaultValue === url)?.$.size ?? path.match(/(\d+)\.png$/)[1]);
        const png = Buffer.from(await res.arrayBuffer());
        assert.equal(png.readUInt32BE(16), Number(path.match(/(\d+)\.png$/)[1]), `${path} has the size its name says`);
        assert.ok(size > 0);
      }
    }
  });
});

describe('the two entries', () => {
  test('come from one template; only the task pane loads office.js and names its origin', () => {
    const built = entries(readFileSync(join(addinDir, 'src/page.html'), 'utf8'));
    for (const [name, html] of Object.entries(built)) {
      assert.equal(readFileSync(join(distDir, name), 'utf8'), html, `dist/${name} is stale: run node build.mjs`);
      assert.ok(!html.includes('%CSP%') && !html.includes('%OFFICE%'));
      assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'no inline script');
      const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
      const scriptSrc = policy.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === 'script-src');
      assert.ok(!scriptSrc.includes("'unsafe-inline'") && !scriptSrc.includes("'unsafe-eval'"), policy);
    }
    const outside = (html) => [...html.matchAll(/https?:\/\/[^\s"'<>;]+/g)].map((m) => m[0]);
    assert.deepEqual(outside(built['index.html']), []);
    assert.deepEqual([...new Set(outside(built['taskpane.html']))].sort(), ['https://appsforoffice.microsoft.com', OFFICE_JS].sort());
    const browserCsp = csp({ office: false });
    assert.match(browserCsp, /default-src 'self'/);
    assert.match(browserCsp, /script-src 'self' 'wasm-unsafe-eval';/);
    assert.match(csp({ office: true }), /script-src 'self' 'wasm-unsafe-eval' https:\/\/appsforoffice\.microsoft\.com;/);
  });
});
