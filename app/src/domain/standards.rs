//! Standards editions (docs/standards-edition.md): the structure of the questionnaire, how an
//! edition file is checked, how answers are checked against their item, and the readiness
//! rules of design.md §2. All pure, shared by the server and the browser.

use crate::domain::ids::ApplicationId;
use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Sections and standards every edition has.
pub const SECTION_COUNT: u32 = 3;
pub const STANDARD_COUNT: u32 = 13;
pub const MAX_TEXT_CHARS: u32 = 20_000;

/// Whether `text` has more than `max` characters.
fn longer_than(text: &str, max: u32) -> bool {
    usize::try_from(max).is_ok_and(|max| text.chars().count() > max)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edition {
    pub id: String,
    /// Fluent id.
    pub title: String,
    pub published: NaiveDate,
    #[serde(default)]
    pub demonstration: bool,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub number: u32,
    pub title: String,
    pub standards: Vec<Standard>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standard {
    pub number: u32,
    pub title: String,
    #[serde(default)]
    pub intro: Option<String>,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Core,
    Extended,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub letter: String,
    pub level: Level,
    pub text: String,
    #[serde(default)]
    pub guidance: Option<String>,
    #[serde(default)]
    pub evidence: Vec<String>,
    pub answer: AnswerSpec,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Explanation {
    None,
    Optional,
    RequiredIfNo,
    Required,
}

/// What kind of answer an item takes.
///
/// Written as an internally tagged enum (`{"type": "number", "min": …}`); read through a flat
/// record of every variant's fields ([`AnswerSpecFields`]), the same format, because serde's
/// reading of internally tagged enums buffers every value first and that code was a large part
/// of the island bundles' deserialisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", try_from = "AnswerSpecFields")]
pub enum AnswerSpec {
    YesNo {
        explanation: Explanation,
    },
    Number {
        min: i64,
        max: i64,
        #[serde(default)]
        unit: Option<String>,
    },
    Date,
    Text {
        max_chars: u32,
    },
    SingleChoice {
        options: Vec<String>,
    },
    MultipleChoice {
        options: Vec<String>,
    },
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum AnswerSpecKind {
    YesNo,
    Number,
    Date,
    Text,
    SingleChoice,
    MultipleChoice,
}

/// Every field an [`AnswerSpec`] may have, for reading one.
#[derive(Deserialize)]
struct AnswerSpecFields {
    #[serde(rename = "type")]
    kind: AnswerSpecKind,
    explanation: Option<Explanation>,
    min: Option<i64>,
    max: Option<i64>,
    unit: Option<String>,
    max_chars: Option<u32>,
    options: Option<Vec<String>>,
}

/// serde's message for a missing field, so errors read as the derived reader's did.
fn missing<T>(field: Option<T>, name: &str) -> Result<T, String> {
    field.ok_or_else(|| format!("missing field `{name}`"))
}

impl TryFrom<AnswerSpecFields> for AnswerSpec {
    type Error = String;

    fn try_from(f: AnswerSpecFields) -> Result<Self, String> {
        Ok(match f.kind {
            AnswerSpecKind::YesNo => {
                Self::YesNo { explanation: missing(f.explanation, "explanation")? }
            }
            AnswerSpecKind::Number => Self::Number {
                min: missing(f.min, "min")?,
                max: missing(f.max, "max")?,
                unit: f.unit,
            },
            AnswerSpecKind::Date => Self::Date,
            AnswerSpecKind::Text => Self::Text { max_chars: missing(f.max_chars, "max_chars")? },
            AnswerSpecKind::SingleChoice => {
                Self::SingleChoice { options: missing(f.options, "options")? }
            }
            AnswerSpecKind::MultipleChoice => {
                Self::MultipleChoice { options: missing(f.options, "options")? }
            }
        })
    }
}

/// An item's key within an edition: standard number and letter (`"6b"`).
pub fn item_key(standard: u32, letter: &str) -> String {
    format!("{standard}{letter}")
}

impl Edition {
    /// Every item with its standard number and section number, in order.
    pub fn items(&self) -> impl Iterator<Item = (u32, u32, &Item)> {
        self.sections.iter().flat_map(|s| {
            s.standards
                .iter()
                .flat_map(move |st| st.items.iter().map(move |i| (s.number, st.number, i)))
        })
    }

    pub fn item(&self, key: &str) -> Option<(u32, &Item)> {
        self.items().find(|(_, st, i)| item_key(*st, &i.letter) == key).map(|(_, st, i)| (st, i))
    }

    /// Every Fluent id the edition refers to.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut ids = vec![self.title.as_str()];
        for section in &self.sections {
            ids.push(&section.title);
            for standard in &section.standards {
                ids.push(&standard.title);
                ids.extend(standard.intro.as_deref());
                for item in &standard.items {
                    ids.push(&item.text);
                    ids.extend(item.guidance.as_deref());
                    ids.extend(item.evidence.iter().map(String::as_str));
                    match &item.answer {
                        AnswerSpec::Number { unit: Some(unit), .. } => ids.push(unit),
                        AnswerSpec::SingleChoice { options }
                        | AnswerSpec::MultipleChoice { options } => {
                            ids.extend(options.iter().map(String::as_str))
                        }
                        _ => {}
                    }
                }
            }
        }
        ids
    }
}

/// Where in an edition file a problem is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Place {
    Edition,
    Section(u32),
    Standard(u32),
    Item(String),
    /// The Fluent messages the edition refers to.
    Messages,
}

/// One problem in an edition file: where, which field (the file's own key, never translated),
/// what (a Fluent id of `main.ftl` with its variables, so the administrators' page shows it in
/// the reader's language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionProblem {
    pub place: Place,
    pub field: String,
    pub code: String,
    pub args: Vec<(String, String)>,
}

impl EditionProblem {
    /// "place: field: problem" in `language`.
    pub fn describe(&self, language: &str) -> String {
        use crate::i18n::{translate, translate_with};
        let place = match &self.place {
            Place::Edition => translate(language, "edition-place-edition"),
            Place::Section(n) => {
                translate_with(language, "edition-place-section", &[("n", n.to_string())])
            }
            Place::Standard(n) => {
                translate_with(language, "edition-place-standard", &[("n", n.to_string())])
            }
            Place::Item(key) => {
                translate_with(language, "edition-place-item", &[("key", key.clone())])
            }
            Place::Messages => translate(language, "edition-place-messages"),
        };
        let args: Vec<(&str, String)> =
            self.args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        format!("{place}: {}: {}", self.field, translate_with(language, &self.code, &args))
    }
}

impl std::fmt::Display for EditionProblem {
    /// In English, the source language (the CLI and logs).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(crate::i18n::DEFAULT_LANGUAGE))
    }
}

