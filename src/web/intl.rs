//! Dates, plural categories and lists in the reader's language, from the
//! browser's `Intl` (no calendar or plural data is compiled into the wasm).

use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `Intl` formatters for one UI locale.
pub struct Formatters {
    tag: String,
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
            tag: tag.to_owned(),
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
        format_number(&self.locales, n as f64, &[]).unwrap_or_else(|| n.to_string())
    }

    /// A date with the time of day, for "saved on …" ("23 November 2026 at
    /// 14:05"): a copy from this morning and one from last night differ.
    pub fn date_time(&self, unix_ms: i64) -> String {
        let options = Object::new();
        let _ = Reflect::set(&options, &"dateStyle".into(), &"long".into());
        let _ = Reflect::set(&options, &"timeStyle".into(), &"short".into());
        let date = Date::new(&JsValue::from_f64(unix_ms as f64));
        Intl::DateTimeFormat::new(&self.locales, &options)
            .format()
            .call1(&JsValue::NULL, &date)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| self.date(unix_ms))
    }

    /// A file size in the locale's words and digits ("1.2 MB", "1,2 МБ",
    /// "350 kB"), with units from `Intl` rather than a table in the wasm.
    pub fn file_size(&self, bytes: u64) -> String {
        let (value, unit) = match bytes {
            0..1_000_000 => ((bytes as f64 / 1000.0).ceil(), "kilobyte"),
            _ => (bytes as f64 / 1_000_000.0, "megabyte"),
        };
        format_number(
            &self.locales,
            value,
            &[
                ("style", "unit".into()),
                ("unit", unit.into()),
                ("maximumFractionDigits", 1.into()),
            ],
        )
        .unwrap_or_else(|| format!("{bytes} B"))
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
    format_number(
        locales,
        f64::from(value) / 100.0,
        &[("style", "percent".into())],
    )
    .unwrap_or_else(|| format!("{value}%"))
}

/// `Intl.NumberFormat(locales, options).format(value)`; `None` when the
/// browser refuses the options (an old one without unit styles throws a
/// `RangeError`, which must not unwind through the wasm).
fn format_number(locales: &Array, value: f64, options: &[(&str, JsValue)]) -> Option<String> {
    let object = Object::new();
    for (key, option) in options {
        let _ = Reflect::set(&object, &(*key).into(), option);
    }
    let class = Reflect::get(&js_sys::global(), &"Intl".into())
        .and_then(|intl| Reflect::get(&intl, &"NumberFormat".into()))
        .ok()?;
    let formatter = Reflect::construct(
        class.dyn_ref::<js_sys::Function>()?,
        &Array::of2(locales, &object),
    )
    .ok()?;
    Reflect::get(&formatter, &"format".into())
        .ok()?
        .dyn_ref::<js_sys::Function>()?
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()?
        .as_string()
}

/// The formatters for `tag`, built once per page: building `Intl` objects
/// is slow, and a list renders many items.
pub fn cached(tag: &str) -> std::rc::Rc<Formatters> {
    thread_local! {
        static CACHE: std::cell::RefCell<Vec<std::rc::Rc<Formatters>>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(found) = cache.iter().find(|f| f.tag == tag) {
            return found.clone();
        }
        let made = std::rc::Rc::new(Formatters::new(tag));
        cache.push(made.clone());
        made
    })
}

/// Whether `Intl.<name>` exists in this browser.
fn has_intl(name: &str) -> bool {
    Reflect::get(&js_sys::global(), &"Intl".into())
        .and_then(|intl| Reflect::get(&intl, &name.into()))
        .is_ok_and(|v| v.is_function())
}
