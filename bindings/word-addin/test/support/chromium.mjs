// Debian's headless Chromium driven by playwright-core (no browser download), with the
// flags of bindings/js/test/serve.mjs, a fresh profile per launch, and the add-in's own
// server (server.mjs) on 127.0.0.1 over plain HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../server.mjs';

export const CHROMIUM = process.env.RESOLINT_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Starts the server and a browser; `close()` stops both and removes the profile.
 * `onRequest(path)` is called for each request the server receives.
 */
export async function launch({ onRequest } = {}) {
  const server = await startServer({ https: false, port: 0, onRequest });
  const profile = mkdtempSync(join(tmpdir(), 'resolint-addin-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    context,
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