/// Checks an edition's structure and that every Fluent id exists (`known_message`). Returns
/// every problem found, in file order.
pub fn check_edition(
    edition: &Edition,
    known_message: impl Fn(&str) -> bool,
) -> Vec<EditionProblem> {
    let mut problems = Vec::new();
    let mut report = |place: Place, field: &str, code: &str, args: &[(&str, String)]| {
        problems.push(EditionProblem {
            place,
            field: field.to_owned(),
            code: code.to_owned(),
            args: args.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect(),
        });
    };
    if edition.id.is_empty() || !edition.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        report(Place::Edition, "id", "edition-problem-id", &[]);
    }
    if u32::try_from(edition.sections.len()) != Ok(SECTION_COUNT) {
        report(
            Place::Edition,
            "sections",
            "edition-problem-section-count",
            &[
                ("expected", SECTION_COUNT.to_string()),
                ("found", edition.sections.len().to_string()),
            ],
        );
    }
    let mut expected_standard = 1;
    for (index, section) in edition.sections.iter().enumerate() {
        let number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let place = Place::Section(number);
        if section.number != number {
            report(
                place.clone(),
                "number",
                "edition-problem-number",
                &[("expected", (index + 1).to_string()), ("found", section.number.to_string())],
            );
        }
        if section.standards.is_empty() {
            report(place.clone(), "standards", "edition-problem-no-standards", &[]);
        }
        for standard in &section.standards {
            let place = Place::Standard(standard.number);
            if standard.number != expected_standard {
                report(
                    place.clone(),
                    "number",
                    "edition-problem-standard-order",
                    &[
                        ("expected", expected_standard.to_string()),
                        ("found", standard.number.to_string()),
                    ],
                );
            }
            expected_standard = standard.number + 1;
            if standard.items.is_empty() {
                report(place.clone(), "items", "edition-problem-no-items", &[]);
            }
            for (i, item) in standard.items.iter().enumerate() {
                let expected_letter =
                    char::from(b'a' + u8::try_from(i % 26).unwrap_or(0)).to_string();
                let place = Place::Item(item_key(standard.number, &item.letter));
                if item.letter != expected_letter {
                    report(
                        place.clone(),
                        "letter",
                        "edition-problem-letter",
                        &[("expected", expected_letter), ("found", item.letter.clone())],
                    );
                }
                match &item.answer {
                    AnswerSpec::Number { min, max, .. } if min > max => {
                        report(
                            place.clone(),
                            "answer.min",
                            "edition-problem-min-max",
                            &[("min", min.to_string()), ("max", max.to_string())],
                        );
                    }
                    AnswerSpec::Text { max_chars }
                        if *max_chars == 0 || *max_chars > MAX_TEXT_CHARS =>
                    {
                        report(
                            place.clone(),
                            "answer.max_chars",
                            "edition-problem-max-chars",
                            &[("max", MAX_TEXT_CHARS.to_string())],
                        );
                    }
                    AnswerSpec::SingleChoice { options }
                    | AnswerSpec::MultipleChoice { options } => {
                        if options.len() < 2 {
                            report(
                                place.clone(),
                                "answer.options",
                                "edition-problem-few-options",
                                &[],
                            );
                        }
                        let unique: HashSet<&String> = options.iter().collect();
                        if unique.len() != options.len() {
                            report(
                                place.clone(),
                                "answer.options",
                                "edition-problem-duplicate-option",
                                &[],
                            );
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    if expected_standard != STANDARD_COUNT + 1 {
        report(
            Place::Edition,
            "standards",
            "edition-problem-standard-count",
            &[
                ("expected", STANDARD_COUNT.to_string()),
                ("found", (expected_standard - 1).to_string()),
            ],
        );
    }
    let mut missing: Vec<&str> =
        edition.message_ids().into_iter().filter(|id| !known_message(id)).collect();
    missing.dedup();
    for id in missing {
        report(Place::Messages, id, "edition-problem-unknown-message", &[]);
    }
    problems
}

/// Where an application stands. Stored as its snake_case name (`as_str`); an unknown stored
/// name is a read error, never a default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case")
)]
pub enum ApplicationStatus {
    /// Being filled in: every answer can change.
    Draft,
    /// Frozen and waiting for its first active assessor.
    Submitted,
    UnderAssessment,
    /// An assessor's query is open: the items it names are open to the team again.
    EvidenceRequested,
    /// Decided with amendments: the reopened items can change until the re-submission.
    AmendmentsRequired,
    Accredited,
    /// Decided "not accredited": closed for good; a new application follows the waiting period.
    NotAccredited,
}

impl ApplicationStatus {
    pub const ALL: [Self; 7] = [
        Self::Draft,
        Self::Submitted,
        Self::UnderAssessment,
        Self::EvidenceRequested,
        Self::AmendmentsRequired,
        Self::Accredited,
        Self::NotAccredited,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Submitted => "submitted",
            Self::UnderAssessment => "under_assessment",
            Self::EvidenceRequested => "evidence_requested",
            Self::AmendmentsRequired => "amendments_required",
            Self::Accredited => "accredited",
            Self::NotAccredited => "not_accredited",
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Self::Draft => "application-status-draft",
            Self::Submitted => "application-status-submitted",
            Self::UnderAssessment => "application-status-under-assessment",
            Self::EvidenceRequested => "application-status-evidence-requested",
            Self::AmendmentsRequired => "application-status-amendments-required",
            Self::Accredited => "application-status-accredited",
            Self::NotAccredited => "application-status-not-accredited",
        }
    }

    /// Whether the team may change anything now (all of a draft; some items otherwise).
    pub fn accepts_changes(self) -> bool {
        matches!(self, Self::Draft | Self::AmendmentsRequired | Self::EvidenceRequested)
    }

    /// Whether assessors are at work (findings, queries and the decision are possible).
    pub fn is_assessing(self) -> bool {
        matches!(self, Self::UnderAssessment | Self::EvidenceRequested)
    }

    /// Submitted and not decided for good: a re-certification in this state keeps the
    /// previous certificate valid past its end if it was submitted in time.
    pub fn is_pending_decision(self) -> bool {
        matches!(
            self,
            Self::Submitted
                | Self::UnderAssessment
                | Self::EvidenceRequested
                | Self::AmendmentsRequired
        )
    }
}

/// An answer as stored and sent. Read through a flat record ([`AnswerValueFields`]), as
/// [`AnswerSpec`] is, in the same format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", try_from = "AnswerValueFields")]
pub enum AnswerValue {
    YesNo {
        yes: bool,
        #[serde(default)]
        explanation: String,
    },
    Number {
        value: i64,
    },
    Date {
        value: NaiveDate,
    },
    Text {
        value: String,
    },
    SingleChoice {
        option: String,
    },
    MultipleChoice {
        options: Vec<String>,
    },
}

/// Every field an [`AnswerValue`] may have, for reading one; `value` is a number or a text
/// (a date is a text) until the type says which.
#[derive(Deserialize)]
struct AnswerValueFields {
    #[serde(rename = "type")]
    kind: AnswerSpecKind,
    yes: Option<bool>,
    #[serde(default)]
    explanation: String,
    value: Option<Scalar>,
    option: Option<String>,
    options: Option<Vec<String>>,
}

enum Scalar {
    Integer(i64),
    Text(String),
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ScalarVisitor;
        impl serde::de::Visitor<'_> for ScalarVisitor {
            type Value = Scalar;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an integer or a string")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar::Integer(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Scalar, E> {
                i64::try_from(v)
                    .map(Scalar::Integer)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(v), &self))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar::Text(v.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Scalar, E> {
                Ok(Scalar::Text(v))
            }
        }
        deserializer.deserialize_any(ScalarVisitor)
    }
}

