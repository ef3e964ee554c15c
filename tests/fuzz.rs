//! Property tests ("fuzzing" that runs in `cargo test`): the feed readers
//! and the lint never panic, whatever the bytes, and what they return keeps
//! the model's promises (each entry either shown or skipped, ids unique,
//! newest first, summaries short, no markup left in text).
//!
//! Inputs: arbitrary bytes; JSON Feed, WordPress REST and RSS/Atom documents
//! built from each format's real vocabulary with wrong types, bad dates, tag
//! soup and odd Unicode mixed in; and random mutations of the fixtures in
//! `tests/fixtures/`.
//!
//! `FUZZ_CASES` sets the cases per property (default [`DEFAULT_CASES`],
//! a few seconds): `FUZZ_CASES=2000 cargo test --test fuzz` runs for about
//! a minute. Failures are not saved to files; proptest prints the shrunk
//! input instead.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use news_widget::feed::{
    Feed, Format, ParseError, Reader, SUMMARY_MAX_CHARS, SkipReason, declared_charset, decode_utf8,
    html_to_text, parse,
};
use news_widget::lint::lint;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;

/// Cases per property when `FUZZ_CASES` is not set: the whole file stays
/// well under 30 s in the debug profile on two cores.
const DEFAULT_CASES: u32 = 256;

/// 2025-06-01, for the lint's future-date rule.
const NOW_MS: i64 = 1_748_736_000_000;

/// A word nothing but markup carries (tag names, attributes, comments,
/// script and style bodies), so it must never reach the text.
const MARKUP_ONLY: &str = "MARKUPONLY";

