//! Component tests in headless Chromium (`cargo test --target wasm32-unknown-unknown`).

use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::platform::time::sleep;
use yew::Callback;

use super::sections::{Sections, SectionsProps};
use super::state::{Action, Opened};
use super::table::{Table, TableProps};
use super::DigestRef;
use crate::{digest, Options};

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> web_sys::Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn seed() -> DigestRef {
    DigestRef(Rc::new(digest(crate::EXAMPLE, &Options::default())))
}

#[wasm_bindgen_test]
async fn sections_render_one_details_per_section_with_its_key_point() {
    let d = seed();
    let root = mount_point();
    let props = SectionsProps { digest: d.clone(), focus: None, opened: Default::default(), on_action: Default::default() };
    yew::Renderer::<Sections>::with_root_and_props(root.clone(), props).render();
    sleep(Duration::from_millis(20)).await;
    let details = root.query_selector_all("details.section").unwrap();
    assert_eq!(details.length() as usize, d.sections.len());
    assert!(d.sections.len() >= 10, "the seed has many headed sections");
    // Collapsed, a section shows its heading and its key point.
    let first = details.item(0).unwrap().dyn_into::<web_sys::Element>().unwrap();
    let summary = first.query_selector("summary").unwrap().unwrap().text_content().unwrap();
    assert!(summary.contains(d.sections[0].heading.as_deref().unwrap()));
    let kp = &d.sentences[d.sections[0].key_point.unwrap()].text;
    assert!(summary.contains(&crate::text::collapse(kp)));
    // Every sentence is in the DOM with its id, and key sentences are marked.
    assert_eq!(root.query_selector_all(".sentence").unwrap().length() as usize, d.sentences.len());
    assert_eq!(root.query_selector_all(".sentence.key").unwrap().length() as usize, d.key_points.len());
}

#[wasm_bindgen_test]
async fn a_huge_brief_renders_a_slice_at_a_time_and_builds_section_text_on_opening() {
    let text = crate::EXAMPLE.repeat(100);
    let d = DigestRef(Rc::new(digest(&text, &Options::default())));
    assert!(d.sentences.len() > super::sections::LAZY_SENTENCES, "{}", d.sentences.len());
    let root = mount_point();
    let last = d.sentences.len() - 1;
    // The reader's toggles go to the state (here, a list), which opens the section.
    let emitted = Rc::new(std::cell::RefCell::new(Vec::new()));
    let on_action = {
        let emitted = emitted.clone();
        Callback::from(move |a: Action| emitted.borrow_mut().push(a))
    };
    let props = SectionsProps { digest: d.clone(), focus: None, opened: Default::default(), on_action: on_action.clone() };
    let mut handle = yew::Renderer::<Sections>::with_root_and_props(root.clone(), props).render();
    sleep(Duration::from_millis(1)).await;
    let count = |sel: &str| root.query_selector_all(sel).unwrap().length() as usize;
    let first_slice = count("details.section");
    assert!(first_slice > 0 && first_slice < d.sections.len(), "{first_slice} of {}", d.sections.len());
    // The rest arrives over the next turns of the event loop.
    for _ in 0..200 {
        if count("details.section") == d.sections.len() {
            break;
        }
        sleep(Duration::from_millis(5)).await;
    }
    assert_eq!(count("details.section"), d.sections.len());
    // Collapsed sections hold no text; opening one builds it.
    assert_eq!(count(".sentence"), 0);
    let first = root.query_selector("details.section").unwrap().unwrap().dyn_into::<web_sys::HtmlDetailsElement>().unwrap();
    first.set_open(true);
    sleep(Duration::from_millis(30)).await;
    assert_eq!(*emitted.borrow(), [Action::SetOpen(0, true)]);
    let opened = Opened { all: false, toggled: Rc::new(vec![0]) };
    handle.update(SectionsProps { digest: d.clone(), focus: None, opened: opened.clone(), on_action: on_action.clone() });
    sleep(Duration::from_millis(30)).await;
    assert!(count(".sentence") > 0);
    assert!(count("details.section .sentence") == count("details.section:first-of-type .sentence"));
    // Asking for the last sentence opens the last section and marks it.
    handle.update(SectionsProps { digest: d.clone(), focus: Some(last), opened, on_action });
    sleep(Duration::from_millis(30)).await;
    let focused = root.query_selector(".sentence.focus").unwrap().expect("the focused sentence is rendered");
    assert_eq!(focused.id(), format!("s-{last}"));
}

