// Brief's service worker: the app works offline after one visit. scripts/postbuild.mjs fills in
// VERSION and ASSETS at each release build, so a new deploy is a new worker with its own cache.
// The page is network-first (a new deploy is seen at once, the cache serves it offline); Trunk's
// hashed files are cache-first (a name never changes content, so old and new never mix); the
// worker's files, which Trunk cannot hash, are network-first like the page.
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
const CACHE = `brief-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['./', ...ASSETS])).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('brief-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put('./', copy));
          }
          return response;
        })
        .catch(() => caches.open(CACHE).then((cache) => cache.match('./'))),
    );
    return;
  }
  // Files without a content hash in their name (the worker's) may change under the same
  // name: network first, the cache when offline.
  if (!/-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(new URL(request.url).pathname)) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() => caches.open(CACHE).then((cache) => cache.match(request))),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit || fetch(request).then((response) => {
      if (response.ok) cache.put(request, response.clone());
      return response;
    }))),
  );
});
