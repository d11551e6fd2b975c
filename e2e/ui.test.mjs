// The reading view, flow by flow, in a real browser on the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve, browser, freshPage, titleIs, paste, shotPath } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ARTICLE = 'Council plans a new bridge\n\nBy Jane Doe\n\n'
  + 'The city council will build a new bridge over the river next year, officials said on Tuesday. '
  + 'The bridge will carry a cycle lane and two bus lanes across the water to the old town. '
  + 'The council will not raise council tax to pay for it, and it has ruled out tolls on drivers.\n\n'
  + 'Funding\n\nThe money will come from a national transport fund and a loan from the regional bank. '
  + 'Work is due to start in the spring and should take about two years to finish completely.\n\n'
  + 'Share this article\n';

let web, b;
before(async () => { web = await serve(); b = await browser({ acceptDownloads: true }); });
after(async () => { await b?.close(); web?.server.close(); });

const fresh = () => freshPage(b.context, web.baseURL);

test('paste plain text: the brief follows without a submit step', async () => {
  const page = await fresh();
  await paste(page, { text: ARTICLE });
  await page.waitForSelector('[data-testid=title]');
  assert.equal(await page.textContent('[data-testid=title]'), 'Council plans a new bridge');
  assert.equal(await page.textContent('[data-testid=byline]'), 'By Jane Doe');
  assert.match(await page.textContent('[data-testid=reading-time]'), /words · 1 min to read/);
  const wont = await page.locator('td.wont').allTextContents();
  assert.ok(wont.some((c) => /council tax/.test(c)), wont.join(' | '));
  await page.close();
});

test('paste HTML: its structure is read, its markup never used', async () => {
  const page = await fresh();
  await paste(page, { text: 'ignored plain text', html: '<h1>Harbour to reopen</h1><p>The port authority will reopen the harbour in May. It will not charge fees this year.</p><h2>Ferries</h2><ul><li>Two new ferry routes will start.</li><li>Night sailings will resume.</li></ul>' });
  await page.waitForSelector('[data-testid=title]');
  assert.equal(await page.textContent('[data-testid=title]'), 'Harbour to reopen');
  const headings = await page.locator('[data-testid=section] summary .heading').allTextContents();
  assert.ok(headings.includes('Ferries'), headings.join('|'));
  assert.equal(await page.locator('[data-testid=section] li').count(), 2);
  assert.doesNotMatch(await page.inputValue('[data-testid=input]'), /<h1>|<p>/);
  await page.close();
});

test('paste a whole page as HTML: the article\'s container says where it ends, and its lead stays', async () => {
  const page = await fresh();
  const para = (k) => `<p>The council will build a new bridge over the river next year, and the work will close the old crossing for ${k} months.</p>`;
  const story = Array.from({ length: 10 }, (_, k) => para(k + 1)).join('');
  await paste(page, {
    text: 'ignored plain text',
    html: '<nav><a href="/">Home</a> <a href="/news">News</a></nav><h1>Council to build a new river bridge</h1>'
      + '<p>A standfirst that retells the story of the bridge in a sentence of its own, as pages do.</p>'
      + `<div class="story">${story}</div>`
      + '<div class="more"><p>Elsewhere in the region, a school will open a new library with help from parents this autumn.</p></div>',
  });
  await titleIs(page, 'Council to build a new river bridge');
  const sections = (await page.locator('[data-testid=section]').allTextContents()).join(' ');
  assert.match(sections, /for 1 months/);
  assert.match(sections, /for 10 months/);
  // The standfirst between the headline and the story is the article's lead.
  assert.match(sections, /A standfirst that retells/);
  assert.doesNotMatch(sections, /Elsewhere/);
  const removed = (await page.locator('[data-testid=removed-block]').allTextContents()).join(' | ');
  assert.match(removed, /Elsewhere in the region/);
  await page.close();
});

test('open and drop files: .txt, .md and .html', async () => {
  const page = await fresh();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-files-'));
  const md = path.join(dir, 'plan.md');
  fs.writeFileSync(md, '# Library plan\n\nThe library will open on Sundays from June. It will not close the branch in the north.\n');
  await page.setInputFiles('[data-testid=file]', md);
  await page.waitForSelector('[data-testid=title]');
  assert.equal(await page.textContent('[data-testid=title]'), 'Library plan');
  assert.match(await page.textContent('[data-testid=status]'), /Opened plan\.md/);
  // Drop an HTML file onto the text box.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['<h1>Pool news</h1><p>The pool will reopen in July. It will not raise prices.</p>'], 'pool.html', { type: 'text/html' }));
    document.querySelector('[data-testid=input]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector('[data-testid=title]')?.textContent === 'Pool news');
  fs.rmSync(dir, { recursive: true, force: true });
  await page.close();
});

test('the slider sets the number of key points', async () => {
  const page = await fresh();
  await page.click('[data-testid=example]');
  await page.waitForSelector('[data-testid=key-points] li');
  for (const n of [1, 5, 9]) {
    await page.locator('[data-testid=points]').fill(String(n));
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=key-points] li').length === n, n);
  }
  await page.reload();
  await page.waitForSelector('[data-testid=key-points] li');
  assert.equal(await page.locator('[data-testid=key-points] li').count(), 9, 'the setting persists');
  await page.close();
});

