//! RFC 3339 timestamps, as JSON Feed and Atom use, and RFC 2822 ones, as
//! RSS `pubDate` uses, turned into milliseconds since the Unix epoch.
//!
//! Owns parsing only; formatting for readers is the browser's job
//! (`Intl.DateTimeFormat` in the web shell), so no calendar data ships here.

/// A point in time read from a feed: the instant, for sorting, and a
/// normalized RFC 3339 string in UTC for `<time datetime>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timestamp {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    pub unix_ms: i64,
}

impl Timestamp {
    /// Reads a date in any form RSS and Atom feeds write one: RFC 3339 and
    /// the rest of W3C-DTF (`2003`, `2003-12`, no seconds), SQL style
    /// (`2004-07-08 23:56:58`, taken as UTC), and RFC 822/2822 with the
    /// variants [`Timestamp::parse_rfc2822`] takes. `None` when the text is
    /// none of them: a date that cannot be read is no date, never a guess.
    pub fn parse_feed_date(text: &str) -> Option<Self> {
        iso(text, true).or_else(|| Self::parse_rfc2822(text))
    }

    /// Reads an RFC 3339 date-time (`2024-12-07T10:00:00+03:00`, fraction and
    /// `Z` allowed, `t`/space separator tolerated) or a plain date
    /// (`2024-12-07`, taken as midnight UTC): JSON Feed's only form.
    /// Anything else is `None`: a bad date drops the date, not the item.
    pub fn parse_rfc3339(text: &str) -> Option<Self> {
        iso(text, false)
    }

    /// Reads an RFC 822/2822 date-time, the RSS `pubDate` form: `Mon, 01
    /// Jan 2024 10:00:00 +0300`. Lenient the way feeds need: the weekday is
    /// optional (and not checked), the month may come before the day, the
    /// year may have 2 digits (`24` is 2024, `99` is 1999), the time or its
    /// seconds may be left out, months may be English (any case, full or
    /// cut: `Sept`), Russian (`19 Фев 2025`, `19 февраля 2025 г.`), German,
    /// French or Spanish, and the zone (see [`zone_offset`]) may be missing
    /// (taken as UTC) or followed by a comment (`(MSK)`).
    pub fn parse_rfc2822(text: &str) -> Option<Self> {
        let (mut day, mut month, mut year, mut time) = (None, None, None, None);
        let mut month_at = 0;
        let mut zone = None;
        let parts = text
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|p| !p.is_empty());
        for (at, part) in parts.enumerate() {
            let dated = day.is_some() || month.is_some() || year.is_some();
            if part.starts_with(|c: char| c.is_ascii_digit()) {
                if part.contains(':') && time.is_none() && dated {
                    time = Some(clock(part)?);
                    continue;
                }
                let n = number(part, 1, 4)?;
                match part.len() {
                    4 if year.is_none() => year = Some(n),
                    1 | 2 if day.is_none() => day = Some(n),
                    2 if year.is_none() => year = Some(if n < 50 { n + 2000 } else { n + 1900 }),
                    _ => return None,
                }
            } else if let Some(m) = month_number(part) {
                // A Spanish weekday may look like a month (`mar`, Tuesday).
                if month.is_some() && month_at != 0 {
                    return None;
                }
                (month, month_at) = (Some(m), at);
            } else if !dated && part.trim_end_matches('.').chars().all(char::is_alphabetic) {
                // A weekday, in any language: not checked.
            } else if matches!(part, "г." | "г") {
                // Russian "year".
            } else if part.starts_with('(') && zone.is_some() {
                break;
            } else if zone.is_none() && year.is_some() {
                zone = Some(zone_offset(part)?);
            } else {
                return None;
            }
        }
        let (day, month, year) = (day?, month?, year?);
        let (hour, minute, second) = time.unwrap_or((0, 0, 0));
        if day < 1 || day > days_in_month(year, month) {
            return None;
        }
        let days = days_from_civil(year, month, day);
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - zone.unwrap_or(0) * 60;
        Some(Self {
            unix_ms: seconds * 1000,
        })
    }

    /// The instant as `YYYY-MM-DDTHH:MM:SSZ`, the form `<time datetime>` and
    /// every browser understand.
    pub fn to_rfc3339_utc(self) -> String {
        let seconds = self.unix_ms.div_euclid(1000);
        let days = seconds.div_euclid(86_400);
        let rem = seconds.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
            rem / 3600,
            rem / 60 % 60,
            rem % 60
        )
    }
}

