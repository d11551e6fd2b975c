// The main flow in a real browser on the release build: load, try the example, read the brief.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, browser, freshPage as openPage, titleIs, shotPath } from './helpers.mjs';

const seed = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/seed.txt'), 'utf8');
let web, b;

before(async () => { web = await serve(); b = await browser(); });
after(async () => { await b?.close(); web?.server.close(); });

test('example: title, sections, will / won\'t rows, no console errors', async (t) => {
  const page = await openPage(b.context, web.baseURL);
  t.diagnostic(`interactive ${await page.getAttribute('body', 'data-ready-ms')} ms after navigation`);
  assert.ok(await page.isVisible('[data-testid=empty]'));
  await page.click('[data-testid=example]');
  await page.waitForSelector('[data-testid=title]');
  assert.equal(await page.textContent('[data-testid=title]'),
    "Reassurance, not peacekeeping: What Ukraine coalition force will and won't do");
  const sections = await page.locator('[data-testid=section]').count();
  assert.equal(sections, 13, 'every heading of the seed is a section');
  const headings = await page.locator('[data-testid=section] summary .heading').allTextContents();
  assert.ok(headings.includes('Uncertainty of US Involvement'), headings.join(' | '));
  assert.ok(!headings.some((h) => /Top News/.test(h)), 'the widget is not a section');
  const rows = await page.locator('[data-testid=row]').count();
  assert.ok(rows >= 8, `rows: ${rows}`);
  const wont = await page.locator('td.wont').allTextContents();
  assert.ok(wont.some((c) => /tripwire/i.test(c)), wont.join(' | '));
  assert.ok(wont.some((c) => /backstop/i.test(c)), wont.join(' | '));
  assert.ok(await page.locator('[data-testid=key-points] li').count() >= 3);
  // The widget went to the "set aside" drawer.
  assert.match(await page.textContent('[data-testid=removed]'), /Top News/);
  await page.screenshot({ path: shotPath('seed-1280.png'), fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a table row opens its section and highlights the sentence', async () => {
  const page = await openPage(b.context, web.baseURL);
  await page.click('[data-testid=example]');
  const row = page.locator('td.wont button', { hasText: 'tripwire' }).first();
  await row.click();
  const focused = page.locator('.sentence.focus');
  await focused.waitFor();
  assert.match(await focused.textContent(), /tripwire/);
  const open = await focused.evaluate((el) => el.closest('details').open);
  assert.equal(open, true);
  await page.close();
});

test('typing updates the brief, and the draft survives a reload', async () => {
  const page = await openPage(b.context, web.baseURL);
  const text = 'Council plans\n\nThe council will build a new bridge next year. It will not raise taxes to pay for it.';
  await page.fill('[data-testid=input]', text);
  await titleIs(page, 'Council plans');
  await page.reload();
  await page.waitForSelector('[data-testid=title]');
  assert.equal(await page.inputValue('[data-testid=input]'), text);
  await page.click('[data-testid=clear]');
  assert.equal(await page.inputValue('[data-testid=input]'), '');
  await page.click('[data-testid=undo]');
  assert.equal(await page.inputValue('[data-testid=input]'), text);
  await page.close();
});

test('pasting the seed works the same as the example', async () => {
  const page = await openPage(b.context, web.baseURL);
  await page.fill('[data-testid=input]', seed);
  await titleIs(page, "Reassurance, not peacekeeping: What Ukraine coalition force will and won't do");
  assert.ok(await page.locator('[data-testid=row]').count() >= 8);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: shotPath('seed-390.png'), fullPage: false });
  await page.close();
});
