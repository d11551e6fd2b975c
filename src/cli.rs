//! The native `brief` command: the same core as the app, text in, text / JSON / JSONL out.
//!
//! ```text
//! brief [--points N] [--html] [FILE|-]          a readable brief
//! brief --json [--points N] [--html] [FILE|-]   one JSON object (the batch record format)
//! brief --jsonl [--points N] < in.jsonl > out.jsonl
//! ```
//!
//! The batch mode follows `shared/eval-contract.md`: one JSON object in and one out per line,
//! in order; a bad line gives `{"id", "error"}` and the run goes on.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::time::Instant;

use serde::Serialize;
use serde_json::Value;

use crate::digest::{digest, Digest, Options};
use crate::stance::{Hedge, Polarity};
use crate::text::collapse;

const USAGE: &str = "brief — turn an article into a brief (key points, sections, will / won't table)

usage:
  brief [--points N] [--html] [FILE|-]          print a readable brief
  brief --json [--points N] [--html] [FILE|-]   print the brief as one JSON object
  brief --jsonl [--points N] < in.jsonl         batch: {\"id\",\"text\",\"html\"?,\"points\"?} per line
  brief --tag-conllu < in.conllu > out.conllu   fill the UPOS column with the tagger's tags

FILE defaults to standard input. --html reads the input as HTML.
--weights name=value,... tunes the ranking (centrality, title, position, section_start, lambda,
decay, length; lead=1 ranks by position only, the Lead-k baseline). A profile by name sets them
all: lead (the news profile: the fitted ranker), hand (the news profile set by hand before it),
central (one point, or a large share); fitted=0 or 1 turns the fitted ranker off or on.";

/// Runs the CLI with `args` (without the program name); returns the exit status.
pub fn main(args: Vec<String>) -> i32 {
    let mut mode = "text";
    let mut points: Option<usize> = None;
    let mut html = false;
    let mut file: Option<String> = None;
    let mut weights: Option<crate::rank::Weights> = None;
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => mode = "json",
            "--jsonl" => mode = "jsonl",
            "--tag-conllu" => mode = "conllu",
            "--html" => html = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return 0;
            }
            "-V" | "--version" => {
                println!("brief {}", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "--points" | "-n" => match it.next().and_then(|v| v.parse().ok()) {
                Some(n) => points = Some(n),
                None => return usage_error("--points needs a whole number"),
            },
            s if s.starts_with("--points=") => match s["--points=".len()..].parse() {
                Ok(n) => points = Some(n),
                Err(_) => return usage_error("--points needs a whole number"),
            },
            "--weights" => {
                if let Err(e) =
                    it.next().ok_or_else(|| "--weights needs name=value,...".to_string()).and_then(|w| weights.get_or_insert_with(Default::default).set(&w))
                {
                    return usage_error(&e);
                }
            }
            s if s.starts_with('-') && s != "-" => return usage_error(&format!("unknown option {s}")),
            s => {
                if file.replace(s.to_string()).is_some() {
                    return usage_error("give at most one FILE");
                }
            }
        }
    }
    if mode == "conllu" {
        return match tag_conllu(io::stdin().lock(), &mut io::stdout().lock()) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("brief: {e}");
                1
            }
        };
    }
    if mode == "jsonl" {
        return match batch(io::stdin().lock(), io::stdout().lock(), points, &weights) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("brief: {e}");
                1
            }
        };
    }
    let input = match read_input(file.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("brief: {e}");
            return 1;
        }
    };
    let (text, html_given) = if html { (None, Some(input.as_str())) } else { (Some(input.as_str()), None) };
    let record = run_record(Value::Null, text, html_given, points, &weights);
    let out = match mode {
        "json" => serde_json::to_string_pretty(&record).unwrap_or_default() + "\n",
        _ => readable(&record.digest),
    };
    match io::stdout().lock().write_all(out.as_bytes()) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("brief: {e}");
            1
        }
    }
}

/// CoNLL-U in, the same out with each token line's UPOS column (the 4th) filled by the
/// tagger; comments, multi-word token lines (`3-4`) and empty nodes (`8.1`) pass through.
pub fn tag_conllu(input: impl BufRead, out: &mut impl Write) -> io::Result<()> {
    let tagger = crate::Tagger::english();
    let mut sentence: Vec<String> = Vec::new();
    let flush = |sentence: &mut Vec<String>, out: &mut dyn Write| -> io::Result<()> {
        let is_token = |l: &str| l.split('\t').next().is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()));
        let forms: Vec<&str> = sentence.iter().filter(|l| is_token(l)).map(|l| l.split('\t').nth(1).unwrap_or("")).collect();
        let mut tags = tagger.tag(&forms).into_iter();
        for line in sentence.drain(..) {
            if is_token(&line) {
                let mut cols: Vec<&str> = line.split('\t').collect();
                let tag = tags.next().map_or("X", crate::Upos::name);
                if cols.len() > 3 {
                    cols[3] = tag;
                }
                writeln!(out, "{}", cols.join("\t"))?;
            } else {
                writeln!(out, "{line}")?;
            }
        }
        Ok(())
    };
    for line in input.lines() {
        let line = line?;
        let blank = line.trim().is_empty();
        sentence.push(line);
        if blank {
            flush(&mut sentence, out)?;
        }
    }
    flush(&mut sentence, out)?;
    out.flush()
}

