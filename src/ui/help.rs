//! The keyboard-shortcut help popover.

use yew::prelude::*;

use super::state::Action;

/// The shortcuts, as (keys, what).
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("?", "show or hide this help"),
    ("/", "go to the text box"),
    ("e", "load the example"),
    ("x", "expand all sections"),
    ("c", "collapse all sections"),
    ("m", "copy the brief as Markdown"),
    ("t", "switch theme (auto, light, dark)"),
    ("Esc", "close this help; leave the text box"),
];

/// Props of [`Help`].
#[derive(Properties, PartialEq)]
pub struct HelpProps {
    /// Emits Escape when closed.
    pub on_action: Callback<Action>,
}

/// A small dialog listing the shortcuts.
#[component]
pub fn Help(props: &HelpProps) -> Html {
    let close = props.on_action.reform(|_: MouseEvent| Action::Escape);
    html! {
        <div class="help" role="dialog" aria-modal="false" aria-labelledby="help-h" data-testid="help">
            <h2 id="help-h">{ "Keyboard shortcuts" }</h2>
            <dl>
                { for SHORTCUTS.iter().map(|(k, what)| html! { <><dt><kbd>{ *k }</kbd></dt><dd>{ *what }</dd></> }) }
            </dl>
            <p class="hint">{ "Shortcuts work when the text box is not focused. Tab moves through every control." }</p>
            <button type="button" onclick={close}>{ "Close" }</button>
        </div>
    }
}
