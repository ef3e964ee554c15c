//! `<NewsWidget/>`: the region with its heading, and the states around the
//! list (loading, error with retry, saved copy, empty, the list itself,
//! "Show more", automatic updates with pause).

use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::fetch::{load_feed, next_task, saved_copy};
use super::intl::{self, Formatters};
use super::reader_prefs::{self, ReaderPrefs};
use super::settings::{SettingsPanel, SettingsToggle};
use super::space;
use super::speech::{self, Speaking};
use super::url::{document_base, feed_url, safe_http_url};
use crate::feed::{Attachment, Feed, Item};
use crate::i18n::{Locale, Msg};
use crate::load::LoadError;
use crate::loading::{Effect, Event, Machine, SavedCopy, Status, Wait};
use crate::merge::{Part, merge};
use crate::options::{ImagesOption, Layout, MAX_FEEDS, Options};
use crate::prefs::{Choice, Images};

/// Id of the widget heading inside its shadow root (ids are scoped to it).
const HEADING_ID: &str = "nw-heading";

/// Runs a widget's [`Machine`]: hands it events, performs its effects
/// (fetch, timers, drawing, the status line and announcements). Copy, so
/// timers and callbacks can hold it and find out when the widget is gone
/// (`try_*` fails).
#[derive(Clone, Copy)]
struct Loader {
    timeout_ms: u32,
    locale: Locale,
    /// The feeds' absolute URLs, in the order of the `feed` attribute.
    urls: StoredValue<Vec<String>>,
    /// The site's options: filters and `base-url` for [`merge`].
    options: StoredValue<Options>,
    /// The `feed` attribute as written, for the console when it is no URL.
    attribute: StoredValue<String>,
    /// The machine; the view reads [`Machine::shown`], notified on
    /// [`Effect::Draw`] only (one signal type: each costs wasm bytes).
    state: RwSignal<Machine>,
    /// The status line: "Loading news…", then the number of items.
    status: RwSignal<String>,
    /// Polite announcements ("2 new news items").
    announce: RwSignal<String>,
    /// The list, to keep the reader's place when items are added above it.
    list: NodeRef<leptos::html::Ul>,
}

impl Loader {
    /// Hands `event` to the machine and performs what it asks, in order.
    fn send(self, event: Event) {
        let Some(effects) = self.state.try_update_untracked(|m| m.handle(event)) else {
            return;
        };
        let mut place = None;
        let mut focused = None;
        let mut reveal = None;
        for effect in effects {
            match effect {
                Effect::Fetch { generation } => self.fetch(generation),
                Effect::Wait { generation, wait } => self.wait(generation, wait),
                Effect::KeepPlace { focus } => {
                    place = reading_place(self.list);
                    focused = focus.then(|| focus_in(self.list)).flatten();
                }
                Effect::Draw => self.state.notify(),
                Effect::RevealNext { generation } => reveal = Some(generation),
                Effect::Status(status) => self.status.set(self.status_text(status)),
                Effect::AnnounceNew(count) => {
                    let formatters = intl::cached(self.locale.tag());
                    self.say(self.locale.format(
                        Msg::NewItems,
                        Some(&formatters.plural(count)),
                        &[("count", &formatters.number(count))],
                    ));
                }
                Effect::FocusItem(index) => {
                    let list = self.list;
                    request_animation_frame(move || focus_item(list, index));
                }
                Effect::Log(error) => {
                    let urls = self.urls.try_get_value().unwrap_or_default();
                    let named = match urls.is_empty() {
                        true => self.attribute.try_get_value().unwrap_or_default(),
                        false => urls.join(" "),
                    };
                    log_problem(&named, &error);
                }
            }
        }
        if place.is_some() || focused.is_some() || reveal.is_some() {
            spawn_local(async move {
                keep_reading_place(place).await;
                keep_focus(focused).await;
                if let Some(generation) = reveal {
                    next_task().await;
                    self.send(Event::RevealDue { generation });
                }
            });
        }
    }

