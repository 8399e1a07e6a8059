//! Demo data for `make run` (`server seed-demo`). Idempotent: seeding twice adds nothing.
//! Later features add their demo records here (facilities, users, an application).

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::audit::{self, NewEntry};
use super::entities::audit_log::{self, Entity as AuditLog};
use super::DataError;

pub const SEEDED_ACTION: &str = "demo.seeded";

/// Seeds the demo data unless it is there already; returns whether anything was added.
pub async fn seed_demo(db: &DatabaseConnection) -> Result<bool, DataError> {
    let already = AuditLog::find().filter(audit_log::Column::Action.eq(SEEDED_ACTION)).one(db).await?;
    if already.is_some() {
        return Ok(false);
    }
    let mut entry = NewEntry::new("cli", SEEDED_ACTION, "");
    entry.after = Some(serde_json::json!({ "edition": "demonstration" }));
    audit::append(db, entry).await?;
    Ok(true)
}
