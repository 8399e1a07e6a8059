//! What people typed into the questionnaire before the bundle started, turned into answers.
//!
//! On a slow line the page is readable (and editable) seconds before it is interactive. A
//! small script in the page (`bundle::EARLY_INPUT_SCRIPT`) records those edits by field name;
//! after hydration the questionnaire folds them into answers here and saves them as if they
//! had been typed a moment later. Without this, hydration would reset the fields to the
//! server's values and the edits would be lost.

use crate::domain::standards::{AnswerSpec, AnswerValue};

/// One field's last edit before hydration, as the page recorded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarlyEdit {
    /// The field's `name`: `answer-<item>` or `explanation-<item>`.
    pub name: String,
    /// `radio`, `checkbox`, `number`, `date`, `textarea`, …
    pub kind: String,
    pub value: String,
    pub checked: bool,
}

/// Field names of an item's inputs (the questionnaire writes them, this module reads them).
pub fn answer_field(item: &str) -> String {
    format!("answer-{item}")
}
pub fn explanation_field(item: &str) -> String {
    format!("explanation-{item}")
}

/// Takes the edits the page recorded before hydration (oldest first) and forgets them, so a
/// later visit of the questionnaire in this tab does not apply them again.
#[cfg(feature = "hydrate")]
pub fn take_recorded() -> Vec<EarlyEdit> {
    use wasm_bindgen::JsCast;
    let Ok(map) = js_sys::Reflect::get(&leptos::prelude::window(), &"__earlyInput".into()) else {
        return Vec::new();
    };
    let Some(map) = map.dyn_ref::<js_sys::Map>() else { return Vec::new() };
    let mut edits = Vec::new();
    map.for_each(&mut |entry, _| {
        let field = |name: &str| js_sys::Reflect::get(&entry, &name.into()).ok();
        let text = |name: &str| field(name).and_then(|v| v.as_string()).unwrap_or_default();
        edits.push(EarlyEdit {
            name: text("name"),
            kind: text("type"),
            value: text("value"),
            checked: field("checked").and_then(|v| v.as_bool()).unwrap_or(false),
        });
    });
    map.clear();
    edits
}

