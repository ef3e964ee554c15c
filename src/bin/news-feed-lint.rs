//! `news-feed-lint`: the feed report from the command line, so a site can
//! check its feed in its own CI before the widget shows it.
//!
//! ```text
//! news-feed-lint [--format text|json] [FILE | -]
//! ```
//! Reads FILE (or standard input), prints one finding per line (or a JSON
//! array), exits 1 when any finding is an error, 2 on bad usage or an
//! unreadable file, 0 otherwise.

use std::io::Read;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use news_widget::lint::{Finding, Severity, lint, to_json};

const USAGE: &str = "usage: news-feed-lint [--format text|json] [FILE | -]";

fn main() -> ExitCode {
    let mut json = false;
    let mut path = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => match args.next().as_deref() {
                Some("json") => json = true,
                Some("text") => json = false,
                _ => return usage(),
            },
            "--format=json" => json = true,
            "--format=text" => json = false,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if path.is_none() => path = Some(arg),
            _ => return usage(),
        }
    }
    let mut bytes = Vec::new();
    let read = match path.as_deref() {
        None | Some("-") => std::io::stdin().read_to_end(&mut bytes).map(|_| ()),
        Some(file) => std::fs::read(file).map(|b| bytes = b),
    };
    if let Err(error) = read {
        eprintln!(
            "news-feed-lint: cannot read {}: {error}",
            path.as_deref().unwrap_or("standard input")
        );
        return ExitCode::from(2);
    }
    let now_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64);
    let findings = lint(&bytes, now_ms);
    if json {
        println!("{}", to_json(&findings, false));
    } else {
        for finding in &findings {
            println!("{}", to_line(finding));
        }
        let errors = findings
            .iter()
            .filter(|f| f.rule.severity() == Severity::Error)
            .count();
        eprintln!("{} finding(s), {errors} error(s)", findings.len());
    }
    if findings
        .iter()
        .any(|f| f.rule.severity() == Severity::Error)
    {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

/// `error bad-date item 3 "Title" (id 42) date_published: 18.02.2025 — explanation`
fn to_line(f: &Finding) -> String {
    let mut line = format!("{} {}", f.rule.severity().as_str(), f.rule.id());
    if let Some(index) = f.item {
        line.push_str(&format!(" item {}", index + 1));
    }
    if let Some(title) = &f.item_title {
        line.push_str(&format!(" {title:?}"));
    }
    if let Some(id) = &f.item_id {
        line.push_str(&format!(" (id {id})"));
    }
    if let Some(field) = f.field {
        line.push_str(&format!(" {field}"));
    }
    if let Some(detail) = &f.detail {
        line.push_str(&format!(": {detail}"));
    }
    line.push_str(&format!(" — {}", f.rule.doc()));
    line
}
