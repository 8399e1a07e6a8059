//! Offline drafts of the case review: the case forms changed in this browser that the server
//! has not acknowledged yet, in one versioned envelope per user, application and draw.
//!
//! A case form is saved whole (the server keeps the last form it receives for a case), so a
//! resend is harmless and needs no idempotency key; what matters is that the newest form of a
//! case reaches the server last. The queue holds one entry per case, its newest form; an
//! acknowledgement removes the entry only if the form did not change while it was on its way.
//! Two people editing one case: the later save wins, as it does online.
//!
//! Pure data and rules here; the page (`pages::application::case_queue`) does the storage and
//! the network.

use serde::{Deserialize, Serialize};

use crate::domain::case_review::CaseForm;
use crate::domain::ids::{ApplicationId, UserId};

/// Bumped when the stored shape changes; envelopes of another version are ignored.
pub const ENVELOPE_VERSION: u32 = 1;
const KEY_PREFIX: &str = "accredit-io.case-drafts";

/// The localStorage key of one user's unsent case forms of one application.
pub fn storage_key(user_id: UserId, application_id: ApplicationId) -> String {
    format!("{}{application_id}", user_prefix(user_id))
}

/// The prefix of every localStorage key holding this user's case forms (cleared on sign-out).
pub fn user_prefix(user_id: UserId) -> String {
    format!("{KEY_PREFIX}.v{ENVELOPE_VERSION}.u{user_id}.a")
}

/// One case's newest form, not acknowledged yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingCase {
    pub case_ref: String,
    pub form: CaseForm,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseEnvelope {
    pub version: u32,
    pub user_id: UserId,
    pub application_id: ApplicationId,
    /// The draw the forms belong to: after a re-draw they describe other cases.
    pub draw_id: i64,
    pub queue: Vec<PendingCase>,
}

impl CaseEnvelope {
    pub fn new(user_id: UserId, application_id: ApplicationId, draw_id: i64) -> Self {
        Self { version: ENVELOPE_VERSION, user_id, application_id, draw_id, queue: Vec::new() }
    }

    /// A stored envelope if it belongs to this user, application and draw and has this
    /// version; otherwise an empty one (forms of another draw or person are never replayed).
    pub fn adopt(
        stored: Option<Self>,
        user_id: UserId,
        application_id: ApplicationId,
        draw_id: i64,
    ) -> Self {
        match stored {
            Some(e)
                if e.version == ENVELOPE_VERSION
                    && e.user_id == user_id
                    && e.application_id == application_id
                    && e.draw_id == draw_id =>
            {
                e
            }
            _ => Self::new(user_id, application_id, draw_id),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    pub fn len(&self) -> usize {
        self.queue.len()
    }

    pub fn pending(&self, case_ref: &str) -> Option<&PendingCase> {
        self.queue.iter().find(|p| p.case_ref == case_ref)
    }

    /// Records the newest form of a case (replacing an unsent one, keeping its place).
    pub fn change(&mut self, case_ref: &str, form: CaseForm) {
        match self.queue.iter_mut().find(|p| p.case_ref == case_ref) {
            Some(p) => p.form = form,
            None => self.queue.push(PendingCase { case_ref: case_ref.to_owned(), form }),
        }
    }

    /// The form to send now: the oldest entry.
    pub fn next(&self) -> Option<PendingCase> {
        self.queue.first().cloned()
    }

    /// The server has `sent`. The entry goes unless the case changed meanwhile (then its
    /// newer form still has to go out).
    pub fn acknowledged(&mut self, sent: &PendingCase) {
        self.queue.retain(|p| p != sent);
    }

    /// The server refused the case's form for good (the page shows why).
    pub fn dropped(&mut self, case_ref: &str) {
        self.queue.retain(|p| p.case_ref != case_ref);
    }

    /// The server's forms with this device's unsent ones in their place.
    pub fn overlay(&self, cases: &mut [(String, CaseForm)]) {
        for (case_ref, form) in cases.iter_mut() {
            if let Some(p) = self.pending(case_ref) {
                *form = p.form.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(notes: &str) -> CaseForm {
        CaseForm { notes: notes.to_owned(), ..CaseForm::default() }
    }

    #[test]
    fn only_the_same_person_application_draw_and_version_is_adopted() {
        let mut stored = CaseEnvelope::new(UserId(7), ApplicationId(3), 11);
        stored.change("IO-1", form("a"));
        assert_eq!(
            CaseEnvelope::adopt(Some(stored.clone()), UserId(7), ApplicationId(3), 11),
            stored
        );
        assert!(
            CaseEnvelope::adopt(Some(stored.clone()), UserId(8), ApplicationId(3), 11).is_empty()
        );
        assert!(
            CaseEnvelope::adopt(Some(stored.clone()), UserId(7), ApplicationId(4), 11).is_empty()
        );
        assert!(
            CaseEnvelope::adopt(Some(stored.clone()), UserId(7), ApplicationId(3), 12).is_empty()
        );
        let old = CaseEnvelope { version: ENVELOPE_VERSION + 1, ..stored };
        assert!(CaseEnvelope::adopt(Some(old), UserId(7), ApplicationId(3), 11).is_empty());
        assert!(CaseEnvelope::adopt(None, UserId(7), ApplicationId(3), 11).is_empty());
    }

    #[test]
    fn one_entry_per_case_with_its_newest_form_in_first_change_order() {
        let mut e = CaseEnvelope::new(UserId(1), ApplicationId(1), 1);
        e.change("IO-2", form("first"));
        e.change("IO-1", form("other"));
        e.change("IO-2", form("second"));
        assert_eq!(e.len(), 2);
        assert_eq!(e.next(), Some(PendingCase { case_ref: "IO-2".into(), form: form("second") }));
    }

    #[test]
    fn a_form_changed_while_on_its_way_stays_queued() {
        let mut e = CaseEnvelope::new(UserId(1), ApplicationId(1), 1);
        e.change("IO-1", form("sent"));
        let sent = e.next().unwrap_or_else(|| panic!("queued"));
        e.change("IO-1", form("typed meanwhile"));
        e.acknowledged(&sent);
        assert_eq!(e.pending("IO-1").map(|p| p.form.notes.as_str()), Some("typed meanwhile"));
        let newer = e.next().unwrap_or_else(|| panic!("queued"));
        e.acknowledged(&newer);
        assert!(e.is_empty());
    }

    #[test]
    fn unsent_forms_replace_the_servers_and_refused_ones_go() {
        let mut e = CaseEnvelope::new(UserId(1), ApplicationId(1), 1);
        e.change("IO-2", form("device"));
        let mut cases =
            vec![("IO-1".to_owned(), form("server 1")), ("IO-2".into(), form("server 2"))];
        e.overlay(&mut cases);
        assert_eq!(cases[0].1.notes, "server 1");
        assert_eq!(cases[1].1.notes, "device");
        e.dropped("IO-2");
        assert!(e.is_empty());
    }

    #[test]
    fn keys_are_per_user_and_application_under_the_users_prefix() {
        assert!(storage_key(UserId(7), ApplicationId(3)).starts_with(&user_prefix(UserId(7))));
        assert!(!storage_key(UserId(17), ApplicationId(3)).starts_with(&user_prefix(UserId(7))));
        assert_ne!(
            storage_key(UserId(7), ApplicationId(3)),
            crate::drafts::storage_key(UserId(7), ApplicationId(3))
        );
    }
}