#[wasm_bindgen_test]
fn pasted_html_is_read_as_the_browser_parses_it() {
    // Legacy entities without a semicolon and implied end tags: the browser's parser settles
    // them, the core's reader then sees well-formed markup.
    let html = "<p>&copy 2024 caf&eacute &amp more<ul><li>One<li>Two</ul><p>Para one<p>Para two<script>alert(1)</script>";
    let text = crate::html::to_text(&super::input::browser_parsed(html));
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    assert_eq!(lines, ["© 2024 café & more", "• One", "• Two", "Para one", "Para two"], "{text:?}");
    // The core's reader alone leaves the legacy entities as they are.
    assert!(crate::html::to_text(html).contains("&copy"));
}

#[wasm_bindgen_test]
async fn table_groups_rows_by_actor_with_main_actor_first() {
    let d = seed();
    let root = mount_point();
    let props = TableProps { digest: d.clone(), on_focus: yew::Callback::noop() };
    yew::Renderer::<Table>::with_root_and_props(root.clone(), props).render();
    sleep(Duration::from_millis(20)).await;
    let groups = root.query_selector_all("tbody").unwrap();
    assert!(groups.length() >= 2, "main actor and at least one other");
    let first_actor = root.query_selector("tr.actor th").unwrap().unwrap().text_content().unwrap();
    assert_eq!(first_actor, d.main_actor);
    let wills = root.query_selector_all("td.will").unwrap().length() as usize;
    let wonts = root.query_selector_all("td.wont").unwrap().length() as usize;
    let count = |p| d.commitments.iter().filter(|c| c.polarity == p).count();
    assert_eq!(wills, count(crate::Polarity::Will));
    assert_eq!(wonts, count(crate::Polarity::Wont));
    assert!(wonts > 0);
}

#[wasm_bindgen_test]
async fn table_pairs_only_a_contrasts_two_sides_and_marks_times() {
    let text = "Council plans bridge\n\nThe council will build a bridge by 2027, Mayor Ann Lee said. It will not raise taxes. \
                It will pay for the bridge with bonds rather than with taxes. If the budget is approved, it will also build a park.";
    let d = DigestRef(Rc::new(digest(text, &Options::default())));
    let root = mount_point();
    yew::Renderer::<Table>::with_root_and_props(root.clone(), TableProps { digest: d.clone(), on_focus: Callback::noop() }).render();
    sleep(Duration::from_millis(20)).await;
    let rows = root.query_selector_all("tr[data-testid=row]").unwrap();
    let mut paired = Vec::new();
    for k in 0..rows.length() {
        let row = rows.item(k).unwrap().dyn_into::<web_sys::Element>().unwrap();
        let (will, wont) = (row.query_selector("td.will").unwrap(), row.query_selector("td.wont").unwrap());
        if let (Some(will), Some(wont)) = (will, wont) {
            paired.push((will.text_content().unwrap(), wont.text_content().unwrap()));
        }
    }
    // Four rows from four sentences, one contrast: five rows, one line with both sides.
    assert_eq!(d.commitments.len(), 5, "{:?}", d.commitments);
    assert_eq!(rows.length(), 4);
    assert_eq!(paired.len(), 1, "{paired:?}");
    assert!(paired[0].0.contains("bonds") && paired[0].1.contains("taxes"), "{paired:?}");
    let when = root.query_selector("td.will .when").unwrap().expect("the time is marked").text_content().unwrap();
    assert_eq!(when, "by 2027");
    let condition = root.query_selector("small.condition").unwrap().expect("the condition is shown").text_content().unwrap();
    assert_eq!(condition, "If the budget is approved");
    let speaker = root.query_selector("small.speaker").unwrap().expect("the speaker is shown").text_content().unwrap();
    assert_eq!(speaker, "according to Mayor Ann Lee");
}

