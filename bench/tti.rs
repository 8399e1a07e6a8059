//! Time-to-interactive benchmark: prepares an enrolled facility whose questionnaire (the full
//! demonstration edition) has every item answered, starts the release server on the built
//! site, and runs `bench/tti.mjs` (Chromium with a slow line and a slow CPU) on the home page
//! (for an anonymous visitor, without the bundle, and signed in), the manual (anonymous) and
//! the questionnaire.
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
    let status = Command::new("node")
        .arg(repo.join("bench/tti.mjs"))
        .args(["--base", &format!("http://{addr}")])
        .args(["--cookie", &format!("accredit_session={}", editor.token)])
        .args(["--runs", &runs])
        .args([
            "anonymous:/",
            "anonymous:/manual",
            "/",
            &format!("/applications/{}", editor.application_id),
        ])
        .status();
    server.kill()?;
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&dir);
    if !status?.success() {
        return Err("bench/tti.mjs failed".into());
    }
    Ok(())
}
