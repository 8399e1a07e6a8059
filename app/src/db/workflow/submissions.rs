//! Submitting an application: the server re-checks readiness, freezes the answers and the
//! case review as a snapshot with a SHA-256 content hash, marks the application `submitted`
//! and mails the team and the administrators, all in one transaction.

use std::collections::BTreeMap;

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::db::applications::{answers_of_conn, edition_of};
use crate::db::audit::{self, NewEntry};
use crate::db::entities::{application, facility, submission, user};
use crate::db::mail::{self, MailKind};
use crate::db::{DataError, case_review};
use crate::domain::case_review::CaseForm;
use crate::domain::ids::{ApplicationId, FacilityId, UserId};
use crate::domain::standards::{AnswerValue, ApplicationStatus, ItemState, readiness};

/// Bumped when the snapshot's shape changes (old hashes stay valid for their format).
pub const SNAPSHOT_FORMAT: u32 = 2;

/// What a submission freezes. Field order and sorted maps make the JSON, and so the hash,
/// depend only on the content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub format: u32,
    pub application_id: ApplicationId,
    pub facility_id: FacilityId,
    pub cycle: i32,
    pub edition_id: String,
    pub answers: BTreeMap<String, AnswerValue>,
    /// item key → (SHA-256, file name) of each linked evidence file, sorted.
    pub evidence: BTreeMap<String, Vec<(String, String)>>,
    /// SHA-256 → the day after which a linked file stops being valid evidence (format 2 on;
    /// expiry dates change readiness and the assessors' view, so they are frozen too).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub evidence_expiry: BTreeMap<String, chrono::NaiveDate>,
    pub case_review: SnapshotCaseReview,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotCaseReview {
    pub draw_number: i32,
    pub seed: String,
    pub pool_sha256: String,
    /// Drawn cases in draw order with their forms.
    pub cases: Vec<(String, CaseForm)>,
}

impl Snapshot {
    /// The canonical JSON and its SHA-256 (lowercase hex).
    pub fn canonical(&self) -> Result<(String, String), DataError> {
        let text = serde_json::to_string(self).map_err(|e| DataError::Edition(e.to_string()))?;
        let hash = hex::encode(Sha256::digest(text.as_bytes()));
        Ok((text, hash))
    }
}

/// The submission receipt shown on the application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub submitted_at: DateTime<Utc>,
    pub submitted_by: String,
    pub content_hash: String,
}

