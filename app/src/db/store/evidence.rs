//! The evidence library and links (rules in `crate::domain::evidence`). The file content lives in the
//! object store (server side); this keeps what is known about each file and which items it
//! is evidence for.

use std::collections::BTreeMap;

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, ModelTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;

use crate::db::DataError;
use crate::db::applications::edition_of;
use crate::db::audit::{self, NewEntry};
use crate::db::entities::{application, evidence_file, evidence_link, query, query_message, user};
use crate::domain::evidence::{EvidenceFileView, EvidenceView};
use crate::domain::ids::{ApplicationId, FacilityId, UserId};
use crate::domain::standards::ApplicationStatus;

/// What the upload handler learnt about a file.
pub struct NewFile {
    pub facility_id: FacilityId,
    pub sha256: String,
    pub size_bytes: i64,
    pub content_type: String,
    pub name: String,
    pub storage_key: String,
}

/// The storage key of a file's content: per facility, by content hash.
pub fn storage_key(facility_id: FacilityId, sha256: &str) -> String {
    format!("evidence/{facility_id}/{sha256}")
}

/// Statuses in which an application's evidence is frozen: submitted and not decided yet.
const FROZEN_STATUSES: [ApplicationStatus; 3] = [
    ApplicationStatus::Submitted,
    ApplicationStatus::UnderAssessment,
    ApplicationStatus::EvidenceRequested,
];