fn config() -> ProptestConfig {
    let cases = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(DEFAULT_CASES);
    ProptestConfig {
        cases,
        // No `proptest-regressions/` files in the repository.
        failure_persistence: None,
        max_shrink_time: 60_000,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------
// Invariants

/// What every successfully read feed promises. `entries`: how many items or
/// posts the document has, when the generator knows.
fn check_feed(feed: &Feed, entries: Option<usize>) -> Result<(), TestCaseError> {
    if let Some(n) = entries {
        prop_assert_eq!(feed.items.len() + feed.skipped.len(), n);
    }
    prop_assert!(
        feed.skipped.windows(2).all(|w| w[0].index < w[1].index),
        "skipped not in feed order: {:?}",
        feed.skipped
    );
    let mut ids = HashSet::new();
    for item in &feed.items {
        prop_assert!(!item.id.is_empty());
        // Ids may repeat (feeds get that wrong); the same item may not.
        prop_assert!(
            ids.insert((&item.id, &item.title, &item.url)),
            "the same item twice: {:?}",
            item.id
        );
        // A link alone is shown too ("Untitled news item").
        prop_assert!(
            item.title.is_some() || item.summary.is_some() || item.url.is_some(),
            "nothing to show: {:?}",
            item
        );
        for text in [&item.title, &item.summary].into_iter().flatten() {
            prop_assert!(is_plain(text), "not plain text: {:?}", text);
        }
        if let Some(summary) = &item.summary {
            let chars = summary.chars().count();
            prop_assert!(chars <= SUMMARY_MAX_CHARS + 1, "summary of {} chars", chars);
        }
        if let (Some(p), Some(m)) = (item.published, item.modified) {
            prop_assert!(m > p, "modified {:?} not after published {:?}", m, p);
        }
    }
    let key = |i: usize| feed.items[i].published.or(feed.items[i].modified);
    for i in 1..feed.items.len() {
        prop_assert!(key(i - 1) >= key(i), "not newest first at {}", i);
    }
    Ok(())
}

/// Non-empty, trimmed, no control characters, and none of the invisible
/// characters that can disguise text (bidi embeddings, overrides and
/// isolates, zero-width spaces): what a text node can show.
fn is_plain(text: &str) -> bool {
    let disguise = |c: char| {
        matches!(
            c,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}' | '\u{2060}' | '\u{feff}'
        )
    };
    !text.is_empty() && text.trim() == text && !text.chars().any(|c| c.is_control() || disguise(c))
}

/// Titles and summaries hold no markup: no `<`, nothing from inside tags.
/// Only for documents whose HTML comes from [`clean_soup`].
fn check_no_markup(feed: &Feed) -> Result<(), TestCaseError> {
    for item in &feed.items {
        for text in [&item.title, &item.summary].into_iter().flatten() {
            prop_assert!(!text.contains('<'), "markup in {:?}", text);
            prop_assert!(!text.contains(MARKUP_ONLY), "markup text in {:?}", text);
        }
    }
    Ok(())
}

/// [`parse`] of well-formed input: `Ok` when `must_read`, invariants when `Ok`.
fn check_parse(bytes: &[u8], entries: Option<usize>, must_read: bool) -> Result<(), TestCaseError> {
    match parse(bytes) {
        Ok(feed) => {
            if must_read {
                // Each entry of a valid document is valid JSON.
                prop_assert!(
                    !feed.skipped.iter().any(|s| s.reason == SkipReason::Broken),
                    "an entry of valid JSON skipped as broken: {:?}",
                    feed.skipped
                );
            }
            check_feed(&feed, entries)
        }
        Err(e) => {
            prop_assert!(!must_read, "{:?} for {}", e, String::from_utf8_lossy(bytes));
            prop_assert!(!e.to_string().is_empty());
            Ok(())
        }
    }
}

/// The whole feed through a [`Reader`], `batch` items per step.
fn read_in_steps(bytes: &[u8], batch: usize) -> Result<Feed, ParseError> {
    let text = decode_utf8(bytes);
    let mut reader = Reader::new(&text)?;
    let head = reader.feed().clone();
    let mut steps = 0usize;
    while !reader.step(batch) {
        steps += 1;
        assert!(steps <= bytes.len() + 1, "Reader::step never finishes");
    }
    let feed = reader.finish();
    assert_eq!(
        (
            &head.title,
            &head.home_page_url,
            &head.language,
            head.format
        ),
        (
            &feed.title,
            &feed.home_page_url,
            &feed.language,
            feed.format
        ),
        "feed-level fields changed while reading items"
    );
    Ok(feed)
}

/// The Reader gives what [`parse`] gives, whatever the batch size.
fn check_reader(bytes: &[u8], extra_batch: usize) -> Result<(), TestCaseError> {
    let whole = parse(bytes);
    for batch in [1, 7, usize::MAX, extra_batch] {
        prop_assert_eq!(&read_in_steps(bytes, batch), &whole, "batch {}", batch);
    }
    Ok(())
}

/// Everything that takes untrusted bytes, once: nothing may panic.
fn survive(bytes: &[u8]) {
    let _ = parse(bytes);
    let _ = lint(bytes, NOW_MS);
}

// ---------------------------------------------------------------------------
// JSON documents, written by hand so that the raw forms serde_json never
// produces (huge numbers, escapes, lone surrogates, duplicate keys) occur.

/// A JSON value as written.
#[derive(Debug, Clone)]
enum J {
    Null,
    Bool(bool),
    /// A number token, as written (`1e400`, `-0`, 30 digits…).
    Num(String),
    /// A string, escaped the usual way.
    Str(String),
    /// A string with everything but printable ASCII as `\uXXXX`.
    Esc(String),
    /// A token written as is (a string with a lone surrogate escape…).
    Raw(String),
    Arr(Vec<J>),
    /// Members in order; keys may repeat.
    Obj(Vec<(String, J)>),
}

impl J {
    fn obj(members: Vec<(&str, J)>) -> Self {
        Self::Obj(
            members
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
        )
    }

    fn write(&self, out: &mut String) {
        match self {
            Self::Null => out.push_str("null"),
            Self::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Self::Num(n) | Self::Raw(n) => out.push_str(n),
            Self::Str(s) => out.push_str(&quote(s)),
            Self::Esc(s) => {
                out.push('"');
                for c in s.chars() {
                    match c {
                        ' '..='~' if c != '"' && c != '\\' => out.push(c),
                        _ => {
                            let mut units = [0u16; 2];
                            for unit in c.encode_utf16(&mut units) {
                                out.push_str(&format!("\\u{unit:04x}"));
                            }
                        }
                    }
                }
                out.push('"');
            }
            Self::Arr(list) => {
                out.push('[');
                for (i, v) in list.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write(out);
                }
                out.push(']');
            }
            Self::Obj(members) => {
                out.push('{');
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&quote(k));
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }

    fn text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

fn quote(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}

/// Odd characters feeds really carry: bidi controls, zero-width, NBSP,
/// line separators, combining marks, astral emoji, C0/C1 controls, BOM.
const ODD_CHARS: &[&str] = &[
    "\u{202E}",
    "\u{202A}",
    "\u{2067}",
    "\u{202B}",
    "\u{2066}",
    "\u{2069}",
    "\u{200F}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{2060}",
    "\u{FEFF}",
    "\u{00A0}",
    "\u{2028}",
    "\u{2029}",
    "\u{0301}",
    "\u{1F3E5}",
    "\u{1F468}\u{200D}\u{2695}\u{FE0F}",
    "\u{0000}",
    "\u{0007}",
    "\u{0085}",
    "\u{FFFD}",
    "\t",
    "\r\n",
    " ",
];

/// Words in the scripts the widget's sites use, and a few more.
fn word() -> BoxedStrategy<String> {
    prop_oneof![
        3 => "[a-z]{1,10}",
        3 => "[а-яё]{1,12}",
        1 => "[A-ZА-Я]{1,8}",
        1 => "[0-9]{1,6}",
        1 => "[\u{0600}-\u{06FF}]{1,8}",
        1 => "[\u{05D0}-\u{05EA}]{1,8}",
        1 => "[\u{4E00}-\u{4FFF}]{1,6}",
        1 => prop::sample::select(ODD_CHARS).prop_map(str::to_owned),
    ]
    .boxed()
}

/// HTML as CMSs and attackers write it: tags, half tags, comments, scripts,
/// entities good and bad, WordPress excerpt tails.
const SOUP: &[&str] = &[
    "<p>",
    "</p>",
    "<b>",
    "</b>",
    "<br/>",
    "<br>",
    "<div class=\"x\">",
    "</div>",
    "<li>",
    "<a href=\"https://h.example/n/1\">",
    "<a href='/x' class=\"more-link\">",
    "</a>",
    "<A HREF=x>",
    "<img src=x onerror=alert(1)>",
    "<img alt=\"a > b\" src=\"i.jpg\">",
    "<script>",
    "</script>",
    "<script",
    "<script>alert(1)</script>",
    "<SCRIPT>x</SCRIPT >",
    "<style>p{}</style>",
    "<style",
    "</style",
    "<!--",
    "-->",
    "<!-- c -->",
    "<!-- a > b -->",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE html>",
    "<?php echo 1; ?>",
    "<",
    ">",
    "</",
    "< p>",
    "<p",
    "<>",
    "&",
    "&#",
    "&#x",
    "&#;",
    "&#x;",
    "&#60;",
    "&#x3C;",
    "&lt;",
    "&gt;",
    "&amp;",
    "&amp;lt;",
    "&nbsp;",
    "&hellip;",
    "&#8211;",
    "&#8220;",
    "&#8221;",
    "&#171;",
    "&#1114111;",
    "&#1114112;",
    "&#xD800;",
    "&#0;",
    "&#99999999999999999999;",
    "&#x110000;",
    "&bogus;",
    "&laquo",
    "&verylongentityname;",
    " [&hellip;]",
    "[...]",
    "Read more",
    "Читать далее",
    "Подробнее →",
    "Continue reading",
    "\u{2026}",
    ";",
    "\"",
    "'",
    "=",
];

/// Tag soup: [`SOUP`] pieces, words and random text, up to `pieces` of them.
fn soup(pieces: usize) -> BoxedStrategy<String> {
    vec(
        prop_oneof![
            4 => prop::sample::select(SOUP).prop_map(str::to_owned),
            4 => word(),
            1 => ".{0,8}",
        ],
        0..pieces,
    )
    .prop_map(|parts| parts.join(""))
    .boxed()
}

/// HTML whose every `<` opens a tag that closes, with no `&lt;` in text:
/// what a sane CMS writes. Words only in markup are [`MARKUP_ONLY`].
const CLEAN_MARKUP: &[&str] = &[
    "<p>",
    "</p>",
    "<P class=\"MARKUPONLY\">",
    "<b>",
    "</b>",
    "<br/>",
    "<hr>",
    "<a href=\"https://h.example/MARKUPONLY\">",
    "</a>",
    "<img alt=\"MARKUPONLY\" src=x>",
    "<script>MARKUPONLY</script>",
    "<script type=\"text/javascript\">if (a < b) MARKUPONLY();</script>",
    "<style>.MARKUPONLY{}</style>",
    "<!-- MARKUPONLY -->",
    "<!--MARKUPONLY-->",
    "<span class=\"screen-reader-text\">",
    "</span>",
    "<figure class=\"wp-block-image\">",
    "<ul>",
    "<li>",
    "</li>",
    "</ul>",
    "&amp;",
    "&hellip;",
    "&#8211;",
    "&#171;",
    "&nbsp;",
    "&bogus;",
    "&",
    " [&hellip;]",
    " ",
    "\n",
];

fn clean_soup() -> BoxedStrategy<String> {
    vec(
        prop_oneof![
            2 => prop::sample::select(CLEAN_MARKUP).prop_map(str::to_owned),
            3 => "[a-zа-я]{1,9}",
            1 => prop::sample::select(ODD_CHARS).prop_map(str::to_owned),
        ],
        0..16,
    )
    .prop_map(|parts| parts.join(""))
    .boxed()
}

/// Number tokens, from ordinary to out of every range.
fn number() -> BoxedStrategy<J> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| f.to_string()),
        prop::sample::select(
            &[
                "0",
                "-0",
                "1e400",
                "-1e400",
                "1E-400",
                "1.5e308",
                "18446744073709551616",
                "-9223372036854775809",
                "123456789012345678901234567890",
                "0.000000000000000000001",
                "1e2",
                "2E+3",
                "7.0",
            ][..]
        )
        .prop_map(str::to_owned),
    ]
    .prop_map(J::Num)
    .boxed()
}

