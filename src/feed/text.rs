//! Plain text out of untrusted feed strings: HTML reduced to its text,
//! entities decoded, whitespace folded, long text shortened on a word.
//!
//! The output is only ever rendered as a text node, so this is about
//! readability, not safety; safety comes from never using `innerHTML`.

/// Folds runs of whitespace (including newlines and NBSP) into one space and
/// trims the ends; drops control characters, and the invisible characters
/// that can disguise text: bidi embeddings, overrides and isolates (a title
/// ending "\u{202e}gnp.exe" reads as "exe.png") and zero-width spaces.
/// Zero-width joiners stay: Persian, Indic scripts and emoji need them.
pub fn normalize_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        let start = out.len();
        if !out.is_empty() {
            out.push(' ');
        }
        let before = out.len();
        // Every disguise character starts with byte E2 or EF: most words
        // have neither and are copied whole, not character by character.
        match word.bytes().any(|b| b == 0xE2 || b == 0xEF) {
            false => out.push_str(word),
            true => out.extend(word.chars().filter(|c| !is_disguise(*c))),
        }
        if out.len() == before {
            out.truncate(start);
        }
    }
    out
}

/// Bidi controls and zero-width spaces: invisible, and able to change how
/// the text around them reads.
fn is_disguise(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}' | '\u{2060}' | '\u{feff}')
}

/// The readable text of an HTML fragment: tags dropped (block tags become
/// spaces), `<script>`/`<style>` content dropped, entities decoded,
/// whitespace folded.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    // Cleared at the first quote that never closes: from then on `>` ends a
    // tag even inside quotes, which keeps the scan linear on hostile input.
    let mut quotes_ok = true;
    while let Some(lt) = rest.find('<') {
        decode_entities(&mut out, &rest[..lt]);
        let after = &rest[lt + 1..];
        if let Some(comment) = after.strip_prefix("!--") {
            // An unclosed comment hides the rest, as in a browser.
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        if let Some(cdata) = after.strip_prefix("![CDATA[") {
            let end = cdata.find("]]>").unwrap_or(cdata.len());
            out.push_str(&cdata[..end]);
            rest = cdata.get(end + 3..).unwrap_or("");
            continue;
        }
        let Some(gt) = tag_end(after, &mut quotes_ok) else {
            // No tag can close any more: the rest is text ("a < b"). Stopping
            // here keeps the scan linear on hostile input full of `<`.
            out.push('<');
            decode_entities(&mut out, after);
            rest = "";
            break;
        };
        let tag = after[..gt].trim_start_matches('/');
        let name_len = tag
            .bytes()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(tag.len());
        // Lowercased in a small buffer: no allocation per tag.
        let mut buffer = [0u8; 10];
        let name = match tag.get(..name_len).filter(|n| n.len() <= buffer.len()) {
            Some(raw) => {
                buffer[..raw.len()].copy_from_slice(raw.as_bytes());
                buffer[..raw.len()].make_ascii_lowercase();
                std::str::from_utf8(&buffer[..raw.len()]).unwrap_or("")
            }
            None => "",
        };
        rest = &after[gt + 1..];
        if (name == "script" || name == "style") && !after.starts_with('/') {
            let close = ["</", name].concat();
            rest = match find_ascii_case_insensitive(rest, &close) {
                Some(end) => rest[end..].find('>').map_or("", |gt| &rest[end + gt + 1..]),
                None => "",
            };
        }
        if is_block(name) {
            out.push(' ');
        }
    }
    decode_entities(&mut out, rest);
    normalize_whitespace(&out)
}

