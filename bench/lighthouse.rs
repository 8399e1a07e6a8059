//! Lighthouse on the public pages: starts the release server on the built site with an empty
//! database and runs `bench/lighthouse.mjs` (Lighthouse's mobile preset in Debian's Chromium),
//! which prints performance, accessibility, best-practices and SEO scores per page.
//!
//! Needs the release bundle in `target/site` (`make bench` builds it), Chromium
//! (`scripts/setup.sh --browser`) and Lighthouse (`npm ci` in bench/, done by `make bench`).
//! Run: `make bench` or `cargo bench -p server --bench lighthouse`. Knob: `BENCH_RUNS` (3 per
//! page; the median is reported).

#[path = "client.rs"]
mod client;

use std::path::{Path, PathBuf};
use std::process::Command;

use client::Error;

/// The public pages (a certificate's verification page needs a certificate; it is the same
/// frame as the directory).
const PAGES: [&str; 7] =
    ["/", "/manual", "/directory", "/workshops", "/sign-in", "/sign-up", "/register"];

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
    let dir = std::env::temp_dir().join(format!("accredit-lighthouse-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let addr = client::free_addr()?;
    let mut server = client::server_command(&dir, addr).env("SITE_ROOT", &site).spawn()?;
    client::wait_ready(addr, 60).await?;

    let runs = std::env::var("BENCH_RUNS").unwrap_or_else(|_| "3".into());
    let status = Command::new("node")
        .arg(repo.join("bench/lighthouse.mjs"))
        .args(["--base", &format!("http://{addr}")])
        .args(["--runs", &runs])
        .args(PAGES)
        .status();
    server.kill()?;
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&dir);
    if !status?.success() {
        return Err("bench/lighthouse.mjs failed".into());
    }
    Ok(())
}
