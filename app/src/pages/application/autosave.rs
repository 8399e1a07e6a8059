//! Autosave for the questionnaire: every answer goes into the offline-draft queue of
//! `crate::drafts` (stored in localStorage at once), and the queue drains to the server one
//! save at a time, in order. Typing is saved after a second of quiet; leaving a field, hiding
//! the page or coming back online sends at once. When the server cannot be reached the answers
//! stay on this device and are retried every few seconds. Answers others saved are fetched
//! every few seconds and shown unless this browser has its own unsent answer to that item.
//!
//! Nothing here touches localStorage or the network during server rendering or hydration:
//! `start` runs from an effect, after the browser has taken over the page.

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

use super::Answers;
use crate::domain::ids::{ApplicationId, UserId};
use crate::domain::standards::{AnswerValue, ItemState};
use crate::drafts::Envelope;

/// How long typing must pause before the answer is sent.
#[cfg(feature = "hydrate")]
const QUIET_MS: u64 = 1000;
/// How often unsent answers are retried and others' answers fetched.
#[cfg(feature = "hydrate")]
const POLL_MS: u64 = 4000;

/// Where one item's answer stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemSave {
    Idle,
    Saving,
    /// Kept in this browser; sent when the server can be reached.
    OnDevice,
    Saved,
    /// Someone else saved this item first: their answer and revision.
    Conflict(AnswerValue, i64),
    /// Refused or not sendable now (Fluent id of the reason).
    Failed(String),
}

impl ItemSave {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Idle => "idle",
            Self::Saving => "saving",
            Self::OnDevice => "offline",
            Self::Saved => "saved",
            Self::Conflict(..) => "conflict",
            Self::Failed(_) => "failed",
        }
    }

    pub fn message_key(&self) -> Option<&str> {
        match self {
            Self::Idle => None,
            Self::Saving => Some("application-save-saving"),
            Self::OnDevice => Some("application-save-on-device"),
            Self::Saved => Some("application-save-saved"),
            Self::Conflict(..) => Some("application-save-conflict"),
            Self::Failed(key) => Some(key),
        }
    }
}

#[derive(Clone, Copy)]
pub struct Autosave {
    #[cfg_attr(
        not(feature = "hydrate"),
        expect(dead_code, reason = "used by the browser build only")
    )]
    application_id: ApplicationId,
    #[cfg_attr(
        not(feature = "hydrate"),
        expect(dead_code, reason = "used by the browser build only")
    )]
    user_id: UserId,
    envelope: RwSignal<Envelope>,
    values: StoredValue<BTreeMap<String, RwSignal<Option<AnswerValue>>>>,
    revisions: StoredValue<BTreeMap<String, i64>>,
    saved: RwSignal<BTreeSet<String>>,
    conflicts: RwSignal<BTreeMap<String, (AnswerValue, i64)>>,
    failures: RwSignal<BTreeMap<String, String>>,
    /// The last attempt did not reach the server.
    unreachable: RwSignal<bool>,
    #[cfg_attr(
        not(feature = "hydrate"),
        expect(dead_code, reason = "used by the browser build only")
    )]
    in_flight: StoredValue<bool>,
    /// Bumped by every keystroke; a delayed send only goes out if no newer one came.
    typing: StoredValue<u64>,
    answers: Answers,
    /// Carried answers not confirmed yet; the poll brings the server's list (a colleague may
    /// have confirmed some).
    #[cfg_attr(
        not(feature = "hydrate"),
        expect(dead_code, reason = "used by the browser build only")
    )]
    carried: super::Carried,
    pub editable: RwSignal<bool>,
}

