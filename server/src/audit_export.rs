//! `GET /admin/audit.csv`: the audit log entries the administrators' audit page shows for a
//! filter (every page of them, up to a limit), as CSV. The export itself is audited.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use app::api::audit::{AuditFilter, AuditRow, row_of, to_search};
use app::i18n::translate;

use crate::router::AppState;

/// Most entries one export carries (a narrower filter gets the rest).
pub const MAX_EXPORT_ROWS: u64 = 100_000;

/// A cell a spreadsheet would take for a formula is quoted as text (CSV injection).
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// The CSV of `rows`, with a header line.
pub fn csv_of(rows: &[AuditRow]) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(["id", "occurred_at_utc", "actor", "action", "target", "before", "after"])?;
    for r in rows {
        let id = r.id.to_string();
        let fields = [
            id.as_str(),
            &r.at,
            &r.actor,
            &r.action,
            &r.target,
            r.before.as_deref().unwrap_or(""),
            r.after.as_deref().unwrap_or(""),
        ];
        out.write_record(fields.map(cell))?;
    }
    out.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

pub async fn export(
    State(state): State<AppState>,
    Query(filter): Query<AuditFilter>,
    headers: HeaderMap,
) -> Response {
    let language = app::cookies::cookie_value(
        headers.get(header::COOKIE).and_then(|v| v.to_str().ok()).unwrap_or(""),
        app::i18n::LANGUAGE_COOKIE,
    )
    .and_then(app::i18n::supported_language)
    .unwrap_or(app::i18n::DEFAULT_LANGUAGE);
    let refuse = |status: StatusCode, key: &str| (status, translate(language, key)).into_response();
    let outcome = async {
        let Some(user) = state.session_user(&headers).await? else {
            return Ok(Err(StatusCode::UNAUTHORIZED));
        };
        if !app::db::accounts::roles_of(&state.db, user.id)
            .await?
            .contains(&app::domain::accounts::GlobalRole::Administrator)
        {
            return Ok(Err(StatusCode::FORBIDDEN));
        }
        Ok::<_, app::db::DataError>(Ok(user))
    }
    .await;
    let admin = match outcome {
        Ok(Ok(user)) => user,
        Ok(Err(StatusCode::UNAUTHORIZED)) => {
            return refuse(StatusCode::UNAUTHORIZED, "error-unauthorized");
        }
        Ok(Err(_)) => return refuse(StatusCode::FORBIDDEN, "error-forbidden"),
        Err(e) => {
            tracing::error!(error = %e, "audit export");
            return refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref");
        }
    };
    let search = match to_search(&state.db, &filter).await {
        Ok(search) => search,
        Err(app::error::AppError::Validation(_)) => {
            return refuse(StatusCode::UNPROCESSABLE_ENTITY, "error-validation");
        }
        Err(_) => return refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref"),
    };
    let rows: Vec<AuditRow> =
        match app::db::audit::search(&state.db, &search, 0, MAX_EXPORT_ROWS).await {
            Ok(found) => found.into_iter().map(row_of).collect(),
            Err(e) => {
                tracing::error!(error = %e, "audit export");
                return refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref");
            }
        };
    let body = match csv_of(&rows) {
        Ok(body) => body,
        Err(e) => {
            tracing::error!(error = %e, "audit export");
            return refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref");
        }
    };
    let mut entry =
        app::db::audit::NewEntry::new(&format!("user:{}", admin.id), "audit.exported", "");
    entry.after = Some(serde_json::json!({ "filter": filter.query(0), "entries": rows.len() }));
    if let Err(e) = app::db::audit::append(&state.db, entry).await {
        // An export that cannot be recorded is not handed out.
        tracing::error!(error = %e, "auditing an audit export");
        return refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref");
    }
    let name =
        format!("attachment; filename=\"audit-{}.csv\"", chrono::Utc::now().format("%Y%m%d-%H%M"));
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, name),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        let row = AuditRow {
            id: 7,
            at: "2026-12-06 10:00 UTC".into(),
            actor: "user:1".into(),
            action: "user.created".into(),
            target: "user:2".into(),
            before: None,
            after: Some(r#"{"display_name":"=HYPERLINK(\"x\")","note":"a, b"}"#.into()),
        };
        let text = String::from_utf8(csv_of(&[row]).unwrap_or_default()).unwrap_or_default();
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("id,occurred_at_utc,actor,action,target,before,after"));
        assert_eq!(
            lines.next(),
            Some(
                r#"7,2026-12-06 10:00 UTC,user:1,user.created,user:2,,"{""display_name"":""=HYPERLINK(\""x\"")"",""note"":""a, b""}""#
            )
        );
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("-2"), "'-2");
        assert_eq!(cell("user:1"), "user:1");
    }
}
