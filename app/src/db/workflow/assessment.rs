//! Assessment of submitted applications (rules in `crate::domain::assessment`): assignment with the
//! assessor's conflict-of-interest declaration, findings, queries that pause the clock, the
//! recommendation and the administrator's decision, certificates, the public directory.

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;

use crate::db::accounts::administrators;
use crate::db::applications::edition_of;
use crate::db::audit::{self, NewEntry};
use crate::db::clock::clock;
use crate::db::entities::{
    application, assignment, certificate, decision, facility, finding, global_role, query,
    query_message, recommendation, user,
};
use crate::db::mail::{MailKind, mail_all};
use crate::db::memberships::{correspondents, team};
use crate::db::status_history::{change_status, current_status};
use crate::db::{DataError, case_review};
use crate::domain::accounts::GlobalRole;
use crate::domain::assessment::AssignmentStatus;
use crate::domain::assessment::QueryStatus;
use crate::domain::assessment::{
    Declaration, Finding, Findings, Outcome, accreditation_blockers, conferred_status,
    extended_not_met, parse_reasons, reapply_from, term,
};
use crate::domain::facilities::FacilityStatus;
use crate::domain::ids::{ApplicationId, UserId};
use crate::domain::standards::ApplicationStatus;

/// Longest query message.
pub const MAX_MESSAGE_CHARS: usize = 4000;

fn json_err(e: serde_json::Error) -> DataError {
    DataError::Edition(format!("stored assessment data is unreadable: {e}"))
}

async fn app_in<C: ConnectionTrait>(
    conn: &C,
    application_id: ApplicationId,
) -> Result<application::Model, DataError> {
    application::Entity::find_by_id(application_id).one(conn).await?.ok_or(DataError::NotFound)
}

