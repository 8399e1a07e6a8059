//! The scheduler: the daily billing job (annual invoices, reminders), the accreditation
//! lifecycle job (re-certification invoices, expiry) and the purge of registrations never
//! activated, run at start and then every hour. All are idempotent, so running them hourly,
//! after a restart, or on several instances at once does each day's work once.

use std::time::Duration;

use app::domain::billing::FeeSchedule;
use sea_orm::DatabaseConnection;

/// What one run of the jobs did.
#[derive(Debug, Default)]
pub struct JobsReport {
    pub billing: app::db::billing::DailyReport,
    pub lifecycle: app::db::recertification::LifecycleReport,
    /// Registrations deleted because they were not activated within the grace period.
    pub registrations_purged: u64,
}

/// What the jobs need besides the database.
#[derive(Debug, Clone)]
pub struct JobsSettings {
    pub fees: FeeSchedule,
    pub base_url: String,
    pub registration_grace_days: u32,
}

/// Runs the jobs once now.
pub async fn run_once(
    db: &DatabaseConnection,
    settings: &JobsSettings,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<JobsReport, app::db::DataError> {
    let (fees, base_url) = (&settings.fees, settings.base_url.as_str());
    // Workshop reminders are due on their own day whatever happened to billing: they run first.
    let reminders = app::db::workshops::send_reminders(db, base_url, now).await;
    match &reminders {
        Ok(0) => {}
        Ok(sent) => tracing::info!(reminders = sent, "workshop reminders"),
        Err(error) => tracing::error!(%error, "workshop reminders"),
    }
    let billing = app::db::billing::run_daily(db, fees, base_url, now).await?;
    if billing != app::db::billing::DailyReport::default() {
        tracing::info!(
            annual_invoices = billing.annual_invoices,
            reminders = billing.reminders,
            "daily billing job"
        );
    }
    let lifecycle = app::db::recertification::run_daily(db, fees, base_url, now).await?;
    if lifecycle != app::db::recertification::LifecycleReport::default() {
        tracing::info!(
            recertification_invoices = lifecycle.recertification_invoices,
            expired = lifecycle.expired,
            self_checks = lifecycle.self_checks,
            self_check_reminders = lifecycle.self_check_reminders,
            recertifications_opened = lifecycle.recertifications_opened,
            "accreditation lifecycle job"
        );
    }
    let registrations_purged =
        app::db::registrations::purge_stale(db, settings.registration_grace_days, now).await?;
    if registrations_purged > 0 {
        tracing::info!(registrations_purged, "registrations not activated in time deleted");
    }
    reminders?;
    Ok(JobsReport { billing, lifecycle, registrations_purged })
}

/// Runs the jobs every `interval` until the process ends; a failed run is logged and retried
/// at the next tick.
pub async fn run(db: DatabaseConnection, settings: JobsSettings, interval: Duration) {
    let mut ticker = tokio::time::interval(interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        if let Err(error) = run_once(&db, &settings, chrono::Utc::now()).await {
            tracing::error!(%error, "daily jobs failed");
        }
    }
}
