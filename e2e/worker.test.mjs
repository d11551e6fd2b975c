// Big texts are read in a web worker: the page shows progress, stays responsive, and a newer
// edit wins over the old work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, browser, freshPage, titleIs, watchWorking, sawWorking } from './helpers.mjs';

const seed = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/seed.txt'), 'utf8');
let web, b;
before(async () => { web = await serve(); b = await browser(); });
after(async () => { await b?.close(); web?.server.close(); });

const setText = (page, text) => page.evaluate((t) => {
  const a = document.querySelector('[data-testid=input]');
  a.value = t;
  a.dispatchEvent(new InputEvent('input', { bubbles: true }));
}, text);

test('a 1 MB text is read in the worker with a progress indicator', async (t) => {
  const page = await freshPage(b.context, web.baseURL);
  const big = seed.repeat(Math.ceil(1048576 / seed.length));
  await watchWorking(page);
  const t0 = Date.now();
  await setText(page, big);
  await sawWorking(page);
  // The page answers while the worker reads.
  const p0 = Date.now();
  await page.evaluate(() => 1);
  const ping = Date.now() - p0;
  await titleIs(page, "Reassurance, not peacekeeping: What Ukraine coalition force will and won't do");
  t.diagnostic(`1 MB: brief after ${Date.now() - t0} ms (worker start, digest, transfer, render); page answered in ${ping} ms while working`);
  assert.equal(await page.locator('[data-testid=working]').count(), 0);
  // A huge table shows its first rows, the rest on request.
  const rows = () => page.locator('[data-testid=row]').count();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=row]').length >= 300);
  const first = await rows();
  assert.ok(first >= 300 && first < 400, `${first}`);
  await page.click('[data-testid=more-rows]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=row]').length > n, first);
  // Collapsed sections of a huge brief hold no text until opened.
  assert.equal(await page.locator('.sentence').count(), 0);
  await page.locator('[data-testid=section] summary').first().click();
  await page.waitForSelector('.sentence');
  assert.deepEqual(page.errors, []);
  await page.close();
});

// Sets `megabytes` of the seed (read in the worker), then `newer` while that is in progress:
// the newer text's title shows and stays after the old job's answer has had time to arrive.
async function newerTextWins(megabytes, newer, title) {
  const page = await freshPage(b.context, web.baseURL);
  await watchWorking(page);
  await setText(page, seed.repeat(Math.ceil(megabytes * 1048576 / seed.length)));
  await sawWorking(page);
  await setText(page, newer);
  await titleIs(page, title);
  await page.waitForTimeout(3000); // the old job ends; its answer goes nowhere or is dropped
  assert.equal(await page.textContent('[data-testid=title]'), title);
  return page;
}

test('a newer big text supersedes a big text still in the worker', async () => {
  // 1,200 paragraphs, each its own (a line repeated next to itself is set aside as page furniture).
  const other = 'Harbour plan\n\n' + Array.from({ length: 1200 }, (_, i) => `The port authority will dredge berth ${i} of the harbour next year. It will not close the ferry terminal.\n\n`).join('');
  const page = await newerTextWins(3, other, 'Harbour plan');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a newer edit wins over work in progress', async () => {
  const page = await newerTextWins(2, 'Small news today\n\nThe council will open a new library next spring. It will not charge for cards.', 'Small news today');
  await page.close();
});