    /// Loads every feed at once; the machine gets one list. When some of
    /// several fail, their saved copies stand in, the others' items show,
    /// the notice names what is missing, and the machine retries.
    fn fetch(self, generation: u32) {
        let Some(urls) = self.urls.try_get_value().filter(|u| !u.is_empty()) else {
            return;
        };
        spawn_local(async move {
            // All started at once, each in its own task; then awaited in
            // order (`join_all` would bring 3 KB of futures machinery).
            let loads: Vec<_> = urls
                .iter()
                .map(|url| load_feed(url, self.timeout_ms))
                .collect();
            for load in &loads[1..] {
                spawn_local(load.clone().map(drop));
            }
            let several = urls.len() > 1;
            let mut parts = Vec::new();
            let mut missing = Vec::new();
            // When the stand-ins were saved: the oldest dates them all.
            let mut oldest: Option<i64> = None;
            // The most hopeful failure: what retries are worth.
            let mut worst: Option<LoadError> = None;
            for (position, (url, load)) in urls.iter().zip(loads).enumerate() {
                match load.await {
                    Ok(feed) => parts.push((position, url.clone(), feed)),
                    Err(error) => {
                        // One feed: its saved copy is read by `fail` only
                        // when nothing is shown; several: each failed one's
                        // copy stands in for it, read once, here.
                        let stand_in = several.then(|| saved_copy(url)).flatten();
                        missing.push(match &stand_in {
                            Some((_, feed)) => feed.title.clone().unwrap_or_else(|| short(url)),
                            None => short(url),
                        });
                        if let Some((at, feed)) = stand_in {
                            oldest = Some(oldest.map_or(at, |o| o.min(at)));
                            parts.push((position, url.clone(), Arc::new(feed)));
                        }
                        if several {
                            log_problem(url, &error);
                        }
                        if worst
                            .as_ref()
                            .is_none_or(|w| error.max_retries() > w.max_retries())
                        {
                            worst = Some(error);
                        }
                    }
                }
            }
            let any_fresh = missing.len() < urls.len();
            let retries = worst.as_ref().map_or(0, LoadError::max_retries);
            let event = match worst.filter(|_| !any_fresh) {
                // Nothing new at all: as for one feed, the saved copies of
                // them all when the machine wants them.
                Some(error) => {
                    let wanted = self.state.try_with_untracked(Machine::wants_saved_copy);
                    let saved = wanted.unwrap_or(false).then(|| match several {
                        // The stand-ins are every saved copy there is.
                        true => oldest.map(|at| (at, Arc::unwrap_or_clone(self.merged(&parts)))),
                        false => self.saved(),
                    });
                    Event::Failed {
                        generation,
                        error,
                        saved: saved.flatten(),
                    }
                }
                None => Event::Loaded {
                    generation,
                    feed: self.merged(&parts),
                    now: js_sys::Date::now() as i64,
                    missing,
                    retries,
                },
            };
            self.send(event);
        });
    }

    /// The list from these feeds (position in `feed`, URL, feed), through
    /// the site's filters.
    fn merged(self, parts: &[(usize, String, Arc<Feed>)]) -> Arc<Feed> {
        let options = self.options.try_get_value().unwrap_or_default();
        let several = self.urls.try_with_value(|urls| urls.len() > 1) == Some(true);
        if let [(_, _, feed)] = parts
            && !several
            && options.tags.is_empty()
            && options.exclude_tags.is_empty()
        {
            return feed.clone();
        }
        let base = options
            .base_url
            .as_deref()
            .and_then(|raw| safe_http_url(raw, &document_base()));
        let parts: Vec<Part> = parts
            .iter()
            .map(|(position, url, feed)| Part {
                feed,
                base: base.as_deref().unwrap_or(url),
                position: *position,
            })
            .collect();
        Arc::new(merge(&parts, several, &options))
    }

    /// The saved copies of the widget's feeds as one list, dated by the
    /// oldest of them.
    fn saved(self) -> Option<SavedCopy> {
        let urls = self.urls.try_get_value()?;
        let mut oldest = None;
        let mut parts = Vec::new();
        for (position, url) in urls.iter().enumerate() {
            if let Some((at, feed)) = saved_copy(url) {
                oldest = Some(oldest.map_or(at, |o: i64| o.min(at)));
                parts.push((position, url.clone(), Arc::new(feed)));
            }
        }
        let oldest = oldest?;
        Some((oldest, Arc::unwrap_or_clone(self.merged(&parts))))
    }

