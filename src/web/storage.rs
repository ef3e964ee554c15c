//! `localStorage`, which may be missing, full or forbidden (private modes,
//! sandboxed frames, storage quotas): every call here fails quietly.

/// The value under `key`, if storage works and has one.
pub fn read(key: &str) -> Option<String> {
    web_sys::window()?
        .local_storage()
        .ok()??
        .get_item(key)
        .ok()?
}

/// Stores `value` under `key`; returns whether it was kept.
pub fn write(key: &str, value: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some_and(|s| s.set_item(key, value).is_ok())
}
