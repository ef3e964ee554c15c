//! The message-file format: a small subset of Fluent (see
//! `locales/en.ftl`), parsed at build time by `build.rs` (which includes this
//! file) and checked by the native tests below against every locale.
//!
//! Std only: this file is compiled into the build script as well.

use std::fmt::Write as _;

/// A message: its variants as (CLDR category or "", pattern), default last.
pub type Message = Vec<(String, String)>;

/// Parses the Fluent subset described in `en.ftl`. Placeholders are
/// normalized to `{name}`.
pub fn parse(text: &str) -> Result<Vec<(String, Message)>, String> {
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

/// First line of every message file, before the locale's tag: a file of
/// another format or version is refused (the reader gets English).
pub const FILE_HEADER: &str = "news-widget messages 1 ";

/// A locale's message file as the widget downloads it: the header line,
/// then one line per message, `key`, then (category, pattern) pairs, all
/// separated by tabs, default variant last. Keys, not positions, so a file
/// cached from another version still fills only the messages it knows.
pub fn encode_file(tag: &str, messages: &[(String, Message)]) -> String {
    let mut out = format!("{FILE_HEADER}{tag}\n");
    for (key, variants) in messages {
        out.push_str(key);
        for (category, pattern) in variants {
            assert!(
                !pattern.contains(['\t', '\n']),
                "{tag}: `{key}` holds a tab or a line break"
            );
            let _ = write!(out, "\t{category}\t{pattern}");
        }
        out.push('\n');
    }
    out
}

/// The placeholder names a message uses, sorted, once each.
pub fn placeholders(message: &Message) -> Vec<String> {
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

pub fn check_against_source(
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

#[cfg(test)]
mod tests {
    use super::*;

    fn locale_files() -> Vec<(String, String)> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/i18n/locales");
        let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .map(|p| {
                (
                    p.file_stem().unwrap().to_string_lossy().into_owned(),
                    std::fs::read_to_string(&p).unwrap(),
                )
            })
            .collect();
        files.sort();
        files
    }

    #[test]
    fn every_locale_has_exactly_the_english_keys_and_placeholders() {
        let files = locale_files();
        let english = parse(&files.iter().find(|(t, _)| t == "en").unwrap().1).unwrap();
        assert!(files.len() >= 16, "{} locales", files.len());
        for (tag, text) in &files {
            let messages = parse(text).unwrap_or_else(|e| panic!("{tag}.ftl: {e}"));
            check_against_source(&english, &messages).unwrap_or_else(|e| panic!("{tag}.ftl: {e}"));
            assert_eq!(messages.len(), english.len(), "{tag}.ftl has extra keys");
        }
    }

    #[test]
    fn no_locale_has_an_empty_message() {
        for (tag, text) in locale_files() {
            for (key, variants) in parse(&text).unwrap() {
                assert!(
                    variants.iter().all(|(_, p)| !p.trim().is_empty()),
                    "{tag}.ftl: `{key}` is empty"
                );
            }
        }
    }

    const EN: &str =
        "a = A\nb = B { $n }\nc = { $count ->\n    [one] one\n   *[other] { $count } many\n}\n";

    fn check(text: &str) -> Result<(), String> {
        check_against_source(&parse(EN).unwrap(), &parse(text)?)
    }

    #[test]
    fn extra_key() {
        assert_eq!(
            check("a = А\nb = Б { $n }\nc = { $count ->\n *[other] { $count } х\n}\nd = extra"),
            Err("key `d` is not in en.ftl".into())
        );
    }
    #[test]
    fn missing_key() {
        assert_eq!(check("a = А\nb = Б"), Err("missing key `c`".into()));
    }
    #[test]
    fn unknown_placeholder() {
        assert_eq!(
            check("a = А { $x }\nb = Б\nc = В"),
            Err("`a` uses placeholder `x` that en.ftl does not".into())
        );
    }
    #[test]
    fn count_only_where_english_selects() {
        assert_eq!(
            check("a = { $count }\nb = Б\nc = { $count }"),
            Err("`a` uses placeholder `count` that en.ftl does not".into())
        );
    }
    #[test]
    fn selection_needs_a_default() {
        assert!(parse("c = { $count ->\n [one] x\n}").is_err());
    }
    #[test]
    fn duplicate_key() {
        assert!(parse("a = 1\na = 2").is_err());
    }
    #[test]
    fn placeholders_normalized() {
        assert_eq!(parse("b = x {   $n } y").unwrap()[0].1[0].1, "x {n} y");
    }
    #[test]
    fn variants_keep_default_last() {
        assert_eq!(parse(EN).unwrap()[2].1.last().unwrap().0, "other");
    }
    #[test]
    fn encoded_file_has_a_header_and_one_line_per_message() {
        let file = encode_file("xx", &parse(EN).unwrap());
        assert_eq!(
            file,
            format!("{FILE_HEADER}xx\na\t\tA\nb\t\tB {{n}}\nc\tone\tone\tother\t{{count}} many\n")
        );
    }
}
