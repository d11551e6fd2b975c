//! The Brief web app: Yew function components over the pure core. Only built for wasm32.
//!
//! One component a file. [`state`] holds the `State` + `Action` reducer; [`app::App`] derives
//! the [`Digest`](crate::Digest) from the state with `use_memo` and persists the draft in an
//! effect; every other component renders a part of the digest and emits plain values.

pub mod app;
pub mod codec;
pub mod export;
pub mod help;
pub mod hooks;
pub mod input;
pub mod key_points;
pub mod progressive;
pub mod removed;
pub mod row_run;
pub mod section;
pub mod section_range;
pub mod sections;
pub mod state;
pub mod table;
#[cfg(test)]
mod tests;
pub mod toolbar;
pub mod worker;

use std::rc::Rc;

use crate::Digest;

/// A shared digest, compared by identity: a new digest is a new `Rc`, so props compare in O(1).
#[derive(Clone, Debug)]
pub struct DigestRef(pub Rc<Digest>);

impl PartialEq for DigestRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for DigestRef {
    type Target = Digest;
    fn deref(&self) -> &Digest {
        &self.0
    }
}

/// Digests `text` and returns the number of sentences: lets the browser benchmarks time the
/// core in wasm with `performance.now()` around the call (`wasmBindings.digest_sentences`).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn digest_sentences(text: &str) -> usize {
    crate::digest(text, &crate::Options::default()).sentences.len()
}

/// Panics on purpose: lets the end-to-end tests check that a panic shows a calm message and
/// keeps the draft (called from the page as `wasmBindings.panic_for_test()`).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn panic_for_test() {
    panic!("a test asked for a panic");
}

/// Registers the service worker that release builds name in `<meta name="brief-sw">`
/// (scripts/postbuild.mjs); `trunk serve` pages have none.
fn register_service_worker(doc: &web_sys::Document) {
    let Some(url) = doc.query_selector("meta[name=brief-sw]").ok().flatten().and_then(|m| m.get_attribute("content")) else {
        return;
    };
    if let Some(w) = web_sys::window() {
        // Browsers without service workers (or private modes) just run online.
        let container = w.navigator().service_worker();
        let _ = container.register(&url);
    }
}

/// Registers the digest worker (the `worker` binary's whole job).
pub fn start_worker() {
    use gloo_worker::Registrable;
    worker::DigestWorker::registrar().register();
}

/// Mounts the app on the page body and marks the body `data-ready-ms` (ms since navigation).
pub fn start() {
    // Through Yew, so that its renderer keeps this hook instead of installing its own.
    yew::set_custom_panic_hook(Box::new(|info| {
        let msg = format!("Brief hit an internal error: {info}");
        web_sys::console::error_1(&msg.clone().into());
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(el) = doc.get_element_by_id("fatal") {
                el.set_text_content(Some("Something went wrong inside Brief. Your draft is saved; reload the page to continue."));
                let _ = el.set_attribute("role", "alert");
                let _ = el.remove_attribute("hidden");
            }
        }
    }));
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    register_service_worker(&doc);
    let root = doc.get_element_by_id("app").or_else(|| doc.body().map(Into::into));
    if let Some(root) = root {
        yew::Renderer::<app::App>::with_root(root).render();
    }
}
