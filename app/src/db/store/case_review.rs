//! The internal case review: draws (seeded, logged, a re-draw only with a written reason)
//! and the forms of the drawn cases. The rules are in `crate::domain::case_review`.

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::db::DataError;
use crate::db::audit::{self, NewEntry};
use crate::db::entities::{application, case_draw, case_entry, user};
use crate::domain::case_review::{
    CaseForm, CaseReviewView, DrawView, MAX_NOTES_CHARS, draw as draw_cases, parse_references,
    review_complete,
};
use crate::domain::ids::{ApplicationId, UserId};
use crate::domain::standards::ApplicationStatus;

/// The application's current (newest) draw.
pub async fn current_draw<C: ConnectionTrait>(
    conn: &C,
    application_id: ApplicationId,
) -> Result<Option<case_draw::Model>, DataError> {
    Ok(case_draw::Entity::find()
        .filter(case_draw::Column::ApplicationId.eq(application_id))
        .order_by_desc(case_draw::Column::DrawNumber)
        .one(conn)
        .await?)
}

fn json_err(e: serde_json::Error) -> DataError {
    DataError::Edition(format!("stored case review is unreadable: {e}"))
}

fn cases_of(draw: &case_draw::Model) -> Result<Vec<String>, DataError> {
    serde_json::from_str(&draw.cases).map_err(json_err)
}

/// Draws an application may have, the first included: a re-draw is for a mistake in the
/// list, and drawing until the cases suit the facility would defeat the random selection.
pub const MAX_DRAWS: i32 = 5;

