//! What every document download of an application shares: the language it is written in and
//! who may have it (the facility's active members and administrators), refused in the reader's
//! language.

use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

use app::db::entities::application;
use app::domain::ids::ApplicationId;
use app::i18n::translate;

use crate::router::AppState;

/// The language of a download: `?lang=`, else the language cookie, else English.
pub fn language(uri: &Uri, headers: &HeaderMap) -> &'static str {
    let cookies = headers.get(header::COOKIE).and_then(|v| v.to_str().ok()).unwrap_or("");
    uri.query()
        .and_then(|q| crate::language::query_value(q, app::i18n::LANGUAGE_PARAM))
        .or_else(|| app::cookies::cookie_value(cookies, app::i18n::LANGUAGE_COOKIE))
        .and_then(app::i18n::supported_language)
        .unwrap_or(app::i18n::DEFAULT_LANGUAGE)
}

/// A refusal in `language`: the status and the message.
pub fn refuse(language: &str, status: StatusCode, key: &str) -> Response {
    (status, translate(language, key)).into_response()
}

/// The application `id` when the signed-in reader is an administrator or an active member of
/// its facility; else the refusal to send (401 signed out, 403 otherwise, also for an
/// application that does not exist, so ids cannot be probed). `what` names the download in
/// the log.
pub async fn readable_application(
    state: &AppState,
    headers: &HeaderMap,
    id: ApplicationId,
    language: &str,
    what: &str,
) -> Result<application::Model, Response> {
    let allowed = async {
        let Some(user) = state.session_user(headers).await? else {
            return Ok(Err(StatusCode::UNAUTHORIZED));
        };
        let Some(application) = app::db::applications::find(&state.db, id).await? else {
            return Ok(Err(StatusCode::FORBIDDEN));
        };
        let admin = app::db::accounts::roles_of(&state.db, user.id)
            .await?
            .contains(&app::domain::accounts::GlobalRole::Administrator);
        let member = app::db::memberships::standing(&state.db, user.id, application.facility_id)
            .await?
            .is_some_and(app::db::memberships::Standing::is_active_member);
        if !(admin || member) {
            return Ok(Err(StatusCode::FORBIDDEN));
        }
        Ok::<_, app::db::DataError>(Ok(application))
    }
    .await;
    match allowed {
        Ok(Ok(application)) => Ok(application),
        Ok(Err(StatusCode::UNAUTHORIZED)) => {
            Err(refuse(language, StatusCode::UNAUTHORIZED, "error-unauthorized"))
        }
        Ok(Err(_)) => Err(refuse(language, StatusCode::FORBIDDEN, "error-forbidden")),
        Err(e) => {
            tracing::error!(error = %e, what, "download");
            Err(refuse(language, StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref"))
        }
    }
}
