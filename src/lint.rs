//! The feed report: what is wrong with a feed, item by item, for editors
//! (the preview page) and for a site's CI (`news-feed-lint`).
//!
//! Pure: reads the raw bytes itself (the model normalizes away what editors
//! need to hear about: HTML in titles, missing ids), shares the date and
//! text helpers with [`crate::feed`]. Each rule has an id, a severity and a
//! one-line explanation with the fix.

use std::collections::HashMap;

use crate::feed::json::{self, Object, Value, Writer};
use crate::feed::{
    self, Format, Item, Note, ParseError, Reader, SkipReason, Syntax, Timestamp, html_to_text,
    json_scan,
};

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Readers lose something, or the feed cannot be read: fix before publishing.
    Error,
    /// Readers, especially with assistive technology, get a worse result.
    Warning,
    /// Worth a look.
    Tip,
}

impl Severity {
    /// `error`, `warning` or `tip`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Tip => "tip",
        }
    }
}

macro_rules! rules {
    ($($variant:ident => $id:literal, $severity:ident, $doc:literal;)+) => {
        /// A check the report runs. `doc()` says what is wrong and how to fix it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Rule { $(#[doc = $doc] $variant),+ }
        impl Rule {
            /// Every rule, in report order.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),+];
            /// Stable id, for CI configuration and the JSON output.
            pub fn id(self) -> &'static str { match self { $(Rule::$variant => $id),+ } }
            /// How much it matters.
            pub fn severity(self) -> Severity { match self { $(Rule::$variant => Severity::$severity),+ } }
            /// What is wrong and how to fix it, in plain English.
            pub fn doc(self) -> &'static str { match self { $(Rule::$variant => $doc),+ } }
        }
    };
}

rules! {
    InvalidJson => "invalid-json", Error, "The feed is not valid JSON. Fix the syntax at the line and column given (often a missing comma or quote, or an HTML error page served instead of the feed).";
    NotAFeed => "not-a-feed", Error, "The document is none of the formats the widget reads (JSON Feed with an `items` array, WordPress REST posts, RSS 2.0, Atom 1.0), or it is empty. Check the feed URL and the generator.";
    InvalidXml => "invalid-xml", Error, "The feed is not well-formed XML. Fix the markup at the line and column given (often an unescaped `&` or `<` in a title, or a tag left open); items after the error are not shown.";
    FeedExpired => "feed-expired", Warning, "The feed says `\"expired\": true`: its publisher will never update it, and feed readers may stop fetching it. Remove the flag if the feed is still in use.";
    HtmlPage => "html-page", Error, "The address returns a web page, not a feed: usually an error page, a login page or a wrong URL. Point the widget at the feed itself.";
    ItemNotObject => "item-not-object", Error, "An entry of `items` is not an object and is skipped. Remove it or make it an item object.";
    NothingToShow => "item-empty", Error, "The item has no title, no text and no link, so it is not shown. Add a `title` or a `summary`.";
    NoTitle => "no-title", Warning, "The item has no title: the widget shows its text alone, or \"Untitled news item\" when it has only a link, which tells readers little. Give every item a `title`.";
    UnreadDate => "unread-date", Error, "The widget cannot read this date, so the item shows no date and may sort wrongly. Write it as RFC 822 (Sat, 07 Dec 2024 10:00:00 +0300) or RFC 3339 (2024-12-07T10:00:00+03:00).";
    FallbackField => "fallback-field", Tip, "A field was read from a stand-in element (`dc:title`, `media:title`, `dcterms:…`) because the standard one is missing; other feed readers may not look there. Add the standard element (`title`, `pubDate`, Atom `published`).";
    MissingId => "missing-id", Warning, "The item has no `id`; one is made up from its URL or position, which changes when items move. Give every item a stable `id`.";
    DuplicateId => "duplicate-id", Error, "Two items share this `id`; readers' tools treat them as one. Make every `id` unique.";
    BadDate => "bad-date", Error, "The date is not RFC 3339 (like 2025-02-18T14:30:00+03:00), so it is ignored and the item may sort wrongly. Write the date in that form, with a time zone.";
    FutureDate => "future-date", Warning, "The publication date is in the future. Check the date and the time zone.";
    NoDate => "no-date", Warning, "The item has no `date_published`; it is listed after dated items and shows no date. Add the publication date.";
    RelativeUrl => "relative-url", Warning, "A relative URL with no `feed_url` or `home_page_url` to resolve it against. Use an absolute https URL, or give the feed its `feed_url`.";
    InsecureUrl => "insecure-url", Warning, "An http:// link or image: browsers may block or warn about it on https sites. Use https.";
    UnsafeUrl => "unsafe-url", Error, "A URL with a scheme other than http(s) (javascript:, data:, …); the widget will not use it as a link or image. Use an https URL.";
    ImageNoAlt => "image-no-alt", Warning, "The image has no text alternative, so screen-reader users miss it. Describe it in `_news_widget.image_alt` (or mark it decorative with an empty string).";
    TitleLinkText => "title-link-text", Warning, "The title is generic link text (\"Read more\", \"Подробнее\"); in a list of links it tells nothing. Write a title that says what the news is.";
    TitleAllCaps => "title-all-caps", Warning, "The title is in capital letters, which is harder to read and is spelled out by some screen readers. Write it in sentence case.";
    TitleTooLong => "title-too-long", Tip, "The title is over 120 characters. Shorten it; put details in the summary.";
    SummaryTooLong => "summary-too-long", Tip, "The summary is over 400 characters and will be cut. Keep summaries short; the full text belongs on the page.";
    SummaryRepeatsTitle => "summary-repeats-title", Tip, "The summary repeats the title, so screen readers read it twice. Write a summary that adds something, or leave it out.";
    MarkupInText => "markup-in-text", Warning, "HTML tags or entities in a plain-text field (`title`, `summary`, `content_text`) show up as raw text in some readers. Put plain text there, HTML only in `content_html`.";
    NoLanguage => "no-language", Tip, "Neither the feed nor the item says its `language`, so screen readers may read it with the wrong voice. Add `language` (e.g. \"ru\").";
    WrongLanguage => "wrong-language", Warning, "The text is mostly in another script than the `language` says (e.g. Cyrillic marked \"en\"), so it is read with the wrong voice. Fix `language`.";
}

