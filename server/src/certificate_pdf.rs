//! The certificate as a PDF (`/verify/{code}/certificate.pdf`): facility, certified status,
//! validity, and the verification address with a QR code, in the reader's language. It is
//! public, like the verification page: the live status is always one scan away.

use app::domain::ids::ApplicationId;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use krilla::Document;
use krilla::geom::{PathBuilder, Rect};
use krilla::page::PageSettings;

use app::domain::assessment::CertificateView;
use app::i18n::{is_rtl, translate, translate_with};

use crate::invoice_pdf::{MARGIN, PAGE_HEIGHT, PAGE_WIDTH, PdfError, PdfFonts, Writer};
use crate::router::AppState;

/// Side of the QR code in points.
const QR_SIZE: f32 = 120.0;

/// A count of QR modules as a length (a QR code is at most 177 modules wide).
fn modules(n: usize) -> f32 {
    f32::from(u16::try_from(n).unwrap_or(u16::MAX))
}

/// Draws the QR code of `text` with its top-left corner at (`x`, `y`).
fn draw_qr(
    surface: &mut krilla::surface::Surface<'_>,
    text: &str,
    x: f32,
    y: f32,
) -> Result<(), PdfError> {
    let code = qrcode::QrCode::new(text.as_bytes())
        .map_err(|e| PdfError::Write(format!("QR code: {e}")))?;
    let width = code.width();
    let module = QR_SIZE / modules(width);
    let mut path = PathBuilder::new();
    for (i, colour) in code.to_colors().into_iter().enumerate() {
        if colour == qrcode::Color::Dark {
            let (col, row) = (modules(i % width), modules(i / width));
            if let Some(rect) = Rect::from_xywh(x + col * module, y + row * module, module, module)
            {
                path.push_rect(rect);
            }
        }
    }
    if let Some(path) = path.finish() {
        surface.set_fill(Some(krilla::paint::Fill::default()));
        surface.draw_path(&path);
    }
    Ok(())
}

/// Renders the certificate in `language` as a one-page A4 PDF.
pub fn render(
    c: &CertificateView,
    verify_url: &str,
    language: &str,
    fonts: &PdfFonts,
) -> Result<Vec<u8>, PdfError> {
    let (regular, bold) =
        fonts.for_language(language).ok_or_else(|| PdfError::NoFont(language.to_owned()))?;
    let mut document = Document::new();
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| PdfError::Write("page size".into()))?;
    {
        let mut page = document.start_page_with(settings);
        let mut w = Writer { surface: page.surface(), rtl: is_rtl(language), y: MARGIN + 60.0 };
        let date = |d: Option<chrono::NaiveDate>| {
            d.map(|d| app::domain::billing::format_date(d, language)).unwrap_or_default()
        };
        w.line(&bold, 26.0, &translate(language, "certificate-title"), false);
        w.gap(24.0);
        w.line(&bold, 20.0, &c.facility, false);
        w.line(&regular, 13.0, &format!("{} · {}", c.institution, c.country), false);
        w.gap(18.0);
        w.line(&bold, 16.0, &translate(language, c.status.message_key()), false);
        w.line(
            &regular,
            13.0,
            &translate_with(
                language,
                "verify-validity",
                &[("from", date(c.valid_from)), ("until", date(c.valid_until))],
            ),
            false,
        );
        w.line(&regular, 12.0, &translate(language, c.state.message_key()), false);
        w.gap(24.0);
        w.line(
            &regular,
            11.0,
            &translate_with(language, "verify-code", &[("code", c.code.clone())]),
            false,
        );
        w.line(&regular, 11.0, &translate(language, "certificate-scan"), false);
        w.line(&regular, 10.0, verify_url, false);
        let qr_x = if w.rtl { PAGE_WIDTH - MARGIN - QR_SIZE } else { MARGIN };
        let qr_y = w.y + 8.0;
        draw_qr(&mut w.surface, verify_url, qr_x, qr_y)?;
        w.surface.finish();
    }
    document.finish().map_err(|e| PdfError::Write(format!("{e:?}")))
}

/// Certificate PDFs one client address may fetch within the throttle window.
pub const CERTIFICATE_PDFS_PER_ADDRESS: u64 = 60;

/// `GET /verify/{code}/certificate.pdf[?lang=…]`.
pub async fn download(
    State(state): State<AppState>,
    Path(code): Path<String>,
    uri: axum::http::Uri,
    extensions: axum::http::Extensions,
    headers: axum::http::HeaderMap,
) -> Response {
    let language = uri
        .query()
        .and_then(|q| crate::language::query_value(q, app::i18n::LANGUAGE_PARAM))
        .and_then(app::i18n::supported_language)
        .unwrap_or(app::i18n::DEFAULT_LANGUAGE);
    // Public and costly to render: a limited number per client address and window.
    let key = format!("certificate_pdf:ip:{}", state.client_address(&extensions, &headers));
    match app::db::throttle::hit(&state.db, &key, CERTIFICATE_PDFS_PER_ADDRESS, chrono::Utc::now())
        .await
    {
        Ok(true) => {}
        Ok(false) => {
            return (StatusCode::TOO_MANY_REQUESTS, translate(language, "error-too-many-attempts"))
                .into_response();
        }
        Err(e) => {
            tracing::error!(error = %e, "certificate PDF throttle");
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                translate(language, "error-internal-no-ref"),
            )
                .into_response();
        }
    }
    let found = match app::db::certificates::verify(
        &state.db,
        &code,
        chrono::Utc::now().date_naive(),
    )
    .await
    {
        Ok(found) => found,
        Err(e) => {
            tracing::error!(error = %e, "certificate PDF");
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                translate(language, "error-internal-no-ref"),
            )
                .into_response();
        }
    };
    let Some(certificate) = found else {
        return (StatusCode::NOT_FOUND, translate(language, "verify-unknown")).into_response();
    };
    let verify_url = format!("{}/verify/{}", state.public_url, certificate.code);
    let fonts = state.pdf_fonts.clone();
    let lang = language.to_owned();
    let name = certificate.code.clone();
    match tokio::task::spawn_blocking(move || render(&certificate, &verify_url, &lang, &fonts))
        .await
    {
        Ok(Ok(bytes)) => (
            [
                (header::CONTENT_TYPE, "application/pdf".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("inline; filename=\"certificate-{name}.pdf\""),
                ),
            ],
            bytes,
        )
            .into_response(),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "certificate PDF");
            (StatusCode::SERVICE_UNAVAILABLE, translate(language, "invoice-pdf-unavailable"))
                .into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "certificate PDF task");
            (StatusCode::INTERNAL_SERVER_ERROR, translate(language, "error-internal-no-ref"))
                .into_response()
        }
    }
}

