//! What server functions read from the HTTP request (server only).

use axum::http::request::Parts;
use axum::http::header::COOKIE;
use leptos::prelude::use_context;
use sea_orm::DatabaseConnection;

use crate::error::AppError;

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "accredit_session";

pub fn database() -> Result<DatabaseConnection, AppError> {
    use_context::<DatabaseConnection>().ok_or_else(|| {
        tracing::error!("no database connection in the server-function context");
        AppError::Internal { reference: crate::db::current_request_id() }
    })
}

fn parts() -> Option<Parts> {
    use_context::<Parts>()
}

/// The session token from the request's cookies.
pub fn session_token() -> Option<String> {
    let parts = parts()?;
    let header = parts.headers.get(COOKIE)?.to_str().ok()?;
    crate::cookies::cookie_value(header, SESSION_COOKIE).filter(|v| !v.is_empty()).map(str::to_owned)
}

/// The client's address as seen by this server (the peer of the TCP connection).
pub fn client_address() -> String {
    parts()
        .and_then(|p| p.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|c| c.0.ip().to_string()))
        .unwrap_or_else(|| "unknown".to_owned())
}

/// `Secure` only when the request reached us over HTTPS (directly or via a proxy that says so),
/// so that plain-HTTP local runs still get their cookie.
fn secure_attribute() -> &'static str {
    let https = parts().is_some_and(|p| {
        p.uri.scheme_str() == Some("https")
            || p.headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok()) == Some("https")
    });
    if https { "; Secure" } else { "" }
}

/// Adds a `Set-Cookie` for the session (or its removal when `token` is `None`).
pub fn set_session_cookie(token: Option<&str>, max_age_seconds: i64) {
    let Some(response) = use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    let cookie = match token {
        Some(token) => format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_seconds}{}", secure_attribute()),
        None => format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}", secure_attribute()),
    };
    if let Ok(value) = axum::http::HeaderValue::from_str(&cookie) {
        response.append_header(axum::http::header::SET_COOKIE, value);
    }
}

/// Gives an error answer the HTTP status that says what it is (422 for a form to correct,
/// 429 when throttled, …) instead of the server-function default 500, which would log every
/// expected refusal as a server failure. The body is the serialised `AppError` either way.
pub fn answer<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    if let (Err(error), Some(response)) = (&result, use_context::<leptos_axum::ResponseOptions>()) {
        if let Ok(status) = axum::http::StatusCode::from_u16(error.status()) {
            response.set_status(status);
        }
    }
    result
}

/// The address links in mail point at (`--public-url` / `PUBLIC_URL`), provided by the
/// server as context. Without it, the request's own host is used.
#[derive(Debug, Clone)]
pub struct PublicUrl(pub String);

pub fn public_url() -> String {
    if let Some(PublicUrl(url)) = use_context::<PublicUrl>() {
        return url.trim_end_matches('/').to_owned();
    }
    let host = parts()
        .and_then(|p| p.headers.get(axum::http::header::HOST).and_then(|h| h.to_str().ok()).map(str::to_owned))
        .unwrap_or_else(|| "localhost".to_owned());
    let scheme = if secure_attribute().is_empty() { "http" } else { "https" };
    format!("{scheme}://{host}")
}

/// The language this request was rendered in (the language layer has settled it into the
/// `lang` cookie); new accounts get it as their mail language.
pub fn request_language() -> String {
    parts()
        .and_then(|p| {
            let header = p.headers.get(COOKIE)?.to_str().ok()?.to_owned();
            crate::cookies::cookie_value(&header, crate::i18n::LANGUAGE_COOKIE).map(str::to_owned)
        })
        .and_then(|l| crate::i18n::supported_language(&l))
        .unwrap_or(crate::i18n::DEFAULT_LANGUAGE)
        .to_owned()
}

/// The signed-in user and their global roles, or `Unauthorized`.
pub async fn signed_in(db: &DatabaseConnection) -> Result<(crate::db::entities::user::Model, Vec<crate::accounts::GlobalRole>), AppError> {
    let token = session_token().ok_or(AppError::Unauthorized)?;
    let user = crate::db::sessions::user_for_token(db, &token, chrono::Utc::now()).await?.ok_or(AppError::Unauthorized)?;
    let roles = crate::db::accounts::roles_of(db, user.id).await?;
    Ok((user, roles))
}

