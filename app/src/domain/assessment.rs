//! Assessment rules (design.md §2): findings per item, the decision rule the server
//! enforces, the assessment clock that pauses while queries are open, and conflicts of
//! interest. Pure functions with table-driven tests; the data layer and pages build on them.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::standards::{Edition, Level, item_key};

/// Weeks an assessment should take (design.md: 8–12 weeks after complete evidence).
pub const DEFAULT_TARGET_WEEKS: u32 = 12;

/// The configured target (provided to server functions as context).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TargetWeeks(pub u32);

/// An open query older than this many days shows as overdue on the administrators' dashboard.
pub const OVERDUE_QUERY_DAYS: i64 = 14;

/// Where an assessor's assignment stands: nothing of the application is shown before the
/// declaration of conflicts of interest; a declared conflict ends the assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case")
)]
pub enum AssignmentStatus {
    AwaitingDeclaration,
    Active,
    Conflict,
}

impl AssignmentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AwaitingDeclaration => "awaiting_declaration",
            Self::Active => "active",
            Self::Conflict => "conflict",
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Self::AwaitingDeclaration => "assignment-status-awaiting-declaration",
            Self::Active => "assignment-status-active",
            Self::Conflict => "assignment-status-conflict",
        }
    }
}

/// Whether an assessor's query waits for the team (it pauses the clock and reopens its item)
/// or was closed by the assessor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case")
)]
pub enum QueryStatus {
    Open,
    Closed,
}

impl QueryStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
        }
    }
}

/// An assessor's finding on one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case")
)]
pub enum Finding {
    Met,
    PartiallyMet,
    NotMet,
    NotApplicable,
}

impl Finding {
    pub const ALL: [Self; 4] = [Self::Met, Self::PartiallyMet, Self::NotMet, Self::NotApplicable];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Met => "met",
            Self::PartiallyMet => "partially_met",
            Self::NotMet => "not_met",
            Self::NotApplicable => "not_applicable",
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Self::Met => "finding-met",
            Self::PartiallyMet => "finding-partially-met",
            Self::NotMet => "finding-not-met",
            Self::NotApplicable => "finding-not-applicable",
        }
    }
}

/// The outcome of an assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case")
)]
pub enum Outcome {
    Accredited,
    AmendmentsRequired,
    /// The criteria are not met: the application ends, the facility stays an Enrolled Centre
    /// and may apply again after the waiting period (first applications only).
    NotAccredited,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Accredited => "accredited",
            Self::AmendmentsRequired => "amendments_required",
            Self::NotAccredited => "not_accredited",
        }
    }

    pub const ALL: [Self; 3] = [Self::Accredited, Self::AmendmentsRequired, Self::NotAccredited];

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == text)
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Self::Accredited => "decision-accredited",
            Self::AmendmentsRequired => "decision-amendments-required",
            Self::NotAccredited => "decision-not-accredited",
        }
    }
}

/// What every assessor recorded: item key → findings (one per assessor who recorded one).
pub type Findings = BTreeMap<String, Vec<Finding>>;

/// The agreed finding of an item: the common one when every assessor recorded the same,
/// `None` while someone has not recorded one or the assessors differ (the consensus view
/// shows those).
pub fn agreed(findings: &[Finding], assessors: usize) -> Option<Finding> {
    let first = *findings.first()?;
    (findings.len() == assessors && findings.iter().all(|f| *f == first)).then_some(first)
}

/// Items where the assessors' findings differ (blind dual review: shown only to the
/// administrator and after every assessor has recorded theirs).
pub fn differences(findings: &Findings) -> Vec<String> {
    findings
        .iter()
        .filter(|(_, f)| f.windows(2).any(|w| w[0] != w[1]))
        .map(|(k, _)| k.clone())
        .collect()
}

/// Why `accredited` cannot be decided: core items not agreed as met (a core item cannot be
/// "not applicable"), and whether the case review is incomplete. Empty = allowed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionBlockers {
    pub core_not_met: Vec<String>,
    pub case_review_incomplete: bool,
}