/// Any string value, written either way.
fn string(text: BoxedStrategy<String>) -> BoxedStrategy<J> {
    prop_oneof![4 => text.clone().prop_map(J::Str), 1 => text.prop_map(J::Esc)].boxed()
}

/// Any JSON value: a wrong type where a field is expected.
fn any_json() -> BoxedStrategy<J> {
    let leaf = prop_oneof![
        2 => Just(J::Null),
        2 => any::<bool>().prop_map(J::Bool),
        3 => number(),
        // No `<` or `&`: a string here may sit where HTML is expected, and
        // `no_markup_in_text` promises no markup; `soup` brings those.
        6 => string("[^<&]{0,12}".boxed()),
        1 => prop::sample::select(&[r#""\ud800""#, r#""\udc00\u0041""#][..])
            .prop_map(|raw| J::Raw(raw.to_owned())),
    ];
    leaf.prop_recursive(3, 24, 5, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..5).prop_map(J::Arr),
            vec(("[a-z_]{0,8}", inner), 0..5).prop_map(J::Obj),
        ]
    })
    .boxed()
}

/// Mostly a value of the right shape, sometimes anything.
fn or_any(good: BoxedStrategy<J>) -> BoxedStrategy<J> {
    prop_oneof![5 => good, 1 => any_json()].boxed()
}

