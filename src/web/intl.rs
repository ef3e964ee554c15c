//! Dates, plural categories and lists in the reader's language, from the
//! browser's `Intl` (no calendar or plural data is compiled into the wasm).

use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// `Intl` formatters for one UI locale.
pub struct Formatters {
    locales: Array,
    date: Intl::DateTimeFormat,
    plural: Intl::PluralRules,
    /// `Intl.ListFormat` is missing in older browsers (Safari < 14.1).
    list: Option<Intl::ListFormat>,
}

impl Formatters {
    /// Formatters for a BCP 47 tag. An unknown tag falls back to the
    /// browser's default inside `Intl` itself.
    pub fn new(tag: &str) -> Self {
        let locales = Array::of1(&JsValue::from_str(tag));
        let date_options = Object::new();
        let _ = Reflect::set(&date_options, &"dateStyle".into(), &"long".into());
        Self {
            date: Intl::DateTimeFormat::new(&locales, &date_options),
            plural: Intl::PluralRules::new(&locales, &Object::new()),
            list: has_intl("ListFormat").then(|| Intl::ListFormat::new(&locales, &Object::new())),
            locales,
        }
    }

    /// A date in the reader's time zone, e.g. "7 December 2024" or
    /// "7 декабря 2024 г.".
    pub fn date(&self, unix_ms: i64) -> String {
        let date = Date::new(&JsValue::from_f64(unix_ms as f64));
        self.date
            .format()
            .call1(&JsValue::NULL, &date)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    }

    /// "yesterday", "2 days ago", "today" for dates in the last week, by the
    /// reader's calendar days (their time zone); `None` for older dates.
    pub fn relative_days(&self, unix_ms: i64, now_ms: f64) -> Option<String> {
        let day = |ms: f64| {
            let d = Date::new(&JsValue::from_f64(ms));
            // Local midnight → whole days since the epoch in local time.
            (Date::utc(f64::from(d.get_full_year()), f64::from(d.get_month()))
                + f64::from(d.get_date() - 1) * 86_400_000.0)
                / 86_400_000.0
        };
        let days = (day(unix_ms as f64) - day(now_ms)).round();
        if !(-6.0..=0.0).contains(&days) {
            return None;
        }
        let options = Object::new();
        let _ = Reflect::set(&options, &"numeric".into(), &"auto".into());
        let format = Intl::RelativeTimeFormat::new(&self.locales, &options);
        Some(format.format(days, "day").into())
    }

    /// The CLDR plural category of `n` ("one", "few", "many", "other"…).
    pub fn plural(&self, n: usize) -> String {
        self.plural.select(n as f64).into()
    }

    /// A percentage in the locale's style: "150%", "150 %", "%150".
    pub fn percent(&self, value: u16) -> String {
        format_percent(&self.locales, value)
    }

    /// A whole number in the locale's digits and grouping ("1 234", "١٢").
    pub fn number(&self, n: usize) -> String {
        Intl::NumberFormat::new(&self.locales, &Object::new())
            .format()
            .call1(&JsValue::NULL, &JsValue::from_f64(n as f64))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| n.to_string())
    }

    /// "A, B and C" / "A, B и C" (or "A, B, C" without `Intl.ListFormat`).
    pub fn list(&self, items: &[String]) -> String {
        match &self.list {
            Some(list) => {
                let array: Array = items.iter().map(|s| JsValue::from_str(s)).collect();
                list.format(&array).into()
            }
            None => items.join(", "),
        }
    }
}

/// A percentage in the style of `tag`, building only the one formatter it
/// needs (the settings panel calls this on every change, in every widget).
pub fn percent(tag: &str, value: u16) -> String {
    format_percent(&Array::of1(&JsValue::from_str(tag)), value)
}

fn format_percent(locales: &Array, value: u16) -> String {
    let options = Object::new();
    let _ = Reflect::set(&options, &"style".into(), &"percent".into());
    Intl::NumberFormat::new(locales, &options)
        .format()
        .call1(&JsValue::NULL, &JsValue::from_f64(f64::from(value) / 100.0))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| format!("{value}%"))
}

/// Whether `Intl.<name>` exists in this browser.
fn has_intl(name: &str) -> bool {
    Reflect::get(&js_sys::global(), &"Intl".into())
        .and_then(|intl| Reflect::get(&intl, &name.into()))
        .is_ok_and(|v| v.is_function())
}
