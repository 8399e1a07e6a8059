//! The edge every request passes before it reaches a page or a server function: security
//! headers (with a per-request script nonce), refusal of cross-site state changes, the
//! server's own request id, and `Cache-Control` for personal documents.
//!
//! Rules are plain functions with unit tests; the two middlewares only apply them.

use app::bundle::viewer_marker;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// A request header the client may send; kept only to be logged beside the server's own id.
pub const CLIENT_REQUEST_ID: HeaderName = HeaderName::from_static("x-client-request-id");
const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The script nonce of one response, for the page shell (request extension).
#[derive(Debug, Clone)]
pub struct CspNonce(pub String);

/// What the edge needs to know about the deployment.
#[derive(Debug, Clone)]
pub struct Edge {
    /// `PUBLIC_URL` is https: HSTS and `Secure` cookies.
    pub https: bool,
    /// The origin of `PUBLIC_URL` (`https://host[:port]`), accepted as a same-origin `Origin`
    /// behind a proxy that rewrites `Host`.
    pub public_origin: Option<String>,
}

impl Edge {
    pub fn from_public_url(public_url: &str) -> Self {
        let https = public_url.starts_with("https://");
        Self { https, public_origin: origin_of(public_url) }
    }
}

/// `scheme://host[:port]` of a URL, lower-cased, without path.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next().filter(|a| !a.is_empty())?;
    Some(format!("{}://{}", scheme.to_ascii_lowercase(), authority.to_ascii_lowercase()))
}

/// The policy of every page. Scripts: our own files, WebAssembly compilation, and the
/// inline scripts Leptos writes into this response, which carry `nonce`. Styles may be
/// inline (the `style` attributes of components; no script runs from them).
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'self'; frame-src 'self'; \
         frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
    )
}

/// Features no page of ours uses.
const PERMISSIONS_POLICY: &str =
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

/// Whether a request changes state from another site: refused. Safe methods and the signed
/// payment webhook (authenticated by its signature, sent by a server) are not checked.
/// `Sec-Fetch-Site` decides when the browser sends it; else `Origin` must be ours; a request
/// with neither is not from a browser page (curl, the provider, tests) and passes.
pub fn is_cross_site(
    method: &Method,
    path: &str,
    headers: &HeaderMap,
    public_origin: Option<&str>,
) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
        || path == "/webhooks/payments"
    {
        return false;
    }
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return false;
    };
    let Some(origin) = origin.to_str().ok().and_then(origin_of) else {
        // `Origin: null` (a sandboxed frame, a redirect across sites) or garbage.
        return true;
    };
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).map(str::to_ascii_lowercase);
    let own =
        host.is_some_and(|h| origin.split_once("://").is_some_and(|(_, authority)| authority == h));
    !(own || public_origin == Some(origin.as_str()))
}

/// Personal documents are never kept by a browser or a shared cache.
fn is_personal_document(path: &str) -> bool {
    path.starts_with("/evidence/")
        || path.starts_with("/invoices/")
        || path == "/admin/audit.csv"
        || (path.starts_with("/applications/") && path.ends_with("/decision.pdf"))
}

/// A fresh nonce: 128 random bits, hex.
fn nonce() -> Option<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).ok()?;
    Some(hex::encode(bytes))
}

/// Replaces any client-sent request id by the server's own (set by the next layer); the
/// client's value is kept as `x-client-request-id` for the log, never trusted.
pub async fn own_request_id(mut request: Request, next: Next) -> Response {
    if let Some(sent) = request.headers_mut().remove(REQUEST_ID) {
        request.headers_mut().insert(CLIENT_REQUEST_ID, sent);
    }
    next.run(request).await
}

/// Refuses cross-site state changes (CSRF), then adds the security headers to the response.
pub async fn edge(State(edge): State<Edge>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    if is_cross_site(request.method(), &path, request.headers(), edge.public_origin.as_deref()) {
        tracing::warn!(path, "refused a cross-site state change");
        return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
    }
    let Some(nonce) = nonce() else {
        tracing::error!("no randomness for the script nonce");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    request.extensions_mut().insert(CspNonce(nonce.clone()));
    let policy = app::db::sessions::SessionPolicy { https: edge.https, ..Default::default() };
    let session_cookie = policy.cookie_name();
    let session = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| app::cookies::cookie_value(c, session_cookie))
        .map(str::to_owned);
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    // A handler that set its own policy (evidence shown inline: a sandbox) keeps it.
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        if let Ok(value) = HeaderValue::from_str(&content_security_policy(&nonce)) {
            h.insert(header::CONTENT_SECURITY_POLICY, value);
        }
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    h.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static(PERMISSIONS_POLICY),
    );
    if edge.https {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    if is_personal_document(&path) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    } else if !h.contains_key(header::CACHE_CONTROL) && is_html(h) {
        // Pages are personal and change with every save: never reused without asking. The
        // files they name are cached for a year instead (assets.rs).
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-cache"));
    }
    // Pages, and server functions: the worker renews a page's copy after a save only for the
    // viewer the save was made by.
    if is_html(h) || path.starts_with("/api/") {
        if let Ok(value) = HeaderValue::from_str(&viewer_marker(session.as_deref())) {
            h.insert(VIEWER, value);
        }
    }
    response
}