/// RFC 3339; when `lenient`, the rest of W3C-DTF too (a year, a month,
/// no seconds) and no zone (UTC), as SQL-minded generators write.
fn iso(text: &str, lenient: bool) -> Option<Timestamp> {
    let s = text.trim().as_bytes();
    let year = digits(s, 0, 4)?;
    let partial = |len| lenient && s.len() == len;
    let month = if partial(4) {
        1
    } else {
        expect(s, 4, b'-')?;
        digits(s, 5, 2)?
    };
    let day = if partial(4) || partial(7) {
        1
    } else {
        expect(s, 7, b'-')?;
        digits(s, 8, 2)?
    };
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let days = days_from_civil(year, month, day);
    if s.len() <= 10 {
        return Some(Timestamp {
            unix_ms: days * 86_400_000,
        });
    }
    if !matches!(s.get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let hour = digits(s, 11, 2)?;
    expect(s, 13, b':')?;
    let minute = digits(s, 14, 2)?;
    let mut pos = 16;
    let mut second = 0;
    if lenient && s.get(pos) != Some(&b':') {
        // W3C-DTF `hh:mm`.
    } else {
        expect(s, pos, b':')?;
        second = digits(s, pos + 1, 2)?;
        pos += 3;
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut millis = 0;
    if s.get(pos) == Some(&b'.') {
        pos += 1;
        let start = pos;
        while s.get(pos).is_some_and(u8::is_ascii_digit) {
            if pos - start < 3 {
                millis = millis * 10 + i64::from(s[pos] - b'0');
            }
            pos += 1;
        }
        if pos == start {
            return None;
        }
        for _ in (pos - start)..3 {
            millis *= 10;
        }
    }
    let offset_minutes = match s.get(pos) {
        None if lenient => 0,
        Some(b'Z' | b'z') if s.len() == pos + 1 => 0,
        Some(&sign @ (b'+' | b'-')) if s.len() == pos + 6 => {
            let h = digits(s, pos + 1, 2)?;
            expect(s, pos + 3, b':')?;
            let m = digits(s, pos + 4, 2)?;
            if h > 23 || m > 59 {
                return None;
            }
            let total = h * 60 + m;
            if sign == b'-' { -total } else { total }
        }
        _ => return None,
    };
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second.min(59) - offset_minutes * 60;
    Some(Timestamp {
        unix_ms: seconds * 1000 + millis,
    })
}

/// `hh:mm` or `hh:mm:ss` (a leap second read as :59).
fn clock(text: &str) -> Option<(i64, i64, i64)> {
    let mut parts = text.split(':');
    let hour = number(parts.next()?, 1, 2)?;
    let minute = number(parts.next()?, 2, 2)?;
    let second = parts.next().map_or(Some(0), |s| number(s, 2, 2))?;
    (parts.next().is_none() && hour <= 23 && minute <= 59 && second <= 60).then_some((
        hour,
        minute,
        second.min(59),
    ))
}

/// A number written with `min..=max` ASCII digits and nothing else.
fn number(s: &str, min: usize, max: usize) -> Option<i64> {
    if !(min..=max).contains(&s.len()) {
        return None;
    }
    digits(s.as_bytes(), 0, s.len())
}

/// A month by its name or abbreviation, from its first three letters in
/// any case: English (`Sept`, `January`), Russian (`фев`, `февраля`,
/// `Май`), German, French and Spanish, as CMSs localize them.
fn month_number(name: &str) -> Option<i64> {
    /// Three-letter stems, twelve to a row; French `juin` and `juil`
    /// share `jui`, told apart by the fourth letter.
    const STEMS: [&str; 6] = [
        "janfebmaraprmayjunjulaugsepoctnovdec",
        "янвфевмарапрмаяиюниюлавгсеноктноядек",
        "jänfebmrzaprmaijunjulaugsepoktnovdez",
        "janfévmaravrmaijuijulaoûsepoctnovdéc",
        "enefebmarabrmayjunjulagosepoctnovdic",
        // Unaccented French, Austrian `Jän`, `März`, Italian `set`, Russian `май`.
        "jänfevmäravrмайjuijulaousetoctnovdec",
    ];
    let name = super::fold_case(name);
    let mut letters = name.chars();
    let stem = [letters.next()?, letters.next()?, letters.next()?];
    // Compared three characters at a time, without collecting the rows.
    let found = STEMS.iter().find_map(|row| {
        let mut chars = row.chars();
        (1..=12).find(|_| {
            let candidate = [chars.next(), chars.next(), chars.next()];
            candidate == stem.map(Some)
        })
    });
    match (found?, letters.next()) {
        (6, Some('l')) if stem == ['j', 'u', 'i'] => Some(7),
        (month, _) => Some(month),
    }
}

/// A zone as feeds write it, in minutes east of UTC: `+hhmm`, `-hh:mm`,
/// `+hh`; `GMT+03:00`, `UTC-5`; `Etc/GMT-3` (POSIX: the sign inverted,
/// so UTC+3); `GMT`/`UT`/`UTC`/`Z`; North American (`EST`…`PDT`, `AST`,
/// `ADT`, and `AT`/`ET`/`CT`/`MT`/`PT`, standard time), European (`WET`,
/// `CET`, `MET`, `EET` and their summer `…ST`), `MSK`; and the military
/// letters with the signs RFC 822 gives them (`A` is −1 hour, `N` +1).
fn zone_offset(zone: &str) -> Option<i64> {
    let upper = zone.to_ascii_uppercase();
    if let Some(rest) = upper.strip_prefix("ETC/GMT") {
        return if rest.is_empty() {
            Some(0)
        } else {
            signed(rest).map(|m| -m)
        };
    }
    let rest = ["GMT", "UTC", "UT"]
        .iter()
        .find_map(|p| upper.strip_prefix(p))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(&upper);
    if rest.starts_with(['+', '-']) {
        return signed(rest);
    }
    let hours = match rest {
        "GMT" | "UT" | "UTC" | "Z" | "WET" => 0,
        "WEST" | "CET" | "MET" => 1,
        "CEST" | "MEST" | "EET" => 2,
        "EEST" | "MSK" => 3,
        "MSD" => 4,
        "ADT" => -3,
        "AST" | "AT" | "EDT" => -4,
        "EST" | "ET" | "CDT" => -5,
        "CST" | "CT" | "MDT" => -6,
        "MST" | "MT" | "PDT" => -7,
        "PST" | "PT" => -8,
        military if military.len() == 1 => match military.as_bytes()[0] {
            b @ b'A'..=b'I' => -i64::from(b - b'A' + 1),
            b @ b'K'..=b'M' => -i64::from(b - b'K' + 10),
            b @ b'N'..=b'Y' => i64::from(b - b'N' + 1),
            _ => return None,
        },
        _ => return None,
    };
    Some(hours * 60)
}

/// `+hhmm`, `+hh:mm`, `+h` or `+hh` (or `-`), in minutes.
fn signed(text: &str) -> Option<i64> {
    let negative = text.starts_with('-');
    let rest = text.strip_prefix(['+', '-'])?;
    let (h, m) = match rest.split_once(':') {
        Some((h, m)) => (number(h, 1, 2)?, number(m, 2, 2)?),
        None if rest.len() == 4 => (number(rest.get(..2)?, 2, 2)?, number(rest.get(2..)?, 2, 2)?),
        None => (number(rest, 1, 2)?, 0),
    };
    if h > 23 || m > 59 {
        return None;
    }
    let total = h * 60 + m;
    Some(if negative { -total } else { total })
}

fn digits(s: &[u8], at: usize, len: usize) -> Option<i64> {
    let part = s.get(at..at + len)?;
    part.iter().try_fold(0i64, |acc, b| {
        b.is_ascii_digit().then(|| acc * 10 + i64::from(b - b'0'))
    })
}

fn expect(s: &[u8], at: usize, byte: u8) -> Option<()> {
    (s.get(at) == Some(&byte)).then_some(())
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::Timestamp;

    fn ms(s: &str) -> Option<i64> {
        Timestamp::parse_rfc3339(s).map(|t| t.unix_ms)
    }

    #[test]
    fn epoch() {
        assert_eq!(ms("1970-01-01T00:00:00Z"), Some(0));
    }
    #[test]
    fn utc() {
        assert_eq!(ms("2024-12-07T10:00:00Z"), Some(1_733_565_600_000));
    }
    #[test]
    fn moscow_offset() {
        assert_eq!(ms("2024-12-07T13:00:00+03:00"), Some(1_733_565_600_000));
    }
    #[test]
    fn negative_offset() {
        assert_eq!(ms("2024-12-07T05:00:00-05:00"), Some(1_733_565_600_000));
    }
    #[test]
    fn fraction() {
        assert_eq!(ms("1970-01-01T00:00:01.5Z"), Some(1500));
    }
    #[test]
    fn long_fraction() {
        assert_eq!(ms("1970-01-01T00:00:00.123456Z"), Some(123));
    }
    #[test]
    fn lowercase_and_space() {
        assert_eq!(ms("1970-01-01 00:00:00z"), Some(0));
    }
    #[test]
    fn date_only() {
        assert_eq!(ms("2025-02-18"), Some(1_739_836_800_000));
    }
    #[test]
    fn leap_day() {
        assert!(ms("2024-02-29T00:00:00Z").is_some());
    }
    #[test]
    fn not_leap_day() {
        assert_eq!(ms("2025-02-29T00:00:00Z"), None);
    }
    #[test]
    fn no_zone() {
        assert_eq!(ms("2024-12-07T10:00:00"), None);
    }
    #[test]
    fn bad_month() {
        assert_eq!(ms("2024-13-01T00:00:00Z"), None);
    }
    #[test]
    fn bad_hour() {
        assert_eq!(ms("2024-12-01T24:00:00Z"), None);
    }
    #[test]
    fn words() {
        assert_eq!(ms("yesterday"), None);
    }
    #[test]
    fn rfc822_is_not_rfc3339() {
        assert_eq!(ms("Sat, 07 Dec 2024 10:00:00 +0300"), None);
    }
    #[test]
    fn trailing_garbage() {
        assert_eq!(ms("2024-12-07T10:00:00Zjunk"), None);
    }
    #[test]
    fn empty_fraction() {
        assert_eq!(ms("2024-12-07T10:00:00.Z"), None);
    }
    #[test]
    fn non_ascii_does_not_panic() {
        assert_eq!(ms("2024-12-07T10:00:00+03:0é"), None);
    }
    #[test]
    fn before_epoch() {
        assert_eq!(ms("1969-12-31T23:59:59Z"), Some(-1000));
    }

    fn rfc2822(s: &str) -> Option<i64> {
        Timestamp::parse_rfc2822(s).map(|t| t.unix_ms)
    }

    // 2024-12-07T10:00:00Z, written the ways RSS feeds write it.
    const DEC7: Option<i64> = Some(1_733_565_600_000);

    #[test]
    fn rfc2822_moscow() {
        assert_eq!(rfc2822("Sat, 07 Dec 2024 13:00:00 +0300"), DEC7);
    }
    #[test]
    fn rfc2822_gmt() {
        assert_eq!(rfc2822("Sat, 07 Dec 2024 10:00:00 GMT"), DEC7);
    }
    #[test]
    fn rfc2822_ut_utc_z() {
        for zone in ["UT", "UTC", "Z", "utc", "+0000", "-0000"] {
            assert_eq!(
                rfc2822(&format!("07 Dec 2024 10:00:00 {zone}")),
                DEC7,
                "{zone}"
            );
        }
    }
    #[test]
    fn rfc2822_negative_offset() {
        assert_eq!(rfc2822("Sat, 07 Dec 2024 05:00:00 -0500"), DEC7);
    }
    #[test]
    fn rfc2822_half_hour_offset() {
        assert_eq!(rfc2822("Sat, 07 Dec 2024 15:30:00 +0530"), DEC7);
    }
    #[test]
    fn rfc2822_colon_offset() {
        assert_eq!(rfc2822("Sat, 07 Dec 2024 13:00:00 +03:00"), DEC7);
    }
    #[test]
    fn rfc2822_us_zones() {
        assert_eq!(rfc2822("Sat, 07 Dec 2024 05:00:00 EST"), DEC7);
        assert_eq!(rfc2822("Sat, 07 Dec 2024 06:00:00 EDT"), DEC7);
        assert_eq!(rfc2822("Sat, 07 Dec 2024 04:00:00 CST"), DEC7);
        assert_eq!(rfc2822("Sat, 07 Dec 2024 05:00:00 CDT"), DEC7);
        assert_eq!(rfc2822("Sat, 07 Dec 2024 03:00:00 MST"), DEC7);
        assert_eq!(rfc2822("Sat, 07 Dec 2024 04:00:00 MDT"), DEC7);
        assert_eq!(rfc2822("Sat, 07 Dec 2024 02:00:00 PST"), DEC7);
        assert_eq!(rfc2822("Sat, 07 Dec 2024 03:00:00 PDT"), DEC7);
    }
    #[test]
    fn rfc2822_msk() {
        assert_eq!(rfc2822("Sat, 07 Dec 2024 13:00:00 MSK"), DEC7);
    }
    #[test]
    fn rfc2822_no_weekday() {
        assert_eq!(rfc2822("07 Dec 2024 13:00:00 +0300"), DEC7);
    }
    #[test]
    fn rfc2822_full_weekday_and_month() {
        assert_eq!(rfc2822("Saturday, 7 December 2024 13:00:00 +0300"), DEC7);
    }
    #[test]
    fn rfc2822_month_any_case() {
        assert_eq!(rfc2822("sat, 07 DEC 2024 13:00:00 +0300"), DEC7);
    }
    #[test]
    fn rfc2822_two_digit_year() {
        assert_eq!(rfc2822("Sat, 07 Dec 24 13:00:00 +0300"), DEC7);
    }
    #[test]
    fn rfc2822_two_digit_year_last_century() {
        assert_eq!(rfc2822("01 Jan 70 00:00:00 GMT"), Some(0));
    }
    #[test]
    fn rfc2822_no_seconds() {
        assert_eq!(rfc2822("Sat, 07 Dec 2024 13:00 +0300"), DEC7);
    }
    #[test]
    fn rfc2822_extra_spaces() {
        assert_eq!(rfc2822("  Sat,07  Dec   2024 13:00:00   +0300 \n"), DEC7);
    }
    #[test]
    fn rfc2822_one_digit_day() {
        assert_eq!(
            rfc2822("Sun, 1 Dec 2024 00:00:00 GMT"),
            Some(1_733_011_200_000)
        );
    }
    #[test]
    fn rfc2822_trailing_comment() {
        assert_eq!(rfc2822("Sat, 07 Dec 2024 10:00:00 +0000 (UTC)"), DEC7);
    }
    #[test]
    fn rfc2822_missing_zone_is_utc() {
        assert_eq!(rfc2822("Sat, 07 Dec 2024 10:00:00"), DEC7);
    }
    #[test]
    fn rfc2822_unknown_zone() {
        assert_eq!(rfc2822("Sat, 07 Dec 2024 10:00:00 XYZ"), None);
    }
    #[test]
    fn rfc2822_trailing_garbage() {
        assert_eq!(rfc2822("Sat, 07 Dec 2024 10:00:00 GMT junk"), None);
    }
    #[test]
    fn rfc2822_bad_month() {
        assert_eq!(rfc2822("Sat, 07 Dek 2024 10:00:00 GMT"), None);
    }
    #[test]
    fn rfc2822_bad_day() {
        assert_eq!(rfc2822("31 Nov 2024 10:00:00 GMT"), None);
    }
    #[test]
    fn rfc2822_bad_time() {
        assert_eq!(rfc2822("07 Dec 2024 24:00:00 GMT"), None);
        assert_eq!(rfc2822("07 Dec 2024 10:60 GMT"), None);
        assert_eq!(rfc2822("07 Dec 2024 10:00:00:00 GMT"), None);
    }
    #[test]
    fn rfc2822_bad_offset() {
        assert_eq!(rfc2822("07 Dec 2024 10:00:00 +2500"), None);
        assert_eq!(rfc2822("07 Dec 2024 10:00:00 +030"), None);
    }
    #[test]
    fn rfc2822_russian_month() {
        assert_eq!(
            rfc2822("07 дек 2024 10:00:00 +0300"),
            Some(1_733_554_800_000)
        );
    }
    #[test]
    fn rfc2822_non_ascii_does_not_panic() {
        assert_eq!(rfc2822("07 Dec 2024 10:00:00 +aé1"), None);
        assert_eq!(rfc2822("07 Dec 2024 10:00:00 +éé"), None);
        assert_eq!(rfc2822("ё, ё ё ё ё"), None);
    }
    #[test]
    fn rfc2822_empty() {
        assert_eq!(rfc2822(""), None);
        assert_eq!(rfc2822("Sat,"), None);
    }
    #[test]
    fn rfc3339_is_not_rfc2822() {
        assert_eq!(rfc2822("2024-12-07T10:00:00Z"), None);
    }

    fn feed_date(s: &str) -> Option<i64> {
        Timestamp::parse_feed_date(s).map(|t| t.unix_ms)
    }

    #[test]
    fn zones_by_name() {
        for (zone, hours) in [
            ("CET", 1),
            ("MET", 1),
            ("CEST", 2),
            ("MEST", 2),
            ("EET", 2),
            ("EEST", 3),
            ("WET", 0),
            ("AST", -4),
            ("ADT", -3),
            ("AT", -4),
            ("ET", -5),
            ("CT", -6),
            ("MT", -7),
            ("PT", -8),
        ] {
            let text = ["Sat, 07 Dec 2024 10:00:00 ", zone].concat();
            assert_eq!(
                rfc2822(&text),
                DEC7.map(|t| t - hours * 3_600_000),
                "{zone}"
            );
        }
    }
    #[test]
    fn zones_as_offsets_from_gmt() {
        let plus3 = DEC7.map(|t| t - 3 * 3_600_000);
        for zone in ["GMT+03:00", "GMT+0300", "UTC+3", "Etc/GMT-3", "+03"] {
            let text = ["07 Dec 2024 10:00:00 ", zone].concat();
            assert_eq!(rfc2822(&text), plus3, "{zone}");
        }
        assert_eq!(
            rfc2822("07 Dec 2024 10:00:00 Etc/GMT+5"),
            DEC7.map(|t| t + 5 * 3_600_000)
        );
        assert_eq!(rfc2822("07 Dec 2024 10:00:00 Etc/GMT"), DEC7);
    }
    #[test]
    fn military_zones_as_rfc822_signs_them() {
        let hour = 3_600_000;
        assert_eq!(rfc2822("07 Dec 2024 10:00:00 Z"), DEC7);
        assert_eq!(rfc2822("07 Dec 2024 10:00:00 A"), DEC7.map(|t| t + hour));
        assert_eq!(
            rfc2822("07 Dec 2024 10:00:00 M"),
            DEC7.map(|t| t + 12 * hour)
        );
        assert_eq!(rfc2822("07 Dec 2024 10:00:00 N"), DEC7.map(|t| t - hour));
        assert_eq!(
            rfc2822("07 Dec 2024 10:00:00 Y"),
            DEC7.map(|t| t - 12 * hour)
        );
        assert_eq!(rfc2822("07 Dec 2024 10:00:00 J"), None);
    }
    #[test]
    fn date_without_time_is_midnight_utc() {
        assert_eq!(rfc2822("07 Dec 2024"), Some(1_733_529_600_000));
        assert_eq!(rfc2822("Sat, 7 Dec 2024"), Some(1_733_529_600_000));
    }
    #[test]
    fn month_before_day() {
        assert_eq!(rfc2822("Sat, Dec 07 2024 10:00:00 GMT"), DEC7);
        assert_eq!(rfc2822("December 7, 2024 10:00 GMT"), DEC7);
    }
    #[test]
    fn weekday_with_dot_and_wrong_weekday_ignored() {
        assert_eq!(rfc2822("Mon. 07 Dec 2024 10:00:00 GMT"), DEC7);
    }
    #[test]
    fn localized_months() {
        let feb19 = Some(1_739_923_200_000);
        assert_eq!(rfc2822("19 Фев 2025"), feb19);
        assert_eq!(rfc2822("19 февраля 2025 г."), feb19);
        assert_eq!(
            rfc2822("19 февраля 2025 10:00"),
            feb19.map(|t| t + 10 * 3_600_000)
        );
        assert_eq!(rfc2822("19 févr. 2025"), feb19);
        assert_eq!(rfc2822("19. Feb 2025"), None);
        assert_eq!(rfc2822("mar, 07 dic 2024 10:00:00 GMT"), DEC7);
        assert_eq!(rfc2822("7 Dez 2024 10:00:00 GMT"), DEC7);
        assert_eq!(rfc2822("7 мая 2024"), Some(1_715_040_000_000));
        assert_eq!(rfc2822("7 juin 2024"), Some(1_717_718_400_000));
        assert_eq!(rfc2822("7 juil 2024"), Some(1_720_310_400_000));
        assert_eq!(rfc2822("7 Juni 2024"), Some(1_717_718_400_000));
    }
    #[test]
    fn two_months_are_no_date() {
        assert_eq!(rfc2822("07 Dec Jan 2024"), None);
    }
    #[test]
    fn w3c_dtf_partial_dates() {
        assert_eq!(feed_date("2003"), Some(1_041_379_200_000));
        assert_eq!(feed_date("2003-12"), Some(1_070_236_800_000));
        assert_eq!(feed_date("2003-12-13T18:30Z"), Some(1_071_340_200_000));
        assert_eq!(
            feed_date("2003-12-13T18:30:02.25+01:00"),
            Some(1_071_336_602_250)
        );
        assert_eq!(ms("2003"), None);
        assert_eq!(ms("2003-12-13T18:30Z"), None);
    }
    #[test]
    fn sql_style_is_utc() {
        assert_eq!(feed_date("2004-07-08 23:56:58"), Some(1_089_331_018_000));
        assert_eq!(ms("2004-07-08 23:56:58"), None);
    }
    #[test]
    fn feed_date_reads_rfc822_too() {
        assert_eq!(feed_date("Sat, 07 Dec 2024 10:00:00 GMT"), DEC7);
        assert_eq!(feed_date("next Tuesday"), None);
        assert_eq!(feed_date("2003-13"), None);
    }
    #[test]
    fn round_trips_to_utc_text() {
        let t = Timestamp::parse_rfc3339("2024-12-07T13:00:00+03:00").unwrap();
        assert_eq!(t.to_rfc3339_utc(), "2024-12-07T10:00:00Z");
        let t = Timestamp::parse_rfc3339("1969-12-31T23:59:59Z").unwrap();
        assert_eq!(t.to_rfc3339_utc(), "1969-12-31T23:59:59Z");
    }
}
