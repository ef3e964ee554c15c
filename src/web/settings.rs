//! The visually-impaired settings: the toggle button in the widget header
//! and the panel it discloses (native radio groups in fieldsets, A−/A+
//! buttons, Reset). Changes go to the page-wide settings and are announced
//! once, in the UI language, through the widget's own live region.

use std::sync::Arc;

use leptos::html::Button;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRoot};

use super::intl;
use super::reader_prefs::{ReaderPrefs, initial_prefs, when_idle};
use crate::i18n::{Locale, Msg};
use crate::prefs::{Choice, Font, Images, Prefs, SCALE_MAX, SCALE_MIN, Scheme, Spacing};

/// What every control of one widget's panel needs.
#[derive(Clone, Copy)]
struct PanelCtx {
    locale: Locale,
    announce: RwSignal<String>,
    reader: ReaderPrefs,
}

/// `aria-hidden` value, as a constant on purpose: an element whose
/// attributes are all string literals becomes, in Leptos's `view!`, static
/// HTML inserted through `innerHTML`, which pages enforcing Trusted Types
/// refuse. One non-literal attribute keeps it a plain `createElement`.
const HIDDEN: &str = "true";

/// Id of the panel inside the widget's shadow root.
pub const PANEL_ID: &str = "nw-settings";

/// The disclosure button: "Version for the visually impaired", with an eye
/// icon beside the text (the icon is decoration; the text is the name).
#[component]
pub fn SettingsToggle(
    /// Whether the panel is shown.
    open: RwSignal<bool>,
    /// UI language.
    locale: Locale,
    /// The button, so Escape can return focus to it.
    toggle_ref: NodeRef<Button>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="nw-vi-toggle"
            node_ref=toggle_ref
            aria-expanded=move || open.get().to_string()
            aria-controls=PANEL_ID
            on:click=move |_| open.update(|o| *o = !*o)
        >
            // An eye drawn in CSS: an inline <svg> would be built through
            // innerHTML, which pages enforcing Trusted Types refuse.
            <span class="nw-icon" aria-hidden=HIDDEN></span>
            <span>{locale.text(Msg::ViToggle)}</span>
        </button>
    }
}

