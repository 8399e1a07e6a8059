//! Invoice PDFs (krilla), in the language asked for: the same content as the printable
//! invoice page. Fonts come from the system: DejaVu Sans (Latin, Greek, Cyrillic, Arabic) and,
//! for Chinese, WenQuanYi Micro Hei or Noto CJK when installed (`scripts/setup.sh` installs
//! both); without a font for the language the PDF is refused and the printable page remains.
//!
//! Right-to-left text gets a simple bidi treatment: a line is cut into runs of Arabic letters
//! and runs of everything else (Latin, digits, references), each run is shaped in its own
//! direction and the runs are laid out from the right.

use app::domain::billing::view::InvoiceDocument;
use app::i18n::{is_rtl, translate, translate_with};
use krilla::Document;
use krilla::geom::Point;
use krilla::page::PageSettings;
use krilla::text::{Font, TextDirection};

pub(crate) const PAGE_WIDTH: f32 = 595.0;
pub(crate) const PAGE_HEIGHT: f32 = 842.0;
pub(crate) const MARGIN: f32 = 56.0;

const REGULAR_PATHS: [&str; 2] =
    ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf"];
const BOLD_PATHS: [&str; 2] = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
];
const CJK_PATHS: [&str; 3] = [
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
];

/// A font and its bytes (kept for measuring with rustybuzz).
#[derive(Clone)]
pub(crate) struct FontFile {
    font: Font,
    data: std::sync::Arc<Vec<u8>>,
}

fn load(paths: &[&str]) -> Option<FontFile> {
    paths.iter().find_map(|path| {
        let data = std::sync::Arc::new(std::fs::read(path).ok()?);
        let font = Font::new(data.clone().into(), 0)?;
        Some(FontFile { font, data })
    })
}

/// The fonts for PDFs, loaded once.
pub struct PdfFonts {
    regular: Option<FontFile>,
    bold: Option<FontFile>,
    cjk: Option<FontFile>,
}

impl PdfFonts {
    pub fn load() -> Self {
        Self { regular: load(&REGULAR_PATHS), bold: load(&BOLD_PATHS), cjk: load(&CJK_PATHS) }
    }

    /// (regular, bold) for a language, if installed.
    pub(crate) fn for_language(&self, language: &str) -> Option<(FontFile, FontFile)> {
        if language == "zh-CN" {
            let cjk = self.cjk.clone()?;
            return Some((cjk.clone(), cjk));
        }
        let regular = self.regular.clone()?;
        let bold = self.bold.clone().unwrap_or_else(|| regular.clone());
        Some((regular, bold))
    }
}

/// Why no PDF could be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("no font installed for {0}")]
    NoFont(String),
    #[error("writing the PDF: {0}")]
    Write(String),
}

/// Breaks `text` into lines whose `measure` is at most `max`: between words, and inside a word
/// only when the word alone is wider than a line.
pub(crate) fn wrap(text: &str, max: f32, measure: impl Fn(&str) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate =
                if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
            if measure(&candidate) <= max {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word wider than the line (a long address) is cut where it must be.
            for c in word.chars() {
                line.push(c);
                if measure(&line) > max && line.chars().count() > 1 {
                    let last = line.pop().unwrap_or(c);
                    lines.push(std::mem::take(&mut line));
                    line.push(last);
                }
            }
        }
        lines.push(line);
    }
    lines
}

fn width_of(file: &FontFile, size: f32, text: &str, direction: rustybuzz::Direction) -> f32 {
    let Some(face) = rustybuzz::Face::from_slice(&file.data, 0) else { return 0.0 };
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(direction);
    let output = rustybuzz::shape(&face, &[], buffer);
    let advance: i32 = output.glyph_positions().iter().map(|p| p.x_advance).sum();
    #[expect(
        clippy::as_conversions,
        reason = "a width in font units; f32's precision is the page's"
    )]
    let advance = advance as f32;
    advance * size / f32::from(u16::try_from(face.units_per_em()).unwrap_or(1000))
}

fn is_arabic_letter(c: char) -> bool {
    matches!(u32::from(c), 0x0600..=0x065F | 0x066A..=0x06EF | 0x06FA..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Arabic-Indic digits and separators as Western ones: the page shows Arabic-Indic digits
/// (the browser's bidi handles them); this writer's simple bidi does not, and Western digits
/// are common in Arabic business documents.
fn western_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => {
                char::from_u32(u32::from(c) - 0x0660 + u32::from(b'0')).unwrap_or(c)
            }
            '٬' => ',',
            '٫' => '.',
            '٪' => '%',
            other => other,
        })
        .collect()
}

