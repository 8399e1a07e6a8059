//! Evidence files over HTTP: upload (multipart, into the facility's library, optionally
//! linked to an item at once) and download. The content goes through one object-store
//! interface: a local directory by default, S3-compatible storage when `EVIDENCE_STORE` is an
//! `s3://bucket/prefix` URL (credentials and endpoint from the usual `AWS_*` variables).
//!
//! The type is decided from the content (magic numbers), never from the name or the
//! browser's claim; the SHA-256 is computed while reading, and the size limit is enforced on
//! the bytes received, not on a header.

use std::sync::Arc;

use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, PutPayload};
use sha2::{Digest, Sha256};

use app::db::evidence::{self as service, NewFile};
use app::evidence::{clean_name, ACCEPTED};
use app::i18n::translate;

use crate::router::AppState;

/// Where evidence content is kept, and how large one file may be.
#[derive(Clone)]
pub struct EvidenceStore {
    store: Arc<dyn ObjectStore>,
    pub max_bytes: u64,
}

impl EvidenceStore {
    /// `location`: empty for `default_dir`, an `s3://` URL, or a directory.
    pub fn open(location: Option<&str>, default_dir: &std::path::Path, max_bytes: u64) -> Result<Self, String> {
        let store: Arc<dyn ObjectStore> = match location.map(str::trim).filter(|l| !l.is_empty()) {
            Some(url) if url.starts_with("s3://") => {
                Arc::new(object_store::aws::AmazonS3Builder::from_env().with_url(url).build().map_err(|e| format!("EVIDENCE_STORE {url}: {e}"))?)
            }
            other => {
                let dir = other.map_or_else(|| default_dir.to_path_buf(), std::path::PathBuf::from);
                std::fs::create_dir_all(&dir).map_err(|e| format!("evidence directory {}: {e}", dir.display()))?;
                Arc::new(object_store::local::LocalFileSystem::new_with_prefix(&dir).map_err(|e| format!("evidence directory {}: {e}", dir.display()))?)
            }
        };
        Ok(Self { store, max_bytes })
    }

    pub async fn put(&self, key: &str, bytes: Vec<u8>) -> Result<(), object_store::Error> {
        self.store.put(&ObjectPath::from(key), PutPayload::from(bytes)).await.map(|_| ())
    }

    pub async fn get(&self, key: &str) -> Result<bytes::Bytes, object_store::Error> {
        self.store.get(&ObjectPath::from(key)).await?.bytes().await
    }
}

/// The accepted content type of `bytes`, decided by their content; else the Fluent id of the
/// refusal. Text must be UTF-8 without NUL bytes.
pub fn sniff(bytes: &[u8]) -> Result<&'static str, &'static str> {
    if bytes.is_empty() {
        return Err("evidence-error-empty");
    }
    if let Some(kind) = infer::get(bytes) {
        return ACCEPTED.iter().map(|(t, _)| *t).find(|t| *t == kind.mime_type()).ok_or("evidence-error-type");
    }
    match std::str::from_utf8(bytes) {
        Ok(text) if !text.contains('\0') => Ok("text/plain"),
        _ => Err("evidence-error-type"),
    }
}

/// Names whose type runs code when opened (scripts, executables, installers, macro-enabled
/// Office files): refused whatever the content looks like, since the name decides what a
/// reviewer's computer does with the download.
const EXECUTABLE_EXTENSIONS: [&str; 34] = [
    "bat", "cmd", "com", "exe", "msi", "msp", "scr", "pif", "cpl", "dll", "sys", "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "wsh",
    "hta", "sh", "bash", "zsh", "py", "pl", "rb", "php", "jar", "app", "docm", "dotm", "xlsm", "pptm", "lnk",
];

