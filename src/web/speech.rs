//! Reading an item aloud with the browser's speech synthesis, in the item's
//! own language. One item speaks at a time on the page.

use std::cell::{OnceCell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance};

/// What the page's speech synthesis is doing, for every widget's buttons.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Speaking {
    /// Silent.
    #[default]
    Idle,
    /// Reading the item with this key (widget-unique id + item id).
    Reading(String),
    /// Paused in the middle of this item.
    Paused(String),
}

thread_local! {
    static STATE: OnceCell<RwSignal<Speaking>> = const { OnceCell::new() };
    /// The utterance being read and its item key.
    static CURRENT: RefCell<Option<(SpeechSynthesisUtterance, String)>> = const { RefCell::new(None) };
    /// One `end`/`error` handler for every utterance of the page (one per
    /// click would pile up: a closure given to JS lives until freed).
    static ON_END: Closure<dyn Fn(web_sys::Event)> = Closure::new(utterance_ended);
}

/// An utterance ended (or failed, or was cancelled): if it is the current
/// one, its item's buttons go back to "Read aloud".
fn utterance_ended(event: web_sys::Event) {
    let ended = js_sys::Reflect::get(&event, &"utterance".into()).ok();
    let key = CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        let is_current = current
            .as_ref()
            .is_some_and(|(utterance, _)| ended.as_ref() == Some(utterance.as_ref()));
        if is_current {
            current.take().map(|(_, key)| key)
        } else {
            None
        }
    });
    if let Some(key) = key {
        speaking().update(|s| {
            if matches!(s, Speaking::Reading(k) | Speaking::Paused(k) if *k == key) {
                *s = Speaking::Idle;
            }
        });
    }
}

/// The page-wide speaking state (created outside any widget's owner).
pub fn speaking() -> RwSignal<Speaking> {
    STATE.with(|cell| {
        *cell.get_or_init(|| {
            let owner = Owner::new_root(None);
            let state = owner.with(|| RwSignal::new(Speaking::Idle));
            std::mem::forget(owner);
            state
        })
    })
}

fn synth() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    // `speechSynthesis` is missing in some browsers and embedded views.
    js_sys::Reflect::get(&window, &"speechSynthesis".into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())?;
    window.speech_synthesis().ok()
}

/// Whether this browser can read aloud; the buttons are not rendered otherwise.
pub fn available() -> bool {
    synth().is_some()
}

/// Reads `text` in `lang`, stopping whatever was being read.
pub fn speak(key: String, text: &str, lang: Option<&str>) {
    let Some(synth) = synth() else { return };
    synth.cancel();
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    if let Some(lang) = lang {
        utterance.set_lang(lang);
    }
    ON_END.with(|on_end| {
        utterance.set_onend(Some(on_end.as_ref().unchecked_ref()));
        utterance.set_onerror(Some(on_end.as_ref().unchecked_ref()));
    });
    CURRENT.with(|current| *current.borrow_mut() = Some((utterance.clone(), key.clone())));
    speaking().set(Speaking::Reading(key));
    synth.speak(&utterance);
}

/// Stops reading.
pub fn stop() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
    speaking().set(Speaking::Idle);
}

/// Pauses or resumes the current item.
pub fn toggle_pause() {
    let Some(synth) = synth() else { return };
    speaking().update(|s| {
        *s = match std::mem::take(s) {
            Speaking::Reading(k) => {
                synth.pause();
                Speaking::Paused(k)
            }
            Speaking::Paused(k) => {
                synth.resume();
                Speaking::Reading(k)
            }
            Speaking::Idle => Speaking::Idle,
        }
    });
}
