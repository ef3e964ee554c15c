//! What `<news-widget>` accepts, once, for tools: the attributes, the
//! event, the CSS custom properties and the parts. `news-widget-manifest`
//! writes the Custom Elements Manifest and the TypeScript declarations of
//! the npm package from it; tests hold it to what the widget really reads
//! (`Options::from_attributes`, the loader, the stylesheet, the views), so
//! the two cannot drift apart. Not used by the widget itself.

use crate::feed::json::Writer;

/// One attribute of `<news-widget>` (`data-` + name on the other forms).
pub struct Attribute {
    /// Its name.
    pub name: &'static str,
    /// Its values as a TypeScript type.
    pub ty: &'static str,
    /// Its default as written in the README, if any.
    pub default: Option<&'static str>,
    /// What it does.
    pub description: &'static str,
}

const fn attr(
    name: &'static str,
    ty: &'static str,
    default: Option<&'static str>,
    description: &'static str,
) -> Attribute {
    Attribute {
        name,
        ty,
        default,
        description,
    }
}

/// Every attribute, in the README's order.
pub const ATTRIBUTES: &[Attribute] = &[
    attr(
        "feed",
        "string",
        None,
        "URL of the feed (JSON Feed, WordPress, RSS, Atom); several separated by spaces are merged.",
    ),
    attr(
        "lang",
        "string",
        None,
        "UI language (BCP 47); by default the page's.",
    ),
    attr(
        "height",
        "string",
        None,
        "Height to keep free until the news arrive (pixels or a CSS length).",
    ),
    attr(
        "loading",
        "'lazy' | 'eager'",
        Some("'lazy'"),
        "`eager` starts at once, even far below the visible area.",
    ),
    attr(
        "max-items",
        "number",
        Some("10"),
        "How many items to show (1-100).",
    ),
    attr(
        "heading",
        "string",
        None,
        "The widget heading; by default the feed title.",
    ),
    attr(
        "heading-level",
        "2 | 3 | 4 | 5 | 6",
        Some("2"),
        "Level of the widget heading; item titles are one below.",
    ),
    attr(
        "images",
        "'show' | 'hide'",
        Some("'show'"),
        "`hide` renders no pictures.",
    ),
    attr(
        "layout",
        "'list' | 'cards' | 'headlines'",
        Some("'list'"),
        "A list, a grid of cards, or titles and dates only.",
    ),
    attr(
        "tags",
        "string",
        None,
        "Only items with one of these comma-separated tags.",
    ),
    attr(
        "exclude-tags",
        "string",
        None,
        "Items with any of these comma-separated tags are left out.",
    ),
    attr(
        "refresh",
        "number",
        None,
        "Seconds between automatic updates (at least 30).",
    ),
    attr(
        "timeout",
        "number",
        Some("10"),
        "Seconds a feed request may take (1-120).",
    ),
    attr(
        "base-url",
        "string",
        None,
        "Address the feed's relative links resolve against.",
    ),
    attr(
        "dates",
        "'absolute' | 'relative'",
        Some("'absolute'"),
        "`relative` shows \"yesterday\", \"3 days ago\" for the last week.",
    ),
    attr(
        "font-scale",
        "string",
        None,
        "The reader's font size, set by the page: 150, 150% or 1.5.",
    ),
    attr(
        "contrast",
        "'default' | 'white' | 'black' | 'blue' | 'brown' | 'green' | 'more'",
        None,
        "The reader's colour scheme, set by the page.",
    ),
    attr(
        "preview-prefs",
        "string",
        None,
        "Fixed reader settings for this widget alone (scale=200;scheme=black).",
    ),
];

/// The event a widget's host receives when the reader changes a setting.
pub const PREFS_EVENT: &str = "news-widget:prefs";

/// Its `detail`: (field, TypeScript type).
pub const PREFS_DETAIL: &[(&str, &str)] = &[
    ("fontScale", "number"),
    (
        "contrast",
        "'default' | 'white' | 'black' | 'blue' | 'brown' | 'green'",
    ),
    ("images", "'show' | 'grayscale' | 'hide'"),
    ("letterSpacing", "'normal' | 'medium' | 'large'"),
    ("lineSpacing", "'normal' | 'medium' | 'large'"),
    ("font", "'default' | 'sans' | 'serif'"),
];

