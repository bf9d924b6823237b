//! The one thing kept in the browser: the dataset version the reader last saw (`localStorage`), for "new since your last visit". Nothing else is stored, and nothing leaves the browser.

/// The key under which the version is kept.
const KEY: &str = "dsr-tracker.seen-version";

fn storage() -> Option<web_sys::Storage> {
    if !super::dom::IN_BROWSER {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

/// The version seen on the last visit, if any (and if storage is allowed).
pub fn seen_version() -> Option<String> {
    storage()?.get_item(KEY).ok().flatten()
}

/// Remembers `version` as seen; where storage is refused, nothing happens.
pub fn remember(version: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, version);
    }
}

/// Forgets the version: the next visit is a first visit.
pub fn forget() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}
