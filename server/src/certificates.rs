//! Public outputs of accreditation that are not pages: the embeddable SVG badge of a
//! certificate (`/verify/{code}/badge.svg`, live status) and the directory as JSON
//! (`/directory.json`).

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use app::domain::assessment::CertificateState;

use crate::router::AppState;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The badge: facility status and validity in the badge's language (query `lang`, else
/// English), coloured by the live state.
pub async fn badge(
    State(state): State<AppState>,
    Path(code): Path<String>,
    uri: axum::http::Uri,
) -> Response {
    let language = uri
        .query()
        .and_then(|q| crate::language::query_value(q, app::i18n::LANGUAGE_PARAM))
        .and_then(app::i18n::supported_language)
        .unwrap_or(app::i18n::DEFAULT_LANGUAGE);
    let today = chrono::Utc::now().date_naive();
    let found = match app::db::certificates::verify(&state.db, &code, today).await {
        Ok(found) => found,
        Err(e) => {
            tracing::error!(error = %e, "certificate badge");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let Some(c) = found else {
        return (StatusCode::NOT_FOUND, app::i18n::translate(language, "verify-unknown"))
            .into_response();
    };
    let colour = match c.state {
        CertificateState::Valid | CertificateState::Recertification => "#2f6b2f",
        CertificateState::Expired => "#7a4b00",
        CertificateState::Withdrawn => "#b71c1c",
    };
    let status = app::i18n::translate(language, c.status.message_key());
    let state_text = app::i18n::translate(language, c.state.message_key());
    let until =
        c.valid_until.map(|d| app::domain::billing::format_date(d, language)).unwrap_or_default();
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"220\" height=\"64\" viewBox=\"0 0 220 64\" role=\"img\" aria-label=\"{status}: {state}\">\
<rect width=\"220\" height=\"64\" rx=\"8\" fill=\"{colour}\"/>\
<text x=\"12\" y=\"24\" font-family=\"sans-serif\" font-size=\"14\" font-weight=\"700\" fill=\"#fff\">{status}</text>\
<text x=\"12\" y=\"44\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#fff\">{state} · {until}</text>\
<text x=\"12\" y=\"58\" font-family=\"sans-serif\" font-size=\"9\" fill=\"#fff\">{facility}</text></svg>",
        status = escape(&status),
        state = escape(&state_text),
        until = escape(&until),
        facility = escape(&c.facility),
    );
    let mut response = svg.into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("image/svg+xml; charset=utf-8"));
    // The status is live: caches may keep it for an hour at most.
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600"));
    response
}

/// The directory as JSON.
pub async fn directory_json(State(state): State<AppState>) -> Response {
    match app::db::certificates::directory(&state.db, chrono::Utc::now().date_naive()).await {
        Ok(entries) => axum::Json(entries).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "directory");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
