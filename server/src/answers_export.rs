//! `GET /applications/{id}/answers.csv` and `…/answers.xlsx`: the application's answers, one
//! row per item (standard, item, level, question, answer, evidence count, last editor, last
//! change), in the reader's language, for the facility's members and administrators. Teams
//! circulate it to their QA department or head of department for sign-off.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

use app::domain::answer_sheet::{SheetRow, answer_text, level_key};
use app::domain::ids::ApplicationId;
use app::i18n::{is_rtl, translate};

use crate::router::AppState;

/// The column headings' message ids, in column order.
const COLUMNS: [&str; 8] = [
    "export-column-standard",
    "export-column-item",
    "export-column-level",
    "export-column-question",
    "export-column-answer",
    "export-column-evidence",
    "export-column-editor",
    "export-column-changed",
];

/// One row's cells in `language`; the evidence count stays a number.
struct Cells {
    text: [String; 7],
    evidence: usize,
}

fn cells(row: &SheetRow, language: &str) -> Cells {
    let tr = |key: &str| translate(language, key);
    let (answer, editor, changed) = match &row.answer {
        Some(a) => (
            answer_text(&a.value, &row.spec, tr, |d| {
                app::domain::billing::format_date(d, language)
            }),
            a.editor.clone(),
            a.at.format("%Y-%m-%d %H:%M UTC").to_string(),
        ),
        None => Default::default(),
    };
    Cells {
        text: [
            format!("{} {}", row.standard, tr(&row.standard_title)),
            row.item.clone(),
            tr(level_key(row.level)),
            tr(&row.question),
            answer,
            editor,
            changed,
        ],
        evidence: row.evidence,
    }
}

