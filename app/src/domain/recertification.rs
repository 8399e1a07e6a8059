//! Re-certification and expiry rules (design.md §2): an accreditation lasts four years; six
//! months before it ends the re-certification invoice is issued; at its end it expires,
//! unless a re-certification submitted before the end is still being assessed.

use std::collections::BTreeMap;

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::ids::FacilityId;
use crate::domain::standards::{AnswerValue, Edition, check_answer, item_key};

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
pub fn has_expired(
    valid_until: NaiveDate,
    today: NaiveDate,
    timely_recertification_pending: bool,
) -> bool {
    today > valid_until && !timely_recertification_pending
}

/// The annual self-check due on `today` for an accreditation valid from `valid_from` to
/// `valid_until`: the newest anniversary of its start that has come, if it falls before the
/// end (the re-certification covers the last year).
pub fn self_check_due(
    valid_from: NaiveDate,
    valid_until: NaiveDate,
    today: NaiveDate,
) -> Option<NaiveDate> {
    (1..)
        .map_while(|years| valid_from.checked_add_months(Months::new(12 * years)))
        .take_while(|day| *day <= today && *day < valid_until)
        .last()
}

/// Days after a self-check falls due before its one reminder goes out.
pub const SELF_CHECK_REMINDER_DAYS: i64 = 30;

/// A self-check as the dashboard and the administrators' list show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfCheckView {
    pub id: i64,
    pub facility_id: FacilityId,
    pub facility: String,
    pub due_on: NaiveDate,
    pub attested_at: Option<chrono::DateTime<chrono::Utc>>,
    pub staff_ok: bool,
    pub equipment_ok: bool,
    pub volume_ok: bool,
    pub note: String,
}

/// What the Authorised Representative attests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attestation {
    pub staff_ok: bool,
    pub equipment_ok: bool,
    pub volume_ok: bool,
    pub note: String,
}

/// The answers of the previous cycle that carry into a re-certification on `edition`: those
/// whose item still exists with an answer of the same type. An answer the new edition's checks
/// now reject is still carried (the team sees it flagged); an item that is gone, or whose
/// answer type changed, starts empty.
pub fn carry_over(
    edition: &Edition,
    previous: &[(String, AnswerValue)],
    today: NaiveDate,
) -> Vec<(String, AnswerValue)> {
    previous
        .iter()
        .filter(|(key, value)| {
            edition.item(key).is_some_and(|item| {
                check_answer(&item.1.answer, value, today) != Err("answer-error-wrong-type")
            })
        })
        .cloned()
        .collect()
}

/// How one item's answer differs between the previous cycle and this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChangeKind {
    Unchanged,
    Changed,
    /// Answered now, not before.
    Added,
    /// Answered before, not now.
    Removed,
}

/// One row of the side-by-side view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemChange {
    pub item_key: String,
    pub kind: ChangeKind,
    pub before: Option<AnswerValue>,
    pub after: Option<AnswerValue>,
}

/// Compares the answers of two cycles item by item, in the order of this cycle's edition
/// (items neither cycle answered are left out).
pub fn changes(
    edition: &Edition,
    previous: &BTreeMap<String, AnswerValue>,
    current: &BTreeMap<String, AnswerValue>,
) -> Vec<ItemChange> {
    edition
        .items()
        .map(|(_, standard, item)| item_key(standard, &item.letter))
        .filter_map(|key| {
            let (before, after) = (previous.get(&key).cloned(), current.get(&key).cloned());
            let kind = match (&before, &after) {
                (None, None) => return None,
                (Some(b), Some(a)) if b == a => ChangeKind::Unchanged,
                (Some(_), Some(_)) => ChangeKind::Changed,
                (None, Some(_)) => ChangeKind::Added,
                (Some(_), None) => ChangeKind::Removed,
            };
            Some(ItemChange { item_key: key, kind, before, after })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::standards::tests_support::two_item_edition as demo_edition;

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

    #[test]
    fn self_checks_fall_on_anniversaries_between_cycles() {
        let (from, until) = (day(2026, 11, 30), day(2030, 11, 30));
        assert_eq!(self_check_due(from, until, day(2027, 11, 29)), None);
        assert_eq!(self_check_due(from, until, day(2027, 11, 30)), Some(day(2027, 11, 30)));
        assert_eq!(self_check_due(from, until, day(2029, 6, 1)), Some(day(2028, 11, 30)));
        assert_eq!(self_check_due(from, until, day(2031, 1, 1)), Some(day(2029, 11, 30)));
    }

    #[test]
    fn carried_answers_keep_their_type() {
        let edition = demo_edition();
        let (key, item) = edition
            .items()
            .map(|(_, n, i)| (item_key(n, &i.letter), i.clone()))
            .next()
            .expect("the test edition has items");
        let right = match item.answer {
            crate::domain::standards::AnswerSpec::YesNo { .. } => {
                AnswerValue::YesNo { yes: true, explanation: "x".into() }
            }
            _ => AnswerValue::Text { value: "x".into() },
        };
        let wrong = AnswerValue::Date { value: day(2020, 1, 1) };
        let previous = vec![(key.clone(), right.clone()), ("99z".to_owned(), right.clone())];
        assert_eq!(carry_over(&edition, &previous, day(2030, 1, 1)), vec![(key.clone(), right)]);
        assert_eq!(carry_over(&edition, &[(key, wrong)], day(2030, 1, 1)), vec![]);
    }

    #[test]
    fn changes_compare_item_by_item() {
        let edition = demo_edition();
        let keys: Vec<String> =
            edition.items().map(|(_, n, i)| item_key(n, &i.letter)).take(4).collect();
        // Any values do: the comparison does not check them against the items.
        let v = |n: i64| AnswerValue::Number { value: n };
        let previous: BTreeMap<String, AnswerValue> =
            [(keys[0].clone(), v(1)), (keys[1].clone(), v(2)), (keys[3].clone(), v(4))].into();
        let current: BTreeMap<String, AnswerValue> =
            [(keys[0].clone(), v(1)), (keys[1].clone(), v(3)), (keys[2].clone(), v(5))].into();
        let kinds: Vec<(String, ChangeKind)> = changes(&edition, &previous, &current)
            .into_iter()
            .map(|c| (c.item_key, c.kind))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (keys[0].clone(), ChangeKind::Unchanged),
                (keys[1].clone(), ChangeKind::Changed),
                (keys[2].clone(), ChangeKind::Added),
                (keys[3].clone(), ChangeKind::Removed),
            ]
        );
    }
}
