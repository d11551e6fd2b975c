//! Golden tests: every `tests/fixtures/*.{txt,md}` is digested and compared with its
//! `.golden` snapshot, a readable dump of the brief. After a deliberate change, review the
//! diff and re-bless with `BLESS=1 cargo test --test golden`.
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write as _;
use std::path::Path;

use brief::collapse;
use brief::BlockKind;
use brief::{digest, Digest, Options};

fn dump(d: &Digest) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "title: {:?}", d.title);
    let _ = writeln!(s, "byline: {:?}\ndate: {:?}", d.byline, d.date);
    let _ = writeln!(s, "main actor: {:?}", d.main_actor);
    for (i, sec) in d.sections.iter().enumerate() {
        let _ = writeln!(s, "\n## [{i}] {} (level {})", sec.heading.as_deref().unwrap_or("-"), sec.level);
        for b in &sec.blocks {
            for item in &b.items {
                let mark = match b.kind {
                    BlockKind::Paragraph => "p",
                    BlockKind::List => "-",
                    BlockKind::Numbered => "1.",
                    BlockKind::Quote => ">",
                };
                let _ = writeln!(s, "{mark}");
                for &si in item {
                    let key = if sec.key_point == Some(si) { "*" } else { " " };
                    let _ = writeln!(s, "  {key}| {}", collapse(&d.sentences[si].text));
                }
            }
        }
    }
    let _ = writeln!(s, "\nkey points:");
    for k in &d.key_points {
        let _ = writeln!(s, "  {}", collapse(&k.text));
    }
    let _ = writeln!(s, "\nwill / won't:");
    for c in &d.commitments {
        let _ = writeln!(s, "  {:?} | {} | {} | {:?}", c.polarity, c.actor, c.action, c.hedge);
    }
    let _ = writeln!(s, "\nremoved:");
    for r in &d.removed {
        let _ = writeln!(s, "  {:?}: {}", r.reason, collapse(&r.text));
    }
    s
}

#[test]
fn fixtures_match_their_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    let mut seen = 0;
    for path in entries {
        if !matches!(path.extension().and_then(|e| e.to_str()), Some("txt" | "md")) {
            continue;
        }
        seen += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        let got = dump(&digest(&text, &Options::default()));
        let golden = path.with_extension("golden");
        if bless {
            std::fs::write(&golden, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(&golden) {
            Ok(want) if want == got => {}
            Ok(want) => {
                let line = want.lines().zip(got.lines()).position(|(a, b)| a != b).unwrap_or(0);
                failures.push(format!(
                    "{}: differs from its snapshot at line {}:\n  want: {}\n  got:  {}",
                    path.display(),
                    line + 1,
                    want.lines().nth(line).unwrap_or(""),
                    got.lines().nth(line).unwrap_or("")
                ));
            }
            Err(_) => failures.push(format!("{}: no snapshot (run with BLESS=1)", golden.display())),
        }
    }
    assert!(seen >= 5, "fixtures missing");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