test('expand all, collapse all, and keyboard shortcuts', async () => {
  const page = await fresh();
  await page.click('[data-testid=example]');
  await page.waitForSelector('[data-testid=section]');
  // (The sections follow the app's state, rendered after the event: wait for the outcome.)
  const opened = (n) => page.waitForFunction((n) => [...document.querySelectorAll('details.section')].filter((d) => d.open).length === n, n);
  const total = await page.locator('[data-testid=section]').count();
  await page.click('[data-testid=expand-all]');
  await opened(total);
  await page.click('[data-testid=collapse-all]');
  await opened(0);
  // A section the reader opens is open alone.
  await page.locator('[data-testid=section] summary').nth(1).click();
  await opened(1);
  await page.click('[data-testid=collapse-all]');
  await opened(0);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('x');
  await opened(total);
  await page.keyboard.press('c');
  await opened(0);
  await page.keyboard.press('?');
  await page.waitForSelector('[data-testid=help]');
  assert.match(await page.textContent('[data-testid=help]'), /Keyboard shortcuts/);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('[data-testid=help]').count(), 0);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'input');
  await page.close();
});

test('a key point links to its sentence', async () => {
  const page = await fresh();
  await page.click('[data-testid=example]');
  const kp = page.locator('[data-testid=key-points] li button').nth(1);
  const text = (await kp.textContent()).trim();
  await kp.click();
  const focused = page.locator('.sentence.focus');
  await focused.waitFor();
  assert.equal((await focused.textContent()).trim(), text);
  assert.equal(await focused.evaluate((el) => el.closest('details').open), true);
  await page.close();
});

test('removed blocks can be restored', async () => {
  const page = await fresh();
  await paste(page, { text: ARTICLE });
  await page.waitForSelector('[data-testid=removed]');
  assert.match(await page.textContent('[data-testid=removed]'), /Share this article/);
  await page.click('[data-testid=removed] summary');
  await page.click('[data-testid=removed-block] button.restore');
  await page.waitForFunction(() => !document.querySelector('[data-testid=removed]'));
  assert.match(await page.textContent('[data-testid=sections]'), /Share this article/);
  await page.close();
});

