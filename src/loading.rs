//! A widget's life with its feed as a pure state machine: the shell hands
//! it an [`Event`] (a load finished, a timer fired, the reader pressed a
//! button) and performs the [`Effect`]s it gets back (fetch, wait, draw,
//! announce). No browser here, so every transition, the races included, is
//! tested natively. The model is quinn-proto's and rustls's: the protocol
//! logic never touches a socket; the shell (`web::widget`) does the I/O.

use std::collections::HashSet;
use std::sync::Arc;

use crate::feed::{Feed, Item};
use crate::load::{LoadError, retry_delay_ms};

/// How old a saved copy may be to be shown before the network answers;
/// an older one waits for a failure, which shows it with its date.
pub const SAVED_FIRST_MAX_AGE_MS: i64 = 7 * 24 * 3600 * 1000;

/// Most new items added one at a time after an update (see [`Event::RevealDue`]).
pub const MAX_STEPWISE: usize = 10;

/// How long the status line stays empty before "Loading news…": a live
/// region's first content is often not read when it comes with the region.
pub const LOADING_STATUS_DELAY_MS: u32 = 50;

/// A saved copy of the feed and when it was fetched (ms since the epoch).
pub type SavedCopy = (i64, Feed);

/// What the view draws; the machine's bookkeeping stays out of it.
#[derive(Clone, Debug, Default)]
pub struct Shown {
    /// The feed shown (fresh, or a saved copy), if any.
    pub feed: Option<Arc<Feed>>,
    /// When the shown feed was fetched (ms since the epoch).
    pub fetched_at: Option<i64>,
    /// The last load's failure; cleared by a good load.
    pub problem: Option<LoadError>,
    /// How many items are listed ("Show more" and new items raise it).
    pub shown: usize,
    /// New items not listed yet (an update reveals them one at a time).
    pub hidden: Vec<String>,
    /// The feed shown is a saved copy: the first fresh one replaces it
    /// within what is listed, however many items are new since.
    pub saved: bool,
    /// The reader paused automatic updates.
    pub paused: bool,
    /// Which of several feeds the list lacks fresh news from (their names,
    /// for the notice); empty when all answered.
    pub missing: Vec<String>,
}

impl Shown {
    /// The items the list shows, in order.
    pub fn visible(&self) -> impl Iterator<Item = &Item> {
        self.feed
            .iter()
            .flat_map(|f| f.items.iter())
            .filter(|i| !self.hidden.contains(&i.id))
            .take(self.shown)
    }

    /// Whether "Show more" has more to show.
    pub fn has_more(&self) -> bool {
        self.feed
            .as_ref()
            .is_some_and(|f| f.items.len().saturating_sub(self.hidden.len()) > self.shown)
    }
}

/// What a timer is for; it comes back in [`Event::WaitOver`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wait {
    /// An automatic retry after a failure, after this many ms.
    Retry(u32),
    /// The next automatic update (`refresh`), after this many ms.
    Update(u32),
    /// Time to say "Loading news…" if nothing else came first.
    LoadingStatus,
}

impl Wait {
    /// How long to wait, in ms.
    pub fn delay_ms(self) -> u32 {
        match self {
            Self::Retry(ms) | Self::Update(ms) => ms,
            Self::LoadingStatus => LOADING_STATUS_DELAY_MS,
        }
    }
}

/// Something that happened to the widget.
#[derive(Debug)]
pub enum Event {
    /// The widget is on the page; `saved` is its feed's saved copy, if any.
    Mounted {
        /// The saved copy, shown at once when recent enough.
        saved: Option<SavedCopy>,
        /// The time now (ms since the epoch).
        now: i64,
    },
    /// Load `generation` got a feed.
    Loaded {
        /// From [`Effect::Fetch`]: a stale load is ignored.
        generation: u32,
        /// The feed.
        feed: Arc<Feed>,
        /// The time now (ms since the epoch).
        now: i64,
        /// Which of the widget's several feeds failed (their saved copies,
        /// if any, stand in), named for the notice.
        missing: Vec<String>,
        /// How many automatic retries their failures allow (the largest
        /// [`LoadError::max_retries`] among them).
        retries: u32,
    },
    /// Load `generation` failed.
    Failed {
        /// From [`Effect::Fetch`]: a stale load is ignored.
        generation: u32,
        /// Why.
        error: LoadError,
        /// The saved copy, when [`Machine::wants_saved_copy`] said so.
        saved: Option<SavedCopy>,
    },
    /// A timer from [`Effect::Wait`] fired.
    WaitOver {
        /// From the effect: a timer from before a newer load does nothing.
        generation: u32,
        /// From the effect.
        wait: Wait,
        /// The page is in a background tab: updates wait for it to return.
        page_hidden: bool,
    },
    /// Time to list the next of the new items (see [`Effect::RevealNext`]).
    RevealDue {
        /// From the effect: a newer load took over the list.
        generation: u32,
    },
    /// The reader pressed "Try again".
    Retry,
    /// The browser is back online.
    Online,
    /// The reader pressed "Pause updates" or "Resume updates".
    PauseToggled,
    /// The reader pressed "Show more".
    ShowMore,
    /// The widget left the page: whatever is still in flight is not ours.
    Removed,
}