impl DecisionBlockers {
    pub fn is_empty(&self) -> bool {
        self.core_not_met.is_empty() && !self.case_review_incomplete
    }
}

/// The rule of design.md §2 for `accredited`: every core item met in the agreed findings of
/// all `assessors`, and the case review complete. Extended items never count.
pub fn accreditation_blockers(
    edition: &Edition,
    findings: &Findings,
    assessors: usize,
    case_review_complete: bool,
) -> DecisionBlockers {
    let core_not_met = edition
        .items()
        .filter(|(_, _, item)| item.level == Level::Core)
        .map(|(_, standard, item)| item_key(standard, &item.letter))
        .filter(|key| {
            assessors == 0
                || agreed(findings.get(key).map_or(&[][..], Vec::as_slice), assessors)
                    != Some(Finding::Met)
        })
        .collect();
    DecisionBlockers { core_not_met, case_review_incomplete: !case_review_complete }
}

/// Extended items not met in the agreed findings of all `assessors`: the gap to Centre of
/// Excellence.
pub fn extended_not_met(edition: &Edition, findings: &Findings, assessors: usize) -> Vec<String> {
    edition
        .items()
        .filter(|(_, _, item)| item.level == Level::Extended)
        .map(|(_, standard, item)| item_key(standard, &item.letter))
        .filter(|key| {
            assessors == 0
                || agreed(findings.get(key).map_or(&[][..], Vec::as_slice), assessors)
                    != Some(Finding::Met)
        })
        .collect()
}

/// The status a positive decision confers (design.md §2), once every core item is met: at
/// re-certification (an application carried from an accredited one), when the facility applied for it and every extended item is
/// met too, Centre of Excellence; otherwise Accredited (again). A first cycle never gives
/// Centre of Excellence, and extended items never make up for a core gap (that is refused
/// before this is asked).
pub fn conferred_status(
    recertification: bool,
    excellence_requested: bool,
    extended_gap: &[String],
) -> crate::domain::facilities::FacilityStatus {
    use crate::domain::facilities::FacilityStatus;
    if recertification && excellence_requested && extended_gap.is_empty() {
        FacilityStatus::CentreOfExcellence
    } else {
        FacilityStatus::Accredited
    }
}

/// One change of the application's assessment state, for the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockEvent {
    /// Assessment starts (first submission) or resumes (re-submission).
    Started(DateTime<Utc>),
    /// A query opened while none was open: the clock stops.
    Paused(DateTime<Utc>),
    /// The last open query closed: the clock runs again.
    Resumed(DateTime<Utc>),
    /// A decision: the clock stops for good (until a re-submission starts it again).
    Stopped(DateTime<Utc>),
}

/// Time the assessment has been running at `now`, leaving out every period in which a query
/// was open (the facility's time, not the assessors').
pub fn running_time(events: &[ClockEvent], now: DateTime<Utc>) -> Duration {
    let mut total = Duration::zero();
    let mut since: Option<DateTime<Utc>> = None;
    for event in events {
        match *event {
            ClockEvent::Started(at) | ClockEvent::Resumed(at) => {
                if since.is_none() {
                    since = Some(at);
                }
            }
            ClockEvent::Paused(at) | ClockEvent::Stopped(at) => {
                if let Some(from) = since.take() {
                    total += at - from;
                }
            }
        }
    }
    if let Some(from) = since {
        total += now - from;
    }
    total
}

/// Whether the assessment clock is running now.
pub fn clock_running(events: &[ClockEvent]) -> bool {
    matches!(events.last(), Some(ClockEvent::Started(_) | ClockEvent::Resumed(_)))
}

/// A conflict of interest declared by an assessor.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Declaration {
    pub same_institution: bool,
    pub same_country: bool,
    /// Other reasons, in the assessor's words (empty: none).
    pub other: String,
}

impl Declaration {
    /// Any declared conflict blocks the assignment.
    pub fn has_conflict(&self) -> bool {
        self.same_institution || self.same_country || !self.other.trim().is_empty()
    }
}