impl TryFrom<AnswerValueFields> for AnswerValue {
    type Error = String;

    fn try_from(f: AnswerValueFields) -> Result<Self, String> {
        let value = || missing(f.value, "value");
        Ok(match f.kind {
            AnswerSpecKind::YesNo => {
                Self::YesNo { yes: missing(f.yes, "yes")?, explanation: f.explanation }
            }
            AnswerSpecKind::Number => match value()? {
                Scalar::Integer(value) => Self::Number { value },
                Scalar::Text(_) => return Err("invalid type: string, expected i64".into()),
            },
            AnswerSpecKind::Date => match value()? {
                Scalar::Text(text) => Self::Date {
                    value: text.parse().map_err(|e: chrono::ParseError| e.to_string())?,
                },
                Scalar::Integer(_) => return Err("invalid type: integer, expected a date".into()),
            },
            AnswerSpecKind::Text => match value()? {
                Scalar::Text(value) => Self::Text { value },
                Scalar::Integer(_) => return Err("invalid type: integer, expected a string".into()),
            },
            AnswerSpecKind::SingleChoice => {
                Self::SingleChoice { option: missing(f.option, "option")? }
            }
            AnswerSpecKind::MultipleChoice => {
                Self::MultipleChoice { options: missing(f.options, "options")? }
            }
        })
    }
}

