//! The scheduler: the daily billing job (annual invoices, reminders) and the accreditation
//! lifecycle job (re-certification invoices, expiry), run at start and then every hour. Both
//! are idempotent, so running it hourly, after a restart, or on several
//! instances at once does each day's work once.

use std::time::Duration;

use app::domain::billing::FeeSchedule;
use sea_orm::DatabaseConnection;

/// What one run of the jobs did.
pub type JobsReport = (app::db::billing::DailyReport, app::db::recertification::LifecycleReport);

/// Runs the jobs once now.
pub async fn run_once(
    db: &DatabaseConnection,
    fees: &FeeSchedule,
    base_url: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<JobsReport, app::db::DataError> {
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
    reminders?;
    Ok((billing, lifecycle))
}

/// Runs the jobs every `interval` until the process ends; a failed run is logged and retried
/// at the next tick.
pub async fn run(db: DatabaseConnection, fees: FeeSchedule, base_url: String, interval: Duration) {
    let mut ticker = tokio::time::interval(interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        if let Err(error) = run_once(&db, &fees, &base_url, chrono::Utc::now()).await {
            tracing::error!(%error, "daily jobs failed");
        }
    }
}
