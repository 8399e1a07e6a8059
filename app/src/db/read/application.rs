//! The application as its facility's team reads it: the questionnaire's one answer, the
//! newest decision as the letter shows it, the polled answers and the comparison of a
//! re-certification with the cycle it was prefilled from.

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, EntityTrait};

use crate::db::DataError;
use crate::db::entities::{application, facility};
use crate::domain::accounts::GlobalRole;
use crate::domain::assessment::Outcome;
use crate::domain::facilities::FacilityRole;
use crate::domain::ids::{ApplicationId, UserId};
use crate::domain::standards::ApplicationStatus;
use crate::domain::views::{
    AnswersView, ApplicationView, CycleComparison, DecisionView, SubmissionView,
};

/// Everything the questionnaire needs. `read_only`: the reader is an administrator, nothing
/// is editable; `evidence_limit`: the largest evidence file the server takes.
pub async fn application_view(
    db: &DatabaseConnection,
    app: &application::Model,
    user_id: UserId,
    read_only: bool,
    evidence_limit: u64,
    now: DateTime<Utc>,
) -> Result<ApplicationView, DataError> {
    let edition = crate::db::applications::edition_of(db, app).await?;
    let answers = crate::db::applications::answers_of(db, app.id).await?;
    let evidence = crate::db::evidence::view(db, app, evidence_limit).await?;
    let carried = crate::db::recertification_cycle::unconfirmed(db, app.id).await?;
    let today = now.date_naive();
    let case_review_complete = crate::db::case_review::is_complete(db, app.id, today).await?;
    let is_representative = crate::db::memberships::role_holder(
        db,
        app.facility_id,
        FacilityRole::AuthorisedRepresentative,
    )
    .await?
        == Some(user_id);
    let submission = submission_receipt(db, app.id).await?;
    let queries = crate::db::assessment::queries_of(db, app.id).await?;
    let editable_items = match app.status {
        _ if read_only => Some(Vec::new()),
        ApplicationStatus::Draft => None,
        ApplicationStatus::AmendmentsRequired => Some(crate::db::editability::reopened(app)),
        ApplicationStatus::EvidenceRequested => {
            Some(crate::db::editability::open_query_items(db, app.id).await?)
        }
        _ => Some(Vec::new()),
    };
    let is_admin =
        crate::db::accounts::roles_of(db, user_id).await?.contains(&GlobalRole::Administrator);
    let clock_days = if is_representative || is_admin {
        Some(super::clock_days(&crate::db::clock::clock_of(db, app.id).await?, now))
    } else {
        None
    };
    let decision = decision_view(db, app).await?;
    Ok(ApplicationView {
        id: app.id,
        facility_id: app.facility_id,
        user_id,
        status: app.status,
        edition,
        answers,
        case_review_complete,
        is_representative,
        submission,
        evidence,
        queries,
        editable_items,
        clock_days,
        decision,
        today,
        cycle: app.cycle,
        carried,
        carried_from: app.carried_from,
        excellence_requested: app.excellence_requested,
        read_only,
    })
}

/// The receipt of the application's newest submission.
pub async fn submission_receipt(
    db: &DatabaseConnection,
    application_id: ApplicationId,
) -> Result<Option<SubmissionView>, DataError> {
    Ok(crate::db::submissions::latest(db, application_id).await?.map(|r| SubmissionView {
        submitted_at: r.submitted_at,
        submitted_by: r.submitted_by,
        content_hash: r.content_hash,
    }))
}

/// The stored answers, status and unconfirmed carried items (what the questionnaire polls).
pub async fn answers_view(
    db: &DatabaseConnection,
    app: &application::Model,
) -> Result<AnswersView, DataError> {
    Ok(AnswersView {
        status: app.status,
        answers: crate::db::applications::answers_of(db, app.id).await?,
        carried: crate::db::recertification_cycle::unconfirmed(db, app.id).await?,
    })
}

/// The newest decision of an application as the letter shows it.
pub async fn decision_view(
    db: &DatabaseConnection,
    app: &application::Model,
) -> Result<Option<DecisionView>, DataError> {
    let Some(d) = crate::db::assessment::latest_decision(db, app.id).await? else {
        return Ok(None);
    };
    let outcome = d.outcome;
    let issued = if outcome == Outcome::Accredited {
        crate::db::certificates::certificate_of(db, app.facility_id).await?
    } else {
        None
    };
    // The facility's newest certificate is this decision's unless a later cycle has one.
    let issued = issued.filter(|c| c.application_id == app.id);
    let conferred = issued.as_ref().map(|c| c.status);
    let certificate = issued.map(|c| c.code);
    let facility = facility::Entity::find_by_id(app.facility_id)
        .one(db)
        .await?
        .map(|f| f.name)
        .unwrap_or_default();
    let reasons: std::collections::BTreeMap<String, String> =
        d.reasons.as_deref().and_then(|r| serde_json::from_str(r).ok()).unwrap_or_default();
    let edition = crate::db::applications::edition_of(db, app).await?;
    // In the edition's order (1a, 1b, …, 10a), not the text order of the keys.
    let reasons = edition
        .items()
        .map(|(_, n, item)| crate::domain::standards::item_key(n, &item.letter))
        .filter_map(|key| reasons.get(&key).map(|r| (key.clone(), r.clone())))
        .collect();
    Ok(Some(DecisionView {
        outcome,
        reasons,
        reapply_from: d.reapply_from,
        items: serde_json::from_str(&d.items).unwrap_or_default(),
        comment: d.comment,
        decided_at: d.decided_at,
        valid_from: d.valid_from,
        valid_until: d.valid_until,
        certificate,
        conferred,
        facility,
    }))
}

