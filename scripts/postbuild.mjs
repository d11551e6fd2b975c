// Trunk post-build hook (Trunk.toml [[hooks]]): for a build (not `trunk serve`, whose page
// carries Trunk's live-reload script) it
//  - adds the Content-Security-Policy meta tag, allowing Trunk's inline loader by its hash,
//  - writes sw.js from www/sw.js with this build's version and file list,
//  - marks the page so the app registers the service worker.
// Usage: TRUNK_STAGING_DIR=dist node scripts/postbuild.mjs   (Trunk sets the variable)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.TRUNK_STAGING_DIR ?? path.join(root, 'dist');
const indexPath = path.join(dir, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');
const sw = path.join(dir, 'sw.js');

if (html.includes('.well-known/trunk/ws')) {
  // trunk serve: no service worker (it would serve stale builds) and no CSP (live reload is inline).
  fs.rmSync(sw, { force: true });
  process.exit(0);
}

const sha = (s) => crypto.createHash('sha256').update(s).digest('base64');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${sha(m[1])}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inline.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
if (!html.includes('Content-Security-Policy')) {
  html = html.replace(/<meta charset="utf-8"\s*\/?>/i, (m) =>
    `${m}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />\n    <meta name="brief-sw" content="./sw.js" />`);
}
fs.writeFileSync(indexPath, html);

const files = fs.readdirSync(dir).filter((f) => f !== 'sw.js' && f !== 'index.html' && fs.statSync(path.join(dir, f)).isFile()).sort();
const hash = crypto.createHash('sha256');
for (const f of [...files, 'index.html']) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const template = fs.readFileSync(path.join(root, 'www/sw.js'), 'utf8');
fs.writeFileSync(sw, template.replace('__VERSION__', version).replace('__ASSETS__', JSON.stringify(files.map((f) => `./${f}`))));
console.log(`[postbuild] CSP with ${inline.length} inline loader hash(es); sw.js ${version} caching ${files.length + 1} files`);
