//! The drawer of boilerplate set aside.

use yew::prelude::*;

use super::DigestRef;

/// Props of [`Removed`].
#[derive(Properties, PartialEq)]
pub struct RemovedProps {
    /// The brief.
    pub digest: DigestRef,
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
                { for d.removed.iter().map(|r| html! {
                    <li><span class="reason">{ r.reason.describe() }</span><pre>{ r.text.clone() }</pre></li>
                }) }
            </ul>
        </details>
    }
}
