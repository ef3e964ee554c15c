//! The feed conformance corpus (`tests/fixtures/conformance/`): one small
//! feed per rule of the RSS, Atom, date and JSON Feed specifications, each
//! with the title, link and date a reader must see, read through the same
//! reader the widget runs. The end-to-end twin loads each file through the
//! embedded widget (`tests/e2e/conformance.test.mjs`).

use std::path::Path;

use news_widget::feed::{Item, Reader, decode_utf8};
use serde_json::Value;

/// What the manifest says an entry shows, and what the reader made of it.
#[derive(Debug, PartialEq)]
struct Seen {
    title: Option<String>,
    link: Option<String>,
    date: Option<String>,
}

impl Seen {
    fn of(item: &Item) -> Self {
        Self {
            title: item.title.clone(),
            link: item.url.clone(),
            date: item.published.or(item.modified).map(|t| t.to_rfc3339_utc()),
        }
    }

    fn expected(entry: &Value) -> Self {
        let text = |key: &str| entry[key].as_str().map(str::to_owned);
        Self {
            title: text("title"),
            link: text("link"),
            date: text("date"),
        }
    }
}

/// The items of one file, in document order (the widget sorts them later).
fn read(bytes: &[u8]) -> Result<Vec<Item>, String> {
    // The corpus is UTF-8 or ASCII under a legacy label, as the shell
    // would decode it.
    let text = decode_utf8(bytes);
    let mut reader = Reader::new(&text).map_err(|e| e.to_string())?;
    while !reader.step(usize::MAX) {}
    Ok(reader.feed().items.clone())
}

#[test]
fn every_case_of_the_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/conformance");
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).unwrap()).unwrap();
    let cases = manifest["cases"].as_array().unwrap();
    let mut failures = Vec::new();
    for case in cases {
        let file = case["file"].as_str().unwrap();
        let expected: Vec<Seen> = case["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(Seen::expected)
            .collect();
        match read(&std::fs::read(dir.join(file)).unwrap()) {
            Ok(items) => {
                let seen: Vec<Seen> = items.iter().map(Seen::of).collect();
                if seen != expected {
                    failures.push(format!(
                        "{file}:\n  expected {expected:?}\n  read     {seen:?}"
                    ));
                }
            }
            Err(error) => failures.push(format!("{file}: not read: {error}")),
        }
    }
    let passed = cases.len() - failures.len();
    println!("conformance: {passed}/{} cases pass", cases.len());
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    // Every file in the folder is a case: none is silently left out.
    let files = std::fs::read_dir(&dir).unwrap().filter(|e| {
        let name = e.as_ref().unwrap().file_name();
        let name = name.to_string_lossy();
        name.ends_with(".xml") || name.ends_with(".json") && name != "manifest.json"
    });
    assert_eq!(files.count(), cases.len());
}
