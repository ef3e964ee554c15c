//! Turns the translator-edited message files in `src/i18n/locales/*.ftl`
//! into compact Rust tables (`$OUT_DIR/messages.rs`): one `Msg` variant per
//! key of the English source, one row of patterns per locale. Nothing is
//! parsed at run time and no locale data beyond the strings is shipped.
//!
//! A locale that lacks an English key, adds a key, or uses a placeholder the
//! English message doesn't fails the build with a message naming the file.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// A message: its variants as (CLDR category or "", pattern), default last.
type Message = Vec<(String, String)>;

fn main() {
    let dir = Path::new("src/i18n/locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut locales: BTreeMap<String, Vec<(String, Message)>> = BTreeMap::new();
    for entry in fs::read_dir(dir).expect("src/i18n/locales exists") {
        let path = entry.expect("readable directory").path();
        if path.extension().is_some_and(|e| e == "ftl") {
            println!("cargo:rerun-if-changed={}", path.display());
            let tag = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = fs::read_to_string(&path).expect("UTF-8 message file");
            let messages = parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            locales.insert(tag, messages);
        }
    }
    let source = locales
        .get("en")
        .expect("en.ftl is the source locale")
        .clone();
    for (tag, messages) in &locales {
        check_against_source(&source, messages)
            .unwrap_or_else(|e| panic!("src/i18n/locales/{tag}.ftl: {e}"));
    }

    let mut out = String::new();
    out.push_str("/// A message of the widget's own text; one per key of `en.ftl`.\n");
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub enum Msg {\n");
    for (key, _) in &source {
        let _ = writeln!(
            out,
            "    /// `{key}` in `src/i18n/locales/en.ftl`.\n    {},",
            camel(key)
        );
    }
    out.push_str("}\n\nimpl Msg {\n    /// Every message, in table order.\n    pub const ALL: &'static [Msg] = &[");
    for (key, _) in &source {
        let _ = write!(out, "Msg::{}, ", camel(key));
    }
    out.push_str("];\n\n    /// The message key, as translators see it.\n    pub fn key(self) -> &'static str {\n        KEYS[self as usize]\n    }\n}\n\n");
    let _ = writeln!(
        out,
        "const KEYS: [&str; {}] = {:?};",
        source.len(),
        source.iter().map(|(k, _)| k).collect::<Vec<_>>()
    );
    let _ = writeln!(
        out,
        "/// Locale tags with messages, sorted.\npub const LOCALE_TAGS: [&str; {}] = {:?};",
        locales.len(),
        locales.keys().collect::<Vec<_>>()
    );
    let _ = writeln!(
        out,
        "type Variants = &'static [(&'static str, &'static str)];"
    );
    let _ = writeln!(
        out,
        "static TABLE: [[Variants; {}]; {}] = [",
        source.len(),
        locales.len()
    );
    for messages in locales.values() {
        out.push_str("    [\n");
        for (key, _) in &source {
            let (_, variants) = messages.iter().find(|(k, _)| k == key).unwrap();
            let _ = writeln!(out, "        &{variants:?},");
        }
        out.push_str("    ],\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Parses the Fluent subset described in `en.ftl`. Placeholders are
/// normalized to `{name}`.
fn parse(text: &str) -> Result<Vec<(String, Message)>, String> {
    let mut messages = Vec::new();
    let mut lines = text.lines().enumerate();
    while let Some((n, line)) = lines.next() {
        let line = line.trim_end();
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| format!("line {}: expected `key = text`", n + 1))?;
        let key = key.trim().to_owned();
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(format!("line {}: bad key {key:?}", n + 1));
        }
        let value = value.trim();
        let variants = if let Some(selector) = value
            .strip_prefix('{')
            .and_then(|v| v.trim().strip_suffix("->"))
        {
            if selector.trim() != "$count" {
                return Err(format!("line {}: only `$count` selects variants", n + 1));
            }
            let mut variants = Vec::new();
            let mut default = None;
            loop {
                let (n, line) = lines.next().ok_or(format!("{key}: unclosed selection"))?;
                let line = line.trim();
                if line == "}" {
                    break;
                }
                let (is_default, rest) = match line.strip_prefix('*') {
                    Some(rest) => (true, rest),
                    None => (false, line),
                };
                let (category, pattern) = rest
                    .strip_prefix('[')
                    .and_then(|r| r.split_once(']'))
                    .ok_or_else(|| format!("line {}: expected `[category] text`", n + 1))?;
                let variant = (category.trim().to_owned(), normalize(pattern.trim()));
                if is_default {
                    default = Some(variant);
                } else {
                    variants.push(variant);
                }
            }
            variants.push(default.ok_or(format!("{key}: no `*[other]` default variant"))?);
            variants
        } else {
            vec![(String::new(), normalize(value))]
        };
        if messages.iter().any(|(k, _): &(String, Message)| *k == key) {
            return Err(format!("duplicate key {key}"));
        }
        messages.push((key, variants));
    }
    Ok(messages)
}

/// `{ $name }` → `{name}`.
fn normalize(pattern: &str) -> String {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .unwrap_or(rest.len() - 1);
        let name = rest[open + 1..close].trim().trim_start_matches('$');
        let _ = write!(out, "{{{name}}}");
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

fn placeholders(message: &Message) -> Vec<String> {
    let mut names: Vec<String> = message
        .iter()
        .flat_map(|(_, p)| {
            p.split('{')
                .skip(1)
                .filter_map(|s| s.split_once('}').map(|(n, _)| n.to_owned()))
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

fn check_against_source(
    source: &[(String, Message)],
    messages: &[(String, Message)],
) -> Result<(), String> {
    for (key, _) in source {
        if !messages.iter().any(|(k, _)| k == key) {
            return Err(format!("missing key `{key}`"));
        }
    }
    for (key, message) in messages {
        let (_, english) = source
            .iter()
            .find(|(k, _)| k == key)
            .ok_or_else(|| format!("key `{key}` is not in en.ftl"))?;
        let mut allowed = placeholders(english);
        if english.iter().any(|(category, _)| !category.is_empty()) {
            allowed.push("count".to_owned());
        }
        if let Some(extra) = placeholders(message)
            .into_iter()
            .find(|p| !allowed.contains(p))
        {
            return Err(format!(
                "`{key}` uses placeholder `{extra}` that en.ftl does not"
            ));
        }
    }
    Ok(())
}

fn camel(key: &str) -> String {
    key.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}