/// A cell a spreadsheet would take for a formula is quoted as text (CSV injection).
fn guarded(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// The sheet as CSV (UTF-8 with a byte-order mark, which spreadsheet programs need to read
/// anything but ASCII), a heading line first.
pub fn csv_of(rows: &[SheetRow], language: &str) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    out.write_record(COLUMNS.map(|k| translate(language, k)))?;
    for row in rows {
        let Cells { text, evidence } = cells(row, language);
        let [standard, item, level, question, answer, editor, changed] = text;
        let evidence = evidence.to_string();
        out.write_record(
            [standard, item, level, question, answer, evidence, editor, changed]
                .map(|c| guarded(&c)),
        )?;
    }
    out.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// The sheet as an XLSX workbook: headings in bold, frozen, with filters; right to left for
/// Arabic.
pub fn xlsx_of(rows: &[SheetRow], language: &str) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let heading = Format::new().set_bold();
    let wrapped = Format::new().set_text_wrap();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Answers")?;
    sheet.set_right_to_left(is_rtl(language));
    for (col, key) in (0u16..).zip(COLUMNS) {
        sheet.write_string_with_format(0, col, translate(language, key), &heading)?;
    }
    for (row_number, row) in (1u32..).zip(rows) {
        let Cells { text, evidence } = cells(row, language);
        let [standard, item, level, question, answer, editor, changed] = text;
        sheet.write_string(row_number, 0, standard)?;
        sheet.write_string(row_number, 1, item)?;
        sheet.write_string(row_number, 2, level)?;
        sheet.write_string_with_format(row_number, 3, question, &wrapped)?;
        sheet.write_string_with_format(row_number, 4, answer, &wrapped)?;
        sheet.write_number(row_number, 5, u32::try_from(evidence).unwrap_or(u32::MAX))?;
        sheet.write_string(row_number, 6, editor)?;
        sheet.write_string(row_number, 7, changed)?;
    }
    for (col, width) in
        [(0u16, 28.0), (1, 6.0), (2, 10.0), (3, 60.0), (4, 48.0), (5, 10.0), (6, 22.0), (7, 20.0)]
    {
        sheet.set_column_width(col, width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    let last = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    sheet.autofilter(0, 0, last, 7)?;
    workbook.save_to_buffer()
}

/// Which file the reader asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Csv,
    Xlsx,
}

pub async fn csv_download(
    state: State<AppState>,
    id: Path<ApplicationId>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    download(state, id, uri, headers, Kind::Csv).await
}

pub async fn xlsx_download(
    state: State<AppState>,
    id: Path<ApplicationId>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    download(state, id, uri, headers, Kind::Xlsx).await
}

async fn download(
    State(state): State<AppState>,
    Path(id): Path<ApplicationId>,
    uri: Uri,
    headers: HeaderMap,
    kind: Kind,
) -> Response {
    let language = crate::downloads::language(&uri, &headers);
    let refuse = |status: StatusCode, key: &str| crate::downloads::refuse(language, status, key);
    let application =
        match crate::downloads::readable_application(&state, &headers, id, language, "answers")
            .await
        {
            Ok(application) => application,
            Err(refused) => return refused,
        };
    let rows = match app::db::read::application::answer_sheet(&state.db, &application).await {
        Ok(rows) => rows,
        Err(e) => {
            tracing::error!(error = %e, "answers export");
            return refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref");
        }
    };
    let lang = language.to_owned();
    let written = tokio::task::spawn_blocking(move || match kind {
        Kind::Csv => csv_of(&rows, &lang).map_err(|e| e.to_string()),
        Kind::Xlsx => xlsx_of(&rows, &lang).map_err(|e| e.to_string()),
    })
    .await;
    let (content_type, extension) = match kind {
        Kind::Csv => ("text/csv; charset=utf-8", "csv"),
        Kind::Xlsx => ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    };
    match written {
        Ok(Ok(bytes)) => (
            [
                (header::CONTENT_TYPE, content_type.to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"application-{id}-answers.{extension}\""),
                ),
                (header::CACHE_CONTROL, "private, no-store".to_owned()),
            ],
            bytes,
        )
            .into_response(),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "answers export");
            refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref")
        }
        Err(_) => refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::answer_sheet::StoredAnswer;
    use app::domain::standards::{AnswerSpec, AnswerValue, Explanation, Level};

    fn row(item: &str, answer: Option<AnswerValue>) -> SheetRow {
        SheetRow {
            standard: 1,
            standard_title: "no-such-title".into(),
            item: item.into(),
            level: Level::Core,
            question: "no-such-question".into(),
            spec: AnswerSpec::YesNo { explanation: Explanation::RequiredIfNo },
            answer: answer.map(|value| StoredAnswer {
                value,
                editor: "Ari".into(),
                at: chrono::DateTime::UNIX_EPOCH,
            }),
            evidence: 2,
        }
    }

    #[test]
    fn csv_has_a_heading_and_one_row_per_item_with_formulas_quoted() {
        let rows = [
            row("1a", Some(AnswerValue::YesNo { yes: false, explanation: "Planned".into() })),
            row("1b", Some(AnswerValue::Text { value: "=HYPERLINK()".into() })),
            row("1c", None),
        ];
        let bytes = csv_of(&rows, "en").unwrap_or_default();
        let text = String::from_utf8(bytes).unwrap_or_default();
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert!(lines[0].starts_with("Standard,Item,Level"), "{}", lines[0]);
        assert!(lines[1].contains(",1a,Core,"), "{}", lines[1]);
        assert!(lines[1].contains("No \u{2014} Planned"), "{}", lines[1]);
        assert!(lines[1].ends_with(",2,Ari,1970-01-01 00:00 UTC"), "{}", lines[1]);
        assert!(lines[2].contains(",'=HYPERLINK(),"), "a formula is quoted: {}", lines[2]);
        assert!(lines[3].ends_with(",,2,,"), "an unanswered item: {}", lines[3]);
    }

    #[test]
    fn xlsx_is_a_zip_workbook() {
        let bytes = xlsx_of(&[row("1a", None)], "ar").unwrap_or_default();
        assert!(bytes.starts_with(b"PK\x03\x04"), "a zip archive");
    }
}