/// Cuts a line into (text, right-to-left?) runs; spaces and punctuation join the run before.
fn runs(text: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    for c in text.chars() {
        let strong = if is_arabic_letter(c) {
            Some(true)
        } else if c.is_alphanumeric() {
            Some(false)
        } else {
            None
        };
        match (out.last_mut(), strong) {
            (Some((run, rtl)), Some(s)) if *rtl == s => run.push(c),
            (Some((run, _)), None) => run.push(c),
            (_, Some(s)) => out.push((c.to_string(), s)),
            (None, None) => out.push((c.to_string(), true)),
        }
    }
    out
}

/// Writes lines top-down on one page, aligned to the reading direction's start or end.
pub(crate) struct Writer<'a> {
    pub(crate) surface: krilla::surface::Surface<'a>,
    pub(crate) rtl: bool,
    pub(crate) y: f32,
}

impl Writer<'_> {
    /// Draws `text` so that it starts (`at_end = false`) or ends at the given side.
    pub(crate) fn line(&mut self, file: &FontFile, size: f32, text: &str, at_end: bool) {
        self.line_at(file, size, text, at_end, self.y);
        self.y += size * 1.45;
    }

    /// Draws `text` from the start side as lines no wider than the text block, broken
    /// between words (a sentence or a reason does not run off the page).
    pub(crate) fn paragraph(&mut self, file: &FontFile, size: f32, text: &str) {
        let measure = |t: &str| width_of(file, size, t, rustybuzz::Direction::LeftToRight);
        for line in wrap(text, PAGE_WIDTH - 2.0 * MARGIN, measure) {
            self.line(file, size, &line, false);
        }
    }

    fn line_at(&mut self, file: &FontFile, size: f32, text: &str, at_end: bool, y: f32) {
        if text.is_empty() {
            return;
        }
        // Reading direction decides which physical side "start" is.
        let right_aligned = self.rtl != at_end;
        if !self.rtl {
            let width = width_of(file, size, text, rustybuzz::Direction::LeftToRight);
            let x = if right_aligned { PAGE_WIDTH - MARGIN - width } else { MARGIN };
            self.surface.draw_text(
                Point::from_xy(x, y),
                file.font.clone(),
                size,
                text,
                false,
                TextDirection::LeftToRight,
            );
            return;
        }
        let text = western_digits(text);
        let pieces = runs(&text);
        let widths: Vec<f32> = pieces
            .iter()
            .map(|(t, rtl)| {
                width_of(
                    file,
                    size,
                    t,
                    if *rtl {
                        rustybuzz::Direction::RightToLeft
                    } else {
                        rustybuzz::Direction::LeftToRight
                    },
                )
            })
            .collect();
        let total: f32 = widths.iter().sum();
        // Runs in logical order go from the right edge leftwards.
        let mut right = if right_aligned { PAGE_WIDTH - MARGIN } else { MARGIN + total };
        for ((piece, piece_rtl), width) in pieces.iter().zip(widths) {
            let x = right - width;
            let direction =
                if *piece_rtl { TextDirection::RightToLeft } else { TextDirection::LeftToRight };
            // A space after a left-to-right run sits on its left in a right-to-left line.
            let shown = if *piece_rtl {
                piece.clone()
            } else {
                let trimmed = piece.trim_end();
                format!("{}{trimmed}", " ".repeat(piece.len() - trimmed.len()))
            };
            self.surface.draw_text(
                Point::from_xy(x, y),
                file.font.clone(),
                size,
                &shown,
                false,
                direction,
            );
            right = x;
        }
    }

    /// A row with a description at the start side and an amount at the end side.
    fn row(&mut self, file: &FontFile, size: f32, description: &str, amount: &str) {
        let y = self.y;
        self.line_at(file, size, description, false, y);
        self.line_at(file, size, amount, true, y);
        self.y += size * 1.6;
    }

    pub(crate) fn gap(&mut self, points: f32) {
        self.y += points;
    }
}

