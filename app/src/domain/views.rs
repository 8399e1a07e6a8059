//! What the questionnaire, the assessor workspace and the office's assessment pages read: the
//! shapes `db::read` assembles on the server from several stores and server functions send to
//! the browser as they are. Plain data, so both builds share them.

use serde::{Deserialize, Serialize};

use super::assessment::{DecisionBlockers, Finding, Outcome, QueryView};
use super::case_review::CaseReviewProgress;
use super::evidence::EvidenceView;
use super::facilities::FacilityStatus;
use super::ids::{ApplicationId, FacilityId, UserId};
use super::standards::{AnswerValue, ApplicationStatus, Edition};

/// The newest decision on an application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionView {
    pub outcome: Outcome,
    pub items: Vec<String>,
    pub comment: String,
    pub decided_at: chrono::DateTime<chrono::Utc>,
    pub valid_from: Option<chrono::NaiveDate>,
    pub valid_until: Option<chrono::NaiveDate>,
    /// Verification code of the certificate (accredited).
    pub certificate: Option<String>,
    /// The status the certificate confers: Accredited, or Centre of Excellence.
    pub conferred: Option<FacilityStatus>,
    pub facility: String,
    /// The office's reasons per item: (item key, reason), in item order.
    pub reasons: Vec<(String, String)>,
    /// "Not accredited": the first day a new application may be opened.
    pub reapply_from: Option<chrono::NaiveDate>,
}

impl DecisionView {
    /// The sentence of the letter for this outcome.
    pub fn letter_key(&self) -> &'static str {
        match (self.outcome, self.conferred) {
            (Outcome::AmendmentsRequired, _) => "decision-letter-amendments",
            (Outcome::NotAccredited, _) => "decision-letter-not-accredited",
            (_, Some(FacilityStatus::CentreOfExcellence)) => "decision-letter-excellence",
            _ => "decision-letter-accredited",
        }
    }
}

/// The receipt of a submission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionView {
    pub submitted_at: chrono::DateTime<chrono::Utc>,
    pub submitted_by: String,
    /// SHA-256 of the frozen snapshot.
    pub content_hash: String,
}

/// Everything the questionnaire needs in one answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub id: ApplicationId,
    pub facility_id: FacilityId,
    /// The reader: offline drafts are kept per user on a shared device.
    pub user_id: UserId,
    pub status: ApplicationStatus,
    pub edition: Edition,
    /// item key → (answer, revision)
    pub answers: Vec<(String, AnswerValue, i64)>,
    pub case_review_complete: bool,
    /// The reader is the facility's Authorised Representative (the only one who submits).
    pub is_representative: bool,
    pub submission: Option<SubmissionView>,
    pub evidence: EvidenceView,
    /// Assessors' queries with their threads.
    pub queries: Vec<QueryView>,
    /// Items the team may change now: all while a draft; the reopened ones after
    /// `amendments_required`; those with an open query while evidence is requested.
    pub editable_items: Option<Vec<String>>,
    /// Days the assessment clock has run (shown to the AR and administrators).
    pub clock_days: Option<i64>,
    pub decision: Option<DecisionView>,
    /// The server's date (answers with dates must not be later).
    pub today: chrono::NaiveDate,
    /// The facility's how-many-th application: 1 for the first; each re-certification and
    /// each new application after a "not accredited" decision counts on.
    pub cycle: i32,
    /// Carried from the previous cycle and not confirmed yet.
    pub carried: Vec<String>,
    /// A re-certification: the previous cycle's application.
    pub carried_from: Option<ApplicationId>,
    /// The facility applies for Centre of Excellence in this cycle.
    pub excellence_requested: bool,
    /// The viewer reads without writing (an administrator): nothing on the page is editable.
    pub read_only: bool,
}

/// What `application_answers` returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswersView {
    pub status: ApplicationStatus,
    /// item key → (answer, revision)
    pub answers: Vec<(String, AnswerValue, i64)>,
    /// Carried answers not confirmed yet.
    pub carried: Vec<String>,
}

