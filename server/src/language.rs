//! The language layer: decides each page request's language once (`?lang=` → cookie →
//! `Accept-Language` → English) and makes the rest of the stack agree with it.
//!
//! The decision is written into the request's `lang` cookie (so the server render uses it)
//! and, when it differs from what the browser sent, into a `Set-Cookie` on the response (so
//! the hydrating browser, which reads the cookie, starts in the same language and the choice
//! survives a reload).

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE, SET_COOKIE};
use axum::middleware::Next;
use axum::response::Response;

use app::cookies::cookie_value;
use app::i18n::{LANGUAGE_COOKIE, LANGUAGE_PARAM, negotiate_language, supported_language};

/// Value of the `name` parameter in a query string.
pub fn query_value<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then_some(value)
    })
}

/// The `Cookie` header with `name` set to `value` (replacing any previous value).
pub fn with_cookie(header: Option<&str>, name: &str, value: &str) -> String {
    let mut pairs: Vec<String> = header
        .unwrap_or("")
        .split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty() && p.split_once('=').is_none_or(|(k, _)| k.trim() != name))
        .map(str::to_owned)
        .collect();
    pairs.push(format!("{name}={value}"));
    pairs.join("; ")
}

pub async fn language_layer(mut request: Request, next: Next) -> Response {
    let headers = request.headers();
    let cookies = headers.get(COOKIE).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let sent_cookie = cookies.as_deref().and_then(|c| cookie_value(c, LANGUAGE_COOKIE));
    let chosen = negotiate_language(
        request.uri().query().and_then(|q| query_value(q, LANGUAGE_PARAM)),
        sent_cookie,
        headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
    );
    let cookie_is_current = sent_cookie.and_then(supported_language) == Some(chosen);
    if !cookie_is_current {
        if let Ok(value) =
            HeaderValue::from_str(&with_cookie(cookies.as_deref(), LANGUAGE_COOKIE, chosen))
        {
            request.headers_mut().insert(COOKIE, value);
        }
    }
    // The bundle's files are shared, cached responses: they never carry a cookie.
    let is_static_file = request.uri().path().starts_with("/pkg/");
    let mut response = next.run(request).await;
    if !cookie_is_current && !is_static_file {
        let cookie = format!("{LANGUAGE_COOKIE}={chosen}; Path=/; Max-Age=31536000; SameSite=Lax");
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_query_parameters() {
        assert_eq!(query_value("x=1&lang=ar", "lang"), Some("ar"));
        assert_eq!(query_value("language=ar", "lang"), None);
    }

    #[test]
    fn replaces_the_language_cookie_only() {
        assert_eq!(with_cookie(None, "lang", "fr"), "lang=fr");
        assert_eq!(with_cookie(Some("a=1; lang=xx; b=2"), "lang", "fr"), "a=1; b=2; lang=fr");
    }
}