test('exports: Markdown, JSON and CSV files with the brief in them', async () => {
  const page = await fresh();
  await page.click('[data-testid=example]');
  await page.waitForSelector('[data-testid=row]');
  const grab = async (id) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${id}]`)]);
    const file = await dl.path();
    return { name: dl.suggestedFilename(), body: fs.readFileSync(file, 'utf8') };
  };
  const md = await grab('save-md');
  assert.match(md.name, /^reassurance-not-peacekeeping.*\.md$/);
  assert.match(md.body, /^# Reassurance, not peacekeeping/);
  assert.match(md.body, /## Key points/);
  assert.match(md.body, /\| Actor \| Will \| Won't \| Hedge \|/);
  const json = JSON.parse((await grab('save-json')).body);
  assert.equal(json.title, "Reassurance, not peacekeeping: What Ukraine coalition force will and won't do");
  assert.ok(json.commitments.length >= 8);
  const csv = (await grab('save-csv')).body.trim().split('\r\n');
  assert.equal(csv[0], 'actor,polarity,action,hedge,time,condition,speaker,sentence,start,end');
  assert.equal(csv.length - 1, json.commitments.length);
  assert.ok(csv.some((l) => /,wont,.*tripwire/.test(l)));
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.baseURL });
  await page.click('[data-testid=copy-md]');
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^# Reassurance/);
  await page.close();
});

test('a share link carries the text and opens it elsewhere', async () => {
  const page = await fresh();
  await paste(page, { text: ARTICLE });
  await page.waitForSelector('[data-testid=title]');
  await page.click('[data-testid=share]');
  await page.waitForFunction(() => document.querySelector('[data-testid=share-url]')?.textContent.includes('#t='));
  const url = await page.textContent('[data-testid=share-url]');
  assert.match(url, /#t=[A-Za-z0-9_-]+$/);
  assert.ok(url.startsWith(web.baseURL));
  const other = await b.context.newPage();
  await other.goto(url);
  await other.waitForSelector('[data-testid=title]');
  assert.equal(await other.inputValue('[data-testid=input]'), ARTICLE);
  assert.ok(!other.url().includes('#t='), 'the fragment is cleared once read');
  await other.close();
  // Too long for a link: a clear message.
  let x = 2463534242; // xorshift32: text that does not compress
  const next = () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x; };
  const long = Array.from({ length: 60000 }, () => String.fromCharCode(0x4e00 + next() % 5000)).join('');
  await page.fill('[data-testid=input]', long);
  await page.waitForTimeout(400);
  await page.click('[data-testid=share]');
  await page.waitForFunction(() => /too long for a link/.test(document.querySelector('[data-testid=status]').textContent), null, { timeout: 20000 });
  await page.close();
});

test('dark mode follows the system and the toggle', async () => {
  const page = await fresh();
  await page.emulateMedia({ colorScheme: 'dark' });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await bg();
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await bg();
  assert.notEqual(dark, light);
  await page.click('[data-testid=theme]'); // auto -> light
  await page.click('[data-testid=theme]'); // light -> dark
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await bg(), dark, 'the toggle wins over the system');
  await page.reload();
  await page.waitForSelector('body[data-ready-ms]');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark', 'the choice persists');
  await page.close();
});

test('accessibility: no serious or critical axe violations, light and dark', async (t) => {
  const page = await fresh();
  await page.click('[data-testid=example]');
  await page.waitForSelector('[data-testid=row]');
  await page.click('[data-testid=expand-all]');
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(AXE);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    t.diagnostic(`${scheme}: ${result.violations.length} violations (${bad.length} serious or critical)`);
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.html?.slice(0, 120)}`), []);
  }
  await page.close();
});

test('screenshots of the seed at 1280×800 and 390×844', async () => {
  const page = await fresh();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.click('[data-testid=example]');
  await page.waitForSelector('[data-testid=row]');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: shotPath('ui-1280x800.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 390 px (overflow ${overflow}px)`);
  await page.screenshot({ path: shotPath('ui-390x844.png') });
  await page.screenshot({ path: shotPath('ui-390-full.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: shotPath('ui-1920-dark.png') });
  await page.close();
});

test('a panic shows a calm message and the draft survives', async () => {
  const page = await fresh();
  await paste(page, { text: ARTICLE });
  await page.waitForSelector('[data-testid=title]');
  await page.waitForTimeout(300);
  page.errors.length = 0;
  const threw = await page.evaluate(() => { try { window.wasmBindings.panic_for_test(); return false; } catch { return true; } });
  assert.ok(threw);
  const fatal = page.locator('#fatal');
  await fatal.waitFor();
  assert.match(await fatal.textContent(), /Your draft is saved/);
  assert.equal(await fatal.getAttribute('role'), 'alert');
  await page.reload();
  await page.waitForSelector('[data-testid=title]');
  assert.equal(await page.inputValue('[data-testid=input]'), ARTICLE);
  await page.close();
});

test('a long paste: the box shows its first part, the brief reads it all, and the whole text is one click away', async () => {
  const page = await fresh();
  // 300 KB whose last section is far past what the box shows.
  const paras = [];
  for (let i = 1, n = 0; n < 300000; i++) {
    const p = `The council will review item ${i} of the budget in the spring, and the board will report on part ${(i * 7) % 13} of it before the summer recess.`;
    paras.push(p);
    n += p.length + 2;
  }
  const text = 'A long report\n\n' + paras.join('\n\n')
    + '\n\nFinal chapter\n\nThe board will publish the accounts in June, and the members will vote on them at the annual meeting in July.\n';
  await paste(page, { text });
  await page.waitForSelector('[data-testid=preview-note]');
  const box = await page.evaluate(() => { const a = document.querySelector('[data-testid=input]'); return { len: a.value.length, ro: a.readOnly }; });
  assert.ok(box.ro, 'the preview is read-only');
  assert.ok(box.len > 10000 && box.len <= 20000, `the box shows the first part only (${box.len} chars)`);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=section] summary')].some((s) => /Final chapter/.test(s.textContent)), null, { timeout: 60000 });
  await page.click('[data-testid=edit-whole]');
  await page.waitForFunction((n) => document.querySelector('[data-testid=input]').value.length === n, text.length);
  assert.equal(await page.evaluate(() => document.querySelector('[data-testid=input]').readOnly), false);
  assert.equal(await page.locator('[data-testid=preview-note]').count(), 0);
  await page.close();
});
