//! Which assessors are assigned to which application, and whether an assignment is active
//! (declared with no conflict of interest).

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};

use crate::db::DataError;
use crate::db::entities::{application, assignment, facility, user};
use crate::domain::assessment::AssignmentStatus;
use crate::domain::ids::{ApplicationId, UserId};

/// Whether the user is an active (declared, no conflict) assessor of the application.
pub async fn is_active_assessor<C: ConnectionTrait>(
    conn: &C,
    application_id: ApplicationId,
    user_id: UserId,
) -> Result<bool, DataError> {
    Ok(assignment::Entity::find()
        .filter(assignment::Column::ApplicationId.eq(application_id))
        .filter(assignment::Column::AssessorId.eq(user_id))
        .filter(assignment::Column::Status.eq(AssignmentStatus::Active))
        .one(conn)
        .await?
        .is_some())
}

/// The assignments of one assessor, newest first, with the application and facility.
pub async fn assignments_of(
    db: &DatabaseConnection,
    assessor_id: UserId,
) -> Result<Vec<(assignment::Model, application::Model, facility::Model)>, DataError> {
    let rows = assignment::Entity::find()
        .filter(assignment::Column::AssessorId.eq(assessor_id))
        .order_by_desc(assignment::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::new();
    for a in rows {
        let app = application::Entity::find_by_id(a.application_id)
            .one(db)
            .await?
            .ok_or(DataError::NotFound)?;
        let Some(f) = facility::Entity::find_by_id(app.facility_id).one(db).await? else {
            continue;
        };
        out.push((a, app, f));
    }
    Ok(out)
}

/// Every assignment of an application, with the assessor.
pub async fn assignments_for(
    db: &DatabaseConnection,
    application_id: ApplicationId,
) -> Result<Vec<(assignment::Model, user::Model)>, DataError> {
    let rows = assignment::Entity::find()
        .filter(assignment::Column::ApplicationId.eq(application_id))
        .order_by_asc(assignment::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::new();
    for a in rows {
        if let Some(u) = user::Entity::find_by_id(a.assessor_id).one(db).await? {
            out.push((a, u));
        }
    }
    Ok(out)
}
