//! A re-certification cycle (rules in `crate::recertification`): opened when the
//! re-certification invoice is paid, on the current standards edition, prefilled from the last
//! accredited cycle. Each carried answer stays "carried — confirm or update" until the team
//! confirms it or saves it again; evidence links come along with their files.

use std::collections::BTreeMap;

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;

use super::applications::{answers_of_conn, DRAFT};
use super::audit::{self, NewEntry};
use super::entities::{answer, application, carried_item, evidence_link};
use super::{editions, DataError};
use crate::recertification::carry_over;
use crate::standards::AnswerValue;

/// The newest application of the facility that ended in accreditation.
pub async fn last_accredited<C: ConnectionTrait>(conn: &C, facility_id: i64) -> Result<Option<application::Model>, DataError> {
    Ok(application::Entity::find()
        .filter(application::Column::FacilityId.eq(facility_id))
        .filter(application::Column::Status.eq(super::assessment::ACCREDITED))
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
pub async fn open<C: ConnectionTrait>(conn: &C, facility_id: i64, actor_id: Option<i64>, now: DateTime<Utc>) -> Result<Option<Opened>, DataError> {
    let Some(previous) = last_accredited(conn, facility_id).await? else { return Ok(None) };
    let newest = application::Entity::find().filter(application::Column::FacilityId.eq(facility_id)).order_by_desc(application::Column::Cycle).one(conn).await?;
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
        status: Set(DRAFT.to_owned()),
        created_at: Set(now),
        created_by: Set(actor_id),
        carried_from: Set(Some(previous.id)),
        excellence_requested: Set(false),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    let old: Vec<(String, AnswerValue)> = answers_of_conn(conn, previous.id).await?.into_iter().map(|(k, v, _)| (k, v)).collect();
    let carried = carry_over(&edition, &old, now.date_naive());
    let updated_by = actor_id.or(previous.created_by).unwrap_or_default();
    for (key, value) in &carried {
        let value = serde_json::to_string(value).map_err(|e| DataError::Edition(e.to_string()))?;
        answer::ActiveModel { application_id: Set(created.id), item_key: Set(key.clone()), value: Set(value), revision: Set(1), updated_by: Set(updated_by), updated_at: Set(now) }
            .insert(conn)
            .await?;
        carried_item::ActiveModel { application_id: Set(created.id), item_key: Set(key.clone()), carried_at: Set(now) }.insert(conn).await?;
    }
    let links = evidence_link::Entity::find().filter(evidence_link::Column::ApplicationId.eq(previous.id)).all(conn).await?;
    for link in links.into_iter().filter(|l| edition.item(&l.item_key).is_some()) {
        evidence_link::ActiveModel { application_id: Set(created.id), item_key: Set(link.item_key), file_id: Set(link.file_id), linked_by: Set(link.linked_by), linked_at: Set(now) }
            .insert(conn)
            .await?;
    }
    Ok(Some(Opened { application: created, carried: carried.len(), new: true }))
}

/// The carried answers of an application not confirmed yet.
pub async fn unconfirmed<C: ConnectionTrait>(conn: &C, application_id: i64) -> Result<Vec<String>, DataError> {
    Ok(carried_item::Entity::find().filter(carried_item::Column::ApplicationId.eq(application_id)).all(conn).await?.into_iter().map(|c| c.item_key).collect())
}

/// Confirms carried answers as they are, for this cycle. Items not carried (or confirmed
/// already) are ignored; answers how many were confirmed now.
pub async fn confirm(db: &DatabaseConnection, app: &application::Model, items: &[String], actor_id: i64, now: DateTime<Utc>) -> Result<usize, DataError> {
    if app.status != DRAFT {
        return Err(DataError::invalid("application", "application-error-not-draft"));
    }
    let pending = unconfirmed(db, app.id).await?;
    let confirmed: Vec<String> = items.iter().filter(|k| pending.contains(k)).cloned().collect();
    if confirmed.is_empty() {
        return Ok(0);
    }
    carried_item::Entity::delete_many()
        .filter(carried_item::Column::ApplicationId.eq(app.id))
        .filter(carried_item::Column::ItemKey.is_in(confirmed.clone()))
        .exec(db)
        .await?;
    let mut entry = NewEntry::new(&format!("user:{actor_id}"), "answer.carried_confirmed", &format!("application:{}", app.id));
    entry.after = Some(json!({ "items": confirmed, "at": now.trunc_subsecs(6) }));
    audit::append(db, entry).await?;
    Ok(confirmed.len())
}

/// The facility's choice to be assessed for Centre of Excellence in a re-certification cycle.
/// Only the Authorised Representative (checked by the caller) and only while a draft.
pub async fn request_excellence(db: &DatabaseConnection, app: &application::Model, requested: bool, actor_id: i64) -> Result<(), DataError> {
    if app.carried_from.is_none() {
        return Err(DataError::invalid("application", "excellence-error-first-cycle"));
    }
    if app.status != DRAFT {
        return Err(DataError::invalid("application", "application-error-not-draft"));
    }
    if app.excellence_requested == requested {
        return Ok(());
    }
    let mut model: application::ActiveModel = app.clone().into();
    model.excellence_requested = Set(requested);
    model.update(db).await?;
    let mut entry = NewEntry::new(&format!("user:{actor_id}"), "application.excellence_requested", &format!("application:{}", app.id));
    entry.before = Some(json!({ "requested": app.excellence_requested }));
    entry.after = Some(json!({ "requested": requested }));
    audit::append(db, entry).await?;
    Ok(())
}

/// The answers of a re-certification and of the cycle it was prefilled from.
pub struct Comparison {
    pub previous: application::Model,
    pub before: BTreeMap<String, AnswerValue>,
    pub after: BTreeMap<String, AnswerValue>,
}

/// The previous cycle's answers beside this one's, for the side-by-side view.
pub async fn comparison(db: &DatabaseConnection, app: &application::Model) -> Result<Option<Comparison>, DataError> {
    let Some(previous_id) = app.carried_from else { return Ok(None) };
    let Some(previous) = application::Entity::find_by_id(previous_id).one(db).await? else { return Ok(None) };
    let before = answers_of_conn(db, previous.id).await?.into_iter().map(|(k, v, _)| (k, v)).collect();
    let after = answers_of_conn(db, app.id).await?.into_iter().map(|(k, v, _)| (k, v)).collect();
    Ok(Some(Comparison { previous, before, after }))
}