/// What the status line says (a polite live region).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// "Loading news…".
    Loading,
    /// "10 news items".
    Count(usize),
    /// "The news could not be updated. Showing news saved on …" (fetched at).
    SavedNotice(i64),
    /// Some of several feeds could not be updated ([`Shown::missing`]
    /// names them), after the count when it is due too: "10 news items.
    /// Some news could not be updated: …". Said when the missing feeds
    /// change.
    Partial(Option<usize>),
    /// Nothing (the alert speaks instead).
    Clear,
}

/// What the shell must do, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Request the feed (shared per URL); answer with [`Event::Loaded`] or
    /// [`Event::Failed`] carrying this generation.
    Fetch {
        /// To hand back.
        generation: u32,
    },
    /// Start a timer; answer with [`Event::WaitOver`].
    Wait {
        /// To hand back.
        generation: u32,
        /// To hand back; its delay.
        wait: Wait,
    },
    /// Before the next [`Effect::Draw`], note where the reader is in the
    /// list (and the keyboard focus, with `focus`); after it, put them back.
    KeepPlace {
        /// Keep the focus too (items may be moved).
        focus: bool,
    },
    /// [`Machine::shown`] changed: draw it.
    Draw,
    /// After the place is kept, in a new task: [`Event::RevealDue`].
    RevealNext {
        /// To hand back.
        generation: u32,
    },
    /// Set the status line.
    Status(Status),
    /// Announce politely that this many new items came.
    AnnounceNew(usize),
    /// Once drawn, focus the list's item at this index ("Show more").
    FocusItem(usize),
    /// Tell editors in the console.
    Log(LoadError),
}

/// One widget's loading logic: retries with backoff, the saved copy,
/// automatic updates with pause, "Show more".
#[derive(Debug)]
pub struct Machine {
    shown: Shown,
    max_items: usize,
    refresh_ms: Option<u32>,
    has_url: bool,
    /// Bumped by every load, so a stale answer or timer does nothing.
    generation: u32,
    /// Automatic retries since the last good load.
    attempt: u32,
    /// The reader asked to try again: the next good load says how many
    /// items there are, even when a list is already shown.
    count_due: bool,
    /// New items being revealed one at a time, announced after the last.
    revealing: usize,
    /// The widget left the page.
    removed: bool,
}

impl Machine {
    /// A widget listing `max_items`, updating every `refresh_secs`; without
    /// a feed URL (`has_url` false) it only says so.
    pub fn new(max_items: usize, refresh_secs: Option<u32>, has_url: bool) -> Self {
        Self {
            shown: Shown {
                shown: max_items,
                ..Shown::default()
            },
            max_items,
            refresh_ms: refresh_secs.map(|s| s.saturating_mul(1000)),
            has_url,
            generation: 0,
            attempt: 0,
            count_due: false,
            revealing: 0,
            removed: false,
        }
    }

    /// What the view draws.
    pub fn shown(&self) -> &Shown {
        &self.shown
    }

    /// Whether a failure should come with the saved copy: only when
    /// nothing is shown yet (the shell reads storage only then).
    pub fn wants_saved_copy(&self) -> bool {
        self.shown.feed.is_none()
    }

    /// The next state for `event`, and what the shell must do.
    pub fn handle(&mut self, event: Event) -> Vec<Effect> {
        if self.removed {
            return Vec::new();
        }
        match event {
            Event::Mounted { saved, now } => self.mounted(saved, now),
            Event::Loaded { generation, .. } if generation != self.generation => Vec::new(),
            Event::Loaded {
                feed,
                now,
                missing,
                retries,
                ..
            } => self.accept(feed, now, missing, retries),
            Event::Failed { generation, .. } if generation != self.generation => Vec::new(),
            Event::Failed { error, saved, .. } => self.fail(error, saved),
            Event::WaitOver {
                generation,
                wait,
                page_hidden,
            } => self.wait_over(generation, wait, page_hidden),
            Event::RevealDue { generation } => self.reveal(generation),
            Event::Retry => self.retry(),
            Event::Online => {
                let waiting = matches!(
                    self.shown.problem,
                    Some(LoadError::Offline | LoadError::Network)
                );
                // Not while the reader has paused updates of a list on screen.
                if waiting && !(self.shown.feed.is_some() && self.shown.paused) {
                    self.start()
                } else {
                    Vec::new()
                }
            }
            Event::PauseToggled => {
                self.shown.paused = !self.shown.paused;
                let mut effects = vec![Effect::Draw];
                if !self.shown.paused {
                    effects.extend(self.start());
                }
                effects
            }
            Event::ShowMore => {
                let from = self.shown.shown;
                self.shown.shown += self.max_items;
                vec![Effect::Draw, Effect::FocusItem(from)]
            }
            Event::Removed => {
                self.removed = true;
                Vec::new()
            }
        }
    }

