//! Time-to-interactive benchmark: prepares an enrolled facility whose questionnaire (the full
//! demonstration edition) has every item answered, starts the release server on the built
//! site, and runs `bench/tti.mjs` (Chromium with a slow line and a slow CPU) on the home page
//! (for an anonymous visitor, without the bundle, and signed in), the manual (anonymous) and
//! the questionnaire; then submits that application (case review complete), assigns it to an
//! assessor and measures the assessor's workspace.
//!
//! Needs the release bundle in `target/site` (`make bench` builds it) and Chromium
//! (`scripts/setup.sh --browser`). Run: `make bench` or `cargo bench -p server --bench tti`.
//! Knob: `BENCH_RUNS` (5 cold loads per page).

#[path = "client.rs"]
mod client;
#[path = "editors.rs"]
mod editors;

use std::path::{Path, PathBuf};
use std::process::Command;

use client::{Conn, Error};
use leptos::server_fn::ServerFn;

fn main() -> Result<(), Error> {
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(run())
}

async fn run() -> Result<(), Error> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let site = std::env::var_os("SITE_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo.join("target/site"));
    if !site.join("pkg/accredit_io.wasm").is_file() {
        return Err(
            format!("no bundle under {}: scripts/build-site.sh --release", site.display()).into()
        );
    }
    let dir = std::env::temp_dir().join(format!("accredit-tti-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let url = format!("sqlite://{}?mode=rwc", dir.join("accredit.sqlite").display());
    let db = app::db::connect_and_migrate(&url).await?;
    let mut editors = editors::prepare(&db, 1, 1).await?;
    db.close().await?;
    let mut editor = editors.pop().ok_or("no editor prepared")?;

    let addr = client::free_addr()?;
    let mut server = client::server_command(&dir, addr).env("SITE_ROOT", &site).spawn()?;
    client::wait_ready(addr, 60).await?;

    // Every item answered, as a team's questionnaire is before submission.
    let mut conn = Conn::open(addr).await?;
    for _ in 0..editor.items.len() {
        let (_, body) = editor.next_save();
        let (status, response) = conn
            .send(
                "POST",
                app::api::applications::SaveAnswer::PATH,
                Some("application/json"),
                Some(&editor.token),
                body,
            )
            .await?;
        if status != 200 || editors::saved_revision(&response).is_none() {
            return Err(format!("answering the questionnaire: status {status}").into());
        }
    }

    let runs = std::env::var("BENCH_RUNS").unwrap_or_else(|_| "5".into());
    let measure = |cookie: &str, pages: &[&str]| {
        Command::new("node")
            .arg(repo.join("bench/tti.mjs"))
            .args(["--base", &format!("http://{addr}")])
            .args(["--cookie", &format!("accredit_session={cookie}")])
            .args(["--runs", &runs])
            .args(pages)
            .status()
    };
    let questionnaire = format!("/applications/{}", editor.application_id);
    let mut status =
        measure(&editor.token, &["anonymous:/", "anonymous:/manual", "/", &questionnaire]);
    if status.as_ref().is_ok_and(std::process::ExitStatus::success) {
        // The same application, submitted and under assessment, as its assessor sees it.
        let db = app::db::connect_and_migrate(&url).await?;
        let assessor = under_assessment(&db, editor.application_id).await?;
        db.close().await?;
        let workspace = format!("/assessments/{}", editor.application_id);
        status = measure(&assessor, &[&workspace]);
    }
    server.kill()?;
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&dir);
    if !status?.success() {
        return Err("bench/tti.mjs failed".into());
    }
    Ok(())
}

/// Completes the case review of a questionnaire whose items are all answered, submits it,
/// assigns it to a new assessor who declares no conflict, and answers that assessor's
/// session token.
async fn under_assessment(
    db: &sea_orm::DatabaseConnection,
    application_id: app::domain::ids::ApplicationId,
) -> Result<String, Error> {
    use app::db::accounts::{self, NewUser};
    use app::db::{assessment, case_review, sessions, submissions, testing};
    use sea_orm::EntityTrait;

    let now = chrono::Utc::now();
    // The facility's main holder, as `editors::prepare` registered it.
    let holder_id = accounts::find_by_email(db, "holder0@bench.example")
        .await?
        .ok_or("the benchmark's holder is gone")?
        .id;
    let application = app::db::entities::application::Entity::find_by_id(application_id)
        .one(db)
        .await?
        .ok_or("the benchmark's application is gone")?;
    let references: String = (1..=30).map(|i| format!("IO-{i:03}\n")).collect();
    let draw = case_review::draw(db, &application, &references, "", holder_id, now).await?;
    let form = testing::complete_case_form(now.date_naive());
    for case in serde_json::from_str::<Vec<String>>(&draw.cases)? {
        case_review::save_case(db, &application, draw.id, &case, &form, holder_id, now).await?;
    }
    submissions::submit(db, application_id, holder_id, "http://bench", now).await?;
    let person = |email: &str| NewUser {
        email: email.into(),
        display_name: email.into(),
        password: "a passphrase for the benchmark".into(),
        language: "en".into(),
    };
    let admin = accounts::create_user(db, person("office@bench.example"), "bench").await?;
    accounts::grant_role(db, admin.id, app::domain::accounts::GlobalRole::Administrator, "bench")
        .await?;
    let assessor = accounts::create_user(db, person("assessor@bench.example"), "bench").await?;
    accounts::grant_role(db, assessor.id, app::domain::accounts::GlobalRole::Assessor, "bench")
        .await?;
    let assignment =
        assessment::assign(db, application_id, assessor.id, admin.id, "http://bench", now).await?;
    let declaration = app::domain::assessment::Declaration::default();
    assessment::declare(db, assignment.id, assessor.id, &declaration, "http://bench", now).await?;
    Ok(sessions::open(db, assessor.id, &Default::default(), now).await?.0)
}
