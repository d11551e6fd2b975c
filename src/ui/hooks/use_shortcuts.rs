//! The keyboard shortcuts ([`SHORTCUTS`](crate::ui::help)), and every section open for print.

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::state::{Action, State};
use crate::ui::toolbar::copy_markdown;
use crate::ui::DigestRef;

/// Whether a key event comes from a place where typing goes (text box, slider, button).
fn typing(e: &web_sys::KeyboardEvent) -> bool {
    e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT"))
}

/// Listens for the shortcuts on the document while the page is up (again for each brief, which
/// "m" copies).
#[hook]
pub fn use_shortcuts(dispatcher: UseReducerDispatcher<State>, brief: Rc<DigestRef>) {
    use_effect_with(brief.clone(), move |_| {
        let doc = web_sys::window().and_then(|w| w.document());
        let print = dispatcher.clone();
        let listener = doc.map(|doc| EventListener::new(&doc, "keydown", move |e| on_key(&dispatcher, &brief, e)));
        // Printing shows every section open.
        let before_print = web_sys::window().map(|w| EventListener::new(&w, "beforeprint", move |_| print.dispatch(Action::OpenAll(true))));
        move || drop((listener, before_print))
    });
}

/// One key press: Escape anywhere; the others where no typing goes.
fn on_key(dispatcher: &UseReducerDispatcher<State>, brief: &DigestRef, e: &web_sys::Event) {
    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
    if e.ctrl_key() || e.meta_key() || e.alt_key() {
        return;
    }
    let key = e.key();
    if key == "Escape" {
        dispatcher.dispatch(Action::Escape);
        if typing(e) {
            if let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.blur();
            }
        }
        return;
    }
    if typing(e) {
        return;
    }
    let doc = web_sys::window().and_then(|w| w.document());
    match key.as_str() {
        "?" => dispatcher.dispatch(Action::ToggleHelp),
        "/" => {
            if let Some(el) = doc.and_then(|d| d.get_element_by_id("input")).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        }
        "e" => dispatcher.dispatch(Action::LoadExample),
        "x" => dispatcher.dispatch(Action::OpenAll(true)),
        "c" => dispatcher.dispatch(Action::OpenAll(false)),
        "m" => copy_markdown(
            brief,
            &Callback::from({
                let d = dispatcher.clone();
                move |a| d.dispatch(a)
            }),
        ),
        "t" => dispatcher.dispatch(Action::CycleTheme),
        _ => return,
    }
    e.prevent_default();
}
