//! The page: input on top, then the brief — key points, sections beside the will / won't table.

use std::rc::Rc;

use yew::prelude::*;

use super::input::Input;
use super::key_points::KeyPoints;
use super::removed::Removed;
use super::sections::Sections;
use super::state::{Action, State};
use super::table::Table;
use super::DigestRef;
use crate::{digest, Length, Options};

const DRAFT_KEY: &str = "brief.draft";
const POINTS_KEY: &str = "brief.points";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The saved draft and settings, or the defaults.
fn restore() -> State {
    let s = storage();
    let get = |k: &str| s.as_ref().and_then(|s| s.get_item(k).ok().flatten());
    State {
        text: get(DRAFT_KEY).unwrap_or_default().into(),
        points: get(POINTS_KEY).and_then(|p| p.parse().ok()).unwrap_or(0),
        ..State::default()
    }
}

/// Words per minute for reading-time estimates.
const WPM: usize = 230;

fn minutes(words: usize) -> String {
    let m = words.div_ceil(WPM).max(1);
    format!("{m} min")
}

/// The whole app.
#[component]
pub fn App() -> Html {
    let state = use_reducer(restore);
    let brief = {
        let deps = (state.text.clone(), state.points);
        use_memo(deps, |(text, points)| {
            let length = if *points == 0 { Length::Auto } else { Length::Points(*points) };
            DigestRef(Rc::new(digest(text, &Options { length, ..Options::default() })))
        })
    };
    // Persist the draft and settings whenever they change.
    use_effect_with((state.text.clone(), state.points), |(text, points)| {
        if let Some(s) = storage() {
            let _ = s.set_item(DRAFT_KEY, text);
            let _ = s.set_item(POINTS_KEY, &points.to_string());
        }
    });
    // Mark the page interactive once, for tests and measurements.
    use_effect_with((), |_| {
        let w = web_sys::window();
        let ms = w.as_ref().and_then(|w| w.performance()).map_or(0.0, |p| p.now());
        if let Some(body) = w.and_then(|w| w.document()).and_then(|d| d.body()) {
            let _ = body.set_attribute("data-ready-ms", &format!("{ms:.1}"));
        }
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let on_focus = dispatch.reform(Action::Focus);
    let d: DigestRef = (*brief).clone();
    let has_text = !state.text.trim().is_empty();
    html! {
        <>
        <header class="top">
            <h1 class="brand">{ "Brief" }</h1>
            <p class="tagline">{ "Paste an article; get its brief. Nothing leaves your browser." }</p>
        </header>
        <main>
            <Input text={AttrValue::from(state.text.to_string())} can_undo={state.cleared.is_some()} on_action={dispatch.clone()} />
            if has_text {
                <article class="brief" data-testid="brief">
                    if let Some(t) = &d.title {
                        <h2 class="title" data-testid="title">{ t.clone() }</h2>
                    }
                    <p class="meta">
                        { for d.byline.iter().map(|b| html! { <span class="byline">{ b.clone() }</span> }) }
                        { for d.date.iter().map(|b| html! { <span class="date">{ b.clone() }</span> }) }
                        <span data-testid="reading-time">
                            { format!("{} words · {} to read · brief {}", d.words, minutes(d.words),
                                minutes(d.key_points.iter().map(|k| k.text.split_whitespace().count()).sum())) }
                        </span>
                    </p>
                    <KeyPoints digest={d.clone()} points={state.points} on_points={dispatch.reform(Action::SetPoints)} on_focus={on_focus.clone()} />
                    <div class="columns">
                        <Sections digest={d.clone()} focus={state.focus} />
                        <Table digest={d.clone()} on_focus={on_focus.clone()} />
                    </div>
                    <Removed digest={d.clone()} />
                </article>
            } else {
                <p class="empty" data-testid="empty">{ "Paste an article above, or try the example." }</p>
            }
        </main>
        </>
    }
}
