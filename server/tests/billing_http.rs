//! Billing over HTTP: the payment provider's webhook (signature, timestamp tolerance,
//! replays) and the invoice PDF download (access and languages), on SQLite and PostgreSQL.

#![expect(clippy::unwrap_used, reason = "test set-up: any failure should fail the test")]

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use sea_orm::{EntityTrait, PaginatorTrait};
use tower::ServiceExt;

use app::db::entities::payment;
use app::db::{accounts, billing, sessions, testing};
use app::domain::billing::FeeSchedule;
use app::domain::facilities::FacilityStatus;
use server::config::{BillingConfig, Config};
use server::router::{AppState, router};
use server::webhook::sign;

const SECRET: &str = "whsec_test_only";

async fn send(
    app: &axum::Router,
    request: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let response = app.clone().oneshot(request).await.unwrap();
    let (status, headers) = (response.status(), response.headers().clone());
    let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, headers, body)
}

fn notification(timestamp: i64, signature: &str, body: &str) -> Request<Body> {
    Request::post("/webhooks/payments")
        .header(header::CONTENT_TYPE, "application/json")
        .header("x-accredit-timestamp", timestamp.to_string())
        .header("x-accredit-signature", signature)
        .body(Body::from(body.to_owned()))
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_and_pdf() {
    for t in testing::all().await {
        let db = &t.db;
        let base = "http://test";
        let (facility, holder) =
            testing::activated_facility(db, "holder@general.example", "IO Unit").await.unwrap();
        let inv = billing::invoices_of(db, facility.id).await.unwrap().remove(0);

        let config = Config {
            addr: "127.0.0.1:0".parse().unwrap(),
            data_dir: std::env::temp_dir(),
            database_url: None,
            site_root: "target/site".into(),
            public_url: Some(base.into()),
            smtp_url: None,
            mail_from: "test@accredit-io.example".into(),
            billing: BillingConfig::default(),
            payment_webhook_secret: Some(SECRET.into()),
            evidence_store: None,
            locales_dir: None,
            evidence_max_bytes: app::domain::evidence::DEFAULT_MAX_BYTES,
            assessment_weeks: app::domain::assessment::DEFAULT_TARGET_WEEKS,
            reapply_wait_days: app::domain::assessment::DEFAULT_REAPPLY_WAIT_DAYS,
            registration_grace_days: app::db::registrations::DEFAULT_GRACE_DAYS,
            security: server::config::SecurityConfig::default(),
        };
        let app = router(AppState::new(db.clone(), &config, FeeSchedule::demo()).unwrap());
        let now = chrono::Utc::now().timestamp();
        let body = format!(
            r#"{{"event_id":"evt_1","invoice":"{}","amount_minor":{},"paid_on":"{}"}}"#,
            inv.payment_reference,
            inv.total_minor,
            chrono::Utc::now().date_naive()
        );
        let payments = || async { payment::Entity::find().count(db).await.unwrap() };

        // Refused before anything is applied.
        let (status, ..) =
            send(&app, notification(now, &sign("wrong secret", now, body.as_bytes()), &body)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{}", t.backend);
        let (status, ..) = send(&app, notification(now, &sign(SECRET, now, b"{}"), &body)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "signature of another body");
        let stale = now - 600;
        let (status, ..) =
            send(&app, notification(stale, &sign(SECRET, stale, body.as_bytes()), &body)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "stale timestamp");
        assert_eq!(payments().await, 0);
        assert_eq!(
            app::db::status_history::current_status(db, facility.id).await.unwrap(),
            FacilityStatus::PendingPayment
        );

        // Accepted once; the replay answers 200 and changes nothing.
        let (status, _, answer) =
            send(&app, notification(now, &sign(SECRET, now, body.as_bytes()), &body)).await;
        assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&answer));
        assert!(String::from_utf8_lossy(&answer).contains(r#""replayed":false"#));
        assert_eq!(
            app::db::status_history::current_status(db, facility.id).await.unwrap(),
            FacilityStatus::Enrolled
        );
        let (status, _, answer) =
            send(&app, notification(now, &sign(SECRET, now, body.as_bytes()), &body)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(String::from_utf8_lossy(&answer).contains(r#""replayed":true"#));
        assert_eq!(payments().await, 1);

        // The PDF: members and administrators only, in the language asked for.
        let outsider = accounts::create_user(
            db,
            accounts::NewUser {
                email: "out@x.org".into(),
                display_name: "Out".into(),
                password: "outsider password".into(),
                language: "en".into(),
            },
            "test",
        )
        .await
        .unwrap();
        let pdf = |cookie: Option<String>, lang: &str| {
            let mut request = Request::get(format!("/invoices/{}/pdf?lang={lang}", inv.id));
            if let Some(c) = cookie {
                request = request.header(header::COOKIE, c);
            }
            request.body(Body::empty()).unwrap()
        };
        let (status, ..) = send(&app, pdf(None, "en")).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        let (outsider_token, _) =
            sessions::open(db, outsider.id, &Default::default(), chrono::Utc::now()).await.unwrap();
        let (status, ..) =
            send(&app, pdf(Some(format!("accredit_session={outsider_token}")), "en")).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (holder_token, _) =
            sessions::open(db, holder.id, &Default::default(), chrono::Utc::now()).await.unwrap();
        for lang in ["en", "de", "ar", "zh-CN"] {
            let (status, headers, bytes) =
                send(&app, pdf(Some(format!("accredit_session={holder_token}")), lang)).await;
            assert_eq!(status, StatusCode::OK, "{lang}: {}", String::from_utf8_lossy(&bytes));
            assert_eq!(headers.get(header::CONTENT_TYPE).unwrap(), "application/pdf");
            assert!(
                headers
                    .get(header::CONTENT_DISPOSITION)
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .contains(&format!("invoice-{}.pdf", inv.number))
            );
            assert!(
                bytes.starts_with(b"%PDF-") && bytes.len() > 2_000,
                "{lang}: {} bytes",
                bytes.len()
            );
        }
        t.cleanup().await;
    }
}