/// Renders an invoice document (already written for `language`) as a one-page A4 PDF.
pub fn render(d: &InvoiceDocument, language: &str, fonts: &PdfFonts) -> Result<Vec<u8>, PdfError> {
    let (regular, bold) =
        fonts.for_language(language).ok_or_else(|| PdfError::NoFont(language.to_owned()))?;
    let mut document = Document::new();
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| PdfError::Write("page size".into()))?;
    {
        let mut page = document.start_page_with(settings);
        write_page(
            Writer { surface: page.surface(), rtl: is_rtl(language), y: MARGIN + 14.0 },
            d,
            language,
            &regular,
            &bold,
        );
        page.finish();
    }
    document.finish().map_err(|e| PdfError::Write(format!("{e:?}")))
}

fn write_page(
    mut w: Writer<'_>,
    d: &InvoiceDocument,
    language: &str,
    regular: &FontFile,
    bold: &FontFile,
) {
    let (regular, bold) = (regular.clone(), bold.clone());
    let tr = |key: &str| translate(language, key);
    let s = &d.summary;
    let is_credit = s.kind == app::domain::billing::InvoiceKind::CreditNote;
    {
        let heading = if is_credit {
            translate_with(language, "invoice-credit-note-heading", &[("number", s.number.clone())])
        } else {
            translate_with(language, "invoice-heading", &[("number", s.number.clone())])
        };
        w.line(&bold, 20.0, &heading, false);
        w.line(
            &regular,
            10.0,
            &format!("{} · {}", tr(s.kind.message_key()), tr(s.status.message_key())),
            false,
        );
        w.gap(10.0);
        w.line(&bold, 10.0, &d.issuer.name, false);
        for line in &d.issuer.address {
            w.line(&regular, 10.0, line, false);
        }
        w.line(&regular, 10.0, &d.issuer.email, false);
        w.line(
            &regular,
            10.0,
            &translate_with(language, "invoice-vat-id", &[("id", d.issuer.vat_id.clone())]),
            false,
        );
        w.gap(14.0);
        w.line(&bold, 11.0, &tr("invoice-recipient"), false);
        for line in [
            &d.recipient.facility,
            &d.recipient.institution,
            &d.recipient.department,
            &d.recipient.address,
            &d.recipient.country,
        ] {
            w.line(&regular, 10.0, line, false);
        }
        w.gap(10.0);
        w.row(&regular, 10.0, &tr("invoice-issued-on"), &s.issued_on);
        w.row(&regular, 10.0, &tr("invoice-due-on"), &s.due_on);
        w.row(&regular, 10.0, &tr("invoice-payment-reference"), &d.payment_reference);
        if let Some((_, number)) = &d.credits {
            w.line(
                &regular,
                10.0,
                &translate_with(language, "invoice-credits", &[("number", number.clone())]),
                false,
            );
        }
        if let Some(reason) = &d.void_reason {
            w.line(
                &regular,
                10.0,
                &translate_with(language, "invoice-void-reason", &[("reason", reason.clone())]),
                false,
            );
        }
        w.gap(14.0);
        w.row(&bold, 10.0, &tr("invoice-description"), &tr("invoice-amount"));
        for (text, amount) in &d.lines {
            w.row(&regular, 10.0, text, amount);
        }
        w.gap(6.0);
        w.row(&regular, 10.0, &tr("invoice-net"), &d.net);
        w.row(
            &regular,
            10.0,
            &translate_with(language, "invoice-vat", &[("rate", d.vat_rate.clone())]),
            &d.vat,
        );
        w.row(&bold, 12.0, &tr("invoice-total"), &d.total);
        if !is_credit {
            w.gap(16.0);
            w.line(&bold, 11.0, &tr("invoice-how-to-pay"), false);
            w.line(
                &regular,
                10.0,
                &translate_with(
                    language,
                    "invoice-pay-by",
                    &[("due", s.due_on.clone()), ("reference", d.payment_reference.clone())],
                ),
                false,
            );
            w.line(
                &regular,
                10.0,
                &format!("IBAN {} · BIC {}", d.issuer.iban, d.issuer.bic),
                false,
            );
            for p in &d.payments {
                w.line(
                    &regular,
                    10.0,
                    &format!("{} · {} · {}", p.paid_on, p.amount, p.reference),
                    false,
                );
            }
            w.line(
                &bold,
                10.0,
                &translate_with(language, "invoice-open-amount", &[("amount", s.open.clone())]),
                false,
            );
        }
        w.surface.finish();
    }
}

