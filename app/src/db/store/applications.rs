//! Applications and their answers.
//!
//! Every save carries an idempotency key chosen by the client and the item revision it was
//! based on. A key seen before is answered with the revision it produced and applied no
//! second time (a retried request, a replayed offline queue); a base revision older than the
//! stored one is a conflict and overwrites nothing. Each applied save bumps the item's
//! revision and records who and when.

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};
use serde_json::json;

use crate::db::audit::{self, NewEntry};
use crate::db::entities::{answer, answer_save, application, carried_item};
use crate::db::status_history::current_status;
use crate::db::{DataError, editions};
use crate::domain::facilities::FacilityStatus;
use crate::domain::ids::{ApplicationId, FacilityId, UserId};
use crate::domain::standards::ApplicationStatus;
pub use crate::domain::standards::{AnswerSave as Save, SaveOutcome};
use crate::domain::standards::{AnswerValue, Edition, check_answer};

/// How often a save is retried when SQLite reports its writer busy.
const BUSY_RETRIES: usize = 50;

/// Opens the facility's first application (pinned to the newest edition), or returns the one
/// already open. Only an Enrolled Centre can apply.
pub async fn open(
    db: &DatabaseConnection,
    facility_id: FacilityId,
    actor_id: UserId,
    now: DateTime<Utc>,
) -> Result<application::Model, DataError> {
    if let Some(existing) = current_for_facility(db, facility_id).await? {
        return Ok(existing);
    }
    open_blank(db, facility_id, 1, actor_id, now, None).await
}

