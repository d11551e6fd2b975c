// Renders www/icon.svg to the PNG icons the web manifest needs (192 and 512 px), with Debian's
// Chromium through playwright-core. Run after changing the SVG: node scripts/icons.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = fs.readFileSync(path.join(root, 'www/icon.svg'), 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-icons-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
for (const size of [192, 512]) {
  const page = await context.newPage();
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: path.join(root, `www/icon-${size}.png`), omitBackground: true });
  await page.close();
}
await context.close();
fs.rmSync(dir, { recursive: true, force: true });