/// Dates: RFC 3339 in all its forms, WordPress's zone-less ones, RFC 822,
/// out-of-range fields and words.
fn date() -> BoxedStrategy<String> {
    let valid = (
        0..=9999i32,
        1..=12u32,
        1..=31u32,
        0..=24u32,
        0..=60u32,
        0..=61u32,
        prop::option::of("[0-9]{1,12}"),
        prop::sample::select(
            &[
                "Z", "z", "+03:00", "-05:00", "+14:00", "", "+0300", "+24:00",
            ][..],
        ),
        prop::sample::select(&["T", "t", " "][..]),
    )
        .prop_map(|(y, mo, d, h, mi, s, frac, zone, sep)| {
            let frac = frac.map(|f| format!(".{f}")).unwrap_or_default();
            format!("{y:04}-{mo:02}-{d:02}{sep}{h:02}:{mi:02}:{s:02}{frac}{zone}")
        });
    prop_oneof![
        6 => valid,
        1 => "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        1 => prop::sample::select(&[
            "0000-00-00T00:00:00", "2024-02-30", "Sat, 07 Dec 2024 10:00:00 +0300",
            "Tue, 10 Jun 2003 04:00:00 GMT", "вчера", "", "2024-12-07T10:00:00+03:0é",
            "+275760-09-13T00:00:00Z", "2024-12-07T10:00:00.Z", "２０２４-１２-０７",
        ][..]).prop_map(str::to_owned),
        1 => ".{0,24}",
    ]
    .boxed()
}

fn url() -> BoxedStrategy<String> {
    prop_oneof![
        "https://h\\.example/news/[a-z0-9-]{0,12}",
        Just("javascript:alert(1)".to_owned()),
        Just("//h.example/x".to_owned()),
        "[a-z/.]{0,10}",
    ]
    .boxed()
}

/// A JSON Feed item: the real keys, mostly the right types. `html` for
/// the HTML fields (`title`, `content_html`), `plain` for the text ones.
fn json_feed_item(html: BoxedStrategy<String>, plain: BoxedStrategy<String>) -> BoxedStrategy<J> {
    let text = || string(plain.clone());
    let author = or_any(
        string(soup(3))
            .prop_map(|n| J::obj(vec![("name", n)]))
            .boxed(),
    );
    let attachment = or_any(
        (
            string(url()),
            string(
                prop::sample::select(&["image/jpeg", "application/pdf", "audio/mpeg", ""][..])
                    .prop_map(str::to_owned)
                    .boxed(),
            ),
            text(),
            number(),
        )
            .prop_map(|(url, mime, title, size)| {
                J::obj(vec![
                    ("url", url),
                    ("mime_type", mime),
                    ("title", title),
                    ("size_in_bytes", size),
                ])
            })
            .boxed(),
    );
    let member = prop_oneof![
        or_any(prop_oneof![string("[a-z0-9]{0,4}".boxed()), number()].boxed())
            .prop_map(|v| ("id", v)),
        or_any(string(url())).prop_map(|v| ("url", v)),
        or_any(string(url())).prop_map(|v| ("external_url", v)),
        or_any(string(html.clone())).prop_map(|v| ("title", v)),
        or_any(string(html.clone())).prop_map(|v| ("content_html", v)),
        or_any(text()).prop_map(|v| ("content_text", v)),
        or_any(text()).prop_map(|v| ("summary", v)),
        or_any(string(url())).prop_map(|v| ("image", v)),
        or_any(string(url())).prop_map(|v| ("banner_image", v)),
        or_any(string(date())).prop_map(|v| ("date_published", v)),
        or_any(string(date())).prop_map(|v| ("date_modified", v)),
        or_any(vec(author.clone(), 0..3).prop_map(J::Arr).boxed()).prop_map(|v| ("authors", v)),
        author.prop_map(|v| ("author", v)),
        or_any(vec(or_any(text()), 0..4).prop_map(J::Arr).boxed()).prop_map(|v| ("tags", v)),
        or_any(string("[a-z]{2}(-[A-Z]{2})?".boxed())).prop_map(|v| ("language", v)),
        or_any(vec(attachment, 0..3).prop_map(J::Arr).boxed()).prop_map(|v| ("attachments", v)),
        or_any(
            text()
                .prop_map(|alt| J::obj(vec![("image_alt", alt)]))
                .boxed()
        )
        .prop_map(|v| ("_news_widget", v)),
        any_json().prop_map(|v| ("_ext", v)),
    ];
    prop_oneof![
        12 => vec(member, 0..10).prop_map(|members| J::obj(members)),
        1 => any_json(),
    ]
    .boxed()
}

/// A JSON Feed document and how many items it has.
fn json_feed(
    html: BoxedStrategy<String>,
    plain: BoxedStrategy<String>,
) -> BoxedStrategy<(J, usize)> {
    let member = prop_oneof![
        string(
            prop::sample::select(
                &[
                    "https://jsonfeed.org/version/1.1",
                    "https://jsonfeed.org/version/1",
                    "2"
                ][..]
            )
            .prop_map(str::to_owned)
            .boxed()
        )
        .prop_map(|v| ("version", v)),
        or_any(string(soup(4))).prop_map(|v| ("title", v)),
        or_any(string(url())).prop_map(|v| ("home_page_url", v)),
        or_any(string(url())).prop_map(|v| ("feed_url", v)),
        or_any(string("[a-z]{2}".boxed())).prop_map(|v| ("language", v)),
        or_any(any::<bool>().prop_map(J::Bool).boxed()).prop_map(|v| ("expired", v)),
        any_json().prop_map(|v| ("_x", v)),
    ];
    (
        vec(member, 0..5),
        vec(json_feed_item(html, plain), 0..10),
        any::<Index>(),
    )
        .prop_map(|(mut members, items, at)| {
            let n = items.len();
            members.insert(at.index(members.len() + 1), ("items", J::Arr(items)));
            (J::obj(members), n)
        })
        .boxed()
}

