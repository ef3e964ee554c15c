//! `<NewsWidget/>`: the region with its heading, and the states around the
//! list (loading, error with retry, empty, the list itself).

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::fetch::{DEFAULT_TIMEOUT_MS, fetch_feed};
use super::intl::Formatters;
use super::reader_prefs::ReaderPrefs;
use super::settings::{SettingsPanel, SettingsToggle};
use super::speech::{self, Speaking};
use super::url::{document_base, feed_url, safe_http_url};
use crate::feed::{Feed, Item};
use crate::i18n::{Locale, Msg};
use crate::load::LoadError;
use crate::options::{ImagesOption, Options};
use crate::prefs::{Choice, Images};

/// Where one widget is in its life: the view is a function of this.
#[derive(Clone)]
enum Phase {
    Loading,
    Ready(Arc<Feed>),
    Failed(LoadError),
}

/// Id of the widget heading inside its shadow root (ids are scoped to it).
const HEADING_ID: &str = "nw-heading";

/// One news widget: a `region` landmark named by its heading, a polite
/// status line, and the newest items of the feed as a list of articles.
#[component]
pub fn NewsWidget(
    /// The site's settings for this widget.
    options: Options,
    /// The negotiated UI language.
    locale: Locale,
) -> impl IntoView {
    let feed_url = options.feed.as_deref().and_then(feed_url);
    let phase = RwSignal::new(if feed_url.is_some() {
        Phase::Loading
    } else {
        Phase::Failed(LoadError::NoFeed)
    });
    if feed_url.is_none() {
        log_problem(options.feed.as_deref().unwrap_or(""), &LoadError::NoFeed);
    }
    let load = {
        let feed_url = feed_url.clone();
        move || {
            let Some(url) = feed_url.clone() else { return };
            phase.set(Phase::Loading);
            spawn_local(async move {
                let next = match fetch_feed(&url, DEFAULT_TIMEOUT_MS).await {
                    Ok(feed) => Phase::Ready(Arc::new(feed)),
                    Err(error) => {
                        log_problem(&url, &error);
                        Phase::Failed(error)
                    }
                };
                // The widget may have been removed meanwhile: then nothing to do.
                let _ = phase.try_set(next);
            });
        }
    };
    load();

    let heading_ref = NodeRef::<leptos::html::Div>::new();
    let retry = move |_| {
        load();
        // The Retry button disappears: keep keyboard focus inside the widget.
        if let Some(heading) = heading_ref
            .get_untracked()
            .and_then(|d| d.first_element_child())
        {
            let _ = heading.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };

    let custom_heading = options.heading.clone();
    let heading_text = move || match (&custom_heading, phase.get()) {
        (Some(text), _) => text.clone(),
        (None, Phase::Ready(feed)) => feed
            .title
            .clone()
            .unwrap_or_else(|| locale.text(Msg::HeadingDefault).to_owned()),
        (None, _) => locale.text(Msg::HeadingDefault).to_owned(),
    };
    let max_items = options.max_items;
    let widget_key = next_widget_key();
    let relative_dates = options.relative_dates;
    let level = options.heading_level;
    let show_images = options.images == ImagesOption::Show;

    // A live region's first content is often not read: it starts empty and
    // gets "Loading news…" a moment after it is in the page.
    let live = RwSignal::new(false);
    set_timeout(
        move || {
            let _ = live.try_set(true);
        },
        std::time::Duration::from_millis(50),
    );
    let status = move || match phase.get() {
        Phase::Loading if live.get() => locale.text(Msg::Loading).to_owned(),
        Phase::Loading => String::new(),
        Phase::Ready(feed) if !feed.items.is_empty() => {
            let count = feed.items.len().min(max_items);
            let formatters = Formatters::new(locale.tag());
            locale.format(
                Msg::Loaded,
                Some(&formatters.plural(count)),
                &[("count", &formatters.number(count))],
            )
        }
        _ => String::new(),
    };
    let status_class = move || match phase.get() {
        Phase::Loading => "nw-status",
        _ => "nw-visually-hidden",
    };

    let body = move || match phase.get() {
        Phase::Loading => ().into_any(),
        Phase::Failed(error) => {
            let text = locale.format(error.message(), None, &[("status", &status_code(&error))]);
            let retry_button = error.is_retryable().then(|| {
                view! { <button type="button" class="nw-button" on:click=retry.clone()>{locale.text(Msg::Retry)}</button> }
            });
            view! {
                <div class="nw-error" role="alert">
                    <p>{text}</p>
                    {retry_button}
                </div>
            }
            .into_any()
        }
        Phase::Ready(feed) if feed.items.is_empty() => {
            view! { <p class="nw-empty">{locale.text(Msg::Empty)}</p> }.into_any()
        }
        Phase::Ready(feed) => {
            let base = options_base(feed_url.as_deref());
            let formatters = Formatters::new(locale.tag());
            let items = feed
                .items
                .iter()
                .take(max_items)
                .enumerate()
                .map(|(index, item)| {
                    news_item(
                        item,
                        widget_key,
                        relative_dates,
                        index,
                        level + 1,
                        show_images,
                        &base,
                        locale,
                        &formatters,
                    )
                })
                .collect_view();
            let all_news = feed
                .home_page_url
                .as_deref()
                .and_then(|raw| safe_http_url(raw, &base))
                .map(|href| {
                    view! { <p class="nw-more"><a href=href>{locale.text(Msg::AllNews)}</a></p> }
                });
            view! {
                <ul class="nw-list" lang=feed.language.clone()>{items}</ul>
                {all_news}
            }
            .into_any()
        }
    };

    let reader = match options.preview_prefs {
        Some(fixed) => ReaderPrefs::local(fixed),
        None => ReaderPrefs::shared(),
    };
    let prefs = reader.signal;
    let images_attr = move || match show_images {
        true => prefs.get().images.as_attr(),
        false => Images::Hide.as_attr(),
    };
    let open = RwSignal::new(false);
    let announce = RwSignal::new(String::new());
    let toggle_ref = NodeRef::<leptos::html::Button>::new();
    let close_on_escape = move |event: web_sys::KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            event.prevent_default();
            open.set(false);
            if let Some(button) = toggle_ref.get_untracked() {
                let _ = button.focus();
            }
        }
    };

    view! {
        <section
            class="nw"
            aria-labelledby=HEADING_ID
            lang=locale.tag()
            dir=locale.dir()
            data-scheme=move || prefs.get().scheme.as_attr()
            data-images=images_attr
            data-letter=move || prefs.get().letter_spacing.as_attr()
            data-line=move || prefs.get().line_spacing.as_attr()
            data-font=move || prefs.get().font.as_attr()
            style:--nw-scale=move || prefs.get().scale_css()
            on:keydown=close_on_escape
        >
            <div class="nw-header">
                <div class="nw-heading" node_ref=heading_ref>
                    {move || heading(level, Some(HEADING_ID.to_owned()), "nw-title", heading_text().into_any(), true)}
                </div>
                <SettingsToggle open locale toggle_ref/>
            </div>
            <SettingsPanel open locale announce level=level + 1 toggle_ref reader/>
            <p class="nw-visually-hidden" aria-live="polite">{move || announce.get()}</p>
            <p class=status_class role="status">{status}</p>
            {body}
        </section>
    }
}

