//! Dates, plural categories and lists in the reader's language, from the
//! browser's `Intl` (no calendar or plural data is compiled into the wasm).

use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// `Intl` formatters for one UI locale.
pub struct Formatters {
    date: Intl::DateTimeFormat,
    plural: Intl::PluralRules,
    list: Intl::ListFormat,
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
            list: Intl::ListFormat::new(&locales, &Object::new()),
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

    /// The CLDR plural category of `n` ("one", "few", "many", "other"…).
    pub fn plural(&self, n: usize) -> String {
        self.plural.select(n as f64).into()
    }

    /// "A, B and C" / "A, B и C".
    pub fn list(&self, items: &[String]) -> String {
        let array: Array = items.iter().map(|s| JsValue::from_str(s)).collect();
        self.list.format(&array).into()
    }
}