    fn mounted(&mut self, saved: Option<SavedCopy>, now: i64) -> Vec<Effect> {
        if !self.has_url {
            self.shown.problem = Some(LoadError::NoFeed);
            return vec![Effect::Log(LoadError::NoFeed), Effect::Draw];
        }
        let mut effects = Vec::new();
        // A repeat visit: the saved copy at once; the fresh feed updates
        // it in place (see `accept`), so the list is announced once.
        if let Some((saved_at, feed)) = saved.filter(|(at, _)| now - at <= SAVED_FIRST_MAX_AGE_MS) {
            let listed = feed.items.len().min(self.max_items);
            self.show_saved(saved_at, feed);
            effects.extend([Effect::Status(Status::Count(listed)), Effect::Draw]);
        }
        effects.extend(self.start());
        effects.push(Effect::Wait {
            generation: self.generation,
            wait: Wait::LoadingStatus,
        });
        effects
    }

    fn show_saved(&mut self, saved_at: i64, feed: Feed) {
        self.shown.feed = Some(Arc::new(feed));
        self.shown.fetched_at = Some(saved_at);
        self.shown.saved = true;
    }

    /// A new load; every answer and timer of the previous ones goes stale.
    fn start(&mut self) -> Vec<Effect> {
        if !self.has_url {
            return Vec::new();
        }
        self.generation = self.generation.wrapping_add(1);
        vec![Effect::Fetch {
            generation: self.generation,
        }]
    }

    fn schedule_update(&self) -> Option<Effect> {
        self.refresh_ms.map(|ms| Effect::Wait {
            generation: self.generation,
            wait: Wait::Update(ms),
        })
    }

    fn accept(
        &mut self,
        feed: Arc<Feed>,
        now: i64,
        missing: Vec<String>,
        retries: u32,
    ) -> Vec<Effect> {
        let count_due = std::mem::take(&mut self.count_due);
        let mut effects: Vec<Effect> = self.schedule_update().into_iter().collect();
        // Some feeds failed: retried as their failures allow. Whichever
        // timer fires first starts the next load; the other is stale then.
        let incomplete = !missing.is_empty();
        self.attempt = match incomplete {
            true => self.attempt + 1,
            false => 0,
        };
        if let Some(delay) = (incomplete && self.attempt <= retries)
            .then(|| retry_delay_ms(self.attempt - 1))
            .flatten()
        {
            effects.push(Effect::Wait {
                generation: self.generation,
                wait: Wait::Retry(delay),
            });
        }
        let old = self.shown.feed.take();
        let count = (old.is_none() || count_due).then(|| {
            let limit = if old.is_none() {
                self.max_items
            } else {
                self.shown.shown
            };
            feed.items.len().min(limit)
        });
        // Which feeds are missing is said when it changes; once all are
        // back, the count replaces it, so the status line is not stale.
        let status = match (incomplete && missing != self.shown.missing, count) {
            (true, count) => Some(Status::Partial(count)),
            (false, Some(count)) => Some(Status::Count(count)),
            (false, None) if !incomplete && !self.shown.missing.is_empty() => {
                Some(Status::Count(feed.items.len().min(self.shown.shown)))
            }
            (false, None) => None,
        };
        effects.extend(status.map(Effect::Status));
        // New are the items above the first one the reader has already
        // seen, in a fresh list or a saved copy alike. A list with nothing
        // in common is simply replaced: nothing in it is news to announce.
        let new_on_top = old.as_ref().map_or(0, |old| {
            let known: HashSet<String> = old.items.iter().map(|i| i.id.clone()).collect();
            feed.items
                .iter()
                .position(|i| known.contains(&i.id))
                .unwrap_or(0)
        });
        let new_ids: Vec<String> = feed.items[..new_on_top]
            .iter()
            .map(|i| i.id.clone())
            .collect();
        // A feed that failed last time and answers now brings its items
        // back, not news: like after a saved copy, no announcement and no
        // growth of the list.
        let recovered = !self.shown.missing.is_empty() && !incomplete;
        let was_saved = self.shown.saved || recovered;
        // New since a saved copy (days old, perhaps): announced, but the
        // list stays within what was listed, all at once. A few new items
        // on a fresh list join it one at a time: Leptos's keyed list moves
        // nodes when several arrive in front at once, and a moved element
        // loses keyboard focus.
        let stepwise = !was_saved && (2..=MAX_STEPWISE).contains(&new_ids.len());
        let count = new_ids.len();
        if !stepwise {
            effects.push(Effect::KeepPlace { focus: true });
        }
        let shown = &mut self.shown;
        shown.feed = Some(feed);
        shown.fetched_at = Some(now);
        shown.problem = None;
        shown.saved = false;
        shown.missing = missing;
        // Listed items stay listed: the new ones join them.
        if !stepwise && !was_saved {
            shown.shown += count;
        }
        shown.hidden = if stepwise { new_ids } else { Vec::new() };
        effects.push(Effect::Draw);
        if count == 0 {
            self.revealing = 0;
        } else if stepwise {
            self.revealing = count;
            effects.push(Effect::RevealNext {
                generation: self.generation,
            });
        } else {
            self.revealing = 0;
            if !recovered {
                effects.push(Effect::AnnounceNew(count));
            }
        }
        effects
    }

