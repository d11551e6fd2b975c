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

/// Which sections of the brief are open: all open or all closed, but for the sections the
/// reader toggled since (sorted indices).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Opened {
    /// Expand all (true) or collapse all (false) was the last word.
    pub all: bool,
    /// Sections toggled since, which are the other way.
    pub toggled: Rc<Vec<usize>>,
}

impl Opened {
    /// Whether section `i` is open.
    pub fn is_open(&self, i: usize) -> bool {
        self.all != self.toggled.binary_search(&i).is_ok()
    }

    /// The same with section `i` open or closed.
    fn with(&self, i: usize, open: bool) -> Self {
        let mut toggled = (*self.toggled).clone();
        match toggled.binary_search(&i) {
            Ok(k) if open == self.all => {
                toggled.remove(k);
            }
            Err(k) if open != self.all => toggled.insert(k, i),
            _ => {}
        }
        Opened { all: self.all, toggled: Rc::new(toggled) }
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
    /// Which sections are open.
    pub opened: Opened,
    /// The last share link made, shown for assistive technology and tests.
    pub share_url: Option<Rc<str>>,
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
    /// Open (true) or close every section.
    OpenAll(bool),
    /// Open or close one section.
    SetOpen(usize, bool),
    /// A share link was made (and copied).
    Shared(String),
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
            Action::OpenAll(all) => next.opened = Opened { all, toggled: Rc::default() },
            Action::SetOpen(i, open) => {
                if self.opened.is_open(i) == open {
                    return self;
                }
                next.opened = self.opened.with(i, open);
            }
            Action::Shared(url) => next.share_url = Some(url.into()),
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

    #[wasm_bindgen_test]
    fn sections_open_all_then_one_by_one() {
        let s = Rc::new(State::default());
        assert!(!s.opened.is_open(3));
        let s = s.reduce(Action::SetOpen(3, true)).reduce(Action::SetOpen(1, true));
        assert!(s.opened.is_open(3) && s.opened.is_open(1) && !s.opened.is_open(2));
        assert_eq!(*s.opened.toggled, [1, 3]);
        let s = s.reduce(Action::OpenAll(true));
        assert!(s.opened.is_open(2) && s.opened.toggled.is_empty());
        let s = s.reduce(Action::SetOpen(2, false)).reduce(Action::SetOpen(2, false));
        assert!(!s.opened.is_open(2) && s.opened.is_open(5));
        assert_eq!(*s.reduce(Action::SetOpen(2, true)).opened.toggled, Vec::<usize>::new());
    }
}
