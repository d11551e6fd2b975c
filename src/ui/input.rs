//! The paste area and its buttons.

use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::state::Action;

/// Props of [`Input`].
#[derive(Properties, PartialEq)]
pub struct InputProps {
    /// The current text.
    pub text: AttrValue,
    /// Bumped when the text changed other than by typing in the box (see `State::revision`).
    pub revision: u64,
    /// Whether Undo has something to bring back.
    pub can_undo: bool,
    /// Emits what the user did.
    pub on_action: Callback<Action>,
}

/// HTML as the browser reads it: parsed by its own HTML parser (`DOMParser`, which makes an
/// inert document: nothing in it runs or loads) and serialised back, so malformed markup comes
/// out well formed (implied end tags, legacy entities such as `&copy` decoded). The core's
/// linear reader ([`crate::html`]) then turns it into text; the native CLI reads HTML with
/// that reader alone. If the parser is unavailable, the HTML is used as it is.
pub fn browser_parsed(html: &str) -> String {
    web_sys::DomParser::new()
        .ok()
        .and_then(|p| p.parse_from_string(html, web_sys::SupportedType::TextHtml).ok())
        .and_then(|d| d.document_element())
        .map_or_else(|| html.to_string(), |e| e.outer_html())
}

/// Pasted or dropped HTML as text and hint lines: the browser's parse, then the core's reader.
fn read_html(html: &str) -> (String, crate::html::Hints) {
    crate::html::read(&browser_parsed(html))
}

/// Reads a dropped or opened file and loads its text (HTML files through the HTML reader).
fn load_file(file: web_sys::File, on_action: Callback<Action>) {
    let name = file.name().to_lowercase();
    let html = name.ends_with(".html") || name.ends_with(".htm") || file.type_() == "text/html";
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.text()).await {
            Ok(v) => {
                let text = v.as_string().unwrap_or_default();
                if html {
                    let (text, hints) = read_html(&text);
                    on_action.emit(Action::PasteHtml(text, hints));
                } else {
                    on_action.emit(Action::Load(text));
                }
                on_action.emit(Action::Notice(format!("Opened {}.", file.name())));
            }
            Err(_) => on_action.emit(Action::Notice(format!("Could not read {}.", file.name()))),
        }
    });
}

/// A text longer than the worker's threshold is shown in the box as its first part (this many
/// bytes, some 3,000 words), read-only, until the user asks for all of it: a browser takes a
/// third of a second and more to lay out a megabyte in a textarea, and the page would freeze
/// that long.
const PREVIEW: usize = 20_000;

/// The first `PREVIEW` bytes of `text`, ended at a line break where there is one.
fn preview(text: &str) -> &str {
    let mut cut = PREVIEW.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    head.rfind('\n').map_or(head, |k| &head[..k])
}

