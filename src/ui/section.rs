//! One section as a `<details>`: collapsed, its heading and key point; open, its text with the
//! key sentences marked. In a huge brief the text is only built while the section is open.

use std::collections::{HashMap, HashSet};

use yew::prelude::*;

use super::state::Action;
use super::DigestRef;
use crate::digest::BlockKind;
use crate::text::collapse;

/// Props of [`Section`].
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    /// The brief.
    pub digest: DigestRef,
    /// Index of the section in `digest.sections`.
    pub index: usize,
    /// The sentence to reveal, when it is in this section.
    pub focus: Option<usize>,
    /// Build the text only while open (huge briefs).
    pub lazy: bool,
    /// Open (the state's word; a focused sentence opens its section too).
    pub open: bool,
    /// Emits the reader's toggle.
    pub on_action: Callback<Action>,
}

/// Scrolls sentence `i` into view, centred.
fn scroll_to(i: usize) {
    let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&format!("s-{i}"))) else {
        return;
    };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_behavior(web_sys::ScrollBehavior::Smooth);
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// A section of the brief.
#[component]
pub fn Section(props: &SectionProps) -> Html {
    let is_open = props.open || props.focus.is_some();
    // A focused sentence: its section opens (above) and, once rendered, it scrolls into view.
    use_effect_with(props.focus, |focus| {
        if let Some(i) = *focus {
            scroll_to(i);
        }
    });
    let ontoggle = {
        let (on_action, index) = (props.on_action.clone(), props.index);
        Callback::from(move |e: Event| {
            if let Some(d) = e.target_dyn_into::<web_sys::HtmlDetailsElement>() {
                on_action.emit(Action::SetOpen(index, d.open()));
            }
        })
    };
    let d = &props.digest;
    let si = props.index;
    let s = &d.sections[si];
    let heading = s.heading.clone().unwrap_or_else(|| if si == 0 { "Introduction".into() } else { "(untitled)".into() });
    let kp = s.key_point.map(|i| collapse(&d.sentences[i].text));
    let body = if props.lazy && !is_open {
        Html::default()
    } else {
        // A section's sentences are consecutive in the digest.
        let mut ids = s.blocks.iter().flat_map(|b| b.items.iter().flatten()).copied();
        let first = ids.next().unwrap_or(0);
        let last = ids.last().unwrap_or(first);
        let key: HashSet<usize> = d.key_points.iter().map(|k| k.sentence).filter(|i| (first..=last).contains(i)).collect();
        // Which rows of the table cite each sentence of the section.
        let mut cited: HashMap<usize, Vec<String>> = HashMap::new();
        for c in &d.commitments {
            if let Some(i) = d.sentence_at(c.span).filter(|i| (first..=last).contains(i)) {
                let tag = match c.polarity {
                    crate::Polarity::Will => "WILL",
                    crate::Polarity::Wont => "WON'T",
                };
                cited.entry(i).or_default().push(format!("{tag}: {}", c.action));
            }
        }
        let sentence = |i: usize| {
            let mut classes = classes!("sentence");
            if key.contains(&i) {
                classes.push("key");
            }
            if props.focus == Some(i) {
                classes.push("focus");
            }
            let rows = cited.get(&i).map_or(0, Vec::len);
            let title = cited.get(&i).map(|r| format!("In the table: {}", r.join("; ")));
            html! {
                <>
                <span id={format!("s-{i}")} class={classes} {title} data-rows={rows.to_string()}>{ collapse(&d.sentences[i].text) }</span>
                { " " }
                </>
            }
        };
        html! {
            <div class="section-body">
                { for s.blocks.iter().map(|b| match b.kind {
                    BlockKind::Paragraph => html! { <p>{ for b.items.iter().flatten().map(|&i| sentence(i)) }</p> },
                    BlockKind::Quote => html! { <blockquote>{ for b.items.iter().flatten().map(|&i| sentence(i)) }</blockquote> },
                    BlockKind::List => html! { <ul>{ for b.items.iter().map(|it| html! { <li>{ for it.iter().map(|&i| sentence(i)) }</li> }) }</ul> },
                    BlockKind::Numbered => html! { <ol>{ for b.items.iter().map(|it| html! { <li>{ for it.iter().map(|&i| sentence(i)) }</li> }) }</ol> },
                }) }
            </div>
        }
    };
    html! {
        <details class="section" data-testid="section" id={format!("sec-{si}")} open={is_open} {ontoggle}>
            <summary>
                <span class="heading">{ heading }</span>
                { for kp.map(|k| html! { <span class="summary-point">{ k }</span> }) }
            </summary>
            { body }
        </details>
    }
}
