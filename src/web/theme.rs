//! The contrast guard in the page: reads the site's `--news-widget-*`
//! colours as the browser computes them, weighs them with
//! [`crate::contrast::guard`], and puts back the widget's own colour for
//! each one that would leave text unreadable (`data-own` on the widget,
//! read by tokens.css), with one console warning per property and page.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
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
    let site = Role::ALL.map(|role| site_value(&host, role));
    if site.iter().all(Option::is_none) {
        // The usual case: no theme, nothing to probe.
        let _ = section.remove_attribute("data-own");
        return Vec::new();
    }
    let Some(probe) = Probe::new(section) else {
        return Vec::new();
    };
    let palette = Palette {
        site: site
            .clone()
            .map(|value| value.and_then(|v| probe.color(&v))),
        own: OWN.map(|token| probe.color(&["var(", token, ")"].concat()).unwrap_or(WHITE)),
        button_text: probe.color("var(--nw-own-on-accent)").unwrap_or(WHITE),
        backdrop: backdrop(&host),
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
fn site_value(host: &Element, role: Role) -> Option<String> {
    let style = web_sys::window()?.get_computed_style(host).ok()??;
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