/// One message of a query's thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageView {
    pub author: String,
    pub body: String,
    pub evidence_file_id: Option<i64>,
    pub at: DateTime<Utc>,
}

/// A query on an item with its thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueryView {
    pub id: i64,
    pub item_key: String,
    pub open: bool,
    pub opened_at: DateTime<Utc>,
    pub messages: Vec<MessageView>,
}

/// Whether a certificate holds today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CertificateState {
    Valid,
    /// Past its end, but a re-certification submitted in time is still being assessed.
    Recertification,
    Expired,
    Withdrawn,
}

impl CertificateState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Valid => "valid",
            Self::Recertification => "recertification",
            Self::Expired => "expired",
            Self::Withdrawn => "withdrawn",
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Self::Valid => "verify-state-valid",
            Self::Recertification => "verify-state-recertification",
            Self::Expired => "verify-state-expired",
            Self::Withdrawn => "verify-state-withdrawn",
        }
    }

    /// Whether the certificate counts as valid (a timely re-certification keeps it so).
    pub fn holds(self) -> bool {
        matches!(self, Self::Valid | Self::Recertification)
    }
}

/// The public view of a certificate (verification page, badge).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateView {
    pub code: String,
    pub facility: String,
    pub institution: String,
    pub country: String,
    /// The facility status certified (`accredited`, `centre_of_excellence`).
    pub status: crate::domain::facilities::FacilityStatus,
    /// From the dates today and the withdrawal.
    pub state: CertificateState,
    pub valid_from: Option<chrono::NaiveDate>,
    pub valid_until: Option<chrono::NaiveDate>,
}

/// One centre of the public directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryEntry {
    pub facility: String,
    pub institution: String,
    pub country: String,
    pub status: crate::domain::facilities::FacilityStatus,
    pub valid_until: Option<chrono::NaiveDate>,
    /// Verification code of the valid certificate, if any.
    pub code: Option<String>,
}

/// Accreditation lasts 4 years from the decision date.
pub fn valid_until(decided: chrono::NaiveDate) -> chrono::NaiveDate {
    decided.checked_add_months(chrono::Months::new(48)).unwrap_or(decided)
}

/// The (first, last) day of the term an accreditation decided on `decided` confers.
/// `current_until`: the last day of the term a re-certification renews, if one is valid. A
/// re-certification decided before that day continues the current term, so deciding early
/// costs the facility nothing and terms don't drift; decided on or after it (the accreditation
/// was kept only while the re-certification was assessed, or lapsed), the new term starts on
/// the decision day. A first accreditation always starts on the decision day.
pub fn term(
    decided: chrono::NaiveDate,
    current_until: Option<chrono::NaiveDate>,
) -> (chrono::NaiveDate, chrono::NaiveDate) {
    let from = current_until.filter(|until| *until > decided).unwrap_or(decided);
    (from, valid_until(from))
}

/// Days after a "not accredited" decision before the facility may open a new application.
pub const DEFAULT_REAPPLY_WAIT_DAYS: u32 = 90;

/// The configured waiting period (provided to server functions as context).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReapplyWait(pub u32);

/// The first day a new application may be opened after a "not accredited" decision taken on
/// `decided`. The date is fixed when deciding (the letter states it), so changing the setting
/// later does not move a promise already made.
pub fn reapply_from(decided: chrono::NaiveDate, wait_days: u32) -> chrono::NaiveDate {
    decided.checked_add_days(chrono::Days::new(u64::from(wait_days))).unwrap_or(decided)
}

/// Longest reason of one item, in characters.
pub const MAX_REASON_CHARS: usize = 2_000;

/// Why the reasons of a decision could not be read: the 1-based line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReasonsError {
    pub line: usize,
}

