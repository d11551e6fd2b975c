//! The digest worker: Trunk builds it as a web worker (index.html, `data-type="worker"`);
//! the app sends it the big texts.

#[cfg(target_arch = "wasm32")]
fn main() {
    brief::start_worker();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the digest worker runs in a browser; the native tool is `brief`");
}
