//! The digest worker: Trunk builds it as a web worker (index.html, `data-type="worker"`);
//! the app sends it texts above `ui::worker::THRESHOLD` bytes.

#[cfg(target_arch = "wasm32")]
fn main() {
    use gloo_worker::Registrable;
    brief::ui::worker::DigestWorker::registrar().register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the digest worker runs in a browser; the native tool is `brief`");
}
