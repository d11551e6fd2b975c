//! The key points with their length slider.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::MAX_POINTS;
use super::DigestRef;

/// Props of [`KeyPoints`].
#[derive(Properties, PartialEq)]
pub struct KeyPointsProps {
    /// The brief.
    pub digest: DigestRef,
    /// Key points asked for; 0 = automatic.
    pub points: usize,
    /// Emits a new number of points.
    pub on_points: Callback<usize>,
    /// Emits a sentence to show.
    pub on_focus: Callback<usize>,
}

/// Key points in importance order, each a link to its sentence.
#[component]
pub fn KeyPoints(props: &KeyPointsProps) -> Html {
    let d = &props.digest;
    let on_slide = props.on_points.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value().parse().unwrap_or(0));
    let shown = d.key_points.len();
    html! {
        <section class="key-points" aria-labelledby="kp-h">
            <div class="kp-head">
                <h3 id="kp-h">{ "Key points" }</h3>
                <label class="slider">
                    { if props.points == 0 { format!("{shown} (auto)") } else { format!("{shown}") } }
                    <input type="range" min="0" max={MAX_POINTS.to_string()} value={props.points.to_string()}
                        data-testid="points" aria-label="Number of key points (0 = automatic)" oninput={on_slide} />
                </label>
            </div>
            <ol data-testid="key-points">
                { for d.key_points.iter().map(|k| {
                    let i = k.sentence;
                    let onclick = props.on_focus.reform(move |_: MouseEvent| i);
                    html! { <li><button type="button" class="link" {onclick}>{ crate::text::collapse(&k.text) }</button></li> }
                }) }
            </ol>
        </section>
    }
}