/// Opens a blank draft as the facility's `cycle`-th application, pinned to the newest edition
/// (an Enrolled Centre only) and audited; `after`: the "not accredited" application it
/// follows. When a colleague opened it a moment earlier, answers theirs.
pub(crate) async fn open_blank(
    db: &DatabaseConnection,
    facility_id: FacilityId,
    cycle: i32,
    actor_id: UserId,
    now: DateTime<Utc>,
    after: Option<ApplicationId>,
) -> Result<application::Model, DataError> {
    if current_status(db, facility_id).await? != FacilityStatus::Enrolled {
        return Err(DataError::invalid("facility", "application-error-not-enrolled"));
    }
    let Some((edition, _)) = editions::list(db).await?.into_iter().next() else {
        return Err(DataError::invalid("edition", "application-error-no-edition"));
    };
    let txn = db.begin().await?;
    let inserted = application::ActiveModel {
        facility_id: Set(facility_id),
        cycle: Set(cycle),
        edition_id: Set(edition.id.clone()),
        status: Set(ApplicationStatus::Draft),
        created_at: Set(now.trunc_subsecs(6)),
        created_by: Set(Some(actor_id)),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(DataError::from);
    let created = match inserted {
        Ok(model) => model,
        // Two members opened it at the same moment: the other insert won.
        Err(e) if e.is_unique_violation() => {
            return current_for_facility(db, facility_id).await?.ok_or(e);
        }
        Err(e) => return Err(e),
    };
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "application.opened",
        &format!("application:{}", created.id),
    );
    entry.after = Some(
        json!({ "facility": facility_id, "cycle": cycle, "edition": edition.id, "after_not_accredited": after }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(created)
}

/// The facility's newest application.
pub async fn current_for_facility(
    db: &DatabaseConnection,
    facility_id: FacilityId,
) -> Result<Option<application::Model>, DataError> {
    Ok(application::Entity::find()
        .filter(application::Column::FacilityId.eq(facility_id))
        .order_by_desc(application::Column::Cycle)
        .one(db)
        .await?)
}

pub async fn find(
    db: &DatabaseConnection,
    id: ApplicationId,
) -> Result<Option<application::Model>, DataError> {
    Ok(application::Entity::find_by_id(id).one(db).await?)
}

/// The edition an application is pinned to.
pub async fn edition_of<C: ConnectionTrait>(
    db: &C,
    app: &application::Model,
) -> Result<Edition, DataError> {
    editions::find(db, &app.edition_id).await?.ok_or_else(|| {
        DataError::Edition(format!(
            "edition {} of application {} is missing",
            app.edition_id, app.id
        ))
    })
}

fn valid_key(key: &str) -> bool {
    (8..=64).contains(&key.len())
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Locks an application for a change inside `txn` and reads it. Write first: on SQLite this
/// takes the write lock before anything is read (waiting in the busy handler instead of failing
/// a read-to-write upgrade), on PostgreSQL it locks the application row. Either way a
/// submission cannot slip in between, and the status read is current.
pub(crate) async fn lock_for_change<C: ConnectionTrait>(
    txn: &C,
    application_id: ApplicationId,
) -> Result<application::Model, DataError> {
    application::Entity::update_many()
        .col_expr(
            application::Column::Status,
            sea_orm::sea_query::Expr::col(application::Column::Status),
        )
        .filter(application::Column::Id.eq(application_id))
        .exec(txn)
        .await?;
    application::Entity::find_by_id(application_id).one(txn).await?.ok_or(DataError::NotFound)
}

/// Applies a save once (see the module comment). Answers that do not pass their item's checks
/// yet are still stored (a draft is saved as typed; the attention summary flags it); an
/// answer of the wrong type for the item is refused.
pub async fn save_answer(
    db: &DatabaseConnection,
    save: &Save,
    actor_id: UserId,
    now: DateTime<Utc>,
) -> Result<SaveOutcome, DataError> {
    if !valid_key(&save.idempotency_key) {
        return Err(DataError::invalid("idempotency_key", "error-field-malformed"));
    }
    let value_json =
        serde_json::to_string(&save.value).map_err(|e| DataError::Edition(e.to_string()))?;
    let mut last = None;
    for attempt in 0..BUSY_RETRIES {
        if attempt > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(
                (u64::try_from(attempt).unwrap_or(0) * 5) % 30 + 1,
            ))
            .await;
        }
        let gate = crate::db::write_gate(db).await;
        let outcome = try_save(db, save, &value_json, actor_id, now).await;
        drop(gate);
        match outcome {
            Ok(outcome) => return Ok(outcome),
            // The same key applied concurrently (a double send): answer what it produced.
            Err(e) if e.is_unique_violation() => {
                if let Some(done) = applied(db, &save.idempotency_key).await? {
                    return replayed(done, save);
                }
                // Two first answers to one item, or two audit entries on one head, raced:
                // the retry sees the winner (a conflict, or the new head).
                last = Some(e);
            }
            Err(e) if e.is_busy() => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| DataError::Edition("save not attempted".into())))
}

async fn applied(
    db: &DatabaseConnection,
    key: &str,
) -> Result<Option<answer_save::Model>, DataError> {
    Ok(answer_save::Entity::find_by_id(key.to_owned()).one(db).await?)
}

fn replayed(done: answer_save::Model, save: &Save) -> Result<SaveOutcome, DataError> {
    if done.application_id != save.application_id || done.item_key != save.item_key {
        // A client reused a key for another item: refuse rather than guess.
        return Err(DataError::invalid("idempotency_key", "error-field-malformed"));
    }
    Ok(SaveOutcome::Saved { revision: done.revision })
}

async fn try_save(
    db: &DatabaseConnection,
    save: &Save,
    value_json: &str,
    actor_id: UserId,
    now: DateTime<Utc>,
) -> Result<SaveOutcome, DataError> {
    let now = now.trunc_subsecs(6);
    let txn = db.begin().await?;
    let app = lock_for_change(&txn, save.application_id).await?;
    let current = answer::Entity::find_by_id((save.application_id, save.item_key.clone()))
        .lock_exclusive()
        .one(&txn)
        .await?;
    let current_revision = current.as_ref().map_or(0, |a| a.revision);
    // After submission only the items a decision reopened, or one under an open query.
    let editable = crate::db::editability::item_editable(&txn, &app, &save.item_key).await?;
    if !editable || save.base_revision != current_revision {
        // Applied before (a retry after a lost answer, a replayed offline queue, a
        // concurrent copy of this request): answer what it produced, even after submission.
        if let Some(done) =
            answer_save::Entity::find_by_id(save.idempotency_key.clone()).one(&txn).await?
        {
            return replayed(done, save);
        }
    }
    if !editable {
        return Err(DataError::invalid("application", "application-error-not-draft"));
    }
    let edition = edition_of(&txn, &app).await?;
    let Some((_, item)) = edition.item(&save.item_key) else {
        return Err(DataError::invalid("item", "answer-error-unknown-item"));
    };
    // An unfinished answer (a "No" still without its explanation, …) is kept as a draft and
    // flagged by readiness; one that can never be valid for this item is not stored at all.
    if let Err(code) = check_answer(&item.answer, &save.value, now.date_naive()) {
        if crate::domain::standards::refused_at_save(code) {
            return Err(DataError::invalid("value", code));
        }
    }
    if save.base_revision != current_revision {
        let (value, updated_by) = match &current {
            Some(a) => (
                serde_json::from_str(&a.value).map_err(|e| DataError::Edition(e.to_string()))?,
                a.updated_by,
            ),
            None => return Err(DataError::invalid("base_revision", "error-field-malformed")),
        };
        return Ok(SaveOutcome::Conflict { revision: current_revision, value, updated_by });
    }
    let revision = current_revision + 1;
    match current {
        Some(existing) => {
            let mut model: answer::ActiveModel = existing.into();
            model.value = Set(value_json.to_owned());
            model.revision = Set(revision);
            model.updated_by = Set(actor_id);
            model.updated_at = Set(now);
            model.update(&txn).await?;
        }
        None => {
            answer::ActiveModel {
                application_id: Set(save.application_id),
                item_key: Set(save.item_key.clone()),
                value: Set(value_json.to_owned()),
                revision: Set(revision),
                updated_by: Set(actor_id),
                updated_at: Set(now),
            }
            .insert(&txn)
            .await?;
        }
    }
    answer_save::ActiveModel {
        idempotency_key: Set(save.idempotency_key.clone()),
        application_id: Set(save.application_id),
        item_key: Set(save.item_key.clone()),
        revision: Set(revision),
        saved_by: Set(actor_id),
        saved_at: Set(now),
    }
    .insert(&txn)
    .await?;
    // Saving a carried answer (changed or as it was) confirms it for this cycle.
    carried_item::Entity::delete_many()
        .filter(carried_item::Column::ApplicationId.eq(save.application_id))
        .filter(carried_item::Column::ItemKey.eq(save.item_key.as_str()))
        .exec(&txn)
        .await?;
    // In the same transaction: a save is never committed without its audit entry.
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "answer.saved",
        &format!("application:{}", save.application_id),
    );
    entry.after = Some(
        json!({ "item": save.item_key, "revision": revision, "value": save.value, "key": save.idempotency_key }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(SaveOutcome::Saved { revision })
}

/// The stored answers of an application: item key → (value, revision).
pub async fn answers_of(
    db: &DatabaseConnection,
    application_id: ApplicationId,
) -> Result<Vec<(String, AnswerValue, i64)>, DataError> {
    answers_of_conn(db, application_id).await
}

/// `answers_of` inside a transaction.
pub async fn answers_of_conn<C: ConnectionTrait>(
    db: &C,
    application_id: ApplicationId,
) -> Result<Vec<(String, AnswerValue, i64)>, DataError> {
    let rows = answer::Entity::find()
        .filter(answer::Column::ApplicationId.eq(application_id))
        .all(db)
        .await?;
    rows.into_iter()
        .map(|a| {
            serde_json::from_str(&a.value)
                .map(|v| (a.item_key, v, a.revision))
                .map_err(|e| DataError::Edition(e.to_string()))
        })
        .collect()
}
