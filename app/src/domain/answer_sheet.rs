//! The answers of an application as a sheet: one row per item, in the edition's order, with
//! its standard, level, answer, evidence count, last editor and last change. The CSV and XLSX
//! exports write it; teams circulate it to their QA department for sign-off.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::standards::{AnswerSpec, AnswerValue, Edition, Level, item_key};

/// A stored answer with who changed it last and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredAnswer {
    pub value: AnswerValue,
    pub editor: String,
    pub at: DateTime<Utc>,
}

/// One item of the sheet. Texts are message ids (`standard_title`, `question`), translated
/// when the sheet is written in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetRow {
    pub standard: u32,
    pub standard_title: String,
    pub item: String,
    pub level: Level,
    pub question: String,
    pub spec: AnswerSpec,
    pub answer: Option<StoredAnswer>,
    /// Evidence files linked to the item.
    pub evidence: usize,
}

/// Every item of `edition`, answered or not (a blank row says what is missing).
pub fn rows(
    edition: &Edition,
    answers: &BTreeMap<String, StoredAnswer>,
    evidence: &BTreeMap<String, usize>,
) -> Vec<SheetRow> {
    edition
        .sections
        .iter()
        .flat_map(|section| &section.standards)
        .flat_map(|standard| {
            standard.items.iter().map(move |item| {
                let key = item_key(standard.number, &item.letter);
                SheetRow {
                    standard: standard.number,
                    standard_title: standard.title.clone(),
                    level: item.level,
                    question: item.text.clone(),
                    spec: item.answer.clone(),
                    answer: answers.get(&key).cloned(),
                    evidence: evidence.get(&key).copied().unwrap_or(0),
                    item: key,
                }
            })
        })
        .collect()
}

/// The message id of a level's name.
pub fn level_key(level: Level) -> &'static str {
    match level {
        Level::Core => "application-level-core",
        Level::Extended => "application-level-extended",
    }
}

/// An answer as a reader reads it: yes/no and its explanation, a number with its unit, a date,
/// the text, or the chosen options' names. `tr` translates message ids (options, units, yes
/// and no), `date` writes a date in the reader's language.
pub fn answer_text(
    value: &AnswerValue,
    spec: &AnswerSpec,
    tr: impl Fn(&str) -> String,
    date: impl Fn(NaiveDate) -> String,
) -> String {
    match value {
        AnswerValue::YesNo { yes, explanation } => {
            let word = tr(if *yes { "application-yes" } else { "application-no" });
            if explanation.trim().is_empty() {
                word
            } else {
                format!("{word} \u{2014} {}", explanation.trim())
            }
        }
        AnswerValue::Number { value } => match spec {
            AnswerSpec::Number { unit: Some(unit), .. } => format!("{value} {}", tr(unit)),
            _ => value.to_string(),
        },
        AnswerValue::Date { value } => date(*value),
        AnswerValue::Text { value } => value.clone(),
        AnswerValue::SingleChoice { option } => tr(option),
        AnswerValue::MultipleChoice { options } => {
            options.iter().map(|o| tr(o)).collect::<Vec<_>>().join("; ")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::standards::Explanation;

    fn tr(key: &str) -> String {
        format!("<{key}>")
    }

    fn iso(d: NaiveDate) -> String {
        d.to_string()
    }

    #[test]
    fn answers_read_as_words() {
        let yes_no = AnswerSpec::YesNo { explanation: Explanation::RequiredIfNo };
        let number = AnswerSpec::Number { min: 0, max: 10, unit: Some("u-cases".into()) };
        let choice = AnswerSpec::SingleChoice { options: vec!["o-a".into(), "o-b".into()] };
        let cases: Vec<(AnswerValue, &AnswerSpec, &str)> = vec![
            (
                AnswerValue::YesNo { yes: true, explanation: " ".into() },
                &yes_no,
                "<application-yes>",
            ),
            (
                AnswerValue::YesNo { yes: false, explanation: "Planned for May.".into() },
                &yes_no,
                "<application-no> \u{2014} Planned for May.",
            ),
            (AnswerValue::Number { value: 7 }, &number, "7 <u-cases>"),
            (AnswerValue::Number { value: 7 }, &AnswerSpec::Date, "7"),
            (
                AnswerValue::Date {
                    value: NaiveDate::from_ymd_opt(2026, 5, 1).unwrap_or_default(),
                },
                &AnswerSpec::Date,
                "2026-05-01",
            ),
            (
                AnswerValue::Text { value: "As is".into() },
                &AnswerSpec::Text { max_chars: 9 },
                "As is",
            ),
            (AnswerValue::SingleChoice { option: "o-b".into() }, &choice, "<o-b>"),
            (
                AnswerValue::MultipleChoice { options: vec!["o-a".into(), "o-b".into()] },
                &choice,
                "<o-a>; <o-b>",
            ),
        ];
        for (value, spec, expected) in cases {
            assert_eq!(answer_text(&value, spec, tr, iso), expected, "{value:?}");
        }
    }
}
