//! Evidence files over HTTP: upload (multipart, into the facility's library, optionally
//! linked to an item at once) and download. The content goes through one object-store
//! interface: a local directory by default, S3-compatible storage when `EVIDENCE_STORE` is an
//! `s3://bucket/prefix` URL (credentials and endpoint from the usual `AWS_*` variables).
//!
//! The type is decided from the content (magic numbers), never from the name or the
//! browser's claim; the SHA-256 is computed while reading, and the size limit is enforced on
//! the bytes received, not on a header.

use app::domain::ids::{ApplicationId, FacilityId, UserId};
use std::sync::Arc;

use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, WriteMultipart};
use sha2::{Digest, Sha256};

use app::db::evidence::{self as service, NewFile};
use app::domain::evidence::clean_name;
use app::i18n::translate;

use crate::evidence_inspect::{Inspection, Inspector, is_executable, sniff};
use crate::router::AppState;

/// Size of the parts an upload is written in: S3's smallest multipart part; at most two are
/// in memory at once.
const STREAM_PART_BYTES: usize = 5 * 1024 * 1024;

/// Where evidence content is kept, and how large one file may be.
#[derive(Clone)]
pub struct EvidenceStore {
    store: Arc<dyn ObjectStore>,
    pub max_bytes: u64,
}

impl EvidenceStore {
    /// `location`: empty for `default_dir`, an `s3://` URL, or a directory.
    pub fn open(
        location: Option<&str>,
        default_dir: &std::path::Path,
        max_bytes: u64,
    ) -> Result<Self, String> {
        let store: Arc<dyn ObjectStore> = match location.map(str::trim).filter(|l| !l.is_empty()) {
            Some(url) if url.starts_with("s3://") => Arc::new(
                object_store::aws::AmazonS3Builder::from_env()
                    .with_url(url)
                    .build()
                    .map_err(|e| format!("EVIDENCE_STORE {url}: {e}"))?,
            ),
            other => {
                let dir = other.map_or_else(|| default_dir.to_path_buf(), std::path::PathBuf::from);
                std::fs::create_dir_all(&dir)
                    .map_err(|e| format!("evidence directory {}: {e}", dir.display()))?;
                Arc::new(
                    object_store::local::LocalFileSystem::new_with_prefix(&dir)
                        .map_err(|e| format!("evidence directory {}: {e}", dir.display()))?,
                )
            }
        };
        Ok(Self { store, max_bytes })
    }

    /// Starts writing an object part by part (a multipart upload on S3, a staging file on a
    /// directory), so a file never has to be held whole in memory.
    pub async fn begin(&self, key: &str) -> Result<WriteMultipart, object_store::Error> {
        Ok(WriteMultipart::new_with_chunk_size(
            self.store.put_multipart(&ObjectPath::from(key)).await?,
            STREAM_PART_BYTES,
        ))
    }

    /// Moves a finished object to its final key (replacing one with the same content).
    pub async fn rename(&self, from: &str, to: &str) -> Result<(), object_store::Error> {
        self.store.rename(&ObjectPath::from(from), &ObjectPath::from(to)).await
    }

    pub async fn delete(&self, key: &str) -> Result<(), object_store::Error> {
        self.store.delete(&ObjectPath::from(key)).await
    }

    pub async fn get(&self, key: &str) -> Result<bytes::Bytes, object_store::Error> {
        self.store.get(&ObjectPath::from(key)).await?.bytes().await
    }
}

/// Who is asking, from the session cookie; the reader's language for refusals.
async fn reader(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<(app::db::entities::user::Model, bool), StatusCode> {
    let user = state
        .session_user(headers)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .ok_or(StatusCode::UNAUTHORIZED)?;
    let admin = app::db::accounts::roles_of(&state.db, user.id)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .contains(&app::domain::accounts::GlobalRole::Administrator);
    Ok((user, admin))
}

fn language_of(headers: &HeaderMap) -> &'static str {
    let cookies = headers.get(header::COOKIE).and_then(|v| v.to_str().ok()).unwrap_or("");
    app::cookies::cookie_value(cookies, app::i18n::LANGUAGE_COOKIE)
        .and_then(app::i18n::supported_language)
        .unwrap_or(app::i18n::DEFAULT_LANGUAGE)
}

