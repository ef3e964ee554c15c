//! The contrast guard in the page: reads the site's `--news-widget-*`
//! colours as the browser computes them, weighs them with
//! [`crate::contrast::guard`], and puts back the widget's own colour for
//! each one that would leave text unreadable (`data-own` on the widget,
//! read by tokens.css), with one console warning per property and page.
//! Where the site sets a background, it also picks the widget's own light
//! or dark colours to match it (`data-palette`).

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, HtmlElement};

use crate::contrast::{self, Finding, Palette, Rgba, Role, WHITE};

/// The widget's own token for each of [`Role::ALL`] (tokens.css).
const OWN: [&str; 6] = [
    "--nw-own-fg",
    "--nw-own-muted",
    "--nw-own-bg",
    "--nw-own-surface",
    "--nw-own-link",
    "--nw-own-accent",
];

thread_local! {
    /// Properties already warned about on this page.
    static WARNED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// The widgets [`watch`] checks again when the system's colour scheme
    /// changes (the widget's own colours follow it).
    static WATCHED: RefCell<Option<Vec<HtmlElement>>> = const { RefCell::new(None) };
}

/// Checks `section` now, and again whenever the reader's system switches
/// between light and dark, for as long as it is on the page.
pub fn watch(section: HtmlElement) {
    guard(&section);
    let first = WATCHED.with(|watched| {
        let mut watched = watched.borrow_mut();
        let first = watched.is_none();
        watched.get_or_insert_with(Vec::new).push(section);
        first
    });
    if !first {
        return;
    }
    let query = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten());
    if let Some(query) = query {
        let recheck = Closure::<dyn Fn()>::new(|| {
            let sections = WATCHED.with(|watched| {
                let mut watched = watched.borrow_mut();
                let list = watched.get_or_insert_with(Vec::new);
                list.retain(|s| s.is_connected());
                list.clone()
            });
            for section in &sections {
                guard(section);
            }
        });
        let _ = query.add_event_listener_with_callback("change", recheck.as_ref().unchecked_ref());
        // One listener for the page, for its whole life.
        recheck.forget();
    }
}

/// Checks the site's colours for the widget `section` and sets its
/// `data-own`. Returns what was left out (the preview page lists it).
pub fn guard(section: &HtmlElement) -> Vec<Finding> {
    let Some(host) = section
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .map(|root| root.host())
    else {
        return Vec::new();
    };
    let host_style = web_sys::window().and_then(|w| w.get_computed_style(&host).ok().flatten());
    let site = Role::ALL.map(|role| {
        host_style
            .as_ref()
            .and_then(|style| site_value(style, role))
    });
    let _ = section.remove_attribute("data-palette");
    if site.iter().all(Option::is_none) {
        // The usual case: no theme, nothing to probe.
        let _ = section.remove_attribute("data-own");
        return Vec::new();
    }
    let Some(probe) = Probe::new(section) else {
        return Vec::new();
    };
    let colors = site
        .clone()
        .map(|value| value.and_then(|v| probe.color(&v)));
    let backdrop = backdrop(&host);
    // A site background: the widget's own colours for what the site
    // leaves unset are the light or the dark ones to match it (tokens.css),
    // whatever the reader's system prefers. 0.18 is the luminance as far
    // from black as from white in contrast.
    if let Some(background) = colors[Role::Background as usize] {
        let light = background.over(backdrop).luminance() > 0.18;
        let _ = section.set_attribute("data-palette", if light { "light" } else { "dark" });
    }
    let palette = Palette {
        site: colors,
        own: OWN.map(|token| probe.color(&["var(", token, ")"].concat()).unwrap_or(WHITE)),
        button_text: probe.color("var(--nw-own-on-accent)").unwrap_or(WHITE),
        backdrop,
    };
    probe.remove();
    let findings = contrast::guard(&palette);
    let own: Vec<&str> = findings.iter().map(|f| f.role.name()).collect();
    let _ = section.set_attribute("data-own", &own.join(" "));
    for finding in &findings {
        let value = site[finding.role as usize].as_deref().unwrap_or("");
        warn_once(finding, value);
    }
    findings
}

/// The site's value of the role's property, as written, if any.
fn site_value(style: &web_sys::CssStyleDeclaration, role: Role) -> Option<String> {
    let value = style
        .get_property_value(&["--news-widget-", role.name()].concat())
        .ok()?;
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// A hidden element in the widget whose computed `color` turns any CSS
/// colour (and the widget's tokens) into numbers.
struct Probe(HtmlElement);

impl Probe {
    fn new(section: &HtmlElement) -> Option<Self> {
        let element: HtmlElement = section
            .owner_document()?
            .create_element("span")
            .ok()?
            .unchecked_into();
        element.set_hidden(true);
        section.append_child(&element).ok()?;
        Some(Self(element))
    }

    /// `value` as sRGB: colour-mixed into sRGB first, so `oklch()` or
    /// `lab()` come back in a form [`Rgba::parse`] reads.
    fn color(&self, value: &str) -> Option<Rgba> {
        let style = self.0.style();
        let mixed = ["color-mix(in srgb, ", value, " 100%, transparent)"].concat();
        style.remove_property("color").ok()?;
        // An invalid value is dropped without an error: then nothing is set.
        style.set_property("color", &mixed).ok()?;
        if style.get_property_value("color").ok()?.is_empty() {
            return None;
        }
        let computed = web_sys::window()?.get_computed_style(&self.0).ok()??;
        Rgba::parse(&computed.get_property_value("color").ok()?)
    }

    fn remove(self) {
        self.0.remove();
    }
}

/// The colour of the page behind the widget: the first ancestor (the host
/// included) that paints a background, else white.
fn backdrop(host: &Element) -> Rgba {
    let mut element = Some(host.clone());
    while let Some(current) = element {
        let painted = web_sys::window()
            .and_then(|w| w.get_computed_style(&current).ok().flatten())
            .and_then(|style| style.get_property_value("background-color").ok())
            .and_then(|value| Rgba::parse(&value))
            .filter(|color| color.a > 0.0);
        if let Some(color) = painted {
            return color.over(WHITE);
        }
        element = current.parent_element();
    }
    WHITE
}

fn warn_once(finding: &Finding, value: &str) {
    let property = ["--news-widget-", finding.role.name()].concat();
    let first = WARNED.with(|warned| {
        let mut warned = warned.borrow_mut();
        let first = !warned.contains(&property);
        if first {
            warned.push(property.clone());
        }
        first
    });
    if first {
        let text = [
            "news-widget: ",
            &property,
            ": ",
            value,
            " gives text a contrast of ",
            &contrast::ratio_text(finding.ratio),
            ", below 4.5:1; the widget uses its own colour instead.",
        ]
        .concat();
        web_sys::console::warn_1(&text.into());
    }
}
