//! The HTTP surface: pages (SSR), server functions, static files, health probes, and the
//! layers every request passes (request id, tracing, language, compression).

use std::time::Duration;

use axum::extract::{FromRef, State};
use axum::http::{HeaderName, Request, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{middleware, Router};
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use sea_orm::DatabaseConnection;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

use crate::config::Config;
use crate::language::language_layer;
use app::{shell, App};

/// Bundle name; must equal `LEPTOS_OUTPUT_NAME` in `.cargo/config.toml` and the name
/// `scripts/build-site.sh` writes.
pub const OUTPUT_NAME: &str = "accredit_io";

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// What handlers and server functions share.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    /// Base of links in mail.
    pub public_url: String,
    pub fees: app::billing::FeeSchedule,
    pub payment_webhook_secret: Option<String>,
    /// Fonts for invoice PDFs, read from the system once.
    pub pdf_fonts: std::sync::Arc<crate::invoice_pdf::PdfFonts>,
    pub evidence: crate::evidence::EvidenceStore,
    pub assessment_weeks: u32,
}

impl AppState {
    /// `fees` comes from `config.billing.fee_schedule()`, checked by the caller. Fails when
    /// the evidence store cannot be opened.
    pub fn new(db: DatabaseConnection, config: &Config, fees: app::billing::FeeSchedule) -> Result<Self, String> {
        let leptos_options = LeptosOptions::builder()
            .output_name(OUTPUT_NAME)
            .site_root(config.site_root.to_string_lossy().into_owned())
            .site_pkg_dir("pkg")
            .site_addr(config.addr)
            .build();
        let payment_webhook_secret = config.payment_webhook_secret.clone().filter(|s| !s.trim().is_empty());
        let pdf_fonts = std::sync::Arc::new(crate::invoice_pdf::PdfFonts::load());
        let evidence = crate::evidence::EvidenceStore::open(config.evidence_store.as_deref(), &config.data_dir.join("evidence"), config.evidence_max_bytes)?;
        Ok(Self { leptos_options, db, public_url: config.public_url(), fees, payment_webhook_secret, pdf_fonts, evidence, assessment_weeks: config.assessment_weeks })
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let context = {
        let db = state.db.clone();
        let public_url = app::api::PublicUrl(state.public_url.clone());
        let fees = state.fees.clone();
        let evidence_limit = app::evidence::EvidenceLimit(state.evidence.max_bytes);
        let target = app::assessment::TargetWeeks(state.assessment_weeks);
        move || {
            provide_context(target);
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
        .route("/directory.json", get(crate::certificates::directory_json))
        .route("/workshops/calendar.ics", get(crate::calendar::feed))
        .route("/workshops/{id}/event.ics", get(crate::calendar::event))
        .leptos_routes_with_context(&state, routes, context.clone(), app_shell)
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(context, shell))
        .layer(middleware::from_fn(language_layer))
        .layer(CompressionLayer::new())
        .layer(
            TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
                let id = request.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("");
                tracing::info_span!("request", id, method = %request.method(), path = %request.uri().path())
            }),
        )
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
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
