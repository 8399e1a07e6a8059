//! The router end to end, in process: server rendering in several languages, language
//! negotiation and its cookie, probes, 404s, request ids.

#![expect(clippy::unwrap_used, reason = "test helpers: any failure should fail the test")]

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use leptos::server_fn::ServerFn;
use tower::ServiceExt;

use app::db::testing;
use server::config::Config;
use server::router::{AppState, router};

struct Page {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

async fn get(app: &axum::Router, uri: &str, headers: &[(&str, &str)]) -> Page {
    let mut request = Request::builder().uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Page { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

/// These tests run one at a time. Each `#[tokio::test]` brings its own runtime, and when
/// several of them built and rendered Leptos apps in parallel in one process, about one run
/// in four hung (measured: 6/25 in parallel, 0/25 serially). Leptos keeps process-wide state
/// (executor, route generation) that a server, with its one runtime, sets up once; concurrency
/// *within* one runtime is what `concurrent_renders_of_every_page_complete` exercises.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The configuration of these tests: defaults, with `public_url` as given.
fn config(public_url: Option<&str>) -> Config {
    Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        data_dir: std::env::temp_dir(),
        database_url: None,
        site_root: "target/site".into(),
        public_url: public_url.map(str::to_owned),
        smtp_url: None,
        mail_from: "test@accredit-io.example".into(),
        billing: server::config::BillingConfig::default(),
        payment_webhook_secret: None,
        evidence_store: None,
        locales_dir: None,
        evidence_max_bytes: app::domain::evidence::DEFAULT_MAX_BYTES,
        assessment_weeks: app::domain::assessment::DEFAULT_TARGET_WEEKS,
        reapply_wait_days: app::domain::assessment::DEFAULT_REAPPLY_WAIT_DAYS,
        registration_grace_days: app::db::registrations::DEFAULT_GRACE_DAYS,
        security: server::config::SecurityConfig::default(),
    }
}

async fn app() -> (axum::Router, testing::TestDb) {
    let t = testing::sqlite().await.unwrap();
    let config = config(None);
    (
        router(
            AppState::new(t.db.clone(), &config, app::domain::billing::FeeSchedule::demo())
                .unwrap(),
        ),
        t,
    )
}

fn html_tag(body: &str) -> &str {
    let start = body.find("<html").unwrap_or(0);
    let end = body[start..].find('>').map_or(body.len(), |e| start + e + 1);
    &body[start..end]
}

#[tokio::test]
async fn home_page_is_server_rendered_in_english_by_default() {
    let _serial = SERIAL.lock().await;
    let (app, t) = app().await;
    let page = get(&app, "/", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(html_tag(&page.body).contains(r#"lang="en""#), "{}", html_tag(&page.body));
    assert!(html_tag(&page.body).contains(r#"dir="ltr""#));
    assert!(page.body.contains("From enrolment to Centre of Excellence"));
    assert!(page.body.contains("Enrolled Centre") && page.body.contains("Accredited Centre"));
    // An anonymous visitor's page: no bundle, only the plain-page script.
    assert!(!page.body.contains("/pkg/accredit_io.js"), "the bundle on an anonymous page");
    assert!(page.body.contains(app::bundle::PLAIN_PAGE_SCRIPT), "plain-page script missing");
    let cookie = page.headers.get(header::SET_COOKIE).and_then(|v| v.to_str().ok()).unwrap_or("");
    assert!(cookie.starts_with("lang=en;"), "{cookie}");
    assert!(page.headers.contains_key("x-request-id"));
    t.cleanup().await;
}

#[tokio::test]
async fn language_comes_from_param_then_cookie_then_accept_language() {
    let _serial = SERIAL.lock().await;
    let (app, t) = app().await;
    let ar = get(&app, "/?lang=ar", &[("cookie", "lang=de")]).await;
    assert!(
        html_tag(&ar.body).contains(r#"lang="ar""#) && html_tag(&ar.body).contains(r#"dir="rtl""#),
        "{}",
        html_tag(&ar.body)
    );
    assert!(ar.body.contains("من التسجيل إلى مركز التميّز"));
    assert!(
        ar.headers
            .get(header::SET_COOKIE)
            .is_some_and(|v| v.to_str().unwrap_or("").starts_with("lang=ar;"))
    );

    let de = get(&app, "/", &[("cookie", "lang=de"), ("accept-language", "fr")]).await;
    assert!(html_tag(&de.body).contains(r#"lang="de""#));
    assert!(de.body.contains("Von der Einschreibung zum Centre of Excellence"));
    assert!(de.headers.get(header::SET_COOKIE).is_none(), "cookie already right: nothing to set");

    let zh = get(&app, "/", &[("accept-language", "zh-TW,zh;q=0.9,en;q=0.5")]).await;
    assert!(html_tag(&zh.body).contains(r#"lang="zh-CN""#));
    assert!(zh.body.contains("从注册到卓越中心"));
    t.cleanup().await;
}

#[tokio::test]
async fn unknown_paths_are_translated_404s() {
    let _serial = SERIAL.lock().await;
    let (app, t) = app().await;
    let page = get(&app, "/no/such/page?lang=fr", &[]).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains("Page introuvable"), "{}", page.body);
    t.cleanup().await;
}

#[tokio::test]
async fn probes_answer() {
    let _serial = SERIAL.lock().await;
    let (app, t) = app().await;
    assert_eq!(get(&app, "/healthz", &[]).await.status, StatusCode::OK);
    let ready = get(&app, "/readyz", &[]).await;
    assert_eq!((ready.status, ready.body.as_str()), (StatusCode::OK, "ready"));
    t.db.clone().close().await.unwrap();
    assert_eq!(get(&app, "/readyz", &[]).await.status, StatusCode::SERVICE_UNAVAILABLE);
    t.cleanup().await;
}

/// Regression: page titles were translated by looking the i18n context up lazily, and the
/// server sometimes evaluated them (writing <head>) where the lookup failed, panicking the
/// render. Many concurrent renders of every page must all complete with their status.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_renders_of_every_page_complete() {
    let _serial = SERIAL.lock().await;
    let (app, t) = app().await;
    let mut tasks = Vec::new();
    for n in 0..60 {
        let app = app.clone();
        let (uri, status) = match n % 6 {
            0 => ("/?lang=ar", StatusCode::OK),
            1 => ("/sign-in?lang=de", StatusCode::OK),
            2 => ("/register?lang=tr", StatusCode::OK),
            // Signed out: the page explains and answers 401 (set by the server function).
            3 => ("/facilities?lang=zh-CN", StatusCode::UNAUTHORIZED),
            4 => ("/admin/outbox?lang=es", StatusCode::UNAUTHORIZED),
            _ => ("/no-such-page?lang=fr", StatusCode::NOT_FOUND),
        };
        tasks.push(tokio::spawn(async move {
            let page = get(&app, uri, &[]).await;
            assert_eq!(page.status, status, "{uri}");
            assert!(page.body.contains("<title>"), "{uri}: no title");
            assert!(page.body.contains("</footer>"), "{uri}: render cut short");
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    t.cleanup().await;
}

/// Every public page renders in every language without a missing or broken message (a
/// message whose variables are not supplied renders as "Unknown localization").
#[tokio::test]
async fn public_pages_have_every_message_in_every_language() {
    let _serial = SERIAL.lock().await;
    let (app, t) = app().await;
    let pages = [
        "/",
        "/sign-in",
        "/sign-up",
        "/register",
        "/forgot-password",
        "/reset-password?token=x",
        "/activate?token=x",
        "/confirm-email?token=x",
        "/join",
    ];
    for language in app::i18n::LANGUAGES {
        for page in pages {
            let separator = if page.contains('?') { '&' } else { '?' };
            let uri = format!("{page}{separator}lang={language}");
            let rendered = get(&app, &uri, &[]).await;
            assert_eq!(rendered.status, StatusCode::OK, "{uri}");
            assert!(
                html_tag(&rendered.body).contains(&format!("lang=\"{language}\"")),
                "{uri}: the page is in its language"
            );
            // The interface texts for the browser are Fluent source, variables and all.
            let page = without_interface_texts(&rendered.body);
            assert!(!page.contains("Unknown localization"), "{uri}: a message did not resolve");
            assert!(!page.contains("{ $") && !page.contains("{$"), "{uri}: an unresolved variable");
        }
    }
    t.cleanup().await;
}

/// The script budget of public pages: at most 60 KB (gzip -9) of script and wasm, or nothing.
/// An anonymous visitor's page loads no bundle, no external script and no interface texts,
/// only the inline plain-page script; a signed-in person's page does load a bundle (so
/// this test sees the difference it checks): the full one, or the questionnaire's own.
#[tokio::test]
#[expect(clippy::print_stdout, reason = "the figure per page is the budget's report")]
async fn public_pages_load_no_bundle_and_stay_within_the_script_budget() {
    const BUDGET: usize = 60 * 1024;
    let _serial = SERIAL.lock().await;
    let (app, t) = app().await;
    let db = &t.db;
    let pages = [
        "/",
        "/manual",
        "/manual/print",
        "/directory",
        "/verify/NO-SUCH-CODE",
        "/workshops",
        "/sign-in",
        "/sign-up",
        "/register",
        "/forgot-password",
        "/reset-password?token=x",
        "/confirm-email?token=x",
        "/activate?token=x",
    ];
    for uri in pages {
        let page = get(&app, uri, &[]).await;
        // An unknown certificate code is a page too (404), with the same frame.
        assert!(
            page.status.is_success() || page.status == StatusCode::NOT_FOUND,
            "{uri}: {}",
            page.status
        );
        let body = &page.body;
        for bundle in [".wasm", "modulepreload", "type=\"module\"", "<script src", "serviceWorker"]
        {
            assert!(!body.contains(bundle), "{uri}: an anonymous page refers to {bundle}");
        }
        assert!(!body.contains(app::i18n::TEXTS_ELEMENT_ID), "{uri}: interface texts");
        let scripts = inline_scripts(body);
        assert!(scripts.contains(app::bundle::PLAIN_PAGE_SCRIPT), "{uri}: no plain-page script");
        let size = gzip_size(&scripts);
        println!("{uri}: {size} B of script (gzip -9)");
        assert!(size <= BUDGET, "{uri}: {size} B of script, over the {BUDGET} B budget");
    }
    let (questionnaire, cookie) =
        signed_in_questionnaire(db, "budget@general.example", "Budget Unit").await;
    // What the module script starts (the service worker's address names the full bundle and
    // the questionnaire's).
    let urls = app::bundle::BundleUrls::default();
    let start = |js: &str| format!("import({js:?})");
    let (full, questionnaire_js, workspace_js) =
        (start(&urls.js), start(&urls.questionnaire.js), start(&urls.workspace.js));
    let page = get(&app, "/", &[("cookie", cookie.as_str())]).await;
    assert!(page.body.contains(&full), "signed in, the full bundle is not started");
    assert!(!page.body.contains(&questionnaire_js), "/: the questionnaire's bundle");
    assert!(!page.body.contains(&workspace_js), "/: the workspace's bundle");
    assert!(!page.body.contains(app::bundle::PLAIN_PAGE_SCRIPT), "/: both scripts");
    // The questionnaire starts its own bundle (its islands) and the plain-page script for
    // the rest of the page, never the full bundle.
    let page = get(&app, &questionnaire, &[("cookie", cookie.as_str())]).await;
    assert!(page.body.contains(&questionnaire_js), "questionnaire: not its own bundle");
    assert!(!page.body.contains(&full), "questionnaire: the full bundle");
    assert!(!page.body.contains(&workspace_js), "questionnaire: the workspace's bundle");
    let preload = format!("<link rel=\"preload\" href=\"{}\"", urls.questionnaire.wasm);
    assert!(page.body.contains(&preload), "questionnaire: its wasm not preloaded");
    assert!(page.body.contains(app::bundle::PLAIN_PAGE_SCRIPT), "questionnaire: no plain script");
    for island in [app::islands::QUESTIONNAIRE, app::islands::ACCOUNT_MENU] {
        let marker = format!("data-island=\"{island}\"");
        assert!(page.body.contains(&marker), "questionnaire: no {island} island");
    }
    // The assessor workspace's address starts the workspace's bundle, whoever asks (an
    // applicant is refused there, in the same frame); the workspace island itself is
    // hydrated in the browser tests (end2end/tests/assessment.spec.ts).
    let workspace = questionnaire.replace("/applications/", "/assessments/");
    let page = get(&app, &workspace, &[("cookie", cookie.as_str())]).await;
    assert!(page.body.contains(&workspace_js), "workspace: not its own bundle");
    assert!(!page.body.contains(&full), "workspace: the full bundle");
    assert!(!page.body.contains(&questionnaire_js), "workspace: the questionnaire's bundle");
    let preload = format!("<link rel=\"preload\" href=\"{}\"", urls.workspace.wasm);
    assert!(page.body.contains(&preload), "workspace: its wasm not preloaded");
    assert!(page.body.contains(app::bundle::PLAIN_PAGE_SCRIPT), "workspace: no plain script");
    let marker = format!("data-island=\"{}\"", app::islands::ACCOUNT_MENU);
    assert!(page.body.contains(&marker), "workspace: no account menu island");
    t.cleanup().await;
}

/// The demonstration edition, an enrolled facility's application and its holder's session:
/// the questionnaire's address and the cookie to open it with.
async fn signed_in_questionnaire(
    db: &sea_orm::DatabaseConnection,
    email: &str,
    facility: &str,
) -> (String, String) {
    app::db::editions::import(db, app::db::editions::DEMO_EDITION, None, chrono::Utc::now())
        .await
        .unwrap();
    let (application, holder) = testing::enrolled_application(db, email, facility).await.unwrap();
    let token = app::db::sessions::open(db, holder.id, &Default::default(), chrono::Utc::now())
        .await
        .unwrap()
        .0;
    (format!("/applications/{}", application.id), format!("accredit_session={token}"))
}

/// The text of every executable inline `<script>` of a page (JSON data left out).
fn inline_scripts(html: &str) -> String {
    let mut scripts = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let open_end = rest[start..].find('>').map_or(rest.len(), |e| start + e + 1);
        let close = rest[open_end..].find("</script>").map_or(rest.len(), |e| open_end + e);
        if !rest[start..open_end].contains("application/json") {
            scripts.push_str(&rest[open_end..close]);
        }
        rest = &rest[close.min(rest.len())..];
        if let Some(stripped) = rest.strip_prefix("</script>") {
            rest = stripped;
        }
    }
    scripts
}

fn gzip_size(text: &str) -> usize {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(text.as_bytes()).unwrap();
    encoder.finish().unwrap().len()
}

/// The page without the element carrying its interface texts (`app::i18n::InterfaceTexts`).
fn without_interface_texts(html: &str) -> String {
    let marker = format!("id=\"{}\"", app::i18n::TEXTS_ELEMENT_ID);
    let Some(at) = html.find(&marker) else { return html.to_owned() };
    let start = html[..at].rfind("<script").unwrap_or(at);
    let end = html[at..].find("</script>").map_or(html.len(), |e| at + e + "</script>".len());
    format!("{}{}", &html[..start], &html[end..])
}

/// Text a user sees in a rendered page: text nodes outside scripts, styles and code, and the
/// attributes read out or shown (placeholder, title, aria-label, alt).
fn visible_texts(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let text = &rest[..open];
        if !text.trim().is_empty() {
            out.push(decode(text.trim()));
        }
        rest = &rest[open..];
        let Some(close) = rest.find('>') else { break };
        let tag = &rest[1..close];
        for attribute in ["placeholder=\"", "title=\"", "aria-label=\"", "alt=\""] {
            if let Some(start) = tag.find(attribute) {
                let value = &tag[start + attribute.len()..];
                out.push(decode(value.split('"').next().unwrap_or("")));
            }
        }
        let name: String = tag.chars().take_while(char::is_ascii_alphanumeric).collect();
        rest = &rest[close + 1..];
        // Machine text: scripts and styles, and `<code>` (ids, hashes, commands).
        if ["script", "style", "code", "title"].contains(&name.as_str()) {
            let end = format!("</{name}>");
            rest = rest.find(&end).map_or("", |e| &rest[e + end.len()..]);
        }
    }
    out
}

fn decode(text: &str) -> String {
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
}

/// Words in Latin script that a Chinese page may legitimately show: the product's name,
/// names of languages in their own language (the switcher), names of formats, and the data
/// the test itself entered. Upper-case abbreviations (PDF, IBAN, UTC) pass anyway.
const ALLOWED_LATIN: [&str; 11] = [
    "Accredit-IO",
    "English",
    "Deutsch",
    "Français",
    "Español",
    "Italiano",
    "Português",
    "iCalendar",
    ".ics",
    "mRECIST",
    "docs/standards-edition.md",
];

fn untranslated_words(text: &str, data: &[&str]) -> Vec<String> {
    let mut text = text.to_owned();
    for allowed in data.iter().chain(&ALLOWED_LATIN) {
        text = text.replace(allowed, " ");
    }
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3 && w.chars().any(|c| c.is_ascii_lowercase()))
        .map(str::to_owned)
        .collect()
}

/// No hard-coded user-visible English: every page, rendered in Chinese for the users who
/// see it, shows no Latin-script word except names, data and abbreviations. A string typed
/// into a component instead of a Fluent message fails this test.
#[tokio::test]
async fn pages_in_chinese_have_no_untranslated_text() {
    let _serial = SERIAL.lock().await;
    let (app, t) = app().await;
    let db = &t.db;
    app::db::editions::import(db, app::db::editions::DEMO_EDITION, None, chrono::Utc::now())
        .await
        .unwrap();
    let (application, holder) =
        testing::enrolled_application(db, "zhang@example.cn", "浙江肿瘤医院").await.unwrap();
    let new = app::db::accounts::NewUser {
        email: "admin@example.cn".into(),
        display_name: "王管理员".into(),
        password: "a password for tests".into(),
        language: "zh-CN".into(),
    };
    let admin = app::db::accounts::create_user(db, new, "test").await.unwrap();
    app::db::accounts::grant_role(
        db,
        admin.id,
        app::domain::accounts::GlobalRole::Administrator,
        "test",
    )
    .await
    .unwrap();
    let holder_token =
        app::db::sessions::open(db, holder.id, &Default::default(), chrono::Utc::now())
            .await
            .unwrap()
            .0;
    let admin_token =
        app::db::sessions::open(db, admin.id, &Default::default(), chrono::Utc::now())
            .await
            .unwrap()
            .0;
    let facility = application.facility_id;
    let workshop = app::domain::workshops::WorkshopForm {
        title: "介入肿瘤病例回顾".into(),
        description: "如何抽取并记录三十个病例。".into(),
        venue: "杭州".into(),
        online_url: "https://meet.example.cn/io".into(),
        language: "zh-CN".into(),
        starts: "2030-03-10T14:00".into(),
        ends: "2030-03-10T16:00".into(),
        time_zone: "Asia/Shanghai".into(),
        capacity: "2".into(),
    };
    let workshop =
        app::db::workshops::create(db, &workshop, admin.id, chrono::Utc::now()).await.unwrap();
    app::db::workshops::book(
        db,
        workshop.id,
        application.facility_id,
        "zhang@example.cn",
        holder.id,
        "http://t",
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    let workshop_page = format!("/workshops/{}", workshop.id);
    let public = [
        "/",
        "/sign-in",
        "/sign-up",
        "/register",
        "/forgot-password",
        "/join",
        "/manual",
        "/manual/print",
        "/directory",
        "/verify/NOSUCHCODE",
        "/workshops",
        workshop_page.as_str(),
    ];
    let invoice = app::db::billing::invoices_of(db, facility).await.unwrap()[0].id;
    let member = [
        "/facilities".to_owned(),
        format!("/facilities/{facility}"),
        format!("/applications/{}", application.id),
        format!("/applications/{}/case-review", application.id),
        format!("/invoices/{invoice}"),
        "/account".into(),
        workshop_page.clone(),
    ];
    // Not the outbox: it shows each mail in its recipient's language (db/mail.rs tests those).
    // Not the audit log: its rows are machine records (actions, actor and target ids); its
    // interface texts are checked in every language by the parity and Fluent tests.
    let administrator = [
        "/admin".to_owned(),
        "/admin/invoices".into(),
        "/admin/editions".into(),
        "/admin/applications".into(),
        format!("/admin/applications/{}", application.id),
        "/assessments".into(),
        "/admin/workshops".into(),
        "/admin/self-checks".into(),
        workshop_page.clone(),
    ];
    let mut pages: Vec<(String, Option<&str>)> =
        public.iter().map(|p| ((*p).to_owned(), None)).collect();
    pages.extend(member.iter().map(|p| (p.clone(), Some(holder_token.as_str()))));
    pages.extend(administrator.iter().map(|p| (p.clone(), Some(admin_token.as_str()))));
    // What this test entered, and configuration the demo fee schedule prints on invoices.
    let data = [
        // The workshop's zone and link as entered, and the zone the administrators' form gives
        // as an example (before "Vienna", which the fee schedule's address has).
        "Asia/Shanghai",
        "https://meet.example.cn/io",
        "Europe/Vienna",
        "zhang@example.cn",
        "admin@example.cn",
        "head@general.example",
        "General Hospital",
        "Radiology",
        "1 Road",
        "Spain",
        "Holder",
        "Head",
        "Demonstration Programme",
        "Demonstration Street",
        "Vienna",
        "Austria",
        "billing@accredit-io.example",
        "(demo)",
        "demo-2026",
    ];
    let mut problems = Vec::new();
    for (page, token) in &pages {
        let separator = if page.contains('?') { '&' } else { '?' };
        let uri = format!("{page}{separator}lang=zh-CN");
        let cookie = token.map(|t| format!("accredit_session={t}"));
        let headers: Vec<(&str, &str)> =
            cookie.as_deref().map(|c| vec![("cookie", c)]).unwrap_or_default();
        let rendered = get(&app, &uri, &headers).await;
        // The administrator is no assessor: `/assessments` explains the refusal, with its
        // status (pages stream in order, so a refusal sets the page's status).
        let refused = page == "/assessments" && rendered.status == StatusCode::FORBIDDEN;
        assert!(rendered.status.is_success() || refused, "{uri}: {}", rendered.status);
        for text in visible_texts(&rendered.body) {
            let words = untranslated_words(&text, &data);
            if !words.is_empty() {
                problems.push(format!("{uri}: {text:?} ({})", words.join(", ")));
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "untranslated text:\n{}", problems.join("\n"));
    t.cleanup().await;
}

/// The nonce a page's CSP names, which every inline script of the page must carry.
fn csp_nonce(headers: &axum::http::HeaderMap) -> String {
    let csp = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    csp.split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn every_page_carries_the_security_headers_and_inline_scripts_carry_the_nonce() {
    let _serial = SERIAL.lock().await;
    let (app, t) = app().await;
    let db = &t.db;
    let (questionnaire, cookie) =
        signed_in_questionnaire(db, "csp@general.example", "CSP Unit").await;
    let mut nonces = Vec::new();
    for (uri, signed_in) in [("/", false), (questionnaire.as_str(), true)] {
        let headers: Vec<(&str, &str)> =
            if signed_in { vec![("cookie", cookie.as_str())] } else { vec![] };
        let page = get(&app, uri, &headers).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        let h = &page.headers;
        let csp = h[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'nonce-"), "{uri}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{uri}: {csp}");
        assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{uri}");
        assert_eq!(h[header::REFERRER_POLICY], "strict-origin-when-cross-origin", "{uri}");
        assert!(h.contains_key("permissions-policy"), "{uri}");
        // http://… here: no HSTS.
        assert!(!h.contains_key(header::STRICT_TRANSPORT_SECURITY));
        // Every inline script carries this response's nonce; none is left without one.
        let nonce = csp_nonce(h);
        assert_eq!(nonce.len(), 32, "{uri}: {csp}");
        let scripts = page.body.matches("<script").count();
        let with_nonce = page.body.matches(&format!("nonce=\"{nonce}\"")).count();
        assert!(
            scripts > 0 && with_nonce >= scripts,
            "{uri}: {scripts} scripts, {with_nonce} with the nonce"
        );
        assert!(!page.body.contains(" onclick="), "{uri}: an inline event handler");
        nonces.push(nonce);
    }
    assert_ne!(nonces[0], nonces[1], "a fresh nonce per response");
    t.cleanup().await;
}

#[tokio::test]
async fn cross_site_state_changes_are_refused_and_request_ids_are_the_servers() {
    let _serial = SERIAL.lock().await;
    let (app, t) = app().await;
    let post = |headers: &[(&str, &str)]| {
        let mut request = Request::post(app::api::auth::SignIn::PATH)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.body(Body::from("email=nobody%40x.org&password=wrong")).unwrap()
    };
    let status = |request: Request<Body>| {
        let app = app.clone();
        async move { app.oneshot(request).await.unwrap().status() }
    };
    assert_eq!(
        status(post(&[("origin", "https://evil.example"), ("host", "127.0.0.1:3000")])).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(status(post(&[("sec-fetch-site", "cross-site")])).await, StatusCode::FORBIDDEN);
    // The same request from our own page reaches the server function (and fails to sign in).
    let own = status(post(&[
        ("origin", "http://127.0.0.1:3000"),
        ("host", "127.0.0.1:3000"),
        ("sec-fetch-site", "same-origin"),
    ]))
    .await;
    assert_ne!(own, StatusCode::FORBIDDEN);

    // A client-sent request id is not taken over.
    let page = get(&app, "/healthz", &[("x-request-id", "attacker-chosen-id")]).await;
    let id = page.headers["x-request-id"].to_str().unwrap();
    assert_ne!(id, "attacker-chosen-id");
    assert_eq!(id.len(), 36, "a server-made UUID: {id}");
    t.cleanup().await;
}

#[tokio::test]
async fn the_audit_log_exports_as_csv_for_administrators_only_and_the_export_is_audited() {
    let _serial = SERIAL.lock().await;
    let (app, t) = app().await;
    let db = &t.db;
    let new = |email: &str| app::db::accounts::NewUser {
        email: email.into(),
        display_name: "Someone".into(),
        password: "a password for tests".into(),
        language: "en".into(),
    };
    let admin =
        app::db::accounts::create_user(db, new("office@audit.example"), "test").await.unwrap();
    app::db::accounts::grant_role(
        db,
        admin.id,
        app::domain::accounts::GlobalRole::Administrator,
        "test",
    )
    .await
    .unwrap();
    let member =
        app::db::accounts::create_user(db, new("member@audit.example"), "test").await.unwrap();
    let admin_cookie = format!(
        "accredit_session={}",
        app::db::sessions::open(db, admin.id, &Default::default(), chrono::Utc::now())
            .await
            .unwrap()
            .0
    );
    let member_cookie = format!(
        "accredit_session={}",
        app::db::sessions::open(db, member.id, &Default::default(), chrono::Utc::now())
            .await
            .unwrap()
            .0
    );

    assert_eq!(get(&app, "/admin/audit.csv", &[]).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        get(&app, "/admin/audit.csv", &[("cookie", member_cookie.as_str())]).await.status,
        StatusCode::FORBIDDEN
    );
    let csv = get(
        &app,
        "/admin/audit.csv?action=role.&user=office%40audit.example",
        &[("cookie", admin_cookie.as_str())],
    )
    .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.headers[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    assert_eq!(csv.headers[header::CACHE_CONTROL], "private, no-store");
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(lines[0], "id,occurred_at_utc,actor,action,target,before,after");
    assert_eq!(lines.len(), 2, "only the administrator's role grant: {lines:?}");
    assert!(lines[1].contains("role.granted"), "{lines:?}");
    assert_eq!(
        get(&app, "/admin/audit.csv?from=yesterday", &[("cookie", admin_cookie.as_str())])
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let newest = app::db::audit::recent(db, 1).await.unwrap().remove(0);
    assert_eq!(
        (newest.action.as_str(), newest.actor),
        ("audit.exported", format!("user:{}", admin.id))
    );

    // The page itself renders the filtered entries for the administrator.
    let page = get(&app, "/admin/audit?action=audit.", &[("cookie", admin_cookie.as_str())]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("data-action=\"audit.exported\""), "the export is listed");
    assert!(!page.body.contains("data-action=\"role.granted\""), "filtered out");
    t.cleanup().await;
}

#[tokio::test]
async fn under_https_the_session_cookie_is_host_only_and_secure_and_hsts_is_sent() {
    let _serial = SERIAL.lock().await;
    let t = testing::sqlite().await.unwrap();
    let mut config = config(Some("https://accredit.example"));
    config.security.session_lifetime_hours = 24;
    let app = router(
        AppState::new(t.db.clone(), &config, app::domain::billing::FeeSchedule::demo()).unwrap(),
    );
    let new = app::db::accounts::NewUser {
        email: "secure@x.example".into(),
        display_name: "Sec".into(),
        password: "a password for tests".into(),
        language: "en".into(),
    };
    app::db::accounts::create_user(&t.db, new, "test").await.unwrap();
    let request = Request::post(app::api::auth::SignIn::PATH)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .body(Body::from("email=secure%40x.example&password=a+password+for+tests"))
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let cookie = response.headers()[header::SET_COOKIE].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("__Host-accredit_session="), "{cookie}");
    assert!(
        cookie.contains("; Secure")
            && cookie.contains("; Path=/")
            && cookie.contains("HttpOnly")
            && cookie.contains("Max-Age=86400"),
        "{cookie}"
    );
    assert!(!cookie.contains("Domain="), "{cookie}");
    let page = get(&app, "/", &[]).await;
    assert_eq!(
        page.headers[header::STRICT_TRANSPORT_SECURITY],
        "max-age=31536000; includeSubDomains"
    );
    // The plain cookie name is not accepted under https (it could be set by another host).
    let token = cookie.split(';').next().unwrap().split('=').nth(1).unwrap().to_owned();
    let plain = get(&app, "/account", &[("cookie", &format!("accredit_session={token}"))]).await;
    let host =
        get(&app, "/account", &[("cookie", &format!("__Host-accredit_session={token}"))]).await;
    assert!(!plain.body.contains("secure@x.example") && host.body.contains("secure@x.example"));
    t.cleanup().await;
}
