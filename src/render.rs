//! The digest rendered for export: the will / won't table as CSV, the whole digest as JSON,
//! the brief as Markdown (what the app's export buttons and the CLI write).

use crate::digest::{BlockKind, Digest};
use crate::stance::Polarity;
use crate::text::collapse;

impl Digest {
    /// The will / won't table as CSV (RFC 4180): actor, polarity, action, hedge, the row's time,
    /// condition and speaker (empty when the sentence states none), sentence and its byte
    /// offsets.
    pub fn to_csv(&self) -> String {
        fn field(s: &str) -> String {
            if s.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s.to_string()
            }
        }
        let mut out = String::from("actor,polarity,action,hedge,time,condition,speaker,sentence,start,end\r\n");
        for c in &self.commitments {
            let sentence = self.sentence_at(c.span).map_or(String::new(), |i| collapse(&self.sentences[i].text));
            let polarity = match c.polarity {
                Polarity::Will => "will",
                Polarity::Wont => "wont",
            };
            let hedge = format!("{:?}", c.hedge).to_lowercase();
            out.push_str(
                &[
                    field(&c.actor),
                    polarity.into(),
                    field(&c.action),
                    hedge,
                    field(c.time.as_deref().unwrap_or("")),
                    field(c.condition.as_deref().unwrap_or("")),
                    field(c.speaker.as_deref().unwrap_or("")),
                    field(&sentence),
                    c.span.start.to_string(),
                    c.span.end.to_string(),
                ]
                .join(","),
            );
            out.push_str("\r\n");
        }
        out
    }

    /// The whole digest as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".to_string())
    }

    /// The brief as Markdown: title, key points, the will / won't table, sections.
    pub fn to_markdown(&self) -> String {
        let mut md = String::new();
        if let Some(t) = &self.title {
            md.push_str(&format!("# {t}\n\n"));
        }
        if !self.key_points.is_empty() {
            md.push_str("## Key points\n\n");
            for k in &self.key_points {
                md.push_str(&format!("- {}\n", collapse(&k.text)));
            }
            md.push('\n');
        }
        if !self.commitments.is_empty() {
            md.push_str("## Will / won't\n\n| Actor | Will | Won't | Hedge | When | Condition | Said by |\n|---|---|---|---|---|---|---|\n");
            for c in &self.commitments {
                let (w, n) = match c.polarity {
                    Polarity::Will => (c.action.as_str(), ""),
                    Polarity::Wont => ("", c.action.as_str()),
                };
                let cell = |s: &str| s.replace('|', "\\|");
                let (time, condition, speaker) = (c.time.as_deref().unwrap_or(""), c.condition.as_deref().unwrap_or(""), c.speaker.as_deref().unwrap_or(""));
                md.push_str(&format!(
                    "| {} | {} | {} | {:?} | {} | {} | {} |\n",
                    cell(&c.actor),
                    cell(w),
                    cell(n),
                    c.hedge,
                    cell(time),
                    cell(condition),
                    cell(speaker)
                ));
            }
            md.push('\n');
        }
        for s in &self.sections {
            if let Some(h) = &s.heading {
                md.push_str(&format!("## {h}\n\n"));
            }
            for b in &s.blocks {
                for item in &b.items {
                    let text: Vec<String> = item.iter().map(|&i| collapse(&self.sentences[i].text)).collect();
                    let prefix = match b.kind {
                        BlockKind::List => "- ",
                        BlockKind::Numbered => "1. ",
                        BlockKind::Quote => "> ",
                        BlockKind::Paragraph => "",
                    };
                    md.push_str(&format!("{prefix}{}\n", text.join(" ")));
                }
                md.push('\n');
            }
        }
        md
    }
}
