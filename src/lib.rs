//! # Brief
//!
//! Turns a pasted article into a brief — title, sections, key points and a "will / won't"
//! table of what the article's actors will and won't do — entirely on the reader's machine.
//!
//! The pipeline has three stages, one module each:
//!
//! ```text
//! text ──parse──▶ Document ──rank / stance──▶ Digest
//! ```
//!
//! * [`Document`] ([`document`]): title, metadata, sections of paragraphs, lists and quotes,
//!   split into sentences ([`sentence`]), with page furniture set aside in `removed`.
//! * [`rank`]: unsupervised, deterministic key-point ranking.
//! * [`stance`]: the will / won't rows ([`Commitment`]).
//! * [`Digest`] ([`digest`]): the owned result the UI shows and the CLI prints.
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
#![warn(missing_docs)]

pub mod digest;
pub mod html;
pub mod parse;
pub mod lexicon;
pub mod rank;
mod render;
pub mod sentence;
pub mod share;
pub mod text;
pub mod stance;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod ui;

pub use digest::{digest, digest_document, Digest, KeyPoint, Length, Options};
pub use parse::{Block, Document, Reason, Section};
pub use text::{collapse, Span};
pub use stance::{groups, Commitment, Group, Hedge, Polarity};

/// The seed article that the app offers as its one-click example.
pub const EXAMPLE: &str = include_str!("../tests/fixtures/seed.txt");