/// An active member of the facility: the only people who add to its library.
async fn is_member(
    state: &AppState,
    user_id: UserId,
    facility_id: FacilityId,
) -> Result<bool, StatusCode> {
    let standing = app::db::memberships::standing(&state.db, user_id, facility_id)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(standing.is_some_and(app::db::memberships::Standing::is_active_member))
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
fn answer(
    json: bool,
    application_id: ApplicationId,
    item: Option<&str>,
    language: &str,
    outcome: Result<i64, (StatusCode, &'static str)>,
) -> Response {
    let anchor = item.map(|i| format!("#item-{i}")).unwrap_or_else(|| "#evidence-library".into());
    match (json, outcome) {
        (true, Ok(file)) => {
            (StatusCode::OK, axum::Json(serde_json::json!({ "file": file }))).into_response()
        }
        (true, Err((status, key))) => (
            status,
            axum::Json(serde_json::json!({ "error": key, "message": translate(language, key) })),
        )
            .into_response(),
        (false, Ok(_)) => {
            Redirect::to(&format!("/applications/{application_id}?evidence=uploaded{anchor}"))
                .into_response()
        }
        (false, Err((StatusCode::UNAUTHORIZED, _))) => Redirect::to("/sign-in").into_response(),
        (false, Err((_, key))) => {
            Redirect::to(&format!("/applications/{application_id}?evidence_error={key}{anchor}"))
                .into_response()
        }
    }
}

/// `POST /applications/{id}/evidence`: fields `item` (optional, first) and `file`.
pub async fn upload(
    State(state): State<AppState>,
    Path(application_id): Path<ApplicationId>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Response {
    let json = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("application/json"));
    let language = language_of(&headers);
    let mut item: Option<String> = None;
    let outcome = async {
        let (user, _) = reader(&state, &headers).await.map_err(|s| (s, "error-unauthorized"))?;
        let app = app::db::applications::find(&state.db, application_id)
            .await
            .map_err(internal)?
            .ok_or((StatusCode::FORBIDDEN, "error-forbidden"))?;
        // Administrators read a facility's evidence but never add to it (separation of duties).
        if !is_member(&state, user.id, app.facility_id)
            .await
            .map_err(|s| (s, "error-internal-no-ref"))?
        {
            return Err((StatusCode::FORBIDDEN, "error-forbidden"));
        }
        if !app.status.accepts_changes() {
            return Err((StatusCode::UNPROCESSABLE_ENTITY, "application-error-not-draft"));
        }
        let mut file: Option<Received> = None;
        while let Some(field) = multipart
            .next_field()
            .await
            .map_err(|_| (StatusCode::PAYLOAD_TOO_LARGE, "evidence-error-too-large"))?
        {
            match field.name() {
                Some("item") => {
                    item = field
                        .text()
                        .await
                        .ok()
                        .map(|t| t.trim().to_owned())
                        .filter(|t| !t.is_empty())
                }
                Some("file") if file.is_none() => {
                    file = Some(receive(&state.evidence, app.facility_id, field).await?)
                }
                _ => {}
            }
        }
        let received = file.ok_or((StatusCode::UNPROCESSABLE_ENTITY, "evidence-error-empty"))?;
        let content_type = match judge(&received) {
            Ok(content_type) => content_type,
            Err(key) => {
                discard(&state.evidence, &received.staging_key).await;
                return Err((StatusCode::UNSUPPORTED_MEDIA_TYPE, key));
            }
        };
        let key = service::storage_key(app.facility_id, &received.sha256);
        // Content first: a row never points at content that is not stored.
        state.evidence.rename(&received.staging_key, &key).await.map_err(|e| {
            tracing::error!(error = %e, "storing evidence");
            (StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref")
        })?;
        let size = i64::try_from(received.inspection.size).unwrap_or(i64::MAX);
        let new = NewFile {
            facility_id: app.facility_id,
            sha256: received.sha256,
            size_bytes: size,
            content_type: content_type.to_owned(),
            name: received.name,
            storage_key: key,
        };
        let (stored, _) = service::add_file(&state.db, new, user.id, chrono::Utc::now())
            .await
            .map_err(internal)?;
        if let Some(item) = &item {
            service::link(&state.db, &app, item, stored.id, user.id, chrono::Utc::now())
                .await
                .map_err(|e| match e {
                    app::db::DataError::Invalid(_) => {
                        (StatusCode::UNPROCESSABLE_ENTITY, "answer-error-unknown-item")
                    }
                    other => internal(other),
                })?;
        }
        Ok(stored.id)
    }
    .await;
    answer(json, application_id, item.as_deref(), language, outcome)
}

/// A file field written to a staging object while its hash, size and type were learnt.
struct Received {
    name: String,
    staging_key: String,
    sha256: String,
    inspection: Inspection,
}

/// Streams a file field into a staging object of the facility, enforcing the size limit on
/// the bytes received; nothing holds the whole file. A refused or broken upload leaves no
/// staging object behind.
async fn receive(
    store: &EvidenceStore,
    facility_id: FacilityId,
    mut field: axum::extract::multipart::Field<'_>,
) -> Result<Received, (StatusCode, &'static str)> {
    let name = clean_name(field.file_name().unwrap_or(""), "evidence");
    let mut random = [0u8; 16];
    getrandom::fill(&mut random)
        .map_err(|_| (StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref"))?;
    let staging_key = format!("evidence/{facility_id}/incoming/{}", hex::encode(random));
    let storage = |e: object_store::Error| {
        tracing::error!(error = %e, "storing evidence");
        (StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref")
    };
    let mut upload = store.begin(&staging_key).await.map_err(storage)?;
    let mut hasher = Sha256::new();
    let mut inspector = Inspector::default();
    let mut received: u64 = 0;
    loop {
        let chunk = match field.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(_) => {
                let _ = upload.abort().await;
                return Err((StatusCode::PAYLOAD_TOO_LARGE, "evidence-error-too-large"));
            }
        };
        received += u64::try_from(chunk.len()).unwrap_or(u64::MAX);
        if received > store.max_bytes {
            let _ = upload.abort().await;
            return Err((StatusCode::PAYLOAD_TOO_LARGE, "evidence-error-too-large"));
        }
        hasher.update(&chunk);
        inspector.feed(&chunk);
        upload.write(&chunk);
        // Back-pressure: at most two parts in flight.
        if let Err(e) = upload.wait_for_capacity(2).await {
            return Err(storage(e));
        }
    }
    upload.finish().await.map_err(storage)?;
    Ok(Received {
        name,
        staging_key,
        sha256: hex::encode(hasher.finalize()),
        inspection: inspector.finish(),
    })
}

/// The accepted type of a received file, or the Fluent id of its refusal.
fn judge(file: &Received) -> Result<&'static str, &'static str> {
    if is_executable(&file.name, &file.inspection) {
        return Err("evidence-error-executable");
    }
    sniff(&file.inspection)
}

async fn discard(store: &EvidenceStore, staging_key: &str) {
    if let Err(e) = store.delete(staging_key).await {
        tracing::warn!(error = %e, key = staging_key, "removing a refused upload");
    }
}

fn internal(e: app::db::DataError) -> (StatusCode, &'static str) {
    tracing::error!(error = %e, "evidence");
    (StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref")
}

/// `GET /evidence/{id}`: the file, for members of its facility, administrators, and the
/// active assessors of an undecided application it is evidence of. PDF and images open in
/// the browser (sandboxed); other types download. Every download is audited.
pub async fn download(
    State(state): State<AppState>,
    Path(file_id): Path<i64>,
    headers: HeaderMap,
) -> Response {
    let language = language_of(&headers);
    let refuse = |status: StatusCode, key: &str| (status, translate(language, key)).into_response();
    let (user, admin) = match reader(&state, &headers).await {
        Ok(found) => found,
        Err(StatusCode::UNAUTHORIZED) => {
            return refuse(StatusCode::UNAUTHORIZED, "error-unauthorized");
        }
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
    let mut entry = app::db::audit::NewEntry::new(
        &format!("user:{}", user.id),
        "evidence.downloaded",
        &format!("facility:{}", file.facility_id),
    );
    entry.after = Some(serde_json::json!({ "file": file.id, "sha256": file.sha256, "as": grant }));
    if let Err(e) = app::db::audit::append(&state.db, entry).await {
        // A download that cannot be recorded is not handed out.
        tracing::error!(error = %e, file = file.id, "auditing an evidence download");
        return refuse(StatusCode::INTERNAL_SERVER_ERROR, "error-internal-no-ref");
    }
    let inline = file.content_type == "application/pdf" || file.content_type.starts_with("image/");
    let disposition = format!(
        "{}; filename*=UTF-8''{}",
        if inline { "inline" } else { "attachment" },
        percent_encode(&file.original_name)
    );
    let mut response = bytes.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&file.content_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
    );
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
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_encoded_for_the_header() {
        assert_eq!(percent_encode("SOP v2.pdf"), "SOP%20v2.pdf");
        assert_eq!(percent_encode("Prüfung.pdf"), "Pr%C3%BCfung.pdf");
    }
}
