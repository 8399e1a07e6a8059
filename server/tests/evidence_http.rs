//! Evidence over HTTP, on SQLite and PostgreSQL: upload with the type decided by content,
//! the size limit on the bytes received, linking on upload, and downloads only for the
//! facility's members and administrators (who never upload).

#![expect(clippy::unwrap_used, reason = "test set-up: any failure should fail the test")]

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

use app::db::accounts::{self, NewUser};
use app::db::{editions, evidence, sessions, testing};
use app::domain::accounts::GlobalRole;
use server::config::{BillingConfig, Config};
use server::router::{AppState, router};

const LIMIT: u64 = 64 * 1024;
const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

async fn send(
    app: &axum::Router,
    request: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let response = app.clone().oneshot(request).await.unwrap();
    let (status, headers) = (response.status(), response.headers().clone());
    (status, headers, response.into_body().collect().await.unwrap().to_bytes().to_vec())
}

fn upload(
    application: app::domain::ids::ApplicationId,
    token: Option<&str>,
    item: Option<&str>,
    name: &str,
    content: &[u8],
    json: bool,
) -> Request<Body> {
    let boundary = "----accredit-test-boundary";
    let mut body = Vec::new();
    if let Some(item) = item {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"item\"\r\n\r\n{item}\r\n"
            )
            .as_bytes(),
        );
    }
    // The browser's claim of the type is deliberately wrong: only the content counts.
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/pdf\r\n\r\n").as_bytes());
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let mut request = Request::post(format!("/applications/{application}/evidence"))
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"));
    if json {
        request = request.header(header::ACCEPT, "application/json");
    }
    if let Some(token) = token {
        request = request.header(header::COOKIE, format!("accredit_session={token}"));
    }
    request.body(Body::from(body)).unwrap()
}

