//! The payment provider's webhook: `POST /webhooks/payments`.
//!
//! A notification is accepted only with `X-Accredit-Timestamp` (Unix seconds, within five
//! minutes of now) and `X-Accredit-Signature: sha256=<hex>` = HMAC-SHA256 of
//! `"<timestamp>.<body>"` under the shared secret; the comparison is constant-time. The body:
//! `{"event_id", "invoice" (number or payment reference), "amount_minor", "paid_on"}`. Each
//! event id is applied once; a replay answers 200 and changes nothing.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;

use crate::router::AppState;

/// How far a notification's timestamp may be from the server's clock.
pub const TOLERANCE_SECONDS: i64 = 300;

#[derive(Debug, Deserialize)]
struct Notification {
    event_id: String,
    invoice: String,
    amount_minor: i64,
    paid_on: chrono::NaiveDate,
}

/// Why a notification was refused before it was applied.
#[derive(Debug, PartialEq, Eq)]
pub enum Rejection {
    MissingHeaders,
    StaleTimestamp,
    BadSignature,
}

/// The signature a sender puts in `X-Accredit-Signature` (for providers' tests and ours).
pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap_or_else(|_| unreachable_hmac());
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// HMAC accepts keys of any length; this cannot happen.
fn unreachable_hmac() -> Hmac<Sha256> {
    #[expect(clippy::expect_used, reason = "HMAC-SHA256 takes keys of any length")]
    Hmac::<Sha256>::new_from_slice(&[0]).expect("HMAC key")
}

/// Checks timestamp and signature of a notification received at `now` (Unix seconds).
pub fn verify(secret: &str, headers: &HeaderMap, body: &[u8], now: i64) -> Result<(), Rejection> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim);
    let (Some(timestamp), Some(signature)) =
        (header("x-accredit-timestamp"), header("x-accredit-signature"))
    else {
        return Err(Rejection::MissingHeaders);
    };
    let timestamp: i64 = timestamp.parse().map_err(|_| Rejection::StaleTimestamp)?;
    if (now - timestamp).abs() > TOLERANCE_SECONDS {
        return Err(Rejection::StaleTimestamp);
    }
    let given = signature
        .strip_prefix("sha256=")
        .and_then(|h| hex::decode(h).ok())
        .ok_or(Rejection::BadSignature)?;
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).map_err(|_| Rejection::BadSignature)?;
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac.verify_slice(&given).map_err(|_| Rejection::BadSignature)
}

fn error(status: StatusCode, message: &str) -> Response {
    (status, Json(serde_json::json!({ "error": message }))).into_response()
}

pub async fn payment_notification(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(secret) = state.payment_webhook_secret.as_deref() else {
        return error(StatusCode::NOT_FOUND, "payment webhook not configured");
    };
    let now = chrono::Utc::now();
    match verify(secret, &headers, &body, now.timestamp()) {
        Ok(()) => {}
        Err(Rejection::BadSignature | Rejection::MissingHeaders) => {
            return error(StatusCode::UNAUTHORIZED, "signature missing or invalid");
        }
        Err(Rejection::StaleTimestamp) => {
            return error(StatusCode::BAD_REQUEST, "timestamp outside tolerance");
        }
    }
    let Ok(notification) = serde_json::from_slice::<Notification>(&body) else {
        return error(StatusCode::UNPROCESSABLE_ENTITY, "malformed notification");
    };
    if notification.event_id.trim().is_empty() || notification.event_id.len() > 128 {
        return error(StatusCode::UNPROCESSABLE_ENTITY, "malformed event id");
    }
    let outcome = app::db::billing::apply_provider_event(
        &state.db,
        notification.event_id.trim(),
        &notification.invoice,
        notification.amount_minor,
        notification.paid_on,
        &state.public_url,
        now,
    )
    .await;
    match outcome {
        Ok(app::db::billing::ProviderOutcome::Processed(outcome)) => {
            Json(serde_json::json!({ "outcome": outcome, "replayed": false })).into_response()
        }
        Ok(app::db::billing::ProviderOutcome::Replayed(outcome)) => {
            Json(serde_json::json!({ "outcome": outcome, "replayed": true })).into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "payment notification failed");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "could not apply the notification; retry later",
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(timestamp: i64, signature: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            "x-accredit-timestamp",
            timestamp.to_string().parse().unwrap_or_else(|_| unreachable!()),
        );
        h.insert("x-accredit-signature", signature.parse().unwrap_or_else(|_| unreachable!()));
        h
    }

    #[test]
    fn only_a_fresh_correct_signature_passes() {
        let body = br#"{"event_id":"ev_1"}"#;
        let now = 1_790_000_000;
        let good = sign("s3cret", now, body);
        assert_eq!(verify("s3cret", &headers(now, &good), body, now), Ok(()));
        assert_eq!(verify("s3cret", &headers(now, &good), body, now + TOLERANCE_SECONDS), Ok(()));
        assert_eq!(verify("other", &headers(now, &good), body, now), Err(Rejection::BadSignature));
        assert_eq!(
            verify("s3cret", &headers(now, &good), br#"{"event_id":"ev_2"}"#, now),
            Err(Rejection::BadSignature)
        );
        assert_eq!(
            verify("s3cret", &headers(now, &good), body, now + TOLERANCE_SECONDS + 1),
            Err(Rejection::StaleTimestamp)
        );
        let old = sign("s3cret", now - 3600, body);
        assert_eq!(
            verify("s3cret", &headers(now - 3600, &old), body, now),
            Err(Rejection::StaleTimestamp)
        );
        assert_eq!(
            verify("s3cret", &headers(now, "sha256=zz"), body, now),
            Err(Rejection::BadSignature)
        );
        assert_eq!(verify("s3cret", &HeaderMap::new(), body, now), Err(Rejection::MissingHeaders));
    }
}