impl Rule {
    /// [`Rule::doc`] in Russian, for the editors' preview.
    pub fn doc_ru(self) -> &'static str {
        match self {
            Rule::InvalidJson => {
                "Лента — не корректный JSON. Исправьте синтаксис в указанной строке и столбце (часто это пропущенная запятая или кавычка либо вместо ленты отдаётся HTML-страница с ошибкой)."
            }
            Rule::NotAFeed => {
                "Документ не в одном из форматов, которые читает виджет (JSON Feed с массивом `items`, записи WordPress REST, RSS 2.0, Atom 1.0), или он пуст. Проверьте адрес ленты и её генератор."
            }
            Rule::InvalidXml => {
                "Лента — не корректный XML. Исправьте разметку в указанной строке и столбце (часто это неэкранированные `&` или `<` в заголовке либо незакрытый тег); новости после ошибки не показываются."
            }
            Rule::FeedExpired => {
                "В ленте указано `\"expired\": true`: издатель больше не будет её обновлять, и программы чтения могут перестать её запрашивать. Уберите этот флаг, если лента ещё используется."
            }
            Rule::HtmlPage => {
                "По адресу отдаётся веб-страница, а не лента: обычно страница ошибки, входа или неверный адрес. Укажите адрес самой ленты."
            }
            Rule::ItemNotObject => {
                "Элемент `items` — не объект, он пропущен. Удалите его или сделайте объектом новости."
            }
            Rule::NothingToShow => {
                "У новости нет ни заголовка, ни текста, ни ссылки, она не показывается. Добавьте `title` или `summary`."
            }
            Rule::NoTitle => {
                "У новости нет заголовка: виджет показывает только её текст или, если есть лишь ссылка, «Новость без заголовка», а это мало что говорит читателю. Дайте каждой новости `title`."
            }
            Rule::UnreadDate => {
                "Виджет не может прочитать эту дату, поэтому новость показывается без даты и может стоять не на своём месте. Запишите её по RFC 822 (Sat, 07 Dec 2024 10:00:00 +0300) или RFC 3339 (2024-12-07T10:00:00+03:00)."
            }
            Rule::FallbackField => {
                "Поле прочитано из заменяющего элемента (`dc:title`, `media:title`, `dcterms:…`), потому что стандартного нет; другие программы чтения лент могут туда не смотреть. Добавьте стандартный элемент (`title`, `pubDate`, `published` в Atom)."
            }
            Rule::MissingId => {
                "У новости нет `id`; он придумывается из адреса или позиции и меняется при перестановке. Задайте каждой новости постоянный `id`."
            }
            Rule::DuplicateId => {
                "У двух новостей одинаковый `id`, программы читателей считают их одной. Сделайте каждый `id` уникальным."
            }
            Rule::BadDate => {
                "Дата не в формате RFC 3339 (например, 2025-02-18T14:30:00+03:00), она не учитывается, и новость может встать не на своё место. Запишите дату в этом формате, с часовым поясом."
            }
            Rule::FutureDate => "Дата публикации в будущем. Проверьте дату и часовой пояс.",
            Rule::NoDate => {
                "У новости нет `date_published`: она стоит после датированных и показывается без даты. Добавьте дату публикации."
            }
            Rule::RelativeUrl => {
                "Относительный адрес, а `feed_url` или `home_page_url`, чтобы его разрешить, нет. Укажите полный адрес https или задайте ленте `feed_url`."
            }
            Rule::InsecureUrl => {
                "Ссылка или изображение по http://: на сайтах с https браузер может их заблокировать. Используйте https."
            }
            Rule::UnsafeUrl => {
                "Адрес со схемой, отличной от http(s) (javascript:, data: и т. п.); виджет не сделает из него ссылку или изображение. Укажите адрес https."
            }
            Rule::ImageNoAlt => {
                "У изображения нет текстовой альтернативы, незрячие читатели его пропустят. Опишите его в `_news_widget.image_alt` (или оставьте пустую строку, если оно декоративное)."
            }
            Rule::TitleLinkText => {
                "Заголовок — общий текст ссылки («Подробнее», «Read more»); в списке ссылок он ничего не говорит. Напишите заголовок, из которого ясно, о чём новость."
            }
            Rule::TitleAllCaps => {
                "Заголовок набран заглавными буквами: его труднее читать, а экранные читалки иногда читают его по буквам. Напишите его как обычное предложение."
            }
            Rule::TitleTooLong => {
                "Заголовок длиннее 120 символов. Сократите его, подробности перенесите в анонс."
            }
            Rule::SummaryTooLong => {
                "Анонс длиннее 400 символов и будет обрезан. Пишите короткий анонс, полный текст — на странице новости."
            }
            Rule::SummaryRepeatsTitle => {
                "Анонс повторяет заголовок, экранная читалка прочитает его дважды. Напишите анонс, который что-то добавляет, или уберите его."
            }
            Rule::MarkupInText => {
                "HTML-теги или сущности в текстовом поле (`title`, `summary`, `content_text`) в некоторых программах видны как есть. В этих полях — только текст, HTML — только в `content_html`."
            }
            Rule::NoLanguage => {
                "Ни лента, ни новость не указывают `language`, экранная читалка может выбрать не тот голос. Добавьте `language` (например, \"ru\")."
            }
            Rule::WrongLanguage => {
                "Текст в основном написан не тем алфавитом, что указан в `language` (например, кириллица с \"en\"), и читается не тем голосом. Исправьте `language`."
            }
        }
    }
}