/// Whether a file runs code when opened: by its name, by a script's first line, or by the
/// macros inside an Office document (the VBA project's name in the ZIP or OLE container).
pub fn is_executable(name: &str, bytes: &[u8]) -> bool {
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    if EXECUTABLE_EXTENSIONS.contains(&extension.as_str()) {
        return true;
    }
    let start = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).trim_start_matches('\u{feff}').trim_start().to_ascii_lowercase();
    let script = ["#!", "@echo", "<script", "<?php", "<html", "<!doctype html", "<svg", "<hta:"].iter().any(|m| start.starts_with(m));
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    // "vbaProject.bin" (OOXML) and "_VBA_PROJECT" in UTF-16 (OLE compound files).
    let macros = contains(b"vbaProject.bin") || contains(b"_\0V\0B\0A\0_\0P\0R\0O\0J\0E\0C\0T\0");
    script || macros
}

/// Who is asking, from the session cookie; the reader's language for refusals.
async fn reader(state: &AppState, headers: &HeaderMap) -> Result<(app::db::entities::user::Model, bool), StatusCode> {
    let user = state.session_user(headers).await.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?.ok_or(StatusCode::UNAUTHORIZED)?;
    let admin = app::db::accounts::roles_of(&state.db, user.id).await.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?.contains(&app::accounts::GlobalRole::Administrator);
    Ok((user, admin))
}

fn language_of(headers: &HeaderMap) -> &'static str {
    let cookies = headers.get(header::COOKIE).and_then(|v| v.to_str().ok()).unwrap_or("");
    app::cookies::cookie_value(cookies, app::i18n::LANGUAGE_COOKIE).and_then(app::i18n::supported_language).unwrap_or(app::i18n::DEFAULT_LANGUAGE)
}

/// An active member of the facility: the only people who add to its library.
async fn is_member(state: &AppState, user_id: i64, facility_id: i64) -> Result<bool, StatusCode> {
    let standing = app::db::facilities::standing(&state.db, user_id, facility_id).await.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(standing.is_some_and(|s| s.is_active_member()))
}

/// Why a reader may open a file, as the audit entry records it.
fn read_grant(member: bool, admin: bool, assessor: bool) -> Option<&'static str> {
    if member {
        Some("member")
    } else if admin {
        Some("administrator")
    } else if assessor {
        Some("assessor")
    } else {
        None
    }
}

