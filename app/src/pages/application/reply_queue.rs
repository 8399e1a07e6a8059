//! Replies to assessors' queries from the questionnaire go through an offline queue like the
//! answers: kept on this device (`crate::reply_drafts`, localStorage) before they are sent,
//! sent one at a time with the key they were given when written (the server stores a reply
//! once per key), retried on `online` and every few seconds while the server cannot be
//! reached, and shown in their thread until the server has them.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::domain::ids::{ApplicationId, UserId};
use crate::reply_drafts::{PendingReply, ReplyEnvelope};

/// How often unsent replies are tried again while the server cannot be reached.
#[cfg(feature = "hydrate")]
const RETRY_MS: u64 = 4000;

#[derive(Clone, Copy)]
#[cfg_attr(
    not(feature = "hydrate"),
    expect(dead_code, reason = "the storage and the network are the browser's")
)]
pub struct ReplyQueue {
    user_id: UserId,
    application_id: ApplicationId,
    envelope: RwSignal<ReplyEnvelope>,
    in_flight: RwSignal<bool>,
    unreachable: RwSignal<bool>,
    /// Query → the Fluent id of why the server refused a reply to it, and the reply's text
    /// (it goes back into the reply box, never lost).
    refused: RwSignal<BTreeMap<i64, (String, String)>>,
    /// Asked when a reply reached the server: the island reads the threads again.
    read_again: Option<crate::islands::ReadAgain>,
}

impl ReplyQueue {
    pub fn new(user_id: UserId, application_id: ApplicationId) -> Self {
        Self {
            user_id,
            application_id,
            envelope: RwSignal::new(ReplyEnvelope::new(user_id, application_id)),
            in_flight: RwSignal::new(false),
            unreachable: RwSignal::new(false),
            refused: RwSignal::new(BTreeMap::new()),
            read_again: crate::islands::ReadAgain::here(),
        }
    }

    /// Keeps a reply written now and sends it when it can.
    pub fn send(&self, query_id: i64, body: String, evidence_file_id: Option<i64>) {
        let reply = PendingReply {
            query_id,
            body,
            evidence_file_id,
            client_key: super::autosave::new_key(),
        };
        self.refused.update(|r| {
            r.remove(&query_id);
        });
        self.envelope.update(|e| e.add(reply));
        self.persist();
        self.drain();
    }

    /// The replies to `query_id` still on this device.
    pub fn pending(&self, query_id: i64) -> Vec<PendingReply> {
        self.envelope.with(|e| e.for_query(query_id))
    }

    pub fn unreachable(&self) -> bool {
        self.unreachable.get()
    }

    /// Why the server refused the last reply to `query_id`, if it did, and its text.
    pub fn refused(&self, query_id: i64) -> Option<(String, String)> {
        self.refused.with(|r| r.get(&query_id).cloned())
    }
}

#[cfg(not(feature = "hydrate"))]
impl ReplyQueue {
    /// Loads this device's unsent replies and starts sending (browser only).
    pub fn start(&self) {}

    fn persist(&self) {}

    fn drain(&self) {}
}

#[cfg(feature = "hydrate")]
impl ReplyQueue {
    /// Loads this device's unsent replies (they show in their threads), then starts sending
    /// them and trying again while the server cannot be reached.
    pub fn start(&self) {
        use leptos::prelude::{set_interval_with_handle, window_event_listener};

        let key = crate::reply_drafts::storage_key(self.user_id, self.application_id);
        let stored = crate::json::stored::<ReplyEnvelope>(&key);
        self.envelope.set(ReplyEnvelope::adopt(stored, self.user_id, self.application_id));
        let this = *self;
        let online = window_event_listener(leptos::ev::online, move |_| this.drain());
        let tick = set_interval_with_handle(
            move || this.drain(),
            std::time::Duration::from_millis(RETRY_MS),
        )
        .ok();
        on_cleanup(move || {
            online.remove();
            if let Some(tick) = tick {
                tick.clear();
            }
        });
        self.drain();
    }

    fn persist(&self) {
        use gloo_storage::{LocalStorage, Storage};
        if super::autosave::SIGNED_OUT.load(std::sync::atomic::Ordering::Relaxed) {
            return;
        }
        let key = crate::reply_drafts::storage_key(self.user_id, self.application_id);
        let written = self.envelope.with_untracked(|e| {
            if e.is_empty() {
                LocalStorage::delete(&key);
                Ok(())
            } else {
                LocalStorage::set(&key, e)
            }
        });
        if written.is_err() {
            leptos::logging::warn!("could not keep replies on this device");
        }
    }

    /// Sends the oldest unsent reply, then the next, one at a time.
    fn drain(&self) {
        use crate::api::assessment::reply_to_query;
        use crate::error::AppError;

        if self.in_flight.get_untracked() {
            return;
        }
        let Some(reply) = self.envelope.with_untracked(ReplyEnvelope::next) else { return };
        self.in_flight.set(true);
        let this = *self;
        leptos::task::spawn_local(async move {
            let result = reply_to_query(
                reply.query_id,
                reply.body.clone(),
                reply.evidence_file_id,
                Some(reply.client_key.clone()),
            )
            .await;
            this.in_flight.set(false);
            match result {
                Ok(()) => {
                    this.unreachable.set(false);
                    this.envelope.update(|e| e.settled(&reply.client_key));
                    this.persist();
                    if this.envelope.with_untracked(ReplyEnvelope::is_empty) {
                        // The threads are read again with the replies in them.
                        if let Some(read_again) = this.read_again {
                            read_again.ask();
                        }
                    } else {
                        this.drain();
                    }
                }
                // Not reached, or the server failed: keep it and try again later.
                Err(AppError::Transport(_) | AppError::Internal { .. }) => {
                    this.unreachable.set(true);
                }
                // Signed out meanwhile: keep it for when this person signs in again.
                Err(AppError::Unauthorized) => {
                    this.unreachable.set(false);
                    this.refused.update(|r| {
                        r.insert(
                            reply.query_id,
                            ("application-save-signed-out".to_owned(), String::new()),
                        );
                    });
                }
                // Refused for good (the query was closed meanwhile, the text is too long): the
                // thread says why; the text goes back into the reply box to be kept or changed.
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
                    this.envelope.update(|env| env.settled(&reply.client_key));
                    this.refused.update(|r| {
                        r.insert(reply.query_id, (reason, reply.body.clone()));
                    });
                    this.persist();
                    this.drain();
                }
            }
        });
    }
}