/// `{"rendered": …, "protected": …}`, or a plain string, or anything.
fn rendered(html: BoxedStrategy<String>) -> BoxedStrategy<J> {
    prop_oneof![
        6 => (string(html.clone()), prop::option::of(or_any(any::<bool>().prop_map(J::Bool).boxed())))
            .prop_map(|(r, protected)| {
                let mut members = vec![("rendered", r)];
                members.extend(protected.map(|p| ("protected", p)));
                J::obj(members)
            }),
        1 => string(html),
        1 => any_json(),
    ]
    .boxed()
}

/// A WordPress post, with or without `_embedded`.
fn wordpress_post(html: BoxedStrategy<String>) -> BoxedStrategy<J> {
    let term = (
        string(
            prop::sample::select(&["category", "post_tag", "language", ""][..])
                .prop_map(str::to_owned)
                .boxed(),
        ),
        string(soup(3)),
    )
        .prop_map(|(taxonomy, name)| J::obj(vec![("taxonomy", taxonomy), ("name", name)]));
    let size = string(url()).prop_map(|u| J::obj(vec![("source_url", u)]));
    let sizes = vec(
        (
            prop::sample::select(&["medium_large", "medium", "large", "thumbnail", "full"][..]),
            or_any(size.boxed()),
        ),
        0..4,
    )
    .prop_map(|s| J::Obj(s.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()));
    let media = (
        or_any(string(url())),
        or_any(string(soup(3))),
        or_any(string(
            prop::sample::select(&["image", "file"][..])
                .prop_map(str::to_owned)
                .boxed(),
        )),
        or_any(sizes.prop_map(|s| J::obj(vec![("sizes", s)])).boxed()),
    )
        .prop_map(|(src, alt, kind, details)| {
            J::obj(vec![
                ("source_url", src),
                ("alt_text", alt),
                ("media_type", kind),
                ("media_details", details),
            ])
        });
    let embedded = (
        or_any(
            vec(
                or_any(
                    string(soup(3))
                        .prop_map(|n| J::obj(vec![("name", n)]))
                        .boxed(),
                ),
                0..3,
            )
            .prop_map(J::Arr)
            .boxed(),
        ),
        or_any(vec(or_any(media.boxed()), 0..2).prop_map(J::Arr).boxed()),
        or_any(
            vec(vec(or_any(term.boxed()), 0..4).prop_map(J::Arr), 0..3)
                .prop_map(J::Arr)
                .boxed(),
        ),
    )
        .prop_map(|(a, m, t)| J::obj(vec![("author", a), ("wp:featuredmedia", m), ("wp:term", t)]));
    let wp_date = || or_any(prop_oneof![2 => string(date()), 1 => Just(J::Null)].boxed());
    let member = prop_oneof![
        or_any(number()).prop_map(|v| ("id", v)),
        wp_date().prop_map(|v| ("date", v)),
        wp_date().prop_map(|v| ("date_gmt", v)),
        wp_date().prop_map(|v| ("modified", v)),
        wp_date().prop_map(|v| ("modified_gmt", v)),
        or_any(string(url())).prop_map(|v| ("link", v)),
        string(url()).prop_map(|v| ("guid", J::obj(vec![("rendered", v)]))),
        rendered(html.clone()).prop_map(|v| ("title", v)),
        rendered(html.clone()).prop_map(|v| ("excerpt", v)),
        rendered(html).prop_map(|v| ("content", v)),
        or_any(string("[a-z]{2}".boxed())).prop_map(|v| ("lang", v)),
        or_any(string(url())).prop_map(|v| ("jetpack_featured_media_url", v)),
        or_any(embedded.boxed()).prop_map(|v| ("_embedded", v)),
        any_json().prop_map(|v| ("_links", v)),
        or_any(vec(number(), 0..3).prop_map(J::Arr).boxed()).prop_map(|v| ("categories", v)),
    ];
    prop_oneof![
        12 => vec(member, 0..12).prop_map(J::obj),
        1 => any_json(),
    ]
    .boxed()
}

/// A posts array and its length.
fn wordpress(html: BoxedStrategy<String>) -> BoxedStrategy<(J, usize)> {
    vec(wordpress_post(html), 0..10)
        .prop_map(|posts| {
            let n = posts.len();
            (J::Arr(posts), n)
        })
        .boxed()
}

/// Whitespace, a BOM or nothing around a JSON document.
fn frame(doc: &J, lead: u8) -> Vec<u8> {
    let text = doc.text();
    match lead % 4 {
        0 => format!("\u{FEFF}{text}").into_bytes(),
        1 => format!(" \r\n\t{text}\n").into_bytes(),
        _ => text.into_bytes(),
    }
}

/// Whether serde_json reads it at all (no out-of-range number, lone
/// surrogate…): then the feed must be read, items skipped at worst.
fn plain_json(bytes: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(
        bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes),
    )
    .is_ok()
}

// ---------------------------------------------------------------------------
// XML documents from the RSS and Atom vocabulary.

/// An XML node as written.
#[derive(Debug, Clone)]
enum X {
    El(String, Vec<(String, String)>, Vec<X>),
    Text(String),
    CData(String),
    Comment(String),
    Raw(String),
}

impl X {
    fn el(name: &str, children: Vec<X>) -> Self {
        Self::El(name.to_owned(), Vec::new(), children)
    }

