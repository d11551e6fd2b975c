//! The drawer of boilerplate set aside.

use yew::prelude::*;

use super::DigestRef;

/// Props of [`Removed`].
#[derive(Properties, PartialEq)]
pub struct RemovedProps {
    /// The brief.
    pub digest: DigestRef,
    /// Emits the start offset of a block to put back.
    pub on_restore: Callback<usize>,
}

/// A `<details>` listing each removed block with its reason.
#[component]
pub fn Removed(props: &RemovedProps) -> Html {
    let d = &props.digest;
    if d.removed.is_empty() {
        return html! {};
    }
    html! {
        <details class="removed" data-testid="removed">
            <summary>{ format!("Set aside: {} block{} of page furniture", d.removed.len(), if d.removed.len() == 1 { "" } else { "s" }) }</summary>
            <ul>
                { for d.removed.iter().map(|r| {
                    let start = r.span.start;
                    let onclick = props.on_restore.reform(move |_: MouseEvent| start);
                    html! {
                        <li data-testid="removed-block">
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