/// The signed-in user if they are an administrator: `Unauthorized` when nobody is signed in,
/// `Forbidden` for everyone else.
pub async fn administrator(db: &DatabaseConnection) -> Result<crate::db::entities::user::Model, AppError> {
    let (user, roles) = signed_in(db).await?;
    if roles.contains(&crate::accounts::GlobalRole::Administrator) { Ok(user) } else { Err(AppError::Forbidden) }
}

/// The signed-in user if they are a translator or an administrator (the translator tools).
pub async fn translator(db: &DatabaseConnection) -> Result<crate::db::entities::user::Model, AppError> {
    use crate::accounts::GlobalRole;
    let (user, roles) = signed_in(db).await?;
    if roles.iter().any(|r| matches!(r, GlobalRole::Translator | GlobalRole::Administrator)) { Ok(user) } else { Err(AppError::Forbidden) }
}

/// What a signed-in user may do in one facility.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacilityAccess {
    /// An active member (read the dashboard).
    Member,
    /// The main account holder, or an administrator (manage members and roles).
    Manager,
}

/// The signed-in user and their access to `facility_id`, requiring at least `needed`.
/// Administrators manage every facility. A facility the user has no part in answers
/// `Forbidden` (not `NotFound`), so ids reveal nothing.
pub async fn facility_access(
    db: &DatabaseConnection,
    facility_id: i64,
    needed: FacilityAccess,
) -> Result<(crate::db::entities::user::Model, FacilityAccess), AppError> {
    let (user, roles) = signed_in(db).await?;
    let is_admin = roles.contains(&crate::accounts::GlobalRole::Administrator);
    let standing = crate::db::facilities::standing(db, user.id, facility_id).await?;
    let access = match standing {
        None if is_admin => return Err(AppError::NotFound),
        None => return Err(AppError::Forbidden),
        Some(s) if is_admin || (s.is_main_holder && s.is_active_member()) => FacilityAccess::Manager,
        Some(s) if s.is_active_member() => FacilityAccess::Member,
        Some(_) => return Err(AppError::Forbidden),
    };
    if needed == FacilityAccess::Manager && access != FacilityAccess::Manager {
        return Err(AppError::Forbidden);
    }
    Ok((user, access))
}

/// The fee schedule and issuer the server was configured with (provided as context).
pub fn fees() -> Result<crate::billing::FeeSchedule, AppError> {
    use_context::<crate::billing::FeeSchedule>().ok_or_else(|| {
        tracing::error!("no fee schedule in the server-function context");
        AppError::Internal { reference: crate::db::current_request_id() }
    })
}

/// The application and the signed-in user, who must be an active member of its facility (or
/// an administrator): `Unauthorized` when nobody is signed in, `Forbidden` for an unknown
/// application or anyone else.
pub async fn member_of_application(
    db: &DatabaseConnection,
    application_id: i64,
) -> Result<(crate::db::entities::application::Model, crate::db::entities::user::Model), AppError> {
    signed_in(db).await?;
    let app = crate::db::applications::find(db, application_id).await?.ok_or(AppError::Forbidden)?;
    let (user, _) = facility_access(db, app.facility_id, FacilityAccess::Member).await?;
    Ok((app, user))
}

/// The application and the signed-in user, who must be its facility's Authorised
/// Representative (not even an administrator otherwise): the rule for submitting and for the
/// choices only the AR makes.
pub async fn representative_of_application(
    db: &DatabaseConnection,
    application_id: i64,
) -> Result<(crate::db::entities::application::Model, crate::db::entities::user::Model), AppError> {
    let (app, user) = member_of_application(db, application_id).await?;
    let representative = crate::db::facilities::role_holder(db, app.facility_id, crate::facilities::FacilityRole::AuthorisedRepresentative).await?;
    if representative != Some(user.id) {
        return Err(AppError::Forbidden);
    }
    Ok((app, user))
}