/// Whether an assessor may read a file: it is linked to an item of (or attached to a query
/// reply in) an application that the assessor is an active (declared, no conflict) assessor
/// of and that is not decided yet. The access ends with the decision; the facility's other
/// files stay out of reach.
pub async fn assessor_may_read<C: ConnectionTrait>(
    conn: &C,
    file_id: i64,
    assessor_id: UserId,
) -> Result<bool, DataError> {
    let mut linked_to: Vec<ApplicationId> = evidence_link::Entity::find()
        .filter(evidence_link::Column::FileId.eq(file_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|l| l.application_id)
        .collect();
    let replies: Vec<i64> = query_message::Entity::find()
        .filter(query_message::Column::EvidenceFileId.eq(file_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.query_id)
        .collect();
    if !replies.is_empty() {
        linked_to.extend(
            query::Entity::find()
                .filter(query::Column::Id.is_in(replies))
                .all(conn)
                .await?
                .into_iter()
                .map(|q| q.application_id),
        );
    }
    let undecided = application::Entity::find()
        .filter(application::Column::Id.is_in(linked_to))
        .filter(application::Column::Status.is_in(FROZEN_STATUSES))
        .all(conn)
        .await?;
    for app in undecided {
        if crate::db::assignments::is_active_assessor(conn, app.id, assessor_id).await? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Records an uploaded file in the facility's library, or answers the entry already there
/// for the same content (`false`: not new).
pub async fn add_file(
    db: &DatabaseConnection,
    new: NewFile,
    actor_id: UserId,
    now: DateTime<Utc>,
) -> Result<(evidence_file::Model, bool), DataError> {
    if let Some(existing) = by_hash(db, new.facility_id, &new.sha256).await? {
        return Ok((existing, false));
    }
    let txn = db.begin().await?;
    let inserted = evidence_file::ActiveModel {
        facility_id: Set(new.facility_id),
        sha256: Set(new.sha256.clone()),
        size_bytes: Set(new.size_bytes),
        content_type: Set(new.content_type.clone()),
        original_name: Set(new.name.clone()),
        storage_key: Set(new.storage_key.clone()),
        uploaded_by: Set(actor_id),
        uploaded_at: Set(now.trunc_subsecs(6)),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(DataError::from);
    let file = match inserted {
        Ok(file) => file,
        // A colleague uploaded the same file at the same moment.
        Err(e) if e.is_unique_violation() => {
            return Ok((by_hash(db, new.facility_id, &new.sha256).await?.ok_or(e)?, false));
        }
        Err(e) => return Err(e),
    };
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "evidence.uploaded",
        &format!("facility:{}", new.facility_id),
    );
    entry.after = Some(
        json!({ "file": file.id, "sha256": file.sha256, "size": file.size_bytes, "type": file.content_type, "name": file.original_name }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok((file, true))
}

async fn by_hash(
    db: &DatabaseConnection,
    facility_id: FacilityId,
    sha256: &str,
) -> Result<Option<evidence_file::Model>, DataError> {
    Ok(evidence_file::Entity::find()
        .filter(evidence_file::Column::FacilityId.eq(facility_id))
        .filter(evidence_file::Column::Sha256.eq(sha256))
        .one(db)
        .await?)
}

pub async fn find_file(
    db: &DatabaseConnection,
    id: i64,
) -> Result<Option<evidence_file::Model>, DataError> {
    Ok(evidence_file::Entity::find_by_id(id).one(db).await?)
}

async fn checked(
    db: &DatabaseConnection,
    app: &application::Model,
    item_key: &str,
    file_id: i64,
) -> Result<evidence_file::Model, DataError> {
    if !crate::db::editability::item_editable(db, app, item_key).await? {
        return Err(DataError::invalid("application", "application-error-not-draft"));
    }
    if edition_of(db, app).await?.item(item_key).is_none() {
        return Err(DataError::invalid("item", "answer-error-unknown-item"));
    }
    match find_file(db, file_id).await? {
        Some(file) if file.facility_id == app.facility_id => Ok(file),
        // Another facility's file is as good as no file.
        _ => Err(DataError::invalid("file", "evidence-error-no-file")),
    }
}

/// Links a library file to an item (doing it twice changes nothing).
pub async fn link(
    db: &DatabaseConnection,
    app: &application::Model,
    item_key: &str,
    file_id: i64,
    actor_id: UserId,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    checked(db, app, item_key, file_id).await?;
    if evidence_link::Entity::find_by_id((app.id, item_key.to_owned(), file_id))
        .one(db)
        .await?
        .is_some()
    {
        return Ok(());
    }
    let txn = db.begin().await?;
    let inserted = evidence_link::ActiveModel {
        application_id: Set(app.id),
        item_key: Set(item_key.to_owned()),
        file_id: Set(file_id),
        linked_by: Set(actor_id),
        linked_at: Set(now.trunc_subsecs(6)),
    }
    .insert(&txn)
    .await
    .map_err(DataError::from);
    match inserted {
        Ok(_) => {}
        Err(e) if e.is_unique_violation() => return Ok(()),
        Err(e) => return Err(e),
    }
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "evidence.linked",
        &format!("application:{}", app.id),
    );
    entry.after = Some(json!({ "item": item_key, "file": file_id }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// Removes a file from an item's evidence (the file stays in the library).
pub async fn unlink(
    db: &DatabaseConnection,
    app: &application::Model,
    item_key: &str,
    file_id: i64,
    actor_id: UserId,
) -> Result<(), DataError> {
    checked(db, app, item_key, file_id).await?;
    let Some(found) =
        evidence_link::Entity::find_by_id((app.id, item_key.to_owned(), file_id)).one(db).await?
    else {
        return Ok(());
    };
    let txn = db.begin().await?;
    found.delete(&txn).await?;
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "evidence.unlinked",
        &format!("application:{}", app.id),
    );
    entry.before = Some(json!({ "item": item_key, "file": file_id }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// The links of an application: (item key, file).
pub async fn links_of<C: ConnectionTrait>(
    conn: &C,
    application_id: ApplicationId,
) -> Result<Vec<(String, evidence_file::Model)>, DataError> {
    let links = evidence_link::Entity::find()
        .filter(evidence_link::Column::ApplicationId.eq(application_id))
        .order_by_asc(evidence_link::Column::ItemKey)
        .order_by_asc(evidence_link::Column::FileId)
        .all(conn)
        .await?;
    let ids: Vec<i64> = links.iter().map(|l| l.file_id).collect();
    let files = evidence_file::Entity::find()
        .filter(evidence_file::Column::Id.is_in(ids))
        .all(conn)
        .await?;
    Ok(links
        .into_iter()
        .filter_map(|l| files.iter().find(|f| f.id == l.file_id).map(|f| (l.item_key, f.clone())))
        .collect())
}

/// How many files each item of an application has linked.
pub async fn counts_of<C: ConnectionTrait>(
    conn: &C,
    application_id: ApplicationId,
) -> Result<BTreeMap<String, usize>, DataError> {
    let mut counts = BTreeMap::new();
    for (item, _) in links_of(conn, application_id).await? {
        *counts.entry(item).or_insert(0) += 1;
    }
    Ok(counts)
}

/// The library of the application's facility and the application's links.
pub async fn view(
    db: &DatabaseConnection,
    app: &application::Model,
    max_bytes: u64,
) -> Result<EvidenceView, DataError> {
    let files = evidence_file::Entity::find()
        .filter(evidence_file::Column::FacilityId.eq(app.facility_id))
        .order_by_desc(evidence_file::Column::UploadedAt)
        .order_by_desc(evidence_file::Column::Id)
        .all(db)
        .await?;
    let uploader_ids: Vec<UserId> = files.iter().map(|f| f.uploaded_by).collect();
    let uploaders =
        user::Entity::find().filter(user::Column::Id.is_in(uploader_ids)).all(db).await?;
    let library = files
        .into_iter()
        .map(|f| EvidenceFileView {
            id: f.id,
            uploaded_by: uploaders
                .iter()
                .find(|u| u.id == f.uploaded_by)
                .map(|u| u.display_name.clone())
                .unwrap_or_default(),
            name: f.original_name,
            content_type: f.content_type,
            size_bytes: f.size_bytes,
            sha256: f.sha256,
            uploaded_at: f.uploaded_at,
            expires_on: f.expires_on,
        })
        .collect();
    let links = links_of(db, app.id).await?.into_iter().map(|(item, f)| (item, f.id)).collect();
    Ok(EvidenceView { library, links, max_bytes })
}

/// Sets (or clears) the day after which a library file stops being valid evidence. Refused
/// while the file is evidence of a submitted application that is being assessed: the date
/// changes readiness and what the assessors see, and the submission froze it.
pub async fn set_expiry(
    db: &DatabaseConnection,
    facility_id: FacilityId,
    file_id: i64,
    expires_on: Option<chrono::NaiveDate>,
    actor_id: UserId,
) -> Result<(), DataError> {
    let file = evidence_file::Entity::find_by_id(file_id)
        .one(db)
        .await?
        .filter(|f| f.facility_id == facility_id)
        .ok_or(DataError::NotFound)?;
    if file.expires_on == expires_on {
        return Ok(());
    }
    let linked_to: Vec<ApplicationId> = evidence_link::Entity::find()
        .filter(evidence_link::Column::FileId.eq(file_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.application_id)
        .collect();
    let frozen = application::Entity::find()
        .filter(application::Column::Id.is_in(linked_to))
        .filter(application::Column::Status.is_in(FROZEN_STATUSES))
        .one(db)
        .await?;
    if frozen.is_some() {
        return Err(DataError::invalid("expires_on", "evidence-error-expiry-frozen"));
    }
    let before = file.expires_on;
    let mut model: evidence_file::ActiveModel = file.into();
    let txn = db.begin().await?;
    model.expires_on = Set(expires_on);
    model.update(&txn).await?;
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "evidence.expiry_set",
        &format!("facility:{facility_id}"),
    );
    entry.before = Some(json!({ "file": file_id, "expires_on": before }));
    entry.after = Some(json!({ "file": file_id, "expires_on": expires_on }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}