/// The settings panel. It follows the toggle in reading order; Escape
/// (handled by the widget root) closes it.
#[component]
pub fn SettingsPanel(
    /// Whether the panel is shown.
    open: RwSignal<bool>,
    /// UI language.
    locale: Locale,
    /// The widget's polite live region text.
    announce: RwSignal<String>,
    /// Heading level of the panel title (one below the widget heading).
    level: u8,
    /// The toggle button, where Close returns focus.
    toggle_ref: NodeRef<Button>,
    /// The settings this widget follows.
    reader: ReaderPrefs,
) -> impl IntoView {
    let prefs = reader.signal;
    let ctx = PanelCtx {
        locale,
        announce,
        reader,
    };
    // Drawn with the settings now; `follow` below keeps it in step.
    let scale = prefs.get_untracked().scale;
    let percent = intl::percent(locale.tag(), scale);
    let step = move |direction: i8, event: web_sys::MouseEvent| {
        let next = prefs.get_untracked().step_scale(direction);
        let value = intl::percent(locale.tag(), next.scale);
        apply(ctx, next, &event, Msg::FontSize, &value);
    };
    let reset = move |event: web_sys::MouseEvent| {
        reader.set(initial_prefs(), host_of(&event).as_ref());
        say(announce, locale.text(Msg::AnnounceReset).to_owned());
    };
    // The open panel shows the settings: one effect checks the radios
    // (checking one unchecks the rest of its group) and, when the scale
    // has changed, writes the percentage and disables A−/A+ at the ends.
    let panel_ref = NodeRef::<leptos::html::Div>::new();
    let shown_scale = std::cell::Cell::new(scale);
    super::reader_prefs::follow(
        prefs,
        // A closed panel waits: it catches up when it opens.
        move || {
            open.try_get()
                .unwrap_or(false)
                .then(|| panel_ref.try_get().flatten().map(Into::into))
                .flatten()
        },
        move |panel, now| {
            for (name, value) in now.keywords() {
                let selector = ["input[name=", name, "][value=", value, "]"].concat();
                if let Ok(Some(radio)) = panel.query_selector(&selector) {
                    let radio: web_sys::HtmlInputElement = radio.unchecked_into();
                    if !radio.checked() {
                        radio.set_checked(true);
                    }
                }
            }
            if shown_scale.replace(now.scale) == now.scale {
                return;
            }
            if let Ok(Some(value)) = panel.query_selector(".nw-scale-value") {
                value.set_text_content(Some(&intl::percent(locale.tag(), now.scale)));
            }
            let ends = [
                (".nw-step:first-of-type", now.scale <= SCALE_MIN),
                (".nw-step:last-of-type", now.scale >= SCALE_MAX),
            ];
            for (selector, at_end) in ends {
                if let Ok(Some(step)) = panel.query_selector(selector) {
                    let disabled = if at_end { "true" } else { "false" };
                    super::reader_prefs::set_attribute(&step, "aria-disabled", disabled);
                }
            }
        },
    );
    let close = move |_| {
        open.set(false);
        if let Some(button) = toggle_ref.get_untracked() {
            let _ = button.focus();
        }
    };
    let title = super::widget::heading(
        level,
        Some("nw-settings-title".to_owned()),
        "nw-settings-title",
        locale.text(Msg::ViPanel).into_any(),
        false,
    );
    view! {
        <div
            id=PANEL_ID
            node_ref=panel_ref
            class="nw-settings"
            part="settings"
            role="group"
            aria-labelledby="nw-settings-title"
            hidden=move || !open.get()
        >
            {title}
            <fieldset class="nw-field">
                <legend>{locale.text(Msg::FontSize)}</legend>
                <div class="nw-scale">
                    <button
                        type="button"
                        class="nw-button nw-step" part="button"
                        aria-disabled=(scale <= SCALE_MIN).to_string()
                        on:click=move |e| step(-1, e)
                    >
                        <span class="nw-glyph" aria-hidden=HIDDEN dir="ltr">"A−"</span>
                        <span>{locale.text(Msg::FontSmaller)}</span>
                    </button>
                    // Not <output>: its implicit live region would announce each step a
                    // second time, after the widget's own announcement.
                    <span class="nw-scale-value">{percent}</span>
                    <button
                        type="button"
                        class="nw-button nw-step" part="button"
                        aria-disabled=(scale >= SCALE_MAX).to_string()
                        on:click=move |e| step(1, e)
                    >
                        <span class="nw-glyph" aria-hidden=HIDDEN dir="ltr">"A+"</span>
                        <span>{locale.text(Msg::FontLarger)}</span>
                    </button>
                </div>
            </fieldset>
            {radio_group(ctx, Msg::Scheme, "scheme", |p, v| Prefs { scheme: v, ..p }, scheme_label)}
            {radio_group(ctx, Msg::Images, "images", |p, v| Prefs { images: v, ..p }, images_label)}
            {radio_group(ctx, Msg::LetterSpacing, "letter", |p, v| Prefs { letter_spacing: v, ..p }, spacing_label)}
            {radio_group(ctx, Msg::LineSpacing, "line", |p, v| Prefs { line_spacing: v, ..p }, spacing_label)}
            {radio_group(ctx, Msg::Font, "font", |p, v| Prefs { font: v, ..p }, font_label)}
            <div class="nw-settings-actions">
                <button type="button" class="nw-button" part="button" on:click=reset>{locale.text(Msg::Reset)}</button>
                <button type="button" class="nw-button nw-secondary" part="button" on:click=close>{locale.text(Msg::Close)}</button>
            </div>
        </div>
    }
}

