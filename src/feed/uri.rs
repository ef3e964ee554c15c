//! Relative references resolved against a base URI (RFC 3986 §5.2), for
//! `xml:base`: an Atom feed may give every link relative to a base that the
//! feed, the entry or the link element itself declares.
//!
//! Pure string work, no percent-decoding or normalization beyond dot
//! segments: the web shell still checks the result (http(s) only) and
//! resolves whatever stays relative against the feed's own URL.

/// `reference` resolved against `base`. When `base` has no scheme (it is
/// relative itself) the reference stays as written, for the shell to
/// resolve against the feed URL.
pub fn resolve(base: &str, reference: &str) -> String {
    let reference = reference.trim();
    let b = Parts::of(base.trim());
    let r = Parts::of(reference);
    if b.scheme.is_none() || r.scheme.is_some() {
        return reference.to_owned();
    }
    let (authority, path, query) = if r.authority.is_some() {
        (r.authority, remove_dot_segments(r.path), r.query)
    } else if r.path.is_empty() {
        (b.authority, b.path.to_owned(), r.query.or(b.query))
    } else if r.path.starts_with('/') {
        (b.authority, remove_dot_segments(r.path), r.query)
    } else {
        let merged = match b.path.rfind('/') {
            Some(slash) => [&b.path[..=slash], r.path].concat(),
            None if b.authority.is_some() => ["/", r.path].concat(),
            None => r.path.to_owned(),
        };
        (b.authority, remove_dot_segments(&merged), r.query)
    };
    let mut out = String::with_capacity(base.len() + reference.len());
    out.push_str(b.scheme.unwrap_or_default());
    out.push(':');
    if let Some(authority) = authority {
        out.push_str("//");
        out.push_str(authority);
    }
    out.push_str(&path);
    for (mark, part) in [('?', query), ('#', r.fragment)] {
        if let Some(part) = part {
            out.push(mark);
            out.push_str(part);
        }
    }
    out
}

/// The five components of a URI reference (RFC 3986 §3), borrowed.
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

impl<'a> Parts<'a> {
    fn of(s: &'a str) -> Self {
        let (s, fragment) = split(s, '#');
        let (s, query) = split(s, '?');
        let (scheme, s) = match s.split_once(':') {
            Some((scheme, rest)) if is_scheme(scheme) => (Some(scheme), rest),
            _ => (None, s),
        };
        let (authority, path) = match s.strip_prefix("//") {
            Some(rest) => {
                let end = rest.find('/').unwrap_or(rest.len());
                (Some(&rest[..end]), &rest[end..])
            }
            None => (None, s),
        };
        Self {
            scheme,
            authority,
            path,
            query,
            fragment,
        }
    }
}

fn split(s: &str, mark: char) -> (&str, Option<&str>) {
    match s.split_once(mark) {
        Some((before, after)) => (before, Some(after)),
        None => (s, None),
    }
}

/// `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
fn is_scheme(s: &str) -> bool {
    s.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
}

/// `.` and `..` segments applied (RFC 3986 §5.2.4); `..` never climbs
/// above the root.
fn remove_dot_segments(path: &str) -> String {
    let absolute = path.starts_with('/');
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len() - 1;
    let mut out: Vec<&str> = Vec::with_capacity(segments.len());
    for (i, segment) in segments.into_iter().enumerate() {
        match segment {
            "." | ".." => {
                if segment == ".." && out.len() > usize::from(absolute) {
                    out.pop();
                }
                if i == last {
                    out.push("");
                }
            }
            _ => out.push(segment),
        }
    }
    out.join("/")
}

#[cfg(test)]
mod tests {
    use super::resolve;

    const BASE: &str = "http://a/b/c/d;p?q";

    // The normal and abnormal examples of RFC 3986 §5.4.
    #[test]
    fn rfc3986_normal_examples() {
        for (reference, expected) in [
            ("g:h", "g:h"),
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            ("g?y#s", "http://a/b/c/g?y#s"),
            (";x", "http://a/b/c/;x"),
            ("g;x", "http://a/b/c/g;x"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../", "http://a/"),
            ("../../g", "http://a/g"),
        ] {
            assert_eq!(resolve(BASE, reference), expected, "{reference}");
        }
    }

    #[test]
    fn rfc3986_abnormal_examples() {
        for (reference, expected) in [
            ("../../../g", "http://a/g"),
            ("../../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            ("..g", "http://a/b/c/..g"),
            ("./../g", "http://a/b/g"),
            ("g/./h", "http://a/b/c/g/h"),
            ("g/../h", "http://a/b/c/h"),
            ("g;x=1/../y", "http://a/b/c/y"),
        ] {
            assert_eq!(resolve(BASE, reference), expected, "{reference}");
        }
    }

    #[test]
    fn base_without_path() {
        assert_eq!(
            resolve("https://example.org", "news/1"),
            "https://example.org/news/1"
        );
    }

    #[test]
    fn relative_base_leaves_reference() {
        assert_eq!(resolve("/news/", "1.html"), "1.html");
    }

    #[test]
    fn whitespace_trimmed() {
        assert_eq!(
            resolve(" https://example.org/a/ ", " b "),
            "https://example.org/a/b"
        );
    }
}