/// Draws the cases from the references the facility listed. The first draw needs no reason;
/// every later one does, and all are kept. The seed comes from the operating system and is
/// stored with the pool, so the draw can be repeated by anyone auditing it.
pub async fn draw(
    db: &DatabaseConnection,
    app: &application::Model,
    references: &str,
    reason: &str,
    actor_id: UserId,
    now: DateTime<Utc>,
) -> Result<case_draw::Model, DataError> {
    if app.status != ApplicationStatus::Draft {
        return Err(DataError::invalid("application", "application-error-not-draft"));
    }
    let pool = parse_references(references)
        .map_err(|(code, _line)| DataError::invalid("references", code))?;
    let previous = current_draw(db, app.id).await?;
    if previous.as_ref().is_some_and(|p| p.draw_number >= MAX_DRAWS) {
        return Err(DataError::invalid("references", "case-review-error-too-many-draws"));
    }
    let reason = reason.trim();
    if previous.is_some() && reason.is_empty() {
        return Err(DataError::invalid("reason", "case-review-error-reason-required"));
    }
    if reason.chars().count() > MAX_NOTES_CHARS {
        return Err(DataError::invalid("reason", "error-text-too-long"));
    }
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|e| DataError::Crypto(e.to_string()))?;
    let seed = u64::from_le_bytes(bytes);
    let cases = draw_cases(&pool, seed);
    let pool_json = serde_json::to_string(&pool).map_err(json_err)?;
    let pool_sha256 = hex::encode(Sha256::digest(pool_json.as_bytes()));
    let number = previous.as_ref().map_or(1, |p| p.draw_number + 1);
    let txn = db.begin().await?;
    let inserted = case_draw::ActiveModel {
        application_id: Set(app.id),
        draw_number: Set(number),
        seed: Set(seed.to_string()),
        pool: Set(pool_json),
        pool_sha256: Set(pool_sha256.clone()),
        cases: Set(serde_json::to_string(&cases).map_err(json_err)?),
        reason: Set((!reason.is_empty()).then(|| reason.to_owned())),
        drawn_by: Set(actor_id),
        drawn_at: Set(now.trunc_subsecs(6)),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(DataError::from);
    let created = match inserted {
        Ok(model) => model,
        // Two draws at the same moment: the other one counts; this one asks again with a reason.
        Err(e) if e.is_unique_violation() => {
            return Err(DataError::invalid("reason", "case-review-error-reason-required"));
        }
        Err(e) => return Err(e),
    };
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "case_review.drawn",
        &format!("application:{}", app.id),
    );
    entry.before = previous.as_ref().map(|p| json!({ "draw": p.draw_number, "seed": p.seed }));
    entry.after = Some(
        json!({ "draw": number, "seed": created.seed, "pool_size": pool.len(), "pool_sha256": pool_sha256, "cases": cases, "reason": created.reason }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(created)
}

/// Saves the form of one drawn case of the current draw. Incomplete forms are kept as typed;
/// the review view says what is missing.
pub async fn save_case(
    db: &DatabaseConnection,
    app: &application::Model,
    draw_id: i64,
    case_ref: &str,
    form: &CaseForm,
    actor_id: UserId,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    if app.status != ApplicationStatus::Draft {
        return Err(DataError::invalid("application", "application-error-not-draft"));
    }
    let Some(current) = current_draw(db, app.id).await? else {
        return Err(DataError::invalid("draw", "case-review-error-stale-draw"));
    };
    if current.id != draw_id {
        return Err(DataError::invalid("draw", "case-review-error-stale-draw"));
    }
    if !cases_of(&current)?.iter().any(|c| c == case_ref) {
        return Err(DataError::invalid("case", "case-review-error-not-drawn"));
    }
    if form.notes.chars().count() > MAX_NOTES_CHARS {
        return Err(DataError::invalid("notes", "error-text-too-long"));
    }
    let form_json = serde_json::to_string(form).map_err(json_err)?;
    let before = case_entry::Entity::find_by_id((draw_id, case_ref.to_owned()))
        .one(db)
        .await?
        .map(|e| e.form);
    // One statement whether or not a colleague saved this case first (the newer form wins),
    // so the save and its audit entry share a transaction that begins with its write.
    let txn = db.begin().await?;
    case_entry::Entity::insert(case_entry::ActiveModel {
        draw_id: Set(draw_id),
        case_ref: Set(case_ref.to_owned()),
        form: Set(form_json),
        updated_by: Set(actor_id),
        updated_at: Set(now.trunc_subsecs(6)),
    })
    .on_conflict(
        OnConflict::columns([case_entry::Column::DrawId, case_entry::Column::CaseRef])
            .update_columns([
                case_entry::Column::Form,
                case_entry::Column::UpdatedBy,
                case_entry::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec(&txn)
    .await?;
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "case_review.case_saved",
        &format!("application:{}", app.id),
    );
    entry.before = before.and_then(|b| serde_json::from_str(&b).ok());
    entry.after = Some(json!({ "draw": draw_id, "case": case_ref, "form": form }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// The drawn cases of the current draw with their forms (empty forms where none was saved).
pub async fn forms_of<C: ConnectionTrait>(
    conn: &C,
    draw: &case_draw::Model,
) -> Result<Vec<(String, CaseForm)>, DataError> {
    let entries =
        case_entry::Entity::find().filter(case_entry::Column::DrawId.eq(draw.id)).all(conn).await?;
    cases_of(draw)?
        .into_iter()
        .map(|case| {
            let form = match entries.iter().find(|e| e.case_ref == case) {
                Some(e) => serde_json::from_str(&e.form).map_err(json_err)?,
                None => CaseForm::default(),
            };
            Ok((case, form))
        })
        .collect()
}

/// Whether the application's case review is complete (every drawn case's form complete).
pub async fn is_complete<C: ConnectionTrait>(
    conn: &C,
    application_id: ApplicationId,
    today: chrono::NaiveDate,
) -> Result<bool, DataError> {
    let Some(draw) = current_draw(conn, application_id).await? else { return Ok(false) };
    let forms: Vec<CaseForm> = forms_of(conn, &draw).await?.into_iter().map(|(_, f)| f).collect();
    Ok(review_complete(forms.len(), &forms, today))
}

/// The review as the page shows it.
pub async fn view(
    db: &DatabaseConnection,
    app: &application::Model,
    viewer_id: UserId,
    now: DateTime<Utc>,
) -> Result<CaseReviewView, DataError> {
    let today = now.date_naive();
    let Some(draw) = current_draw(db, app.id).await? else {
        return Ok(CaseReviewView {
            application_id: app.id,
            viewer_id,
            editable: app.status == ApplicationStatus::Draft,
            draw: None,
            cases: Vec::new(),
            complete: false,
            today,
            read_by_assessor: false,
        });
    };
    let cases = forms_of(db, &draw).await?;
    let forms: Vec<CaseForm> = cases.iter().map(|(_, f)| f.clone()).collect();
    let pool: Vec<String> = serde_json::from_str(&draw.pool).map_err(json_err)?;
    let drawn_by = user::Entity::find_by_id(draw.drawn_by)
        .one(db)
        .await?
        .map(|u| u.display_name)
        .unwrap_or_default();
    Ok(CaseReviewView {
        application_id: app.id,
        viewer_id,
        editable: app.status == ApplicationStatus::Draft,
        read_by_assessor: false,
        complete: review_complete(forms.len(), &forms, today),
        draw: Some(DrawView {
            id: draw.id,
            draw_number: draw.draw_number,
            seed: draw.seed,
            pool_size: pool.len(),
            pool_sha256: draw.pool_sha256,
            drawn_at: draw.drawn_at,
            drawn_by,
            reason: draw.reason,
        }),
        cases,
        today,
    })
}
