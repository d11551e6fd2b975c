//! The will / won't table: WILL and WON'T side by side, grouped by actor, main actor first.

use yew::prelude::*;

use super::progressive::use_progressive;
use super::DigestRef;
use crate::stance::{Commitment, Hedge, Polarity};

/// Props of [`Table`].
#[derive(Properties, PartialEq)]
pub struct TableProps {
    /// The brief.
    pub digest: DigestRef,
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

/// Rows grouped by actor: main actor first, then others in order of first appearance.
pub fn groups(rows: &[Commitment]) -> Vec<(String, Vec<&Commitment>, Vec<&Commitment>)> {
    let mut out: Vec<(String, Vec<&Commitment>, Vec<&Commitment>)> = Vec::new();
    let mut order: Vec<(bool, usize)> = Vec::new();
    for c in rows {
        let k = match out.iter().position(|(a, ..)| *a == c.actor) {
            Some(k) => k,
            None => {
                out.push((c.actor.clone(), Vec::new(), Vec::new()));
                order.push((!c.main, out.len() - 1));
                out.len() - 1
            }
        };
        match c.polarity {
            Polarity::Will => out[k].1.push(c),
            Polarity::Wont => out[k].2.push(c),
        }
    }
    order.sort();
    let mut slots: Vec<Option<_>> = out.into_iter().map(Some).collect();
    order.into_iter().filter_map(|(_, k)| slots[k].take()).collect()
}

/// The table.
#[component]
pub fn Table(props: &TableProps) -> Html {
    let d = &props.digest;
    let groups = use_memo(d.clone(), |d| {
        groups(&d.commitments)
            .into_iter()
            .map(|(actor, will, wont)| (actor, will.into_iter().cloned().collect::<Vec<_>>(), wont.into_iter().cloned().collect::<Vec<_>>()))
            .collect::<Vec<_>>()
    });
    let lines: usize = groups.iter().map(|(_, will, wont)| will.len().max(wont.len())).sum();
    // Huge briefs have thousands of rows: they are rendered a slice at a time.
    let shown = use_progressive(d, lines, 150, 300, 0);
    let cell = |c: Option<&Commitment>| match c {
        None => html! { <td class="empty-cell"></td> },
        Some(c) => {
            let target = d.sentence_at(c.span);
            let source = target.map(|i| crate::document::collapse(&d.sentences[i].text)).unwrap_or_default();
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
    html! {
        <section class="table" aria-labelledby="tbl-h">
            <h3 id="tbl-h">{ "Will / won't" }</h3>
            if d.commitments.is_empty() {
                <p class="none" data-testid="no-rows">{ "No commitments or refusals found." }</p>
            } else {
                <table data-testid="will-table">
                    <thead><tr><th scope="col">{ "Will" }</th><th scope="col">{ "Won't" }</th></tr></thead>
                    { for groups.iter().scan(shown, |left, (actor, will, wont)| {
                        // Table lines of this group that fit in what is still to be shown.
                        let lines = will.len().max(wont.len()).min(*left);
                        *left -= lines;
                        (lines > 0).then(|| html! {
                            <tbody>
                                <tr class="actor"><th colspan="2" scope="rowgroup">{ actor.clone() }</th></tr>
                                { for (0..lines).map(|i| html! {
                                    <tr data-testid="row">{ cell(will.get(i)) }{ cell(wont.get(i)) }</tr>
                                }) }
                            </tbody>
                        })
                    }) }
                </table>
            }
        </section>
    }
}
