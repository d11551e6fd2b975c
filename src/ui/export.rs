//! Taking the brief away: clipboard, downloads and share links (browser side; the formats are
//! in the core: `Digest::to_markdown`, `to_json`, `to_csv`, `share::encode`).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

// The browser's own raw deflate (Compression Streams; in Chromium, Firefox and Safari since
// 2023): a deflate of its own in the page's wasm was 15 KB gzip of its first load.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = CompressionStream)]
    type Compression;
    #[wasm_bindgen(catch, constructor, js_class = "CompressionStream")]
    fn new_compression(format: &str) -> Result<Compression, JsValue>;
    #[wasm_bindgen(js_name = DecompressionStream)]
    type Decompression;
    #[wasm_bindgen(catch, constructor, js_class = "DecompressionStream")]
    fn new_decompression(format: &str) -> Result<Decompression, JsValue>;
    #[wasm_bindgen(js_name = ReadableStream)]
    type Stream;
    #[wasm_bindgen(catch, method, js_name = pipeThrough)]
    fn pipe_through(this: &Stream, transform: &JsValue) -> Result<Stream, JsValue>;
}

/// `bytes` through a transform stream (a compression or a decompression), at most `limit`
/// bytes out; `None` when the browser cannot or the input is not valid.
async fn through(bytes: &[u8], transform: JsValue, limit: usize) -> Option<Vec<u8>> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let stream = blob.stream().unchecked_into::<Stream>().pipe_through(&transform).ok()?;
    let response = web_sys::Response::new_with_opt_readable_stream(Some(stream.unchecked_ref())).ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    let out = js_sys::Uint8Array::new(&buffer);
    (out.length() as usize <= limit).then(|| out.to_vec())
}

/// `text` deflated (raw deflate, as share links carry it).
pub async fn deflate(text: &str) -> Option<Vec<u8>> {
    through(text.as_bytes(), Compression::new_compression("deflate-raw").ok()?.into(), usize::MAX).await
}

/// The most bytes a share link may expand to (a guard against deflate bombs).
const MAX_TEXT: usize = 8 * 1024 * 1024;

/// The text of raw-deflated `bytes`, at most [`MAX_TEXT`] bytes of it.
pub async fn inflate(bytes: &[u8]) -> Option<String> {
    let out = through(bytes, Decompression::new_decompression("deflate-raw").ok()?.into(), MAX_TEXT).await?;
    String::from_utf8(out).ok()
}

/// Offers `content` as a file download named `name`.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let parts = js_sys::Array::of1(&content.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(|_| "cannot make the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "cannot make the file")?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a").map_err(|_| "no anchor")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Copies `text` to the clipboard; the promise settles later.
pub fn copy(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window().ok_or("no window")?.navigator().clipboard();
    let _ = clipboard.write_text(text);
    Ok(())
}

/// The page's address without its fragment.
fn page_base() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Some(href.split('#').next().unwrap_or(&href).to_string())
}

/// The page's address with `payload` as its share fragment.
pub fn share_url(payload: &str) -> Option<String> {
    Some(format!("{}#t={payload}", page_base()?))
}

/// The share payload of the page's address, if it has one; the fragment is then removed so
/// that a reload shows the reader's own draft.
pub fn take_shared() -> Option<String> {
    let w = web_sys::window()?;
    let hash = w.location().hash().ok()?;
    let payload = hash.strip_prefix("#t=")?.to_string();
    if let (Ok(history), Some(base)) = (w.history(), page_base()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&base));
    }
    Some(payload)
}

/// A file name from the brief's title: lower-case words joined by dashes.
pub fn file_stem(title: Option<&str>) -> String {
    let stem: String = title
        .unwrap_or("brief")
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "brief".into()
    } else {
        stem
    }
}
