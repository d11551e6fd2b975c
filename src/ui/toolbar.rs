//! The brief's tools: copy, downloads, print, share link, theme and help.

use yew::prelude::*;

use super::export;
use super::state::{Action, Theme};
use super::DigestRef;
use crate::Digest;

/// Props of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The brief.
    pub digest: DigestRef,
    /// The text the brief is made of (for the share link).
    pub text: AttrValue,
    /// The current theme.
    pub theme: Theme,
    /// The last share link made.
    #[prop_or_default]
    pub share_url: Option<AttrValue>,
    /// Emits what the user did.
    pub on_action: Callback<Action>,
}

/// Copies the Markdown of `digest` and says so.
pub fn copy_markdown(digest: &DigestRef, on_action: &Callback<Action>) {
    let msg = match export::copy(&digest.to_markdown()) {
        Ok(()) => "Copied the brief as Markdown.".to_string(),
        Err(e) => format!("Could not copy: {e}"),
    };
    on_action.emit(Action::Notice(msg));
}

/// The toolbar.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let d = props.digest.clone();
    let stem = export::file_stem(d.title.as_deref());
    let notify = props.on_action.clone();
    // Each file is built when asked for, not on every render (a big brief's JSON is megabytes).
    let save = |ext: &'static str, mime: &'static str, body: fn(&Digest) -> String| {
        let (notify, d) = (notify.clone(), d.clone());
        let name = format!("{stem}.{ext}");
        Callback::from(move |_: MouseEvent| {
            let msg = match export::download(&name, mime, &body(&d)) {
                Ok(()) => format!("Saved {name}."),
                Err(e) => format!("Could not save: {e}"),
            };
            notify.emit(Action::Notice(msg));
        })
    };
    let md = save("md", "text/markdown", Digest::to_markdown);
    let json = save("json", "application/json", Digest::to_json);
    let csv = save("csv", "text/csv", Digest::to_csv);
    let copy = {
        let (d, a) = (d.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| copy_markdown(&d, &a))
    };
    let share = {
        let (text, a) = (props.text.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            let (text, a) = (text.clone(), a.clone());
            // (The browser deflates the text: its answer comes later.)
            yew::platform::spawn_local(async move {
                let packed = export::deflate(&text).await;
                let msg = match packed.as_deref().and_then(crate::share::encode).and_then(|p| export::share_url(&p)) {
                    Some(url) => {
                        let _ = export::copy(&url);
                        a.emit(Action::Shared(url));
                        "Copied a share link: the text travels inside the link, no server sees it."
                    }
                    None if packed.is_none() => "This browser cannot make share links; download the Markdown instead.",
                    None => "This text is too long for a link; download the Markdown instead.",
                };
                a.emit(Action::Notice(msg.to_string()));
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let theme = props.on_action.reform(|_: MouseEvent| Action::CycleTheme);
    let help = props.on_action.reform(|_: MouseEvent| Action::ToggleHelp);
    html! {
        <nav class="toolbar" aria-label="Brief tools">
            <button type="button" data-testid="copy-md" onclick={copy}>{ "Copy Markdown" }</button>
            <button type="button" data-testid="save-md" onclick={md}>{ ".md" }</button>
            <button type="button" data-testid="save-json" onclick={json}>{ ".json" }</button>
            <button type="button" data-testid="save-csv" onclick={csv} title="the will / won't table">{ ".csv" }</button>
            <button type="button" data-testid="print" onclick={print}>{ "Print" }</button>
            <button type="button" data-testid="share" onclick={share}>{ "Share link" }</button>
            <button type="button" data-testid="theme" onclick={theme} aria-label={format!("Theme: {}", props.theme.name())}>
                { match props.theme { Theme::System => "◐ Auto", Theme::Light => "☀ Light", Theme::Dark => "☾ Dark" } }
            </button>
            <button type="button" data-testid="help-button" onclick={help} aria-haspopup="dialog">{ "Shortcuts (?)" }</button>
            <output id="share-url" class="visually-hidden" data-testid="share-url">{ props.share_url.clone().unwrap_or_default() }</output>
        </nav>
    }
}
