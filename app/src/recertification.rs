//! Re-certification and expiry rules (design.md §2): an accreditation lasts four years; six
//! months before it ends the re-certification invoice is issued; at its end it expires,
//! unless a re-certification submitted before the end is still being assessed.

use chrono::{Months, NaiveDate};

/// How long before the end of an accreditation the re-certification invoice is issued.
pub const NOTICE_MONTHS: u32 = 6;

/// The day the re-certification invoice of an accreditation valid until `valid_until` is due
/// to be issued.
pub fn invoice_day(valid_until: NaiveDate) -> NaiveDate {
    valid_until.checked_sub_months(Months::new(NOTICE_MONTHS)).unwrap_or(valid_until)
}

/// The invoice period of a certificate's re-certification: one invoice per certificate, so
/// the invoice table's unique key keeps the scheduler idempotent across runs and instances.
pub fn invoice_period_key(certificate_id: i64) -> String {
    format!("recertification:{certificate_id}")
}

/// Whether an accreditation valid through `valid_until` has lapsed on `today`.
/// `timely_recertification_pending`: a re-certification submitted on or before `valid_until`
/// is still being assessed — the accreditation then stays valid until its decision.
pub fn has_expired(valid_until: NaiveDate, today: NaiveDate, timely_recertification_pending: bool) -> bool {
    today > valid_until && !timely_recertification_pending
}

/// Application statuses in which a submitted re-certification is still open (assessment,
/// evidence requested, amendments under way).
pub const PENDING_STATUSES: [&str; 4] = ["submitted", "under_assessment", "evidence_requested", "amendments_required"];

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn the_invoice_comes_six_months_before_the_end() {
        assert_eq!(invoice_day(day(2030, 11, 30)), day(2030, 5, 30));
        // The end of a longer month clamps to the end of the shorter one.
        assert_eq!(invoice_day(day(2030, 8, 31)), day(2030, 2, 28));
    }

    #[test]
    fn expiry_waits_for_a_timely_recertification() {
        let until = day(2030, 11, 30);
        assert!(!has_expired(until, until, false));
        assert!(has_expired(until, day(2030, 12, 1), false));
        assert!(!has_expired(until, day(2031, 3, 1), true));
    }
}