/// The outcome of an upload, for a browser form (redirect back to the item) or a script
/// (`Accept: application/json`).
fn answer(json: bool, application_id: i64, item: Option<&str>, language: &str, outcome: Result<i64, (StatusCode, &'static str)>) -> Response {
    let anchor = item.map(|i| format!("#item-{i}")).unwrap_or_else(|| "#evidence-library".into());
    match (json, outcome) {
        (true, Ok(file)) => (StatusCode::OK, axum::Json(serde_json::json!({ "file": file }))).into_response(),
        (true, Err((status, key))) => (status, axum::Json(serde_json::json!({ "error": key, "message": translate(language, key) }))).into_response(),
        (false, Ok(_)) => Redirect::to(&format!("/applications/{application_id}?evidence=uploaded{anchor}")).into_response(),
        (false, Err((StatusCode::UNAUTHORIZED, _))) => Redirect::to("/sign-in").into_response(),
        (false, Err((_, key))) => Redirect::to(&format!("/applications/{application_id}?evidence_error={key}{anchor}")).into_response(),
    }
}

/// `POST /applications/{id}/evidence`: fields `item` (optional, first) and `file`.
pub async fn upload(State(state): State<AppState>, Path(application_id): Path<i64>, headers: HeaderMap, mut multipart: Multipart) -> Response {
    let json = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|a| a.contains("application/json"));
    let language = language_of(&headers);
    let mut item: Option<String> = None;
    let outcome = async {
        let (user, _) = reader(&state, &headers).await.map_err(|s| (s, "error-unauthorized"))?;
        let app = app::db::applications::find(&state.db, application_id).await.map_err(internal)?.ok_or((StatusCode::FORBIDDEN, "error-forbidden"))?;
        // Administrators read a facility's evidence but never add to it (separation of duties).
        if !is_member(&state, user.id, app.facility_id).await.map_err(|s| (s, "error-internal-no-ref"))? {
            return Err((StatusCode::FORBIDDEN, "error-forbidden"));
        }
        if !app::db::assessment::accepts_changes(&app) {
            return Err((StatusCode::UNPROCESSABLE_ENTITY, "application-error-not-draft"));
        }
        let limit = state.evidence.max_bytes;
        let mut file: Option<(String, Vec<u8>, String)> = None;
        while let Some(mut field) = multipart.next_field().await.map_err(|_| (StatusCode::PAYLOAD_TOO_LARGE, "evidence-error-too-large"))? {
            match field.name() {
                Some("item") => item = field.text().await.ok().map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()),
                Some("file") => {
                    let name = clean_name(field.file_name().unwrap_or(""), "evidence");
                    let mut bytes = Vec::new();
                    let mut hasher = Sha256::new();
                    while let Some(chunk) = field.chunk().await.map_err(|_| (StatusCode::PAYLOAD_TOO_LARGE, "evidence-error-too-large"))? {
                        if (bytes.len() + chunk.len()) as u64 > limit {
                            return Err((StatusCode::PAYLOAD_TOO_LARGE, "evidence-error-too-large"));
                        }
                        hasher.update(&chunk);
                        bytes.extend_from_slice(&chunk);
                    }
                    file = Some((name, bytes, hex::encode(hasher.finalize())));
                }
                _ => {}
            }
        }
        let (name, bytes, sha256) = file.ok_or((StatusCode::UNPROCESSABLE_ENTITY, "evidence-error-empty"))?;
        if is_executable(&name, &bytes) {
            return Err((StatusCode::UNSUPPORTED_MEDIA_TYPE, "evidence-error-executable"));
        }
        let content_type = sniff(&bytes).map_err(|key| (StatusCode::UNSUPPORTED_MEDIA_TYPE, key))?;
        let key = service::storage_key(app.facility_id, &sha256);
        let size = bytes.len() as i64;
        // Content first: a row never points at content that is not stored.
        state.evidence.put(&key, bytes).await.map_err(|e| {
            tracing::error!(error = %e, "storing evidence");
            (StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref")
        })?;
        let new = NewFile { facility_id: app.facility_id, sha256, size_bytes: size, content_type: content_type.to_owned(), name, storage_key: key };
        let (stored, _) = service::add_file(&state.db, new, user.id, chrono::Utc::now()).await.map_err(internal)?;
        if let Some(item) = &item {
            service::link(&state.db, &app, item, stored.id, user.id, chrono::Utc::now()).await.map_err(|e| match e {
                app::db::DataError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "answer-error-unknown-item"),
                other => internal(other),
            })?;
        }
        Ok(stored.id)
    }
    .await;
    answer(json, application_id, item.as_deref(), language, outcome)
}