    fn wait(self, generation: u32, wait: Wait) {
        set_timeout(
            move || {
                self.send(Event::WaitOver {
                    generation,
                    wait,
                    page_hidden: page_hidden(),
                })
            },
            Duration::from_millis(u64::from(wait.delay_ms())),
        );
    }

    /// A polite announcement; cleared first, so the same words twice
    /// ("1 new news item" at two updates) are spoken twice.
    fn say(self, text: String) {
        if self.announce.try_set(String::new()).is_some() {
            return;
        }
        set_timeout(
            move || {
                let _ = self.announce.try_set(text);
            },
            Duration::from_millis(100),
        );
    }

    fn status_text(self, status: Status) -> String {
        match status {
            Status::Loading => self.locale.text(Msg::Loading).to_owned(),
            Status::Count(count) => {
                let formatters = intl::cached(self.locale.tag());
                self.locale.format(
                    Msg::Loaded,
                    Some(&formatters.plural(count)),
                    &[("count", &formatters.number(count))],
                )
            }
            Status::SavedNotice(fetched_at) => self.notice_text(fetched_at),
            Status::Partial(count) => {
                let missing = self.state.with_untracked(|m| m.shown().missing.clone());
                let partial = partial_text(self.locale, &missing);
                match count {
                    Some(count) => {
                        [&self.status_text(Status::Count(count)), ". ", &partial].concat()
                    }
                    None => partial,
                }
            }
            Status::Clear => String::new(),
        }
    }

    /// "The news could not be updated. Showing news saved on …".
    fn notice_text(self, fetched_at: i64) -> String {
        let date = intl::cached(self.locale.tag()).date_time(fetched_at);
        self.locale
            .format(Msg::SavedNotice, None, &[("date", &date)])
    }
}

/// "Some news could not be updated: A and B. The rest is current.", or
/// nothing when no feed is missing.
fn partial_text(locale: Locale, missing: &[String]) -> String {
    match missing.is_empty() {
        true => String::new(),
        false => {
            let names = intl::cached(locale.tag()).list(missing);
            locale.format(Msg::FeedsPartial, None, &[("feeds", &names)])
        }
    }
}

