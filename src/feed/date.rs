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
    /// Reads an RFC 3339 date-time (`2024-12-07T10:00:00+03:00`, fraction and
    /// `Z` allowed, `t`/space separator tolerated) or a plain date
    /// (`2024-12-07`, taken as midnight UTC). Anything else is `None`: a bad
    /// date drops the date, not the item.
    pub fn parse_rfc3339(text: &str) -> Option<Self> {
        let s = text.trim().as_bytes();
        let year = digits(s, 0, 4)?;
        expect(s, 4, b'-')?;
        let month = digits(s, 5, 2)?;
        expect(s, 7, b'-')?;
        let day = digits(s, 8, 2)?;
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        let days = days_from_civil(year, month, day);
        if s.len() == 10 {
            return Some(Self {
                unix_ms: days * 86_400_000,
            });
        }
        if !matches!(s.get(10), Some(b'T' | b't' | b' ')) {
            return None;
        }
        let hour = digits(s, 11, 2)?;
        expect(s, 13, b':')?;
        let minute = digits(s, 14, 2)?;
        expect(s, 16, b':')?;
        let second = digits(s, 17, 2)?;
        if hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        let mut pos = 19;
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
        let seconds =
            days * 86_400 + hour * 3600 + minute * 60 + second.min(59) - offset_minutes * 60;
        Some(Self {
            unix_ms: seconds * 1000 + millis,
        })
    }

    /// Reads an RFC 2822 date-time, the RSS `pubDate` form: `Mon, 01 Jan
    /// 2024 10:00:00 +0300`. Lenient the way feeds need: the weekday is
    /// optional (and not checked), the year may have 2 digits (`24` is 2024,
    /// `99` is 1999), seconds may be left out, extra spaces are fine, month
    /// names are English in any case (`January` too), and the zone may be
    /// `+hhmm`/`-hhmm` (or `+hh:mm`), `GMT`/`UT`/`UTC`/`Z`, a US zone
    /// (`EST`…`PDT`), `MSK` (Russian CMSs), or missing (taken as UTC).
    /// Anything else is `None`: a bad date drops the date, not the item.
    pub fn parse_rfc2822(text: &str) -> Option<Self> {
        let mut parts = text
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|p| !p.is_empty());
        let mut day = parts.next()?;
        if day.starts_with(|c: char| c.is_ascii_alphabetic()) {
            day = parts.next()?;
        }
        let day = number(day, 1, 2)?;
        let month = month_number(parts.next()?)?;
        let year = parts.next()?;
        let year = match (number(year, 2, 4)?, year.len()) {
            (y, 2) if y < 50 => y + 2000,
            (y, 2 | 3) => y + 1900,
            (y, _) => y,
        };
        let mut time = parts.next()?.split(':');
        let hour = number(time.next()?, 1, 2)?;
        let minute = number(time.next()?, 2, 2)?;
        let second = time.next().map_or(Some(0), |s| number(s, 2, 2))?;
        let offset_minutes = match parts.next() {
            None => 0,
            Some(zone) => zone_offset(zone)?,
        };
        // A trailing comment, as in `+0000 (UTC)`, is allowed; nothing else.
        if parts.next().is_some_and(|p| !p.starts_with('(')) || time.next().is_some() {
            return None;
        }
        if day < 1 || day > days_in_month(year, month) || hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        let days = days_from_civil(year, month, day);
        let seconds =
            days * 86_400 + hour * 3600 + minute * 60 + second.min(59) - offset_minutes * 60;
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

/// A number written with `min..=max` ASCII digits and nothing else.
fn number(s: &str, min: usize, max: usize) -> Option<i64> {
    if !(min..=max).contains(&s.len()) {
        return None;
    }
    digits(s.as_bytes(), 0, s.len())
}

/// `Jan`…`Dec` (or the full name, or a prefix of it such as `Sept`), any case.
fn month_number(name: &str) -> Option<i64> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let name = name.to_ascii_lowercase();
    let index = MONTHS
        .iter()
        .position(|m| name.len() >= 3 && m.starts_with(name.as_str()))?;
    Some(index as i64 + 1)
}

/// A zone as RFC 2822 feeds write it, in minutes east of UTC.
fn zone_offset(zone: &str) -> Option<i64> {
    if let Some(rest) = zone.strip_prefix(['+', '-']) {
        let (h, m) = match rest.len() {
            2 => (number(rest, 2, 2)?, 0),
            4 => (number(rest.get(..2)?, 2, 2)?, number(rest.get(2..)?, 2, 2)?),
            5 if rest.as_bytes()[2] == b':' => {
                (number(rest.get(..2)?, 2, 2)?, number(rest.get(3..)?, 2, 2)?)
            }
            _ => return None,
        };
        if h > 23 || m > 59 {
            return None;
        }
        let total = h * 60 + m;
        return Some(if zone.starts_with('-') { -total } else { total });
    }
    Some(match zone.to_ascii_uppercase().as_str() {
        "GMT" | "UT" | "UTC" | "Z" => 0,
        "EST" => -5 * 60,
        "EDT" => -4 * 60,
        "CST" => -6 * 60,
        "CDT" => -5 * 60,
        "MST" => -7 * 60,
        "MDT" => -6 * 60,
        "PST" => -8 * 60,
        "PDT" => -7 * 60,
        "MSK" => 3 * 60,
        _ => return None,
    })
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
    fn rfc2822_russian_month_is_none() {
        assert_eq!(rfc2822("07 дек 2024 10:00:00 +0300"), None);
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

    #[test]
    fn round_trips_to_utc_text() {
        let t = Timestamp::parse_rfc3339("2024-12-07T13:00:00+03:00").unwrap();
        assert_eq!(t.to_rfc3339_utc(), "2024-12-07T10:00:00Z");
        let t = Timestamp::parse_rfc3339("1969-12-31T23:59:59Z").unwrap();
        assert_eq!(t.to_rfc3339_utc(), "1969-12-31T23:59:59Z");
    }
}