/// The CSS custom properties a site themes the widget with.
pub const CSS_PROPERTIES: &[(&str, &str)] = &[
    ("--news-widget-accent", "Filled buttons and the focus ring."),
    (
        "--news-widget-link",
        "Item title links and every other link.",
    ),
    ("--news-widget-text", "Text."),
    ("--news-widget-muted", "Dates, authors."),
    (
        "--news-widget-background",
        "The background; transparent blends into the site's card.",
    ),
    (
        "--news-widget-surface",
        "Tags, the settings toggle, notices.",
    ),
    (
        "--news-widget-border",
        "The border and the lines between items.",
    ),
    ("--news-widget-radius", "Corner radius."),
    ("--news-widget-font-family", "The text font."),
    ("--news-widget-heading-font-family", "The headings' font."),
    ("--news-widget-font-size", "The 100 % text size."),
];

/// The `::part()` names.
pub const PARTS: &[(&str, &str)] = &[
    ("widget", "The whole widget."),
    ("heading", "The widget heading."),
    ("item", "Each item (a card in the cards layout)."),
    ("item-title", "Each item's title heading."),
    ("date", "Each item's date line."),
    ("summary", "Each item's summary."),
    ("image", "Each item's picture."),
    ("tags", "Each item's tag list."),
    ("button", "Every button but the visually-impaired toggle."),
    ("settings", "The visually-impaired settings panel."),
];

