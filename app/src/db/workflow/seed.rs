//! Demo data for `make run` (`server seed-demo`). Idempotent: seeding twice adds nothing.
//! Later features add their demo records here (facilities, an application).

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::db::DataError;
use crate::db::accounts::{self, NewUser};
use crate::db::audit::{self, NewEntry};
use crate::db::entities::audit_log::{self, Entity as AuditLog};
use crate::domain::accounts::GlobalRole;
use crate::domain::ids::UserId;

pub const SEEDED_ACTION: &str = "demo.seeded";
/// The demo administrator's sign-in name.
pub const DEMO_ADMIN_EMAIL: &str = "admin@demo.accredit-io.example";

/// What seeding did; the password is only known when this call created the account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedOutcome {
    pub added: bool,
    pub admin_email: String,
    pub admin_password: Option<String>,
}

/// A password for generated accounts: 16 random bytes, hex (128 bits).
pub fn generate_password() -> Result<String, DataError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| DataError::Crypto(e.to_string()))?;
    Ok(hex::encode(bytes))
}

/// Adds whatever demo data is missing. Each piece is checked on its own, so a database seeded
/// by an older version gains the pieces added since (the demo administrator, …).
pub async fn seed_demo(db: &DatabaseConnection) -> Result<SeedOutcome, DataError> {
    let (admin_id, password) =
        ensure_admin(db, DEMO_ADMIN_EMAIL, "Demo Administrator", None, "cli").await?;
    ensure_demo_workshop(db, admin_id).await?;
    crate::db::editions::import(db, crate::db::editions::DEMO_EDITION, None, chrono::Utc::now())
        .await
        .map_err(|e| DataError::Edition(format!("demonstration edition: {e}")))?;
    let marked = AuditLog::find()
        .filter(audit_log::Column::Action.eq(SEEDED_ACTION))
        .one(db)
        .await?
        .is_some();
    if !marked {
        let mut entry = NewEntry::new("cli", SEEDED_ACTION, "");
        entry.after =
            Some(serde_json::json!({ "edition": "demonstration", "admin": DEMO_ADMIN_EMAIL }));
        audit::append(db, entry).await?;
    }
    let added = !marked || password.is_some();
    Ok(SeedOutcome { added, admin_email: DEMO_ADMIN_EMAIL.into(), admin_password: password })
}

/// The title of the demonstration workshop (how seeding recognises it).
pub const DEMO_WORKSHOP_TITLE: &str = "Preparing for accreditation (demonstration)";

/// An online workshop four weeks ahead, so the calendar has something to book.
async fn ensure_demo_workshop(db: &DatabaseConnection, admin_id: UserId) -> Result<(), DataError> {
    use crate::db::entities::workshop;
    if workshop::Entity::find()
        .filter(workshop::Column::Title.eq(DEMO_WORKSHOP_TITLE))
        .one(db)
        .await?
        .is_some()
    {
        return Ok(());
    }
    let day = (chrono::Utc::now() + chrono::Duration::days(28)).date_naive();
    let form = crate::domain::workshops::WorkshopForm {
        title: DEMO_WORKSHOP_TITLE.into(),
        description:
            "The pathway, the questionnaire and the internal case review, with time for questions."
                .into(),
        venue: String::new(),
        online_url: "https://meet.example/accredit-io-demo".into(),
        language: "en".into(),
        starts: format!("{day}T14:00"),
        ends: format!("{day}T16:00"),
        time_zone: "Europe/Vienna".into(),
        capacity: "12".into(),
    };
    crate::db::workshops::create(db, &form, admin_id, chrono::Utc::now()).await?;
    Ok(())
}

/// Makes `email` an administrator, creating the account when it does not exist (with
/// `password`, or a generated one). Returns the user id and the password when this call set it.
pub async fn ensure_admin(
    db: &DatabaseConnection,
    email: &str,
    display_name: &str,
    password: Option<String>,
    actor: &str,
) -> Result<(UserId, Option<String>), DataError> {
    let (user_id, new_password) = match accounts::find_by_email(db, email).await? {
        Some(user) => (user.id, None),
        None => {
            let password = match password {
                Some(p) => p,
                None => generate_password()?,
            };
            let new = NewUser {
                email: email.into(),
                display_name: display_name.into(),
                password: password.clone(),
                language: "en".into(),
            };
            (accounts::create_user(db, new, actor).await?.id, Some(password))
        }
    };
    accounts::grant_role(db, user_id, GlobalRole::Administrator, actor).await?;
    Ok((user_id, new_password))
}
