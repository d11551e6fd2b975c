//! Rendering long lists a slice at a time, so that a huge brief never blocks the page: the
//! first `first` items at once, then `step` more every event-loop turn until all are shown.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::DigestRef;

/// How many of `total` items of `digest` to render now. Starts again when the digest changes;
/// `at_least` forces a prefix (a row or key point the reader asked to see).
#[hook]
pub fn use_progressive(digest: &DigestRef, total: usize, first: usize, step: usize, at_least: usize) -> usize {
    // (the digest shown, items rendered for it)
    let key = std::rc::Rc::as_ptr(&digest.0) as usize;
    let state = use_state_eq(|| (key, first));
    let shown = if state.0 == key { state.1 } else { first };
    let shown = shown.max(at_least).min(total);
    {
        let state = state.clone();
        use_effect_with((key, shown, total), move |&(key, shown, total)| {
            let timer = (shown < total).then(|| Timeout::new(0, move || state.set((key, (shown + step).min(total)))));
            move || drop(timer)
        });
    }
    shown
}
