//! Explicit, append-only migrations: a change to a shipped one is a new one.

use sea_orm_migration::prelude::*;

mod m20261130_000001_audit_log;
mod m20261130_000002_accounts;
mod m20261130_000003_sign_in_failures;
mod m20261130_000004_facilities;
mod m20261130_000005_billing;
mod m20261130_000006_editions;
mod m20261130_000007_applications;
mod m20261130_000008_case_review_submissions;
mod m20261130_000009_evidence;
mod m20261130_000010_assessment;
mod m20261130_000011_recertification_workshops;
mod m20261206_000012_trust_boundaries;
mod m20261206_000013_query_reply_keys;
mod m20261208_000014_not_accredited;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261130_000001_audit_log::Migration),
            Box::new(m20261130_000002_accounts::Migration),
            Box::new(m20261130_000003_sign_in_failures::Migration),
            Box::new(m20261130_000004_facilities::Migration),
            Box::new(m20261130_000005_billing::Migration),
            Box::new(m20261130_000006_editions::Migration),
            Box::new(m20261130_000007_applications::Migration),
            Box::new(m20261130_000008_case_review_submissions::Migration),
            Box::new(m20261130_000009_evidence::Migration),
            Box::new(m20261130_000010_assessment::Migration),
            Box::new(m20261130_000011_recertification_workshops::Migration),
            Box::new(m20261206_000012_trust_boundaries::Migration),
            Box::new(m20261206_000013_query_reply_keys::Migration),
            Box::new(m20261208_000014_not_accredited::Migration),
        ]
    }
}
