//! The internal case review (domain.md §1.9, design.md §2): the facility lists the
//! pseudonymous references of its IO cases, the server draws 30 at random with a stored seed,
//! and the team fills a short structured form per drawn case. Free text that looks like a
//! person's name, a date of birth or a national id is flagged: the review is not complete
//! while a flag stands, so identifiable data does not reach the assessors.

use crate::domain::ids::{ApplicationId, UserId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Cases drawn per review.
pub const CASES_DRAWN: usize = 30;
/// Longest accepted case reference.
pub const MAX_REFERENCE_CHARS: usize = 40;
/// Longest accepted list of references.
pub const MAX_POOL: usize = 20_000;
/// Longest notes per case.
pub const MAX_NOTES_CHARS: usize = 2000;
/// Procedure types offered in the form (Fluent ids `case-procedure-<id>`).
pub const PROCEDURE_TYPES: [&str; 7] =
    ["ablation", "tace", "tare", "biopsy", "embolisation", "drainage", "other"];
/// Complication grades (CIRSE classification 1–6, or none; Fluent ids `case-grade-<id>`).
pub const COMPLICATION_GRADES: [&str; 7] = ["none", "1", "2", "3", "4", "5", "6"];

/// Reads the list of case references pasted or uploaded as CSV: one per line, the first
/// column of a CSV line, a header line `reference`/`ref`/`case` skipped, blanks ignored,
/// duplicates kept once. An error is a Fluent id with the 1-based line it concerns (0: the
/// whole list).
pub fn parse_references(text: &str) -> Result<Vec<String>, (&'static str, usize)> {
    let mut seen = std::collections::HashSet::new();
    let mut refs = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let first =
            line.split([',', ';', '\t']).next().unwrap_or("").trim().trim_matches('"').trim();
        if first.is_empty() {
            continue;
        }
        if number == 0
            && ["reference", "ref", "case", "case reference"]
                .contains(&first.to_lowercase().as_str())
        {
            continue;
        }
        if first.chars().count() > MAX_REFERENCE_CHARS || first.chars().any(char::is_control) {
            return Err(("case-review-error-reference", number + 1));
        }
        if !identifier_flags(first).is_empty() {
            return Err(("case-review-error-reference-identifier", number + 1));
        }
        if seen.insert(first.to_owned()) {
            refs.push(first.to_owned());
        }
        if refs.len() > MAX_POOL {
            return Err(("case-review-error-too-many", 0));
        }
    }
    if refs.len() < CASES_DRAWN {
        return Err(("case-review-error-too-few", 0));
    }
    Ok(refs)
}

/// Draws `CASES_DRAWN` references from `pool` with a ChaCha8 generator seeded by `seed`. The
/// same pool and seed give the same draw, so anyone holding the logged seed can repeat it.
#[cfg(feature = "ssr")]
pub fn draw(pool: &[String], seed: u64) -> Vec<String> {
    use rand::SeedableRng;
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let count = CASES_DRAWN.min(pool.len());
    let mut picked: Vec<usize> = rand::seq::index::sample(&mut rng, pool.len(), count).into_vec();
    // Listed in the order the facility gave them, which is easier to work through.
    picked.sort_unstable();
    picked.into_iter().map(|i| pool[i].clone()).collect()
}

/// Something in free text that looks like it identifies a patient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum IdentifierFlag {
    Name,
    DateOfBirth,
    NationalId,
    Contact,
}

impl IdentifierFlag {
    pub fn message_key(self) -> &'static str {
        match self {
            Self::Name => "case-flag-name",
            Self::DateOfBirth => "case-flag-date-of-birth",
            Self::NationalId => "case-flag-national-id",
            Self::Contact => "case-flag-contact",
        }
    }
}

/// Words that introduce a person's name in the portal's languages.
const NAME_MARKERS: [&str; 22] = [
    "mr",
    "mrs",
    "ms",
    "miss",
    "herr",
    "frau",
    "m.",
    "mme",
    "mlle",
    "sr",
    "sra",
    "sig",
    "sig.ra",
    "sr.",
    "sra.",
    "name",
    "patient",
    "patientin",
    "nom",
    "nombre",
    "nome",
    "adı",
];
/// Words that introduce a date of birth.
const BIRTH_MARKERS: [&str; 9] =
    ["dob", "born", "birth", "geb", "geboren", "né", "née", "nacido", "nato"];

