//! The app's state and the one reducer that changes it.

use std::rc::Rc;

use yew::Reducible;

/// The most key points the slider offers.
pub const MAX_POINTS: usize = 12;

/// What the app holds: the draft and the settings. Everything shown is derived from it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The pasted or typed text.
    pub text: Rc<str>,
    /// Key points wanted; 0 lets Brief choose.
    pub points: usize,
    /// The sentence to show and highlight (an index into the digest's sentences).
    pub focus: Option<usize>,
    /// The text before the last Clear, for Undo.
    pub cleared: Option<Rc<str>>,
}

/// Everything a user can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The text changed.
    Edit(String),
    /// Load the example article.
    LoadExample,
    /// Empty the text (kept for Undo).
    Clear,
    /// Bring back the text before Clear.
    Undo,
    /// Change how many key points.
    SetPoints(usize),
    /// Show a sentence in its section.
    Focus(usize),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(text) => {
                next.text = text.into();
                next.focus = None;
            }
            Action::LoadExample => {
                next.text = crate::EXAMPLE.into();
                next.focus = None;
            }
            Action::Clear => {
                if !self.text.is_empty() {
                    next.cleared = Some(self.text.clone());
                }
                next.text = "".into();
                next.focus = None;
            }
            Action::Undo => {
                if let Some(t) = next.cleared.take() {
                    next.text = t;
                }
            }
            Action::SetPoints(n) => next.points = n.min(MAX_POINTS),
            Action::Focus(i) => next.focus = Some(i),
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn clear_then_undo_restores_the_text() {
        let s = Rc::new(State::default()).reduce(Action::Edit("hello".into()));
        let s = s.reduce(Action::Clear);
        assert_eq!(&*s.text, "");
        let s = s.reduce(Action::Undo);
        assert_eq!(&*s.text, "hello");
    }
}
