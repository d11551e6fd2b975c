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
                        { c.action.clone() }
                    </button>
                    { " " }<span class={classes!("badge", hedge_label(c.hedge))}>{ hedge_label(c.hedge) }</span>
                </td>
            }
        }
    };
    let row = |list: &[usize], i: usize| list.get(i).map(|&k| &d.commitments[k]);
    html! {
        <>
            if props.from == 0 {
                <tr class="actor"><th colspan="2" scope="rowgroup">{ g.actor.clone() }</th></tr>
            }
            { for (props.from..props.to).map(|i| html! {
                <tr data-testid="row">{ cell(row(&g.will, i)) }{ cell(row(&g.wont, i)) }</tr>
            }) }
        </>
    }
}
