//! Big texts are digested in a web worker, so the page never blocks while they are read.

use gloo_worker::{HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};

use crate::html::Hints;
use crate::{digest, Digest, Options};

/// Texts of at least this many bytes go to the worker (a news article takes a few
/// milliseconds on the page; 100 KB about 25 ms in wasm).
pub const THRESHOLD: usize = 100_000;

/// A text to digest, numbered so that answers to superseded jobs can be dropped.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Job {
    /// Sequence number.
    pub id: u64,
    /// The text.
    pub text: String,
    /// Key points wanted (0: automatic).
    pub points: usize,
    /// Restored blocks.
    pub keep: Vec<usize>,
    /// What pasted HTML showed about the text's lines.
    pub hints: Hints,
}

impl Job {
    /// The digest options of the job.
    pub fn options(&self) -> Options {
        Options::reading(self.points, &self.keep, &self.hints)
    }
}

/// The answer to a [`Job`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Done {
    /// The job's number.
    pub id: u64,
    /// Its digest.
    pub digest: Digest,
    /// Microseconds the digest took in the worker (`performance.now()` around the call).
    pub micros: u64,
    /// Bytes of the worker's wasm memory after the digest, before the answer is serialised
    /// (wasm memory only grows: the peak so far).
    pub memory: u64,
}

/// The worker: one job at a time, answered in order.
#[derive(Debug)]
pub struct DigestWorker;

impl Worker for DigestWorker {
    type Message = ();
    type Input = Job;
    type Output = Done;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        // Warm the core up before the first job: the browser optimises a wasm function only
        // after it has run enough, and never in the middle of a call, so a megabyte read by a
        // fresh worker would run on baseline code all the way through. A dozen digests of the
        // example (some 30 ms, in the worker) get the hot functions optimised first.
        for _ in 0..12 {
            let _ = digest(crate::EXAMPLE, &Options::default());
        }
        DigestWorker
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, job: Job, who: HandlerId) {
        let now = || {
            use wasm_bindgen::JsCast;
            js_sys::global().dyn_into::<web_sys::WorkerGlobalScope>().ok().and_then(|g| g.performance()).map_or(0.0, |p| p.now())
        };
        let t0 = now();
        let mut d = digest(&job.text, &job.options());
        let micros = ((now() - t0) * 1000.0).max(0.0) as u64;
        // The page never shows the kept text as one string (it shows sections): not sent.
        d.body = String::new();
        let memory = {
            use wasm_bindgen::JsCast;
            wasm_bindgen::memory()
                .dyn_into::<js_sys::WebAssembly::Memory>()
                .map_or(0, |m| m.buffer().dyn_into::<js_sys::ArrayBuffer>().map_or(0, |b| u64::from(b.byte_length())))
        };
        scope.respond(who, Done { id: job.id, digest: d, micros, memory });
    }
}