    /// One more of the new items joins the list (the oldest first, so
    /// nothing already listed moves); the last one brings the announcement.
    fn reveal(&mut self, generation: u32) -> Vec<Effect> {
        if generation != self.generation || self.shown.hidden.is_empty() {
            return Vec::new();
        }
        self.shown.hidden.pop();
        self.shown.shown += 1;
        let next = match self.shown.hidden.is_empty() {
            true => Effect::AnnounceNew(std::mem::take(&mut self.revealing)),
            false => Effect::RevealNext { generation },
        };
        vec![Effect::KeepPlace { focus: false }, Effect::Draw, next]
    }

    fn fail(&mut self, error: LoadError, saved: Option<SavedCopy>) -> Vec<Effect> {
        self.count_due = false;
        // Retries for some feeds' failures do not use up those for all.
        if !self.shown.missing.is_empty() {
            self.attempt = 0;
        }
        // The notice of a saved copy says it all.
        self.shown.missing.clear();
        self.attempt += 1;
        let retry_in = (self.attempt <= error.max_retries())
            .then(|| retry_delay_ms(self.attempt - 1))
            .flatten();
        if self.shown.feed.is_none()
            && let Some((saved_at, feed)) = saved
        {
            self.show_saved(saved_at, feed);
        }
        let mut effects = vec![Effect::Log(error.clone())];
        self.shown.problem = Some(error);
        // With news on screen, the status line says how old it is (the
        // notice under the heading shows the same words); without, the
        // alert speaks.
        let status = match self.shown.feed.as_ref().and(self.shown.fetched_at) {
            Some(fetched_at) => Status::SavedNotice(fetched_at),
            None => Status::Clear,
        };
        effects.extend([Effect::Draw, Effect::Status(status)]);
        effects.extend(match retry_in {
            Some(delay) => Some(Effect::Wait {
                generation: self.generation,
                wait: Wait::Retry(delay),
            }),
            None => self.schedule_update(),
        });
        effects
    }

    fn wait_over(&mut self, generation: u32, wait: Wait, page_hidden: bool) -> Vec<Effect> {
        let is_retry = match wait {
            Wait::LoadingStatus => {
                let loading = self.shown.feed.is_none() && self.shown.problem.is_none();
                return match loading {
                    true => vec![Effect::Status(Status::Loading)],
                    false => Vec::new(),
                };
            }
            _ if generation != self.generation => return Vec::new(),
            Wait::Retry(_) => true,
            Wait::Update(_) => false,
        };
        // Paused means nothing changes on screen: with news shown, retries
        // wait too. Updates also wait while the page is hidden.
        let paused = self.shown.paused && (self.shown.feed.is_some() || !is_retry);
        if paused || (!is_retry && page_hidden) {
            return vec![Effect::Wait { generation, wait }];
        }
        self.start()
    }

    /// "Try again": a fresh start, backoff forgotten. With nothing to show,
    /// the error gives way to "Loading news…" (automatic retries keep it,
    /// so it is not announced again and again).
    fn retry(&mut self) -> Vec<Effect> {
        self.attempt = 0;
        self.count_due = true;
        let mut effects = Vec::new();
        if self.shown.feed.is_none() {
            self.shown.problem = None;
            effects.push(Effect::Draw);
        }
        effects.push(Effect::Status(Status::Loading));
        effects.extend(self.start());
        effects
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::ParseError;

    #[test]
    fn an_incomplete_load_shows_and_retries_with_backoff() {
        let mut m = Machine::new(10, None, true);
        m.handle(Event::Mounted {
            saved: None,
            now: NOW,
        });
        let mut delays = Vec::new();
        for round in 0..3 {
            let effects = m.handle(Event::Loaded {
                generation: m.generation,
                feed: Arc::new(feed(&["a"])),
                now: NOW,
                missing: vec!["b.example/rss".into()],
                retries: 6,
            });
            assert_eq!(m.shown().missing, ["b.example/rss"]);
            // Said once, with the first count; the same feed missing
            // again is not said again.
            let statuses: Vec<_> = effects
                .iter()
                .filter(|e| matches!(e, Effect::Status(_)))
                .collect();
            match round {
                0 => assert_eq!(statuses, [&Effect::Status(Status::Partial(Some(1)))]),
                _ => assert!(statuses.is_empty(), "{statuses:?}"),
            }
            assert!(effects.contains(&Effect::Draw));
            let delay = effects.iter().find_map(|e| match e {
                Effect::Wait {
                    wait: Wait::Retry(ms),
                    generation,
                } => Some((*ms, *generation)),
                _ => None,
            });
            let (ms, generation) = delay.expect("a retry is scheduled");
            delays.push(ms);
            let next = m.handle(Event::WaitOver {
                generation,
                wait: Wait::Retry(ms),
                page_hidden: false,
            });
            assert!(matches!(next[..], [Effect::Fetch { .. }]));
        }
        assert!(delays[0] < delays[1] && delays[1] < delays[2], "{delays:?}");
        assert_eq!(m.shown().problem, None);
        // All feeds answer: no more retries, the notice goes, and the
        // recovered feed's items are not announced as new.
        let effects = m.handle(Event::Loaded {
            generation: m.generation,
            feed: Arc::new(feed(&["b1", "b2", "a"])),
            now: NOW,
            missing: Vec::new(),
            retries: 0,
        });
        assert!(!effects.iter().any(|e| matches!(e, Effect::Wait { .. })));
        assert!(!effects.iter().any(|e| matches!(e, Effect::AnnounceNew(_))));
        // The status line no longer names the feed: it counts again.
        assert!(effects.contains(&Effect::Status(Status::Count(3))));
        assert!(m.shown().missing.is_empty());
        assert_eq!(m.shown().shown, 10);
    }

    #[test]
    fn a_feed_that_cannot_improve_is_not_retried() {
        let mut m = Machine::new(10, None, true);
        m.handle(Event::Mounted {
            saved: None,
            now: NOW,
        });
        // One feed answered 404 (no retries): the list stands as it is.
        let effects = m.handle(Event::Loaded {
            generation: m.generation,
            feed: Arc::new(feed(&["a"])),
            now: NOW,
            missing: vec!["gone".into()],
            retries: 0,
        });
        assert!(!effects.iter().any(|e| matches!(e, Effect::Wait { .. })));
        assert!(effects.contains(&Effect::Status(Status::Partial(Some(1)))));
        assert_eq!(m.shown().missing, ["gone"]);
        // A stale answer changes nothing, the notice included.
        let stale = m.handle(Event::Loaded {
            generation: m.generation.wrapping_sub(1),
            feed: Arc::new(feed(&[])),
            now: NOW,
            missing: Vec::new(),
            retries: 0,
        });
        assert!(stale.is_empty());
        assert_eq!(m.shown().missing, ["gone"]);
    }

    const NOW: i64 = 1_800_000_000_000;
    const DAY: i64 = 24 * 3600 * 1000;

    /// A feed whose items have these ids, newest first.
    fn feed(ids: &[&str]) -> Feed {
        Feed {
            items: ids
                .iter()
                .map(|id| Item {
                    id: (*id).to_owned(),
                    title: Some(format!("News {id}")),
                    ..Item::default()
                })
                .collect(),
            ..Feed::default()
        }
    }

    fn numbered(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("n{i}")).collect()
    }

