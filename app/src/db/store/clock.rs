//! The assessment clock: started, paused by a query, resumed, stopped by a decision.

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder,
};

use crate::db::DataError;
use crate::db::entities::clock_event;
use crate::domain::assessment::ClockEvent;
use crate::domain::ids::ApplicationId;

/// Records a clock event (started, paused, resumed, stopped).
pub async fn clock<C: ConnectionTrait>(
    conn: &C,
    application_id: ApplicationId,
    kind: &str,
    at: DateTime<Utc>,
) -> Result<(), DataError> {
    clock_event::ActiveModel {
        application_id: Set(application_id),
        kind: Set(kind.to_owned()),
        at: Set(at.trunc_subsecs(6)),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// The clock events of an application, oldest first.
pub async fn clock_of<C: ConnectionTrait>(
    conn: &C,
    application_id: ApplicationId,
) -> Result<Vec<ClockEvent>, DataError> {
    let rows = clock_event::Entity::find()
        .filter(clock_event::Column::ApplicationId.eq(application_id))
        .order_by_asc(clock_event::Column::Id)
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|e| match e.kind.as_str() {
            "started" => Some(ClockEvent::Started(e.at)),
            "paused" => Some(ClockEvent::Paused(e.at)),
            "resumed" => Some(ClockEvent::Resumed(e.at)),
            "stopped" => Some(ClockEvent::Stopped(e.at)),
            _ => None,
        })
        .collect())
}