impl Autosave {
    pub fn new(
        application_id: ApplicationId,
        user_id: UserId,
        editable: bool,
        stored: &[(String, AnswerValue, i64)],
        item_keys: impl Iterator<Item = String>,
        answers: Answers,
        carried: super::Carried,
    ) -> Self {
        let by_key: BTreeMap<&str, (&AnswerValue, i64)> =
            stored.iter().map(|(k, v, r)| (k.as_str(), (v, *r))).collect();
        let mut values = BTreeMap::new();
        let mut revisions = BTreeMap::new();
        for key in item_keys {
            let (value, revision) =
                by_key.get(key.as_str()).map_or((None, 0), |(v, r)| (Some((*v).clone()), *r));
            values.insert(key.clone(), RwSignal::new(value));
            revisions.insert(key, revision);
        }
        Self {
            application_id,
            user_id,
            envelope: RwSignal::new(Envelope::new(user_id, application_id)),
            values: StoredValue::new(values),
            revisions: StoredValue::new(revisions),
            saved: RwSignal::new(BTreeSet::new()),
            conflicts: RwSignal::new(BTreeMap::new()),
            failures: RwSignal::new(BTreeMap::new()),
            unreachable: RwSignal::new(false),
            in_flight: StoredValue::new(false),
            typing: StoredValue::new(0),
            answers,
            carried,
            editable: RwSignal::new(editable),
        }
    }

    /// The answer shown for an item.
    pub fn value(&self, item: &str) -> RwSignal<Option<AnswerValue>> {
        self.values.with_value(|v| v.get(item).copied()).unwrap_or_else(|| RwSignal::new(None))
    }

    pub fn state(&self, item: &str) -> ItemSave {
        if let Some((theirs, revision)) = self.conflicts.with(|c| c.get(item).cloned()) {
            return ItemSave::Conflict(theirs, revision);
        }
        if let Some(key) = self.failures.with(|f| f.get(item).cloned()) {
            return ItemSave::Failed(key);
        }
        if self.envelope.with(|e| e.pending(item).is_some()) {
            return if self.unreachable.get() { ItemSave::OnDevice } else { ItemSave::Saving };
        }
        if self.saved.with(|s| s.contains(item)) { ItemSave::Saved } else { ItemSave::Idle }
    }

    /// The page's one-word state: Conflict before Offline before Saving before Saved.
    pub fn page_state(&self) -> ItemSave {
        if let Some((_, (theirs, revision))) =
            self.conflicts.with(|c| c.iter().next().map(|(k, v)| (k.clone(), v.clone())))
        {
            return ItemSave::Conflict(theirs, revision);
        }
        if !self.envelope.with(Envelope::is_empty) {
            return if self.unreachable.get() { ItemSave::OnDevice } else { ItemSave::Saving };
        }
        if self.saved.with(BTreeSet::is_empty) { ItemSave::Idle } else { ItemSave::Saved }
    }

    /// Items with an answer not on the server yet.
    pub fn unsent(&self) -> usize {
        self.envelope.with(|e| e.queue.len())
    }

    /// A keystroke: kept on the device now, sent after a pause.
    pub fn typed(&self, item: &str, value: AnswerValue) {
        self.record(item, value);
        let generation = self.typing.get_value() + 1;
        self.typing.set_value(generation);
        #[cfg(feature = "hydrate")]
        {
            let this = *self;
            set_timeout(
                move || {
                    if this.typing.get_value() == generation {
                        this.drain();
                    }
                },
                std::time::Duration::from_millis(QUIET_MS),
            );
        }
    }

    /// A complete answer (a choice, a field left): kept on the device and sent now.
    pub fn answered(&self, item: &str, value: AnswerValue) {
        self.record(item, value);
        self.drain();
    }

    /// What an item's input reports (a choice, a field left). Leaving a field whose text the
    /// server already acknowledged is not a new answer: queueing it again would send a
    /// needless save and count as "not on the server yet" (e.g. in the sign-out warning).
    pub fn input(&self, item: &str, value: AnswerValue) {
        let settled = self.envelope.with_untracked(|e| e.pending(item).is_none())
            && self.conflicts.with_untracked(|c| !c.contains_key(item))
            && self.failures.with_untracked(|f| !f.contains_key(item))
            && self.value(item).with_untracked(|v| v.as_ref() == Some(&value));
        if settled {
            self.drain();
        } else {
            self.answered(item, value);
        }
    }