/// The side-by-side view of a re-certification against the cycle it was prefilled from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CycleComparison {
    pub application_id: ApplicationId,
    pub facility_id: FacilityId,
    pub cycle: i32,
    pub previous_application: ApplicationId,
    pub previous_cycle: i32,
    /// The edition of this cycle (the rows follow its order).
    pub edition: Edition,
    pub rows: Vec<super::recertification::ItemChange>,
}

/// An assignment as the assessor's list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignmentRow {
    pub id: i64,
    pub application_id: ApplicationId,
    pub facility: String,
    pub institution: String,
    pub country: String,
    pub status: super::assessment::AssignmentStatus,
    pub application_status: ApplicationStatus,
}

/// What an assessor works from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    pub application_id: ApplicationId,
    pub facility: String,
    pub status: ApplicationStatus,
    pub edition: Edition,
    pub answers: Vec<(String, AnswerValue, i64)>,
    pub evidence: EvidenceView,
    pub case_review: CaseReviewProgress,
    /// This assessor's findings: (item, finding, comment).
    pub findings: Vec<(String, Finding, String)>,
    pub queries: Vec<QueryView>,
    pub clock_days: i64,
    pub submission_hash: Option<String>,
    /// A re-certification: link to the comparison with the previous cycle.
    pub recertification: bool,
    pub excellence_requested: bool,
    /// The server's date, for telling which evidence has expired.
    pub today: chrono::NaiveDate,
}

/// One application on the administrators' assessment dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminApplicationRow {
    pub id: ApplicationId,
    pub facility: String,
    pub status: ApplicationStatus,
    pub clock_days: i64,
    pub open_queries: usize,
    /// Open queries older than `OVERDUE_QUERY_DAYS`.
    pub overdue_queries: usize,
    /// The configured target of the assessment clock.
    pub target_weeks: u32,
    /// (assessor name, assignment status)
    pub assessors: Vec<(String, super::assessment::AssignmentStatus)>,
}

/// The administrators' view of one application under assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminApplicationView {
    pub row: AdminApplicationRow,
    /// Users holding the assessor role: (id, name, email).
    pub assessor_pool: Vec<(UserId, String, String)>,
    /// item → findings of the active assessors (the consensus view).
    pub findings: Vec<(String, Vec<Finding>)>,
    pub differences: Vec<String>,
    pub active_assessors: usize,
    pub recommendations: Vec<(String, Outcome, String)>,
    pub blockers: DecisionBlockers,
    pub queries: Vec<QueryView>,
}

/// One evidence file of a submitted item, as frozen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotFile {
    pub name: String,
    pub sha256: String,
    /// From the facility's library (unknown if the file is no longer there).
    pub size_bytes: Option<i64>,
}

/// One item of a submitted application. Texts are message ids of the edition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotItem {
    pub standard: u32,
    pub standard_title: String,
    pub item: String,
    pub level: crate::domain::standards::Level,
    pub question: String,
    pub spec: crate::domain::standards::AnswerSpec,
    pub answer: Option<crate::domain::standards::AnswerValue>,
    pub files: Vec<SnapshotFile>,
}

/// The application as it was submitted: what the facility, its assessors and the office read,
/// and the fingerprint that proves it unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotView {
    pub application_id: ApplicationId,
    pub edition_id: String,
    pub facility: String,
    pub submitted_at: chrono::DateTime<chrono::Utc>,
    pub submitted_by: String,
    /// SHA-256 of the stored snapshot, as recorded at submission.
    pub content_hash: String,
    /// The stored snapshot hashes to `content_hash` again today.
    pub verified: bool,
    pub items: Vec<SnapshotItem>,
    /// The case review as frozen: draw number, seed, SHA-256 of the reference pool, cases.
    pub draw_number: i32,
    pub seed: String,
    pub pool_sha256: String,
    pub cases: usize,
}