/// `GET /invoices/{id}/pdf`: the invoice as a PDF download, in the language of `?lang=` (the
/// invoice page's link passes the reader's), else in the facility's language at issue. Role: active member of the invoiced facility, or
/// administrator; 401 without a session, 403 otherwise (also for unknown ids).
pub async fn download(
    axum::extract::State(state): axum::extract::State<crate::router::AppState>,
    axum::extract::Path(id): axum::extract::Path<i64>,
    uri: axum::http::Uri,
    headers: axum::http::HeaderMap,
) -> axum::response::Response {
    use axum::http::{StatusCode, header};
    use axum::response::IntoResponse;
    let cookies = headers.get(header::COOKIE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let asked = uri
        .query()
        .and_then(|q| crate::language::query_value(q, app::i18n::LANGUAGE_PARAM))
        .and_then(app::i18n::supported_language);
    // Messages of refusals follow the reader (cookie); the document follows `asked`, else the invoice.
    let language = app::cookies::cookie_value(cookies, app::i18n::LANGUAGE_COOKIE)
        .and_then(app::i18n::supported_language)
        .unwrap_or(app::i18n::DEFAULT_LANGUAGE);
    let refuse = |status: StatusCode, key: &str| (status, translate(language, key)).into_response();
    let allowed = async {
        let now = chrono::Utc::now();
        let Some(user) = state.session_user(&headers).await? else {
            return Ok::<_, app::db::DataError>(Err(StatusCode::UNAUTHORIZED));
        };
        let Some(inv) = app::db::billing::find_invoice(&state.db, id).await? else {
            return Ok(Err(StatusCode::FORBIDDEN));
        };
        let admin = app::db::accounts::roles_of(&state.db, user.id)
            .await?
            .contains(&app::domain::accounts::GlobalRole::Administrator);
        let member = app::db::memberships::standing(&state.db, user.id, inv.facility_id)
            .await?
            .is_some_and(app::db::memberships::Standing::is_active_member);
        if !(admin || member) {
            return Ok(Err(StatusCode::FORBIDDEN));
        }
        let document_language =
            asked.or_else(|| app::i18n::supported_language(&inv.language)).unwrap_or(language);
        Ok(Ok((
            app::db::billing::document_of(&state.db, &inv, document_language, now.date_naive())
                .await?,
            document_language,
        )))
    }
    .await;
    let (document, document_language) = match allowed {
        Ok(Ok(found)) => found,
        Ok(Err(StatusCode::UNAUTHORIZED)) => {
            return refuse(StatusCode::UNAUTHORIZED, "error-unauthorized");
        }
        Ok(Err(_)) => return refuse(StatusCode::FORBIDDEN, "error-forbidden"),
        Err(e) => {
            tracing::error!(error = %e, "invoice PDF");
            return refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref");
        }
    };
    let fonts = state.pdf_fonts.clone();
    let lang = document_language.to_owned();
    let number = document.summary.number.clone();
    let rendered = tokio::task::spawn_blocking(move || render(&document, &lang, &fonts)).await;
    match rendered {
        Ok(Ok(bytes)) => (
            [
                (header::CONTENT_TYPE, "application/pdf".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"invoice-{number}.pdf\""),
                ),
            ],
            bytes,
        )
            .into_response(),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "invoice PDF");
            refuse(StatusCode::SERVICE_UNAVAILABLE, "invoice-pdf-unavailable")
        }
        Err(e) => {
            tracing::error!(error = %e, "invoice PDF task");
            refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_break_between_words_and_inside_a_word_only_when_it_must() {
        #[expect(clippy::as_conversions, reason = "a character count as a width")]
        let measure = |t: &str| t.chars().count() as f32;
        assert_eq!(wrap("one two three", 7.0, measure), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij x", 4.0, measure), ["abcd", "efgh", "ij x"]);
        assert_eq!(wrap("first\nsecond", 20.0, measure), ["first", "second"]);
        assert_eq!(wrap("", 20.0, measure), Vec::<String>::new());
    }

    #[test]
    fn lines_are_cut_into_arabic_and_other_runs() {
        let cut = runs("مرجع الدفع AIO-2026-0001 للفاتورة");
        let kinds: Vec<bool> = cut.iter().map(|(_, rtl)| *rtl).collect();
        assert_eq!(kinds, vec![true, false, true]);
        assert_eq!(cut[1].0, "AIO-2026-0001 ");
        assert_eq!(runs("Invoice 2026-0001"), vec![("Invoice 2026-0001".to_owned(), false)]);
        assert_eq!(western_digits("٢٬٤٠٠٫٠٠\u{a0}€ ٢٠٪"), "2,400.00\u{a0}€ 20%");
    }
}
