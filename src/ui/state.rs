//! The app's state and the one reducer that changes it.

use std::rc::Rc;

use yew::Reducible;

use crate::html::Hints;

/// The most key points the slider offers.
pub const MAX_POINTS: usize = 12;

/// Light, dark, or as the system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The name stored in localStorage and set as `data-theme`.
    pub fn name(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme of a stored name.
    pub fn from_name(s: &str) -> Self {
        match s {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }
}

/// What the app holds: the draft and the settings. Everything shown is derived from it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The pasted or typed text, as in the text box.
    pub text: Rc<str>,
    /// Counts changes of `text` that did not come from the text box (example, file, pasted
    /// HTML, share link, Clear, Undo): only then is the box set from the state, so a big text
    /// is never copied back into it after each keystroke.
    pub revision: u64,
    /// The text the brief is made of: `text` once typing pauses.
    pub settled: Rc<str>,
    /// Key points wanted; 0 lets Brief choose.
    pub points: usize,
    /// Start offsets of removed blocks the reader restored.
    pub keep: Vec<usize>,
    /// What the pasted HTML showed about the text's lines (links, the article's container).
    pub hints: Rc<Hints>,
    /// The sentence to show and highlight (an index into the digest's sentences).
    pub focus: Option<usize>,
    /// The text before the last Clear, for Undo.
    pub cleared: Option<Rc<str>>,
    /// Light or dark.
    pub theme: Theme,
    /// The keyboard-shortcut help is open.
    pub help: bool,
    /// A short message for the status line ("Copied", "Too long for a link").
    pub notice: Option<Rc<str>>,
}

/// Everything a user can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The text changed (typing, paste, file).
    Edit(String),
    /// Typing paused: make the brief of the text.
    Settle,
    /// Replace the text and make its brief at once (example, file, share link).
    Load(String),
    /// Text read from pasted HTML, with what the HTML showed about its lines.
    PasteHtml(String, Hints),
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
    /// Put a removed block back into the brief.
    Restore(usize),
    /// Switch to the next theme (system → light → dark → system).
    CycleTheme,
    /// Open or close the shortcut help.
    ToggleHelp,
    /// Close popovers.
    Escape,
    /// Show a status message.
    Notice(String),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(text) => {
                next.text = text.into();
                next.focus = None;
                next.keep.clear();
            }
            Action::Settle => next.settled = next.text.clone(),
            Action::Load(text) => {
                next.revision += 1;
                next.hints = Rc::default();
                next.text = text.into();
                next.settled = next.text.clone();
                next.focus = None;
                next.keep.clear();
            }
            Action::PasteHtml(text, hints) => {
                let mut next = (*self.reduce(Action::Load(text))).clone();
                next.hints = Rc::new(hints);
                return Rc::new(next);
            }
            Action::LoadExample => return self.reduce(Action::Load(crate::EXAMPLE.to_string())),
            Action::Clear => {
                if !self.text.is_empty() {
                    next.cleared = Some(self.text.clone());
                }
                next.revision += 1;
                next.text = "".into();
                next.settled = "".into();
                next.hints = Rc::default();
                next.focus = None;
                next.keep.clear();
            }
            Action::Undo => {
                if let Some(t) = next.cleared.take() {
                    next.revision += 1;
                    next.text = t.clone();
                    next.settled = t;
                }
            }
            Action::SetPoints(n) => next.points = n.min(MAX_POINTS),
            Action::Focus(i) => next.focus = Some(i),
            Action::Restore(start) => {
                if !next.keep.contains(&start) {
                    next.keep.push(start);
                }
            }
            Action::CycleTheme => {
                next.theme = match self.theme {
                    Theme::System => Theme::Light,
                    Theme::Light => Theme::Dark,
                    Theme::Dark => Theme::System,
                }
            }
            Action::ToggleHelp => next.help = !self.help,
            Action::Escape => next.help = false,
            Action::Notice(msg) => next.notice = Some(msg.into()),
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
        assert_eq!(&*s.settled, "hello");
    }

    #[wasm_bindgen_test]
    fn edits_settle_later_and_reset_restores() {
        let s = Rc::new(State::default()).reduce(Action::Load("one".into())).reduce(Action::Restore(3));
        assert_eq!(s.keep, [3]);
        let s = s.reduce(Action::Edit("two".into()));
        assert_eq!((&*s.text, &*s.settled), ("two", "one"));
        assert!(s.keep.is_empty());
        assert_eq!(&*s.reduce(Action::Settle).settled, "two");
    }
}
