//! The reader's settings, shared by every widget on the page: one signal,
//! persisted in `localStorage` (one record per site), followed across tabs
//! (`storage` events), mirrored from an active bvi plugin on the host page,
//! and reported to the host page as a DOM event.

use std::cell::OnceCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{
    CustomEvent, CustomEventInit, Element, MutationObserver, MutationObserverInit, StorageEvent,
};

use super::storage;
use crate::prefs::{Choice, Prefs};

/// `localStorage` key of the settings record.
pub const STORAGE_KEY: &str = "news-widget:prefs";
/// Name of the event a host element receives after the reader changes a setting.
pub const CHANGE_EVENT: &str = "news-widget:prefs";

/// The bvi attributes we mirror, without their `data-bvi-` prefix.
const BVI_ATTRIBUTES: [&str; 6] = [
    "theme",
    "fontsize",
    "images",
    "letterspacing",
    "lineheight",
    "fontfamily",
];

thread_local! {
    static SHARED: OnceCell<RwSignal<Prefs>> = const { OnceCell::new() };
    /// A change not yet written to `localStorage` (see [`set_prefs`]).
    static UNSAVED: std::cell::Cell<Option<Prefs>> = const { std::cell::Cell::new(None) };
}

/// The page-wide settings signal, created on first use with the stored
/// record (or the reader's system preferences), and wired to other tabs
/// and to bvi. Lives as long as the page.
pub fn shared_prefs() -> RwSignal<Prefs> {
    SHARED.with(|cell| {
        *cell.get_or_init(|| {
            // Created outside any widget's owner, so removing a widget never
            // disposes the page-wide signal.
            let owner = Owner::new_root(None);
            let prefs = owner.with(|| RwSignal::new(stored_or_initial()));
            std::mem::forget(owner);
            follow_other_tabs(prefs);
            follow_bvi(prefs);
            save_on_leaving();
            prefs
        })
    })
}

/// The settings one widget follows: the page-wide ones, or (in the
/// editors' preview) its own fixed copy that is neither shared nor saved.
#[derive(Clone, Copy)]
pub struct ReaderPrefs {
    /// The settings, for reading in views.
    pub signal: RwSignal<Prefs>,
    shared: bool,
}

impl ReaderPrefs {
    /// The page-wide settings (see [`shared_prefs`]).
    pub fn shared() -> Self {
        Self {
            signal: shared_prefs(),
            shared: true,
        }
    }

    /// Settings for one widget alone.
    pub fn local(prefs: Prefs) -> Self {
        Self {
            signal: RwSignal::new(prefs),
            shared: false,
        }
    }

    /// A reader's change made in `host`'s panel.
    pub fn set(self, next: Prefs, host: Option<&Element>) {
        if self.shared {
            set_prefs(next, host);
        } else {
            self.signal.set(next);
        }
    }
}

/// Applies a reader's change: every widget restyles, the record is saved
/// (unless bvi is in charge: then the reader's own record is kept for when
/// bvi is turned off), and `host` tells its page through a [`CHANGE_EVENT`].
/// What the reader waits for is the restyled widget: saving and the event
/// (a quarter of the click's own work) wait until the browser is idle
/// ([`when_idle`]), and a page hidden or left before that
/// saves on its way out.
pub fn set_prefs(next: Prefs, host: Option<&Element>) {
    let prefs = shared_prefs();
    if prefs.get_untracked() == next {
        return;
    }
    prefs.set(next);
    if active_bvi().is_none() {
        UNSAVED.with(|unsaved| unsaved.set(Some(next)));
    }
    let host = host.cloned();
    when_idle(Box::new(move || {
        save();
        // A host removed meanwhile has no page left to tell, and a change
        // from another tab or bvi meanwhile is not this reader's.
        let current = shared_prefs().get_untracked() == next;
        if let Some(host) = host.filter(|host| current && host.is_connected()) {
            notify_host(&host, next);
        }
    }));
}

/// Runs `task` once the browser is idle: work the reader is not waiting
/// for (saving, telling the host page, the live region's words) stays out
/// of the click and, in Chromium, of the frame that shows the change, and
/// behind whatever input comes next. `requestIdleCallback` waits at most
/// a fifth of a second in an active tab; where it is missing (Safari), the
/// browser's own `setTimeout` is the next frame's callback, bound to
/// `task`, so no wasm runs inside that frame.
pub fn when_idle(task: Box<dyn FnOnce()>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let task = Closure::once_into_js(task);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(200);
    if window
        .request_idle_callback_with_options(task.unchecked_ref(), &options)
        .is_ok()
    {
        return;
    }
    let set_timeout = js_sys::Reflect::get(&window, &"setTimeout".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(set_timeout) = set_timeout {
        let later = set_timeout.bind2(&window, &task, &0.into());
        let _ = window.request_animation_frame(later.unchecked_ref());
    }
}

/// Writes the settings record, if a change is still unsaved.
fn save() {
    if let Some(prefs) = UNSAVED.with(std::cell::Cell::take) {
        storage::write(STORAGE_KEY, &prefs.to_storage());
    }
}

/// Saves a change made just before the page is hidden or goes away (see
/// [`set_prefs`]): mobile browsers may discard a hidden tab without
/// `pagehide`.
fn save_on_leaving() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_leaving = Closure::<dyn Fn()>::new(save);
    let listener = on_leaving.as_ref().unchecked_ref();
    let _ = window.add_event_listener_with_callback("pagehide", listener);
    if let Some(document) = window.document() {
        let _ = document.add_event_listener_with_callback("visibilitychange", listener);
    }
    on_leaving.forget();
}

