//! The HTTP surface: pages (SSR), server functions, static files, health probes, and the
//! layers every request passes (request id, tracing, language, compression).

use std::time::Duration;

use axum::extract::{FromRef, State};
use axum::http::{HeaderName, Request, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Router, middleware};
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{LeptosRoutes, generate_route_list};
use sea_orm::DatabaseConnection;
use tower::limit::GlobalConcurrencyLimitLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::config::Config;
use crate::language::language_layer;
use app::{App, shell};

/// Bundle name; must equal `LEPTOS_OUTPUT_NAME` in `.cargo/config.toml` and the name
/// `scripts/build-site.sh` writes.
pub const OUTPUT_NAME: &str = "accredit_io";

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");
/// Longest a request may take (a 20 MiB upload over a slow hospital line included).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(120);
/// Requests handled at once; more wait. Well above what the database pool serves.
const MAX_CONCURRENT_REQUESTS: usize = 1024;

/// What handlers and server functions share.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    /// Base of links in mail.
    pub public_url: String,
    pub fees: app::domain::billing::FeeSchedule,
    pub payment_webhook_secret: Option<String>,
    /// Fonts for invoice PDFs, read from the system once.
    pub pdf_fonts: std::sync::Arc<crate::invoice_pdf::PdfFonts>,
    pub evidence: crate::evidence::EvidenceStore,
    pub assessment_weeks: u32,
    pub reapply_wait: u32,
    pub sessions: app::db::sessions::SessionPolicy,
    /// Mail goes out over SMTP (else the outbox is a demonstration's reading place).
    pub delivery: app::db::mail::Delivery,
    pub trusted_proxies: app::client_address::TrustedProxies,
    /// The built site's files, read once (see `assets`).
    pub assets: std::sync::Arc<crate::assets::StaticAssets>,
}

impl AppState {
    /// `fees` comes from `config.billing.fee_schedule()`, checked by the caller. Fails when
    /// the evidence store cannot be opened.
    pub fn new(
        db: DatabaseConnection,
        config: &Config,
        fees: app::domain::billing::FeeSchedule,
    ) -> Result<Self, String> {
        let leptos_options = LeptosOptions::builder()
            .output_name(OUTPUT_NAME)
            .site_root(config.site_root.to_string_lossy().into_owned())
            .site_pkg_dir("pkg")
            .site_addr(config.addr)
            .build();
        let payment_webhook_secret =
            config.payment_webhook_secret.clone().filter(|s| !s.trim().is_empty());
        let pdf_fonts = std::sync::Arc::new(crate::invoice_pdf::PdfFonts::load());
        let evidence = crate::evidence::EvidenceStore::open(
            config.evidence_store.as_deref(),
            &config.data_dir.join("evidence"),
            config.evidence_max_bytes,
        )?;
        let public_url = config.public_url();
        let sessions = config.security.session_policy(&public_url);
        let trusted_proxies = config.security.trusted_proxies()?;
        let assets = crate::assets::StaticAssets::load(&config.site_root);
        Ok(Self {
            assets,
            leptos_options,
            db,
            public_url,
            fees,
            payment_webhook_secret,
            pdf_fonts,
            evidence,
            assessment_weeks: config.assessment_weeks,
            reapply_wait: config.reapply_wait_days,
            sessions,
            trusted_proxies,
            delivery: app::db::mail::Delivery {
                smtp: config.smtp_url.as_deref().is_some_and(|u| !u.trim().is_empty()),
            },
        })
    }
}

impl AppState {
    /// The signed-in user of a request to a plain handler (PDFs, evidence): the session cookie
    /// named by the policy, resolved as a person's request.
    pub async fn session_user(
        &self,
        headers: &axum::http::HeaderMap,
    ) -> Result<Option<app::db::entities::user::Model>, app::db::DataError> {
        let cookies =
            headers.get(axum::http::header::COOKIE).and_then(|v| v.to_str().ok()).unwrap_or("");
        let Some(token) = app::cookies::cookie_value(cookies, self.sessions.cookie_name())
            .filter(|t| !t.is_empty())
        else {
            return Ok(None);
        };
        app::db::sessions::user_for_token(
            &self.db,
            token,
            &self.sessions,
            app::db::sessions::Activity::Person,
            chrono::Utc::now(),
        )
        .await
    }

