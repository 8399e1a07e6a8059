//! Static asset benchmark: the release server handing out the hydrate bundle, next to a bare
//! axum handler that returns the same precompressed bytes from memory, both as separate
//! processes on this machine and measured in the same run with the same client.
//!
//! The server's path: router fallback → `assets::StaticAssets::respond` (content negotiation,
//! ETag, cache headers) behind every layer the product runs (security edge, language, session,
//! compression, which leaves already-encoded bodies alone). The bare path: one handler, fixed
//! headers. Both answer `Accept-Encoding: gzip, deflate, br, zstd` (what Chromium sends) with
//! the brotli copy the build wrote.
//!
//! Needs a built site (`target/site`, from `scripts/build-site.sh`; `make bench` builds the
//! release bundle when there is none). Run: `make bench` or
//! `cargo bench -p server --bench assets`. Knobs: `BENCH_CONNECTIONS` (16), `BENCH_SECONDS`
//! (10).

#![expect(
    clippy::as_conversions,
    reason = "rates and percentiles turn counts and microseconds into floats and back; they stay far below 2^53"
)]
#![expect(clippy::print_stdout, reason = "the benchmark's report is its output")]

#[path = "client.rs"]
mod client;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use client::{Conn, Error};

const WARM_UP: Duration = Duration::from_secs(2);
const ACCEPT_ENCODING: &str = "gzip, deflate, br, zstd";

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn site_root() -> PathBuf {
    std::env::var_os("SITE_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/site"))
}

fn main() -> Result<(), Error> {
    let args: Vec<String> = std::env::args().collect();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    // `cargo bench` passes `--bench`; the bare server is this same program started again.
    if args.get(1).map(String::as_str) == Some("bare-serve") {
        return runtime.block_on(bare::serve(PathBuf::from(&args[2]), &args[3]));
    }
    runtime.block_on(run())
}

/// The bare comparison: the same brotli bytes from memory, one route, fixed headers.
mod bare {
    use axum::body::Bytes;
    use axum::http::header;
    use axum::routing::get;