/// Flags free text that looks like it contains a name, a date of birth, a national id or
/// contact details. Deliberately eager: a false flag costs one rewording, a missed one leaks.
pub fn identifier_flags(text: &str) -> Vec<IdentifierFlag> {
    let mut flags = Vec::new();
    let lower = text.to_lowercase();
    let words: Vec<&str> = text.split_whitespace().collect();
    // A name marker followed by a capitalised word: "Mr Smith", "Patient: Maria".
    for pair in words.windows(2) {
        let marker = pair[0].trim_end_matches([':', ',']).to_lowercase();
        let next = pair[1].trim_start_matches(['"', '(']);
        if NAME_MARKERS.contains(&marker.as_str())
            && next.chars().next().is_some_and(char::is_uppercase)
            && next.chars().skip(1).any(char::is_lowercase)
        {
            flags.push(IdentifierFlag::Name);
            break;
        }
    }
    // "Surname, Firstname" on its own.
    if flags.is_empty() {
        let parts: Vec<&str> = text.trim().split(", ").collect();
        if parts.len() == 2 && parts.iter().all(|p| is_capitalised_word(p)) {
            flags.push(IdentifierFlag::Name);
        }
    }
    let dates = date_like(text);
    if dates.iter().any(|d| d.year() < 2000)
        || (!dates.is_empty() && BIRTH_MARKERS.iter().any(|m| lower.contains(m)))
    {
        flags.push(IdentifierFlag::DateOfBirth);
    }
    if longest_digit_run(text) >= 9 || has_letter_digit_id(text) {
        flags.push(IdentifierFlag::NationalId);
    }
    if text.contains('@') && text.split('@').nth(1).is_some_and(|d| d.contains('.')) {
        flags.push(IdentifierFlag::Contact);
    }
    flags
}

fn is_capitalised_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 2
        && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
}

use chrono::Datelike;

/// Dates written as `2024-03-01`, `01.03.2024`, `01/03/2024` or `1-3-1954`.
fn date_like(text: &str) -> Vec<NaiveDate> {
    let mut found = Vec::new();
    for token in
        text.split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == '(' || c == ')')
    {
        let token = token.trim_end_matches('.');
        for format in ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y"] {
            if let Ok(date) = NaiveDate::parse_from_str(token, format) {
                found.push(date);
                break;
            }
        }
    }
    found
}

/// The longest run of digits, ignoring single spaces, dots and dashes between them
/// ("756.1234.5678.97" counts 13).
fn longest_digit_run(text: &str) -> usize {
    let (mut best, mut run) = (0, 0);
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            run += 1;
            best = best.max(run);
        } else if [' ', '.', '-', '/'].contains(c)
            && run > 0
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            continue;
        } else {
            run = 0;
        }
    }
    best
}

/// A token mixing at least 2 letters and 7 digits, like many national ids ("AB1234567C").
fn has_letter_digit_id(text: &str) -> bool {
    text.split_whitespace().any(|t| {
        let letters = t.chars().filter(char::is_ascii_alphabetic).count();
        let digits = t.chars().filter(char::is_ascii_digit).count();
        letters >= 2 && digits >= 7 && t.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

/// The structured form for one drawn case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseForm {
    pub procedure_type: Option<String>,
    pub procedure_date: Option<NaiveDate>,
    pub tumour_board_documented: Option<bool>,
    pub consent_documented: Option<bool>,
    pub complication_grade: Option<String>,
    pub follow_up_documented: Option<bool>,
    #[serde(default)]
    pub notes: String,
}

impl CaseForm {
    /// This case's form with the previous case's answers ("same as the previous case", for a
    /// team whose cases repeat the same values); the notes stay this case's own, since they
    /// are about this patient.
    pub fn with_answers_of(&self, previous: &CaseForm) -> CaseForm {
        CaseForm { notes: self.notes.clone(), ..previous.clone() }
    }
}

/// What still keeps a case form from being complete (Fluent ids), given the server's date.
pub fn form_problems(form: &CaseForm, today: NaiveDate) -> Vec<&'static str> {
    let mut problems = Vec::new();
    match &form.procedure_type {
        None => problems.push("case-missing-procedure-type"),
        Some(t) if !PROCEDURE_TYPES.contains(&t.as_str()) => {
            problems.push("answer-error-unknown-option")
        }
        Some(_) => {}
    }
    match form.procedure_date {
        None => problems.push("case-missing-procedure-date"),
        Some(d) if d > today => problems.push("answer-error-date-in-future"),
        Some(_) => {}
    }
    if form.tumour_board_documented.is_none() {
        problems.push("case-missing-tumour-board");
    }
    if form.consent_documented.is_none() {
        problems.push("case-missing-consent");
    }
    match &form.complication_grade {
        None => problems.push("case-missing-complication-grade"),
        Some(g) if !COMPLICATION_GRADES.contains(&g.as_str()) => {
            problems.push("answer-error-unknown-option")
        }
        Some(_) => {}
    }
    if form.follow_up_documented.is_none() {
        problems.push("case-missing-follow-up");
    }
    if form.notes.chars().count() > MAX_NOTES_CHARS {
        problems.push("error-text-too-long");
    }
    problems.extend(identifier_flags(&form.notes).into_iter().map(IdentifierFlag::message_key));
    problems
}

/// Complete when all drawn cases have a form without problems.
pub fn review_complete(drawn: usize, forms: &[CaseForm], today: NaiveDate) -> bool {
    drawn == CASES_DRAWN
        && forms.len() == drawn
        && forms.iter().all(|f| form_problems(f, today).is_empty())
}

/// One draw as shown to the team and logged for assessors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrawView {
    pub id: i64,
    pub draw_number: i32,
    pub seed: String,
    pub pool_size: usize,
    pub pool_sha256: String,
    pub drawn_at: chrono::DateTime<chrono::Utc>,
    pub drawn_by: String,
    pub reason: Option<String>,
}

