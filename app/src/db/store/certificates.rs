//! Certificates: a facility's newest one, the public verification by code, the public
//! directory and whether a centre chose to be listed.

use chrono::NaiveDate;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;

use crate::db::DataError;
use crate::db::audit::{self, NewEntry};
use crate::db::entities::{application, certificate, facility, submission};
use crate::db::status_history::current_status;
use crate::domain::assessment::CertificateState;
use crate::domain::facilities::FacilityStatus;
use crate::domain::ids::{FacilityId, UserId};
use crate::domain::standards::ApplicationStatus;

/// The facility's newest certificate.
pub async fn certificate_of(
    db: &DatabaseConnection,
    facility_id: FacilityId,
) -> Result<Option<certificate::Model>, DataError> {
    Ok(certificate::Entity::find()
        .filter(certificate::Column::FacilityId.eq(facility_id))
        .order_by_desc(certificate::Column::Id)
        .one(db)
        .await?)
}

/// The public view of a certificate by its code: live status from the dates and withdrawal.
pub async fn verify(
    db: &DatabaseConnection,
    code: &str,
    today: chrono::NaiveDate,
) -> Result<Option<crate::domain::assessment::CertificateView>, DataError> {
    let Some(c) =
        certificate::Entity::find().filter(certificate::Column::Code.eq(code)).one(db).await?
    else {
        return Ok(None);
    };
    let Some(f) = facility::Entity::find_by_id(c.facility_id).one(db).await? else {
        return Ok(None);
    };
    let state = match c.valid_until {
        _ if c.withdrawn_at.is_some() => CertificateState::Withdrawn,
        Some(u) if u < today && timely_recertification_pending(db, &c, u).await? => {
            CertificateState::Recertification
        }
        Some(u) if u < today => CertificateState::Expired,
        _ => CertificateState::Valid,
    };
    Ok(Some(crate::domain::assessment::CertificateView {
        code: c.code,
        facility: f.name,
        institution: f.institution,
        country: f.country,
        status: c.status,
        state,
        valid_from: c.valid_from,
        valid_until: c.valid_until,
    }))
}

/// The public directory: accredited centres and Centres of Excellence with a valid
/// certificate, and enrolled centres that chose to be listed.
pub async fn directory(
    db: &DatabaseConnection,
    today: chrono::NaiveDate,
) -> Result<Vec<crate::domain::assessment::DirectoryEntry>, DataError> {
    let mut out = Vec::new();
    for f in facility::Entity::find().order_by_asc(facility::Column::Name).all(db).await? {
        let status = current_status(db, f.id).await?;
        let cert = certificate_of(db, f.id).await?;
        let mut valid = cert
            .as_ref()
            .filter(|c| c.withdrawn_at.is_none() && c.valid_until.is_none_or(|u| u >= today));
        // Past its end but a re-certification submitted in time is being assessed: still valid.
        if valid.is_none() {
            if let Some(c) = cert.as_ref().filter(|c| c.withdrawn_at.is_none()) {
                if let Some(u) = c.valid_until {
                    if timely_recertification_pending(db, c, u).await? {
                        valid = Some(c);
                    }
                }
            }
        }
        let listed = match status {
            FacilityStatus::Accredited | FacilityStatus::CentreOfExcellence => valid.is_some(),
            FacilityStatus::Enrolled => f.directory_opt_in,
            _ => false,
        };
        if listed {
            out.push(crate::domain::assessment::DirectoryEntry {
                facility: f.name,
                institution: f.institution,
                country: f.country,
                status,
                valid_until: valid.and_then(|c| c.valid_until),
                code: valid.map(|c| c.code.clone()),
            });
        }
    }
    Ok(out)
}

/// Enrolled centres choose whether the directory lists them.
pub async fn set_directory_opt_in(
    db: &DatabaseConnection,
    facility_id: FacilityId,
    opt_in: bool,
    actor_id: UserId,
) -> Result<(), DataError> {
    let txn = db.begin().await?;
    facility::Entity::update_many()
        .col_expr(facility::Column::DirectoryOptIn, Expr::value(opt_in))
        .filter(facility::Column::Id.eq(facility_id))
        .exec(&txn)
        .await?;
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "facility.directory_opt_in",
        &format!("facility:{facility_id}"),
    );
    entry.after = Some(json!({ "opt_in": opt_in }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// Whether a later cycle of the facility was submitted on or before `until` and is still
/// being assessed (the accreditation of `c` then stays valid past `until`).
pub async fn timely_recertification_pending(
    db: &DatabaseConnection,
    c: &certificate::Model,
    until: NaiveDate,
) -> Result<bool, DataError> {
    let Some(accredited) = application::Entity::find_by_id(c.application_id).one(db).await? else {
        return Ok(false);
    };
    let later = application::Entity::find()
        .filter(application::Column::FacilityId.eq(c.facility_id))
        .filter(application::Column::Cycle.gt(accredited.cycle))
        .filter(
            application::Column::Status
                .is_in(ApplicationStatus::ALL.into_iter().filter(|s| s.is_pending_decision())),
        )
        .all(db)
        .await?;
    for app in later {
        let first = submission::Entity::find()
            .filter(submission::Column::ApplicationId.eq(app.id))
            .order_by_asc(submission::Column::SubmittedAt)
            .one(db)
            .await?;
        if first.is_some_and(|s| s.submitted_at.date_naive() <= until) {
            return Ok(true);
        }
    }
    Ok(false)
}
