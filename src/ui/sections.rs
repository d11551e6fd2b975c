//! The list of sections (each a [`Section`]), with expand all / collapse all.

use yew::prelude::*;

use super::progressive::use_progressive;
use super::section_range::SectionRange;
use super::state::{Action, Opened};
use super::DigestRef;

/// Props of [`Sections`].
#[derive(Properties, PartialEq)]
pub struct SectionsProps {
    /// The brief.
    pub digest: DigestRef,
    /// The sentence to reveal and highlight.
    pub focus: Option<usize>,
    /// Which sections are open.
    #[prop_or_default]
    pub opened: Opened,
    /// Emits expand all, collapse all and each section's toggle.
    #[prop_or_default]
    pub on_action: Callback<Action>,
}

/// Sections rendered per event-loop turn, and per [`SectionRange`].
const RUN: usize = 20;

/// Above this many sentences a section's text is only built while it is open.
pub const LAZY_SENTENCES: usize = 2_000;

/// Every section of the brief, rendered a slice at a time (see [`use_progressive`]).
#[component]
pub fn Sections(props: &SectionsProps) -> Html {
    let d = &props.digest;
    let lazy = d.sentences.len() > LAZY_SENTENCES;
    let focus_section = props.focus.and_then(|i| d.sentences.get(i)).map(|s| s.section);
    let shown = use_progressive(d, d.sections.len(), RUN, RUN, focus_section.map_or(0, |s| s + 1));
    html! {
        <section class="sections" aria-label="Sections" data-testid="sections" aria-busy={(shown < d.sections.len()).to_string()}>
            <div class="section-tools">
                <button type="button" onclick={props.on_action.reform(|_| Action::OpenAll(true))} data-testid="expand-all">{ "Expand all" }</button>
                <button type="button" onclick={props.on_action.reform(|_| Action::OpenAll(false))} data-testid="collapse-all">{ "Collapse all" }</button>
            </div>
            // The keyed runs are the only children of their element: Yew then appends new runs
            // and leaves the others in place (next to an unkeyed sibling, it rebuilt them all).
            <div class="section-list">
                { for (0..shown).step_by(RUN).map(|from| {
                    let to = (from + RUN).min(shown);
                    let focus = props.focus.filter(|_| focus_section.is_some_and(|s| (from..to).contains(&s)));
                    html! { <SectionRange key={from} digest={d.clone()} {from} {to} {focus} {lazy} opened={props.opened.clone()} on_action={props.on_action.clone()} /> }
                }) }
            </div>
        </section>
    }
}