    fn record(&self, item: &str, value: AnswerValue) {
        if !self.editable.get_untracked() {
            return;
        }
        self.value(item).set(Some(value.clone()));
        let base = self.revisions.with_value(|r| r.get(item).copied().unwrap_or(0));
        self.envelope.update(|e| e.change(item, value.clone(), base, new_key));
        self.failures.update(|f| {
            f.remove(item);
        });
        self.answers.update(|a| {
            a.insert(item.to_owned(), ItemState { answer: Some(value), ..Default::default() });
        });
        self.persist();
    }

    /// Conflict: save my answer again, on top of theirs.
    pub fn keep_mine(&self, item: &str) {
        let Some((_, theirs)) = self.conflicts.try_update(|c| c.remove(item)).flatten() else {
            return;
        };
        self.revisions.update_value(|r| {
            r.insert(item.to_owned(), theirs);
        });
        if let Some(mine) = self.value(item).get_untracked() {
            self.answered(item, mine);
        }
    }

    /// Conflict: take their answer; mine is discarded.
    pub fn take_theirs(&self, item: &str) {
        let Some((value, revision)) = self.conflicts.try_update(|c| c.remove(item)).flatten()
        else {
            return;
        };
        self.revisions.update_value(|r| {
            r.insert(item.to_owned(), revision);
        });
        self.value(item).set(Some(value.clone()));
        self.answers.update(|a| {
            a.insert(item.to_owned(), ItemState { answer: Some(value), ..Default::default() });
        });
        self.saved.update(|s| {
            s.insert(item.to_owned());
        });
    }

    /// Saves what was typed before the page became interactive (see `early_input`), on top
    /// of the drafts `start` restored.
    #[cfg_attr(
        not(feature = "hydrate"),
        expect(dead_code, reason = "used by the browser build only")
    )]
    pub fn adopt_early_input(
        &self,
        specs: &BTreeMap<String, crate::domain::standards::AnswerSpec>,
        edits: &[crate::early_input::EarlyEdit],
    ) {
        for (item, spec) in specs {
            let current = self.value(item).get_untracked();
            if let Some(value) = crate::early_input::fold(item, spec, current.as_ref(), edits) {
                self.answered(item, value);
            }
        }
    }

    /// Sends everything waiting now (leaving a field, hiding the page).
    #[cfg_attr(
        not(feature = "hydrate"),
        expect(dead_code, reason = "used by the browser build only")
    )]
    pub fn flush(&self) {
        self.typing.update_value(|g| *g += 1);
        self.drain();
    }

    #[cfg(not(feature = "hydrate"))]
    fn persist(&self) {}

    #[cfg(not(feature = "hydrate"))]
    fn drain(&self) {}

    #[cfg(not(feature = "hydrate"))]
    pub fn start(&self) {}
}

