//! The will / won't table: WILL and WON'T side by side, grouped by actor, main actor first.

use yew::prelude::*;

use std::rc::Rc;

use super::progressive::{use_per_digest, use_progressive};
use super::row_run::RowRun;
use super::DigestRef;
use crate::{groups, Group};

/// Props of [`Table`].
#[derive(Properties, PartialEq)]
pub struct TableProps {
    /// The brief.
    pub digest: DigestRef,
    /// Emits the sentence a row cites.
    pub on_focus: Callback<usize>,
}

/// Table lines rendered per event-loop turn, and per [`RowRun`].
const RUN: usize = 50;

/// Table lines shown before the reader asks for more.
pub const LIMIT: usize = 300;

/// The table. Huge briefs have thousands of rows: they are rendered a run at a time.
#[component]
pub fn Table(props: &TableProps) -> Html {
    let d = &props.digest;
    let groups: Rc<Vec<Group>> = use_memo(d.clone(), |d| groups(&d.commitments));
    let lines: usize = groups.iter().map(Group::len).sum();
    // A table is laid out as a whole, so each added run costs more as it grows: past
    // `LIMIT` lines, more are shown on request.
    let (cap, set_cap) = use_per_digest(d, LIMIT);
    let shown = use_progressive(d, lines.min(cap), RUN, RUN, 0);
    let more = set_cap.reform(move |_: MouseEvent| cap + LIMIT);
    html! {
        <section class="table" aria-labelledby="tbl-h">
            <h3 id="tbl-h">{ "Will / won't" }</h3>
            if d.commitments.is_empty() {
                <p class="none" data-testid="no-rows">{ "No commitments or refusals found." }</p>
            } else {
                <table data-testid="will-table">
                    <thead><tr><th scope="col">{ "Will" }</th><th scope="col">{ "Won't" }</th></tr></thead>
                    // Every group's <tbody> is there from the start (a list that keeps its length);
                    // inside, the keyed runs are its only children, so new runs are appended
                    // and the others left alone.
                    { for groups.iter().enumerate().scan(shown, |left, (g, group)| {
                        // The lines of this group that fit in what is still to be shown.
                        let lines = group.len().min(*left);
                        *left -= lines;
                        Some(html! {
                            <tbody>
                                { for (0..lines.max(1)).step_by(RUN).map(|from| html! {
                                    <RowRun key={from} digest={d.clone()} groups={groups.clone()} group={g} {from} to={(from + RUN).min(lines)} on_focus={props.on_focus.clone()} />
                                }) }
                            </tbody>
                        })
                    }) }
                </table>
                if lines > cap {
                    <button type="button" class="more" onclick={more} data-testid="more-rows">
                        { format!("Show {} more of {} rows", (lines - cap).min(LIMIT), lines - cap) }
                    </button>
                }
            }
        </section>
    }
}
