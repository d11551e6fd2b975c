//! The page: input on top, then the brief — key points, sections beside the will / won't table.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::help::Help;
use super::hooks::{use_action, use_digest, use_shortcuts, Digested};
use super::input::Input;
use super::key_points::KeyPoints;
use super::removed::Removed;
use super::sections::Sections;
use super::state::{Action, State, Theme};
use super::table::Table;
use super::toolbar::Toolbar;
use super::DigestRef;

const DRAFT_KEY: &str = "brief.draft";
const POINTS_KEY: &str = "brief.points";
const THEME_KEY: &str = "brief.theme";
/// How long typing must pause before the brief is remade (ms).
const DEBOUNCE_MS: u32 = 150;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The saved draft and settings, or the defaults (a share link's text comes after: the
/// browser inflates it).
fn restore() -> State {
    let s = storage();
    let get = |k: &str| s.as_ref().and_then(|s| s.get_item(k).ok().flatten());
    let text: Rc<str> = get(DRAFT_KEY).unwrap_or_default().into();
    State {
        settled: text.clone(),
        text,
        points: get(POINTS_KEY).and_then(|p| p.parse().ok()).unwrap_or(0),
        theme: Theme::from_name(&get(THEME_KEY).unwrap_or_default()),
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
    // A share link's text replaces the draft once the browser has inflated it.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            if let Some(bytes) = super::export::take_shared().as_deref().and_then(crate::share::decode) {
                yew::platform::spawn_local(async move {
                    if let Some(text) = super::export::inflate(&bytes).await {
                        dispatcher.dispatch(Action::Load(text));
                    }
                });
            }
        });
    }
    let Digested { brief, large, working, worker_stats } = use_digest(&state);
    // The brief follows the text once typing pauses.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.text.clone(), move |_| {
            let t = Timeout::new(DEBOUNCE_MS, move || dispatcher.dispatch(Action::Settle));
            move || drop(t)
        });
    }
    // Persist the draft and settings whenever they change.
    use_effect_with((state.text.clone(), state.points, state.theme), |(text, points, theme)| {
        if let Some(s) = storage() {
            let _ = s.set_item(DRAFT_KEY, text);
            let _ = s.set_item(POINTS_KEY, &points.to_string());
            let _ = s.set_item(THEME_KEY, theme.name());
        }
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("data-theme", theme.name());
        }
    });
    // Keyboard shortcuts (help::SHORTCUTS).
    use_shortcuts(state.dispatcher(), brief.clone());
    // Mark the page interactive once, for tests and measurements.
    use_effect_with((), |_| {
        let w = web_sys::window();
        let ms = w.as_ref().and_then(|w| w.performance()).map_or(0.0, |p| p.now());
        if let Some(body) = w.and_then(|w| w.document()).and_then(|d| d.body()) {
            // Integer formatting: float formatting would add its tables to the bundle.
            let _ = body.set_attribute("data-ready-ms", &(ms.round() as u64).to_string());
        }
    });
    // Warm the core up while the page is idle: the browser first runs wasm through a baseline
    // compiler and optimises a function only once it has run enough, so the reader's first
    // brief would otherwise run on the slow code (a news article took 4.5-6.6 ms that way in
    // Chromium against 2.2-2.4 ms with every function optimised up front).
    use_effect_with((), |_| warm_up(WARM_UP_ROUNDS));
    // Callbacks that stay the same from render to render, so that components whose other
    // props did not change are not rendered again.
    let dispatch = use_action(state.dispatcher(), |a: Action| a);
    let on_focus = use_action(state.dispatcher(), Action::Focus);
    let on_points = use_action(state.dispatcher(), Action::SetPoints);
    let on_restore = use_action(state.dispatcher(), Action::Restore);
    let d: DigestRef = (*brief).clone();
    let has_text = !state.settled.trim().is_empty();
    let words_brief: usize = d.key_points.iter().map(|k| k.text.split_whitespace().count()).sum();
    html! {
        <>
        <header class="top">
            <h1 class="brand">{ "Brief" }</h1>
            <p class="tagline">{ "Paste an article; get its brief. Nothing leaves your browser." }</p>
        </header>
        <main>
            <Input text={AttrValue::from(state.text.clone())} revision={state.revision} can_undo={state.cleared.is_some()} on_action={dispatch.clone()} />
            <Toolbar digest={d.clone()} text={AttrValue::from(state.settled.clone())} theme={state.theme} share_url={state.share_url.clone().map(AttrValue::from)} on_action={dispatch.clone()} />
            <p class="status" role="status" aria-live="polite" data-testid="status">{ state.notice.as_deref().unwrap_or("") }</p>
            if large && working {
                <p class="working" data-testid="working">
                    <progress aria-label="Reading the text"></progress>
                    { {
                        let tenths = (state.settled.len() * 10).div_ceil(1_048_576);
                        format!(" Reading {}.{} MB in the background…", tenths / 10, tenths % 10)
                    } }
                </p>
            }
            if state.help {
                <Help on_action={dispatch.clone()} />
            }
            if has_text {
                <article class="brief" data-testid="brief" data-worker-us={large.then(|| worker_stats.map(|(us, ..)| us.to_string())).flatten()}
                    data-worker-memory={large.then(|| worker_stats.map(|(_, mem, _)| mem.to_string())).flatten()}
                    data-worker-job={large.then(|| worker_stats.map(|(.., job)| job.to_string())).flatten()}>
                    if let Some(t) = &d.title {
                        <h2 class="title" data-testid="title">{ t.clone() }</h2>
                    }
                    <p class="meta">
                        { for d.byline.iter().map(|b| html! { <span class="byline" data-testid="byline">{ b.clone() }</span> }) }
                        { for d.date.iter().map(|b| html! { <span class="date" data-testid="date">{ b.clone() }</span> }) }
                        <span data-testid="reading-time">
                            { format!("{} words · {} to read · the brief {}", d.words, minutes(d.words), minutes(words_brief)) }
                        </span>
                    </p>
                    <KeyPoints digest={d.clone()} points={state.points} on_points={on_points} on_focus={on_focus.clone()} />
                    <div class="columns">
                        <Sections digest={d.clone()} focus={state.focus} opened={state.opened.clone()} on_action={dispatch.clone()} />
                        <Table digest={d.clone()} on_focus={on_focus.clone()} />
                    </div>
                    <Removed digest={d.clone()} on_restore={on_restore} />
                </article>
            } else {
                <p class="empty" data-testid="empty">{ "Paste an article above, open or drop a file, or try the example." }</p>
            }
        </main>
        </>
    }
}

/// Digests of the example run after start-up to get the core optimised (see [`warm_up`]).
const WARM_UP_ROUNDS: u32 = 12;

/// Digests the example `rounds` times, one digest per task (a few milliseconds each, so the
/// page stays responsive), then sets `data-warm` on the body for tests and measurements.
fn warm_up(rounds: u32) {
    gloo_timers::callback::Timeout::new(if rounds == WARM_UP_ROUNDS { 300 } else { 10 }, move || {
        if rounds == 0 {
            if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
                let _ = body.set_attribute("data-warm", "true");
            }
            return;
        }
        let _ = crate::digest(crate::EXAMPLE, &crate::Options::default());
        warm_up(rounds - 1);
    })
    .forget();
}