/// Renders a decision letter in `language`.
pub fn render_decision(
    d: &app::domain::views::DecisionView,
    verify_url: Option<&str>,
    language: &str,
    fonts: &PdfFonts,
) -> Result<Vec<u8>, PdfError> {
    use app::domain::assessment::Outcome;
    let (regular, bold) =
        fonts.for_language(language).ok_or_else(|| PdfError::NoFont(language.to_owned()))?;
    let mut document = Document::new();
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| PdfError::Write("page size".into()))?;
    {
        let mut page = document.start_page_with(settings);
        let mut w = Writer { surface: page.surface(), rtl: is_rtl(language), y: MARGIN + 40.0 };
        let date = |d: Option<chrono::NaiveDate>| {
            d.map(|d| app::domain::billing::format_date(d, language)).unwrap_or_default()
        };
        w.line(&bold, 22.0, &translate(language, "decision-page-title"), false);
        w.gap(12.0);
        w.line(&bold, 15.0, &d.facility, false);
        w.line(&regular, 11.0, &date(Some(d.decided_at.date_naive())), false);
        w.gap(16.0);
        w.paragraph(&regular, 12.0, &translate(language, d.letter_key()));
        if d.outcome == Outcome::Accredited {
            w.line(
                &regular,
                12.0,
                &translate_with(
                    language,
                    "verify-validity",
                    &[("from", date(d.valid_from)), ("until", date(d.valid_until))],
                ),
                false,
            );
        }
        if d.outcome == Outcome::AmendmentsRequired && !d.items.is_empty() {
            w.line(
                &regular,
                12.0,
                &format!("{} {}", translate(language, "decision-items"), d.items.join(", ")),
                false,
            );
        }
        if !d.reasons.is_empty() {
            w.gap(8.0);
            w.line(&bold, 12.0, &translate(language, "decision-reasons-heading"), false);
            for (item, reason) in &d.reasons {
                w.paragraph(&regular, 11.0, &format!("{item}: {reason}"));
            }
            w.gap(8.0);
        }
        w.paragraph(&regular, 11.0, &d.comment);
        if let Some(from) = d.reapply_from {
            w.gap(8.0);
            w.paragraph(
                &regular,
                11.0,
                &translate_with(language, "decision-reapply-from", &[("date", date(Some(from)))]),
            );
        }
        if let Some(url) = verify_url {
            w.gap(12.0);
            w.line(&regular, 11.0, &translate(language, "decision-verify-link"), false);
            w.line(&regular, 10.0, url, false);
        }
        w.surface.finish();
    }
    document.finish().map_err(|e| PdfError::Write(format!("{e:?}")))
}

/// `GET /applications/{id}/decision.pdf[?lang=…]`: the newest decision letter, for the
/// facility's members and administrators.
pub async fn decision_download(
    State(state): State<AppState>,
    Path(id): Path<ApplicationId>,
    uri: axum::http::Uri,
    headers: axum::http::HeaderMap,
) -> Response {
    let language = crate::downloads::language(&uri, &headers);
    let refuse = |status: StatusCode, key: &str| crate::downloads::refuse(language, status, key);
    let application =
        match crate::downloads::readable_application(&state, &headers, id, language, "decision")
            .await
        {
            Ok(application) => application,
            Err(refused) => return refused,
        };
    let decision = match app::db::read::application::decision_view(&state.db, &application).await {
        Ok(Some(d)) => d,
        Ok(None) => return refuse(StatusCode::NOT_FOUND, "decision-none"),
        Err(_) => return refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref"),
    };
    let verify_url =
        decision.certificate.as_ref().map(|c| format!("{}/verify/{c}", state.public_url));
    let fonts = state.pdf_fonts.clone();
    let lang = language.to_owned();
    match tokio::task::spawn_blocking(move || {
        render_decision(&decision, verify_url.as_deref(), &lang, &fonts)
    })
    .await
    {
        Ok(Ok(bytes)) => (
            [
                (header::CONTENT_TYPE, "application/pdf".to_owned()),
                (header::CONTENT_DISPOSITION, format!("inline; filename=\"decision-{id}.pdf\"")),
            ],
            bytes,
        )
            .into_response(),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "decision PDF");
            refuse(StatusCode::SERVICE_UNAVAILABLE, "invoice-pdf-unavailable")
        }
        Err(_) => refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref"),
    }
}
