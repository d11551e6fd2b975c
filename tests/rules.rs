//! Rule cases: every `tests/rules/*.case` is a parsing rule's regression case, named after what
//! it guards, in the manner of a spec file. A case holds what it guards (its first line), the
//! input after `~~~~ input`, and the brief it must give after `~~~~ brief`: the title, the
//! metadata, the kept text one block a line, and every block set aside with its reason.
//!
//! After a deliberate change, review the diff and re-bless with `BLESS=1 cargo test --test rules`.
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write as _;
use std::path::Path;

use brief::{collapse, parse, Document};

const INPUT: &str = "~~~~ input\n";
const BRIEF: &str = "~~~~ brief\n";

/// The parse as the cases write it.
fn dump(d: &Document) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "title: {}", d.title.map_or("-".into(), |t| collapse(d.text(t))));
    if let Some(b) = d.meta.byline {
        let _ = writeln!(s, "byline: {}", collapse(d.text(b)));
    }
    if let Some(b) = d.meta.date {
        let _ = writeln!(s, "date: {}", collapse(d.text(b)));
    }
    let _ = writeln!(s, "kept:");
    for line in d.body().lines() {
        let _ = writeln!(s, "  {line}");
    }
    let _ = writeln!(s, "set aside:");
    for r in &d.removed {
        let _ = writeln!(s, "  {:?}: {}", r.reason, collapse(d.text(r.span)));
    }
    s
}

#[test]
fn every_rule_case_gives_its_brief() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules");
    let bless = std::env::var_os("BLESS").is_some();
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "case")).collect();
    paths.sort();
    assert!(paths.len() >= 10, "the rule cases are missing: {}", paths.len());
    let mut failures = Vec::new();
    for path in paths {
        let case = std::fs::read_to_string(&path).unwrap();
        let (head, rest) = case.split_once(INPUT).unwrap_or_else(|| panic!("{}: no {INPUT:?} line", path.display()));
        let (input, want) = rest.split_once(BRIEF).unwrap_or_else(|| panic!("{}: no {BRIEF:?} line", path.display()));
        let got = dump(&parse(input));
        if bless {
            std::fs::write(&path, format!("{head}{INPUT}{input}{BRIEF}{got}")).unwrap();
        } else if want != got {
            let line = want.lines().zip(got.lines()).position(|(a, b)| a != b).unwrap_or_else(|| want.lines().count().min(got.lines().count()));
            failures.push(format!(
                "{} ({}) differs at line {} of its brief:\n  want: {}\n  got:  {}",
                path.file_stem().unwrap().to_string_lossy(),
                head.trim(),
                line + 1,
                want.lines().nth(line).unwrap_or("(end)"),
                got.lines().nth(line).unwrap_or("(end)")
            ));
        }
    }
    assert!(failures.is_empty(), "{}\n(re-bless after a deliberate change: BLESS=1 cargo test --test rules)", failures.join("\n"));
}
