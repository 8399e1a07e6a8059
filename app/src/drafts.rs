//! Offline drafts: the answers typed in this browser that the server has not acknowledged
//! yet, kept as a queue of pending saves in one versioned envelope per user and application.
//!
//! The browser stores the envelope in localStorage after every change, so an answer typed
//! while the network is down survives a reload and is sent when the server can be reached.
//! The queue holds at most one entry per item. An entry that was sent at least once keeps its
//! idempotency key forever (its fate is unknown until the server answers, and a resend with
//! the same key is applied at most once); a change made meanwhile waits in `next` and goes out
//! on the revision the sent save produced, so a person never conflicts with themselves.
//!
//! Pure data and rules here; the page (`pages::application::autosave`) does the storage and
//! the network.

use serde::{Deserialize, Serialize};

use crate::domain::ids::{ApplicationId, UserId};
use crate::domain::standards::{AnswerSave, AnswerValue};

/// Bumped when the stored shape changes; envelopes of another version are ignored.
pub const ENVELOPE_VERSION: u32 = 1;
const KEY_PREFIX: &str = "accredit-io.drafts";

/// The localStorage key of one user's drafts of one application.
pub fn storage_key(user_id: UserId, application_id: ApplicationId) -> String {
    format!("{}{application_id}", user_prefix(user_id))
}

/// The prefix of every localStorage key holding this user's drafts (cleared on sign-out).
pub fn user_prefix(user_id: UserId) -> String {
    format!("{KEY_PREFIX}.v{ENVELOPE_VERSION}.u{user_id}.a")
}

/// One item's unacknowledged answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub item_key: String,
    pub value: AnswerValue,
    pub base_revision: i64,
    pub idempotency_key: String,
    /// Sent at least once: the value and key are fixed now.
    pub sent: bool,
    /// A newer answer typed after `value` was sent.
    pub next: Option<AnswerValue>,
}

impl Pending {
    /// The newest answer the person gave.
    pub fn latest(&self) -> &AnswerValue {
        self.next.as_ref().unwrap_or(&self.value)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    pub version: u32,
    pub user_id: UserId,
    pub application_id: ApplicationId,
    pub queue: Vec<Pending>,
}

impl Envelope {
    pub fn new(user_id: UserId, application_id: ApplicationId) -> Self {
        Self { version: ENVELOPE_VERSION, user_id, application_id, queue: Vec::new() }
    }

