//! The item-editable rule: what the facility's team may change in an application now, from
//! its status, the items a decision reopened and the items under an open query.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::db::DataError;
use crate::db::entities::{application, query};
use crate::domain::assessment::QueryStatus;
use crate::domain::ids::ApplicationId;
use crate::domain::standards::ApplicationStatus;

/// Whether the team may change this item now: every item of a draft; after
/// `amendments_required` the reopened ones; while evidence is requested those with an open
/// query.
pub async fn item_editable<C: ConnectionTrait>(
    conn: &C,
    app: &application::Model,
    item_key: &str,
) -> Result<bool, DataError> {
    Ok(match app.status {
        ApplicationStatus::Draft => true,
        ApplicationStatus::AmendmentsRequired => reopened(app).iter().any(|k| k == item_key),
        ApplicationStatus::EvidenceRequested => {
            open_query_items(conn, app.id).await?.iter().any(|k| k == item_key)
        }
        _ => false,
    })
}

/// The items an `amendments_required` decision reopened.
pub fn reopened(app: &application::Model) -> Vec<String> {
    app.reopened_items.as_deref().and_then(|t| serde_json::from_str(t).ok()).unwrap_or_default()
}

/// Items with an open query (the team may amend exactly those while evidence is requested).
pub async fn open_query_items<C: ConnectionTrait>(
    conn: &C,
    application_id: ApplicationId,
) -> Result<Vec<String>, DataError> {
    Ok(query::Entity::find()
        .filter(query::Column::ApplicationId.eq(application_id))
        .filter(query::Column::Status.eq(QueryStatus::Open))
        .all(conn)
        .await?
        .into_iter()
        .map(|q| q.item_key)
        .collect())
}
