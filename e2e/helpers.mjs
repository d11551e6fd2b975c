// Shared set-up for the end-to-end tests: a static server over dist/ on 127.0.0.1 and Debian's
// Chromium driven by playwright-core (no browser download). Env: DIST (default ../dist),
// CHROMIUM (default /usr/bin/chromium), SHOTS (screenshot folder, default e2e/shots).
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.resolve(here, process.env.DIST ?? '../dist');
export const SHOTS = path.resolve(here, process.env.SHOTS ?? 'shots');
const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json' };

/** Serves `root` on 127.0.0.1 (a free port) under `prefix` (e.g. '/tools/brief/'); returns
 * { server, baseURL, hits } where hits lists every path requested. */
export async function serve(root = DIST, prefix = '/') {
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error(`no build in ${root}: run trunk build first`);
  const hits = [];
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    hits.push(p);
    if (!p.startsWith(prefix)) { res.writeHead(404); res.end(); return; }
    p = '/' + p.slice(prefix.length);
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(root, path.normalize(p));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404); res.end(); return;
    }
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, hits, baseURL: `http://127.0.0.1:${server.address().port}${prefix}` };
}

/** Launches Chromium with a fresh profile; returns { context, close }. */
export async function browser(options = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Extra flags for experiments, e.g. BRIEF_CHROMIUM_ARGS='--js-flags=--no-wasm-dynamic-tiering'.
      ...(process.env.BRIEF_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean)],
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  return {
    context,
    close: async () => { await context.close(); fs.rmSync(userDataDir, { recursive: true, force: true }); },
  };
}

/** Opens a page that records console errors and page errors in `page.errors`. */
export async function openPage(context, url) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector('body[data-ready-ms]');
  return page;
}

/** Opens the app with an empty draft and default settings. */
export async function freshPage(context, url) {
  const page = await openPage(context, url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('body[data-ready-ms]');
  return page;
}

/** Waits until the brief's title reads `title`. */
export async function titleIs(page, title) {
  await page.waitForFunction((t) => document.querySelector('[data-testid=title]')?.textContent === t, title);
}

/** Waits until a service worker controls `page`. */
export async function swReady(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

/** Pastes into the article box as a browser does: a paste event carrying text and HTML. */
export async function paste(page, { text = '', html = '' }) {
  await page.focus('[data-testid=input]');
  await page.evaluate(({ text, html }) => {
    const dt = new DataTransfer();
    if (text) dt.setData('text/plain', text);
    if (html) dt.setData('text/html', html);
    const area = document.querySelector('[data-testid=input]');
    const event = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    if (area.dispatchEvent(event)) {
      // Not handled by the app: the browser's own paste inserts the plain text.
      area.setRangeText(text, area.selectionStart, area.selectionEnd, 'end');
      area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
  }, { text, html });
}

export function shotPath(name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  return path.join(SHOTS, name);
}

// The worker's "working" indicator can come and go between two polls (a warm worker reads
// 1 MB in about 150 ms): a test that must see it records it with a MutationObserver, which
// runs right after the task that inserted it, before the worker's answer can remove it.
export const watchWorking = (page) => page.evaluate(() => {
  window.sawWorking = false;
  const seen = () => { if (document.querySelector('[data-testid=working]')) window.sawWorking = true; };
  new MutationObserver(seen).observe(document.body, { childList: true, subtree: true });
  seen();
});
export const sawWorking = (page) => page.waitForFunction(() => window.sawWorking === true);

// The number of the worker's last answered job (data-worker-job), or 0.
export const workerJob = (page) => page.evaluate(() => Number(document.querySelector('[data-testid=brief]')?.getAttribute('data-worker-job') ?? 0));

// Waits for the worker's answer to a job after `job` (an outcome, not an indicator).
export const answeredAfter = (page, job, timeout = 60000) => page.waitForFunction(
  (j) => Number(document.querySelector('[data-testid=brief]')?.getAttribute('data-worker-job') ?? 0) > j && !document.querySelector('[data-testid=working]'),
  job, { timeout });