/// Who a page was rendered for, as the service worker (public/sw.js) needs to know it: it
/// keeps offline copies of pages per marker and serves a copy only while the pages the server
/// answers carry the same marker, so a person who signs in after another on the same browser
/// never sees the other's copies, and signing out (marker `anonymous`) deletes them all.
pub const VIEWER: HeaderName = HeaderName::from_static("x-accredit-viewer");

fn is_html(h: &HeaderMap) -> bool {
    h.get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(HeaderName::from_static(k), HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn cross_site_state_changes_are_recognised() {
        let post = Method::POST;
        let ours = Some("https://accredit.example");
        // The browser says where the request comes from.
        assert!(is_cross_site(
            &post,
            "/api/save_answer",
            &headers(&[("sec-fetch-site", "cross-site")]),
            ours
        ));
        assert!(is_cross_site(
            &post,
            "/api/save_answer",
            &headers(&[("sec-fetch-site", "same-site")]),
            ours
        ));
        assert!(!is_cross_site(
            &post,
            "/api/save_answer",
            &headers(&[("sec-fetch-site", "same-origin")]),
            ours
        ));
        // Without Sec-Fetch-Site, the Origin must be ours (by Host or by PUBLIC_URL).
        assert!(is_cross_site(
            &post,
            "/api/x",
            &headers(&[("origin", "https://evil.example"), ("host", "accredit.example")]),
            ours
        ));
        assert!(!is_cross_site(
            &post,
            "/api/x",
            &headers(&[("origin", "http://127.0.0.1:3000"), ("host", "127.0.0.1:3000")]),
            None
        ));
        assert!(!is_cross_site(
            &post,
            "/api/x",
            &headers(&[("origin", "https://Accredit.example"), ("host", "10.0.0.5:3000")]),
            ours
        ));
        assert!(is_cross_site(
            &post,
            "/api/x",
            &headers(&[("origin", "null"), ("host", "accredit.example")]),
            ours
        ));
        // Not from a browser page, a safe method, or the signed webhook: not checked.
        assert!(!is_cross_site(&post, "/api/x", &headers(&[]), ours));
        assert!(!is_cross_site(
            &Method::GET,
            "/",
            &headers(&[("sec-fetch-site", "cross-site")]),
            ours
        ));
        assert!(!is_cross_site(
            &post,
            "/webhooks/payments",
            &headers(&[("sec-fetch-site", "cross-site")]),
            ours
        ));
    }

    #[test]
    fn origins_are_compared_without_paths() {
        assert_eq!(
            origin_of("https://Accredit.example:8443/path?q").as_deref(),
            Some("https://accredit.example:8443")
        );
        assert_eq!(origin_of("null"), None);
        assert!(Edge::from_public_url("https://a.example").https);
        assert!(!Edge::from_public_url("http://127.0.0.1:3000").https);
    }

    #[test]
    fn the_policy_allows_no_inline_script_without_the_nonce() {
        let csp = content_security_policy("abc123");
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'nonce-abc123';"));
        let scripts =
            csp.split(';').find(|d| d.trim().starts_with("script-src")).unwrap_or_default();
        assert!(
            !scripts.contains("'unsafe-inline'") && !scripts.contains("'unsafe-eval'"),
            "{scripts}"
        );
        assert!(csp.contains("frame-ancestors 'none'"));
    }

    #[test]
    fn personal_documents_are_recognised() {
        assert!(is_personal_document("/evidence/4"));
        assert!(is_personal_document("/invoices/9/pdf"));
        assert!(is_personal_document("/applications/3/decision.pdf"));
        assert!(!is_personal_document("/applications/3"));
        assert!(!is_personal_document("/pkg/accredit_io.wasm"));
    }
}
