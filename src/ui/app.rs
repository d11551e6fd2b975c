//! The page: input on top, then the brief — key points, sections beside the will / won't table.

use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::help::Help;
use super::input::Input;
use super::key_points::KeyPoints;
use super::removed::Removed;
use super::sections::{set_all_open, Sections};
use super::state::{Action, State, Theme};
use super::table::Table;
use super::toolbar::{copy_markdown, Toolbar};
use super::DigestRef;
use super::worker::{DigestWorker, Done, Job, THRESHOLD};
use crate::{digest, Digest, Options};
use gloo_worker::{Spawnable, WorkerBridge};

const DRAFT_KEY: &str = "brief.draft";
const POINTS_KEY: &str = "brief.points";
const THEME_KEY: &str = "brief.theme";
/// How long typing must pause before the brief is remade (ms).
const DEBOUNCE_MS: u32 = 150;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The saved draft and settings (a share link's text first), or the defaults.
fn restore() -> State {
    let s = storage();
    let get = |k: &str| s.as_ref().and_then(|s| s.get_item(k).ok().flatten());
    let shared = super::export::take_shared().and_then(|p| crate::share::decode(&p));
    let text: Rc<str> = shared.or_else(|| get(DRAFT_KEY)).unwrap_or_default().into();
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

/// Whether a key event comes from a place where typing goes (text box, slider, button).
fn typing(e: &web_sys::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT"))
}

/// A callback that dispatches `make(value)`, the same one on every render.
#[hook]
fn use_action<T: 'static>(dispatcher: UseReducerDispatcher<State>, make: fn(T) -> Action) -> Callback<T> {
    use_callback((), move |value: T, _| dispatcher.dispatch(make(value)))
}

/// The whole app.
#[component]
pub fn App() -> Html {
    let state = use_reducer(restore);
    // Small texts are digested on the page at once; big ones in the worker (ui::worker).
    let large = state.settled.len() >= THRESHOLD;
    let small = {
        let deps = (state.settled.clone(), state.points, state.keep.clone(), state.hints.clone(), large);
        use_memo(deps, |(text, points, keep, hints, large)| {
            let options = Options::reading(*points, keep, hints);
            DigestRef(Rc::new(if *large { Digest::default() } else { digest(text, &options) }))
        })
    };
    let from_worker = use_state(|| None::<(DigestRef, u64, u64)>);
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
                        .encoding::<super::codec::PageCodec>()
                        .callback(move |done: Done| {
                            *answered.borrow_mut() = done.id;
                            // An answer to a superseded job is dropped.
                            if done.id == *latest.borrow() {
                                from_worker.set(Some((DigestRef(Rc::new(done.digest)), done.micros, done.memory)));
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
    let brief: Rc<DigestRef> = if large {
        Rc::new((*from_worker).clone().map_or_else(|| DigestRef(Rc::new(Digest::default())), |(d, ..)| d))
    } else {
        small
    };
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
    {
        let dispatcher = state.dispatcher();
        let brief = brief.clone();
        use_effect_with(brief.clone(), move |_| {
            let doc = web_sys::window().and_then(|w| w.document());
            let listener = doc.map(|doc| {
                EventListener::new(&doc, "keydown", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    if e.ctrl_key() || e.meta_key() || e.alt_key() {
                        return;
                    }
                    let key = e.key();
                    if key == "Escape" {
                        dispatcher.dispatch(Action::Escape);
                        if typing(e) {
                            if let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                                let _ = el.blur();
                            }
                        }
                        return;
                    }
                    if typing(e) {
                        return;
                    }
                    let doc = web_sys::window().and_then(|w| w.document());
                    match key.as_str() {
                        "?" => dispatcher.dispatch(Action::ToggleHelp),
                        "/" => {
                            if let Some(el) = doc.and_then(|d| d.get_element_by_id("input")).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                                let _ = el.focus();
                            }
                        }
                        "e" => dispatcher.dispatch(Action::LoadExample),
                        "x" => set_all_open(true),
                        "c" => set_all_open(false),
                        "m" => copy_markdown(&brief, &Callback::from({
                            let d = dispatcher.clone();
                            move |a| d.dispatch(a)
                        })),
                        "t" => dispatcher.dispatch(Action::CycleTheme),
                        _ => return,
                    }
                    e.prevent_default();
                })
            });
            // Printing shows every section open.
            let before_print = web_sys::window().map(|w| EventListener::new(&w, "beforeprint", |_| set_all_open(true)));
            move || drop((listener, before_print))
        });
    }
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
            <Toolbar digest={d.clone()} text={AttrValue::from(state.settled.clone())} theme={state.theme} on_action={dispatch.clone()} />
            <p class="status" role="status" aria-live="polite" data-testid="status">{ state.notice.as_deref().unwrap_or("") }</p>
            if large && *working {
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
                <article class="brief" data-testid="brief" data-worker-us={large.then(|| (*from_worker).as_ref().map(|(_, us, _)| us.to_string())).flatten()}
                    data-worker-memory={large.then(|| (*from_worker).as_ref().map(|(.., mem)| mem.to_string())).flatten()}>
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
                        <Sections digest={d.clone()} focus={state.focus} />
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