/// Whether a `check_answer` refusal means the answer can never be stored for its item (the
/// wrong type, longer than the item allows, an option the item does not offer), as opposed to
/// an answer that is still being written and is kept as a draft.
pub fn refused_at_save(code: &str) -> bool {
    matches!(
        code,
        "answer-error-wrong-type" | "error-text-too-long" | "answer-error-unknown-option"
    )
}

/// Checks an answer against its item; the error is a Fluent id.
pub fn check_answer(
    spec: &AnswerSpec,
    value: &AnswerValue,
    today: NaiveDate,
) -> Result<(), &'static str> {
    match (spec, value) {
        (AnswerSpec::YesNo { explanation }, AnswerValue::YesNo { yes, explanation: text }) => {
            let needed = match explanation {
                Explanation::Required => true,
                Explanation::RequiredIfNo => !yes,
                Explanation::None | Explanation::Optional => false,
            };
            if needed && text.trim().is_empty() {
                Err("answer-error-explanation-required")
            } else if longer_than(text, MAX_TEXT_CHARS) {
                Err("error-text-too-long")
            } else {
                Ok(())
            }
        }
        (AnswerSpec::Number { min, max, .. }, AnswerValue::Number { value }) => {
            if value < min || value > max { Err("answer-error-out-of-range") } else { Ok(()) }
        }
        (AnswerSpec::Date, AnswerValue::Date { value }) => {
            if *value > today {
                Err("answer-error-date-in-future")
            } else {
                Ok(())
            }
        }
        (AnswerSpec::Text { max_chars }, AnswerValue::Text { value }) => {
            if value.trim().is_empty() {
                Err("error-field-required")
            } else if longer_than(value, *max_chars) {
                Err("error-text-too-long")
            } else {
                Ok(())
            }
        }
        (AnswerSpec::SingleChoice { options }, AnswerValue::SingleChoice { option }) => {
            if options.contains(option) { Ok(()) } else { Err("answer-error-unknown-option") }
        }
        (
            AnswerSpec::MultipleChoice { options },
            AnswerValue::MultipleChoice { options: chosen },
        ) => {
            let unique: HashSet<&String> = chosen.iter().collect();
            if chosen.is_empty() {
                Err("error-field-required")
            } else if unique.len() != chosen.len() || !chosen.iter().all(|c| options.contains(c)) {
                Err("answer-error-unknown-option")
            } else {
                Ok(())
            }
        }
        _ => Err("answer-error-wrong-type"),
    }
}

/// One save of one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerSave {
    pub application_id: ApplicationId,
    pub item_key: String,
    pub value: AnswerValue,
    /// The revision the client's value was based on (0: the item had no answer).
    pub base_revision: i64,
    /// Chosen by the client, unique per save (a UUID); 8 to 64 of `A-Z a-z 0-9 - _`.
    pub idempotency_key: String,
}

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SaveOutcome {
    /// Applied now, or earlier under the same key; `revision` is the one it produced.
    Saved { revision: i64 },
    /// The item changed since `base_revision`: nothing was written. The stored answer is sent
    /// back so the person can keep theirs (saving again on `revision`) or take this one.
    Conflict { revision: i64, value: AnswerValue, updated_by: super::ids::UserId },
}

/// Why an item needs attention before submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Attention {
    /// No answer yet (blocks submission: every item is answered, an extended one may be
    /// answered "not yet met").
    Unanswered,
    /// An answer that no longer passes its item's checks: not an answer (blocks submission).
    Invalid,
    /// A core item answered as not met (blocks submission: the Authorised Representative
    /// submits once the facility meets every criterion for accreditation).
    CoreNotMet,
    /// Required evidence not linked yet (blocks submission for a core item).
    EvidenceMissing,
    /// Carried from the previous cycle and not confirmed or updated yet (blocks submission).
    Carried,
    /// A linked evidence document is past its expiry date (it no longer counts as evidence).
    EvidenceExpired,
}

impl Attention {
    pub fn message_key(self) -> &'static str {
        match self {
            Self::Unanswered => "attention-unanswered",
            Self::Invalid => "attention-invalid",
            Self::CoreNotMet => "attention-core-not-met",
            Self::EvidenceMissing => "attention-evidence-missing",
            Self::Carried => "attention-carried",
            Self::EvidenceExpired => "attention-evidence-expired",
        }
    }

    /// Whether this reason alone keeps an item of `level` from being submitted.
    pub fn blocks(self, level: Level) -> bool {
        match self {
            Self::Unanswered | Self::Invalid | Self::CoreNotMet | Self::Carried => true,
            Self::EvidenceMissing => level == Level::Core,
            Self::EvidenceExpired => false,
        }
    }
}

impl AnswerValue {
    /// Whether the answer says the item is met. Only a yes/no answer can say "not (yet) met";
    /// a figure, a date, a text or a choice is information the assessors judge.
    pub fn claims_met(&self) -> bool {
        !matches!(self, Self::YesNo { yes: false, .. })
    }
}

/// One item that needs attention, and whether it keeps the application from being submitted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemAttention {
    pub item: String,
    pub reasons: Vec<Attention>,
    pub blocks: bool,
}

/// What is known about one item of an application.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemState {
    pub answer: Option<AnswerValue>,
    /// Evidence files linked to the item and still valid.
    pub evidence_files: usize,
    /// Linked evidence files past their expiry date.
    pub evidence_expired: usize,
    /// Carried from the previous cycle and not confirmed yet: counts as not answered.
    pub carried: bool,
}

