//! The list of sections (each a [`Section`]), with expand all / collapse all.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::progressive::use_progressive;
use super::section_range::SectionRange;
use super::DigestRef;

/// Props of [`Sections`].
#[derive(Properties, PartialEq)]
pub struct SectionsProps {
    /// The brief.
    pub digest: DigestRef,
    /// The sentence to reveal and highlight.
    pub focus: Option<usize>,
}

/// Opens or closes every section.
pub fn set_all_open(open: bool) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(list) = doc.query_selector_all("details.section") else { return };
    for i in 0..list.length() {
        if let Some(d) = list.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
            d.set_open(open);
        }
    }
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
                <button type="button" onclick={|_| set_all_open(true)} data-testid="expand-all">{ "Expand all" }</button>
                <button type="button" onclick={|_| set_all_open(false)} data-testid="collapse-all">{ "Collapse all" }</button>
            </div>
            // The keyed runs are the only children of their element: Yew then appends new runs
            // and leaves the others in place (next to an unkeyed sibling, it rebuilt them all).
            <div class="section-list">
                { for (0..shown).step_by(RUN).map(|from| {
                    let to = (from + RUN).min(shown);
                    let focus = props.focus.filter(|_| focus_section.is_some_and(|s| (from..to).contains(&s)));
                    html! { <SectionRange key={from} digest={d.clone()} {from} {to} {focus} {lazy} /> }
                }) }
            </div>
        </section>
    }
}