fn download(file: i64, token: Option<&str>) -> Request<Body> {
    let mut request = Request::get(format!("/evidence/{file}"));
    if let Some(token) = token {
        request = request.header(header::COOKIE, format!("accredit_session={token}"));
    }
    request.body(Body::empty()).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upload_link_and_download() {
    for t in testing::all().await {
        let db = &t.db;
        editions::import(db, editions::DEMO_EDITION, None, chrono::Utc::now()).await.unwrap();
        let (application, holder) =
            testing::enrolled_application(db, "files@general.example", "Files Unit").await.unwrap();
        let outsider = accounts::create_user(
            db,
            NewUser {
                email: "out@x.example".into(),
                display_name: "Out".into(),
                password: "a password for tests".into(),
                language: "en".into(),
            },
            "test",
        )
        .await
        .unwrap();
        let admin = accounts::create_user(
            db,
            NewUser {
                email: "adm@x.example".into(),
                display_name: "Adm".into(),
                password: "a password for tests".into(),
                language: "en".into(),
            },
            "test",
        )
        .await
        .unwrap();
        accounts::grant_role(db, admin.id, GlobalRole::Administrator, "test").await.unwrap();
        let (member_token, _) =
            sessions::open(db, holder.id, &Default::default(), chrono::Utc::now()).await.unwrap();
        let (outsider_token, _) =
            sessions::open(db, outsider.id, &Default::default(), chrono::Utc::now()).await.unwrap();
        let (admin_token, _) =
            sessions::open(db, admin.id, &Default::default(), chrono::Utc::now()).await.unwrap();
        let data_dir = std::env::temp_dir().join(format!(
            "accredit-evidence-{}-{}",
            t.backend,
            std::process::id()
        ));
        let config = Config {
            addr: "127.0.0.1:0".parse().unwrap(),
            data_dir: data_dir.clone(),
            database_url: None,
            site_root: "target/site".into(),
            public_url: None,
            smtp_url: None,
            mail_from: "test@accredit-io.example".into(),
            billing: BillingConfig::default(),
            payment_webhook_secret: None,
            evidence_store: None,
            locales_dir: None,
            evidence_max_bytes: LIMIT,
            assessment_weeks: app::domain::assessment::DEFAULT_TARGET_WEEKS,
            reapply_wait_days: app::domain::assessment::DEFAULT_REAPPLY_WAIT_DAYS,
            registration_grace_days: app::db::registrations::DEFAULT_GRACE_DAYS,
            security: server::config::SecurityConfig::default(),
        };
        let app = router(
            AppState::new(db.clone(), &config, app::domain::billing::FeeSchedule::demo()).unwrap(),
        );
        let a = application.id;

        // A browser form: stored, linked to 1a, and back to the item.
        let (status, headers, _) =
            send(&app, upload(a, Some(&member_token), Some("1a"), "../SOP v2.pdf", PDF, false))
                .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{}", t.backend);
        assert_eq!(
            headers[header::LOCATION],
            format!("/applications/{a}?evidence=uploaded#item-1a")
        );
        let view = evidence::view(db, &application, LIMIT).await.unwrap();
        assert_eq!(view.library.len(), 1);
        let file = view.library[0].clone();
        assert_eq!(
            (file.name.as_str(), file.content_type.as_str(), file.size_bytes),
            ("SOP v2.pdf", "application/pdf", i64::try_from(PDF.len()).unwrap())
        );
        assert_eq!(file.sha256, hex::encode(<sha2::Sha256 as sha2::Digest>::digest(PDF)));
        assert_eq!(view.links, [("1a".to_owned(), file.id)]);
        assert!(
            data_dir
                .join("evidence")
                .join(evidence::storage_key(application.facility_id, &file.sha256))
                .exists()
        );

        // The same bytes again, for 2a: one library entry, two links.
        let (status, _, body) =
            send(&app, upload(a, Some(&member_token), Some("2a"), "copy.pdf", PDF, true)).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(serde_json::from_slice::<serde_json::Value>(&body).unwrap()["file"], file.id);
        let view = evidence::view(db, &application, LIMIT).await.unwrap();
        assert_eq!((view.library.len(), view.links.len()), (1, 2));

        // An executable named .pdf, an empty file, a file over the limit: refused with the reason.
        let (status, _, body) = send(
            &app,
            upload(
                a,
                Some(&member_token),
                None,
                "report.pdf",
                b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\xff\xff",
                true,
            ),
        )
        .await;
        assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert!(String::from_utf8_lossy(&body).contains("evidence-error-type"));
        let (status, headers, _) =
            send(&app, upload(a, Some(&member_token), Some("3a"), "empty.pdf", b"", false)).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(
            headers[header::LOCATION],
            format!("/applications/{a}?evidence_error=evidence-error-empty#item-3a")
        );
        let big = [PDF, &vec![b'0'; usize::try_from(LIMIT).unwrap()]].concat();
        let (status, _, body) =
            send(&app, upload(a, Some(&member_token), None, "big.pdf", &big, true)).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
        assert!(String::from_utf8_lossy(&body).contains("evidence-error-too-large"));
        assert_eq!(
            evidence::view(db, &application, LIMIT).await.unwrap().library.len(),
            1,
            "nothing refused was stored"
        );
        // Uploads stream through a staging object; refused ones leave none behind.
        let staging = data_dir
            .join("evidence")
            .join(format!("evidence/{}/incoming", application.facility_id));
        let left = std::fs::read_dir(&staging).map(std::iter::Iterator::count).unwrap_or(0);
        assert_eq!(left, 0, "{}: staging objects left in {}", t.backend, staging.display());

        // Uploads: not signed in 401, not a member 403.
        assert_eq!(
            send(&app, upload(a, None, None, "x.pdf", PDF, true)).await.0,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            send(&app, upload(a, Some(&outsider_token), None, "x.pdf", PDF, true)).await.0,
            StatusCode::FORBIDDEN
        );
        // Administrators read a facility's evidence but never add to it.
        assert_eq!(
            send(&app, upload(a, Some(&admin_token), None, "x.pdf", PDF, true)).await.0,
            StatusCode::FORBIDDEN
        );

        // Downloads: members and administrators get the file with its checked type.
        let (status, headers, body) = send(&app, download(file.id, Some(&member_token))).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body, PDF);
        assert_eq!(headers[header::CONTENT_TYPE], "application/pdf");
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(headers[header::CONTENT_DISPOSITION], "inline; filename*=UTF-8''SOP%20v2.pdf");
        // Shown inline, it runs nothing; nobody keeps a copy; the page headers are there too.
        assert!(headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap().starts_with("sandbox"));
        assert_eq!(headers[header::CACHE_CONTROL], "private, no-store");
        assert_eq!(headers[header::REFERRER_POLICY], "strict-origin-when-cross-origin");
        assert_eq!(send(&app, download(file.id, Some(&admin_token))).await.0, StatusCode::OK);
        assert_eq!(
            send(&app, download(file.id, Some(&outsider_token))).await.0,
            StatusCode::FORBIDDEN
        );
        assert_eq!(send(&app, download(file.id, None)).await.0, StatusCode::UNAUTHORIZED);
        assert_eq!(
            send(&app, download(file.id + 1000, Some(&member_token))).await.0,
            StatusCode::FORBIDDEN
        );
        let _ = std::fs::remove_dir_all(&data_dir);
        t.cleanup().await;
    }
}