    fn write(&self, out: &mut String) {
        match self {
            Self::El(name, attrs, children) => {
                out.push('<');
                out.push_str(name);
                for (k, v) in attrs {
                    out.push_str(&format!(" {k}=\"{}\"", escape_xml(v)));
                }
                if children.is_empty() {
                    out.push_str("/>");
                    return;
                }
                out.push('>');
                for child in children {
                    child.write(out);
                }
                out.push_str(&format!("</{name}>"));
            }
            Self::Text(t) => out.push_str(&escape_xml(t)),
            Self::CData(t) => out.push_str(&format!("<![CDATA[{t}]]>")),
            Self::Comment(t) => out.push_str(&format!("<!--{t}-->")),
            Self::Raw(t) => out.push_str(t),
        }
    }
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;")
}

const XML_NAMES: &[&str] = &[
    "rss",
    "channel",
    "item",
    "title",
    "link",
    "description",
    "guid",
    "pubDate",
    "enclosure",
    "feed",
    "entry",
    "content",
    "summary",
    "id",
    "updated",
    "published",
    "author",
    "name",
    "category",
    "language",
    "content:encoded",
    "dc:creator",
    "dc:date",
    "media:content",
    "media:description",
    "atom:link",
    "image",
    "url",
    "lastBuildDate",
    "source",
];

const XML_ATTRS: &[&str] = &[
    "href",
    "rel",
    "type",
    "length",
    "url",
    "isPermaLink",
    "xml:lang",
    "term",
    "label",
    "medium",
    "version",
    "xmlns",
    "xmlns:media",
    "xml:base",
];

/// Text inside elements: plain, entity-laden, or HTML soup.
fn xml_text() -> BoxedStrategy<X> {
    prop_oneof![
        3 => soup(6).prop_map(X::Text),
        2 => soup(8).prop_map(X::CData),
        1 => soup(6).prop_map(X::Raw),
        1 => date().prop_map(X::Text),
        1 => prop::sample::select(&[
            "&amp;", "&lt;", "&#8211;", "&#x41;", "&nbsp;", "&hellip;", "&undefined;", "&#0;",
            "&#xFFFFFFFF;", "]]>", "<![CDATA[", "<!---->", "<?pi x?>", "&lol;",
        ][..]).prop_map(|s| X::Raw(s.to_owned())),
        1 => ".{0,6}".prop_map(X::Comment),
    ]
    .boxed()
}

fn xml_attrs() -> BoxedStrategy<Vec<(String, String)>> {
    vec(
        (
            prop::sample::select(XML_ATTRS).prop_map(str::to_owned),
            prop_oneof![
                url(),
                prop::sample::select(
                    &[
                        "alternate",
                        "enclosure",
                        "self",
                        "text/html",
                        "html",
                        "xhtml",
                        "image/jpeg",
                        "-1",
                        "99999999999999999999999",
                        "2.0",
                        "http://www.w3.org/2005/Atom"
                    ][..]
                )
                .prop_map(str::to_owned),
                ".{0,6}",
            ],
        ),
        0..3,
    )
    .boxed()
}

/// Any element tree from the vocabulary.
fn xml_node() -> BoxedStrategy<X> {
    xml_text()
        .prop_recursive(4, 48, 6, |inner| {
            (
                prop::sample::select(XML_NAMES).prop_map(str::to_owned),
                xml_attrs(),
                vec(inner, 0..6),
            )
                .prop_map(|(name, attrs, children)| X::El(name, attrs, children))
        })
        .boxed()
}

/// RFC 822 dates as RSS writes them, good and bad.
fn rfc822_date() -> BoxedStrategy<String> {
    (
        prop::sample::select(&["Mon, ", "Sat, ", "Сб, ", ""][..]),
        0..=32u32,
        prop::sample::select(&["Jan", "Feb", "Dec", "May", "Июн", "XYZ"][..]),
        prop_oneof![1900..2100u32, 0..100u32],
        (0..=25u32, 0..=61u32, 0..=61u32),
        prop::sample::select(
            &[
                "GMT", "UT", "Z", "+0300", "-0500", "MSK", "EST", "+03:00", "", "+9999",
            ][..],
        ),
    )
        .prop_map(|(day, d, mon, y, (h, mi, s), zone)| {
            format!("{day}{d:02} {mon} {y} {h:02}:{mi:02}:{s:02} {zone}")
        })
        .boxed()
}

/// An element `name` holding a few pieces of text.
fn xml_field(name: &'static str, text: BoxedStrategy<X>) -> BoxedStrategy<X> {
    (xml_attrs(), vec(text, 0..3))
        .prop_map(move |(attrs, children)| X::El(name.to_owned(), attrs, children))
        .boxed()
}