/// Answered / total for a group of items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub core_answered: u32,
    pub core_total: u32,
    pub extended_answered: u32,
    pub extended_total: u32,
}

impl Progress {
    fn add(&mut self, level: Level, answered: bool) {
        match level {
            Level::Core => {
                self.core_total += 1;
                self.core_answered += u32::from(answered);
            }
            Level::Extended => {
                self.extended_total += 1;
                self.extended_answered += u32::from(answered);
            }
        }
    }

    pub fn answered(&self) -> u32 {
        self.core_answered + self.extended_answered
    }

    pub fn total(&self) -> u32 {
        self.core_total + self.extended_total
    }
}

/// The attention summary and readiness of an application (design.md §2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadinessReport {
    pub overall: Progress,
    pub by_section: BTreeMap<u32, Progress>,
    pub by_standard: BTreeMap<u32, Progress>,
    /// Items that need attention, in questionnaire order.
    pub attention: Vec<ItemAttention>,
    pub case_review_complete: bool,
    /// The submission gate: no item blocks and the case review is complete.
    pub ready_to_submit: bool,
    /// Extended items not (validly, confirmed) answered as met: the gap to Centre of
    /// Excellence.
    pub extended_gap: u32,
}

impl ReadinessReport {
    /// The items that keep the application from being submitted.
    pub fn blocking(&self) -> impl Iterator<Item = &ItemAttention> {
        self.attention.iter().filter(|a| a.blocks)
    }

    /// The items that need attention without blocking submission.
    pub fn notes(&self) -> impl Iterator<Item = &ItemAttention> {
        self.attention.iter().filter(|a| !a.blocks)
    }
}

