//! A run of lines of one actor's group in the will / won't table (the first run also heads
//! the group with the actor), one component, so that growing the table renders only the new
//! runs.

use std::rc::Rc;

use yew::prelude::*;

use super::DigestRef;
use crate::stance::{Commitment, Hedge, Polarity};
use crate::Group;

/// Props of [`RowRun`].
#[derive(Properties, PartialEq)]
pub struct RowRunProps {
    /// The brief.
    pub digest: DigestRef,
    /// The table's groups.
    pub groups: Rc<Vec<Group>>,
    /// Which group.
    pub group: usize,
    /// First line of the run.
    pub from: usize,
    /// One past the last line of the run.
    pub to: usize,
    /// Emits the sentence a row cites.
    pub on_focus: Callback<usize>,
}

fn hedge_label(h: Hedge) -> &'static str {
    match h {
        Hedge::Certain => "certain",
        Hedge::Planned => "planned",
        Hedge::Proposed => "proposed",
        Hedge::Considered => "considered",
    }
}

/// The action, its time marked where the action holds it ("issue the cards <in 2008>"); a
/// time outside the action follows the badge instead.
fn action(c: &Commitment) -> Html {
    match c.time.as_deref().and_then(|t| crate::text::find(&c.action, t).map(|at| (at, at + t.len()))) {
        Some((from, to)) => html! {
            <>{ &c.action[..from] }<span class="when" title="when">{ &c.action[from..to] }</span>{ &c.action[to..] }</>
        },
        None => html! { { c.action.clone() } },
    }
}

/// Lines `from..to` of a group: its WILL and WON'T rows side by side.
#[component]
pub fn RowRun(props: &RowRunProps) -> Html {
    let d = &props.digest;
    let g = &props.groups[props.group];
    let cell = |c: Option<&Commitment>| match c {
        None => html! { <td class="empty-cell"></td> },
        Some(c) => {
            let target = d.sentence_at(c.span);
            let source = target.map(|i| crate::text::collapse(&d.sentences[i].text)).unwrap_or_default();
            let onclick = props.on_focus.reform(move |_: MouseEvent| target.unwrap_or(0));
            let class = match c.polarity {
                Polarity::Will => "will",
                Polarity::Wont => "wont",
            };
            html! {
                <td class={class}>
                    <button type="button" class="link row-link" {onclick} title={source}>
                        { action(c) }
                    </button>
                    { " " }<span class={classes!("badge", hedge_label(c.hedge))}>{ hedge_label(c.hedge) }</span>
                    if let Some(time) = c.time.as_ref().filter(|t| !crate::text::contains(&c.action, t)) {
                        { " " }<small class="when" title="when">{ time.clone() }</small>
                    }
                    if let Some(condition) = &c.condition {
                        { " " }<small class="condition" title="on condition">{ condition.clone() }</small>
                    }
                    if let Some(speaker) = &c.speaker {
                        { " " }<small class="speaker" title="who says so">{ "according to " }{ speaker.clone() }</small>
                    }
                </td>
            }
        }
    };
    let row = |k: Option<usize>| k.map(|k| &d.commitments[k]);
    html! {
        <>
            if props.from == 0 {
                <tr class="actor"><th colspan="2" scope="rowgroup">{ g.actor.clone() }</th></tr>
            }
            { for (props.from..props.to).map(|i| html! {
                <tr data-testid="row">{ cell(row(g.lines[i].will)) }{ cell(row(g.lines[i].wont)) }</tr>
            }) }
        </>
    }
}
