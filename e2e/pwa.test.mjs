// Offline-first PWA on any static host, with no network requests and a strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve, browser, openPage, swReady, paste, DIST } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

const ARTICLE = 'Council plans a bridge\n\nThe council will build a new bridge over the river next year. '
  + 'It will not raise taxes to pay for it, the mayor said. Work starts in spring.';

test('after one visit the app works offline, the example included', async () => {
  const web = await serve();
  try {
    const page = await openPage(b.context, web.baseURL);
    await swReady(page);
    await b.context.setOffline(true);
    try {
      const resp = await page.reload();
      assert.ok(resp.fromServiceWorker(), 'the page comes from the service worker');
      await page.waitForSelector('body[data-ready-ms]');
      await page.fill('[data-testid=input]', ARTICLE);
      await page.waitForSelector('[data-testid=row]');
      assert.equal(await page.textContent('[data-testid=title]'), 'Council plans a bridge');
      await page.click('[data-testid=clear]');
      await page.click('[data-testid=example]');
      await page.waitForSelector('[data-testid=row]');
      const miss = await page.evaluate(() => fetch('./not-cached.txt').then((r) => r.status, () => 'error'));
      assert.equal(miss, 'error', 'a file never cached fails offline: the network really is off');
    } finally {
      await b.context.setOffline(false);
    }
    await page.close();
  } finally { web.server.close(); }
});

test('installable by Chromium\'s criteria', async () => {
  const web = await serve();
  try {
    const page = await openPage(b.context, web.baseURL);
    await swReady(page);
    const cdp = await b.context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    assert.match(manifest.data, /"short_name": "Brief"/);
    await page.close();
  } finally { web.server.close(); }
});

test('served under a sub-path, with relative URLs only', async () => {
  const web = await serve(DIST, '/tools/brief/');
  try {
    const page = await openPage(b.context, web.baseURL);
    await page.click('[data-testid=example]');
    await page.waitForSelector('[data-testid=row]');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, web.baseURL);
    assert.ok(web.hits.every((h) => h.startsWith('/tools/brief/')), web.hits.join(' '));
    assert.deepEqual(page.errors, []);
    await page.close();
  } finally { web.server.close(); }
});

test('a full session requests nothing outside the origin, and nothing after the first load', async () => {
  const web = await serve();
  try {
    const requests = [];
    const listener = (r) => requests.push(r.url());
    b.context.on('request', listener);
    const page = await openPage(b.context, web.baseURL);
    await swReady(page);
    await page.waitForLoadState('networkidle');
    assert.ok(requests.length > 0);
    assert.ok(requests.every((u) => u.startsWith(web.baseURL)), requests.join('\n'));
    requests.length = 0;
    const hits = web.hits.length;
    await paste(page, { text: ARTICLE });
    await page.waitForSelector('[data-testid=row]');
    await page.click('[data-testid=clear]');
    await paste(page, { html: '<h1>Council plans a bridge</h1><p>The council will build a bridge. <img src="http://192.0.2.1/pixel.png"> It will not raise taxes.</p>' });
    await page.waitForSelector('[data-testid=row]');
    await page.click('[data-testid=example]');
    await page.locator('td.wont button').first().click();
    await page.waitForTimeout(300);
    assert.deepEqual(requests, [], 'no request while working');
    assert.equal(web.hits.length, hits, 'the server saw nothing');
    b.context.off('request', listener);
    await page.close();
  } finally { web.server.close(); }
});

test('an XSS corpus pasted as HTML executes nothing and fetches nothing', async () => {
  const web = await serve();
  try {
    const page = await openPage(b.context, web.baseURL);
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.evaluate(() => { window.__xss = 0; });
    // The article paragraph comes first: the browser's parser (the app reads pasted HTML
    // through DOMParser) puts everything after the unclosed <style> of the MathML item into
    // that style element, as a page would, so text after it is not article text.
    const corpus = [
      '<p>The council will build a bridge over the river next year. It will not raise taxes.</p>',
      '<script>window.__xss++</script>',
      '<img src=x onerror="window.__xss++">',
      '<svg onload="window.__xss++"><script>window.__xss++</script></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss++">',
      '<iframe srcdoc="<script>parent.__xss++</script>"></iframe>',
      '<a href="javascript:window.__xss++">click me</a>',
      '<div style="background:url(http://192.0.2.1/x.png)">styled</div>',
      '<link rel="stylesheet" href="http://192.0.2.1/s.css"><base href="http://192.0.2.1/">',
      '<body onload="window.__xss++"><details open ontoggle="window.__xss++">x</details>',
      '<object data="javascript:window.__xss++"></object><embed src="javascript:window.__xss++">',
    ].join('\n');
    await paste(page, { html: corpus });
    await page.waitForSelector('[data-testid=brief]');
    for (const a of await page.locator('a, button.link').all()) await a.click().catch(() => {});
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => window.__xss), 0);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(requests, []);
    const text = await page.inputValue('[data-testid=input]');
    assert.ok(!/<script|onerror|javascript:/i.test(text), 'no markup reaches the draft');
    assert.match(text, /council will build a bridge/);
    await page.close();
  } finally { web.server.close(); }
});

test('a new deploy is picked up after reload, with no mixed versions', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-deploy-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const web = await serve(dir);
  try {
    const page = await openPage(b.context, web.baseURL);
    await swReady(page);
    const oldKeys = await page.evaluate(() => caches.keys());
    // Deploy 2: a changed stylesheet under a new hashed name, then the post-build step.
    const index = path.join(dir, 'index.html');
    let html = fs.readFileSync(index, 'utf8');
    const css = html.match(/href="\.\/(style-[0-9a-f]+\.css)"/)[1];
    fs.writeFileSync(path.join(dir, 'style-2222222222222222.css'), fs.readFileSync(path.join(dir, css), 'utf8') + '\n:root { --build: "2"; }\n');
    fs.rmSync(path.join(dir, css));
    html = html.replace(new RegExp(`href="\\./${css}"[^>]*>`), 'href="./style-2222222222222222.css"/>');
    fs.writeFileSync(index, html);
    execFileSync('node', [path.join(here, '../scripts/postbuild.mjs')], { env: { ...process.env, TRUNK_STAGING_DIR: dir } });
    await page.reload();
    await page.waitForSelector('body[data-ready-ms]');
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--build').trim()), '"2"');
    // The new worker takes over and deletes the old cache.
    let keys = [];
    for (let i = 0; i < 50; i++) {
      keys = await page.evaluate(() => caches.keys());
      if (keys.length === 1 && keys[0] !== oldKeys[0]) break;
      await page.waitForTimeout(100);
    }
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    assert.ok(!loaded.some((p) => p.includes(css)), 'the old stylesheet is not used');
    assert.equal(keys.length, 1);
    assert.notDeepEqual(keys, oldKeys, 'a new versioned cache, the old one deleted');
    await page.click('[data-testid=example]');
    await page.waitForSelector('[data-testid=row]');
    assert.deepEqual(page.errors, []);
    await page.close();
  } finally { web.server.close(); fs.rmSync(dir, { recursive: true, force: true }); }
});
