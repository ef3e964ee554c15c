//! The `news-feed-lint` binary as a site's CI runs it: exit codes, text and
//! JSON output, standard input.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_news-feed-lint");

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn good_feed_exits_zero() {
    let out = Command::new(BIN)
        .arg(fixture("good.json"))
        .output()
        .unwrap();
    // The bundled sample feed: no findings at all.
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn broken_feed_exits_one_and_names_each_problem() {
    let out = Command::new(BIN)
        .arg(fixture("broken.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    for id in [
        "unsafe-url",
        "title-link-text",
        "title-all-caps",
        "summary-repeats-title",
        "bad-date",
        "duplicate-id",
        "wrong-language",
        "markup-in-text",
        "insecure-url",
        "image-no-alt",
        "item-not-object",
        "item-empty",
    ] {
        assert!(text.contains(id), "{id} missing from:\n{text}");
    }
    assert!(
        text.contains("error bad-date item 1 \"READ MORE\" (id 1) date_published: 18.02.2025"),
        "{text}"
    );
}

#[test]
fn json_output_is_machine_readable() {
    let out = Command::new(BIN)
        .args(["--format", "json", &fixture("broken.json")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let findings: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = findings.as_array().unwrap();
    assert!(list.len() >= 12);
    let dup = list.iter().find(|f| f["rule"] == "duplicate-id").unwrap();
    assert_eq!(
        (
            dup["severity"].as_str(),
            dup["item"].as_u64(),
            dup["field"].as_str()
        ),
        (Some("error"), Some(1), Some("id"))
    );
    assert!(dup["message"].as_str().unwrap().contains("unique"));
}

#[test]
fn reads_standard_input() {
    let mut child = Command::new(BIN)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"<!doctype html><p>502 Bad Gateway")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .starts_with("error html-page")
    );
}

#[test]
fn bad_usage_and_missing_file_exit_two() {
    assert_eq!(
        Command::new(BIN)
            .args(["--format", "xml"])
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        Command::new(BIN)
            .arg(fixture("no-such-file.json"))
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
}
