//! The scheduler: the daily billing job (annual invoices, reminders), run at start and then
//! every hour. The job is idempotent, so running it hourly, after a restart, or on several
//! instances at once does each day's work once.

use std::time::Duration;

use app::billing::FeeSchedule;
use sea_orm::DatabaseConnection;

/// Runs the jobs once now.
pub async fn run_once(db: &DatabaseConnection, fees: &FeeSchedule, base_url: &str) -> Result<app::db::billing::DailyReport, app::db::DataError> {
    let report = app::db::billing::run_daily(db, fees, base_url, chrono::Utc::now()).await?;
    if report != app::db::billing::DailyReport::default() {
        tracing::info!(annual_invoices = report.annual_invoices, reminders = report.reminders, "daily billing job");
    }
    Ok(report)
}

/// Runs the jobs every `interval` until the process ends; a failed run is logged and retried
/// at the next tick.
pub async fn run(db: DatabaseConnection, fees: FeeSchedule, base_url: String, interval: Duration) {
    let mut ticker = tokio::time::interval(interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        if let Err(error) = run_once(&db, &fees, &base_url).await {
            tracing::error!(%error, "daily billing job failed");
        }
    }
}