/// What changed in a re-certification against the previous cycle; `None` for a first cycle.
pub async fn cycle_comparison(
    db: &DatabaseConnection,
    app: &application::Model,
) -> Result<Option<CycleComparison>, DataError> {
    let Some(compared) = crate::db::recertification_cycle::comparison(db, app).await? else {
        return Ok(None);
    };
    let edition = crate::db::applications::edition_of(db, app).await?;
    let rows = crate::domain::recertification::changes(&edition, &compared.before, &compared.after);
    Ok(Some(CycleComparison {
        application_id: app.id,
        facility_id: app.facility_id,
        cycle: app.cycle,
        previous_application: compared.previous.id,
        previous_cycle: compared.previous.cycle,
        edition,
        rows,
    }))
}

/// The answer sheet of an application (the CSV and XLSX exports): every item of its edition,
/// with the stored answer, who changed it last and when, and the number of linked files.
pub async fn answer_sheet(
    db: &DatabaseConnection,
    app: &application::Model,
) -> Result<Vec<crate::domain::answer_sheet::SheetRow>, DataError> {
    use crate::db::entities::{answer, user};
    use crate::domain::answer_sheet::{StoredAnswer, rows};
    use sea_orm::{ColumnTrait, QueryFilter};
    let edition = crate::db::applications::edition_of(db, app).await?;
    let stored =
        answer::Entity::find().filter(answer::Column::ApplicationId.eq(app.id)).all(db).await?;
    let mut editor_ids: Vec<UserId> = stored.iter().map(|a| a.updated_by).collect();
    editor_ids.sort_unstable();
    editor_ids.dedup();
    let names: std::collections::HashMap<UserId, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(editor_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let mut answers = std::collections::BTreeMap::new();
    for a in stored {
        let value =
            serde_json::from_str(&a.value).map_err(|e| DataError::Edition(e.to_string()))?;
        let editor = names.get(&a.updated_by).cloned().unwrap_or_default();
        answers.insert(a.item_key, StoredAnswer { value, editor, at: a.updated_at });
    }
    let evidence = crate::db::evidence::counts_of(db, app.id).await?;
    Ok(rows(&edition, &answers, &evidence))
}

/// The application's newest submission as it was frozen, its fingerprint checked again;
/// `None` before the first submission.
pub async fn snapshot_view(
    db: &DatabaseConnection,
    app: &application::Model,
) -> Result<Option<crate::domain::views::SnapshotView>, DataError> {
    use crate::db::entities::{evidence_file, submission, user};
    use crate::db::submissions::Snapshot;
    use crate::domain::views::{SnapshotFile, SnapshotItem, SnapshotView};
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    use sha2::{Digest, Sha256};
    let Some(row) = submission::Entity::find()
        .filter(submission::Column::ApplicationId.eq(app.id))
        .order_by_desc(submission::Column::Id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let verified = hex::encode(Sha256::digest(row.snapshot.as_bytes())) == row.content_hash;
    let frozen: Snapshot =
        serde_json::from_str(&row.snapshot).map_err(|e| DataError::Edition(e.to_string()))?;
    let edition = crate::db::editions::find(db, &frozen.edition_id)
        .await?
        .ok_or_else(|| DataError::Edition(format!("edition {} is missing", frozen.edition_id)))?;
    let hashes: Vec<String> = frozen.evidence.values().flatten().map(|(h, _)| h.clone()).collect();
    let sizes: std::collections::HashMap<String, i64> = evidence_file::Entity::find()
        .filter(evidence_file::Column::FacilityId.eq(app.facility_id))
        .filter(evidence_file::Column::Sha256.is_in(hashes))
        .all(db)
        .await?
        .into_iter()
        .map(|f| (f.sha256, f.size_bytes))
        .collect();
    let items = edition
        .sections
        .iter()
        .flat_map(|section| &section.standards)
        .flat_map(|standard| standard.items.iter().map(move |item| (standard, item)))
        .map(|(standard, item)| {
            let key = crate::domain::standards::item_key(standard.number, &item.letter);
            let files = frozen
                .evidence
                .get(&key)
                .map(|files| {
                    files
                        .iter()
                        .map(|(sha256, name)| SnapshotFile {
                            name: name.clone(),
                            sha256: sha256.clone(),
                            size_bytes: sizes.get(sha256).copied(),
                        })
                        .collect()
                })
                .unwrap_or_default();
            SnapshotItem {
                standard: standard.number,
                standard_title: standard.title.clone(),
                level: item.level,
                question: item.text.clone(),
                spec: item.answer.clone(),
                answer: frozen.answers.get(&key).cloned(),
                files,
                item: key,
            }
        })
        .collect();
    let submitted_by = user::Entity::find_by_id(row.submitted_by)
        .one(db)
        .await?
        .map(|u| u.display_name)
        .unwrap_or_default();
    let facility = facility::Entity::find_by_id(app.facility_id)
        .one(db)
        .await?
        .map(|f| f.name)
        .unwrap_or_default();
    Ok(Some(SnapshotView {
        application_id: app.id,
        edition_id: frozen.edition_id.clone(),
        facility,
        submitted_at: row.submitted_at,
        submitted_by,
        content_hash: row.content_hash,
        verified,
        items,
        draw_number: frozen.case_review.draw_number,
        seed: frozen.case_review.seed,
        pool_sha256: frozen.case_review.pool_sha256,
        cases: frozen.case_review.cases.len(),
    }))
}
