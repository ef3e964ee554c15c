//! Turns the translator-edited message files in `src/i18n/locales/*.ftl`
//! into a compact Rust table (`$OUT_DIR/messages.rs`): one `Msg` variant per
//! key of the English source and the English patterns, the only ones built
//! into the wasm. Every other locale becomes a small message file
//! (`$OUT_DIR/locales/<tag>.txt`, listed in `$OUT_DIR/locale_files.rs`)
//! that the loader downloads only for a reader who needs it; `make dist`
//! copies them to `dist/locales/` (`news-widget-locales`).
//!
//! A locale that lacks an English key, adds a key, or uses a placeholder the
//! English message doesn't fails the build with a message naming the file.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

#[path = "src/i18n/ftl.rs"]
mod ftl;
use ftl::{FILE_HEADER, Message, check_against_source, encode_file, parse};

fn main() {
    messages();
    stylesheet();
}

/// The widget's CSS files, in cascade order, joined and minified into
/// `$OUT_DIR/widget.css` (comments and layout whitespace removed: bytes the
/// wasm would otherwise carry).
fn stylesheet() {
    let mut css = String::new();
    for name in ["tokens", "widget", "settings", "schemes"] {
        let path = format!("style/{name}.css");
        println!("cargo:rerun-if-changed={path}");
        css.push_str(&fs::read_to_string(&path).expect("style file"));
        css.push('\n');
    }
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("widget.css");
    fs::write(dest, minify_css(&css)).expect("OUT_DIR is writable");
}

fn minify_css(css: &str) -> String {
    let mut no_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        no_comments.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    no_comments.push_str(rest);
    let mut out = String::with_capacity(no_comments.len());
    for word in no_comments.split_whitespace() {
        let glue = out.ends_with(['{', '}', ';', ',']) || word.starts_with(['{', '}', ';']);
        if !out.is_empty() && !glue {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn messages() {
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
        "/// Index of English, the source locale, in [`LOCALE_TAGS`].\nconst ENGLISH: usize = {};",
        locales.keys().position(|tag| tag == "en").unwrap()
    );
    let _ = writeln!(
        out,
        "/// What a message file starts with (see `ftl::encode_file`).\nconst FILE_HEADER: &str = {FILE_HEADER:?};"
    );
    let _ = writeln!(
        out,
        "type Variants = &'static [(&'static str, &'static str)];"
    );
    let _ = writeln!(
        out,
        "/// The English patterns, one per [`Msg`].\nstatic SOURCE: [Variants; {}] = [",
        source.len()
    );
    for (_, variants) in &source {
        let _ = writeln!(out, "    &{variants:?},");
    }
    out.push_str("];\n");

    let out_dir = std::env::var("OUT_DIR").unwrap();
    let files_dir = Path::new(&out_dir).join("locales");
    fs::create_dir_all(&files_dir).expect("OUT_DIR is writable");
    let mut list = String::from(
        "/// Every locale's message file (`tag`, text), as `dist/locales/<tag>.txt`\n/// holds it.\npub static LOCALE_FILES: &[(&str, &str)] = &[\n",
    );
    for (tag, messages) in &locales {
        let file = files_dir.join(format!("{tag}.txt"));
        fs::write(&file, encode_file(tag, messages)).expect("OUT_DIR is writable");
        let _ = writeln!(
            list,
            "    ({tag:?}, include_str!({:?})),",
            file.display().to_string()
        );
    }
    list.push_str("];\n");
    fs::write(Path::new(&out_dir).join("locale_files.rs"), list).expect("OUT_DIR is writable");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
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