/// An RSS item or Atom entry: the fields readers look at, plus noise.
fn xml_entry(name: &'static str) -> BoxedStrategy<X> {
    let rss = name == "item";
    let html = || {
        prop_oneof![
            soup(10).prop_map(X::Text),
            soup(10).prop_map(X::CData),
            ".{0,12}".prop_map(X::Text),
        ]
        .boxed()
    };
    let date = || prop_oneof![rfc822_date(), date()].prop_map(X::Text).boxed();
    let link = prop_oneof![
        xml_field("link", url().prop_map(X::Text).boxed()),
        (
            url(),
            prop::sample::select(&["alternate", "enclosure", "self", ""][..])
        )
            .prop_map(|(href, rel)| X::El(
                "link".into(),
                vec![("href".into(), href), ("rel".into(), rel.into())],
                vec![]
            )),
    ];
    let enclosure = (
        url(),
        "-?[0-9]{0,22}",
        prop::sample::select(&["image/jpeg", "audio/mpeg", "application/pdf", ""][..]),
    )
        .prop_map(|(url, length, kind)| {
            X::El(
                "enclosure".into(),
                vec![
                    ("url".into(), url),
                    ("length".into(), length),
                    ("type".into(), kind.into()),
                ],
                vec![],
            )
        });
    let id = prop_oneof![url().prop_map(X::Text), ".{0,6}".prop_map(X::Text)].boxed();
    let field = prop_oneof![
        4 => xml_field("title", html()),
        2 => link,
        2 => xml_field(if rss { "description" } else { "summary" }, html()),
        1 => xml_field(if rss { "content:encoded" } else { "content" }, html()),
        2 => xml_field(if rss { "guid" } else { "id" }, id),
        2 => xml_field(if rss { "pubDate" } else { "published" }, date()),
        1 => xml_field(if rss { "dc:date" } else { "updated" }, date()),
        1 => enclosure,
        1 => xml_field("category", html()),
        1 => (
            prop::sample::select(XML_NAMES),
            xml_attrs(),
            vec(xml_text(), 0..3)
        )
            .prop_map(|(n, a, c)| X::El(n.to_owned(), a, c)),
        1 => xml_node(),
    ];
    (vec(field, 0..8), xml_attrs())
        .prop_map(move |(children, attrs)| X::El(name.to_owned(), attrs, children))
        .boxed()
}

/// An RSS or Atom document (or XML of some other shape), possibly cut off
/// at a random byte.
fn xml_document() -> BoxedStrategy<Vec<u8>> {
    let prolog = prop::sample::select(
        &[
            "",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<?xml version=\"1.0\" encoding=\"windows-1251\"?>",
            "<?xml version='1.0'?><?xml-stylesheet href=\"s.xsl\"?>",
            "\u{FEFF}<?xml version=\"1.0\"?>",
            "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">",
            "<!DOCTYPE r [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>",
            "<!-- generator -->\n",
            "   \n",
        ][..],
    );
    let rss = (
        vec(xml_entry("item"), 0..6),
        vec(xml_node(), 0..3),
        xml_attrs(),
    )
        .prop_map(|(items, extra, attrs)| {
            let mut channel = extra;
            channel.extend(items);
            X::El("rss".into(), attrs, vec![X::el("channel", channel)])
        });
    let atom =
        (vec(xml_entry("entry"), 0..6), vec(xml_node(), 0..3)).prop_map(|(entries, extra)| {
            let mut children = extra;
            children.extend(entries);
            X::El(
                "feed".into(),
                vec![("xmlns".into(), "http://www.w3.org/2005/Atom".into())],
                children,
            )
        });
    let rdf = vec(xml_entry("item"), 0..4).prop_map(|items| {
        let mut children = vec![X::el("channel", vec![])];
        children.extend(items);
        X::el("rdf:RDF", children)
    });
    (
        prolog,
        prop_oneof![4 => rss, 4 => atom, 1 => rdf, 1 => xml_node()],
        prop::option::of(any::<Index>()),
    )
        .prop_map(|(prolog, root, cut)| {
            let mut text = prolog.to_owned();
            root.write(&mut text);
            let mut bytes = text.into_bytes();
            if let Some(cut) = cut {
                bytes.truncate(cut.index(bytes.len() + 1));
            }
            bytes
        })
        .boxed()
}

// ---------------------------------------------------------------------------
// Fixture mutations

/// Every `*.json` and `*.xml` in tests/fixtures (XML ones may not exist yet).
fn fixtures() -> Vec<Vec<u8>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json" || x == "xml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| std::fs::read(p).ok())
        .collect()
}

/// One edit of a fixture's bytes.
#[derive(Debug, Clone)]
enum Mutation {
    Flip(Index, u8),
    Truncate(Index),
    Insert(Index, Vec<u8>),
    Delete(Index, usize),
    Duplicate(Index, usize),
}

/// Bytes that matter to the two syntaxes.
const TOKENS: &[&str] = &[
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\\",
    "\\u",
    "null",
    "<",
    ">",
    "/",
    "&",
    ";",
    "]]>",
    "<![CDATA[",
    "<!--",
    "</item>",
    "<item>",
    "</entry>",
    "\u{0}",
    "\u{FEFF}",
    "\u{202E}",
    "\u{FFFD}",
];

fn mutation() -> BoxedStrategy<Mutation> {
    prop_oneof![
        3 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
        2 => (any::<Index>(), vec(any::<u8>(), 1..6)).prop_map(|(i, b)| Mutation::Insert(i, b)),
        2 => (any::<Index>(), prop::sample::select(TOKENS)).prop_map(|(i, t)| Mutation::Insert(i, t.as_bytes().to_vec())),
        2 => (any::<Index>(), 1..64usize).prop_map(|(i, n)| Mutation::Delete(i, n)),
        1 => (any::<Index>(), 1..256usize).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
    ]
    .boxed()
}

