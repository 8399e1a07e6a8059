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