    /// The client's address of a request to a plain handler (see `TRUSTED_PROXIES`).
    pub fn client_address(
        &self,
        extensions: &axum::http::Extensions,
        headers: &axum::http::HeaderMap,
    ) -> String {
        let Some(peer) =
            extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|c| c.0.ip())
        else {
            return "unknown".to_owned();
        };
        let forwarded: Vec<&str> =
            headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
        self.trusted_proxies.client(peer, &forwarded).to_string()
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

pub fn router(state: AppState) -> Router {
    // Every page streams in order: what a `Suspense` waits for is sent in its place, so a page
    // is complete as HTML, without the inline scripts out-of-order streaming swaps content in
    // with — an anonymous visitor's page has no bundle, and must work with JavaScript off.
    let routes = generate_route_list(App)
        .into_iter()
        .map(|route| {
            leptos_axum::AxumRouteListing::new(
                route.path().to_owned(),
                leptos_router::SsrMode::InOrder,
                route.methods(),
                Vec::new(),
            )
        })
        .collect::<Vec<_>>();
    let edge = crate::security::Edge::from_public_url(&state.public_url);
    let context = {
        let db = state.db.clone();
        let public_url = app::api::PublicUrl(state.public_url.clone());
        let fees = state.fees.clone();
        let evidence_limit = app::domain::evidence::EvidenceLimit(state.evidence.max_bytes);
        let target = app::domain::assessment::TargetWeeks(state.assessment_weeks);
        let reapply_wait = app::domain::assessment::ReapplyWait(state.reapply_wait);
        let sessions = state.sessions;
        let delivery = state.delivery;
        let trusted_proxies = state.trusted_proxies.clone();
        let bundle = state.assets.bundle_urls(OUTPUT_NAME);
        move || {
            // The script nonce of this response (set by the edge layer) replaces the one
            // leptos_axum made, so Leptos's inline scripts carry the nonce the CSP names.
            if let Some(nonce) = leptos::prelude::use_context::<axum::http::request::Parts>()
                .and_then(|parts| {
                    parts.extensions.get::<crate::security::CspNonce>().map(|n| n.0.clone())
                })
            {
                provide_context(leptos::nonce::Nonce::from_value(nonce));
            }
            provide_context(bundle.clone());
            provide_context(target);
            provide_context(reapply_wait);
            provide_context(sessions);
            provide_context(delivery);
            provide_context(trusted_proxies.clone());
            provide_context(db.clone());
            provide_context(public_url.clone());
            provide_context(fees.clone());
            provide_context(evidence_limit);
        }
    };
    let app_shell = {
        let options = state.leptos_options.clone();
        move || shell(options.clone())
    };
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/webhooks/payments", axum::routing::post(crate::webhook::payment_notification))
        .route("/invoices/{id}/pdf", get(crate::invoice_pdf::download))
        .route(
            "/applications/{id}/evidence",
            // Room for the multipart framing around the largest file; the handler counts the file's own bytes.
            axum::routing::post(crate::evidence::upload).layer(axum::extract::DefaultBodyLimit::max(usize::try_from(state.evidence.max_bytes).unwrap_or(usize::MAX).saturating_add(1 << 20))),
        )
        .route("/evidence/{id}", get(crate::evidence::download))
        .route("/verify/{code}/badge.svg", get(crate::certificates::badge))
        .route("/verify/{code}/certificate.pdf", get(crate::certificate_pdf::download))
        .route("/applications/{id}/decision.pdf", get(crate::certificate_pdf::decision_download))
        .route("/applications/{id}/answers.csv", get(crate::answers_export::csv_download))
        .route("/applications/{id}/answers.xlsx", get(crate::answers_export::xlsx_download))
        .route("/directory.json", get(crate::certificates::directory_json))
        .route("/admin/audit.csv", get(crate::audit_export::export))
        .route("/workshops/calendar.ics", get(crate::calendar::feed))
        .route("/workshops/{id}/event.ics", get(crate::calendar::event))
        .leptos_routes_with_context(&state, routes, context.clone(), app_shell)
        .fallback({
            let pages = leptos_axum::file_and_error_handler_with_context::<AppState, _>(context, shell);
            move |State(state): State<AppState>, request: axum::extract::Request| async move {
                match state.assets.respond(request.uri().path(), request.headers()) {
                    Some(file) => file,
                    None => pages(request.uri().clone(), State(state), request).await,
                }
            }
        })
        .layer(middleware::from_fn(language_layer))
        .layer(middleware::from_fn_with_state(edge, crate::security::edge))
        .layer(CompressionLayer::new())
        .layer(
            TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
                let id = request.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("");
                let client_id = request.headers().get(crate::security::CLIENT_REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("");
                tracing::info_span!("request", id, client_id, method = %request.method(), path = %request.uri().path())
            }),
        )
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .layer(middleware::from_fn(crate::security::own_request_id))
        // A slow or stuck request ends with 408 instead of holding its connection and its
        // database handle; past the limit, new requests wait for a free slot.
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
        .layer(GlobalConcurrencyLimitLayer::new(MAX_CONCURRENT_REQUESTS))
        .with_state(state)
}

/// Liveness: the process answers.
async fn healthz() -> &'static str {
    "ok"
}

/// Readiness: the database answers within two seconds.
async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    match tokio::time::timeout(Duration::from_secs(2), state.db.ping()).await {
        Ok(Ok(())) => (StatusCode::OK, "ready"),
        Ok(Err(error)) => {
            tracing::warn!(%error, "readiness: database ping failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database timeout"),
    }
}
