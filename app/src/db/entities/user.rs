use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: crate::domain::ids::UserId,
    /// Normalised by `accounts::normalize_email`.
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// Preferred language for mail (one of `i18n::LANGUAGES`).
    pub language: String,
    pub created_at: DateTimeUtc,
    pub password_changed_at: DateTimeUtc,
    /// When the address was confirmed through a mailed link; sign-in needs it.
    pub email_confirmed_at: Option<DateTimeUtc>,
    /// Set by an administrator: the account cannot sign in and its sessions ended.
    pub disabled_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::session::Entity")]
    Session,
    #[sea_orm(has_many = "super::global_role::Entity")]
    GlobalRole,
}

impl Related<super::session::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Session.def()
    }
}

impl Related<super::global_role::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::GlobalRole.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