async fn set_status<C: ConnectionTrait>(
    conn: &C,
    application_id: ApplicationId,
    status: ApplicationStatus,
) -> Result<(), DataError> {
    application::Entity::update_many()
        .col_expr(application::Column::Status, Expr::value(status))
        .filter(application::Column::Id.eq(application_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Assigns an assessor (global role `assessor`) to a submitted application; the assessor
/// declares conflicts of interest before seeing anything.
pub async fn assign(
    db: &DatabaseConnection,
    application_id: ApplicationId,
    assessor_id: UserId,
    admin_id: UserId,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<assignment::Model, DataError> {
    let app = app_in(db, application_id).await?;
    if app.status == ApplicationStatus::Draft {
        return Err(DataError::invalid("application", "assessment-error-not-submitted"));
    }
    let is_assessor =
        global_role::Entity::find_by_id((assessor_id, GlobalRole::Assessor.as_str().to_owned()))
            .one(db)
            .await?
            .is_some();
    if !is_assessor {
        return Err(DataError::invalid("assessor", "assessment-error-not-assessor"));
    }
    let txn = db.begin().await?;
    let inserted = assignment::ActiveModel {
        application_id: Set(application_id),
        assessor_id: Set(assessor_id),
        status: Set(AssignmentStatus::AwaitingDeclaration),
        declaration: Set(None),
        assigned_by: Set(admin_id),
        assigned_at: Set(now.trunc_subsecs(6)),
        declared_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(DataError::from);
    let created = match inserted {
        Ok(a) => a,
        Err(e) if e.is_unique_violation() => {
            return Err(DataError::invalid("assessor", "assessment-error-already-assigned"));
        }
        Err(e) => return Err(e),
    };
    let f = facility::Entity::find_by_id(app.facility_id)
        .one(&txn)
        .await?
        .ok_or(DataError::NotFound)?;
    let assessor =
        user::Entity::find_by_id(assessor_id).one(&txn).await?.ok_or(DataError::NotFound)?;
    mail_all(
        &txn,
        &[assessor],
        MailKind::AssessorAssigned,
        &[("facility", f.name.clone()), ("link", format!("{base_url}/assessments"))],
        now,
    )
    .await?;
    let mut entry = NewEntry::new(
        &format!("user:{admin_id}"),
        "assessment.assigned",
        &format!("application:{application_id}"),
    );
    entry.after = Some(json!({ "assessor": assessor_id, "assignment": created.id }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(created)
}

/// The assessor's declaration: a conflict blocks the assignment and tells the
/// administrators; none makes it active (and starts the assessment of a submitted
/// application).
pub async fn declare(
    db: &DatabaseConnection,
    assignment_id: i64,
    assessor_id: UserId,
    declaration: &Declaration,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<assignment::Model, DataError> {
    let txn = db.begin().await?;
    let Some(found) = assignment::Entity::find_by_id(assignment_id).one(&txn).await? else {
        return Err(DataError::NotFound);
    };
    if found.assessor_id != assessor_id {
        return Err(DataError::Forbidden);
    }
    if found.status != AssignmentStatus::AwaitingDeclaration {
        return Err(DataError::invalid("assignment", "assessment-error-already-declared"));
    }
    if declaration.other.chars().count() > MAX_MESSAGE_CHARS {
        return Err(DataError::invalid("other", "error-text-too-long"));
    }
    let conflict = declaration.has_conflict();
    let mut model: assignment::ActiveModel = found.clone().into();
    model.status =
        Set(if conflict { AssignmentStatus::Conflict } else { AssignmentStatus::Active });
    model.declaration = Set(Some(serde_json::to_string(declaration).map_err(json_err)?));
    model.declared_at = Set(Some(now.trunc_subsecs(6)));
    let updated = model.update(&txn).await?;
    let app = app_in(&txn, found.application_id).await?;
    let f = facility::Entity::find_by_id(app.facility_id)
        .one(&txn)
        .await?
        .ok_or(DataError::NotFound)?;
    if conflict {
        let assessor = user::Entity::find_by_id(assessor_id)
            .one(&txn)
            .await?
            .map(|u| u.display_name)
            .unwrap_or_default();
        let admins = administrators(&txn).await?;
        mail_all(
            &txn,
            &admins,
            MailKind::AssessorConflict,
            &[
                ("assessor", assessor),
                ("facility", f.name.clone()),
                ("link", format!("{base_url}/admin/applications")),
            ],
            now,
        )
        .await?;
    } else if app.status == ApplicationStatus::Submitted {
        set_status(&txn, app.id, ApplicationStatus::UnderAssessment).await?;
        clock(&txn, app.id, "started", now).await?;
    }
    let mut entry = NewEntry::new(
        &format!("user:{assessor_id}"),
        "assessment.declared",
        &format!("application:{}", app.id),
    );
    entry.after = Some(
        json!({ "assignment": assignment_id, "conflict": conflict, "declaration": declaration }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(updated)
}

/// Records (or changes) the assessor's finding on an item.
pub async fn record_finding(
    db: &DatabaseConnection,
    application_id: ApplicationId,
    assessor_id: UserId,
    item_key: &str,
    value: Finding,
    comment: &str,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    let app = app_in(db, application_id).await?;
    if !app.status.is_assessing() {
        return Err(DataError::invalid("application", "assessment-error-not-under-assessment"));
    }
    if edition_of(db, &app).await?.item(item_key).is_none() {
        return Err(DataError::invalid("item", "answer-error-unknown-item"));
    }
    if comment.chars().count() > MAX_MESSAGE_CHARS {
        return Err(DataError::invalid("comment", "error-text-too-long"));
    }
    let row = finding::ActiveModel {
        application_id: Set(application_id),
        item_key: Set(item_key.to_owned()),
        assessor_id: Set(assessor_id),
        finding: Set(value),
        comment: Set(comment.to_owned()),
        updated_at: Set(now.trunc_subsecs(6)),
    };
    let existing = finding::Entity::find_by_id((application_id, item_key.to_owned(), assessor_id))
        .one(db)
        .await?;
    let before =
        existing.as_ref().map(|f| json!({ "finding": f.finding.as_str(), "comment": f.comment }));
    // Write first, so that on SQLite the transaction never has to upgrade a read to a write.
    let txn = db.begin().await?;
    if existing.is_some() {
        row.update(&txn).await?;
    } else {
        row.insert(&txn).await?;
    }
    let mut entry = NewEntry::new(
        &format!("user:{assessor_id}"),
        "assessment.finding",
        &format!("application:{application_id}"),
    );
    entry.before = before;
    entry.after = Some(json!({ "item": item_key, "finding": value.as_str(), "comment": comment }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// Findings of the active assessors: item → findings, and how many active assessors there are.
pub async fn findings_of<C: ConnectionTrait>(
    conn: &C,
    application_id: ApplicationId,
) -> Result<(Findings, usize), DataError> {
    let active: Vec<UserId> = assignment::Entity::find()
        .filter(assignment::Column::ApplicationId.eq(application_id))
        .filter(assignment::Column::Status.eq(AssignmentStatus::Active))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| a.assessor_id)
        .collect();
    let rows = finding::Entity::find()
        .filter(finding::Column::ApplicationId.eq(application_id))
        .filter(finding::Column::AssessorId.is_in(active.clone()))
        .all(conn)
        .await?;
    let mut all = Findings::new();
    for row in rows {
        all.entry(row.item_key).or_default().push(row.finding);
    }
    Ok((all, active.len()))
}

/// One assessor's own findings: item → (finding, comment).
pub async fn own_findings(
    db: &DatabaseConnection,
    application_id: ApplicationId,
    assessor_id: UserId,
) -> Result<Vec<(String, Finding, String)>, DataError> {
    let rows = finding::Entity::find()
        .filter(finding::Column::ApplicationId.eq(application_id))
        .filter(finding::Column::AssessorId.eq(assessor_id))
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|r| (r.item_key, r.finding, r.comment)).collect())
}

/// Opens a query on an item with its first message; the application waits for evidence
/// (clock paused) and the team is mailed.
pub async fn open_query(
    db: &DatabaseConnection,
    application_id: ApplicationId,
    assessor_id: UserId,
    item_key: &str,
    question: &str,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<query::Model, DataError> {
    let question = question.trim();
    if question.is_empty() {
        return Err(DataError::invalid("question", "error-field-required"));
    }
    if question.chars().count() > MAX_MESSAGE_CHARS {
        return Err(DataError::invalid("question", "error-text-too-long"));
    }
    let txn = db.begin().await?;
    let app = app_in(&txn, application_id).await?;
    if !app.status.is_assessing() {
        return Err(DataError::invalid("application", "assessment-error-not-under-assessment"));
    }
    if edition_of(&txn, &app).await?.item(item_key).is_none() {
        return Err(DataError::invalid("item", "answer-error-unknown-item"));
    }
    let now6 = now.trunc_subsecs(6);
    let q = query::ActiveModel {
        application_id: Set(application_id),
        item_key: Set(item_key.to_owned()),
        status: Set(QueryStatus::Open),
        opened_by: Set(assessor_id),
        opened_at: Set(now6),
        closed_by: Set(None),
        closed_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    query_message::ActiveModel {
        query_id: Set(q.id),
        author_id: Set(assessor_id),
        body: Set(question.to_owned()),
        evidence_file_id: Set(None),
        created_at: Set(now6),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    if app.status == ApplicationStatus::UnderAssessment {
        set_status(&txn, app.id, ApplicationStatus::EvidenceRequested).await?;
        clock(&txn, app.id, "paused", now).await?;
    }
    let f = facility::Entity::find_by_id(app.facility_id)
        .one(&txn)
        .await?
        .ok_or(DataError::NotFound)?;
    let members = team(&txn, f.id).await?;
    mail_all(
        &txn,
        &members,
        MailKind::QueryOpened,
        &[
            ("facility", f.name.clone()),
            ("item", item_key.to_owned()),
            ("link", format!("{base_url}/applications/{}#item-{item_key}", app.id)),
        ],
        now,
    )
    .await?;
    let mut entry = NewEntry::new(
        &format!("user:{assessor_id}"),
        "assessment.query_opened",
        &format!("application:{application_id}"),
    );
    entry.after = Some(json!({ "query": q.id, "item": item_key, "question": question }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(q)
}

/// Whether the query already has the reply a browser sent with this key.
async fn reply_with_key(
    db: &DatabaseConnection,
    query_id: i64,
    key: &str,
) -> Result<bool, DataError> {
    Ok(query_message::Entity::find()
        .filter(query_message::Column::QueryId.eq(query_id))
        .filter(query_message::Column::ClientKey.eq(key))
        .one(db)
        .await?
        .is_some())
}

pub async fn find_query(
    db: &DatabaseConnection,
    query_id: i64,
) -> Result<Option<query::Model>, DataError> {
    Ok(query::Entity::find_by_id(query_id).one(db).await?)
}

/// A message in an open query's thread (the team's answer or the assessor's follow-up),
/// optionally pointing at an evidence file of the facility. With a `client_key` (a browser's
/// offline queue) the reply is stored once: sending it again answers as the first time did,
/// even when the query was closed in between.
pub async fn reply(
    db: &DatabaseConnection,
    query_id: i64,
    author_id: UserId,
    body: &str,
    evidence_file_id: Option<i64>,
    client_key: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    if let Some(key) = client_key {
        if key.is_empty() || key.len() > 64 {
            return Err(DataError::invalid("client_key", "error-field-malformed"));
        }
        if reply_with_key(db, query_id, key).await? {
            return Ok(());
        }
    }
    let body = body.trim();
    if body.is_empty() {
        return Err(DataError::invalid("body", "error-field-required"));
    }
    if body.chars().count() > MAX_MESSAGE_CHARS {
        return Err(DataError::invalid("body", "error-text-too-long"));
    }
    let q = find_query(db, query_id).await?.ok_or(DataError::NotFound)?;
    if q.status != QueryStatus::Open {
        return Err(DataError::invalid("query", "assessment-error-query-closed"));
    }
    if let Some(file) = evidence_file_id {
        let app = app_in(db, q.application_id).await?;
        match crate::db::evidence::find_file(db, file).await? {
            Some(f) if f.facility_id == app.facility_id => {}
            _ => return Err(DataError::invalid("file", "evidence-error-no-file")),
        }
    }
    let txn = db.begin().await?;
    let inserted = query_message::ActiveModel {
        query_id: Set(query_id),
        author_id: Set(author_id),
        body: Set(body.to_owned()),
        evidence_file_id: Set(evidence_file_id),
        created_at: Set(now.trunc_subsecs(6)),
        client_key: Set(client_key.map(str::to_owned)),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    if let Err(e) = inserted.map_err(DataError::from) {
        // The same reply arrived twice at once: the other copy is stored.
        if client_key.is_some() && e.is_unique_violation() {
            txn.rollback().await?;
            return Ok(());
        }
        return Err(e);
    }
    let mut entry = NewEntry::new(
        &format!("user:{author_id}"),
        "assessment.query_message",
        &format!("application:{}", q.application_id),
    );
    entry.after = Some(json!({ "query": query_id, "body": body, "file": evidence_file_id }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// Closes a query; when it was the last open one the application is under assessment again
/// and the clock runs.
pub async fn close_query(
    db: &DatabaseConnection,
    query_id: i64,
    assessor_id: UserId,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    let txn = db.begin().await?;
    let q = query::Entity::find_by_id(query_id).one(&txn).await?.ok_or(DataError::NotFound)?;
    if q.status != QueryStatus::Open {
        return Err(DataError::invalid("query", "assessment-error-query-closed"));
    }
    let mut model: query::ActiveModel = q.clone().into();
    model.status = Set(QueryStatus::Closed);
    model.closed_by = Set(Some(assessor_id));
    model.closed_at = Set(Some(now.trunc_subsecs(6)));
    model.update(&txn).await?;
    let still_open = query::Entity::find()
        .filter(query::Column::ApplicationId.eq(q.application_id))
        .filter(query::Column::Status.eq(QueryStatus::Open))
        .one(&txn)
        .await?
        .is_some();
    let app = app_in(&txn, q.application_id).await?;
    if !still_open && app.status == ApplicationStatus::EvidenceRequested {
        set_status(&txn, app.id, ApplicationStatus::UnderAssessment).await?;
        clock(&txn, app.id, "resumed", now).await?;
    }
    let mut entry = NewEntry::new(
        &format!("user:{assessor_id}"),
        "assessment.query_closed",
        &format!("application:{}", q.application_id),
    );
    entry.after = Some(json!({ "query": query_id, "item": q.item_key }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// The queries of an application with their messages (author name, body, file, time).
pub async fn queries_of(
    db: &DatabaseConnection,
    application_id: ApplicationId,
) -> Result<Vec<crate::domain::assessment::QueryView>, DataError> {
    let qs = query::Entity::find()
        .filter(query::Column::ApplicationId.eq(application_id))
        .order_by_asc(query::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::new();
    for q in qs {
        let messages = query_message::Entity::find()
            .filter(query_message::Column::QueryId.eq(q.id))
            .order_by_asc(query_message::Column::Id)
            .all(db)
            .await?;
        let mut thread = Vec::new();
        for m in messages {
            let author = user::Entity::find_by_id(m.author_id)
                .one(db)
                .await?
                .map(|u| u.display_name)
                .unwrap_or_default();
            thread.push(crate::domain::assessment::MessageView {
                author,
                body: m.body,
                evidence_file_id: m.evidence_file_id,
                at: m.created_at,
            });
        }
        out.push(crate::domain::assessment::QueryView {
            id: q.id,
            item_key: q.item_key,
            open: q.status == QueryStatus::Open,
            opened_at: q.opened_at,
            messages: thread,
        });
    }
    Ok(out)
}

/// The assessor's recommendation (changeable until the decision).
pub async fn recommend(
    db: &DatabaseConnection,
    application_id: ApplicationId,
    assessor_id: UserId,
    outcome: Outcome,
    comment: &str,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    let app = app_in(db, application_id).await?;
    if !app.status.is_assessing() {
        return Err(DataError::invalid("application", "assessment-error-not-under-assessment"));
    }
    if comment.chars().count() > MAX_MESSAGE_CHARS {
        return Err(DataError::invalid("comment", "error-text-too-long"));
    }
    let row = recommendation::ActiveModel {
        application_id: Set(application_id),
        assessor_id: Set(assessor_id),
        outcome: Set(outcome),
        comment: Set(comment.to_owned()),
        at: Set(now.trunc_subsecs(6)),
    };
    let exists =
        recommendation::Entity::find_by_id((application_id, assessor_id)).one(db).await?.is_some();
    // Write first, so that on SQLite the transaction never has to upgrade a read to a write.
    let txn = db.begin().await?;
    if exists {
        row.update(&txn).await?;
    } else {
        row.insert(&txn).await?;
    }
    let mut entry = NewEntry::new(
        &format!("user:{assessor_id}"),
        "assessment.recommended",
        &format!("application:{application_id}"),
    );
    entry.after = Some(json!({ "outcome": outcome.as_str(), "comment": comment }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// The recommendations of an application: (assessor name, outcome, comment).
pub async fn recommendations_of(
    db: &DatabaseConnection,
    application_id: ApplicationId,
) -> Result<Vec<(String, Outcome, String)>, DataError> {
    let rows = recommendation::Entity::find()
        .filter(recommendation::Column::ApplicationId.eq(application_id))
        .all(db)
        .await?;
    let mut out = Vec::new();
    for r in rows {
        let name = user::Entity::find_by_id(r.assessor_id)
            .one(db)
            .await?
            .map(|u| u.display_name)
            .unwrap_or_default();
        out.push((name, r.outcome, r.comment));
    }
    Ok(out)
}

/// A fresh certificate verification code: 20 characters of the facility-code alphabet.
fn new_code() -> Result<String, DataError> {
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).map_err(|e| DataError::Crypto(e.to_string()))?;
    let alphabet = crate::domain::facilities::CODE_ALPHABET;
    Ok(bytes.iter().map(|b| char::from(alphabet[usize::from(*b) % alphabet.len()])).collect())
}

/// What the administrator decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDecision {
    pub outcome: Outcome,
    /// Item keys to amend (for `amendments_required`).
    pub items: Vec<String>,
    /// The reasons per item, as the office typed them ([`parse_reasons`]); required for
    /// `not_accredited`, optional otherwise (an item with a reason is also an item to amend).
    pub reasons: String,
    /// For the facility, in the letter.
    pub comment: String,
    /// Days after a `not_accredited` decision before a new application may be opened.
    pub reapply_wait_days: u32,
}

/// The administrator's decision. `accredited` is refused unless every core item is met in
/// the agreed findings and the case review is complete (the server's rule, not the page's);
/// `amendments_required` names the items that reopen; `not_accredited` (a first application
/// only) closes the application with its reasons, the facility stays an Enrolled Centre, and a
/// new application may be opened after the waiting period. Open queries must be closed first.
pub async fn decide(
    db: &DatabaseConnection,
    application_id: ApplicationId,
    admin_id: UserId,
    what: &NewDecision,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<decision::Model, DataError> {
    let (outcome, comment) = (what.outcome, what.comment.as_str());
    if comment.chars().count() > MAX_MESSAGE_CHARS {
        return Err(DataError::invalid("comment", "error-text-too-long"));
    }
    let reasons = parse_reasons(&what.reasons)
        .map_err(|_| DataError::invalid("reasons", "decision-error-reasons"))?;
    let mut items = what.items.clone();
    items.extend(reasons.keys().cloned());
    let txn = db.begin().await?;
    let app = app_in(&txn, application_id).await?;
    if app.status == ApplicationStatus::EvidenceRequested {
        return Err(DataError::invalid("application", "assessment-error-open-queries"));
    }
    if app.status != ApplicationStatus::UnderAssessment {
        return Err(DataError::invalid("application", "assessment-error-not-under-assessment"));
    }
    let edition = edition_of(&txn, &app).await?;
    if reasons.keys().any(|k| edition.item(k).is_none()) {
        return Err(DataError::invalid("reasons", "decision-error-reasons"));
    }
    let today = now.date_naive();
    let (mut valid_from, mut until, mut reopened) = (None, None, Vec::new());
    let mut reapply = None;
    let mut conferred = FacilityStatus::Accredited;
    match outcome {
        Outcome::Accredited => {
            let (findings, assessors) = findings_of(&txn, app.id).await?;
            let complete = case_review::is_complete(&txn, app.id, today).await?;
            let blockers = accreditation_blockers(&edition, &findings, assessors, complete);
            if !blockers.core_not_met.is_empty() {
                return Err(DataError::invalid("outcome", "assessment-error-core-not-met"));
            }
            if blockers.case_review_incomplete {
                return Err(DataError::invalid("outcome", "assessment-error-case-review"));
            }
            // A re-certification renews the facility's valid certificate; its term continues.
            let current_until = if app.carried_from.is_some() {
                certificate::Entity::find()
                    .filter(certificate::Column::FacilityId.eq(app.facility_id))
                    .filter(certificate::Column::WithdrawnAt.is_null())
                    .order_by_desc(certificate::Column::Id)
                    .one(&txn)
                    .await?
                    .and_then(|c| c.valid_until)
            } else {
                None
            };
            let (from, last) = term(today, current_until);
            valid_from = Some(from);
            until = Some(last);
            conferred = conferred_status(
                app.carried_from.is_some(),
                app.excellence_requested,
                &extended_not_met(&edition, &findings, assessors),
            );
        }
        Outcome::AmendmentsRequired => {
            if items.is_empty() {
                return Err(DataError::invalid("items", "assessment-error-no-items"));
            }
            if items.iter().any(|k| edition.item(k).is_none()) {
                return Err(DataError::invalid("items", "answer-error-unknown-item"));
            }
            reopened = items.clone();
            reopened.sort();
            reopened.dedup();
        }
        Outcome::NotAccredited => {
            // A re-certification that falls short keeps its certificate to the end of its
            // term; the office asks for amendments there instead.
            if app.carried_from.is_some() {
                return Err(DataError::invalid(
                    "outcome",
                    "decision-error-not-accredited-recertification",
                ));
            }
            if reasons.is_empty() {
                return Err(DataError::invalid("reasons", "decision-error-no-reasons"));
            }
            reapply = Some(reapply_from(today, what.reapply_wait_days));
        }
    }
    let reasons_json = (!reasons.is_empty())
        .then(|| serde_json::to_string(&reasons))
        .transpose()
        .map_err(json_err)?;
    let listed: Vec<String> = if outcome == Outcome::NotAccredited {
        reasons.keys().cloned().collect()
    } else {
        reopened.clone()
    };
    let created = decision::ActiveModel {
        application_id: Set(app.id),
        outcome: Set(outcome),
        items: Set(serde_json::to_string(&listed).map_err(json_err)?),
        comment: Set(comment.to_owned()),
        decided_by: Set(admin_id),
        decided_at: Set(now.trunc_subsecs(6)),
        valid_from: Set(valid_from),
        valid_until: Set(until),
        reasons: Set(reasons_json),
        reapply_from: Set(reapply),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    clock(&txn, app.id, "stopped", now).await?;
    let mut model: application::ActiveModel = app.clone().into();
    let f = facility::Entity::find_by_id(app.facility_id)
        .one(&txn)
        .await?
        .ok_or(DataError::NotFound)?;
    match outcome {
        Outcome::Accredited => {
            model.status = Set(ApplicationStatus::Accredited);
            model.reopened_items = Set(None);
            let status = current_status(&txn, f.id).await?;
            if status != conferred {
                change_status(
                    &txn,
                    f.id,
                    conferred,
                    &format!("user:{admin_id}"),
                    &format!("decision {}", created.id),
                    now,
                )
                .await?;
            }
            certificate::ActiveModel {
                code: Set(new_code()?),
                facility_id: Set(f.id),
                application_id: Set(app.id),
                status: Set(conferred),
                valid_from: Set(valid_from),
                valid_until: Set(until),
                issued_at: Set(now.trunc_subsecs(6)),
                withdrawn_at: Set(None),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        Outcome::AmendmentsRequired => {
            model.status = Set(ApplicationStatus::AmendmentsRequired);
            model.reopened_items = Set(Some(serde_json::to_string(&reopened).map_err(json_err)?));
        }
        // The facility's status does not change: it stays an Enrolled Centre.
        Outcome::NotAccredited => {
            model.status = Set(ApplicationStatus::NotAccredited);
            model.reopened_items = Set(None);
        }
    }
    model.update(&txn).await?;
    let to = correspondents(&txn, f.id).await?;
    mail_all(
        &txn,
        &to,
        MailKind::DecisionMade,
        &[
            ("facility", f.name.clone()),
            ("link", format!("{base_url}/applications/{}/decision", app.id)),
        ],
        now,
    )
    .await?;
    let mut entry = NewEntry::new(
        &format!("user:{admin_id}"),
        "assessment.decided",
        &format!("application:{}", app.id),
    );
    entry.before = Some(json!({ "status": app.status.as_str() }));
    let facility_status = (outcome == Outcome::Accredited).then(|| conferred.as_str());
    entry.after = Some(
        json!({ "decision": created.id, "outcome": outcome.as_str(), "items": listed, "reasons": reasons, "comment": comment, "facility_status": facility_status, "reapply_from": reapply }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(created)
}

/// The newest decision of an application.
pub async fn latest_decision(
    db: &DatabaseConnection,
    application_id: ApplicationId,
) -> Result<Option<decision::Model>, DataError> {
    Ok(decision::Entity::find()
        .filter(decision::Column::ApplicationId.eq(application_id))
        .order_by_desc(decision::Column::Id)
        .one(db)
        .await?)
}