/// What the host page asks for with `font-scale` / `contrast`. Applied when
/// the request differs from the last one this site made, so a request
/// written once into the page does not undo the reader's later choices on
/// every visit.
pub fn apply_host_request(font_scale: Option<&str>, contrast: Option<&str>) {
    let request = format!("{}|{}", font_scale.unwrap_or(""), contrast.unwrap_or(""));
    if storage::read(HOST_REQUEST_KEY).as_deref() == Some(request.as_str()) {
        return;
    }
    storage::write(HOST_REQUEST_KEY, &request);
    let prefs = shared_prefs().get_untracked();
    set_prefs(prefs.with_host_request(font_scale, contrast), None);
    // Saved with the request, at once: no reader is waiting for a frame,
    // and a tab loaded hidden may never paint one.
    save();
}

/// `localStorage` key of the last host request (see [`apply_host_request`]).
const HOST_REQUEST_KEY: &str = "news-widget:host-request";

fn stored_or_initial() -> Prefs {
    storage::read(STORAGE_KEY).map_or_else(initial_prefs, |text| Prefs::from_storage(&text))
}

/// The settings a reset returns to: the reader's system preferences.
pub fn initial_prefs() -> Prefs {
    Prefs::initial(media_matches("(prefers-contrast: more)"))
}

fn media_matches(query: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}

fn follow_other_tabs(prefs: RwSignal<Prefs>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_storage = Closure::<dyn Fn(StorageEvent)>::new(move |event: StorageEvent| {
        if event.key().as_deref() == Some(STORAGE_KEY) {
            // The other tab's choice is newer than one still unsaved here.
            UNSAVED.with(std::cell::Cell::take);
            prefs.set(
                event
                    .new_value()
                    .map_or_else(initial_prefs, |t| Prefs::from_storage(&t)),
            );
        }
    });
    let _ = window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
    on_storage.forget();
}

/// While the host page's bvi plugin is active, the widget shows bvi's
/// settings; when the reader turns bvi off, their own settings return.
fn follow_bvi(prefs: RwSignal<Prefs>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let sync = move || {
        // A change of the reader's own still unsaved is theirs: saved first.
        save();
        match active_bvi() {
            Some(bvi) => prefs.set(Prefs::from_bvi(|name| {
                bvi.get_attribute(&format!("data-bvi-{name}"))
            })),
            None => prefs.set(stored_or_initial()),
        }
    };
    let was_active = std::cell::Cell::new(active_bvi().is_some());
    if was_active.get() {
        sync();
    }
    let observer = Closure::<dyn Fn()>::new(move || {
        let active = active_bvi().is_some();
        if active || was_active.get() {
            sync();
        }
        was_active.set(active);
    });
    let Ok(watch) = MutationObserver::new(observer.as_ref().unchecked_ref()) else {
        return;
    };
    observer.forget();
    let init = MutationObserverInit::new();
    init.set_subtree(true);
    init.set_attributes(true);
    let filter: js_sys::Array = std::iter::once("class".to_owned())
        .chain(BVI_ATTRIBUTES.iter().map(|a| format!("data-bvi-{a}")))
        .map(|a| wasm_bindgen::JsValue::from_str(&a))
        .collect();
    init.set_attribute_filter(&filter);
    if let Some(root) = document.document_element() {
        let _ = watch.observe_with_options(&root, &init);
    }
}

fn active_bvi() -> Option<Element> {
    web_sys::window()?
        .document()?
        .query_selector(".bvi-body")
        .ok()?
}

fn notify_host(host: &Element, prefs: Prefs) {
    let detail = js_sys::Object::new();
    let set = |key: &str, value: wasm_bindgen::JsValue| {
        let _ = js_sys::Reflect::set(&detail, &key.into(), &value);
    };
    set("fontScale", f64::from(prefs.scale).into());
    set("contrast", prefs.scheme.as_attr().into());
    set("images", prefs.images.as_attr().into());
    set("letterSpacing", prefs.letter_spacing.as_attr().into());
    set("lineSpacing", prefs.line_spacing.as_attr().into());
    set("font", prefs.font.as_attr().into());
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(CHANGE_EVENT, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Runs `apply` on the element `target` finds with the settings now, and
/// again after every change: one effect for all of an element's
/// attributes or controls (a reactive attribute each would be an effect
/// each to wake on every change). `target` reads a `NodeRef` (with
/// `try_get`), so the effect runs again in the microtask after the element
/// is built, before it is painted; while `target` finds nothing the
/// settings are not even read, so the effect sleeps through their changes.
/// The effect ends with the component.
pub fn follow(
    prefs: RwSignal<Prefs>,
    target: impl Fn() -> Option<Element> + 'static,
    apply: impl Fn(&Element, Prefs) + 'static,
) {
    // `try_`: a safeguard; the effect is dropped before the component's
    // signals are disposed.
    let effect = RenderEffect::new(move |_| {
        if let Some(element) = target()
            && let Some(now) = prefs.try_get()
        {
            apply(&element, now);
        }
    });
    on_cleanup(move || drop(effect));
}

/// Sets `name` to `value` unless it already is: an unchanged attribute
/// costs no restyle.
pub fn set_attribute(element: &Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
    }
}