/// Where the tag that starts right after a `<` ends: its `>`, skipping any
/// `>` inside a quoted attribute value (`alt="t > 38"`).
fn tag_end(after: &str, quotes_ok: &mut bool) -> Option<usize> {
    let bytes = after.as_bytes();
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'>' => return Some(i),
            b'"' | b'\'' if *quotes_ok && after[..i].trim_end().ends_with('=') => {
                match after[i + 1..].find(char::from(byte)) {
                    Some(close) => i += close + 2,
                    None => {
                        *quotes_ok = false;
                        return after.find('>');
                    }
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// Tags that separate words; inline tags (`<b>`, `<a>`…) do not.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "br"
            | "div"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "tr"
            | "td"
            | "th"
            | "table"
            | "blockquote"
            | "pre"
            | "hr"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "figure"
            | "figcaption"
            | "img"
            | "script"
            | "style"
    )
}

fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Decodes the entities CMSs actually emit: the XML five, `&nbsp;`, a few
/// typographic ones, the Latin-1 letters, and numeric references. Unknown ones stay as written.
/// Appended to `out`, so the text between tags is copied once.
fn decode_entities(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // Entities are short: look for `;` only nearby, so a text full of `&`
        // costs linear time.
        let window = rest.char_indices().nth(12).map_or(rest.len(), |(i, _)| i);
        let end = rest[1..window]
            .find(';')
            .map(|i| i + 1)
            .filter(|&i| i <= 10);
        let decoded = end.and_then(|end| decode_entity(&rest[1..end]));
        match (end, decoded) {
            (Some(end), Some(c)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// A numeric character reference's character (`233`, `xE9`), not NUL.
pub(super) fn numeric_reference(num: &str) -> Option<char> {
    let code = match num.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => num.parse().ok()?,
    };
    char::from_u32(code).filter(|c| *c != '\0')
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        return numeric_reference(num);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "laquo" => '«',
        "raquo" => '»',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "bdquo" => '„',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "copy" => '©',
        "reg" => '®',
        "deg" => '°',
        "numero" => '№',
        "euro" => '€',
        "trade" => '™',
        "bull" => '•',
        "middot" => '·',
        "times" => '×',
        "szlig" => 'ß',
        "aelig" => 'æ',
        "AElig" => 'Æ',
        "oslash" => 'ø',
        "Oslash" => 'Ø',
        _ => return accented_letter(name),
    })
}

/// The Latin-1 letters with a diacritic (`eacute`, `Ouml`, `ccedil`),
/// from the base letter and the mark's name rather than a 50-row table.
fn accented_letter(name: &str) -> Option<char> {
    const MARKS: [(&str, &[u8], &[char]); 7] = [
        (
            "acute",
            b"AEIOUYaeiouy",
            &['Á', 'É', 'Í', 'Ó', 'Ú', 'Ý', 'á', 'é', 'í', 'ó', 'ú', 'ý'],
        ),
        (
            "grave",
            b"AEIOUaeiou",
            &['À', 'È', 'Ì', 'Ò', 'Ù', 'à', 'è', 'ì', 'ò', 'ù'],
        ),
        (
            "circ",
            b"AEIOUaeiou",
            &['Â', 'Ê', 'Î', 'Ô', 'Û', 'â', 'ê', 'î', 'ô', 'û'],
        ),
        (
            "uml",
            b"AEIOUaeiouy",
            &['Ä', 'Ë', 'Ï', 'Ö', 'Ü', 'ä', 'ë', 'ï', 'ö', 'ü', 'ÿ'],
        ),
        ("tilde", b"ANOano", &['Ã', 'Ñ', 'Õ', 'ã', 'ñ', 'õ']),
        ("ring", b"Aa", &['Å', 'å']),
        ("cedil", b"Cc", &['Ç', 'ç']),
    ];
    let (&base, mark) = name.as_bytes().split_first()?;
    let (_, bases, letters) = MARKS.iter().find(|(m, _, _)| m.as_bytes() == mark)?;
    letters.get(bases.iter().position(|&b| b == base)?).copied()
}

/// Lowercase for comparing with fixed Latin and Cyrillic phrases ("Read
/// more", "Подробнее") and tags (`tags="Événements"`). `str::to_lowercase` would bring the whole Unicode
/// case table into the wasm for these few words.
pub(crate) fn fold_case(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            'À'..='Þ' if c != '×' => char::from_u32(u32::from(c) + 0x20).unwrap_or(c),
            'А'..='Я' => char::from_u32(u32::from(c) + 0x20).unwrap_or(c),
            'Ѐ'..='Џ' => char::from_u32(u32::from(c) + 0x50).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// A feed's language as a well-formed BCP 47 tag (`ru`, `en-GB`,
/// `sr-Latn-RS`; `_` read as `-`), or `None`: the browser's `Intl` throws
/// on a malformed tag, and a feed must not be able to stop the widget.
pub fn language_tag(text: &str) -> Option<String> {
    let tag = text.trim().replace('_', "-");
    let mut subtags = tag.split('-');
    let language = subtags.next()?;
    let language_ok = matches!(language.len(), 2..=3 | 5..=8)
        && language.chars().all(|c| c.is_ascii_alphabetic());
    let mut after_singleton = false;
    for subtag in subtags {
        if subtag.is_empty()
            || subtag.len() > 8
            || !subtag.chars().all(|c| c.is_ascii_alphanumeric())
        {
            return None;
        }
        after_singleton = subtag.len() == 1;
    }
    (language_ok && !after_singleton).then_some(tag)
}

/// Shortens `text` to at most `max_chars` characters, cutting at the last
/// word boundary and adding "…", so a summary never ends mid-word.
pub fn truncate_words(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let mut chars = text.chars();
    let cut: String = chars.by_ref().take(max_chars.saturating_sub(1)).collect();
    let cut_on_boundary = chars.next().is_some_and(char::is_whitespace);
    let head = match cut.rfind(' ') {
        _ if cut_on_boundary => &cut,
        Some(space) if space > cut.len() / 2 => &cut[..space],
        _ => &cut,
    };
    format!(
        "{}…",
        head.trim_end_matches([' ', ',', ';', ':', '.', '—', '–', '-'])
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_whitespace() {
        assert_eq!(normalize_whitespace("  a\n\t b\u{a0}c  "), "a b c");
    }
    #[test]
    fn drops_bidi_overrides() {
        assert_eq!(
            normalize_whitespace("a \u{202e}gnp.exe\u{202c}"),
            "a gnp.exe"
        );
    }
    #[test]
    fn drops_isolates_and_zero_width_spaces() {
        assert_eq!(
            normalize_whitespace("\u{2067}x\u{200b}y\u{2069} \u{feff}"),
            "xy"
        );
    }
    #[test]
    fn keeps_zero_width_joiners() {
        assert_eq!(normalize_whitespace("می\u{200c}خواهم"), "می\u{200c}خواهم");
    }
    #[test]
    fn drops_controls() {
        assert_eq!(normalize_whitespace("a\u{7}b"), "a b");
    }
    #[test]
    fn strips_tags() {
        assert_eq!(
            html_to_text("<p>Hello <b>world</b></p><p>Bye</p>"),
            "Hello world Bye"
        );
    }
    #[test]
    fn drops_script() {
        assert_eq!(html_to_text("a<script>alert(1)</script>b"), "a b");
    }
    #[test]
    fn inline_tags_add_no_space() {
        assert_eq!(html_to_text("<b>studies</b>, <i>x</i>y"), "studies, xy");
    }
    #[test]
    fn br_separates() {
        assert_eq!(html_to_text("a<br/>b"), "a b");
    }
    #[test]
    fn drops_style_any_case() {
        assert_eq!(html_to_text("a<STYLE>p{}</Style >b"), "a b");
    }
    #[test]
    fn unclosed_script_drops_rest() {
        assert_eq!(html_to_text("a<script>alert(1)"), "a");
    }
    #[test]
    fn many_ampersands_and_lts_are_text() {
        // 400 000 characters: a quadratic scan would take minutes here.
        let hostile = "&<".repeat(200_000);
        assert_eq!(html_to_text(&hostile), hostile);
    }
    #[test]
    fn gt_inside_quoted_attribute() {
        assert_eq!(html_to_text(r#"<img alt="t > 38" src=x>text"#), "text");
        assert_eq!(html_to_text("<p title='x>y'>t</p>"), "t");
    }
    #[test]
    fn comments_hide_their_gt() {
        assert_eq!(html_to_text("a<!-- x > y -->b"), "ab");
    }
    #[test]
    fn unclosed_comment_hides_the_rest() {
        assert_eq!(html_to_text("a<!-- x"), "a");
    }
    #[test]
    fn cdata_is_text() {
        assert_eq!(html_to_text("a <![CDATA[x < y]]> b"), "a x < y b");
    }
    #[test]
    fn many_unclosed_quotes_stay_linear() {
        // Every quote opens and none closes; one `>` at the very end.
        let hostile = format!("{}>", "<a x=\"".repeat(100_000));
        assert!(html_to_text(&hostile).is_empty());
    }
    #[test]
    fn lone_lt_is_text() {
        assert_eq!(html_to_text("1 < 2"), "1 < 2");
    }
    #[test]
    fn entities() {
        assert_eq!(
            html_to_text("&laquo;Tom&amp;Jerry&raquo; &#8212; &#x41;"),
            "«Tom&Jerry» — A"
        );
    }
    #[test]
    fn latin1_letters() {
        assert_eq!(
            html_to_text("Caf&eacute; &Agrave; &ouml;&szlig; &ccedil;&Ntilde; &ymlaut; &xacute;"),
            "Café À öß çÑ &ymlaut; &xacute;"
        );
    }
    #[test]
    fn escaped_tags_stay_text() {
        assert_eq!(html_to_text("&lt;b&gt;"), "<b>");
    }
    #[test]
    fn unknown_entity_kept() {
        assert_eq!(html_to_text("AT&T &bogus;"), "AT&T &bogus;");
    }
    #[test]
    fn nul_reference_kept() {
        assert_eq!(html_to_text("&#0;"), "&#0;");
    }
    #[test]
    fn folds_latin_and_cyrillic() {
        assert_eq!(
            fold_case("Read MORE Подробнее ЁЖ Є"),
            "read more подробнее ёж є"
        );
    }
    #[test]
    fn language_tags() {
        assert_eq!(language_tag(" ru "), Some("ru".into()));
        assert_eq!(language_tag("en_GB"), Some("en-GB".into()));
        assert_eq!(language_tag("sr-Latn-RS"), Some("sr-Latn-RS".into()));
        assert_eq!(
            language_tag("zh-Hant-x-private"),
            Some("zh-Hant-x-private".into())
        );
    }
    #[test]
    fn malformed_language_tags() {
        for bad in [
            "",
            "r",
            "en\" onload=\"x",
            "en-",
            "en--GB",
            "en-x",
            "ru-toolongsubtag",
            "e1",
        ] {
            assert_eq!(language_tag(bad), None, "{bad}");
        }
    }
    #[test]
    fn short_text_untouched() {
        assert_eq!(truncate_words("short", 10), "short");
    }
    #[test]
    fn cuts_on_word() {
        assert_eq!(truncate_words("one two three four", 12), "one two…");
    }
    #[test]
    fn cuts_cyrillic_on_chars() {
        assert_eq!(truncate_words("новость дня важная", 12), "новость дня…");
    }
    #[test]
    fn cuts_long_word() {
        assert_eq!(truncate_words("abcdefghij", 5), "abcd…");
    }
}