    fn ids(names: &[String]) -> Vec<&str> {
        names.iter().map(String::as_str).collect()
    }

    /// A widget of `max` items, mounted, with its first load in flight.
    fn mounted(max: usize, refresh: Option<u32>) -> Machine {
        let mut m = Machine::new(max, refresh, true);
        m.handle(Event::Mounted {
            saved: None,
            now: NOW,
        });
        m
    }

    fn load(m: &mut Machine, names: &[&str]) -> Vec<Effect> {
        let generation = m.generation;
        m.handle(Event::Loaded {
            generation,
            feed: Arc::new(feed(names)),
            now: NOW,
            missing: Vec::new(),
            retries: 0,
        })
    }

    fn fail(m: &mut Machine, error: LoadError) -> Vec<Effect> {
        let generation = m.generation;
        m.handle(Event::Failed {
            generation,
            error,
            saved: None,
        })
    }

    /// Fires the timer the effects started, as the shell would.
    fn fire(m: &mut Machine, effects: &[Effect], page_hidden: bool) -> Vec<Effect> {
        let (generation, wait) = effects
            .iter()
            .find_map(|e| match e {
                Effect::Wait { generation, wait } => Some((*generation, *wait)),
                _ => None,
            })
            .expect("a timer");
        m.handle(Event::WaitOver {
            generation,
            wait,
            page_hidden,
        })
    }

    fn listed(m: &Machine) -> Vec<String> {
        m.shown().visible().map(|i| i.id.clone()).collect()
    }

    fn fetches(effects: &[Effect]) -> usize {
        effects
            .iter()
            .filter(|e| matches!(e, Effect::Fetch { .. }))
            .count()
    }

