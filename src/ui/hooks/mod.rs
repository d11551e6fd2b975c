//! Hooks for the browser's plumbing, so that components only render: where the digest is made
//! (on the page or in the worker), the keyboard shortcuts, and stable callbacks.

mod use_digest;
mod use_shortcuts;

pub use use_digest::{use_digest, Digested};
pub use use_shortcuts::use_shortcuts;

use yew::prelude::*;

use super::state::{Action, State};

/// A callback that dispatches `make(value)`, the same one on every render.
#[hook]
pub fn use_action<T: 'static>(dispatcher: UseReducerDispatcher<State>, make: fn(T) -> Action) -> Callback<T> {
    use_callback((), move |value: T, _| dispatcher.dispatch(make(value)))
}