/// "1.2 MB", "450 KB" (integer arithmetic: float formatting would add its tables to the
/// bundle).
fn size(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        let tenths = (bytes + 50_000) / 100_000;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

/// `current` with the box's selection replaced by `insert` (UTF-16 offsets, as the DOM gives).
fn splice(current: &str, area: &HtmlTextAreaElement, insert: &str) -> String {
    let cur: Vec<u16> = current.encode_utf16().collect();
    let (a, b) = (area.selection_start().ok().flatten(), area.selection_end().ok().flatten());
    let (a, b) = (a.unwrap_or(cur.len() as u32) as usize, b.unwrap_or(cur.len() as u32) as usize);
    let (a, b) = (a.min(cur.len()), b.min(cur.len()).max(a.min(cur.len())));
    String::from_utf16_lossy(&cur[..a]) + insert + &String::from_utf16_lossy(&cur[b..])
}

/// A textarea with "Try the example", "Clear" and "Undo".
#[component]
pub fn Input(props: &InputProps) -> Html {
    // The box is not bound to the state (a bound textarea is read back on every render, a
    // megabyte each time for a big text): it is set only when the text changed elsewhere.
    let area = use_node_ref();
    // The revision at which the user asked to edit a long text whole.
    let whole = use_state(|| None::<u64>);
    let previewing = props.text.len() > crate::ui::worker::THRESHOLD && *whole != Some(props.revision);
    {
        let (area, text) = (area.clone(), props.text.clone());
        use_effect_with((props.revision, previewing), move |&(_, previewing)| {
            if let Some(a) = area.cast::<HtmlTextAreaElement>() {
                a.set_read_only(previewing);
                if previewing {
                    a.set_value(preview(&text));
                } else if a.value() != *text {
                    a.set_value(&text);
                }
            }
        });
    }
    let on_input = props.on_action.reform(|e: InputEvent| Action::Edit(e.target_unchecked_into::<HtmlTextAreaElement>().value()));
    // Pasted HTML (a copy from a web page) is read as text by the core's HTML reader: its
    // structure (headings, lists, paragraphs) survives, and no markup ever reaches the page.
    let on_paste = {
        let on_action = props.on_action.clone();
        let current = props.text.clone();
        Callback::from(move |e: Event| {
            let Some(clip) = e.dyn_ref::<web_sys::ClipboardEvent>().and_then(|c| c.clipboard_data()) else { return };
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let html = clip.get_data("text/html").unwrap_or_default();
            if html.trim().is_empty() {
                // Plain text: the textarea's own paste, unless the result is too long to show
                // (or the box shows a preview, which a paste replaces).
                let plain = clip.get_data("text/plain").unwrap_or_default();
                if area.read_only() {
                    e.prevent_default();
                    on_action.emit(Action::Load(plain));
                } else if current.len() + plain.len() > crate::ui::worker::THRESHOLD {
                    e.prevent_default();
                    on_action.emit(Action::Load(splice(&current, &area, &plain)));
                }
                return;
            }
            e.prevent_default();
            let (text, hints) = read_html(&html);
            // The HTML can hold less than the page showed: a post the page's script wrote from
            // a `<noscript>` copy, text drawn in frames. When the plain text the browser put on
            // the clipboard beside it has twice the words, the plain text is the paste.
            let plain = clip.get_data("text/plain").unwrap_or_default();
            if crate::html::lost_text(&text, &plain) {
                let next = if area.read_only() { plain } else { splice(&current, &area, &plain) };
                on_action.emit(Action::Load(next));
                return;
            }
            let next = if area.read_only() { text.trim().to_string() } else { splice(&current, &area, text.trim()) };
            on_action.emit(Action::PasteHtml(next, hints));
        })
    };
    let on_open = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                load_file(file, on_action.clone());
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: DragEvent| {
            if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                e.prevent_default();
                load_file(file, on_action.clone());
            }
        })
    };
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());
    let example = props.on_action.reform(|_: MouseEvent| Action::LoadExample);
    let clear = props.on_action.reform(|_: MouseEvent| Action::Clear);
    let undo = props.on_action.reform(|_: MouseEvent| Action::Undo);
    let edit_whole = {
        let (whole, revision) = (whole.clone(), props.revision);
        Callback::from(move |_: MouseEvent| whole.set(Some(revision)))
    };
    html! {
        <section class="input" aria-label="Article text">
            <label for="input" class="visually-hidden">{ "Article text" }</label>
            <textarea ref={area} id="input" data-testid="input" oninput={on_input} onpaste={on_paste} ondrop={on_drop} ondragover={on_dragover}
                placeholder="Paste an article here (text, or copy from a web page), or drop a .txt, .md or .html file…" spellcheck="false" />
            if previewing {
                <p class="preview-note" data-testid="preview-note">
                    { format!("The box shows the first {} of {}; the brief reads all of it. ", size(preview(&props.text).len()), size(props.text.len())) }
                    <button type="button" data-testid="edit-whole" onclick={edit_whole}>{ "Edit the whole text" }</button>
                </p>
            }
            <div class="actions">
                <button type="button" data-testid="example" onclick={example}>{ "Try the example" }</button>
                <label class="file-button">
                    { "Open a file…" }
                    <input type="file" data-testid="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" onchange={on_open} />
                </label>
                <button type="button" data-testid="clear" onclick={clear} disabled={props.text.is_empty()}>{ "Clear" }</button>
                if props.can_undo {
                    <button type="button" data-testid="undo" onclick={undo}>{ "Undo clear" }</button>
                }
            </div>
        </section>
    }
}