/// One news widget: a `region` landmark named by its heading, a polite
/// status line, and the newest items of the feed as a list of articles.
#[component]
pub fn NewsWidget(
    /// The site's settings for this widget.
    options: Options,
    /// The negotiated UI language.
    locale: Locale,
) -> impl IntoView {
    // Resolved first, then repeats out and capped, as the loader does.
    let mut urls: Vec<String> = Vec::new();
    for url in options.feeds().into_iter().filter_map(feed_url) {
        if !urls.contains(&url) && urls.len() < MAX_FEEDS {
            urls.push(url);
        }
    }
    // What the widget's remembered height is kept under (see `reserve`).
    let feed_url = (!urls.is_empty()).then(|| [urls.join(" "), options.look_key()].concat());
    let max_items = options.max_items;
    let state = RwSignal::new(Machine::new(
        max_items,
        options.refresh_secs,
        !urls.is_empty(),
    ));
    let loader = Loader {
        timeout_ms: options.timeout_ms,
        locale,
        urls: StoredValue::new(urls.clone()),
        options: StoredValue::new(options.clone()),
        attribute: StoredValue::new(options.feed.clone().unwrap_or_default()),
        state,
        status: RwSignal::new(String::new()),
        announce: RwSignal::new(String::new()),
        list: NodeRef::new(),
    };
    loader.send(Event::Mounted {
        saved: loader.saved(),
        now: js_sys::Date::now() as i64,
    });
    // Back online: no need to wait for the next retry.
    let online = window_event_listener(leptos::ev::online, move |_| loader.send(Event::Online));
    on_cleanup(move || {
        online.remove();
        loader.send(Event::Removed);
    });

    // The failure and the age of what is shown change together; a memo, so
    // the alert is not re-inserted (and re-announced) by unrelated changes.
    let problem = Memo::new(move |_| {
        state.with(|m| {
            let s = m.shown();
            s.problem.clone().map(|p| (p, s.fetched_at))
        })
    });
    let has_feed = Memo::new(move |_| state.with(|m| m.shown().feed.is_some()));
    let heading_ref = NodeRef::<leptos::html::Div>::new();
    // Once the news (or an error) are on screen, the space the loader held
    // gives way to the widget's own height, remembered for the next visit:
    // in the frame that first shows them, before it is painted. (A plain
    // frame callback: an `Effect` would bring its whole machinery, 2 KB.)
    let section_ref = NodeRef::<leptos::html::Section>::new();
    let remembered_url = StoredValue::new(feed_url.clone());
    let release_space = move |feed_shown: bool| {
        // The widget may be gone by the next frame (freed right after it
        // rendered): then there is nothing to release.
        request_animation_frame(move || {
            if let Some(section) = section_ref.try_get_untracked().flatten() {
                let url = remembered_url
                    .try_get_value()
                    .flatten()
                    .filter(|_| feed_shown);
                space::release(&section, url.as_deref());
            }
        })
    };
    // The site's theme, checked before the first paint.
    request_animation_frame(move || {
        if let Some(section) = section_ref.try_get_untracked().flatten() {
            super::theme::watch(section);
        }
    });
    let retry = move |_| {
        loader.send(Event::Retry);
        // Without news shown, the Retry button disappears: keep keyboard
        // focus inside the widget. (With news shown it stays where it is.)
        if has_feed.get_untracked() {
            return;
        }
        if let Some(heading) = heading_ref
            .get_untracked()
            .and_then(|d| d.first_element_child())
        {
            let _ = heading.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };

    let status = loader.status;
    let status_class = move || match has_feed.get() || problem.with(Option::is_some) {
        true => "nw-visually-hidden",
        false => "nw-status",
    };

    let retry_button = move |error: &LoadError| {
        error.is_retryable().then(|| {
            view! { <button type="button" class="nw-button" part="button" on:click=retry>{locale.text(Msg::Retry)}</button> }
        })
    };
    // No feed to show: the failure, named, with a way to try again.
    let error_box = move || {
        let (error, _) = problem.get().filter(|_| !has_feed.get())?;
        release_space(false);
        let text = locale.format(error.message(), None, &[("status", &status_code(&error))]);
        Some(view! {
            <div class="nw-error" role="alert">
                <p>{text}</p>
                {retry_button(&error)}
            </div>
        })
    };
    // A feed to show, but the last load failed: say how old it is.
    // Or some of several feeds failed: which (their retries are automatic).
    let saved_notice = move || {
        let failed = problem.get().filter(|_| has_feed.get());
        let (text, retry) = match failed {
            Some((error, fetched_at)) => (loader.notice_text(fetched_at?), retry_button(&error)),
            None => (
                state.with(|m| partial_text(locale, &m.shown().missing)),
                None,
            ),
        };
        // Spoken through the status line (`Status::SavedNotice` and
        // `Status::Partial`), not here: a live region inserted with its
        // text is often not read.
        (!text.is_empty()).then(|| {
            view! {
                <div class="nw-notice">
                    <p>{text}</p>
                    {retry}
                </div>
            }
        })
    };

    let custom_heading = options.heading.clone();
    let heading_text = move || match custom_heading.clone() {
        Some(text) => text,
        None => state
            .with(|m| m.shown().feed.as_ref().and_then(|f| f.title.clone()))
            .unwrap_or_else(|| locale.text(Msg::HeadingDefault).to_owned()),
    };
    let level = options.heading_level;
    let show_images = options.images == ImagesOption::Show;

    let base = options
        .base_url
        .as_deref()
        .and_then(|raw| safe_http_url(raw, &document_base()))
        .or_else(|| urls.first().cloned())
        .unwrap_or_else(document_base);
    let look = ItemLook {
        relative_dates: options.relative_dates,
        level: level + 1,
        show_images,
        layout: options.layout,
    };
    let list_ref = loader.list;
    let visible = move || state.with(|m| m.shown().visible().cloned().collect::<Vec<_>>());
    // Memos: the button and the message are not drawn anew (losing focus)
    // on every update, only when they come or go.
    let is_empty = Memo::new(move |_| {
        state.with(|m| m.shown().feed.as_ref().is_some_and(|f| f.items.is_empty()))
    });
    let has_more = Memo::new(move |_| state.with(|m| m.shown().has_more()));
    // After the new items are in the page, focus moves to the first one.
    let show_more = move |_| loader.send(Event::ShowMore);
    let pause_button = options.refresh_secs.map(|_| {
        let paused = Memo::new(move |_| state.with(|m| m.shown().paused));
        let toggle = move |_| loader.send(Event::PauseToggled);
        view! {
            <p class="nw-toolbar">
                <button type="button" class="nw-button nw-small nw-secondary" part="button" on:click=toggle>
                    {move || locale.text(if paused.get() { Msg::UpdatesResume } else { Msg::UpdatesPause })}
                </button>
            </p>
        }
    });
    let list = move || {
        has_feed.get().then(|| {
            release_space(true);
            let link_base = base.clone();
            let base = base.clone();
            let item_view = move |item: Item| {
                news_item(
                    &item,
                    next_item_key(),
                    look,
                    &base,
                    locale,
                    &intl::cached(locale.tag()),
                )
            };
            let all_news = move || {
                state.with(|m| {
                    m.shown()
                        .feed
                        .as_ref()?
                        .home_page_url
                        .as_deref()
                        .and_then(|raw| safe_http_url(raw, &link_base))
                })
            };
            let no_all_news = {
                let all_news = all_news.clone();
                move || all_news().is_none()
            };
            view! {
                {move || is_empty.get().then(|| view! { <p class="nw-empty">{locale.text(Msg::Empty)}</p> })}
                <ul
                    class="nw-list"
                    node_ref=list_ref
                    hidden=move || is_empty.get()
                    lang=move || state.with(|m| m.shown().feed.as_ref().and_then(|f| f.language.clone()))
                >
                    <For each=visible key=item_key children=item_view/>
                </ul>
                {move || has_more.get().then(|| view! {
                    <p class="nw-show-more">
                        <button type="button" class="nw-button" part="button" on:click=show_more>{locale.text(Msg::ShowMore)}</button>
                    </p>
                })}
                // Updated in place, so a focused link stays focused.
                <p class="nw-more" hidden=no_all_news>
                    <a href=all_news>{locale.text(Msg::AllNews)}</a>
                </p>
            }
        })
    };

    let reader = match options.preview_prefs {
        Some(fixed) => ReaderPrefs::local(fixed),
        None => ReaderPrefs::shared(),
    };
    let prefs = reader.signal;
    // data-scheme, data-images, data-letter, data-line, data-font and
    // --nw-scale: what every setting's CSS keys on.
    reader_prefs::follow(
        prefs,
        move || section_ref.try_get().flatten().map(Into::into),
        move |section, now| {
            for (name, value) in now.keywords() {
                let value = match name {
                    "images" if !show_images => Images::Hide.as_attr(),
                    _ => value,
                };
                reader_prefs::set_attribute(section, &["data-", name].concat(), value);
            }
            let style = section.unchecked_ref::<web_sys::HtmlElement>().style();
            let scale = now.scale_css();
            if style.get_property_value("--nw-scale").ok().as_deref() != Some(scale.as_str()) {
                let _ = style.set_property("--nw-scale", &scale);
            }
        },
    );
    let open = RwSignal::new(false);
    let announce = loader.announce;
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
            part="widget"
            data-layout=options.layout.as_attr()
            node_ref=section_ref
            aria-labelledby=HEADING_ID
            lang=locale.tag()
            dir=locale.dir()
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
            {error_box}
            {saved_notice}
            {pause_button}
            {list}
        </section>
    }
}

