//! The certificate as a PDF (`/verify/{code}/certificate.pdf`): facility, certified status,
//! validity, and the verification address with a QR code, in the reader's language. It is
//! public, like the verification page: the live status is always one scan away.

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use krilla::geom::{PathBuilder, Rect};
use krilla::page::PageSettings;
use krilla::Document;

use app::assessment::CertificateView;
use app::i18n::{is_rtl, translate, translate_with};

use crate::invoice_pdf::{PdfError, PdfFonts, Writer, MARGIN, PAGE_HEIGHT, PAGE_WIDTH};
use crate::router::AppState;

/// Side of the QR code in points.
const QR_SIZE: f32 = 120.0;

/// Draws the QR code of `text` with its top-left corner at (`x`, `y`).
fn draw_qr(surface: &mut krilla::surface::Surface<'_>, text: &str, x: f32, y: f32) -> Result<(), PdfError> {
    let code = qrcode::QrCode::new(text.as_bytes()).map_err(|e| PdfError::Write(format!("QR code: {e}")))?;
    let width = code.width();
    let module = QR_SIZE / width as f32;
    let mut path = PathBuilder::new();
    for (i, colour) in code.to_colors().into_iter().enumerate() {
        if colour == qrcode::Color::Dark {
            let (col, row) = ((i % width) as f32, (i / width) as f32);
            if let Some(rect) = Rect::from_xywh(x + col * module, y + row * module, module, module) {
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
pub fn render(c: &CertificateView, verify_url: &str, language: &str, fonts: &PdfFonts) -> Result<Vec<u8>, PdfError> {
    let (regular, bold) = fonts.for_language(language).ok_or_else(|| PdfError::NoFont(language.to_owned()))?;
    let mut document = Document::new();
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or_else(|| PdfError::Write("page size".into()))?;
    {
        let mut page = document.start_page_with(settings);
        let mut w = Writer { surface: page.surface(), rtl: is_rtl(language), y: MARGIN + 60.0 };
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| app::billing::format_date(d, language)).unwrap_or_default();
        w.line(&bold, 26.0, &translate(language, "certificate-title"), false);
        w.gap(24.0);
        w.line(&bold, 20.0, &c.facility, false);
        w.line(&regular, 13.0, &format!("{} · {}", c.institution, c.country), false);
        w.gap(18.0);
        w.line(&bold, 16.0, &translate(language, &format!("facility-status-{}", c.status.replace('_', "-"))), false);
        w.line(&regular, 13.0, &translate_with(language, "verify-validity", &[("from", date(c.valid_from)), ("until", date(c.valid_until))]), false);
        w.line(&regular, 12.0, &translate(language, &format!("verify-state-{}", c.state)), false);
        w.gap(24.0);
        w.line(&regular, 11.0, &translate_with(language, "verify-code", &[("code", c.code.clone())]), false);
        w.line(&regular, 11.0, &translate(language, "certificate-scan"), false);
        w.line(&regular, 10.0, verify_url, false);
        let qr_x = if w.rtl { PAGE_WIDTH - MARGIN - QR_SIZE } else { MARGIN };
        let qr_y = w.y + 8.0;
        draw_qr(&mut w.surface, verify_url, qr_x, qr_y)?;
        w.surface.finish();
    }
    document.finish().map_err(|e| PdfError::Write(format!("{e:?}")))
}

/// `GET /verify/{code}/certificate.pdf[?lang=…]`.
pub async fn download(State(state): State<AppState>, Path(code): Path<String>, uri: axum::http::Uri) -> Response {
    let language = uri.query().and_then(|q| crate::language::query_value(q, app::i18n::LANGUAGE_PARAM)).and_then(app::i18n::supported_language).unwrap_or(app::i18n::DEFAULT_LANGUAGE);
    let found = match app::db::assessment::verify(&state.db, &code, chrono::Utc::now().date_naive()).await {
        Ok(found) => found,
        Err(e) => {
            tracing::error!(error = %e, "certificate PDF");
            return (StatusCode::INTERNAL_SERVER_ERROR, translate(language, "error-internal-no-ref")).into_response();
        }
    };
    let Some(certificate) = found else { return (StatusCode::NOT_FOUND, translate(language, "verify-unknown")).into_response() };
    let verify_url = format!("{}/verify/{}", state.public_url, certificate.code);
    let fonts = state.pdf_fonts.clone();
    let lang = language.to_owned();
    let name = certificate.code.clone();
    match tokio::task::spawn_blocking(move || render(&certificate, &verify_url, &lang, &fonts)).await {
        Ok(Ok(bytes)) => (
            [(header::CONTENT_TYPE, "application/pdf".to_owned()), (header::CONTENT_DISPOSITION, format!("inline; filename=\"certificate-{name}.pdf\""))],
            bytes,
        )
            .into_response(),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "certificate PDF");
            (StatusCode::SERVICE_UNAVAILABLE, translate(language, "invoice-pdf-unavailable")).into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "certificate PDF task");
            (StatusCode::INTERNAL_SERVER_ERROR, translate(language, "error-internal-no-ref")).into_response()
        }
    }
}
