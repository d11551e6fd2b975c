// A whole web page pasted as a browser pastes it (text/plain and text/html together): the
// brief must show the article's own sentences, never the page's menus, forms or icons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, freshPage } from './helpers.mjs';

let web, b;
before(async () => { web = await serve(); b = await browser(); });
after(async () => { await b?.close(); web?.server.close(); });

// A fresh page with `text` and `html` pasted into the text box together, as a browser pastes a
// copied page, once its key points are shown.
async function pasteBoth(text, html) {
  const page = await freshPage(b.context, web.baseURL);
  await page.focus('[data-testid=input]');
  await page.evaluate(({ text, html }) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    dt.setData('text/html', html);
    document.querySelector('[data-testid=input]').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, { text, html });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=key-points] li').length > 0);
  return page;
}

const PARAGRAPHS = [
  'The city council will build a new bridge over the river next year, officials said on Tuesday after a long meeting.',
  'The bridge will carry a cycle lane and two bus lanes across the water to the old town, and a footpath on each side.',
  'The council will not raise council tax to pay for it, and it has ruled out tolls on drivers for the first ten years.',
  'The money will come from a national transport fund and from a loan that the regional bank agreed to last month.',
  'Work is due to start in the spring and should take about two years, with the old crossing closed for six months.',
  'Residents of the old town will be asked for their views at three public meetings before the final design is chosen.',
];
const MENU = ['Home', 'News', 'Sport', 'Weather', 'Search', 'Sign in'];

// The page's markup: a menu of links, icon list items with no text, a sign-up form, and the
// story as one card wrapped in a link (as story cards often are), which makes every line of
// it look like link text.
const HTML = '<html><body>'
  + `<nav><ul>${MENU.map((m) => `<li><a href="/${m}">${m}</a></li>`).join('')}</ul></nav>`
  + '<ul class="icons"><li><span class="icon"></span></li><li><span class="icon"></span></li><li><span class="icon"></span></li></ul>'
  + '<a href="/story" class="card"><h1>Council to build a new bridge over the river</h1>'
  + PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')
  + '</a>'
  + '<form><label>Email Address</label><input><button>Subscribe</button></form>'
  + '<footer><a href="/about">About us</a> <a href="/privacy">Privacy policy</a></footer>'
  + '</body></html>';
const TEXT = [...MENU, 'Council to build a new bridge over the river', ...PARAGRAPHS, 'Email Address', 'Subscribe', 'About us Privacy policy'].join('\n');

test('a pasted page gives the article: its title, its sentences as key points, the rest set aside', async () => {
  const page = await pasteBoth(TEXT, HTML);
  assert.equal(await page.textContent('[data-testid=title]'), 'Council to build a new bridge over the river');
  const points = await page.locator('[data-testid=key-points] li').allTextContents();
  assert.ok(points.length >= 3, points.join(' | '));
  for (const p of points) {
    assert.ok(PARAGRAPHS.some((s) => p.includes(s.slice(0, 40))), `a key point that is not the article's: ${p}`);
  }
  const wont = await page.locator('td.wont').allTextContents();
  assert.ok(wont.some((c) => /council tax/.test(c)), wont.join(' | '));
  const sections = await page.locator('[data-testid=section] .heading').allTextContents();
  assert.ok(!sections.some((h) => MENU.includes(h.trim())), sections.join(' | '));
  assert.deepEqual(page.errors, []);
  await page.close();
});

// A blog whose script writes its post from a `<noscript>` copy: the clipboard's HTML holds the
// post only there (the reader leaves scripts' fallbacks out), the plain text holds it whole.
const BLOG_HTML = '<html><body><h2>Security Blog</h2><p>Labels</p><p>Archive</p>'
  + `<noscript>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</noscript>`
  + '<p>Give us feedback in our Product Forums.</p></body></html>';
const BLOG_TEXT = ['Security Blog', 'Labels', 'Archive', 'Council to build a new bridge over the river', ...PARAGRAPHS, 'Give us feedback in our Product Forums.'].join('\n');

test('a paste whose HTML lost the post is read from its plain text', async () => {
  const page = await pasteBoth(BLOG_TEXT, BLOG_HTML);
  const points = await page.locator('[data-testid=key-points] li').allTextContents();
  assert.ok(points.length >= 3, points.join(' | '));
  for (const p of points) {
    assert.ok(PARAGRAPHS.some((s) => p.includes(s.slice(0, 40))), `a key point that is not the post's: ${p}`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});
