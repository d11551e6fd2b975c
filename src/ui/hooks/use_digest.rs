//! The digest of the settled text: made on the page for a small text, in the web worker for
//! a big one ([`THRESHOLD`]), the newest job winning.

use std::rc::Rc;

use gloo_worker::{Spawnable, WorkerBridge};
use yew::prelude::*;

use crate::ui::codec::PageCodec;
use crate::ui::state::State;
use crate::ui::worker::{DigestWorker, Done, Job, THRESHOLD};
use crate::ui::DigestRef;
use crate::{digest, Digest, Options};

/// What [`use_digest`] gives.
pub struct Digested {
    /// The brief to show (empty while the worker reads a big text for the first time).
    pub brief: Rc<DigestRef>,
    /// The text is big: the worker makes its brief.
    pub large: bool,
    /// The worker is reading.
    pub working: bool,
    /// The worker's last answer: its time (µs), memory (bytes) and job number (each big text
    /// settled is a new job, so tests wait for the answer to theirs).
    pub worker_stats: Option<(u64, u64, u64)>,
}

/// The brief of `state`'s settled text with its points, restored blocks and hints.
#[hook]
pub fn use_digest(state: &State) -> Digested {
    let large = state.settled.len() >= THRESHOLD;
    let small = {
        let deps = (state.settled.clone(), state.points, state.keep.clone(), state.hints.clone(), large);
        use_memo(deps, |(text, points, keep, hints, large)| {
            let options = Options::reading(*points, keep, hints);
            DigestRef(Rc::new(if *large { Digest::default() } else { digest(text, &options) }))
        })
    };
    let from_worker = use_state(|| None::<(DigestRef, u64, u64, u64)>);
    let working = use_state(|| false);
    let bridge = use_mut_ref(|| None::<WorkerBridge<DigestWorker>>);
    let latest = use_mut_ref(|| 0u64);
    let answered = use_mut_ref(|| 0u64);
    {
        let (from_worker, working, bridge, latest, answered) = (from_worker.clone(), working.clone(), bridge.clone(), latest.clone(), answered.clone());
        let deps = (state.settled.clone(), state.points, state.keep.clone(), state.hints.clone());
        use_effect_with(deps, move |(text, points, keep, hints)| {
            if text.len() >= THRESHOLD {
                let id = {
                    let mut l = latest.borrow_mut();
                    *l += 1;
                    *l
                };
                let mut b = bridge.borrow_mut();
                // A job still running is superseded: its worker is let go (it closes itself
                // after that digest, and its answer has nowhere to go) and a fresh worker
                // starts the new text at once instead of queueing behind it.
                if *answered.borrow() + 1 < id {
                    *b = None;
                }
                let b = b.get_or_insert_with(|| {
                    let (from_worker, working, latest, answered) = (from_worker.clone(), working.clone(), latest.clone(), answered.clone());
                    DigestWorker::spawner()
                        .encoding::<PageCodec>()
                        .callback(move |done: Done| {
                            *answered.borrow_mut() = done.id;
                            // An answer to a superseded job is dropped.
                            if done.id == *latest.borrow() {
                                from_worker.set(Some((DigestRef(Rc::new(done.digest)), done.micros, done.memory, done.id)));
                                working.set(false);
                            }
                        })
                        .spawn_with_loader("./worker_loader.js")
                });
                working.set(true);
                b.send(Job { id, text: text.to_string(), points: *points, keep: keep.clone(), hints: (**hints).clone() });
            } else {
                if *answered.borrow() < *latest.borrow() {
                    *bridge.borrow_mut() = None; // the big job in flight is no longer wanted
                }
                *latest.borrow_mut() += 1;
                *answered.borrow_mut() = *latest.borrow();
                working.set(false);
            }
        });
    }
    let brief: Rc<DigestRef> = if large { Rc::new((*from_worker).clone().map_or_else(|| DigestRef(Rc::new(Digest::default())), |(d, ..)| d)) } else { small };
    Digested { brief, large, working: *working, worker_stats: (*from_worker).as_ref().map(|(_, us, mem, id)| (*us, *mem, *id)) }
}