    pub async fn serve(brotli_file: std::path::PathBuf, addr: &str) -> Result<(), super::Error> {
        let body = Bytes::from(std::fs::read(brotli_file)?);
        let app = axum::Router::new().route("/readyz", get(|| async { "ready" })).route(
            "/pkg/bundle.wasm",
            get(move || {
                let body = body.clone();
                async move {
                    (
                        [
                            (header::CONTENT_TYPE, "application/wasm"),
                            (header::CONTENT_ENCODING, "br"),
                            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
                        ],
                        body,
                    )
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind(addr).await?;
        axum::serve(listener, app).await?;
        Ok(())
    }
}

struct Load {
    requests: usize,
    bytes: usize,
    errors: usize,
    latencies_us: Vec<u64>,
}

/// Closed loop: every connection asks for the file again as soon as it has the last one.
async fn load(
    addr: SocketAddr,
    path: &str,
    connections: usize,
    seconds: u64,
) -> Result<Load, Error> {
    let measure_from = Instant::now() + WARM_UP;
    let end = measure_from + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let path = path.to_owned();
        tasks.push(tokio::spawn(async move {
            let mut conn = Conn::open(addr).await?;
            let (mut latencies, mut bytes, mut errors) = (Vec::new(), 0, 0);
            while Instant::now() < end {
                let sent = Instant::now();
                let headers = [("accept-encoding", ACCEPT_ENCODING)];
                match conn.request("GET", &path, &headers, String::new()).await {
                    Ok((200, response, body))
                        if response.get("content-encoding").is_some_and(|e| e == "br") =>
                    {
                        if sent >= measure_from {
                            latencies.push(sent.elapsed().as_micros() as u64);
                            bytes += body.len();
                        }
                    }
                    Ok(_) | Err(_) => {
                        errors += 1;
                        conn = Conn::open(addr).await?;
                    }
                }
            }
            Ok::<_, Error>((latencies, bytes, errors))
        }));
    }
    let mut all = Load { requests: 0, bytes: 0, errors: 0, latencies_us: Vec::new() };
    for task in tasks {
        let (latencies, bytes, errors) = task.await??;
        all.latencies_us.extend(latencies);
        all.bytes += bytes;
        all.errors += errors;
    }
    all.latencies_us.sort_unstable();
    all.requests = all.latencies_us.len();
    Ok(all)
}

fn spawn(command: &mut Command) -> Result<Child, Error> {
    Ok(command.stdout(Stdio::null()).stderr(Stdio::null()).spawn()?)
}

/// The hashed public name of the wasm, as the home page names it (the page names the
/// stylesheet and the script first, so the name is read back from the first `.wasm`).
fn wasm_url(home: &str) -> Option<String> {
    let end = home.find(".wasm")? + ".wasm".len();
    let start = home[..end].rfind("/pkg/accredit_io.")?;
    let url = &home[start..end];
    url.chars().all(|c| c.is_ascii_alphanumeric() || "/._-".contains(c)).then(|| url.to_owned())
}

async fn run() -> Result<(), Error> {
    let connections = env_or("BENCH_CONNECTIONS", 16) as usize;
    let seconds = env_or("BENCH_SECONDS", 10);
    let site = site_root();
    let brotli = site.join("pkg/accredit_io.wasm.br");
    if !brotli.is_file() {
        return Err(format!(
            "{} missing: build the site first (scripts/build-site.sh --release)",
            brotli.display()
        )
        .into());
    }
    let dir = std::env::temp_dir().join(format!("accredit-assets-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;

    let app_addr = client::free_addr()?;
    let mut app_server = client::server_command(&dir, app_addr).env("SITE_ROOT", &site).spawn()?;
    let bare_addr = client::free_addr()?;
    let mut bare_server = spawn(Command::new(std::env::current_exe()?).args([
        "bare-serve",
        &brotli.display().to_string(),
        &bare_addr.to_string(),
    ]))?;
    client::wait_ready(app_addr, 60).await?;
    client::wait_ready(bare_addr, 60).await?;

    // Only a signed-in person's pages name the bundle (`app::bundle::loads_bundle` looks for
    // the session cookie, not at whether it is valid).
    let (status, _, home) = Conn::open(app_addr)
        .await?
        .request("GET", "/", &[("cookie", "accredit_session=bench")], String::new())
        .await?;
    let home = String::from_utf8_lossy(&home);
    let hashed = wasm_url(&home).filter(|_| status == 200).ok_or("home page names no bundle")?;

    println!(
        "# Static asset benchmark: {connections} connections, {seconds} s after {} s warm-up, {} CPUs; {} ({} bytes brotli)",
        WARM_UP.as_secs(),
        std::thread::available_parallelism().map_or(0, usize::from),
        hashed,
        std::fs::metadata(&brotli)?.len()
    );
    println!();
    println!("| target | requests/s | MB/s | p50 ms | p99 ms | errors |");
    println!("|---|---:|---:|---:|---:|---:|");
    let mut rates = Vec::new();
    for (name, addr, path) in [
        ("accredit-io server, hashed wasm", app_addr, hashed.as_str()),
        ("bare axum handler, same bytes", bare_addr, "/pkg/bundle.wasm"),
    ] {
        let r = load(addr, path, connections, seconds).await?;
        let percentile = |p: f64| {
            r.latencies_us
                .get(((r.latencies_us.len().max(1) - 1) as f64 * p).round() as usize)
                .map_or(f64::NAN, |us| *us as f64 / 1000.0)
        };
        let rate = r.requests as f64 / seconds as f64;
        println!(
            "| {name} | {rate:.0} | {:.0} | {:.2} | {:.2} | {} |",
            r.bytes as f64 / seconds as f64 / 1e6,
            percentile(0.5),
            percentile(0.99),
            r.errors
        );
        rates.push(rate);
    }
    if let [app, bare] = rates[..] {
        println!();
        println!("static asset throughput: {:.0}% of the bare handler's", 100.0 * app / bare);
    }

    app_server.kill()?;
    bare_server.kill()?;
    let _ = app_server.wait();
    let _ = bare_server.wait();
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