    /// A stored envelope if it belongs to this user and application and has this version;
    /// otherwise an empty one (a stale or foreign envelope must never be replayed).
    pub fn adopt(stored: Option<Envelope>, user_id: UserId, application_id: ApplicationId) -> Self {
        match stored {
            Some(e)
                if e.version == ENVELOPE_VERSION
                    && e.user_id == user_id
                    && e.application_id == application_id =>
            {
                e
            }
            _ => Self::new(user_id, application_id),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    pub fn pending(&self, item_key: &str) -> Option<&Pending> {
        self.queue.iter().find(|p| p.item_key == item_key)
    }

    /// Records an answer the person gave to an item whose known revision is `base_revision`.
    pub fn change(
        &mut self,
        item_key: &str,
        value: AnswerValue,
        base_revision: i64,
        new_key: impl FnOnce() -> String,
    ) {
        match self.queue.iter_mut().find(|p| p.item_key == item_key) {
            Some(p) if p.sent => p.next = Some(value),
            Some(p) => p.value = value,
            None => self.queue.push(Pending {
                item_key: item_key.to_owned(),
                value,
                base_revision,
                idempotency_key: new_key(),
                sent: false,
                next: None,
            }),
        }
    }

    /// The save to send now (the oldest entry), marked as sent.
    pub fn next_save(&mut self) -> Option<AnswerSave> {
        let application_id = self.application_id;
        let p = self.queue.first_mut()?;
        p.sent = true;
        Some(AnswerSave {
            application_id,
            item_key: p.item_key.clone(),
            value: p.value.clone(),
            base_revision: p.base_revision,
            idempotency_key: p.idempotency_key.clone(),
        })
    }

    /// The server applied the save with `key` at `revision`. A newer answer waiting behind it
    /// becomes an unsent entry based on that revision (same place in the queue).
    pub fn saved(&mut self, key: &str, revision: i64, new_key: impl FnOnce() -> String) {
        let Some(index) = self.queue.iter().position(|p| p.idempotency_key == key) else { return };
        match self.queue[index].next.take() {
            Some(next) => {
                let p = &mut self.queue[index];
                p.value = next;
                p.base_revision = revision;
                p.idempotency_key = new_key();
                p.sent = false;
            }
            None => {
                self.queue.remove(index);
            }
        }
    }

    /// The save with `key` was not applied (a conflict, or refused): it leaves the queue.
    /// Answers the removed entry so the page can show the person's newest answer.
    pub fn dropped(&mut self, key: &str) -> Option<Pending> {
        let index = self.queue.iter().position(|p| p.idempotency_key == key)?;
        Some(self.queue.remove(index))
    }
}

/// How many changes one stored envelope holds for whom — of answers, case forms or replies
/// alike (they share these fields). Read for the sign-out warning, which needs only the count:
/// the pages that send the drafts read them whole.
#[derive(Debug, Deserialize)]
pub struct QueuedCount {
    user_id: UserId,
    queue: Vec<serde::de::IgnoredAny>,
}

impl QueuedCount {
    /// The changes held for `user_id` (none when the envelope is someone else's).
    pub fn of(&self, user_id: UserId) -> usize {
        if self.user_id == user_id { self.queue.len() } else { 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_envelope_of_any_kind_is_counted_for_its_user_only() {
        let mut answers = Envelope::new(UserId(7), ApplicationId(1));
        answers.queue.push(Pending {
            item_key: "1a".into(),
            value: text("kept"),
            base_revision: 0,
            idempotency_key: "k".into(),
            sent: false,
            next: None,
        });
        let mut replies = crate::reply_drafts::ReplyEnvelope::new(UserId(7), ApplicationId(1));
        for query_id in [3, 4] {
            replies.add(crate::reply_drafts::PendingReply {
                query_id,
                body: "see the minutes".into(),
                evidence_file_id: None,
                client_key: format!("c{query_id}"),
            });
        }
        let cases = crate::case_drafts::CaseEnvelope::new(UserId(7), ApplicationId(1), 9);
        for (json, expected) in [
            (serde_json::to_string(&answers), 1),
            (serde_json::to_string(&replies), replies.len()),
            (serde_json::to_string(&cases), 0),
        ] {
            let json = json.unwrap_or_default();
            let count: QueuedCount = serde_json::from_str(&json).expect("an envelope reads");
            assert_eq!(count.of(UserId(7)), expected, "{json}");
            assert_eq!(count.of(UserId(8)), 0, "another user's envelope counts nothing");
        }
        assert_eq!(replies.len(), 2);
    }

    fn text(s: &str) -> AnswerValue {
        AnswerValue::Text { value: s.into() }
    }

    fn keys() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("key-{n:04}")
        }
    }

    #[test]
    fn changes_before_sending_replace_the_value_and_keep_one_entry() {
        let mut e = Envelope::new(UserId(1), ApplicationId(2));
        let mut k = keys();
        e.change("1a", text("a"), 0, &mut k);
        e.change("1a", text("ab"), 0, &mut k);
        e.change("2b", text("x"), 3, &mut k);
        assert_eq!(e.queue.len(), 2);
        let first = e.next_save().unwrap();
        assert_eq!(
            (
                first.item_key.as_str(),
                first.value,
                first.base_revision,
                first.idempotency_key.as_str()
            ),
            ("1a", text("ab"), 0, "key-0001")
        );
    }

    #[test]
    fn a_sent_entry_keeps_key_and_value_and_the_newer_answer_follows_on_the_new_revision() {
        let mut e = Envelope::new(UserId(1), ApplicationId(2));
        let mut k = keys();
        e.change("1a", text("a"), 4, &mut k);
        let sent = e.next_save().unwrap();
        e.change("1a", text("abc"), 4, &mut k);
        // Resent after a lost answer: same key, same value.
        assert_eq!(e.next_save().unwrap(), sent);
        assert_eq!(e.pending("1a").unwrap().latest(), &text("abc"));
        e.saved(&sent.idempotency_key, 5, &mut k);
        let follow = e.next_save().unwrap();
        assert_eq!((follow.value, follow.base_revision), (text("abc"), 5));
        assert_ne!(follow.idempotency_key, sent.idempotency_key);
        e.saved(&follow.idempotency_key, 6, &mut k);
        assert!(e.is_empty());
    }

    #[test]
    fn the_queue_drains_in_the_order_of_first_change() {
        let mut e = Envelope::new(UserId(1), ApplicationId(2));
        let mut k = keys();
        for item in ["3a", "1a", "2c"] {
            e.change(item, text(item), 0, &mut k);
        }
        let mut order = Vec::new();
        while let Some(s) = e.next_save() {
            order.push(s.item_key.clone());
            e.saved(&s.idempotency_key, 1, &mut k);
        }
        assert_eq!(order, ["3a", "1a", "2c"]);
    }

    #[test]
    fn a_dropped_save_leaves_the_queue_with_the_newest_answer() {
        let mut e = Envelope::new(UserId(1), ApplicationId(2));
        let mut k = keys();
        e.change("1a", text("a"), 0, &mut k);
        let s = e.next_save().unwrap();
        e.change("1a", text("b"), 0, &mut k);
        let gone = e.dropped(&s.idempotency_key).unwrap();
        assert_eq!(gone.latest(), &text("b"));
        assert!(e.is_empty());
        assert!(e.dropped("unknown").is_none());
        // An answer for a key no longer queued changes nothing.
        e.saved("unknown", 9, &mut k);
        assert!(e.is_empty());
    }

    #[test]
    fn only_the_same_users_envelope_of_this_version_is_adopted() {
        let mut mine = Envelope::new(UserId(1), ApplicationId(2));
        mine.change("1a", text("a"), 0, || "key-mine".into());
        assert_eq!(Envelope::adopt(Some(mine.clone()), UserId(1), ApplicationId(2)), mine);
        assert!(Envelope::adopt(Some(mine.clone()), UserId(7), ApplicationId(2)).is_empty());
        assert!(Envelope::adopt(Some(mine.clone()), UserId(1), ApplicationId(3)).is_empty());
        let old = Envelope { version: 0, ..mine };
        assert!(Envelope::adopt(Some(old), UserId(1), ApplicationId(2)).is_empty());
        assert!(Envelope::adopt(None, UserId(1), ApplicationId(2)).is_empty());
    }

    #[test]
    fn storage_keys_are_per_user_and_application_under_the_users_prefix() {
        assert_eq!(storage_key(UserId(12), ApplicationId(34)), "accredit-io.drafts.v1.u12.a34");
        assert!(storage_key(UserId(12), ApplicationId(34)).starts_with(&user_prefix(UserId(12))));
        // user 1 must not match user 12's keys
        assert!(!storage_key(UserId(12), ApplicationId(34)).starts_with(&user_prefix(UserId(1))));
    }
}