/// The newest submission of an application.
pub async fn latest(
    db: &DatabaseConnection,
    application_id: ApplicationId,
) -> Result<Option<Receipt>, DataError> {
    let Some(s) = submission::Entity::find()
        .filter(submission::Column::ApplicationId.eq(application_id))
        .order_by_desc(submission::Column::Id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let by = user::Entity::find_by_id(s.submitted_by)
        .one(db)
        .await?
        .map(|u| u.display_name)
        .unwrap_or_default();
    Ok(Some(Receipt {
        submitted_at: s.submitted_at,
        submitted_by: by,
        content_hash: s.content_hash,
    }))
}

/// Submits the application (the caller has checked that `actor_id` is the Authorised
/// Representative). Refused unless it is a draft and ready for accreditation.
pub async fn submit(
    db: &DatabaseConnection,
    application_id: ApplicationId,
    actor_id: UserId,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<submission::Model, DataError> {
    let now = now.trunc_subsecs(6);
    let txn = db.begin().await?;
    // Claim the draft first: a concurrent save or submit waits for this transaction and then
    // finds the application no longer a draft. The claim is the transaction's first statement,
    // a write, so on SQLite it never has to upgrade a read (which fails at once, without
    // waiting, when another writer holds the lock).
    // A re-submission after `amendments_required` goes straight back to the same assessors.
    let mut claimed = None;
    for (from, to) in [
        (ApplicationStatus::Draft, ApplicationStatus::Submitted),
        (ApplicationStatus::AmendmentsRequired, ApplicationStatus::UnderAssessment),
    ] {
        let updated = application::Entity::update_many()
            .col_expr(application::Column::Status, Expr::value(to))
            .col_expr(application::Column::ReopenedItems, Expr::value(Option::<String>::None))
            .filter(application::Column::Id.eq(application_id))
            .filter(application::Column::Status.eq(from))
            .exec(&txn)
            .await?;
        if updated.rows_affected == 1 {
            claimed = Some((from, to));
            break;
        }
    }
    let Some((from, to)) = claimed else {
        return Err(DataError::invalid("application", "application-error-not-draft"));
    };
    let resubmission = from == ApplicationStatus::AmendmentsRequired;
    if resubmission {
        crate::db::clock::clock(&txn, application_id, "started", now).await?;
    }
    let app = application::Entity::find_by_id(application_id)
        .one(&txn)
        .await?
        .ok_or(DataError::NotFound)?;
    let edition = edition_of(&txn, &app).await?;
    let answers: BTreeMap<String, AnswerValue> =
        answers_of_conn(&txn, app.id).await?.into_iter().map(|(k, v, _)| (k, v)).collect();
    let Some(draw) = case_review::current_draw(&txn, app.id).await? else {
        return Err(DataError::invalid("application", "submission-error-not-ready"));
    };
    let today = now.date_naive();
    let complete = case_review::is_complete(&txn, app.id, today).await?;
    // A carried answer must be confirmed before it counts (design.md §2).
    let carried = crate::db::recertification_cycle::unconfirmed(&txn, app.id).await?;
    let mut states: BTreeMap<String, ItemState> = answers
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                ItemState {
                    answer: Some(v.clone()),
                    carried: carried.contains(k),
                    ..Default::default()
                },
            )
        })
        .collect();
    let links = crate::db::evidence::links_of(&txn, app.id).await?;
    for (item, file) in &links {
        let state = states.entry(item.clone()).or_default();
        if crate::domain::evidence::expired(file.expires_on, today) {
            state.evidence_expired += 1;
        } else {
            state.evidence_files += 1;
        }
    }
    // The same gate as the page's readiness panel, re-checked here: the page may be stale.
    if !readiness(&edition, &states, complete, today).ready_to_submit {
        return Err(DataError::invalid("application", "submission-error-not-ready"));
    }
    let mut evidence: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut evidence_expiry = BTreeMap::new();
    for (item, file) in links {
        if let Some(day) = file.expires_on {
            evidence_expiry.insert(file.sha256.clone(), day);
        }
        evidence.entry(item).or_default().push((file.sha256, file.original_name));
    }
    for files in evidence.values_mut() {
        files.sort();
    }
    let snapshot = Snapshot {
        format: SNAPSHOT_FORMAT,
        application_id: app.id,
        facility_id: app.facility_id,
        cycle: app.cycle,
        edition_id: app.edition_id.clone(),
        answers,
        evidence,
        evidence_expiry,
        case_review: SnapshotCaseReview {
            draw_number: draw.draw_number,
            seed: draw.seed.clone(),
            pool_sha256: draw.pool_sha256.clone(),
            cases: case_review::forms_of(&txn, &draw).await?,
        },
    };
    let (text, hash) = snapshot.canonical()?;
    let created = submission::ActiveModel {
        application_id: Set(app.id),
        submitted_by: Set(actor_id),
        submitted_at: Set(now),
        content_hash: Set(hash.clone()),
        snapshot: Set(text),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let f = facility::Entity::find_by_id(app.facility_id)
        .one(&txn)
        .await?
        .ok_or(DataError::NotFound)?;
    for u in recipients(&txn, f.id).await? {
        mail::queue(
            &txn,
            &u.email,
            &u.language,
            MailKind::ApplicationSubmitted,
            &[
                ("name", u.display_name.clone()),
                ("facility", f.name.clone()),
                ("hash", hash.clone()),
                ("link", format!("{base_url}/applications/{}", app.id)),
            ],
            now,
        )
        .await?;
    }
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "application.submitted",
        &format!("application:{}", app.id),
    );
    entry.before = Some(json!({ "status": from }));
    entry.after = Some(json!({ "status": to, "submission": created.id, "content_hash": hash }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(created)
}

/// The facility's active members and every administrator, once each.
async fn recipients<C: ConnectionTrait>(
    conn: &C,
    facility_id: FacilityId,
) -> Result<Vec<user::Model>, DataError> {
    let mut all = crate::db::memberships::team(conn, facility_id).await?;
    all.extend(crate::db::accounts::administrators(conn).await?);
    all.sort_by_key(|u| u.id);
    all.dedup_by_key(|u| u.id);
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapshot(order: &[(&str, i64)]) -> Snapshot {
        let mut answers = BTreeMap::new();
        for (k, v) in order {
            answers.insert((*k).to_owned(), AnswerValue::Number { value: *v });
        }
        Snapshot {
            format: SNAPSHOT_FORMAT,
            application_id: ApplicationId(7),
            facility_id: FacilityId(3),
            cycle: 1,
            edition_id: "demo-2026".into(),
            answers,
            evidence: BTreeMap::from([(
                "1a".to_owned(),
                vec![("ab12".to_owned(), "SOP.pdf".to_owned())],
            )]),
            evidence_expiry: BTreeMap::from([(
                "ab12".to_owned(),
                chrono::NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
            )]),
            case_review: SnapshotCaseReview {
                draw_number: 1,
                seed: "42".into(),
                pool_sha256: "ab".into(),
                cases: vec![("IO-1".into(), CaseForm::default())],
            },
        }
    }

    #[test]
    fn the_hash_depends_on_the_content_only() {
        let a = snapshot(&[("1a", 1), ("2b", 2), ("10c", 3)]).canonical().unwrap();
        let b = snapshot(&[("10c", 3), ("2b", 2), ("1a", 1)]).canonical().unwrap();
        assert_eq!(a, b);
        assert_eq!(a.1.len(), 64);
        let c = snapshot(&[("1a", 1), ("2b", 2), ("10c", 4)]).canonical().unwrap();
        assert_ne!(a.1, c.1);
        // The hash of a fixed snapshot is pinned: a serialisation change must bump the format.
        assert_eq!(a.1, "a1d8f2f61fe0bdd1281ee3e42c75aef8518825581432a7b5aa50fed5830a6e70");
    }
}