    #[test]
    fn mount_without_url_says_so_and_fetches_nothing() {
        let mut m = Machine::new(5, None, false);
        let effects = m.handle(Event::Mounted {
            saved: None,
            now: NOW,
        });
        assert_eq!(effects, [Effect::Log(LoadError::NoFeed), Effect::Draw]);
        assert_eq!(m.shown().problem, Some(LoadError::NoFeed));
    }
    #[test]
    fn mount_fetches_and_says_loading_a_moment_later() {
        let mut m = Machine::new(5, None, true);
        let effects = m.handle(Event::Mounted {
            saved: None,
            now: NOW,
        });
        assert_eq!(
            effects,
            [
                Effect::Fetch { generation: 1 },
                Effect::Wait {
                    generation: 1,
                    wait: Wait::LoadingStatus
                }
            ]
        );
        assert_eq!(
            fire(&mut m, &effects, false),
            [Effect::Status(Status::Loading)]
        );
    }
    #[test]
    fn loading_status_not_said_once_news_are_shown() {
        let mut m = Machine::new(5, None, true);
        let effects = m.handle(Event::Mounted {
            saved: None,
            now: NOW,
        });
        load(&mut m, &["a"]);
        assert_eq!(fire(&mut m, &effects, false), []);
    }
    #[test]
    fn recent_saved_copy_shown_before_the_network_answers() {
        let mut m = Machine::new(2, None, true);
        let effects = m.handle(Event::Mounted {
            saved: Some((NOW - DAY, feed(&["a", "b", "c"]))),
            now: NOW,
        });
        assert_eq!(
            effects[..3],
            [
                Effect::Status(Status::Count(2)),
                Effect::Draw,
                Effect::Fetch { generation: 1 }
            ]
        );
        assert_eq!(listed(&m), ["a", "b"]);
        assert!(m.shown().saved);
        assert_eq!(m.shown().fetched_at, Some(NOW - DAY));
    }
    #[test]
    fn old_saved_copy_waits_for_a_failure() {
        let mut m = Machine::new(5, None, true);
        let effects = m.handle(Event::Mounted {
            saved: Some((NOW - 8 * DAY, feed(&["a"]))),
            now: NOW,
        });
        assert!(!effects.contains(&Effect::Draw));
        assert!(m.shown().feed.is_none());
    }
    #[test]
    fn first_load_lists_and_counts() {
        let mut m = mounted(2, None);
        let effects = load(&mut m, &["a", "b", "c"]);
        assert_eq!(
            effects,
            [
                Effect::Status(Status::Count(2)),
                Effect::KeepPlace { focus: true },
                Effect::Draw
            ]
        );
        assert_eq!(listed(&m), ["a", "b"]);
        assert!(m.shown().has_more());
    }
    #[test]
    fn first_load_schedules_the_update() {
        let mut m = mounted(5, Some(60));
        let effects = load(&mut m, &["a"]);
        assert_eq!(
            effects[0],
            Effect::Wait {
                generation: 1,
                wait: Wait::Update(60_000)
            }
        );
    }
    #[test]
    fn stale_load_ignored() {
        let mut m = mounted(5, None);
        m.handle(Event::Retry);
        let effects = m.handle(Event::Loaded {
            generation: 1,
            feed: Arc::new(feed(&["old"])),
            now: NOW,
            missing: Vec::new(),
            retries: 0,
        });
        assert_eq!(effects, []);
        assert!(m.shown().feed.is_none());
    }
    #[test]
    fn stale_failure_ignored() {
        let mut m = mounted(5, None);
        load(&mut m, &["a"]);
        m.handle(Event::Retry);
        let effects = m.handle(Event::Failed {
            generation: 1,
            error: LoadError::Timeout,
            saved: None,
        });
        assert_eq!(effects, []);
        assert_eq!(m.shown().problem, None);
    }
    #[test]
    fn a_few_new_items_join_one_at_a_time_then_are_announced() {
        let mut m = mounted(2, Some(60));
        let first = load(&mut m, &["a", "b"]);
        let effects = fire(&mut m, &first, false);
        assert_eq!(effects, [Effect::Fetch { generation: 2 }]);
        let effects = load(&mut m, &["y", "z", "a", "b"]);
        assert!(!effects.contains(&Effect::KeepPlace { focus: true }));
        assert_eq!(effects.last(), Some(&Effect::RevealNext { generation: 2 }));
        assert_eq!(listed(&m), ["a", "b"]);
        // The oldest new item first, so nothing listed moves.
        let first = m.handle(Event::RevealDue { generation: 2 });
        assert_eq!(
            first,
            [
                Effect::KeepPlace { focus: false },
                Effect::Draw,
                Effect::RevealNext { generation: 2 }
            ]
        );
        assert_eq!(listed(&m), ["z", "a", "b"]);
        let last = m.handle(Event::RevealDue { generation: 2 });
        assert_eq!(last[2], Effect::AnnounceNew(2));
        assert_eq!(listed(&m), ["y", "z", "a", "b"]);
    }
    #[test]
    fn one_new_item_joins_at_once() {
        let mut m = mounted(2, None);
        load(&mut m, &["a", "b"]);
        m.handle(Event::Retry);
        let effects = load(&mut m, &["z", "a", "b"]);
        assert!(effects.contains(&Effect::KeepPlace { focus: true }));
        assert_eq!(effects.last(), Some(&Effect::AnnounceNew(1)));
        assert_eq!(listed(&m), ["z", "a", "b"]);
    }
    #[test]
    fn many_new_items_join_at_once() {
        let mut m = mounted(2, None);
        load(&mut m, &["a"]);
        m.handle(Event::Retry);
        let mut names = numbered(11);
        names.push("a".into());
        let effects = load(&mut m, &ids(&names));
        assert_eq!(effects.last(), Some(&Effect::AnnounceNew(11)));
        assert_eq!(m.shown().shown, 13);
    }
    #[test]
    fn nothing_new_nothing_announced() {
        let mut m = mounted(2, Some(60));
        load(&mut m, &["a", "b"]);
        m.handle(Event::Retry);
        let effects = load(&mut m, &["a", "b"]);
        assert!(!effects.iter().any(|e| matches!(e, Effect::AnnounceNew(_))));
    }
    #[test]
    fn updates_do_not_repeat_the_count() {
        let mut m = mounted(2, Some(60));
        let first = load(&mut m, &["a", "b"]);
        fire(&mut m, &first, false);
        let effects = load(&mut m, &["a", "b"]);
        assert!(!effects.iter().any(|e| matches!(e, Effect::Status(_))));
    }
    #[test]
    fn a_list_with_nothing_in_common_is_replaced_silently() {
        let mut m = mounted(2, None);
        load(&mut m, &["a", "b"]);
        m.handle(Event::Retry);
        let effects = load(&mut m, &["x", "y"]);
        assert!(!effects.iter().any(|e| matches!(e, Effect::AnnounceNew(_))));
        assert_eq!(listed(&m), ["x", "y"]);
    }
    #[test]
    fn saved_copy_replaced_within_what_is_listed_and_new_items_announced() {
        let mut m = Machine::new(2, None, true);
        m.handle(Event::Mounted {
            saved: Some((NOW - DAY, feed(&["a", "b"]))),
            now: NOW,
        });
        let effects = load(&mut m, &["x", "y", "z", "a", "b"]);
        // Already counted when the saved copy came: said once.
        assert!(!effects.iter().any(|e| matches!(e, Effect::Status(_))));
        assert_eq!(effects.last(), Some(&Effect::AnnounceNew(3)));
        assert_eq!(listed(&m), ["x", "y"]);
        assert!(!m.shown().saved);
        assert_eq!(m.shown().fetched_at, Some(NOW));
    }
    #[test]
    fn saved_copy_replaced_by_the_same_news_silently() {
        let mut m = Machine::new(2, None, true);
        m.handle(Event::Mounted {
            saved: Some((NOW - DAY, feed(&["a", "b"]))),
            now: NOW,
        });
        let effects = load(&mut m, &["a", "b"]);
        assert_eq!(effects, [Effect::KeepPlace { focus: true }, Effect::Draw]);
    }
    #[test]
    fn reveal_after_a_newer_load_does_nothing() {
        let mut m = mounted(2, None);
        load(&mut m, &["a", "b"]);
        m.handle(Event::Retry);
        load(&mut m, &["y", "z", "a", "b"]);
        m.handle(Event::Retry);
        load(&mut m, &["y", "z", "a", "b"]);
        assert_eq!(m.handle(Event::RevealDue { generation: 2 }), []);
        assert!(m.shown().hidden.is_empty());
    }
    #[test]
    fn try_again_recounts_a_shown_list() {
        let mut m = mounted(2, None);
        load(&mut m, &["a", "b"]);
        m.handle(Event::Retry);
        let effects = load(&mut m, &["a", "b"]);
        assert_eq!(effects[0], Effect::Status(Status::Count(2)));
    }
    #[test]
    fn transient_failure_retried_with_backoff() {
        let mut m = mounted(5, None);
        let effects = fail(&mut m, LoadError::Status(503));
        assert_eq!(
            effects,
            [
                Effect::Log(LoadError::Status(503)),
                Effect::Draw,
                Effect::Status(Status::Clear),
                Effect::Wait {
                    generation: 1,
                    wait: Wait::Retry(2_000)
                }
            ]
        );
        assert_eq!(
            fire(&mut m, &effects, false),
            [Effect::Fetch { generation: 2 }]
        );
        let again = fail(&mut m, LoadError::Status(503));
        assert_eq!(
            again.last(),
            Some(&Effect::Wait {
                generation: 2,
                wait: Wait::Retry(4_000)
            })
        );
    }
    #[test]
    fn retries_end() {
        let mut m = mounted(5, None);
        for _ in 0..LoadError::Cors.max_retries() {
            let effects = fail(&mut m, LoadError::Cors);
            fire(&mut m, &effects, false);
        }
        let effects = fail(&mut m, LoadError::Cors);
        assert!(!effects.iter().any(|e| matches!(e, Effect::Wait { .. })));
    }
    #[test]
    fn not_found_not_retried_but_updates_go_on() {
        let mut m = mounted(5, Some(60));
        let effects = fail(&mut m, LoadError::Status(404));
        assert_eq!(
            effects.last(),
            Some(&Effect::Wait {
                generation: 1,
                wait: Wait::Update(60_000)
            })
        );
    }
    #[test]
    fn a_good_load_forgets_the_backoff() {
        let mut m = mounted(5, Some(60));
        let effects = fail(&mut m, LoadError::Timeout);
        fire(&mut m, &effects, false);
        let effects = load(&mut m, &["a"]);
        fire(&mut m, &effects, false);
        let effects = fail(&mut m, LoadError::Timeout);
        assert!(effects.contains(&Effect::Wait {
            generation: 3,
            wait: Wait::Retry(2_000)
        }));
    }
    #[test]
    fn failure_shows_the_saved_copy_with_its_date() {
        let mut m = mounted(5, None);
        assert!(m.wants_saved_copy());
        let effects = m.handle(Event::Failed {
            generation: 1,
            error: LoadError::Offline,
            saved: Some((NOW - 30 * DAY, feed(&["a"]))),
        });
        assert!(effects.contains(&Effect::Status(Status::SavedNotice(NOW - 30 * DAY))));
        assert_eq!(listed(&m), ["a"]);
        assert!(!m.wants_saved_copy());
    }
    #[test]
    fn failure_keeps_a_fresher_list() {
        let mut m = mounted(5, None);
        load(&mut m, &["a"]);
        m.handle(Event::Retry);
        let effects = m.handle(Event::Failed {
            generation: 2,
            error: LoadError::Offline,
            saved: Some((NOW - DAY, feed(&["old"]))),
        });
        assert!(effects.contains(&Effect::Status(Status::SavedNotice(NOW))));
        assert_eq!(listed(&m), ["a"]);
    }
    #[test]
    fn stale_timer_does_nothing() {
        let mut m = mounted(5, None);
        let effects = fail(&mut m, LoadError::Timeout);
        m.handle(Event::Retry);
        assert_eq!(fire(&mut m, &effects, false), []);
    }
    #[test]
    fn update_waits_while_the_page_is_hidden() {
        let mut m = mounted(5, Some(60));
        let effects = load(&mut m, &["a"]);
        let again = fire(&mut m, &effects, true);
        assert_eq!(
            again,
            [Effect::Wait {
                generation: 1,
                wait: Wait::Update(60_000)
            }]
        );
    }
    #[test]
    fn retry_goes_on_in_a_hidden_page() {
        let mut m = mounted(5, None);
        let effects = fail(&mut m, LoadError::Timeout);
        assert_eq!(fetches(&fire(&mut m, &effects, true)), 1);
    }
    #[test]
    fn paused_list_is_not_updated_nor_retried() {
        let mut m = mounted(5, Some(60));
        let effects = load(&mut m, &["a"]);
        m.handle(Event::PauseToggled);
        assert_eq!(fetches(&fire(&mut m, &effects, false)), 0);
        let retry = m.handle(Event::Failed {
            generation: 1,
            error: LoadError::Timeout,
            saved: None,
        });
        assert_eq!(fetches(&fire(&mut m, &retry, false)), 0);
    }
    #[test]
    fn paused_without_news_still_retries() {
        let mut m = mounted(5, Some(60));
        m.handle(Event::PauseToggled);
        let effects = fail(&mut m, LoadError::Timeout);
        assert_eq!(fetches(&fire(&mut m, &effects, false)), 1);
    }
    #[test]
    fn pause_then_resume_loads_at_once() {
        let mut m = mounted(5, Some(60));
        load(&mut m, &["a"]);
        assert_eq!(m.handle(Event::PauseToggled), [Effect::Draw]);
        assert!(m.shown().paused);
        assert_eq!(
            m.handle(Event::PauseToggled),
            [Effect::Draw, Effect::Fetch { generation: 2 }]
        );
    }
    #[test]
    fn try_again_without_news_says_loading_and_fetches() {
        let mut m = mounted(5, None);
        fail(&mut m, LoadError::Status(404));
        assert_eq!(
            m.handle(Event::Retry),
            [
                Effect::Draw,
                Effect::Status(Status::Loading),
                Effect::Fetch { generation: 2 }
            ]
        );
        assert_eq!(m.shown().problem, None);
    }
    #[test]
    fn try_again_with_news_keeps_the_notice_until_the_answer() {
        let mut m = mounted(5, None);
        load(&mut m, &["a"]);
        m.handle(Event::Retry);
        fail(&mut m, LoadError::Timeout);
        let effects = m.handle(Event::Retry);
        assert!(!effects.contains(&Effect::Draw));
        assert!(m.shown().problem.is_some());
    }
    #[test]
    fn back_online_loads_after_a_network_failure() {
        let mut m = mounted(5, None);
        fail(&mut m, LoadError::Offline);
        assert_eq!(m.handle(Event::Online), [Effect::Fetch { generation: 2 }]);
    }
    #[test]
    fn back_online_changes_nothing_for_a_broken_feed() {
        let mut m = mounted(5, None);
        fail(&mut m, LoadError::Format(ParseError::HtmlPage));
        assert_eq!(m.handle(Event::Online), []);
    }
    #[test]
    fn back_online_waits_for_a_paused_list() {
        let mut m = mounted(5, None);
        load(&mut m, &["a"]);
        m.handle(Event::PauseToggled);
        m.handle(Event::Retry);
        fail(&mut m, LoadError::Network);
        assert_eq!(m.handle(Event::Online), []);
    }
    #[test]
    fn show_more_lists_more_and_focuses_the_first_new() {
        let mut m = mounted(2, None);
        load(&mut m, &["a", "b", "c", "d", "e"]);
        assert_eq!(
            m.handle(Event::ShowMore),
            [Effect::Draw, Effect::FocusItem(2)]
        );
        assert_eq!(listed(&m), ["a", "b", "c", "d"]);
        m.handle(Event::ShowMore);
        assert!(!m.shown().has_more());
    }
    #[test]
    fn nothing_after_removal() {
        let mut m = mounted(5, Some(60));
        let effects = load(&mut m, &["a"]);
        m.handle(Event::Removed);
        assert_eq!(fire(&mut m, &effects, false), []);
        assert_eq!(load(&mut m, &["b"]), []);
        assert_eq!(m.handle(Event::Online), []);
        assert_eq!(listed(&m), ["a"]);
    }
}