/// The `For` key of an item: its id, plus what an edit changes, so an
/// edited item is drawn anew while the others keep their nodes (and focus).
fn item_key(item: &Item) -> String {
    let ms = |t: Option<crate::feed::Timestamp>| t.map_or(0, |t| t.unix_ms);
    // Id, title and link together are unique in a feed (see `feed::Reader`).
    [
        item.id.as_str(),
        &ms(item.modified).to_string(),
        &ms(item.published).to_string(),
        item.title.as_deref().unwrap_or(""),
        item.url.as_deref().unwrap_or(""),
    ]
    .join("\u{1f}")
}

/// Focuses item `index` of the list: its title link, else its heading.
fn focus_item(list: NodeRef<leptos::html::Ul>, index: usize) {
    let Some(item) = list
        .get_untracked()
        .and_then(|ul| ul.children().item(index as u32))
    else {
        return;
    };
    let target = ["a.nw-title-link", ".nw-item-title"]
        .iter()
        .find_map(|selector| item.query_selector(selector).ok().flatten());
    if let Some(target) = target {
        if !target.has_attribute("href") {
            let _ = target.set_attribute("tabindex", "-1");
        }
        let _ = target.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Where the reader is in the list, if they have scrolled into it: the
/// first item still in view and its distance from the top of the window.
fn reading_place(list: NodeRef<leptos::html::Ul>) -> Option<(web_sys::Element, f64)> {
    let list = list.get_untracked()?;
    if list.get_bounding_client_rect().top() >= 0.0 {
        // The list starts in view: new items on top are what the reader sees.
        return None;
    }
    let items = list.children();
    (0..items.length())
        .filter_map(|i| items.item(i))
        .find(|item| item.get_bounding_client_rect().bottom() > 0.0)
        .map(|item| {
            // The title, not the list item: an item that stops being the
            // first one gains a separator above its content.
            let title = item
                .query_selector(".nw-item-title")
                .ok()
                .flatten()
                .unwrap_or(item);
            let top = title.get_bounding_client_rect().top();
            (title, top)
        })
}

/// After the list has changed (and before the browser paints), scrolls by
/// whatever the items added above moved the reader's place. Browsers'
/// own scroll anchoring does not reach into the shadow root here.
async fn keep_reading_place(place: Option<(web_sys::Element, f64)>) {
    let Some((item, top)) = place else { return };
    next_frame().await;
    let moved = item.get_bounding_client_rect().top() - top;
    if moved.abs() >= 1.0
        && let Some(window) = web_sys::window()
    {
        window.scroll_by_with_x_and_y(0.0, moved);
    }
}

/// The element with keyboard focus, when it is inside the list.
fn focus_in(list: NodeRef<leptos::html::Ul>) -> Option<web_sys::HtmlElement> {
    let list = list.get_untracked()?;
    let root = list
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()?;
    let focused = root.active_element()?;
    list.contains(Some(&focused))
        .then(|| focused.dyn_into::<web_sys::HtmlElement>().ok())
        .flatten()
}

/// Many items added at once can make Leptos move list nodes, and a moved
/// element loses focus: give it back, without scrolling.
async fn keep_focus(focused: Option<web_sys::HtmlElement>) {
    let Some(element) = focused else { return };
    next_frame().await;
    let lost = element
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .is_ok_and(|root| root.active_element().is_none());
    if lost && element.is_connected() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// Resolves just before the next paint, when every pending render is done.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(resolve.unchecked_ref());
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// How every item of one widget is drawn (the site's options).
#[derive(Clone, Copy)]
struct ItemLook {
    /// `dates="relative"`.
    relative_dates: bool,
    /// The item titles' heading level.
    level: u8,
    /// `images` is not `hide`.
    show_images: bool,
    /// `layout`.
    layout: Layout,
}

/// One item: an `article` in a list item, labelled by its title. In the
/// headlines layout only its title and date are rendered.
fn news_item(
    item: &Item,
    key: u32,
    look: ItemLook,
    base: &str,
    locale: Locale,
    formatters: &Formatters,
) -> impl IntoView + use<> {
    let ItemLook {
        relative_dates,
        level,
        show_images,
        layout,
    } = look;
    let full = layout != Layout::Headlines;
    let link = item.url.as_deref().and_then(|raw| safe_http_url(raw, base));
    // A feed may give only a link (RSS allows it): the link still needs words.
    let title = item
        .title
        .clone()
        .or_else(|| link.as_ref().map(|_| locale.text(Msg::Untitled).to_owned()));
    let title_id = title.as_ref().map(|_| format!("nw-item-{key}"));
    let title = title.map(|text| {
        let inner = match link {
            // dir="auto" isolates a Latin title in an Arabic widget (and the
            // reverse), so its punctuation stays where it belongs.
            Some(href) => {
                view! { <a class="nw-title-link" href=href dir="auto">{text}</a> }.into_any()
            }
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
            <p class="nw-meta" part="date" lang=locale.tag()>
                <time datetime=when.to_rfc3339_utc() title=absolute>{shown}</time>
                {updated}
            </p>
        }
    });
    let image = (show_images && full)
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
                    part="image"
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
        .filter(|_| full)
        .map(|text| view! { <p class="nw-summary" part="summary" dir="auto">{text}</p> });
    let read_aloud = (full && speech::available()).then(|| {
        let spoken = [
            item.title.clone(),
            // The date in the item's language, since the item's voice reads it.
            item.published.map(|p| match &item.language {
                Some(lang) => intl::cached(lang).date(p.unix_ms),
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
            key.to_string(),
            spoken,
            item.language.clone(),
            item_name(item),
            locale,
        )
    });
    let authors = (full && !item.authors.is_empty()).then(|| {
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
    let tags = (full && !item.tags.is_empty()).then(|| {
        let tags = item
            .tags
            .iter()
            .map(|tag| view! { <li dir="auto">{tag.clone()}</li> })
            .collect_view();
        view! { <ul class="nw-tags" part="tags" aria-label=locale.text(Msg::Tags)>{tags}</ul> }
    });
    let attachments = attachment_list(
        if full { &item.attachments } else { &[] },
        base,
        locale,
        formatters,
    );
    // A class, not `:has(img)`: the images setting then restyles only the
    // articles with a picture, not every article of every widget. A card
    // has its picture on top, first in reading order too.
    let cards = layout == Layout::Cards;
    let article_class = match image.is_some() && !cards {
        true => "nw-article nw-with-image",
        false => "nw-article",
    };
    let (image_on_top, image) = match cards {
        true => (image, None),
        false => (None, image),
    };
    view! {
        <li class="nw-item" part="item">
            <article class=article_class aria-labelledby=title_id lang=item.language.clone()>
                {image_on_top}
                {title}
                {dates}
                {image}
                {summary}
                {attachments}
                {read_aloud}
                {authors}
                {tags}
            </article>
        </li>
    }
}

/// An item's files as links, each with its type and size when known:
/// "Programme (PDF, 1.2 MB)".
fn attachment_list(
    attachments: &[Attachment],
    base: &str,
    locale: Locale,
    formatters: &Formatters,
) -> Option<impl IntoView + use<>> {
    let links: Vec<_> = attachments
        .iter()
        .filter_map(|attachment| {
            let href = safe_http_url(&attachment.url, base)?;
            let file = file_name(&href);
            let kind = file
                .rsplit_once('.')
                .map(|(_, ext)| ext)
                .filter(|ext| {
                    (2..=4).contains(&ext.len()) && ext.chars().all(|c| c.is_ascii_alphanumeric())
                })
                .map(str::to_ascii_uppercase);
            let details: Vec<String> = kind
                .into_iter()
                .chain(attachment.size.map(|n| formatters.file_size(n)))
                .collect();
            let name = attachment.title.clone().unwrap_or(file);
            let details = (!details.is_empty()).then(|| format!(" ({})", details.join(", ")));
            Some(view! { <li><a href=href dir="auto">{name}</a>{details}</li> })
        })
        .collect();
    (!links.is_empty()).then(|| {
        view! { <ul class="nw-attachments" aria-label=locale.text(Msg::Attachments)>{links}</ul> }
    })
}

/// The last path segment of a URL, decoded: a readable link name when the
/// feed gives none.
fn file_name(href: &str) -> String {
    let path = href.split(['?', '#']).next().unwrap_or(href);
    let last = path.rsplit('/').find(|s| !s.is_empty()).unwrap_or(path);
    let decoded = js_sys::decode_uri_component(last)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| last.to_owned());
    // Decoding can bring back what the feed readers strip: bidi overrides
    // (`a%E2%80%AEfdp.exe` would read "aexe.pdf").
    crate::feed::normalize_whitespace(&decoded)
}

/// "Read aloud" / "Stop reading", and "Pause" / "Resume" while this item
/// is being read. Each button's name goes on with the item's title ("Read
/// aloud: Flu vaccination starts"), so a screen reader moving by buttons
/// hears which item each one is for; the name still starts with the
/// visible label (WCAG 2.5.3).
fn read_aloud_controls(
    key: String,
    spoken: String,
    lang: Option<String>,
    item: Option<String>,
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
    // In the item's language, like its title elsewhere.
    let for_item = item.map(|title| {
        view! { <span class="nw-visually-hidden" lang=lang.clone()>": "{title}</span> }
    });
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
        let for_item = for_item.clone();
        move || {
            let paused = paused.clone();
            active().then(|| {
                view! {
                    <button type="button" class="nw-button nw-small nw-secondary" part="button" on:click=|_| speech::toggle_pause()>
                        {move || locale.text(if paused() { Msg::ReadResume } else { Msg::ReadPause })}
                        {for_item.clone()}
                    </button>
                }
            })
        }
    };
    view! {
        <div class="nw-read" lang=locale.tag()>
            <button type="button" class="nw-button nw-small nw-secondary" part="button" on:click=toggle>
                {move || locale.text(if active() { Msg::ReadStop } else { Msg::ReadAloud })}
                {for_item}
            </button>
            {pause_button}
        </div>
    }
}

/// What names an item in its controls: the title, else the start of its
/// summary.
fn item_name(item: &Item) -> Option<String> {
    item.title.clone().or_else(|| {
        item.summary
            .as_deref()
            .map(|s| crate::feed::truncate_words(s, 60))
    })
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
    // The `::part()` names a site can style (README "Parts").
    let part = match class {
        "nw-title" => Some("heading"),
        "nw-item-title" => Some("item-title"),
        _ => None,
    };
    match level {
        2 => view! { <h2 id=id class=class part=part tabindex=tabindex>{content}</h2> }.into_any(),
        3 => view! { <h3 id=id class=class part=part tabindex=tabindex>{content}</h3> }.into_any(),
        4 => view! { <h4 id=id class=class part=part tabindex=tabindex>{content}</h4> }.into_any(),
        5 => view! { <h5 id=id class=class part=part tabindex=tabindex>{content}</h5> }.into_any(),
        6 => view! { <h6 id=id class=class part=part tabindex=tabindex>{content}</h6> }.into_any(),
        _ => view! {
            <p role="heading" attr:aria-level=level.to_string() id=id class=class part=part tabindex=tabindex>{content}</p>
        }
        .into_any(),
    }
}

/// A number unique to each rendered item on the page (its title id and
/// read-aloud state).
fn next_item_key() -> u32 {
    thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    NEXT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}

fn status_code(error: &LoadError) -> String {
    match error {
        LoadError::Status(code) => code.to_string(),
        _ => String::new(),
    }
}

/// A picture that fails to load leaves no broken-image box behind, and
/// its article no column for it.
fn hide_target(event: &web_sys::Event) {
    if let Some(element) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    {
        element.set_hidden(true);
        if let Some(article) = element.parent_element() {
            article.set_class_name("nw-article");
        }
    }
}

/// A feed's address without its scheme, to name it to readers.
fn short(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.trim_end_matches('/').to_owned()
}

/// Detail for editors in the console; readers see the localized message.
fn log_problem(feed_url: &str, error: &LoadError) {
    // Quoted by hand: `{:?}` would bring Rust's string escaping into the wasm.
    let text = ["news-widget: feed \"", feed_url, "\": ", &error.to_string()].concat();
    web_sys::console::warn_1(&text.into());
}