fn usage_error(msg: &str) -> i32 {
    eprintln!("brief: {msg}\n\n{USAGE}");
    2
}

fn read_input(file: Option<&str>) -> io::Result<String> {
    let mut bytes = Vec::new();
    match file {
        None | Some("-") => {
            io::stdin().lock().read_to_end(&mut bytes)?;
        }
        Some(path) => bytes = std::fs::read(path).map_err(|e| io::Error::new(e.kind(), format!("{path}: {e}")))?,
    }
    // Invalid UTF-8 is replaced, not refused: a brief of what can be read.
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// One record of the batch contract.
#[derive(Serialize)]
struct Record {
    id: Value,
    title: Option<String>,
    body: String,
    sections: Vec<SectionOut>,
    key_points: Vec<PointOut>,
    commitments: Vec<CommitmentOut>,
    removed: Vec<String>,
    ms: f64,
    #[serde(skip)]
    digest: Digest,
}

#[derive(Serialize)]
struct SectionOut {
    heading: Option<String>,
    key_point: Option<String>,
    text: String,
}

#[derive(Serialize)]
struct PointOut {
    text: String,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct CommitmentOut {
    polarity: Polarity,
    actor: String,
    action: String,
    hedge: Hedge,
    #[serde(skip_serializing_if = "Option::is_none")]
    time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    condition: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<String>,
    sentence: String,
    start: usize,
    end: usize,
}

/// Digests one record. With only `html`, the HTML is read as text first, and offsets refer to
/// the record's `body`.
fn run_record(id: Value, text: Option<&str>, html: Option<&str>, points: Option<usize>, weights: &Option<crate::rank::Weights>) -> Record {
    let t0 = Instant::now();
    // The HTML tells links and page furniture apart: with text, the text is what the reader
    // pasted; with HTML only, it is the HTML read as text (as the app reads a paste).
    let (source, from_html, hints) = match (text, html) {
        (Some(t), Some(h)) => (t.to_string(), false, crate::html::hints(h)),
        (Some(t), None) => (t.to_string(), false, Default::default()),
        (None, Some(h)) => {
            let (t, hints) = crate::html::read(h);
            (t, true, hints)
        }
        (None, None) => (String::new(), false, Default::default()),
    };
    let mut options = points.map_or_else(Options::default, Options::points);
    options.weights = *weights;
    options.hints = hints;
    let d = digest(&source, &options);
    // With HTML only, texts are given as they read in `body` and located there.
    let locate = |text: &str, start: usize, end: usize| -> (String, usize, usize) {
        if !from_html {
            return (text.to_string(), start, end);
        }
        let t = collapse(text);
        match d.body.find(&t) {
            Some(s) => {
                let e = s + t.len();
                (t, s, e)
            }
            None => (t, 0, 0),
        }
    };
    let sections = d
        .sections
        .iter()
        .map(|s| SectionOut {
            heading: s.heading.clone(),
            key_point: s.key_point.map(|i| d.sentences[i].text.clone()),
            text: s
                .blocks
                .iter()
                .flat_map(|b| b.items.iter())
                .map(|item| item.iter().map(|&i| collapse(&d.sentences[i].text)).collect::<Vec<_>>().join(" "))
                .collect::<Vec<_>>()
                .join("\n"),
        })
        .collect();
    let key_points = d
        .key_points
        .iter()
        .map(|k| {
            let (text, start, end) = locate(&k.text, k.span.start, k.span.end);
            PointOut { text, start, end }
        })
        .collect();
    let commitments = d
        .commitments
        .iter()
        .map(|c| {
            let (sentence, start, end) = locate(c.span.slice(&source), c.span.start, c.span.end);
            let (time, condition, speaker) = (c.time.clone(), c.condition.clone(), c.speaker.clone());
            CommitmentOut {
                polarity: c.polarity,
                actor: c.actor.clone(),
                action: c.action.clone(),
                hedge: c.hedge,
                time,
                condition,
                speaker,
                sentence,
                start,
                end,
            }
        })
        .collect();
    let removed = d.removed.iter().map(|r| r.text.clone()).collect();
    let ms = t0.elapsed().as_secs_f64() * 1000.0;
    Record { id, title: d.title.clone(), body: d.body.clone(), sections, key_points, commitments, removed, ms, digest: d }
}

#[derive(Serialize)]
struct ErrorOut<'a> {
    id: Value,
    error: &'a str,
}

/// The JSONL batch: reads records from `input`, writes one line per record to `output`.
pub fn batch(input: impl BufRead, output: impl Write, points: Option<usize>, weights: &Option<crate::rank::Weights>) -> io::Result<()> {
    let mut out = BufWriter::new(output);
    let mut input = input;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let reply = match serde_json::from_str::<Value>(line) {
            Err(e) => serde_json::to_string(&ErrorOut { id: Value::Null, error: &format!("not valid JSON: {e}") }),
            Ok(v) => match check(&v) {
                Err(msg) => serde_json::to_string(&ErrorOut { id: v.get("id").cloned().unwrap_or(Value::Null), error: msg }),
                Ok(()) => {
                    let n = v.get("points").and_then(Value::as_u64).map(|n| n as usize).or(points);
                    let rec = run_record(v["id"].clone(), v.get("text").and_then(Value::as_str), v.get("html").and_then(Value::as_str), n, weights);
                    serde_json::to_string(&rec)
                }
            },
        };
        out.write_all(reply.map_err(io::Error::other)?.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

fn check(v: &Value) -> Result<(), &'static str> {
    if !v.is_object() {
        return Err("a record must be a JSON object");
    }
    match v.get("id") {
        None | Some(Value::Null) => return Err("missing \"id\""),
        Some(_) => {}
    }
    let text = v.get("text").is_some_and(Value::is_string);
    let html = v.get("html").is_some_and(Value::is_string);
    if !text && !html {
        return Err("needs \"text\" or \"html\" as a string");
    }
    Ok(())
}

/// A readable brief for the terminal.
fn readable(d: &Digest) -> String {
    let mut s = String::new();
    if let Some(t) = &d.title {
        s.push_str(&format!("{t}\n{}\n", "=".repeat(t.chars().count().min(80))));
    }
    for m in [&d.byline, &d.date].into_iter().flatten() {
        s.push_str(&format!("{m}\n"));
    }
    s.push_str(&format!("\n{} words, {} sentences\n", d.words, d.sentences.len()));
    if !d.key_points.is_empty() {
        s.push_str("\nKey points\n");
        for k in &d.key_points {
            s.push_str(&format!("  * {}\n", collapse(&k.text)));
        }
    }
    if !d.commitments.is_empty() {
        s.push_str(&format!("\nWill / won't (main actor: {})\n", d.main_actor));
        for c in &d.commitments {
            let tag = match c.polarity {
                Polarity::Will => "WILL ",
                Polarity::Wont => "WON'T",
            };
            let said = c.speaker.as_ref().map(|w| format!("according to {w}"));
            let setting: Vec<&str> = [c.time.as_deref(), c.condition.as_deref(), said.as_deref()].into_iter().flatten().collect();
            let setting = if setting.is_empty() { String::new() } else { format!(" ({})", setting.join("; ")) };
            s.push_str(&format!("  {tag} [{}] {}: {}{setting}\n", format!("{:?}", c.hedge).to_lowercase(), c.actor, c.action));
        }
    }
    if !d.sections.is_empty() {
        s.push_str("\nSections\n");
        for sec in &d.sections {
            let kp = sec.key_point.map(|i| collapse(&d.sentences[i].text)).unwrap_or_default();
            s.push_str(&format!("  - {}: {}\n", sec.heading.as_deref().unwrap_or("(untitled)"), kp));
        }
    }
    if !d.removed.is_empty() {
        s.push_str(&format!("\nSet aside: {} blocks of page furniture\n", d.removed.len()));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str) -> Vec<Value> {
        let mut out = Vec::new();
        batch(input.as_bytes(), &mut out, None, &Default::default()).unwrap();
        String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    }

    #[test]
    fn batch_contract() {
        let out = run("{\"id\":\"a\",\"text\":\"The city will open a park. It has trees.\",\"points\":1}\nnot json\n{\"text\":\"x\"}\n{\"id\":7}\n{\"id\":\"h\",\"html\":\"<p>We will go. We will not stay.</p>\"}\n");
        assert_eq!(out.len(), 5);
        assert_eq!(out[0]["id"], "a");
        assert_eq!(out[0]["key_points"].as_array().unwrap().len(), 1);
        let kp = &out[0]["key_points"][0];
        let text = "The city will open a park. It has trees.";
        assert_eq!(&text[kp["start"].as_u64().unwrap() as usize..kp["end"].as_u64().unwrap() as usize], kp["text"]);
        assert!(out[1]["error"].as_str().unwrap().contains("JSON"));
        assert_eq!(out[1]["id"], Value::Null);
        assert!(out[2]["error"].is_string());
        assert_eq!(out[3]["id"], 7);
        assert!(out[3]["error"].is_string());
        let body = out[4]["body"].as_str().unwrap();
        for c in out[4]["commitments"].as_array().unwrap() {
            let (s, e) = (c["start"].as_u64().unwrap() as usize, c["end"].as_u64().unwrap() as usize);
            assert_eq!(&body[s..e], c["sentence"]);
        }
        for key in ["title", "sections", "removed", "ms"] {
            assert!(out[0].get(key).is_some(), "{key}");
        }
    }

    #[test]
    fn pasted_text_with_its_html_reads_the_hints() {
        // The text as pasted, and the page's HTML: its image's description, pasted as a line of
        // the text, is set aside; without the HTML it stays.
        let para = |k: usize| format!("The council will build a new bridge over the river next year, and the work will close the old crossing for {k} months.");
        let paras: Vec<String> = (1..=6).map(para).collect();
        let text = format!("{}\n\nThe old crossing at dawn, seen from the east bank.\n\n{}\n", paras[..3].join("\n\n"), paras[3..].join("\n\n"));
        let html = format!(
            "<div><p>{}</p><img alt=\"The old crossing at dawn, seen from the east bank.\"><p>{}</p></div>",
            paras[..3].join("</p><p>"),
            paras[3..].join("</p><p>")
        );
        let record = |with_html: bool| {
            let mut r = serde_json::json!({"id": 1, "text": text});
            if with_html {
                r["html"] = Value::String(html.clone());
            }
            r.to_string() + "\n"
        };
        let out = run(&(record(false) + &record(true)));
        assert!(out[0]["body"].as_str().unwrap().contains("east bank"));
        let body = out[1]["body"].as_str().unwrap();
        assert!(!body.contains("east bank") && body.contains("for 1 months") && body.contains("for 6 months"), "{body}");
        // Offsets are in the pasted text.
        let kp = &out[1]["key_points"][0];
        assert_eq!(&text[kp["start"].as_u64().unwrap() as usize..kp["end"].as_u64().unwrap() as usize], kp["text"]);
    }

    #[test]
    fn tag_conllu_fills_the_upos_column_and_keeps_every_other_line() {
        let input = "# sent_id = 1\n# text = The council won't build it.\n1\tThe\tthe\t_\tDT\t_\t2\tdet\t_\t_\n2\tcouncil\tcouncil\t_\tNN\t_\t5\tnsubj\t_\t_\n3-4\twon't\t_\t_\t_\t_\t_\t_\t_\t_\n3\two\twill\t_\tMD\t_\t5\taux\t_\t_\n4\tn't\tnot\t_\tRB\t_\t5\tadvmod\t_\t_\n5\tbuild\tbuild\t_\tVB\t_\t0\troot\t_\t_\n5.1\tbuilt\tbuild\t_\t_\t_\t_\t_\t_\t_\n6\tit\tit\t_\tPRP\t_\t5\tobj\t_\t_\n7\t.\t.\t_\t.\t_\t5\tpunct\t_\t_\n\n";
        let mut out = Vec::new();
        tag_conllu(input.as_bytes(), &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        let (a, b): (Vec<&str>, Vec<&str>) = (input.lines().collect(), out.lines().collect());
        assert_eq!(a.len(), b.len());
        let tags: Vec<&str> = b
            .iter()
            .filter(|l| l.split('\t').next().is_some_and(|id| id.bytes().all(|c| c.is_ascii_digit()) && !id.is_empty()))
            .map(|l| l.split('\t').nth(3).unwrap())
            .collect();
        assert_eq!(tags, ["DET", "NOUN", "AUX", "PART", "VERB", "PRON", "PUNCT"]);
        for (x, y) in a.iter().zip(&b) {
            let (cx, cy): (Vec<&str>, Vec<&str>) = (x.split('\t').collect(), y.split('\t').collect());
            if cx.len() == 10 && cx[0].bytes().all(|c| c.is_ascii_digit()) {
                assert_eq!((&cx[..3], &cx[4..]), (&cy[..3], &cy[4..]), "only the UPOS column changes");
            } else {
                assert_eq!(x, y, "comments, multi-word tokens and empty nodes pass through");
            }
        }
    }
}
