//! A re-certification cycle (rules in `crate::domain::recertification`): opened when the
//! re-certification invoice is paid, on the current standards edition, prefilled from the last
//! accredited cycle. Each carried answer stays "carried — confirm or update" until the team
//! confirms it or saves it again; evidence links come along with their files.

use std::collections::BTreeMap;

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;

use crate::db::applications::answers_of_conn;
use crate::db::audit::{self, NewEntry};
use crate::db::entities::{answer, application, carried_item, evidence_link, facility};
use crate::db::mail::MailKind;
use crate::db::{DataError, editions};
use crate::domain::ids::{ApplicationId, FacilityId, UserId};
use crate::domain::recertification::carry_over;
use crate::domain::standards::AnswerValue;
use crate::domain::standards::ApplicationStatus;

/// The newest application of the facility that ended in accreditation.
pub async fn last_accredited<C: ConnectionTrait>(
    conn: &C,
    facility_id: FacilityId,
) -> Result<Option<application::Model>, DataError> {
    Ok(application::Entity::find()
        .filter(application::Column::FacilityId.eq(facility_id))
        .filter(application::Column::Status.eq(ApplicationStatus::Accredited))
        .order_by_desc(application::Column::Cycle)
        .one(conn)
        .await?)
}

/// What `open` found or created.
pub struct Opened {
    pub application: application::Model,
    /// Answers carried from the previous cycle (0 when it was open already).
    pub carried: usize,
    /// Created now, not found open.
    pub new: bool,
}

/// Opens the re-certification cycle after the last accredited one, or answers the one already
/// open (a second payment or a replayed provider event opens nothing twice). `None` when the
/// facility has no accredited cycle to carry from. Call inside the payment's transaction; the
/// audit entry is the caller's (`application.recertification_opened`).
pub async fn open<C: ConnectionTrait>(
    conn: &C,
    facility_id: FacilityId,
    actor_id: Option<UserId>,
    now: DateTime<Utc>,
) -> Result<Option<Opened>, DataError> {
    let Some(previous) = last_accredited(conn, facility_id).await? else { return Ok(None) };
    let newest = application::Entity::find()
        .filter(application::Column::FacilityId.eq(facility_id))
        .order_by_desc(application::Column::Cycle)
        .one(conn)
        .await?;
    if let Some(newest) = newest.filter(|n| n.cycle > previous.cycle) {
        return Ok(Some(Opened { application: newest, carried: 0, new: false }));
    }
    let Some(edition) = editions::current(conn).await? else {
        return Err(DataError::invalid("edition", "application-error-no-edition"));
    };
    let now = now.trunc_subsecs(6);
    let created = application::ActiveModel {
        facility_id: Set(facility_id),
        cycle: Set(previous.cycle + 1),
        edition_id: Set(edition.id.clone()),
        status: Set(ApplicationStatus::Draft),
        created_at: Set(now),
        created_by: Set(actor_id),
        carried_from: Set(Some(previous.id)),
        excellence_requested: Set(false),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    let old: Vec<(String, AnswerValue)> =
        answers_of_conn(conn, previous.id).await?.into_iter().map(|(k, v, _)| (k, v)).collect();
    let carried = carry_over(&edition, &old, now.date_naive());
    // A carried answer keeps its author: whoever gave it in the previous cycle.
    let authors: std::collections::HashMap<String, UserId> = answer::Entity::find()
        .filter(answer::Column::ApplicationId.eq(previous.id))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| (a.item_key, a.updated_by))
        .collect();
    for (key, value) in &carried {
        let updated_by = authors.get(key).copied().unwrap_or_default();
        let value = serde_json::to_string(value).map_err(|e| DataError::Edition(e.to_string()))?;
        answer::ActiveModel {
            application_id: Set(created.id),
            item_key: Set(key.clone()),
            value: Set(value),
            revision: Set(1),
            updated_by: Set(updated_by),
            updated_at: Set(now),
        }
        .insert(conn)
        .await?;
        carried_item::ActiveModel {
            application_id: Set(created.id),
            item_key: Set(key.clone()),
            carried_at: Set(now),
        }
        .insert(conn)
        .await?;
    }
    let links = evidence_link::Entity::find()
        .filter(evidence_link::Column::ApplicationId.eq(previous.id))
        .all(conn)
        .await?;
    for link in links.into_iter().filter(|l| edition.item(&l.item_key).is_some()) {
        evidence_link::ActiveModel {
            application_id: Set(created.id),
            item_key: Set(link.item_key),
            file_id: Set(link.file_id),
            linked_by: Set(link.linked_by),
            linked_at: Set(now),
        }
        .insert(conn)
        .await?;
    }
    Ok(Some(Opened { application: created, carried: carried.len(), new: true }))
}

