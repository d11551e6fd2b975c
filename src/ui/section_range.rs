//! A run of consecutive sections, one component, so that growing the list renders only the
//! new runs: the runs already on screen compare equal and are left alone.

use yew::prelude::*;

use super::section::Section;
use super::state::{Action, Opened};
use super::DigestRef;

/// Props of [`SectionRange`].
#[derive(Properties, PartialEq)]
pub struct SectionRangeProps {
    /// The brief.
    pub digest: DigestRef,
    /// First section of the run.
    pub from: usize,
    /// One past the last section of the run.
    pub to: usize,
    /// The sentence to reveal, when it is in this run.
    pub focus: Option<usize>,
    /// Build section text only while open.
    pub lazy: bool,
    /// Which sections are open.
    pub opened: Opened,
    /// Emits each section's toggle.
    pub on_action: Callback<Action>,
}

/// Sections `from..to`.
#[component]
pub fn SectionRange(props: &SectionRangeProps) -> Html {
    let d = &props.digest;
    let focus_section = props.focus.and_then(|i| d.sentences.get(i)).map(|s| s.section);
    html! {
        { for (props.from..props.to).map(|si| html! {
            <Section key={si} digest={d.clone()} index={si} focus={props.focus.filter(|_| focus_section == Some(si))} lazy={props.lazy} open={props.opened.is_open(si)} on_action={props.on_action.clone()} />
        }) }
    }
}
