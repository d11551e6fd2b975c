//! The paste area and its buttons.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::state::Action;

/// Props of [`Input`].
#[derive(Properties, PartialEq)]
pub struct InputProps {
    /// The current text.
    pub text: AttrValue,
    /// Whether Undo has something to bring back.
    pub can_undo: bool,
    /// Emits what the user did.
    pub on_action: Callback<Action>,
}

/// A textarea with "Try the example", "Clear" and "Undo".
#[component]
pub fn Input(props: &InputProps) -> Html {
    let on_input = props.on_action.reform(|e: InputEvent| {
        Action::Edit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
    });
    let example = props.on_action.reform(|_: MouseEvent| Action::LoadExample);
    let clear = props.on_action.reform(|_: MouseEvent| Action::Clear);
    let undo = props.on_action.reform(|_: MouseEvent| Action::Undo);
    html! {
        <section class="input" aria-label="Article text">
            <label for="input" class="visually-hidden">{ "Article text" }</label>
            <textarea id="input" data-testid="input" value={props.text.clone()} oninput={on_input}
                placeholder="Paste an article here (text, or copy from a web page)…" spellcheck="false" />
            <div class="actions">
                <button type="button" data-testid="example" onclick={example}>{ "Try the example" }</button>
                <button type="button" data-testid="clear" onclick={clear} disabled={props.text.is_empty()}>{ "Clear" }</button>
                if props.can_undo {
                    <button type="button" data-testid="undo" onclick={undo}>{ "Undo clear" }</button>
                }
            </div>
        </section>
    }
}