fn internal(e: app::db::DataError) -> (StatusCode, &'static str) {
    tracing::error!(error = %e, "evidence");
    (StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref")
}

/// `GET /evidence/{id}`: the file, for members of its facility, administrators, and the
/// active assessors of an undecided application it is evidence of. PDF and images open in
/// the browser (sandboxed); other types download. Every download is audited.
pub async fn download(State(state): State<AppState>, Path(file_id): Path<i64>, headers: HeaderMap) -> Response {
    let language = language_of(&headers);
    let refuse = |status: StatusCode, key: &str| (status, translate(language, key)).into_response();
    let (user, admin) = match reader(&state, &headers).await {
        Ok(found) => found,
        Err(StatusCode::UNAUTHORIZED) => return refuse(StatusCode::UNAUTHORIZED, "error-unauthorized"),
        Err(_) => return refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref"),
    };
    let file = match service::find_file(&state.db, file_id).await {
        Ok(Some(file)) => file,
        Ok(None) => return refuse(StatusCode::FORBIDDEN, "error-forbidden"),
        Err(_) => return refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref"),
    };
    let member = match is_member(&state, user.id, file.facility_id).await {
        Ok(member) => member,
        Err(_) => return refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref"),
    };
    let assessor = match member || admin {
        true => false,
        false => match service::assessor_may_read(&state.db, file.id, user.id).await {
            Ok(allowed) => allowed,
            Err(_) => return refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref"),
        },
    };
    let Some(grant) = read_grant(member, admin, assessor) else {
        return refuse(StatusCode::FORBIDDEN, "error-forbidden");
    };
    let bytes = match state.evidence.get(&file.storage_key).await {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::error!(error = %e, file = file.id, "reading evidence");
            return refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref");
        }
    };
    let mut entry = app::db::audit::NewEntry::new(&format!("user:{}", user.id), "evidence.downloaded", &format!("facility:{}", file.facility_id));
    entry.after = Some(serde_json::json!({ "file": file.id, "sha256": file.sha256, "as": grant }));
    if let Err(e) = app::db::audit::append(&state.db, entry).await {
        // A download that cannot be recorded is not handed out.
        tracing::error!(error = %e, file = file.id, "auditing an evidence download");
        return refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref");
    }
    let inline = file.content_type == "application/pdf" || file.content_type.starts_with("image/");
    let disposition = format!("{}; filename*=UTF-8''{}", if inline { "inline" } else { "attachment" }, percent_encode(&file.original_name));
    let mut response = bytes.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_str(&file.content_type).unwrap_or(HeaderValue::from_static("application/octet-stream")));
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    // Content shown inline runs no script and reaches no origin, even if it tries (a PDF with
    // JavaScript, an SVG); our own pages may still frame it for the preview.
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'"));
    response
}

/// RFC 5987 encoding of a file name for `filename*`.
fn percent_encode(name: &str) -> String {
    name.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_the_content() {
        assert_eq!(sniff(b"%PDF-1.7\n1 0 obj\n"), Ok("application/pdf"));
        assert_eq!(sniff(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]), Ok("image/png"));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F']), Ok("image/jpeg"));
        assert_eq!(sniff("Protocol for TACE, version 3\n".as_bytes()), Ok("text/plain"));
        // An executable named report.pdf is still an executable.
        assert_eq!(sniff(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00"), Err("evidence-error-type"));
        assert_eq!(sniff(b"PK\x03\x04\x14\x00\x00\x00\x08\x00"), Err("evidence-error-type"));
        assert_eq!(sniff(&[0, 1, 2, 0xFF, 0xFE]), Err("evidence-error-type"));
        assert_eq!(sniff(b""), Err("evidence-error-empty"));
    }

    #[test]
    fn files_that_run_code_are_recognised() {
        assert!(is_executable("run.bat", b"copy a b\r\n"), "a batch file that looks like text");
        assert!(is_executable("RUN.CMD", b"dir"));
        assert!(is_executable("notes.txt", b"#!/bin/sh\nrm -rf /\n"));
        assert!(is_executable("notes.txt", b"\xEF\xBB\xBF @ECHO OFF\r\ndel *.*"));
        assert!(is_executable("page.txt", b"<html><script>alert(1)</script></html>"));
        assert!(is_executable("budget.xlsx", b"PK\x03\x04....xl/vbaProject.bin...."));
        assert!(is_executable("old.doc", b"\xD0\xCF\x11\xE0..._\0V\0B\0A\0_\0P\0R\0O\0J\0E\0C\0T\0..."));
        assert!(is_executable("report.docm", b"PK\x03\x04"));
        assert!(!is_executable("Protocol for TACE.txt", "Protocol for TACE, version 3\nStep 1: check labs\n".as_bytes()));
        assert!(!is_executable("SOP v2.pdf", b"%PDF-1.7\n1 0 obj\n"));
        assert!(!is_executable("rota.docx", b"PK\x03\x04....word/document.xml...."));
    }

    #[test]
    fn file_names_are_encoded_for_the_header() {
        assert_eq!(percent_encode("SOP v2.pdf"), "SOP%20v2.pdf");
        assert_eq!(percent_encode("Prüfung.pdf"), "Pr%C3%BCfung.pdf");
    }
}