/// One setting as native radios in a fieldset: arrow keys move between
/// them, the legend names the group. Generic only in this thin layer; the
/// view itself is built once for every setting (a size cut: each generic
/// copy of a Leptos view costs kilobytes of wasm).
fn radio_group<C: Choice + Send + Sync>(
    ctx: PanelCtx,
    legend: Msg,
    name: &'static str,
    set: fn(Prefs, C) -> Prefs,
    label: fn(C) -> Msg,
) -> AnyView {
    let choices = C::ALL.iter().map(|&c| (c.as_attr(), label(c))).collect();
    radio_fieldset(
        ctx,
        legend,
        name,
        choices,
        Arc::new(move |prefs, value| C::from_attr(value).map_or(prefs, |c| set(prefs, c))),
    )
}

/// Returns the settings with one setting changed to a keyword.
type Choose = Arc<dyn Fn(Prefs, &str) -> Prefs + Send + Sync>;

fn radio_fieldset(
    ctx: PanelCtx,
    legend: Msg,
    name: &'static str,
    choices: Vec<(&'static str, Msg)>,
    choose: Choose,
) -> AnyView {
    let (locale, prefs) = (ctx.locale, ctx.reader.signal);
    let radios = choices
        .into_iter()
        .map(|(value, label)| {
            let choose = choose.clone();
            let on_change = move |event: web_sys::Event| {
                let next = choose(prefs.get_untracked(), value);
                apply(ctx, next, &event, legend, locale.text(label));
            };
            view! {
                <label class="nw-choice" data-value=value>
                    <input
                        type="radio"
                        name=name
                        value=value
                        on:change=on_change
                    />
                    <span class="nw-swatch" aria-hidden=HIDDEN>"Aa"</span>
                    <span>{locale.text(label)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="nw-field" data-setting=name>
            <legend>{locale.text(legend)}</legend>
            <div class="nw-choices">{radios}</div>
        </fieldset>
    }
    .into_any()
}

/// Saves a change, tells the host page, and announces "Setting: value".
fn apply(ctx: PanelCtx, next: Prefs, event: &web_sys::Event, setting: Msg, value: &str) {
    ctx.reader.set(next, host_of(event).as_ref());
    let locale = ctx.locale;
    let words = locale.format(
        Msg::AnnounceChange,
        None,
        &[("setting", locale.text(setting)), ("value", value)],
    );
    say(ctx.announce, words);
}

/// Puts `words` in the live region once the browser is idle: a screen
/// reader hears them a moment later, and the frame the change shows in
/// does not lay out the live region too.
fn say(announce: RwSignal<String>, words: String) {
    when_idle(Box::new(move || {
        let _ = announce.try_set(words);
    }));
}

/// The host element of the widget an event happened in.
fn host_of(event: &web_sys::Event) -> Option<Element> {
    let node: web_sys::Node = event.target()?.dyn_into().ok()?;
    node.get_root_node()
        .dyn_into::<ShadowRoot>()
        .ok()
        .map(|root| root.host())
}

fn scheme_label(scheme: Scheme) -> Msg {
    match scheme {
        Scheme::Default => Msg::SchemeDefault,
        Scheme::White => Msg::SchemeWhite,
        Scheme::Black => Msg::SchemeBlack,
        Scheme::Blue => Msg::SchemeBlue,
        Scheme::Brown => Msg::SchemeBrown,
        Scheme::Green => Msg::SchemeGreen,
    }
}

fn images_label(images: Images) -> Msg {
    match images {
        Images::Show => Msg::ImagesShow,
        Images::Grayscale => Msg::ImagesGrayscale,
        Images::Hide => Msg::ImagesHide,
    }
}

fn spacing_label(spacing: Spacing) -> Msg {
    match spacing {
        Spacing::Normal => Msg::SpacingNormal,
        Spacing::Medium => Msg::SpacingMedium,
        Spacing::Large => Msg::SpacingLarge,
    }
}

fn font_label(font: Font) -> Msg {
    match font {
        Font::Default => Msg::FontDefault,
        Font::Sans => Msg::FontSans,
        Font::Serif => Msg::FontSerif,
    }
}