/// The answer an item has after its early edits (in the order they were made), starting from
/// what the page showed. `None` when the edits do not make a complete answer that differs
/// from `current` (a number that does not parse, an explanation without yes or no).
pub fn fold(
    item: &str,
    spec: &AnswerSpec,
    current: Option<&AnswerValue>,
    edits: &[EarlyEdit],
) -> Option<AnswerValue> {
    let answer_name = answer_field(item);
    let explanation_name = explanation_field(item);
    let mine: Vec<&EarlyEdit> =
        edits.iter().filter(|e| e.name == answer_name || e.name == explanation_name).collect();
    if mine.is_empty() {
        return None;
    }
    let mut value = current.cloned();
    // An explanation typed before yes or no was chosen: an unanswered yes/no cannot hold text
    // yet; the choice, if it comes, takes it along.
    let mut waiting_text: Option<String> = None;
    for edit in mine {
        let explanation_edit = edit.name == explanation_name;
        value = match (spec, explanation_edit) {
            (AnswerSpec::YesNo { .. }, true) => match value {
                Some(AnswerValue::YesNo { yes, .. }) => {
                    Some(AnswerValue::YesNo { yes, explanation: edit.value.clone() })
                }
                other => {
                    waiting_text = Some(edit.value.clone());
                    other
                }
            },
            (AnswerSpec::YesNo { .. }, false) if edit.checked => {
                let explanation = match &value {
                    Some(AnswerValue::YesNo { explanation, .. }) => explanation.clone(),
                    _ => waiting_text.take().unwrap_or_default(),
                };
                match edit.value.as_str() {
                    "yes" => Some(AnswerValue::YesNo { yes: true, explanation }),
                    "no" => Some(AnswerValue::YesNo { yes: false, explanation }),
                    _ => value,
                }
            }
            (AnswerSpec::Number { .. }, false) => match edit.value.trim().parse::<i64>() {
                Ok(n) => Some(AnswerValue::Number { value: n }),
                Err(_) => value,
            },
            (AnswerSpec::Date, false) => match edit.value.trim().parse::<chrono::NaiveDate>() {
                Ok(d) => Some(AnswerValue::Date { value: d }),
                Err(_) => value,
            },
            (AnswerSpec::Text { .. }, false) => {
                Some(AnswerValue::Text { value: edit.value.clone() })
            }
            (AnswerSpec::SingleChoice { options }, false)
                if edit.checked && options.contains(&edit.value) =>
            {
                Some(AnswerValue::SingleChoice { option: edit.value.clone() })
            }
            (AnswerSpec::MultipleChoice { options }, false) if options.contains(&edit.value) => {
                let mut chosen = match value {
                    Some(AnswerValue::MultipleChoice { options }) => options,
                    _ => Vec::new(),
                };
                chosen.retain(|o| o != &edit.value);
                if edit.checked {
                    chosen.push(edit.value.clone());
                }
                Some(AnswerValue::MultipleChoice { options: chosen })
            }
            _ => value,
        };
    }
    value.filter(|v| Some(v) != current)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::standards::Explanation;

    fn edit(name: &str, kind: &str, value: &str, checked: bool) -> EarlyEdit {
        EarlyEdit { name: name.into(), kind: kind.into(), value: value.into(), checked }
    }

    fn yes_no() -> AnswerSpec {
        AnswerSpec::YesNo { explanation: Explanation::Optional }
    }

    #[test]
    fn a_choice_and_an_explanation_typed_early_become_one_answer() {
        let edits = [
            edit("answer-1a", "radio", "yes", true),
            edit("explanation-1a", "textarea", "Named in the minutes.", false),
        ];
        assert_eq!(
            fold("1a", &yes_no(), None, &edits),
            Some(AnswerValue::YesNo { yes: true, explanation: "Named in the minutes.".into() })
        );
        // Explanation first, then the choice: the text is kept.
        let edits = [
            edit("explanation-1a", "textarea", "Since 2019.", false),
            edit("answer-1a", "radio", "no", true),
        ];
        assert_eq!(
            fold("1a", &yes_no(), None, &edits),
            Some(AnswerValue::YesNo { yes: false, explanation: "Since 2019.".into() })
        );
        // Only text, no choice: nothing to save yet.
        let edits = [edit("explanation-1a", "textarea", "Maybe", false)];
        assert_eq!(fold("1a", &yes_no(), None, &edits), None);
    }

    #[test]
    fn edits_of_other_items_and_unchanged_values_are_ignored() {
        let current = AnswerValue::YesNo { yes: true, explanation: String::new() };
        let edits =
            [edit("answer-1a", "radio", "yes", true), edit("answer-2b", "radio", "no", true)];
        assert_eq!(fold("1a", &yes_no(), Some(&current), &edits), None);
        assert_eq!(fold("3c", &yes_no(), None, &edits), None);
    }

    #[test]
    fn numbers_dates_texts_and_choices() {
        let number = AnswerSpec::Number { min: 0, max: 1000, unit: None };
        assert_eq!(
            fold("1b", &number, None, &[edit("answer-1b", "number", " 240 ", false)]),
            Some(AnswerValue::Number { value: 240 })
        );
        assert_eq!(fold("1b", &number, None, &[edit("answer-1b", "number", "2e", false)]), None);
        assert_eq!(
            fold("1c", &AnswerSpec::Date, None, &[edit("answer-1c", "date", "2026-03-01", false)]),
            Some(AnswerValue::Date {
                value: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).expect("a valid date")
            })
        );
        assert_eq!(
            fold(
                "2a",
                &AnswerSpec::Text { max_chars: 100 },
                None,
                &[edit("answer-2a", "textarea", "Weekly", false)]
            ),
            Some(AnswerValue::Text { value: "Weekly".into() })
        );
        let options = vec!["ct".to_owned(), "us".to_owned(), "mri".to_owned()];
        let single = AnswerSpec::SingleChoice { options: options.clone() };
        assert_eq!(
            fold("3a", &single, None, &[edit("answer-3a", "radio", "us", true)]),
            Some(AnswerValue::SingleChoice { option: "us".into() })
        );
        assert_eq!(fold("3a", &single, None, &[edit("answer-3a", "radio", "pet", true)]), None);
        let multiple = AnswerSpec::MultipleChoice { options };
        let current = AnswerValue::MultipleChoice { options: vec!["ct".into()] };
        assert_eq!(
            fold(
                "3b",
                &multiple,
                Some(&current),
                &[
                    edit("answer-3b", "checkbox", "mri", true),
                    edit("answer-3b", "checkbox", "ct", false)
                ]
            ),
            Some(AnswerValue::MultipleChoice { options: vec!["mri".into()] })
        );
    }
}
