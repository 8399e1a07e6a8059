//! Evidence: files a facility uploads once into its library and links to any number of
//! questionnaire items. The server decides a file's type from its content (never from its
//! name), keeps its SHA-256, and refuses types outside [`ACCEPTED`] and files over the
//! configured size (20 MB by default).

use serde::{Deserialize, Serialize};

/// Default largest upload in bytes (overridden by `EVIDENCE_MAX_BYTES`).
pub const DEFAULT_MAX_BYTES: u64 = 20 * 1024 * 1024;
/// The largest evidence file the server accepts (provided to server functions as context).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceLimit(pub u64);

/// Longest stored file name.
pub const MAX_NAME_CHARS: usize = 120;

/// The content types accepted, with the Fluent id naming their kind.
pub const ACCEPTED: [(&str, &str); 16] = [
    ("application/pdf", "evidence-kind-pdf"),
    ("image/png", "evidence-kind-image"),
    ("image/jpeg", "evidence-kind-image"),
    ("image/gif", "evidence-kind-image"),
    ("image/webp", "evidence-kind-image"),
    ("image/tiff", "evidence-kind-image"),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "evidence-kind-document",
    ),
    ("application/msword", "evidence-kind-document"),
    ("application/vnd.oasis.opendocument.text", "evidence-kind-document"),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "evidence-kind-spreadsheet",
    ),
    ("application/vnd.ms-excel", "evidence-kind-spreadsheet"),
    ("application/vnd.oasis.opendocument.spreadsheet", "evidence-kind-spreadsheet"),
    (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "evidence-kind-presentation",
    ),
    ("application/vnd.ms-powerpoint", "evidence-kind-presentation"),
    ("application/vnd.oasis.opendocument.presentation", "evidence-kind-presentation"),
    ("text/plain", "evidence-kind-text"),
];

/// The Fluent id of a content type's kind, if it is accepted.
pub fn kind_of(content_type: &str) -> Option<&'static str> {
    ACCEPTED.iter().find(|(t, _)| *t == content_type).map(|(_, k)| *k)
}

/// A file name safe to store and to send back in `Content-Disposition`: the last path
/// component only, without control characters, quotes or backslashes, at most
/// [`MAX_NAME_CHARS`]; `fallback` when nothing is left.
pub fn clean_name(original: &str, fallback: &str) -> String {
    let last = original.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String =
        last.chars().filter(|c| !c.is_control() && !matches!(c, '"' | '\\' | ';')).collect();
    let trimmed = cleaned.trim().trim_start_matches('.');
    if trimmed.is_empty() {
        return fallback.to_owned();
    }
    trimmed.chars().take(MAX_NAME_CHARS).collect()
}

/// A file of the library as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceFileView {
    pub id: i64,
    pub name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub uploaded_by: String,
    pub uploaded_at: chrono::DateTime<chrono::Utc>,
    /// The document is no longer valid evidence after this day.
    pub expires_on: Option<chrono::NaiveDate>,
}

impl EvidenceFileView {
    pub fn expired(&self, today: chrono::NaiveDate) -> bool {
        expired(self.expires_on, today)
    }
}

/// The evidence of an application: the facility's library and the links of its items.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceView {
    pub library: Vec<EvidenceFileView>,
    /// (item key, file id)
    pub links: Vec<(String, i64)>,
    pub max_bytes: u64,
}

impl EvidenceView {
    /// Files linked to an item, in library order.
    pub fn files_of<'a>(
        &'a self,
        item: &'a str,
    ) -> impl Iterator<Item = &'a EvidenceFileView> + 'a {
        self.library
            .iter()
            .filter(move |f| self.links.iter().any(|(k, id)| k == item && *id == f.id))
    }

    /// Counts each item's linked files into `states` for the readiness rules: valid ones as
    /// evidence, those past their expiry date as expired.
    pub fn count_into(
        &self,
        states: &mut std::collections::BTreeMap<String, crate::domain::standards::ItemState>,
        today: chrono::NaiveDate,
    ) {
        for (item, id) in &self.links {
            let state = states.entry(item.clone()).or_default();
            if self.library.iter().any(|f| f.id == *id && f.expired(today)) {
                state.evidence_expired += 1;
            } else {
                state.evidence_files += 1;
            }
        }
    }
}

/// Whether a document valid until `expires_on` (inclusive) has expired by `today`.
pub fn expired(expires_on: Option<chrono::NaiveDate>, today: chrono::NaiveDate) -> bool {
    expires_on.is_some_and(|d| d < today)
}

/// A size for people in `language`: "850 KB", "3.4 MB", "3,4 MB" (the unit symbols are the
/// international ones in every language).
pub fn format_size(bytes: i64, language: &str) -> String {
    let number = match bytes {
        b if b < 1024 => format!("{b} B"),
        b if b < 1024 * 1024 => format!("{} KB", (b + 512) / 1024),
        b => {
            // Tenths of a megabyte, rounded half up, in integers (no float conversion).
            let tenths = b.saturating_mul(10).saturating_add(512 * 1024) / (1024 * 1024);
            let mark = crate::domain::billing::decimal_mark(language);
            format!("{}{mark}{} MB", tenths / 10, tenths % 10)
        }
    };
    crate::domain::billing::localise_digits(&number, language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_paths_control_characters_and_quotes() {
        assert_eq!(clean_name("C:\\Users\\me\\SOP v2.pdf", "file"), "SOP v2.pdf");
        assert_eq!(clean_name("../../etc/passwd", "file"), "passwd");
        assert_eq!(clean_name("a\"b;c\u{7}.pdf", "file"), "abc.pdf");
        assert_eq!(clean_name("  ", "file"), "file");
        assert_eq!(clean_name("...", "file"), "file");
        assert_eq!(clean_name(&"x".repeat(300), "file").chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn accepted_types_have_a_kind_and_sizes_read_well() {
        assert_eq!(kind_of("application/pdf"), Some("evidence-kind-pdf"));
        assert_eq!(kind_of("application/x-msdownload"), None);
        assert_eq!(format_size(900, "en"), "900 B");
        assert_eq!(format_size(870_000, "en"), "850 KB");
        assert_eq!(format_size(3_565_158, "en"), "3.4 MB");
        assert_eq!(format_size(3_565_158, "de"), "3,4 MB");
        assert_eq!(format_size(3_565_158, "ar"), "٣٫٤ MB");
    }
}