/// One problem found, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Which check found it.
    pub rule: Rule,
    /// Position in `items` (0-based), when the finding is about an item.
    pub item: Option<usize>,
    /// The item's `id`, when it has one.
    pub item_id: Option<String>,
    /// The item's title (plain text), to find it in the preview.
    pub item_title: Option<String>,
    /// The field concerned (`title`, `image`, `date_published`…).
    pub field: Option<&'static str>,
    /// Specifics: the bad value, the line and column, the duplicate.
    pub detail: Option<String>,
}

/// Findings as a JSON array (`rule`, `severity`, `item`, `id`, `title`,
/// `field`, `detail`, `message`), with messages in Russian or English: the
/// CLI's `--format json` and the preview page's report.
pub fn to_json(findings: &[Finding], russian: bool) -> String {
    let mut out = Writer(String::from("["));
    for (n, f) in findings.iter().enumerate() {
        out.0.push_str(if n > 0 { ",{" } else { "{" });
        let item = f.item.map(|i| i.to_string());
        let message = if russian {
            f.rule.doc_ru()
        } else {
            f.rule.doc()
        };
        let fields = [
            ("rule", Some(f.rule.id())),
            ("severity", Some(f.rule.severity().as_str())),
            ("item", item.as_deref()),
            ("id", f.item_id.as_deref()),
            ("title", f.item_title.as_deref()),
            ("field", f.field),
            ("detail", f.detail.as_deref()),
            ("message", Some(message)),
        ];
        for (i, (key, value)) in fields.into_iter().enumerate() {
            if i > 0 {
                out.0.push(',');
            }
            out.string(key);
            out.0.push(':');
            match value {
                None => out.0.push_str("null"),
                // The item number is a JSON number.
                Some(number) if key == "item" => out.0.push_str(number),
                Some(text) => out.string(text),
            }
        }
        out.0.push('}');
    }
    out.0.push(']');
    out.0
}

