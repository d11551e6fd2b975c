//! # Brief
//!
//! Turns a pasted article into a brief — title, sections, key points and a "will / won't"
//! table of what the article's actors will and won't do — entirely on the reader's machine.
//!
//! The pipeline has three stages, one module each:
//!
//! ```text
//! text ──parse──▶ Document ──key_points / commitments──▶ Digest
//! ```
//!
//! * [`parse`] gives a [`Document`]: title, metadata, sections of paragraphs, lists and quotes,
//!   split into sentences, with page furniture set aside in `removed`. Pasted HTML is read
//!   with [`read_html`] (its text and [`Hints`]) or [`html_hints`] (hints for its plain text).
//! * [`key_points`]: unsupervised, deterministic key-point ranking ([`Weights`]).
//! * [`commitments`]: the will / won't rows ([`Commitment`]), grouped for the table by [`groups`].
//! * [`digest`] runs them all into a [`Digest`]: the owned result the UI shows and the CLI
//!   prints, exported as Markdown, CSV or JSON.
//!
//! ```
//! use brief::{digest, Options, Polarity};
//!
//! let text = "Council plans new bridge\n\n\
//!             The council will build a bridge over the river. It will not raise taxes to pay for it.";
//! let d = digest(text, &Options::default());
//! assert_eq!(d.title.as_deref(), Some("Council plans new bridge"));
//! assert_eq!(d.key_points[0].text, "The council will build a bridge over the river.");
//! assert_eq!(d.commitments[1].polarity, Polarity::Wont);
//! assert_eq!(d.commitments[1].action, "raise taxes to pay for it");
//! ```
//!
//! ## Guarantees
//!
//! * **Total**: every `&str` gives a [`Digest`], possibly empty; no input panics.
//! * **Deterministic**: no randomness, stable tie-breaks (`f32::total_cmp`, text order).
//! * **Grounded**: every sentence, key point and table row carries the byte [`Span`] of its
//!   source, and key points are verbatim sentences of the input.
//! * **Pure**: no I/O, no global state, no web dependency; it builds natively and for wasm32.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod digest;
mod html;
mod lexicon;
mod parse;
mod rank;
mod render;
mod sentence;
#[cfg(any(target_arch = "wasm32", test))]
mod share;
mod stance;
mod stem;
mod tag;
mod text;

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(target_arch = "wasm32")]
mod ui;

pub use digest::{digest, digest_document, key_points, BlockKind, BlockView, Digest, KeyPoint, Length, Options, RemovedBlock, SectionView, Sentence};
pub use html::{hints as html_hints, lost_text as html_lost_text, read as read_html, to_text as html_to_text, Hints};
#[cfg(not(target_arch = "wasm32"))]
pub use parse::{page_traces, PageTrace, EDGE_FEATURES, TITLE_FEATURES};
pub use parse::{parse, Block, Document, List, Meta, Paragraph, Reason, Removed, Section};
pub use rank::Weights;
pub use stance::{commitments, groups, Commitment, Group, Hedge, Line, Polarity};
#[doc(hidden)]
pub use stance::{lemma_edit, table_traces, verb_base, Trace, FEATURES};
#[cfg(not(target_arch = "wasm32"))]
pub use tag::train_tagger;
pub use tag::{Tagger, Upos};
pub use text::{collapse, is_space, Span};
#[doc(hidden)]
pub use {digest::sentence_features, rank::FEATURES as RANK_FEATURES};

#[cfg(not(target_arch = "wasm32"))]
pub use cli::main as run_cli;

#[cfg(target_arch = "wasm32")]
pub use ui::{digest_sentences, panic_for_test, start, start_worker};

/// The seed article that the app offers as its one-click example.
pub const EXAMPLE: &str = include_str!("../tests/fixtures/seed.txt");