/// One item: an `article` in a list item, labelled by its title.
#[allow(clippy::too_many_arguments)]
fn news_item(
    item: &Item,
    widget_key: u32,
    relative_dates: bool,
    index: usize,
    level: u8,
    show_images: bool,
    base: &str,
    locale: Locale,
    formatters: &Formatters,
) -> impl IntoView + use<> {
    let title_id = item.title.as_ref().map(|_| format!("nw-item-{index}"));
    let link = item.url.as_deref().and_then(|raw| safe_http_url(raw, base));
    let title = item.title.clone().map(|text| {
        let inner = match link {
            // dir="auto" isolates a Latin title in an Arabic widget (and the
            // reverse), so its punctuation stays where it belongs.
            Some(href) => view! { <a href=href dir="auto">{text}</a> }.into_any(),
            None => view! { <bdi>{text}</bdi> }.into_any(),
        };
        heading(level, title_id.clone(), "nw-item-title", inner, false)
    });
    let dates = item.published.or(item.modified).map(|when| {
        let absolute = formatters.date(when.unix_ms);
        // Relative wording is what sighted readers see; the full date stays in
        // `datetime`, the tooltip and the text a screen reader reads.
        let relative = relative_dates
            .then(|| formatters.relative_days(when.unix_ms, js_sys::Date::now()))
            .flatten();
        let shown = match relative {
            Some(relative) => view! {
                <span aria-hidden="true">{relative}</span>
                <span class="nw-visually-hidden">{absolute.clone()}</span>
            }
            .into_any(),
            None => absolute.clone().into_any(),
        };
        let updated = item.published.and(item.modified).map(|modified| {
            let text = locale.format(
                Msg::Updated,
                None,
                &[("date", &formatters.date(modified.unix_ms))],
            );
            view! { " · " <time datetime=modified.to_rfc3339_utc()>{text}</time> }
        });
        view! {
            // Interface text (the formatted date) in the UI language, inside
            // an article that may be in another.
            <p class="nw-meta" lang=locale.tag()>
                <time datetime=when.to_rfc3339_utc() title=absolute>{shown}</time>
                {updated}
            </p>
        }
    });
    let image = show_images
        .then_some(item.image.as_ref())
        .flatten()
        .and_then(|image| {
            Some((
                safe_http_url(&image.url, base)?,
                image.alt.clone().unwrap_or_default(),
            ))
        })
        .map(|(src, alt)| {
            view! {
                <img
                    class="nw-image"
                    src=src
                    alt=alt
                    loading="lazy"
                    decoding="async"
                    on:error=|event| hide_target(&event)
                />
            }
        });
    let summary = item
        .summary
        .clone()
        .map(|text| view! { <p class="nw-summary" dir="auto">{text}</p> });
    let read_aloud = speech::available().then(|| {
        let spoken = [
            item.title.clone(),
            // The date in the item's language, since the item's voice reads it.
            item.published.map(|p| match &item.language {
                Some(lang) => Formatters::new(lang).date(p.unix_ms),
                None => formatters.date(p.unix_ms),
            }),
            item.summary.clone(),
        ]
        .into_iter()
        .flatten()
        .map(|part| part.trim_end_matches('.').to_owned())
        .collect::<Vec<_>>()
        .join(". ");
        read_aloud_controls(
            format!("{widget_key}:{index}"),
            spoken,
            item.language.clone(),
            title_id.clone(),
            locale,
        )
    });
    let authors = (!item.authors.is_empty()).then(|| {
        let label = locale.format(
            Msg::Authors,
            Some(&formatters.plural(item.authors.len())),
            &[],
        );
        view! {
            <p class="nw-authors">
                <span class="nw-label" lang=locale.tag()>{label}": "</span>
                <bdi>{formatters.list(&item.authors)}</bdi>
            </p>
        }
    });
    let tags = (!item.tags.is_empty()).then(|| {
        let tags = item
            .tags
            .iter()
            .map(|tag| view! { <li dir="auto">{tag.clone()}</li> })
            .collect_view();
        view! { <ul class="nw-tags" aria-label=locale.text(Msg::Tags)>{tags}</ul> }
    });
    view! {
        <li class="nw-item">
            <article class="nw-article" aria-labelledby=title_id lang=item.language.clone()>
                {title}
                {dates}
                {image}
                {summary}
                {read_aloud}
                {authors}
                {tags}
            </article>
        </li>
    }
}