/// The case review of an application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseReviewView {
    pub application_id: ApplicationId,
    /// Who is looking: the browser files unsent forms under this person.
    pub viewer_id: UserId,
    pub editable: bool,
    pub draw: Option<DrawView>,
    /// The drawn cases in order, with their forms so far.
    pub cases: Vec<(String, CaseForm)>,
    pub complete: bool,
    pub today: NaiveDate,
    /// Read by one of the application's assessors: read-only, and the page leads back to
    /// their workspace.
    #[serde(default)]
    pub read_by_assessor: bool,
}

/// What the assessor's workspace shows of the case review: how many drawn cases have a
/// complete form, and the draw's seed and pool hash for the audit trail. Computed on the
/// server, so the workspace's bundle carries neither the forms nor their rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseReviewProgress {
    pub done: usize,
    pub total: usize,
    /// (seed, the first 16 characters of the pool's SHA-256) of the current draw.
    pub draw: Option<(String, String)>,
}

impl CaseReviewProgress {
    pub fn of(view: &CaseReviewView) -> Self {
        Self {
            done: view
                .cases
                .iter()
                .filter(|(_, form)| form_problems(form, view.today).is_empty())
                .count(),
            total: view.cases.len(),
            draw: view
                .draw
                .as_ref()
                .map(|d| (d.seed.clone(), d.pool_sha256.chars().take(16).collect())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_the_previous_case_keeps_this_cases_notes() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default();
        let previous = CaseForm {
            procedure_type: Some("tace".into()),
            procedure_date: Some(day),
            tumour_board_documented: Some(true),
            consent_documented: Some(true),
            complication_grade: Some("none".into()),
            follow_up_documented: Some(false),
            notes: "Readmitted on day 3".into(),
        };
        let this = CaseForm { notes: "Discharged on day 1".into(), ..CaseForm::default() };
        let copied = this.with_answers_of(&previous);
        assert_eq!(copied, CaseForm { notes: "Discharged on day 1".into(), ..previous.clone() });
        assert_eq!(CaseForm::default().with_answers_of(&previous).notes, "");
    }

    fn pool(n: usize) -> Vec<String> {
        (1..=n).map(|i| format!("IO-{i:04}")).collect()
    }

    #[test]
    fn references_come_from_lines_or_the_first_csv_column_without_header_blanks_or_duplicates() {
        let mut text = String::from("reference,procedure\n");
        for r in pool(31) {
            text.push_str(&format!("{r},TACE\n\n"));
        }
        text.push_str("IO-0001;again\n");
        let refs = parse_references(&text).unwrap();
        assert_eq!(refs.len(), 31);
        assert_eq!(refs[0], "IO-0001");
    }

    #[test]
    fn reference_lists_are_refused_with_the_line() {
        assert_eq!(parse_references(&pool(29).join("\n")), Err(("case-review-error-too-few", 0)));
        let mut long = pool(30);
        long[4] = "x".repeat(41);
        assert_eq!(parse_references(&long.join("\n")), Err(("case-review-error-reference", 5)));
        let mut named = pool(30);
        named[2] = "Mrs Johnson".into();
        assert_eq!(
            parse_references(&named.join("\n")),
            Err(("case-review-error-reference-identifier", 3))
        );
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_draw_is_thirty_distinct_cases_repeatable_from_the_seed() {
        let pool = pool(500);
        let a = draw(&pool, 42);
        assert_eq!(a.len(), CASES_DRAWN);
        assert_eq!(a.iter().collect::<std::collections::HashSet<_>>().len(), CASES_DRAWN);
        assert_eq!(a, draw(&pool, 42));
        assert_ne!(a, draw(&pool, 43));
        // Pinned: a change of algorithm or crate version would make logged draws unrepeatable.
        assert_eq!(a[..3], ["IO-0075", "IO-0085", "IO-0094"]);
        let exactly = self::pool(30);
        assert_eq!(draw(&exactly, 7), exactly);
    }

    #[test]
    fn identifiers_in_free_text_are_flagged() {
        let cases: &[(&str, &[IdentifierFlag])] = &[
            ("Uneventful recovery, discharged day 2.", &[]),
            ("Follow-up CT on 2026-03-01 showed complete ablation.", &[]),
            ("Mr Smith tolerated the procedure well", &[IdentifierFlag::Name]),
            ("Patient: Maria, seen again", &[IdentifierFlag::Name]),
            ("Müller, Hans", &[IdentifierFlag::Name]),
            ("DOB 03.04.2001", &[IdentifierFlag::DateOfBirth]),
            ("born 12/05/1956", &[IdentifierFlag::DateOfBirth]),
            ("SSN 756.1234.5678.97", &[IdentifierFlag::NationalId]),
            ("id AB1234567C", &[IdentifierFlag::NationalId]),
            ("write to jane@example.org", &[IdentifierFlag::Contact]),
            ("TACE grade 2, 3 sessions, 120 ml", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(identifier_flags(text), *want, "{text}");
        }
    }

    #[test]
    fn a_case_form_is_complete_with_every_field_and_clean_notes() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let mut form = CaseForm {
            procedure_type: Some("tace".into()),
            procedure_date: Some(NaiveDate::from_ymd_opt(2026, 5, 2).unwrap()),
            tumour_board_documented: Some(true),
            consent_documented: Some(true),
            complication_grade: Some("none".into()),
            follow_up_documented: Some(false),
            notes: String::new(),
        };
        assert!(form_problems(&form, today).is_empty());
        form.notes = "Mrs Jones asked for a copy".into();
        assert_eq!(form_problems(&form, today), ["case-flag-name"]);
        form.notes.clear();
        form.complication_grade = Some("9".into());
        form.procedure_date = Some(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        assert_eq!(
            form_problems(&form, today),
            ["answer-error-date-in-future", "answer-error-unknown-option"]
        );
        assert_eq!(form_problems(&CaseForm::default(), today).len(), 6);
        let good =
            CaseForm { complication_grade: Some("1".into()), procedure_date: Some(today), ..form };
        assert!(review_complete(30, &vec![good.clone(); 30], today));
        assert!(!review_complete(30, &vec![good.clone(); 29], today));
        assert!(!review_complete(29, &vec![good; 29], today));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_workspace_counts_complete_forms_and_shows_the_draw() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let good = crate::db::testing::complete_case_form(today);
        let draw = DrawView {
            id: 1,
            draw_number: 1,
            seed: "seed-1".into(),
            pool_size: 40,
            pool_sha256: "0123456789abcdef0123".into(),
            drawn_at: chrono::Utc::now(),
            drawn_by: "Ada".into(),
            reason: None,
        };
        let view = CaseReviewView {
            application_id: ApplicationId(1),
            viewer_id: UserId(2),
            editable: false,
            read_by_assessor: false,
            draw: Some(draw),
            cases: vec![
                ("IO-1".into(), good.clone()),
                ("IO-2".into(), CaseForm::default()),
                ("IO-3".into(), good),
            ],
            complete: false,
            today,
        };
        assert_eq!(
            CaseReviewProgress::of(&view),
            CaseReviewProgress {
                done: 2,
                total: 3,
                draw: Some(("seed-1".into(), "0123456789abcdef".into()))
            }
        );
        let none = CaseReviewView { draw: None, cases: Vec::new(), ..view };
        assert_eq!(
            CaseReviewProgress::of(&none),
            CaseReviewProgress { done: 0, total: 0, draw: None }
        );
    }
}