/// Opens the cycle a fully paid re-certification invoice pays for and tells the facility's
/// correspondents by mail (only when it was opened now).
pub async fn open_paid<C: ConnectionTrait>(
    conn: &C,
    f: &facility::Model,
    actor_id: Option<UserId>,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Option<Opened>, DataError> {
    let opened = open(conn, f.id, actor_id, now).await?;
    if let Some(o) = opened.as_ref().filter(|o| o.new) {
        let to = crate::db::memberships::correspondents(conn, f.id).await?;
        let link = format!("{base_url}/applications/{}", o.application.id);
        crate::db::mail::mail_all(
            conn,
            &to,
            MailKind::RecertificationOpened,
            &[("facility", f.name.clone()), ("link", link)],
            now,
        )
        .await?;
    }
    Ok(opened)
}

/// The audit entry of a cycle opened by a payment, in the transaction that opened it.
pub async fn audit_opened<C: ConnectionTrait>(
    txn: &C,
    actor: &str,
    opened: &Opened,
    invoice_number: &str,
) -> Result<(), DataError> {
    let app = &opened.application;
    let mut entry = NewEntry::new(
        actor,
        "application.recertification_opened",
        &format!("application:{}", app.id),
    );
    entry.after = Some(
        json!({ "facility": app.facility_id, "cycle": app.cycle, "edition": app.edition_id, "carried_from": app.carried_from, "carried_answers": opened.carried, "invoice": invoice_number }),
    );
    audit::append_in(txn, entry).await?;
    Ok(())
}

/// The carried answers of an application not confirmed yet.
pub async fn unconfirmed<C: ConnectionTrait>(
    conn: &C,
    application_id: ApplicationId,
) -> Result<Vec<String>, DataError> {
    Ok(carried_item::Entity::find()
        .filter(carried_item::Column::ApplicationId.eq(application_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| c.item_key)
        .collect())
}

/// Confirms carried answers as they are, for this cycle: those the team may change now (all
/// while a draft, reopened ones later). Items not carried, or confirmed already, are ignored;
/// answers how many were confirmed now.
pub async fn confirm(
    db: &DatabaseConnection,
    app: &application::Model,
    items: &[String],
    actor_id: UserId,
    now: DateTime<Utc>,
) -> Result<usize, DataError> {
    let txn = db.begin().await?;
    let current = crate::db::applications::lock_for_change(&txn, app.id).await?;
    let pending = unconfirmed(&txn, app.id).await?;
    let mut confirmed = Vec::new();
    for key in items.iter().filter(|k| pending.contains(k)) {
        if !crate::db::editability::item_editable(&txn, &current, key).await? {
            return Err(DataError::invalid("application", "application-error-not-draft"));
        }
        confirmed.push(key.clone());
    }
    if confirmed.is_empty() {
        return Ok(0);
    }
    carried_item::Entity::delete_many()
        .filter(carried_item::Column::ApplicationId.eq(app.id))
        .filter(carried_item::Column::ItemKey.is_in(confirmed.clone()))
        .exec(&txn)
        .await?;
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "answer.carried_confirmed",
        &format!("application:{}", app.id),
    );
    entry.after = Some(json!({ "items": confirmed, "at": now.trunc_subsecs(6) }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(confirmed.len())
}

/// The facility's choice to be assessed for Centre of Excellence in a re-certification cycle.
/// Only the Authorised Representative (checked by the caller) and only while a draft.
pub async fn request_excellence(
    db: &DatabaseConnection,
    app: &application::Model,
    requested: bool,
    actor_id: UserId,
) -> Result<(), DataError> {
    if app.carried_from.is_none() {
        return Err(DataError::invalid("application", "excellence-error-first-cycle"));
    }
    if app.status != ApplicationStatus::Draft {
        return Err(DataError::invalid("application", "application-error-not-draft"));
    }
    if app.excellence_requested == requested {
        return Ok(());
    }
    // Only while still a draft, decided in the update itself: a choice that arrives just after
    // the submission changes nothing.
    let txn = db.begin().await?;
    let changed = application::Entity::update_many()
        .col_expr(
            application::Column::ExcellenceRequested,
            sea_orm::sea_query::Expr::value(requested),
        )
        .filter(application::Column::Id.eq(app.id))
        .filter(application::Column::Status.eq(ApplicationStatus::Draft))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        return Err(DataError::invalid("application", "application-error-not-draft"));
    }
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "application.excellence_requested",
        &format!("application:{}", app.id),
    );
    entry.before = Some(json!({ "requested": app.excellence_requested }));
    entry.after = Some(json!({ "requested": requested }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// The answers of a re-certification and of the cycle it was prefilled from.
pub struct Comparison {
    pub previous: application::Model,
    pub before: BTreeMap<String, AnswerValue>,
    pub after: BTreeMap<String, AnswerValue>,
}

/// The previous cycle's answers beside this one's, for the side-by-side view.
pub async fn comparison(
    db: &DatabaseConnection,
    app: &application::Model,
) -> Result<Option<Comparison>, DataError> {
    let Some(previous_id) = app.carried_from else { return Ok(None) };
    let Some(previous) = application::Entity::find_by_id(previous_id).one(db).await? else {
        return Ok(None);
    };
    let before =
        answers_of_conn(db, previous.id).await?.into_iter().map(|(k, v, _)| (k, v)).collect();
    let after = answers_of_conn(db, app.id).await?.into_iter().map(|(k, v, _)| (k, v)).collect();
    Ok(Some(Comparison { previous, before, after }))
}