/// The Custom Elements Manifest (schema 2.1) of the package.
pub fn custom_elements_json() -> String {
    let mut out = Writer(String::from(
        r#"{"schemaVersion":"2.1.0","modules":[{"kind":"javascript-module","path":"news-widget.js","declarations":[{"kind":"class","name":"NewsWidgetElement","tagName":"news-widget","customElement":true"#,
    ));
    out.field(
        "description",
        Some("An accessible news list from a feed, with a version for the visually impaired. Also text-<key> attributes override single messages."),
    );
    out.0.push_str(r#","attributes":["#);
    for (i, a) in ATTRIBUTES.iter().enumerate() {
        out.0.push_str(if i > 0 { ",{" } else { "{" });
        out.0.push_str("\"name\":");
        out.string(a.name);
        out.0.push_str(",\"type\":{\"text\":");
        out.string(a.ty);
        out.0.push('}');
        out.field("default", a.default);
        out.field("description", Some(a.description));
        out.0.push('}');
    }
    out.0.push_str(r#"],"events":[{"name":"#);
    out.string(PREFS_EVENT);
    out.0.push_str(r#","type":{"text":"CustomEvent<NewsWidgetPrefsDetail>"},"description":"The reader changed a setting (bubbles, composed)."}],"cssProperties":["#);
    named_list(&mut out, CSS_PROPERTIES);
    out.0.push_str(r#"],"cssParts":["#);
    named_list(&mut out, PARTS);
    out.0.push_str(
        r#"]}],"exports":[{"kind":"custom-element-definition","name":"news-widget","declaration":{"name":"NewsWidgetElement","module":"news-widget.js"}}]}]}"#,
    );
    out.0.push('\n');
    out.0
}

fn named_list(out: &mut Writer, list: &[(&str, &str)]) {
    for (i, (name, description)) in list.iter().enumerate() {
        out.0
            .push_str(if i > 0 { ",{\"name\":" } else { "{\"name\":" });
        out.string(name);
        out.field("description", Some(description));
        out.0.push('}');
    }
}

/// The TypeScript declarations of the package.
pub fn type_declarations() -> String {
    let mut out = String::from(
        "// Generated from src/manifest.rs by news-widget-manifest: do not edit.\n\n\
         /** The attributes of `<news-widget>` (`data-` + name on a script or div). */\n\
         export interface NewsWidgetAttributes {\n",
    );
    for a in ATTRIBUTES {
        out.push_str(
            &[
                "  /** ",
                a.description,
                " */\n  '",
                a.name,
                "'?: ",
                a.ty,
                ";\n",
            ]
            .concat(),
        );
    }
    out.push_str("}\n\n/** `detail` of the `news-widget:prefs` event. */\nexport interface NewsWidgetPrefsDetail {\n");
    for (name, ty) in PREFS_DETAIL {
        out.push_str(&["  ", name, ": ", ty, ";\n"].concat());
    }
    out.push_str(
        "}\n\n/** `<news-widget>`: configured by its attributes. */\n\
         export interface NewsWidgetElement extends HTMLElement {}\n\n\
         declare global {\n\
         \x20 interface HTMLElementTagNameMap {\n    'news-widget': NewsWidgetElement;\n  }\n\
         \x20 interface GlobalEventHandlersEventMap {\n    '",
    );
    out.push_str(PREFS_EVENT);
    out.push_str(
        "': CustomEvent<NewsWidgetPrefsDetail>;\n  }\n\
         \x20 interface Window {\n    /** The loader, once it ran. */\n    __newsWidget?: { version: string; scan(): void; ready(): Promise<unknown> };\n  }\n}\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;
    use std::cell::RefCell;

    /// Attributes the loader and the mount read besides the options.
    const READ_ELSEWHERE: [&str; 4] = ["height", "loading", "font-scale", "contrast"];

    #[test]
    fn the_manifest_lists_exactly_what_the_widget_reads() {
        let asked = RefCell::new(Vec::new());
        Options::from_attributes(|name| {
            asked.borrow_mut().push(name.to_owned());
            None
        });
        let mut read: Vec<String> = asked.into_inner();
        read.extend(READ_ELSEWHERE.map(str::to_owned));
        read.sort();
        read.dedup();
        let mut listed: Vec<String> = ATTRIBUTES.iter().map(|a| a.name.to_owned()).collect();
        listed.sort();
        assert_eq!(
            listed, read,
            "src/manifest.rs ATTRIBUTES and what the widget reads differ"
        );
    }

    #[test]
    fn the_loader_reads_and_watches_what_the_manifest_lists() {
        let loader = include_str!("../public/news-widget.js");
        for name in ["height", "loading"] {
            assert!(
                loader.contains(&["prefix + '", name, "'"].concat()),
                "{name}"
            );
        }
        let embed = include_str!("web/embed.rs");
        assert!(
            embed.contains("attribute(\"font-scale\")")
                && embed.contains("attribute(\"contrast\")")
        );
    }

    #[test]
    fn every_custom_property_of_the_stylesheet_is_listed_and_back() {
        let css = [
            include_str!("../style/tokens.css"),
            include_str!("../style/widget.css"),
            include_str!("../style/settings.css"),
            include_str!("../style/schemes.css"),
        ]
        .concat();
        let mut used: Vec<&str> = css
            .match_indices("--news-widget-")
            .map(|(at, _)| {
                let rest = &css[at..];
                &rest[..rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                    .unwrap_or(rest.len())]
            })
            // `--news-widget-*` in a comment.
            .filter(|name| !name.ends_with('-'))
            .collect();
        used.sort();
        used.dedup();
        let mut listed: Vec<&str> = CSS_PROPERTIES.iter().map(|(n, _)| *n).collect();
        listed.sort();
        assert_eq!(listed, used);
    }

    #[test]
    fn every_part_of_the_views_is_listed_and_back() {
        let views = [
            include_str!("web/widget.rs"),
            include_str!("web/settings.rs"),
        ]
        .concat();
        let mut used: Vec<&str> = views
            .match_indices("part=\"")
            .map(|(at, m)| {
                let rest = &views[at + m.len()..];
                &rest[..rest.find('"').unwrap_or(0)]
            })
            .collect();
        // The headings' parts are chosen by class in `widget::heading`.
        for name in ["heading", "item-title"] {
            assert!(views.contains(&["Some(\"", name, "\")"].concat()), "{name}");
            used.push(name);
        }
        used.sort();
        used.dedup();
        let mut listed: Vec<&str> = PARTS.iter().map(|(n, _)| *n).collect();
        listed.sort();
        assert_eq!(listed, used);
    }

    #[test]
    fn the_event_detail_is_what_the_widget_sends() {
        let prefs = include_str!("web/reader_prefs.rs");
        for (name, _) in PREFS_DETAIL {
            assert!(prefs.contains(&["set(\"", name, "\""].concat()), "{name}");
        }
        assert_eq!(prefs.matches("    set(\"").count(), PREFS_DETAIL.len());
        assert!(prefs.contains(&["\"", PREFS_EVENT, "\""].concat()));
    }

    #[test]
    fn the_manifest_is_json_with_every_attribute() {
        let text = custom_elements_json();
        let value = crate::feed::json::parse(&text).expect("valid JSON");
        assert!(value.get("schemaVersion").is_some());
        for a in ATTRIBUTES {
            assert!(text.contains(&["\"name\":\"", a.name, "\""].concat()));
        }
        let types = type_declarations();
        assert!(types.contains("'news-widget': NewsWidgetElement"));
        assert!(types.contains("'max-items'?: number;"));
    }
}