/// A new idempotency key for one save: 16 random bytes from the browser's crypto
/// (`getRandomValues` also works on plain-HTTP intranet installations, unlike `randomUUID`).
pub(super) fn new_key() -> String {
    #[cfg(feature = "hydrate")]
    {
        let mut bytes = [0u8; 16];
        let filled = window()
            .crypto()
            .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).map(|_| ()));
        if filled.is_err() {
            // No crypto at all: the key only has to be unique among this browser's saves.
            static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
            let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            bytes[..8].copy_from_slice(&n.to_le_bytes());
            #[expect(
                clippy::as_conversions,
                reason = "milliseconds since 1970: whole and positive"
            )]
            let now = web_sys::js_sys::Date::now() as u64;
            bytes[8..].copy_from_slice(&now.to_le_bytes());
        }
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        String::from("server-side-render-never-saves")
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use gloo_storage::{LocalStorage, Storage};
    use leptos::prelude::*;

    use super::{Autosave, POLL_MS, new_key};
    use crate::api::applications::{application_answers, save_answer};
    use crate::domain::ids::UserId;
    use crate::domain::standards::{ItemState, SaveOutcome};
    use crate::drafts::{Envelope, storage_key};
    use crate::error::AppError;

    impl Autosave {
        /// Loads this user's drafts, shows them, and starts sending, retrying and polling.
        pub fn start(&self) {
            let this = *self;
            let stored =
                crate::json::stored::<Envelope>(&storage_key(self.user_id, self.application_id));
            let envelope = Envelope::adopt(stored, self.user_id, self.application_id);
            for pending in &envelope.queue {
                let value = pending.latest().clone();
                this.value(&pending.item_key).set(Some(value.clone()));
                this.answers.update(|a| {
                    a.insert(
                        pending.item_key.clone(),
                        ItemState { answer: Some(value), ..Default::default() },
                    );
                });
            }
            self.envelope.set(envelope);
            let online = window_event_listener(leptos::ev::online, move |_| this.drain());
            let hide = window_event_listener(leptos::ev::pagehide, move |_| this.flush());
            let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
                if document().hidden() {
                    this.flush();
                }
            });
            let tick = set_interval_with_handle(
                move || {
                    this.drain();
                    if !document().hidden() {
                        this.poll();
                    }
                },
                std::time::Duration::from_millis(POLL_MS),
            )
            .ok();
            on_cleanup(move || {
                online.remove();
                hide.remove();
                visibility.remove();
                if let Some(tick) = tick {
                    tick.clear();
                }
            });
            self.drain();
        }

        pub(super) fn persist(&self) {
            if SIGNED_OUT.load(std::sync::atomic::Ordering::Relaxed) {
                // Signing out: the page is going away, and its drafts with it.
                return;
            }
            let key = storage_key(self.user_id, self.application_id);
            let written = self.envelope.with_untracked(|e| {
                if e.is_empty() {
                    LocalStorage::delete(&key);
                    Ok(())
                } else {
                    LocalStorage::set(&key, e)
                }
            });
            if written.is_err() {
                // Storage full or disabled (private mode): the answer still goes to the server,
                // it just would not survive a reload while offline.
                leptos::logging::warn!("could not keep drafts on this device");
            }
        }

        /// Sends the oldest unsent answer, then the next, one at a time.
        pub(super) fn drain(&self) {
            if self.in_flight.get_value() {
                return;
            }
            let Some(save) = self.envelope.try_update(Envelope::next_save).flatten() else {
                return;
            };
            self.persist();
            self.in_flight.set_value(true);
            let this = *self;
            leptos::task::spawn_local(async move {
                let result = save_answer(save.clone()).await;
                this.in_flight.set_value(false);
                let item = save.item_key.clone();
                match result {
                    Ok(SaveOutcome::Saved { revision }) => {
                        this.unreachable.set(false);
                        this.revisions.update_value(|r| {
                            r.insert(item.clone(), revision);
                        });
                        this.envelope.update(|e| e.saved(&save.idempotency_key, revision, new_key));
                        this.saved.update(|s| {
                            s.insert(item);
                        });
                        this.persist();
                        this.drain();
                    }
                    Ok(SaveOutcome::Conflict { revision, value, .. }) => {
                        this.unreachable.set(false);
                        this.envelope.update(|e| {
                            e.dropped(&save.idempotency_key);
                        });
                        this.conflicts.update(|c| {
                            c.insert(item, (value, revision));
                        });
                        this.persist();
                        this.drain();
                    }
                    // Not reached, or the server failed: keep it here and try again later.
                    Err(AppError::Transport(_) | AppError::Internal { .. }) => {
                        this.unreachable.set(true)
                    }
                    // Signed out meanwhile: keep it for when this person signs in again.
                    Err(AppError::Unauthorized) => {
                        this.unreachable.set(false);
                        this.failures.update(|f| {
                            f.insert(item, "application-save-signed-out".to_owned());
                        });
                    }
                    // Refused for good: the answer stays on screen with the reason.
                    Err(e) => {
                        this.unreachable.set(false);
                        let reason = match &e {
                            AppError::Validation(fields) => fields
                                .first()
                                .map(|f| f.code.clone())
                                .filter(|code| crate::i18n::has_message(code))
                                .unwrap_or_else(|| e.message_key().to_owned()),
                            _ => e.message_key().to_owned(),
                        };
                        this.envelope.update(|env| {
                            env.dropped(&save.idempotency_key);
                        });
                        this.failures.update(|f| {
                            f.insert(item, reason);
                        });
                        this.persist();
                        this.drain();
                    }
                }
            });
        }

        /// Shows answers others saved, except where this browser has its own unsent or
        /// conflicting answer (that one is settled by the save itself).
        fn poll(&self) {
            let this = *self;
            leptos::task::spawn_local(async move {
                let Ok(view) = application_answers(this.application_id).await else { return };
                // Submitted or decided meanwhile: nothing can change any more (items reopened
                // by a query or a decision keep the page editable).
                if !view.status.accepts_changes() {
                    this.editable.set(false);
                }
                let unsent = |item: &String| {
                    this.envelope.with_untracked(|e| e.pending(item).is_some())
                        || this.conflicts.with_untracked(|c| c.contains_key(item))
                };
                let still: std::collections::BTreeSet<String> =
                    view.carried.into_iter().filter(|k| !unsent(k)).collect();
                if this.carried.with_untracked(|c| *c != still) {
                    this.carried.set(still);
                }
                for (item, value, revision) in view.answers {
                    let known = this.revisions.with_value(|r| r.get(&item).copied().unwrap_or(0));
                    let mine = this.envelope.with_untracked(|e| e.pending(&item).is_some())
                        || this.conflicts.with_untracked(|c| c.contains_key(&item));
                    if revision > known && !mine {
                        this.revisions.update_value(|r| {
                            r.insert(item.clone(), revision);
                        });
                        this.value(&item).set(Some(value.clone()));
                        this.answers.update(|a| {
                            a.insert(item, ItemState { answer: Some(value), ..Default::default() });
                        });
                    }
                }
            });
        }
    }

    /// Set once the user signs out: no draft is written again by this page (the pagehide
    /// flush would otherwise put one back). The case review's queue reads it too.
    pub(in crate::pages::application) static SIGNED_OUT: std::sync::atomic::AtomicBool =
        std::sync::atomic::AtomicBool::new(false);

    /// Where this user's drafts live in localStorage: answers, case forms, replies.
    fn draft_prefixes(user_id: UserId) -> [String; 3] {
        [
            crate::drafts::user_prefix(user_id),
            crate::case_drafts::user_prefix(user_id),
            crate::reply_drafts::user_prefix(user_id),
        ]
    }

    /// The localStorage keys starting with `prefix`.
    fn keys_under(prefix: &str) -> Vec<String> {
        let storage = LocalStorage::raw();
        (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(prefix))
            .collect()
    }

    /// Removes every draft of this user from the device, answers, case forms and replies
    /// (sign-out on a shared computer).
    pub fn clear_drafts_of(user_id: UserId) {
        SIGNED_OUT.store(true, std::sync::atomic::Ordering::Relaxed);
        let storage = LocalStorage::raw();
        for prefix in draft_prefixes(user_id) {
            for key in keys_under(&prefix) {
                let _ = storage.remove_item(&key);
            }
        }
    }

    /// How many answers, case forms and replies of this user are kept on this device and have
    /// not reached the server.
    pub fn unsent_drafts_of(user_id: UserId) -> usize {
        draft_prefixes(user_id)
            .iter()
            .flat_map(|prefix| keys_under(prefix))
            .filter_map(|k| crate::json::stored::<crate::drafts::QueuedCount>(&k))
            .map(|e| e.of(user_id))
            .sum()
    }
}

#[cfg(feature = "hydrate")]
pub(super) use browser::SIGNED_OUT;
#[cfg(feature = "hydrate")]
pub use browser::{clear_drafts_of, unsent_drafts_of};

/// Answers of this user kept on this device only (none on the server side).
#[cfg(not(feature = "hydrate"))]
pub fn unsent_drafts_of(_user_id: UserId) -> usize {
    0
}

/// Removes every draft of this user from the device (nothing to do on the server).
#[cfg(not(feature = "hydrate"))]
pub fn clear_drafts_of(_user_id: UserId) {}