/// Checks a feed's raw bytes. `now_ms` is the current time (for future
/// dates). Findings come in feed order, feed-level ones first.
pub fn lint(bytes: &[u8], now_ms: i64) -> Vec<Finding> {
    let text = feed::decode_utf8(bytes);
    match Reader::new(&text) {
        Err(error) => return vec![parse_error_finding(error)],
        Ok(reader) if reader.feed().format != Format::JsonFeed => {
            return lint_model(reader, now_ms);
        }
        Ok(_) => {}
    }
    // JSON Feed: read the raw fields, which say more than the model.
    let root = match json::parse_or_offset(&text) {
        Ok(root) => root,
        Err(offset) => {
            let error = json_scan::syntax_error(&text, offset);
            return vec![feed_finding(Rule::InvalidJson, Some(error.to_string()))];
        }
    };
    let Some(items) = root.get("items").and_then(Value::as_array) else {
        return vec![feed_finding(Rule::NotAFeed, None)];
    };
    let feed = root.as_object().cloned().unwrap_or_default();
    let has_base = ["feed_url", "home_page_url"]
        .iter()
        .any(|k| str_field(&feed, k).is_some_and(|u| u.starts_with("http")));
    let feed_language = str_field(&feed, "language");
    let mut out = Vec::new();
    if root.get("expired") == Some(&Value::Bool(true)) {
        out.push(feed_finding(Rule::FeedExpired, None));
    }
    let mut seen_ids: HashMap<String, usize> = HashMap::new();
    for (index, raw) in items.iter().enumerate() {
        let Some(item) = raw.as_object() else {
            out.push(Finding {
                item: Some(index),
                ..feed_finding(Rule::ItemNotObject, None)
            });
            continue;
        };
        let title = str_field(item, "title").map(html_to_text);
        let mut report = |rule: Rule, field: Option<&'static str>, detail: Option<String>| {
            out.push(Finding {
                rule,
                item: Some(index),
                item_id: id_text(item),
                item_title: title.clone().filter(|t| !t.is_empty()),
                field,
                detail,
            });
        };
        check_item(
            item,
            index,
            &mut report,
            &mut seen_ids,
            has_base,
            feed_language,
            now_ms,
        );
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn check_item(
    item: &Object,
    index: usize,
    report: &mut impl FnMut(Rule, Option<&'static str>, Option<String>),
    seen_ids: &mut HashMap<String, usize>,
    has_base: bool,
    feed_language: Option<&str>,
    now_ms: i64,
) {
    let title = str_field(item, "title").unwrap_or("").trim();
    let summary = str_field(item, "summary")
        .or_else(|| str_field(item, "content_text"))
        .unwrap_or("")
        .trim();
    let html_text = str_field(item, "content_html")
        .map(html_to_text)
        .unwrap_or_default();
    if title.is_empty() && summary.is_empty() && html_text.is_empty() {
        report(Rule::NothingToShow, None, None);
        return;
    }
    match id_text(item) {
        None => report(Rule::MissingId, Some("id"), None),
        Some(id) => {
            if let Some(first) = seen_ids.insert(id.clone(), index) {
                report(
                    Rule::DuplicateId,
                    Some("id"),
                    Some(format!("{id:?}, also item {}", first + 1)),
                );
            }
        }
    }
    match str_field(item, "date_published") {
        None => report(Rule::NoDate, Some("date_published"), None),
        Some(text) => match Timestamp::parse_rfc3339(text) {
            None => report(Rule::BadDate, Some("date_published"), Some(text.to_owned())),
            Some(t) if t.unix_ms > now_ms + 3_600_000 => report(
                Rule::FutureDate,
                Some("date_published"),
                Some(text.to_owned()),
            ),
            Some(_) => {}
        },
    }
    if let Some(text) =
        str_field(item, "date_modified").filter(|t| Timestamp::parse_rfc3339(t).is_none())
    {
        report(Rule::BadDate, Some("date_modified"), Some(text.to_owned()));
    }
    for field in ["url", "external_url", "image", "banner_image"] {
        let Some(url) = str_field(item, field) else {
            continue;
        };
        match url_kind(url) {
            UrlKind::Https => {}
            UrlKind::Http => report(Rule::InsecureUrl, Some(field), Some(url.to_owned())),
            UrlKind::Relative if !has_base => {
                report(Rule::RelativeUrl, Some(field), Some(url.to_owned()))
            }
            UrlKind::Relative => {}
            UrlKind::Unsafe => report(
                Rule::UnsafeUrl,
                Some(field),
                Some(url.chars().take(60).collect()),
            ),
        }
    }
    let has_image = str_field(item, "image")
        .or_else(|| str_field(item, "banner_image"))
        .is_some();
    let alt = item
        .get("_news_widget")
        .and_then(Value::as_object)
        .and_then(|e| e.get("image_alt"))
        .and_then(Value::as_str);
    if has_image && alt.is_none() {
        report(Rule::ImageNoAlt, Some("image"), None);
    }
    check_title(title, report);
    let shown_summary = if summary.is_empty() {
        html_text.as_str()
    } else {
        summary
    };
    if shown_summary.chars().count() > 400 {
        report(
            Rule::SummaryTooLong,
            Some("summary"),
            Some(format!("{} characters", shown_summary.chars().count())),
        );
    }
    if !title.is_empty() && fold(shown_summary) == fold(title) {
        report(Rule::SummaryRepeatsTitle, Some("summary"), None);
    }
    for field in ["title", "summary", "content_text"] {
        if str_field(item, field).is_some_and(has_markup) {
            report(Rule::MarkupInText, Some(field), None);
        }
    }
    let language = str_field(item, "language").or(feed_language);
    check_language(language, &format!("{title} {shown_summary}"), report);
}

/// The one finding for a feed that cannot be read at all.
fn parse_error_finding(error: ParseError) -> Finding {
    let rule = match &error {
        ParseError::Syntax {
            syntax: Syntax::Json,
            ..
        } => Rule::InvalidJson,
        ParseError::Syntax {
            syntax: Syntax::Xml,
            ..
        } => Rule::InvalidXml,
        ParseError::HtmlPage => Rule::HtmlPage,
        ParseError::Empty
        | ParseError::NotAFeed
        | ParseError::TooLarge { .. }
        | ParseError::NothingShowable { .. } => Rule::NotAFeed,
    };
    feed_finding(rule, Some(error.to_string()))
}

/// RSS, Atom and WordPress: the rules that make sense on the normalized
/// model (their raw fields differ too much to check one by one).
fn lint_model(mut reader: Reader<'_>, now_ms: i64) -> Vec<Finding> {
    while !reader.step(usize::MAX) {}
    let feed = reader.finish();
    let has_base = feed
        .home_page_url
        .as_deref()
        .is_some_and(|u| u.starts_with("http"));
    let mut out: Vec<Finding> = feed
        .skipped
        .iter()
        .map(|skipped| Finding {
            item: Some(skipped.index),
            ..feed_finding(
                match skipped.reason {
                    SkipReason::NotAnObject | SkipReason::Broken => Rule::ItemNotObject,
                    SkipReason::NothingToShow => Rule::NothingToShow,
                    SkipReason::DuplicateId => Rule::DuplicateId,
                },
                None,
            )
        })
        .collect();
    let mut first_with_id: HashMap<&str, usize> = HashMap::new();
    for (index, item) in feed.items.iter().enumerate() {
        let duplicate_of = first_with_id.get(item.id.as_str()).copied();
        first_with_id.entry(item.id.as_str()).or_insert(index);
        let mut report = |rule: Rule, field: Option<&'static str>, detail: Option<String>| {
            out.push(Finding {
                rule,
                item: Some(index),
                item_id: Some(item.id.clone()),
                item_title: item.title.clone(),
                field,
                detail,
            });
        };
        if let Some(first) = duplicate_of {
            report(
                Rule::DuplicateId,
                Some("id"),
                Some(format!("{:?}, also item {}", item.id, first + 1)),
            );
        }
        check_model_item(item, &mut report, has_base, now_ms);
    }
    out
}

fn check_model_item(
    item: &Item,
    report: &mut impl FnMut(Rule, Option<&'static str>, Option<String>),
    has_base: bool,
    now_ms: i64,
) {
    match item.published {
        None => report(Rule::NoDate, Some("date"), None),
        Some(t) if t.unix_ms > now_ms + 3_600_000 => {
            report(Rule::FutureDate, Some("date"), Some(t.to_rfc3339_utc()))
        }
        Some(_) => {}
    }
    let urls = [("link", item.url.as_deref())]
        .into_iter()
        .chain([("image", item.image.as_ref().map(|i| i.url.as_str()))])
        .chain(
            item.attachments
                .iter()
                .map(|a| ("enclosure", Some(a.url.as_str()))),
        );
    for (field, url) in urls {
        let Some(url) = url else { continue };
        match url_kind(url) {
            UrlKind::Https => {}
            UrlKind::Http => report(Rule::InsecureUrl, Some(field), Some(url.to_owned())),
            UrlKind::Relative if !has_base => {
                report(Rule::RelativeUrl, Some(field), Some(url.to_owned()))
            }
            UrlKind::Relative => {}
            UrlKind::Unsafe => report(
                Rule::UnsafeUrl,
                Some(field),
                Some(url.chars().take(60).collect()),
            ),
        }
    }
    if item.image.as_ref().is_some_and(|i| i.alt.is_none()) {
        report(Rule::ImageNoAlt, Some("image"), None);
    }
    if item.title.is_none() {
        report(Rule::NoTitle, Some("title"), None);
    }
    for note in &item.notes {
        match note {
            Note::UnreadDate(text) => {
                report(
                    Rule::UnreadDate,
                    Some("date"),
                    Some(text.chars().take(60).collect()),
                );
            }
            Note::Fallback { field, element } => {
                report(
                    Rule::FallbackField,
                    Some(field),
                    Some((*element).to_owned()),
                );
            }
        }
    }
    let title = item.title.as_deref().unwrap_or("");
    let summary = item.summary.as_deref().unwrap_or("");
    check_title(title, report);
    if !title.is_empty() && fold(summary) == fold(title) {
        report(Rule::SummaryRepeatsTitle, Some("summary"), None);
    }
    check_language(
        item.language.as_deref(),
        &format!("{title} {summary}"),
        report,
    );
}

/// Titles that say nothing in a list of links, shout, or run on.
fn check_title(title: &str, report: &mut impl FnMut(Rule, Option<&'static str>, Option<String>)) {
    if title.is_empty() {
        return;
    }
    if is_link_text(title) {
        report(Rule::TitleLinkText, Some("title"), Some(title.to_owned()));
    }
    if is_all_caps(title) {
        report(Rule::TitleAllCaps, Some("title"), None);
    }
    let length = title.chars().count();
    if length > 120 {
        report(
            Rule::TitleTooLong,
            Some("title"),
            Some(format!("{length} characters")),
        );
    }
}

/// A missing language, or one the text's script contradicts.
fn check_language(
    language: Option<&str>,
    text: &str,
    report: &mut impl FnMut(Rule, Option<&'static str>, Option<String>),
) {
    match language {
        None => report(Rule::NoLanguage, Some("language"), None),
        Some(lang) => {
            if let Some(script) = dominant_script(text).filter(|s| !script_fits(s, lang)) {
                report(
                    Rule::WrongLanguage,
                    Some("language"),
                    Some(format!("{lang:?}, but the text is {script}")),
                );
            }
        }
    }
}

fn feed_finding(rule: Rule, detail: Option<String>) -> Finding {
    Finding {
        rule,
        item: None,
        item_id: None,
        item_title: None,
        field: None,
        detail,
    }
}

fn str_field<'a>(obj: &'a Object, key: &str) -> Option<&'a str> {
    obj.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
}

fn id_text(item: &Object) -> Option<String> {
    match item.get("id")? {
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        _ => None,
    }
}

enum UrlKind {
    Https,
    Http,
    Relative,
    Unsafe,
}

/// Classifies a URL the way a browser would see its scheme: control
/// characters and whitespace are ignored, case does not matter.
fn url_kind(url: &str) -> UrlKind {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    if cleaned.starts_with("https://") {
        UrlKind::Https
    } else if cleaned.starts_with("http://") {
        UrlKind::Http
    } else if cleaned.starts_with("//") {
        UrlKind::Https
    } else if let Some(colon) = cleaned
        .find(':')
        .filter(|&c| !cleaned[..c].contains(['/', '?', '#']))
    {
        let _ = colon;
        UrlKind::Unsafe
    } else {
        UrlKind::Relative
    }
}

const LINK_TEXT: &[&str] = &[
    "read more",
    "more",
    "click here",
    "here",
    "details",
    "learn more",
    "continue reading",
    "подробнее",
    "читать далее",
    "далее",
    "читать",
    "ещё",
    "еще",
    "здесь",
    "перейти",
];

fn is_link_text(title: &str) -> bool {
    let folded = fold(title);
    LINK_TEXT.contains(&folded.trim_end_matches(['.', '…', '»', '>', ' ', '!']))
}

fn is_all_caps(title: &str) -> bool {
    let letters: Vec<char> = title.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 8 && letters.iter().all(|c| !c.is_lowercase())
}

fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn has_markup(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let tag = lower
        .match_indices('<')
        .any(|(i, _)| lower[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/'));
    let entity = ["&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&#"]
        .iter()
        .any(|e| lower.contains(e));
    tag || entity
}

fn dominant_script(text: &str) -> Option<&'static str> {
    let (mut latin, mut cyrillic) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        match c {
            'a'..='z' | 'A'..='Z' => latin += 1,
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            _ => {}
        }
    }
    let total = latin + cyrillic;
    if total < 20 {
        None
    } else if cyrillic * 10 >= total * 8 {
        Some("Cyrillic")
    } else if latin * 10 >= total * 8 {
        Some("Latin")
    } else {
        None
    }
}

/// Languages written in each script (the widget's audience).
fn script_fits(script: &str, lang: &str) -> bool {
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let cyrillic =
        ["ru", "be", "uk", "kk", "ky", "tg", "bg", "sr", "mk", "mn"].contains(&primary.as_str());
    let latin = [
        "en", "de", "fr", "es", "it", "pt", "uz", "az", "tr", "pl", "cs", "ro", "lv", "lt", "et",
        "fi", "nl", "sv", "da", "no", "tk",
    ]
    .contains(&primary.as_str());
    match script {
        "Cyrillic" => cyrillic || !latin,
        "Latin" => latin || !cyrillic,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_764_000_000_000; // 2025-11-24

    /// Rules found for one item (inside a feed with a base URL and a language).
    fn rules_for(item: &str) -> Vec<&'static str> {
        let feed = format!(
            r#"{{"feed_url":"https://c.example/feed.json","language":"en","items":[{item}]}}"#
        );
        lint(feed.as_bytes(), NOW)
            .iter()
            .map(|f| f.rule.id())
            .collect()
    }

    const GOOD: &str = r#"{"id":"1","url":"https://c.example/n/1","title":"The centre opens a new clinic","summary":"Patients can book from Monday.","date_published":"2025-02-18T10:00:00+03:00"}"#;

    fn with(extra: &str) -> String {
        format!("{},{extra}}}", &GOOD[..GOOD.len() - 1])
    }

    #[test]
    fn good_item_is_clean() {
        assert_eq!(rules_for(GOOD), Vec::<&str>::new());
    }
    #[test]
    fn invalid_json() {
        assert_eq!(lint(b"{", NOW)[0].rule, Rule::InvalidJson);
    }
    #[test]
    fn invalid_json_has_position() {
        assert!(
            lint(b"{\n  \"items\": [,]}", NOW)[0]
                .detail
                .as_deref()
                .unwrap()
                .contains("2:")
        );
    }
    #[test]
    fn not_a_feed() {
        assert_eq!(lint(b"{}", NOW)[0].rule, Rule::NotAFeed);
    }
    #[test]
    fn item_not_object() {
        assert_eq!(rules_for("7"), ["item-not-object"]);
    }
    #[test]
    fn item_empty() {
        assert_eq!(rules_for(r#"{"id":"1","title":" "}"#), ["item-empty"]);
    }
    #[test]
    fn missing_id() {
        assert!(
            rules_for(r#"{"title":"The centre opens a new clinic","date_published":"2025-01-01"}"#)
                .contains(&"missing-id")
        );
    }
    #[test]
    fn duplicate_id() {
        assert_eq!(rules_for(&format!("{GOOD},{GOOD}")), ["duplicate-id"]);
    }
    #[test]
    fn bad_date() {
        assert_eq!(
            rules_for(&GOOD.replace("2025-02-18T10:00:00+03:00", "18.02.2025")),
            ["bad-date"]
        );
    }
    #[test]
    fn bad_modified_date() {
        assert_eq!(rules_for(&with(r#""date_modified":"вчера""#)), ["bad-date"]);
    }
    #[test]
    fn future_date() {
        assert_eq!(
            rules_for(&GOOD.replace("2025-02-18", "2030-02-18")),
            ["future-date"]
        );
    }
    #[test]
    fn no_date() {
        assert_eq!(
            rules_for(&GOOD.replace(r#","date_published":"2025-02-18T10:00:00+03:00""#, "")),
            ["no-date"]
        );
    }
    #[test]
    fn relative_url_without_base() {
        let feed = format!(
            r#"{{"language":"en","items":[{}]}}"#,
            GOOD.replace("https://c.example/n/1", "/n/1")
        );
        assert_eq!(
            lint(feed.as_bytes(), NOW)
                .iter()
                .map(|f| f.rule.id())
                .collect::<Vec<_>>(),
            ["relative-url"]
        );
    }
    #[test]
    fn relative_url_with_base_is_fine() {
        assert_eq!(
            rules_for(&GOOD.replace("https://c.example/n/1", "/n/1")),
            Vec::<&str>::new()
        );
    }
    #[test]
    fn insecure_url() {
        assert_eq!(
            rules_for(&GOOD.replace("https://c.example", "http://c.example")),
            ["insecure-url"]
        );
    }
    #[test]
    fn unsafe_url() {
        assert_eq!(
            rules_for(&GOOD.replace("https://c.example/n/1", "java\\tscript:alert(1)")),
            ["unsafe-url"]
        );
    }
    #[test]
    fn data_url_is_unsafe() {
        assert_eq!(
            rules_for(&GOOD.replace("https://c.example/n/1", "DATA:text/html,x")),
            ["unsafe-url"]
        );
    }
    #[test]
    fn image_without_alt() {
        assert_eq!(
            rules_for(&with(r#""image":"https://c.example/i.jpg""#)),
            ["image-no-alt"]
        );
    }
    #[test]
    fn image_with_alt() {
        assert_eq!(
            rules_for(&with(
                r#""image":"https://c.example/i.jpg","_news_widget":{"image_alt":"A new clinic building"}"#
            )),
            Vec::<&str>::new()
        );
    }
    #[test]
    fn title_link_text() {
        assert_eq!(
            rules_for(&GOOD.replace("The centre opens a new clinic", "Read more…")),
            ["title-link-text"]
        );
    }
    #[test]
    fn title_link_text_russian() {
        assert!(
            rules_for(&GOOD.replace("The centre opens a new clinic", "Подробнее"))
                .contains(&"title-link-text")
        );
    }
    #[test]
    fn title_all_caps() {
        assert_eq!(
            rules_for(&GOOD.replace(
                "The centre opens a new clinic",
                "THE CENTRE OPENS A NEW CLINIC"
            )),
            ["title-all-caps"]
        );
    }
    #[test]
    fn short_acronym_is_not_caps() {
        assert_eq!(
            rules_for(&GOOD.replace("The centre opens a new clinic", "WHO visit")),
            Vec::<&str>::new()
        );
    }
    #[test]
    fn title_too_long() {
        assert_eq!(
            rules_for(&GOOD.replace("The centre opens a new clinic", &"word ".repeat(30))),
            ["title-too-long"]
        );
    }
    #[test]
    fn summary_too_long() {
        assert_eq!(
            rules_for(&GOOD.replace("Patients can book from Monday.", &"word ".repeat(90))),
            ["summary-too-long"]
        );
    }
    #[test]
    fn summary_repeats_title() {
        assert_eq!(
            rules_for(&GOOD.replace(
                "Patients can book from Monday.",
                "The centre opens a NEW clinic"
            )),
            ["summary-repeats-title"]
        );
    }
    #[test]
    fn markup_in_title() {
        assert_eq!(
            rules_for(&GOOD.replace("a new clinic", "a <b>new</b> clinic")),
            ["markup-in-text"]
        );
    }
    #[test]
    fn entity_in_summary() {
        assert_eq!(
            rules_for(&GOOD.replace("from Monday.", "from Monday &amp; Tuesday.")),
            ["markup-in-text"]
        );
    }
    #[test]
    fn less_than_in_text_is_fine() {
        assert_eq!(
            rules_for(&GOOD.replace("from Monday.", "from Monday, < 5 days.")),
            Vec::<&str>::new()
        );
    }
    #[test]
    fn no_language() {
        let feed = format!(r#"{{"feed_url":"https://c.example/f.json","items":[{GOOD}]}}"#);
        assert_eq!(
            lint(feed.as_bytes(), NOW)
                .iter()
                .map(|f| f.rule.id())
                .collect::<Vec<_>>(),
            ["no-language"]
        );
    }
    #[test]
    fn cyrillic_marked_english() {
        assert_eq!(
            rules_for(
                &GOOD
                    .replace(
                        "The centre opens a new clinic",
                        "Центр открывает новую клинику для пациентов"
                    )
                    .replace(
                        "Patients can book from Monday.",
                        "Запись открыта с понедельника."
                    )
            ),
            ["wrong-language"]
        );
    }
    #[test]
    fn item_language_overrides_feed() {
        assert_eq!(
            rules_for(
                &with(r#""language":"ru""#)
                    .replace(
                        "The centre opens a new clinic",
                        "Центр открывает новую клинику для пациентов"
                    )
                    .replace(
                        "Patients can book from Monday.",
                        "Запись открыта с понедельника."
                    )
            ),
            Vec::<&str>::new()
        );
    }
    #[test]
    fn findings_name_the_item() {
        let feed = format!(
            r#"{{"feed_url":"https://c.example/f.json","language":"en","items":[{}]}}"#,
            GOOD.replace("2025-02-18T10:00:00+03:00", "soon")
        );
        let finding = &lint(feed.as_bytes(), NOW)[0];
        assert_eq!(
            (
                finding.item,
                finding.item_id.as_deref(),
                finding.item_title.as_deref(),
                finding.field
            ),
            (
                Some(0),
                Some("1"),
                Some("The centre opens a new clinic"),
                Some("date_published")
            )
        );
    }
    fn rules_of(bytes: &[u8]) -> Vec<Rule> {
        lint(bytes, NOW).into_iter().map(|f| f.rule).collect()
    }
    #[test]
    fn expired_feed_named() {
        assert_eq!(
            rules_of(br#"{"expired":true,"items":[]}"#),
            [Rule::FeedExpired]
        );
    }
    #[test]
    fn html_page_named() {
        assert_eq!(
            rules_of(b"<!DOCTYPE html><title>404</title>"),
            [Rule::HtmlPage]
        );
    }
    #[test]
    fn broken_xml_named() {
        assert_eq!(
            rules_of(b"<rss version=\"2.0\"><channel><title>x</chan"),
            [Rule::InvalidXml]
        );
    }
    #[test]
    fn empty_response_is_not_a_feed() {
        assert_eq!(rules_of(b"  "), [Rule::NotAFeed]);
    }
    #[test]
    fn rss_item_rules() {
        let rss = br#"<rss version="2.0"><channel><title>T</title><link>https://e.org/</link><language>en</language>
            <item><title>READ MORE</title><link>javascript:alert(1)</link><guid>1</guid></item>
            <item><title>Fine</title><link>https://e.org/2</link><guid>1</guid><pubDate>Mon, 01 Jan 2024 10:00:00 +0300</pubDate></item>
            </channel></rss>"#;
        let rules = rules_of(rss);
        for expected in [
            Rule::DuplicateId,
            Rule::NoDate,
            Rule::UnsafeUrl,
            Rule::TitleLinkText,
            Rule::TitleAllCaps,
        ] {
            assert!(rules.contains(&expected), "{expected:?} in {rules:?}");
        }
    }
    #[test]
    fn rss_untitled_unread_date_and_stand_in() {
        let rss = br#"<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><language>en</language>
            <item><link>https://e.org/1</link><pubDate>next Tuesday</pubDate></item>
            <item><dc:title>Stand-in</dc:title><link>https://e.org/2</link><pubDate>Mon, 01 Jan 2024 10:00:00 +0300</pubDate></item>
            </channel></rss>"#;
        let findings = lint(rss, 0);
        let find = |rule| findings.iter().find(|f| f.rule == rule);
        assert_eq!(
            find(Rule::NoTitle).and_then(|f| f.item_id.as_deref()),
            Some("https://e.org/1")
        );
        assert_eq!(
            find(Rule::UnreadDate).and_then(|f| f.detail.as_deref()),
            Some("next Tuesday")
        );
        let stand_in = find(Rule::FallbackField).unwrap();
        assert_eq!(
            (stand_in.field, stand_in.detail.as_deref()),
            (Some("title"), Some("dc:title"))
        );
        assert!(find(Rule::NothingToShow).is_none());
    }
    #[test]
    fn wordpress_is_linted_through_the_model() {
        let wp = br#"[{"id":1,"link":"http://e.org/1","title":{"rendered":"Title"},"date_gmt":"2024-01-01T00:00:00"}]"#;
        let rules = rules_of(wp);
        assert!(rules.contains(&Rule::InsecureUrl), "{rules:?}");
        assert!(!rules.contains(&Rule::NotAFeed));
    }
    #[test]
    fn every_rule_has_a_russian_doc() {
        assert!(
            Rule::ALL
                .iter()
                .all(|r| r.doc_ru().chars().any(|c| ('а'..='я').contains(&c)))
        );
    }
    #[test]
    fn every_rule_is_documented() {
        for rule in Rule::ALL {
            assert!(
                rule.doc().len() > 40
                    && rule
                        .id()
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{rule:?}"
            );
        }
    }
}
