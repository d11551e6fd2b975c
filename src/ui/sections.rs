//! The sections as `<details>`: collapsed, the heading and the section's key point; open, the
//! full text with key sentences marked.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::DigestRef;
use crate::digest::BlockKind;
use crate::document::collapse;

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

/// Opens the section holding sentence `i` and scrolls it into view.
fn reveal(i: usize) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(el) = doc.get_element_by_id(&format!("s-{i}")) else { return };
    if let Ok(Some(details)) = el.closest("details") {
        if let Ok(d) = details.dyn_into::<web_sys::HtmlDetailsElement>() {
            d.set_open(true);
        }
    }
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_behavior(web_sys::ScrollBehavior::Smooth);
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// Every section of the brief.
#[component]
pub fn Sections(props: &SectionsProps) -> Html {
    use_effect_with(props.focus, |focus| {
        if let Some(i) = *focus {
            reveal(i);
        }
    });
    let d = &props.digest;
    let key: std::collections::HashSet<usize> = d.key_points.iter().map(|k| k.sentence).collect();
    // Which rows of the table cite each sentence.
    let cited: std::collections::HashMap<usize, Vec<String>> = d
        .commitments
        .iter()
        .filter_map(|c| d.sentence_at(c.span).map(|i| (i, c)))
        .fold(Default::default(), |mut m, (i, c)| {
            let tag = match c.polarity {
                crate::Polarity::Will => "WILL",
                crate::Polarity::Wont => "WON'T",
            };
            m.entry(i).or_default().push(format!("{tag}: {}", c.action));
            m
        });
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
        <section class="sections" aria-label="Sections" data-testid="sections">
            <div class="section-tools">
                <button type="button" onclick={|_| set_all_open(true)} data-testid="expand-all">{ "Expand all" }</button>
                <button type="button" onclick={|_| set_all_open(false)} data-testid="collapse-all">{ "Collapse all" }</button>
            </div>
            { for d.sections.iter().enumerate().map(|(si, s)| {
                let heading = s.heading.clone().unwrap_or_else(|| if si == 0 { "Introduction".into() } else { "(untitled)".into() });
                let kp = s.key_point.map(|i| collapse(&d.sentences[i].text));
                html! {
                    <details class="section" data-testid="section" id={format!("sec-{si}")}>
                        <summary>
                            <span class="heading">{ heading }</span>
                            { for kp.map(|k| html! { <span class="summary-point">{ k }</span> }) }
                        </summary>
                        <div class="section-body">
                            { for s.blocks.iter().map(|b| match b.kind {
                                BlockKind::Paragraph => html! { <p>{ for b.items.iter().flatten().map(|&i| sentence(i)) }</p> },
                                BlockKind::Quote => html! { <blockquote>{ for b.items.iter().flatten().map(|&i| sentence(i)) }</blockquote> },
                                BlockKind::List => html! { <ul>{ for b.items.iter().map(|it| html! { <li>{ for it.iter().map(|&i| sentence(i)) }</li> }) }</ul> },
                                BlockKind::Numbered => html! { <ol>{ for b.items.iter().map(|it| html! { <li>{ for it.iter().map(|&i| sentence(i)) }</li> }) }</ol> },
                            }) }
                        </div>
                    </details>
                }
            }) }
        </section>
    }
}