/// "Read aloud" / "Stop reading", and "Pause" / "Resume" while this item
/// is being read. Described by the item title, so each button is distinct.
fn read_aloud_controls(
    key: String,
    spoken: String,
    lang: Option<String>,
    title_id: Option<String>,
    locale: Locale,
) -> impl IntoView {
    let state = speech::speaking();
    let active = {
        let key = key.clone();
        move || matches!(state.get(), Speaking::Reading(k) | Speaking::Paused(k) if k == key)
    };
    let paused = {
        let key = key.clone();
        move || matches!(state.get(), Speaking::Paused(k) if k == key)
    };
    let toggle = {
        let active = active.clone();
        move |_| {
            if active() {
                speech::stop();
            } else {
                speech::speak(key.clone(), &spoken, lang.as_deref());
            }
        }
    };
    let pause_button = {
        let active = active.clone();
        move || {
            let paused = paused.clone();
            active().then(|| {
                view! {
                    <button type="button" class="nw-button nw-small nw-secondary" on:click=|_| speech::toggle_pause()>
                        {move || locale.text(if paused() { Msg::ReadResume } else { Msg::ReadPause })}
                    </button>
                }
            })
        }
    };
    view! {
        <div class="nw-read" lang=locale.tag()>
            <button
                type="button"
                class="nw-button nw-small nw-secondary"
                aria-describedby=title_id
                on:click=toggle
            >
                {move || locale.text(if active() { Msg::ReadStop } else { Msg::ReadAloud })}
            </button>
            {pause_button}
        </div>
    }
}

/// A heading of `level` (2–6), or an ARIA heading beyond 6, which HTML lacks.
pub(crate) fn heading(
    level: u8,
    id: Option<String>,
    class: &'static str,
    content: AnyView,
    focusable: bool,
) -> AnyView {
    let tabindex = focusable.then_some("-1");
    match level {
        2 => view! { <h2 id=id class=class tabindex=tabindex>{content}</h2> }.into_any(),
        3 => view! { <h3 id=id class=class tabindex=tabindex>{content}</h3> }.into_any(),
        4 => view! { <h4 id=id class=class tabindex=tabindex>{content}</h4> }.into_any(),
        5 => view! { <h5 id=id class=class tabindex=tabindex>{content}</h5> }.into_any(),
        6 => view! { <h6 id=id class=class tabindex=tabindex>{content}</h6> }.into_any(),
        _ => view! {
            <p role="heading" attr:aria-level=level.to_string() id=id class=class tabindex=tabindex>{content}</p>
        }
        .into_any(),
    }
}

/// A number unique to each widget on the page (keys its read-aloud state).
fn next_widget_key() -> u32 {
    thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    NEXT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}

/// Item links and images resolve against the feed's own URL.
fn options_base(feed_url: Option<&str>) -> String {
    feed_url.map_or_else(document_base, str::to_owned)
}

fn status_code(error: &LoadError) -> String {
    match error {
        LoadError::Status(code) => code.to_string(),
        _ => String::new(),
    }
}

/// A picture that fails to load leaves no broken-image box behind.
fn hide_target(event: &web_sys::Event) {
    if let Some(element) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    {
        element.set_hidden(true);
    }
}

/// Detail for editors in the console; readers see the localized message.
fn log_problem(feed_url: &str, error: &LoadError) {
    web_sys::console::warn_1(&format!("news-widget: feed {feed_url:?}: {error}").into());
}
