//! Rendering long lists a slice at a time, so that a huge brief never blocks the page: the
//! first `first` items at once, then `step` more every event-loop turn until all are shown.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::DigestRef;

/// A number kept per digest: it goes back to `initial` when the digest changes (a new brief
/// starts from its first slice, its table from its first lines).
#[hook]
pub fn use_per_digest(digest: &DigestRef, initial: usize) -> (usize, Callback<usize>) {
    let key = std::rc::Rc::as_ptr(&digest.0) as usize;
    // (the digest it belongs to, the number)
    let state = use_state_eq(|| (key, initial));
    let value = if state.0 == key { state.1 } else { initial };
    (value, Callback::from(move |v| state.set((key, v))))
}

/// How many of `total` items of `digest` to render now. Starts again when the digest changes;
/// `at_least` forces a prefix (a row or key point the reader asked to see).
#[hook]
pub fn use_progressive(digest: &DigestRef, total: usize, first: usize, step: usize, at_least: usize) -> usize {
    let (shown, set) = use_per_digest(digest, first);
    let shown = shown.max(at_least).min(total);
    use_effect_with((digest.clone(), shown, total), move |&(_, shown, total)| {
        let timer = (shown < total).then(|| Timeout::new(0, move || set.emit((shown + step).min(total))));
        move || drop(timer)
    });
    shown
}
