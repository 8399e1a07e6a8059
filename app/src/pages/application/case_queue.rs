//! The case review's offline queue: every change to a case form is kept on this device
//! (`crate::case_drafts`, localStorage) before it is sent, sent one form at a time, and sent
//! again when the network is back, on `online`, every few seconds while unreachable, and when
//! the page opens again (also offline, from the service worker's copy).

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

use crate::case_drafts::CaseEnvelope;
use crate::domain::case_review::CaseForm;
use crate::domain::ids::{ApplicationId, UserId};

/// How often unsent forms are tried again while the server cannot be reached.
#[cfg(feature = "hydrate")]
const RETRY_MS: u64 = 4000;

/// Where one case's form stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseSave {
    /// Nothing changed on this page.
    Untouched,
    Saving,
    Saved,
    /// Kept on this device; the server cannot be reached.
    Offline,
    /// Refused by the server, with the Fluent id of the reason.
    Refused(String),
}

#[derive(Clone, Copy)]
pub struct CaseQueue {
    user_id: UserId,
    application_id: ApplicationId,
    /// The draw the forms belong to (a re-draw on this page replaces it).
    draw_id: StoredValue<i64>,
    envelope: RwSignal<CaseEnvelope>,
    /// The case whose form is on its way.
    in_flight: RwSignal<Option<String>>,
    unreachable: RwSignal<bool>,
    saved: RwSignal<BTreeSet<String>>,
    refused: RwSignal<BTreeMap<String, String>>,
}

impl CaseQueue {
    pub fn new(user_id: UserId, application_id: ApplicationId, draw_id: i64) -> Self {
        Self {
            user_id,
            application_id,
            draw_id: StoredValue::new(draw_id),
            envelope: RwSignal::new(CaseEnvelope::new(user_id, application_id, draw_id)),
            in_flight: RwSignal::new(None),
            unreachable: RwSignal::new(false),
            saved: RwSignal::new(BTreeSet::new()),
            refused: RwSignal::new(BTreeMap::new()),
        }
    }

    /// Keeps the case's newest form and sends it when it can.
    pub fn change(&self, case_ref: &str, form: CaseForm) {
        self.saved.update(|s| {
            s.remove(case_ref);
        });
        self.refused.update(|r| {
            r.remove(case_ref);
        });
        self.envelope.update(|e| e.change(case_ref, form));
        self.persist();
        self.drain();
    }

    pub fn state(&self, case_ref: &str) -> CaseSave {
        if let Some(reason) = self.refused.with(|r| r.get(case_ref).cloned()) {
            return CaseSave::Refused(reason);
        }
        if self.in_flight.with(|f| f.as_deref() == Some(case_ref)) {
            return CaseSave::Saving;
        }
        if self.envelope.with(|e| e.pending(case_ref).is_some()) {
            return if self.unreachable.get() { CaseSave::Offline } else { CaseSave::Saving };
        }
        if self.saved.with(|s| s.contains(case_ref)) {
            CaseSave::Saved
        } else {
            CaseSave::Untouched
        }
    }

    /// A new draw: the kept forms described the old one's cases, so they go.
    pub fn redraw(&self, draw_id: i64) {
        if self.draw_id.get_value() == draw_id {
            return;
        }
        self.draw_id.set_value(draw_id);
        self.envelope.set(CaseEnvelope::new(self.user_id, self.application_id, draw_id));
        self.saved.set(BTreeSet::new());
        self.refused.set(BTreeMap::new());
        self.persist();
    }
}

#[cfg(not(feature = "hydrate"))]
impl CaseQueue {
    /// Shows this device's unsent forms (`show`) and starts sending (browser only).
    pub fn start(&self, _show: impl FnOnce(&CaseEnvelope)) {}

    fn persist(&self) {}

    fn drain(&self) {}
}

#[cfg(feature = "hydrate")]
impl CaseQueue {
    /// Hands this device's unsent forms to `show` (they replace the server's on the page),
    /// then starts sending them and trying again while the server cannot be reached.
    pub fn start(&self, show: impl FnOnce(&CaseEnvelope)) {
        use leptos::prelude::{set_interval_with_handle, window_event_listener};

        let key = crate::case_drafts::storage_key(self.user_id, self.application_id);
        let stored = crate::json::stored::<CaseEnvelope>(&key);
        let envelope = CaseEnvelope::adopt(
            stored,
            self.user_id,
            self.application_id,
            self.draw_id.get_value(),
        );
        if !envelope.is_empty() {
            show(&envelope);
        }
        self.envelope.set(envelope);
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
        let key = crate::case_drafts::storage_key(self.user_id, self.application_id);
        let written = self.envelope.with_untracked(|e| {
            if e.is_empty() {
                LocalStorage::delete(&key);
                Ok(())
            } else {
                LocalStorage::set(&key, e)
            }
        });
        if written.is_err() {
            // Storage full or disabled: the form still goes to the server, it just would not
            // survive a reload while offline.
            leptos::logging::warn!("could not keep case forms on this device");
        }
    }

    /// Sends the oldest unsent form, then the next, one at a time.
    fn drain(&self) {
        use crate::api::applications::{CaseSave as Save, save_case_form};
        use crate::error::AppError;

        if self.in_flight.with_untracked(Option::is_some) {
            return;
        }
        let Some(sent) = self.envelope.with_untracked(CaseEnvelope::next) else { return };
        self.in_flight.set(Some(sent.case_ref.clone()));
        let this = *self;
        leptos::task::spawn_local(async move {
            let save = Save {
                application_id: this.application_id,
                draw_id: this.draw_id.get_value(),
                case_ref: sent.case_ref.clone(),
                form: sent.form.clone(),
            };
            let result = save_case_form(save).await;
            this.in_flight.set(None);
            match result {
                Ok(()) => {
                    this.unreachable.set(false);
                    this.envelope.update(|e| e.acknowledged(&sent));
                    if this.envelope.with_untracked(|e| e.pending(&sent.case_ref).is_none()) {
                        this.saved.update(|s| {
                            s.insert(sent.case_ref.clone());
                        });
                    }
                    this.persist();
                    this.drain();
                }
                // Not reached, or the server failed: keep it and try again later.
                Err(AppError::Transport(_) | AppError::Internal { .. }) => {
                    this.unreachable.set(true);
                }
                // Signed out meanwhile: keep it for when this person signs in again.
                Err(AppError::Unauthorized) => {
                    this.unreachable.set(false);
                    this.refused.update(|r| {
                        r.insert(sent.case_ref.clone(), "application-save-signed-out".to_owned());
                    });
                }
                // Refused for good (the draw was replaced, the review was submitted, notes too
                // long): the form stays on screen with the reason.
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
                    this.envelope.update(|env| env.dropped(&sent.case_ref));
                    this.refused.update(|r| {
                        r.insert(sent.case_ref.clone(), reason);
                    });
                    this.persist();
                    this.drain();
                }
            }
        });
    }
}
