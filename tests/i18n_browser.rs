//! Plural and date rules from the browser's `Intl`, checked in headless
//! Chromium for English, Russian and Arabic (all six CLDR plural forms).
#![cfg(target_arch = "wasm32")]

use news_widget::feed::Timestamp;
use news_widget::i18n::{Locale, Msg};
use news_widget::web::intl::Formatters;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

/// "N news items" as the widget announces it, with `tag`'s message file
/// installed as the loader would.
fn items(tag: &str, n: usize) -> String {
    let file = LOCALE_FILES.iter().find(|(t, _)| *t == tag).unwrap().1;
    assert!(news_widget::i18n::install(tag, file));
    let locale = Locale::negotiate([tag]);
    let f = Formatters::new(locale.tag());
    locale.format(Msg::Loaded, Some(&f.plural(n)), &[("count", &f.number(n))])
}

#[wasm_bindgen_test]
fn english_plurals() {
    assert_eq!(items("en", 1), "1 news item");
    assert_eq!(items("en", 2), "2 news items");
    assert_eq!(items("en", 0), "0 news items");
}

#[wasm_bindgen_test]
fn russian_plurals() {
    assert_eq!(items("ru", 1), "1 новость");
    assert_eq!(items("ru", 2), "2 новости");
    assert_eq!(items("ru", 5), "5 новостей");
    assert_eq!(items("ru", 11), "11 новостей");
    assert_eq!(items("ru", 21), "21 новость");
    assert_eq!(items("ru", 22), "22 новости");
}

#[wasm_bindgen_test]
fn arabic_six_plural_forms() {
    let f = Formatters::new("ar");
    let categories: Vec<String> = [0, 1, 2, 3, 11, 100].iter().map(|&n| f.plural(n)).collect();
    assert_eq!(categories, ["zero", "one", "two", "few", "many", "other"]);
    assert_eq!(items("ar", 0), "لا توجد أخبار");
    assert_eq!(items("ar", 1), "خبر واحد");
    assert_eq!(items("ar", 2), "خبران");
    assert_eq!(items("ar", 3), format!("{} أخبار", f.number(3)));
    assert_eq!(items("ar", 11), format!("{} خبرًا", f.number(11)));
    assert_eq!(items("ar", 100), format!("{} خبر", f.number(100)));
}

#[wasm_bindgen_test]
fn dates_in_the_ui_language() {
    // Noon UTC: the same calendar day in every time zone from UTC−11 to UTC+11.
    let noon = Timestamp::parse_rfc3339("2024-12-07T12:00:00Z")
        .unwrap()
        .unix_ms;
    assert_eq!(Formatters::new("en").date(noon), "December 7, 2024");
    assert_eq!(Formatters::new("ru").date(noon), "7 декабря 2024 г.");
    assert!(
        Formatters::new("ar").date(noon).contains("ديسمبر"),
        "{}",
        Formatters::new("ar").date(noon)
    );
    assert!(Formatters::new("zh").date(noon).contains("2024年12月7日"));
}

#[wasm_bindgen_test]
fn relative_dates_by_calendar_day() {
    let now = js_sys::Date::now();
    let day = 86_400_000.0;
    let en = Formatters::new("en");
    assert_eq!(
        en.relative_days((now - day) as i64, now).as_deref(),
        Some("yesterday")
    );
    assert_eq!(
        en.relative_days((now - 3.0 * day) as i64, now).as_deref(),
        Some("3 days ago")
    );
    assert_eq!(
        Formatters::new("ru")
            .relative_days((now - 2.0 * day) as i64, now)
            .as_deref(),
        Some("позавчера")
    );
    assert_eq!(
        en.relative_days((now - 30.0 * day) as i64, now),
        None,
        "older than a week: absolute date"
    );
}

#[wasm_bindgen_test]
fn percentages_and_numbers() {
    assert_eq!(Formatters::new("en").percent(150), "150%");
    assert_eq!(Formatters::new("de").percent(150), "150\u{a0}%");
    assert_eq!(Formatters::new("ru").number(1234), "1\u{a0}234");
}

#[wasm_bindgen_test]
fn a_locale_whose_file_never_came_speaks_english() {
    // Georgian: no test in this file installs it.
    let georgian = Locale::negotiate(["ka"]);
    assert!(!georgian.is_available());
    assert_eq!(
        georgian.text(Msg::Retry),
        Locale::english().text(Msg::Retry)
    );
}
