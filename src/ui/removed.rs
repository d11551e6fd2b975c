//! The drawer of boilerplate set aside.

use yew::prelude::*;

use super::progressive::use_progressive;
use super::DigestRef;

/// Props of [`Removed`].
#[derive(Properties, PartialEq)]
pub struct RemovedProps {
    /// The brief.
    pub digest: DigestRef,
    /// Emits the start offset of a block to put back.
    pub on_restore: Callback<usize>,
}

/// A `<details>` listing each removed block with its reason. When there are hundreds, the list
/// is built only while the drawer is open, a slice at a time.
#[component]
pub fn Removed(props: &RemovedProps) -> Html {
    let d = &props.digest;
    let open = use_state_eq(|| false);
    // A few blocks are always in the page (find-in-page reaches them); hundreds only when open.
    let lazy = d.removed.len() > 200;
    let shown = use_progressive(d, if *open || !lazy { d.removed.len() } else { 0 }, 100, 200, 0);
    if d.removed.is_empty() {
        return html! {};
    }
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            if let Some(el) = e.target_dyn_into::<web_sys::HtmlDetailsElement>() {
                open.set(el.open());
            }
        })
    };
    html! {
        <details class="removed" data-testid="removed" {ontoggle}>
            <summary>{ format!("Set aside: {} block{} of page furniture", d.removed.len(), if d.removed.len() == 1 { "" } else { "s" }) }</summary>
            <ul>
                { for d.removed.iter().take(shown).enumerate().map(|(k, r)| {
                    let start = r.span.start;
                    let onclick = props.on_restore.reform(move |_: MouseEvent| start);
                    html! {
                        <li key={k} data-testid="removed-block">
                            <span class="reason">{ r.reason.describe() }</span>
                            { " " }<button type="button" class="restore" {onclick}>{ "Restore" }</button>
                            <pre>{ r.text.clone() }</pre>
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}