fn mutate(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let len = bytes.len();
        match m {
            Mutation::Flip(i, b) if len > 0 => bytes[i.index(len)] ^= b | 1,
            Mutation::Flip(..) => {}
            Mutation::Truncate(i) => bytes.truncate(i.index(len + 1)),
            Mutation::Insert(i, new) => {
                let at = i.index(len + 1);
                bytes.splice(at..at, new.iter().copied());
            }
            Mutation::Delete(i, n) => {
                let at = i.index(len + 1);
                bytes.drain(at..(at + n).min(len));
            }
            Mutation::Duplicate(i, n) => {
                let at = i.index(len + 1);
                let part = bytes[at..(at + n).min(len)].to_vec();
                bytes.splice(at..at, part);
            }
        }
    }
    bytes
}

// ---------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(config())]

    /// (a) Any bytes at all.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in vec(any::<u8>(), 0..2048)) {
        survive(&bytes);
        if let Ok(feed) = parse(&bytes) {
            check_feed(&feed, None)?;
        }
    }

    /// (a) Any bytes after the opening of each format, so the readers get
    /// past format detection.
    #[test]
    fn arbitrary_tails_never_panic(
        head in prop::sample::select(&[
            "{\"items\":[", "[", "[{\"id\":1,\"title\":{\"rendered\":\"", "{\"items\":[{\"content_html\":\"",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">",
            "<rss><channel><item><description><![CDATA[",
        ][..]),
        tail in prop_oneof![vec(any::<u8>(), 0..512), soup(24).prop_map(String::into_bytes)],
    ) {
        let bytes = [head.as_bytes(), &tail].concat();
        survive(&bytes);
        if let Ok(feed) = parse(&bytes) {
            check_feed(&feed, None)?;
        }
    }

    /// (a) The text helpers and charset sniffing on any input.
    #[test]
    fn text_helpers_never_panic(
        text in prop_oneof![soup(40), ".{0,200}"],
        content_type in prop::option::of(prop_oneof![
            Just("application/json; charset=\"Windows-1251\"".to_owned()),
            Just("text/xml;charset=".to_owned()),
            ".{0,30}",
        ]),
    ) {
        let plain = html_to_text(&text);
        prop_assert!(plain.is_empty() || is_plain(&plain), "{:?}", plain);
        let _ = declared_charset(content_type.as_deref(), text.as_bytes());
        let _ = decode_utf8(text.as_bytes());
    }

    /// (b) JSON Feed documents: every item shown or skipped, invariants hold.
    #[test]
    fn json_feed_documents((doc, n) in json_feed(soup(10), soup(6)), lead in any::<u8>()) {
        let bytes = frame(&doc, lead);
        survive(&bytes);
        check_parse(&bytes, Some(n), plain_json(&bytes))?;
        let feed = parse(&bytes);
        if let Ok(feed) = feed {
            prop_assert_eq!(feed.format, Format::JsonFeed);
        }
    }

    /// (b) WordPress posts arrays.
    #[test]
    fn wordpress_documents((doc, n) in wordpress(soup(10)), lead in any::<u8>()) {
        let bytes = frame(&doc, lead);
        survive(&bytes);
        check_parse(&bytes, Some(n), plain_json(&bytes))?;
        if let Ok(feed) = parse(&bytes) {
            prop_assert_eq!(feed.format, Format::WordPress);
        }
    }

    /// (b) HTML that a sane CMS writes leaves no markup in titles and
    /// summaries, in either JSON format.
    #[test]
    fn no_markup_in_text(
        (json_feed_doc, _) in json_feed(clean_soup(), vec(word(), 0..6).prop_map(|w| w.join(" ")).boxed()),
        (wordpress_doc, _) in wordpress(clean_soup()),
    ) {
        for doc in [json_feed_doc, wordpress_doc] {
            if let Ok(feed) = parse(doc.text().as_bytes()) {
                check_no_markup(&feed)?;
            }
        }
    }

    /// (c) RSS and Atom documents, whole or cut off.
    #[test]
    fn xml_documents(bytes in xml_document()) {
        survive(&bytes);
        check_parse(&bytes, None, false)?;
    }

    /// (d) Fixtures with random edits.
    #[test]
    fn mutated_fixtures(pick in any::<Index>(), mutations in vec(mutation(), 1..8)) {
        let fixtures = fixtures();
        if fixtures.is_empty() {
            return Ok(());
        }
        let bytes = mutate(fixtures[pick.index(fixtures.len())].clone(), &mutations);
        survive(&bytes);
        check_parse(&bytes, None, false)?;
    }

    /// (e) The incremental Reader reads what `parse` reads, batch by batch.
    #[test]
    fn reader_matches_parse(
        bytes in prop_oneof![
            json_feed(soup(6), soup(6)).prop_map(|(doc, _)| doc.text().into_bytes()),
            wordpress(soup(6)).prop_map(|(doc, _)| doc.text().into_bytes()),
            xml_document(),
        ],
        batch in 1..16usize,
    ) {
        check_reader(&bytes, batch)?;
    }

    /// (e) Same, on edited fixtures.
    #[test]
    fn reader_matches_parse_on_fixtures(
        pick in any::<Index>(),
        mutations in vec(mutation(), 0..4),
        batch in 1..16usize,
    ) {
        let fixtures = fixtures();
        if fixtures.is_empty() {
            return Ok(());
        }
        let bytes = mutate(fixtures[pick.index(fixtures.len())].clone(), &mutations);
        check_reader(&bytes, batch)?;
    }
}

/// The fixtures themselves read cleanly (a mutation test over nothing would
/// prove nothing).
#[test]
fn fixtures_are_found_and_read() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 2);
    for bytes in &fixtures {
        survive(bytes);
    }
}