/// Applies the readiness rules and the submission gate. The programme's Authorised
/// Representative submits "once your application has been completed and you meet all the
/// criteria for accreditation": every item answered (an extended one may say "not yet met"),
/// every core item answered as met with its required evidence linked, no carried answer left
/// unconfirmed, and the case review complete. An answer that fails its item's checks counts as
/// not answered; extended answers never make up for a core gap.
pub fn readiness(
    edition: &Edition,
    states: &BTreeMap<String, ItemState>,
    case_review_complete: bool,
    today: NaiveDate,
) -> ReadinessReport {
    let mut overall = Progress::default();
    let mut by_section: BTreeMap<u32, Progress> = BTreeMap::new();
    let mut by_standard: BTreeMap<u32, Progress> = BTreeMap::new();
    let mut attention = Vec::new();
    let mut extended_gap = 0;
    let empty = ItemState::default();
    for (section, standard, item) in edition.items() {
        let key = item_key(standard, &item.letter);
        let state = states.get(&key).unwrap_or(&empty);
        let valid = state.answer.as_ref().map(|a| check_answer(&item.answer, a, today).is_ok());
        let answered = valid == Some(true) && !state.carried;
        overall.add(item.level, answered);
        by_section.entry(section).or_default().add(item.level, answered);
        by_standard.entry(standard).or_default().add(item.level, answered);
        let claims_met =
            valid == Some(true) && state.answer.as_ref().is_some_and(AnswerValue::claims_met);
        if item.level == Level::Extended && !(claims_met && answered) {
            extended_gap += 1;
        }
        let mut reasons = Vec::new();
        if state.carried && state.answer.is_some() {
            reasons.push(Attention::Carried);
        }
        match valid {
            None => reasons.push(Attention::Unanswered),
            Some(false) => reasons.push(Attention::Invalid),
            Some(true) if !claims_met && item.level == Level::Core => {
                reasons.push(Attention::CoreNotMet);
            }
            Some(true) => {}
        }
        if state.evidence_expired > 0 {
            reasons.push(Attention::EvidenceExpired);
        }
        // An extended item answered "not yet met" has nothing to prove yet.
        if !item.evidence.is_empty()
            && state.evidence_files == 0
            && (claims_met || item.level == Level::Core)
        {
            reasons.push(Attention::EvidenceMissing);
        }
        if !reasons.is_empty() {
            let blocks = reasons.iter().any(|r| r.blocks(item.level));
            attention.push(ItemAttention { item: key, reasons, blocks });
        }
    }
    ReadinessReport {
        ready_to_submit: case_review_complete && !attention.iter().any(|a| a.blocks),
        case_review_complete,
        extended_gap,
        overall,
        by_section,
        by_standard,
        attention,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "ssr")]
    #[test]
    fn answers_and_specs_read_back_what_is_written() {
        let date = NaiveDate::from_ymd_opt(2026, 5, 2).unwrap_or_default();
        let values = [
            AnswerValue::YesNo { yes: false, explanation: "planned".into() },
            AnswerValue::Number { value: -3 },
            AnswerValue::Date { value: date },
            AnswerValue::Text { value: "2026-05-02".into() },
            AnswerValue::SingleChoice { option: "a".into() },
            AnswerValue::MultipleChoice { options: vec!["a".into(), "b".into()] },
        ];
        for value in values {
            let json = serde_json::to_string(&value).unwrap_or_default();
            assert_eq!(serde_json::from_str::<AnswerValue>(&json).ok(), Some(value), "{json}");
        }
        let specs = [
            AnswerSpec::YesNo { explanation: Explanation::RequiredIfNo },
            AnswerSpec::Number { min: 0, max: 100, unit: Some("u".into()) },
            AnswerSpec::Number { min: 0, max: 100, unit: None },
            AnswerSpec::Date,
            AnswerSpec::Text { max_chars: 500 },
            AnswerSpec::SingleChoice { options: vec!["x".into()] },
            AnswerSpec::MultipleChoice { options: vec!["x".into(), "y".into()] },
        ];
        for spec in specs {
            let json = serde_json::to_string(&spec).unwrap_or_default();
            assert_eq!(serde_json::from_str::<AnswerSpec>(&json).ok(), Some(spec), "{json}");
        }
        // An edition file's spec (TOML) without a unit has none; a yes/no answer without an
        // explanation has an empty one.
        let spec: Result<AnswerSpec, _> = toml::from_str("type = \"number\"\nmin = 1\nmax = 9");
        assert_eq!(spec.ok(), Some(AnswerSpec::Number { min: 1, max: 9, unit: None }));
        let yes: Result<AnswerValue, _> = serde_json::from_str(r#"{"type":"yes_no","yes":true}"#);
        assert_eq!(yes.ok(), Some(AnswerValue::YesNo { yes: true, explanation: String::new() }));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn malformed_answers_are_refused() {
        for json in [
            r#"{"yes":true}"#,
            r#"{"type":"maybe","yes":true}"#,
            r#"{"type":"yes_no"}"#,
            r#"{"type":"yes_no","yes":"true"}"#,
            r#"{"type":"number","value":"5"}"#,
            r#"{"type":"number","value":5.5}"#,
            r#"{"type":"number"}"#,
            r#"{"type":"date","value":"2026-13-01"}"#,
            r#"{"type":"date","value":20260101}"#,
            r#"{"type":"text","value":7}"#,
            r#"{"type":"single_choice"}"#,
            r#"{"type":"multiple_choice","options":"a"}"#,
            r#"[]"#,
        ] {
            assert!(serde_json::from_str::<AnswerValue>(json).is_err(), "{json}");
        }
        for json in [r#"{"type":"number","min":1}"#, r#"{"type":"yes_no"}"#, r#"{"type":"text"}"#] {
            assert!(serde_json::from_str::<AnswerSpec>(json).is_err(), "{json}");
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default()
    }

    fn item(letter: &str, level: Level, answer: AnswerSpec, evidence: usize) -> Item {
        Item {
            letter: letter.into(),
            level,
            text: format!("t-{letter}"),
            guidance: None,
            evidence: (0..evidence).map(|k| format!("e-{letter}-{k}")).collect(),
            answer,
        }
    }

    /// A small edition: standard 1 with a core yes/no (evidence), a core number, an extended
    /// text; standards 2–13 with one extended yes/no each.
    pub(super) fn edition() -> Edition {
        let yes_no = || AnswerSpec::YesNo { explanation: Explanation::RequiredIfNo };
        let mut standards: Vec<Standard> = vec![Standard {
            number: 1,
            title: "s1".into(),
            intro: None,
            items: vec![
                item("a", Level::Core, yes_no(), 1),
                item("b", Level::Core, AnswerSpec::Number { min: 0, max: 100, unit: None }, 0),
                item("c", Level::Extended, AnswerSpec::Text { max_chars: 10 }, 0),
            ],
        }];
        for n in 2..=13 {
            standards.push(Standard {
                number: n,
                title: format!("s{n}"),
                intro: None,
                items: vec![item("a", Level::Extended, yes_no(), 0)],
            });
        }
        let second = standards.split_off(4);
        let mut second = second;
        let third = second.split_off(5);
        Edition {
            id: "test".into(),
            title: "t".into(),
            published: today(),
            demonstration: true,
            sections: vec![
                Section { number: 1, title: "a".into(), standards },
                Section { number: 2, title: "b".into(), standards: second },
                Section { number: 3, title: "c".into(), standards: third },
            ],
        }
    }

    fn yes() -> AnswerValue {
        AnswerValue::YesNo { yes: true, explanation: String::new() }
    }

    #[test]
    fn a_well_formed_edition_has_no_problems() {
        assert_eq!(check_edition(&edition(), |_| true), vec![]);
        let missing = check_edition(&edition(), |id| id != "t-b");
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].place, Place::Messages);
        assert_eq!(missing[0].to_string(), "messages: t-b: no such message in locales/en");
    }

    #[test]
    fn problems_name_the_item_and_field() {
        let mut bad = edition();
        bad.sections[0].standards[0].items[1].letter = "c".into();
        bad.sections[0].standards[0].items[1].answer =
            AnswerSpec::Number { min: 5, max: 1, unit: None };
        bad.sections[1].standards.remove(0);
        bad.sections[2].standards[0].items[0].answer =
            AnswerSpec::SingleChoice { options: vec!["only".into()] };
        let problems: Vec<String> =
            check_edition(&bad, |_| true).iter().map(ToString::to_string).collect();
        assert_eq!(
            problems,
            vec![
                "item 1c: letter: expected 'b' (letters run a, b, c … without gaps), found 'c'",
                "item 1c: answer.min: min 5 is greater than max 1",
                "standard 6: number: expected standard 5 here, found 6",
                "item 10a: answer.options: needs at least two options",
            ]
        );
        let mut short = edition();
        short.sections.pop();
        let problems: Vec<String> =
            check_edition(&short, |_| true).iter().map(ToString::to_string).collect();
        assert!(
            problems.contains(&"edition: sections: expected 3 sections, found 2".to_owned()),
            "{problems:?}"
        );
        assert!(
            problems.contains(
                &"edition: standards: expected standards 1 to 13, the last is 9".to_owned()
            ),
            "{problems:?}"
        );
        // The administrators' page shows them in the reader's language.
        let german = check_edition(&short, |_| true)[0].describe("de");
        assert!(german.contains(": sections: "), "{german}");
        assert_ne!(german, check_edition(&short, |_| true)[0].describe("en"));
    }

    #[test]
    fn answers_are_checked_against_their_item() {
        let t = today();
        let rin = AnswerSpec::YesNo { explanation: Explanation::RequiredIfNo };
        assert_eq!(check_answer(&rin, &yes(), t), Ok(()));
        assert_eq!(
            check_answer(&rin, &AnswerValue::YesNo { yes: false, explanation: " ".into() }, t),
            Err("answer-error-explanation-required")
        );
        assert_eq!(
            check_answer(
                &rin,
                &AnswerValue::YesNo { yes: false, explanation: "planned for 2027".into() },
                t
            ),
            Ok(())
        );
        let number = AnswerSpec::Number { min: 0, max: 100, unit: None };
        assert_eq!(
            check_answer(&number, &AnswerValue::Number { value: 101 }, t),
            Err("answer-error-out-of-range")
        );
        assert_eq!(check_answer(&number, &AnswerValue::Number { value: 0 }, t), Ok(()));
        assert_eq!(
            check_answer(
                &AnswerSpec::Date,
                &AnswerValue::Date { value: t + chrono::Duration::days(1) },
                t
            ),
            Err("answer-error-date-in-future")
        );
        assert_eq!(
            check_answer(
                &AnswerSpec::Text { max_chars: 3 },
                &AnswerValue::Text { value: "four".into() },
                t
            ),
            Err("error-text-too-long")
        );
        let choice = AnswerSpec::MultipleChoice { options: vec!["ct".into(), "mri".into()] };
        assert_eq!(
            check_answer(
                &choice,
                &AnswerValue::MultipleChoice { options: vec!["ct".into(), "ct".into()] },
                t
            ),
            Err("answer-error-unknown-option")
        );
        assert_eq!(
            check_answer(&choice, &AnswerValue::MultipleChoice { options: vec!["mri".into()] }, t),
            Ok(())
        );
        assert!(
            refused_at_save("error-text-too-long")
                && refused_at_save("answer-error-unknown-option")
                && refused_at_save("answer-error-wrong-type")
        );
        assert!(
            !refused_at_save("answer-error-explanation-required")
                && !refused_at_save("answer-error-out-of-range")
        );
        assert_eq!(check_answer(&choice, &yes(), t), Err("answer-error-wrong-type"));
    }

    /// The test edition with evidence also required on the extended item 2a, every item
    /// answered as met, evidence linked to 1a and 2a.
    fn complete() -> (Edition, BTreeMap<String, ItemState>) {
        let mut edition = edition();
        let second = edition.sections.first_mut().and_then(|s| s.standards.get_mut(1));
        if let Some(item) = second.and_then(|s| s.items.first_mut()) {
            item.evidence = vec!["e".into()];
        }
        let mut states = BTreeMap::new();
        for (_, standard, item) in edition.items() {
            let answer = match item.answer {
                AnswerSpec::Number { .. } => AnswerValue::Number { value: 40 },
                AnswerSpec::Text { .. } => AnswerValue::Text { value: "ok".into() },
                _ => yes(),
            };
            let evidence_files = item.evidence.len();
            let state = ItemState { answer: Some(answer), evidence_files, ..Default::default() };
            states.insert(item_key(standard, &item.letter), state);
        }
        (edition, states)
    }

    fn not_yet(explanation: &str) -> AnswerValue {
        AnswerValue::YesNo { yes: false, explanation: explanation.into() }
    }

    #[test]
    fn the_submission_gate_follows_the_programme() {
        type Change = fn(&mut BTreeMap<String, ItemState>);
        /// (what, change to a complete application, case review complete, what blocks)
        type Case = (&'static str, Change, bool, &'static [(&'static str, &'static [Attention])]);
        fn state(s: &mut BTreeMap<String, ItemState>, key: &str) -> ItemState {
            s.remove(key).unwrap_or_default()
        }
        let cases: Vec<Case> = vec![
            ("complete", |_| {}, true, &[]),
            ("case review open", |_| {}, false, &[]),
            (
                "an extended item left blank",
                |s| {
                    s.remove("3a");
                },
                true,
                &[("3a", &[Attention::Unanswered])],
            ),
            (
                "an extended item not yet met (and so without evidence)",
                |s| {
                    s.insert(
                        "2a".into(),
                        ItemState {
                            answer: Some(not_yet("planned for 2027")),
                            ..Default::default()
                        },
                    );
                },
                true,
                &[],
            ),
            (
                "a core item answered No",
                |s| {
                    let mut a = state(s, "1a");
                    a.answer = Some(not_yet("the lead is being appointed"));
                    s.insert("1a".into(), a);
                },
                true,
                &[("1a", &[Attention::CoreNotMet])],
            ),
            (
                "a core item without its evidence",
                |s| {
                    let mut a = state(s, "1a");
                    a.evidence_files = 0;
                    s.insert("1a".into(), a);
                },
                true,
                &[("1a", &[Attention::EvidenceMissing])],
            ),
            (
                "a core item whose only evidence expired",
                |s| {
                    let mut a = state(s, "1a");
                    (a.evidence_files, a.evidence_expired) = (0, 1);
                    s.insert("1a".into(), a);
                },
                true,
                &[("1a", &[Attention::EvidenceExpired, Attention::EvidenceMissing])],
            ),
            (
                "a core item left blank",
                |s| {
                    s.remove("1b");
                },
                true,
                &[("1b", &[Attention::Unanswered])],
            ),
            (
                "an answer out of its bounds is no answer",
                |s| {
                    s.insert(
                        "1b".into(),
                        ItemState {
                            answer: Some(AnswerValue::Number { value: 240 }),
                            ..Default::default()
                        },
                    );
                },
                true,
                &[("1b", &[Attention::Invalid])],
            ),
            (
                "an extended answer carried and not confirmed",
                |s| {
                    let mut c = state(s, "1c");
                    c.carried = true;
                    s.insert("1c".into(), c);
                },
                true,
                &[("1c", &[Attention::Carried])],
            ),
            (
                "extended answers never make up for a core gap",
                |s| {
                    s.remove("1a");
                },
                true,
                &[("1a", &[Attention::Unanswered, Attention::EvidenceMissing])],
            ),
        ];
        for (what, change, review, blocking) in cases {
            let (edition, mut states) = complete();
            change(&mut states);
            let report = readiness(&edition, &states, review, today());
            let got: Vec<(String, Vec<Attention>)> =
                report.blocking().map(|a| (a.item.clone(), a.reasons.clone())).collect();
            let want: Vec<(String, Vec<Attention>)> =
                blocking.iter().map(|(k, r)| ((*k).to_owned(), r.to_vec())).collect();
            assert_eq!(got, want, "{what}");
            assert_eq!(report.ready_to_submit, review && blocking.is_empty(), "{what}");
            assert_eq!(report.case_review_complete, review, "{what}");
            assert_eq!(report.overall.total(), 15, "{what}");
            assert_eq!(report.by_section.len(), 3, "{what}");
        }
    }

    #[test]
    fn notes_that_do_not_block_and_the_counts() {
        let (edition, mut states) = complete();
        // Answered as met without its evidence: an extended item is noted, not blocked.
        if let Some(a) = states.get_mut("2a") {
            a.evidence_files = 0;
        }
        // Expired evidence beside a valid file: noted.
        if let Some(a) = states.get_mut("1a") {
            a.evidence_expired = 1;
        }
        // A core "No" counts as answered (it is an answer) but blocks.
        states.insert("1b".into(), ItemState::default());
        states.insert(
            "1a".into(),
            ItemState {
                answer: Some(not_yet("planned")),
                evidence_files: 1,
                evidence_expired: 1,
                carried: false,
            },
        );
        states.remove("5a");
        // "Not yet met" is an answer that still counts in the gap to Centre of Excellence.
        states.insert(
            "6a".into(),
            ItemState { answer: Some(not_yet("planned")), ..Default::default() },
        );
        let report = readiness(&edition, &states, true, today());
        let notes: Vec<(String, Vec<Attention>)> =
            report.notes().map(|a| (a.item.clone(), a.reasons.clone())).collect();
        assert_eq!(notes, vec![("2a".to_owned(), vec![Attention::EvidenceMissing])]);
        let blocking: Vec<String> = report.blocking().map(|a| a.item.clone()).collect();
        assert_eq!(blocking, ["1a", "1b", "5a"]);
        assert_eq!(
            report.attention.first().map(|a| a.reasons.clone()),
            Some(vec![Attention::CoreNotMet, Attention::EvidenceExpired])
        );
        assert_eq!((report.overall.core_answered, report.overall.core_total), (1, 2));
        assert_eq!(report.extended_gap, 2);
        assert_eq!(report.overall.extended_answered, 12);
        assert!(!report.ready_to_submit);
    }

    #[test]
    fn carried_answers_count_once_confirmed() {
        let (edition, mut states) = complete();
        for state in states.values_mut() {
            state.carried = true;
        }
        let report = readiness(&edition, &states, true, today());
        assert_eq!(report.overall.answered(), 0);
        assert_eq!(report.blocking().count(), 15);
        assert!(report.attention.iter().all(|a| a.reasons == [Attention::Carried]));
        for state in states.values_mut() {
            state.carried = false;
        }
        let report = readiness(&edition, &states, true, today());
        assert_eq!(report.overall.answered(), 15);
        assert!(report.ready_to_submit);
        assert_eq!(report.attention, vec![]);
    }
}

/// Test editions for other modules' unit tests.
#[cfg(test)]
pub(crate) mod tests_support {
    /// Standard 1: `1a` core (one evidence), `1b` core, `1c` extended; standards 2–13: one
    /// extended item each.
    pub fn two_item_edition() -> super::Edition {
        super::tests::edition()
    }
}