/// The per-item reasons the office writes with a decision, one item per line: the item key,
/// a colon (or a dash) and the reason, e.g. `3b: no weekly tumour board`. Blank lines are
/// skipped; a line that does not start with an item key, has no reason, or repeats an item
/// is refused (whether the key exists in the edition is the caller's check). Keys come back
/// in lower case, as the edition writes them.
pub fn parse_reasons(text: &str) -> Result<BTreeMap<String, String>, ReasonsError> {
    let mut out = BTreeMap::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let error = ReasonsError { line: index + 1 };
        let split = line.find([':', '\u{2014}', '\u{2013}', '-']).ok_or(error)?;
        let (key, rest) = line.split_at(split);
        let key = key.trim().to_lowercase();
        let reason = rest.chars().skip(1).collect::<String>().trim().to_owned();
        let well_formed = !key.is_empty()
            && key.len() <= 8
            && key.chars().all(|c| c.is_ascii_alphanumeric())
            && key.starts_with(|c: char| c.is_ascii_digit());
        if !well_formed || reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS {
            return Err(error);
        }
        if out.insert(key, reason).is_some() {
            return Err(error);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, day, hour, 0, 0).single().unwrap_or_default()
    }

    #[test]
    fn reasons_are_one_item_per_line() {
        let parsed =
            parse_reasons("3B: no weekly tumour board\n\n 7a \u{2014} audit missing \n10c - none")
                .unwrap_or_default();
        assert_eq!(
            parsed.into_iter().collect::<Vec<_>>(),
            vec![
                ("10c".to_owned(), "none".to_owned()),
                ("3b".to_owned(), "no weekly tumour board".to_owned()),
                ("7a".to_owned(), "audit missing".to_owned()),
            ]
        );
        assert_eq!(parse_reasons("").map(|r| r.len()), Ok(0));
        for (text, line) in [
            ("3b no colon", 1),
            ("3b:", 1),
            ("3b: fine\n: no item", 2),
            ("3b: one\n3B: twice", 2),
            ("b3: not a key", 1),
            ("3b!: odd", 1),
        ] {
            assert_eq!(parse_reasons(text), Err(ReasonsError { line }), "{text:?}");
        }
    }

    #[test]
    fn a_new_application_waits_from_the_decision_day() {
        let day = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default();
        assert_eq!(reapply_from(day(1, 10), 90), day(4, 10));
        assert_eq!(reapply_from(day(1, 10), 0), day(1, 10));
    }

    #[test]
    fn centre_of_excellence_only_at_recertification_with_every_extended_item_met() {
        use crate::domain::facilities::FacilityStatus;
        assert_eq!(conferred_status(false, true, &[]), FacilityStatus::Accredited);
        assert_eq!(conferred_status(true, true, &[]), FacilityStatus::CentreOfExcellence);
        // Not applied for: accredited again, however good the answers.
        assert_eq!(conferred_status(true, false, &[]), FacilityStatus::Accredited);
        assert_eq!(conferred_status(true, true, &["9c".to_owned()]), FacilityStatus::Accredited);
    }

    #[test]
    fn the_clock_leaves_out_time_with_open_queries() {
        let cases: Vec<(Vec<ClockEvent>, DateTime<Utc>, i64)> = vec![
            (vec![], at(10, 0), 0),
            (vec![ClockEvent::Started(at(1, 0))], at(11, 0), 10 * 24),
            // paused from day 3 to day 8: 2 days before, 3 days after (to day 11)
            (
                vec![
                    ClockEvent::Started(at(1, 0)),
                    ClockEvent::Paused(at(3, 0)),
                    ClockEvent::Resumed(at(8, 0)),
                ],
                at(11, 0),
                5 * 24,
            ),
            // still paused
            (vec![ClockEvent::Started(at(1, 0)), ClockEvent::Paused(at(3, 0))], at(11, 0), 2 * 24),
            // stopped by a decision, restarted by a re-submission
            (
                vec![
                    ClockEvent::Started(at(1, 0)),
                    ClockEvent::Stopped(at(2, 0)),
                    ClockEvent::Started(at(5, 0)),
                ],
                at(6, 12),
                24 + 36,
            ),
        ];
        for (events, now, hours) in cases {
            assert_eq!(running_time(&events, now), Duration::hours(hours), "{events:?}");
        }
        assert!(clock_running(&[ClockEvent::Started(at(1, 0))]));
        assert!(!clock_running(&[ClockEvent::Started(at(1, 0)), ClockEvent::Paused(at(2, 0))]));
    }

    #[test]
    fn findings_agree_only_when_every_assessor_recorded_the_same() {
        use Finding::*;
        assert_eq!(agreed(&[Met, Met], 2), Some(Met));
        assert_eq!(agreed(&[Met], 2), None);
        assert_eq!(agreed(&[Met, NotMet], 2), None);
        assert_eq!(agreed(&[], 1), None);
        let mut all = Findings::new();
        all.insert("1a".into(), vec![Met, NotMet]);
        all.insert("1c".into(), vec![Met, Met]);
        assert_eq!(differences(&all), ["1a"]);
    }

    #[test]
    fn accredited_needs_every_core_item_met_and_the_case_review() {
        use crate::domain::standards::tests_support::two_item_edition;
        use Finding::*;
        let edition = two_item_edition();
        let mut f = Findings::new();
        f.insert("1a".into(), vec![Met]);
        f.insert("1b".into(), vec![Met]);
        assert!(accreditation_blockers(&edition, &f, 1, true).is_empty());
        assert_eq!(
            accreditation_blockers(&edition, &f, 1, false),
            DecisionBlockers { core_not_met: vec![], case_review_incomplete: true }
        );
        // partially met, not applicable and missing findings all block a core item
        for finding in [PartiallyMet, NotMet, NotApplicable] {
            f.insert("1b".into(), vec![finding]);
            assert_eq!(
                accreditation_blockers(&edition, &f, 1, true).core_not_met,
                ["1b"],
                "{finding:?}"
            );
        }
        f.remove("1b");
        assert_eq!(accreditation_blockers(&edition, &f, 1, true).core_not_met, ["1b"]);
        // with two assessors, both must agree
        f.insert("1b".into(), vec![Met]);
        assert_eq!(accreditation_blockers(&edition, &f, 2, true).core_not_met, ["1a", "1b"]);
        // no assessor yet: nothing can be decided
        assert_eq!(
            accreditation_blockers(&edition, &Findings::new(), 0, true).core_not_met,
            ["1a", "1b"]
        );
    }

    #[test]
    fn declarations_and_validity() {
        assert!(!Declaration::default().has_conflict());
        assert!(Declaration { same_country: true, ..Default::default() }.has_conflict());
        assert!(
            Declaration { other: "former colleague".into(), ..Default::default() }.has_conflict()
        );
        assert!(!Declaration { other: "  ".into(), ..Default::default() }.has_conflict());
        let d = chrono::NaiveDate::from_ymd_opt(2026, 2, 28).unwrap_or_default();
        assert_eq!(
            valid_until(d),
            chrono::NaiveDate::from_ymd_opt(2030, 2, 28).unwrap_or_default()
        );
        assert_eq!(Outcome::parse("accredited"), Some(Outcome::Accredited));
    }

    #[test]
    fn a_renewed_term_continues_the_current_one_when_decided_before_its_end() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        // (decided, end of the current term, expected first day, expected last day)
        let cases = [
            // first accreditation: from the decision day
            (day(2026, 3, 10), None, day(2026, 3, 10), day(2030, 3, 10)),
            // re-certification decided two months early: continues the current term
            (day(2030, 1, 10), Some(day(2030, 3, 10)), day(2030, 3, 10), day(2034, 3, 10)),
            // decided the day before the end: still continues it
            (day(2030, 3, 9), Some(day(2030, 3, 10)), day(2030, 3, 10), day(2034, 3, 10)),
            // decided on the last day or later (kept valid while assessed): from the decision
            (day(2030, 3, 10), Some(day(2030, 3, 10)), day(2030, 3, 10), day(2034, 3, 10)),
            (day(2030, 5, 2), Some(day(2030, 3, 10)), day(2030, 5, 2), day(2034, 5, 2)),
        ];
        for (decided, current_until, from, until) in cases {
            assert_eq!(term(decided, current_until), (from, until), "{decided} {current_until:?}");
        }
    }
}
