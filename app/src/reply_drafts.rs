//! Offline drafts of replies to assessors' queries: the replies written in this browser that
//! the server has not acknowledged yet, in one versioned envelope per user and application.
//!
//! A reply adds a message, so sending it twice must not post it twice: each reply gets a key
//! when it is written, and the server stores a reply with a key it already has only once
//! (`db::assessment::reply`). Replies go out in the order they were written.
//!
//! Pure data and rules here; the questionnaire (`pages::application::reply_queue`) does the
//! storage and the network.

use crate::domain::ids::{ApplicationId, UserId};
use serde::{Deserialize, Serialize};

/// Bumped when the stored shape changes; envelopes of another version are ignored.
pub const ENVELOPE_VERSION: u32 = 1;
const KEY_PREFIX: &str = "accredit-io.reply-drafts";

/// The localStorage key of one user's unsent replies in one application.
pub fn storage_key(user_id: UserId, application_id: ApplicationId) -> String {
    format!("{}{application_id}", user_prefix(user_id))
}

/// The prefix of every localStorage key holding this user's replies (cleared on sign-out).
pub fn user_prefix(user_id: UserId) -> String {
    format!("{KEY_PREFIX}.v{ENVELOPE_VERSION}.u{user_id}.a")
}

/// One reply, not acknowledged yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingReply {
    pub query_id: i64,
    pub body: String,
    pub evidence_file_id: Option<i64>,
    /// Given when the reply was written; the server stores a reply with this key once.
    pub client_key: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyEnvelope {
    pub version: u32,
    pub user_id: UserId,
    pub application_id: ApplicationId,
    pub queue: Vec<PendingReply>,
}

impl ReplyEnvelope {
    pub fn new(user_id: UserId, application_id: ApplicationId) -> Self {
        Self { version: ENVELOPE_VERSION, user_id, application_id, queue: Vec::new() }
    }

    /// A stored envelope if it belongs to this user and application and has this version;
    /// otherwise an empty one (another person's replies are never sent).
    pub fn adopt(stored: Option<Self>, user_id: UserId, application_id: ApplicationId) -> Self {
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

    pub fn len(&self) -> usize {
        self.queue.len()
    }

    /// Queues a reply written now (its key stays with it until the server answers).
    pub fn add(&mut self, reply: PendingReply) {
        self.queue.push(reply);
    }

    /// The reply to send now: the oldest.
    pub fn next(&self) -> Option<PendingReply> {
        self.queue.first().cloned()
    }

    /// The server answered for the reply with this key (stored, or refused for good).
    pub fn settled(&mut self, client_key: &str) {
        self.queue.retain(|r| r.client_key != client_key);
    }

    /// The unsent replies to one query, oldest first.
    pub fn for_query(&self, query_id: i64) -> Vec<PendingReply> {
        self.queue.iter().filter(|r| r.query_id == query_id).cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(query_id: i64, body: &str, key: &str) -> PendingReply {
        PendingReply {
            query_id,
            body: body.to_owned(),
            evidence_file_id: None,
            client_key: key.to_owned(),
        }
    }

    #[test]
    fn only_the_same_person_application_and_version_is_adopted() {
        let mut stored = ReplyEnvelope::new(UserId(7), ApplicationId(3));
        stored.add(reply(1, "a", "k"));
        assert_eq!(ReplyEnvelope::adopt(Some(stored.clone()), UserId(7), ApplicationId(3)), stored);
        assert!(ReplyEnvelope::adopt(Some(stored.clone()), UserId(8), ApplicationId(3)).is_empty());
        assert!(ReplyEnvelope::adopt(Some(stored.clone()), UserId(7), ApplicationId(4)).is_empty());
        let old = ReplyEnvelope { version: ENVELOPE_VERSION + 1, ..stored };
        assert!(ReplyEnvelope::adopt(Some(old), UserId(7), ApplicationId(3)).is_empty());
    }

    #[test]
    fn replies_go_out_in_writing_order_each_until_settled() {
        let mut e = ReplyEnvelope::new(UserId(1), ApplicationId(1));
        e.add(reply(5, "first", "k1"));
        e.add(reply(6, "other query", "k2"));
        e.add(reply(5, "second", "k3"));
        assert_eq!(e.next().map(|r| r.client_key), Some("k1".to_owned()));
        assert_eq!(
            e.for_query(5).iter().map(|r| r.body.as_str()).collect::<Vec<_>>(),
            ["first", "second"]
        );
        e.settled("k1");
        assert_eq!(e.next().map(|r| r.client_key), Some("k2".to_owned()));
        e.settled("k2");
        e.settled("k3");
        assert!(e.is_empty());
    }

    #[test]
    fn keys_are_per_user_and_application_apart_from_the_other_drafts() {
        assert!(storage_key(UserId(7), ApplicationId(3)).starts_with(&user_prefix(UserId(7))));
        assert_ne!(user_prefix(UserId(7)), crate::drafts::user_prefix(UserId(7)));
        assert_ne!(user_prefix(UserId(7)), crate::case_drafts::user_prefix(UserId(7)));
    }
}