#[wasm_bindgen_test]
async fn app_loads_the_example_on_click() {
    if let Some(s) = web_sys::window().unwrap().local_storage().unwrap() {
        s.clear().unwrap();
    }
    let root = mount_point();
    yew::Renderer::<super::app::App>::with_root(root.clone()).render();
    sleep(Duration::from_millis(20)).await;
    assert!(root.query_selector("[data-testid=empty]").unwrap().is_some());
    let button = root.query_selector("[data-testid=example]").unwrap().unwrap();
    button.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    sleep(Duration::from_millis(50)).await;
    let title = root.query_selector("[data-testid=title]").unwrap().unwrap().text_content().unwrap();
    assert_eq!(title, "Reassurance, not peacekeeping: What Ukraine coalition force will and won't do");
    assert!(root.query_selector_all("[data-testid=row]").unwrap().length() > 5);
}

#[wasm_bindgen_test]
fn the_page_reads_the_workers_answers_as_bincode_writes_them() {
    use super::codec::{from_bytes, PageCodec};
    use super::worker::Done;
    use gloo_worker::Codec;
    // A digest with every kind of field: options, enums, nested lists, non-ASCII text.
    let text = format!("{}\n\nLa ministre a dit : « Nous ne céderons pas. » 日本語の文です。", crate::EXAMPLE);
    let digest = digest(&text, &Options::default());
    assert!(digest.title.is_some() && !digest.commitments.is_empty() && !digest.removed.is_empty());
    let done = Done { id: 7, digest, micros: 1234, memory: 1 << 33 };
    let back: Done = PageCodec::decode(gloo_worker::Bincode::encode(done.clone()));
    assert_eq!((back.id, back.micros, back.memory), (7, 1234, 1 << 33));
    // (As bincode reads it: the sentences' scores are not sent.)
    let theirs: Done = gloo_worker::Bincode::decode(gloo_worker::Bincode::encode(done.clone()));
    assert_eq!(back.digest, theirs.digest);
    assert_eq!(back.digest.key_points, done.digest.key_points);
    assert_eq!(back.digest.commitments, done.digest.commitments);
    // Other shapes bincode writes: a char, a float, a bool, a map, a tuple.
    let value = ('é', 1.5f32, true, std::collections::BTreeMap::from([(3u16, "x".to_string())]), (Some(-2i64), ()));
    let bytes = js_sys::Uint8Array::new(&gloo_worker::Bincode::encode(value.clone())).to_vec();
    assert_eq!(from_bytes::<(char, f32, bool, std::collections::BTreeMap<u16, String>, (Option<i64>, ()))>(&bytes), Ok(value));
    // A cut message is malformed, never a panic.
    for n in 0..bytes.len() {
        assert!(from_bytes::<(char, f32, bool, std::collections::BTreeMap<u16, String>, (Option<i64>, ()))>(&bytes[..n]).is_err(), "{n}");
    }
}

#[wasm_bindgen_test]
async fn share_links_deflate_in_the_browser_and_read_old_links() {
    // A link made before the browser did the deflating (raw deflate, as zlib's wbits -15
    // writes it) still opens.
    let old = "C8lIVUjOL81LzsxRKM_MyVFIKs3MSVFIVMhLLVdIKspMSU_VU_Asgcjl5ZcoFCVmFqcqlCRWpBbrAQA";
    let bytes = crate::share::decode(old).expect("a payload");
    let text = super::export::inflate(&bytes).await.expect("the browser inflates it");
    assert_eq!(text, "The council will build a new bridge. It will not raise taxes.");
    // A round trip through the browser's deflate, shorter than the text.
    let packed = super::export::deflate(crate::EXAMPLE).await.expect("the browser deflates");
    assert!(packed.len() < crate::EXAMPLE.len() / 2, "{} of {}", packed.len(), crate::EXAMPLE.len());
    let link = crate::share::encode(&packed).expect("fits a link");
    let back = super::export::inflate(&crate::share::decode(&link).unwrap()).await;
    assert_eq!(back.as_deref(), Some(crate::EXAMPLE));
    // Not a deflate stream: no text, no panic.
    assert_eq!(super::export::inflate(b"not deflate").await, None);
}
