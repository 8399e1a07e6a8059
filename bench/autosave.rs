//! Autosave benchmark: 200 simulated editors against the real server binary on SQLite, next
//! to a bare axum handler that inserts one row into SQLite (same pool settings: WAL,
//! synchronous=FULL), both as separate processes on this machine, measured in the same run.
//! Also times the server rendering of the questionnaire page of the full edition.
//!
//! Two load shapes per target:
//! - saturation: every editor sends its next save as soon as the last one is answered
//!   (closed loop); gives the throughput ceiling;
//! - paced: every editor saves once a second (what debounced typing sends); gives the
//!   latency people feel at that load.
//!
//! Run: `make bench` (or `cargo bench -p server --bench autosave`). Knobs: `BENCH_EDITORS`
//! (200), `BENCH_SECONDS` (10 per phase).

#![expect(
    clippy::as_conversions,
    reason = "rates and percentiles turn counts and microseconds into floats and back; they stay far below 2^53"
)]
#![expect(clippy::print_stdout, reason = "the benchmark's report is its output")]

#[path = "client.rs"]
mod client;
#[path = "editors.rs"]
mod editors;

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use client::{Conn, Error};
use leptos::server_fn::ServerFn;

const WARM_UP: Duration = Duration::from_secs(2);

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn main() -> Result<(), Error> {
    let args: Vec<String> = std::env::args().collect();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    // `cargo bench` passes `--bench`; the bare server is this same program started again.
    if args.get(1).map(String::as_str) == Some("bare-serve") {
        return runtime.block_on(bare::serve(&args[2], &args[3]));
    }
    runtime.block_on(run())
}

/// The bare comparison: one axum handler, one INSERT per request.
mod bare {
    use axum::routing::{get, post};
    use sea_orm::{ConnectionTrait, DatabaseConnection};

    pub async fn serve(db_path: &str, addr: &str) -> Result<(), super::Error> {
        let db = app::db::connect(&format!("sqlite://{db_path}?mode=rwc")).await?;
        db.execute_unprepared(
            "CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)",
        )
        .await?;
        let app = axum::Router::new()
            .route("/readyz", get(|| async { "ready" }))
            .route("/save", post(save))
            .with_state(db);
        let listener = tokio::net::TcpListener::bind(addr).await?;
        axum::serve(listener, app).await?;
        Ok(())
    }

    async fn save(
        axum::extract::State(db): axum::extract::State<DatabaseConnection>,
        body: String,
    ) -> (axum::http::StatusCode, &'static str) {
        let statement = sea_orm::Statement::from_sql_and_values(
            db.get_database_backend(),
            "INSERT INTO rows (payload) VALUES (?)",
            [body.into()],
        );
        match db.execute_raw(statement).await {
            Ok(_) => (axum::http::StatusCode::OK, r#"{"Saved":{"revision":1}}"#),
            Err(_) => (axum::http::StatusCode::INTERNAL_SERVER_ERROR, "error"),
        }
    }
}

struct Target {
    name: &'static str,
    addr: SocketAddr,
    path: String,
    /// Sends the editor's cookie (the app) or not (the bare handler).
    cookie: bool,
}

struct Phase {
    requests: usize,
    errors: usize,
    seconds: f64,
    latencies_us: Vec<u64>,
}

impl Phase {
    fn percentile(&self, p: f64) -> f64 {
        if self.latencies_us.is_empty() {
            return f64::NAN;
        }
        let index = ((self.latencies_us.len() as f64 - 1.0) * p).round() as usize;
        self.latencies_us[index] as f64 / 1000.0
    }

    fn throughput(&self) -> f64 {
        self.requests as f64 / self.seconds
    }
}

/// Runs one load phase: every editor on its own connection, either as fast as answered
/// (`period` None) or once per `period`. Only requests started after the warm-up count.
async fn phase(
    target: &Target,
    editors: &mut [editors::Editor],
    seconds: u64,
    period: Option<Duration>,
) -> Result<Phase, Error> {
    let start = Instant::now();
    let measure_from = start + WARM_UP;
    let end = measure_from + Duration::from_secs(seconds);
    let path = Arc::new(target.path.clone());
    let count = editors.len();
    let mut tasks = Vec::new();
    for (i, editor) in editors.iter_mut().enumerate() {
        let mut editor = std::mem::take(editor);
        let cookie = target.cookie;
        let addr = target.addr;
        let path = path.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut errors = 0;
            let mut conn = Conn::open(addr).await?;
            if let Some(period) = period {
                // Spread the editors over the period, as people type at different moments.
                tokio::time::sleep(period.mul_f64(i as f64 / count as f64)).await;
            }
            let mut next = Instant::now();
            while Instant::now() < end {
                let (index, body) = editor.next_save();
                let sent = Instant::now();
                let token = editor.token.clone();
                match conn
                    .send(
                        "POST",
                        &path,
                        Some("application/json"),
                        cookie.then_some(token.as_str()),
                        body,
                    )
                    .await
                {
                    Ok((200, response)) => {
                        if let Some(revision) = editors::saved_revision(&response) {
                            editor.items[index].2 = revision;
                        }
                        if sent >= measure_from {
                            latencies.push(sent.elapsed().as_micros() as u64);
                        }
                    }
                    Ok(_) | Err(_) => {
                        errors += 1;
                        conn = Conn::open(addr).await?;
                    }
                }
                if let Some(period) = period {
                    next += period;
                    tokio::time::sleep_until(next.into()).await;
                }
            }
            Ok::<_, Error>((editor, latencies, errors))
        }));
    }
    let mut all = Vec::new();
    let mut errors = 0;
    for (slot, task) in editors.iter_mut().zip(tasks) {
        let (editor, latencies, e) = task.await??;
        *slot = editor;
        all.extend(latencies);
        errors += e;
    }
    all.sort_unstable();
    Ok(Phase { requests: all.len(), errors, seconds: seconds as f64, latencies_us: all })
}

fn spawn(command: &mut Command) -> Result<Child, Error> {
    Ok(command.stdout(Stdio::null()).stderr(Stdio::null()).spawn()?)
}

async fn run() -> Result<(), Error> {
    let editors_wanted = env_or("BENCH_EDITORS", 200) as usize;
    let seconds = env_or("BENCH_SECONDS", 10);
    let dir = std::env::temp_dir().join(format!("accredit-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let url = format!("sqlite://{}?mode=rwc", dir.join("accredit.sqlite").display());
    let db = app::db::connect_and_migrate(&url).await?;
    let per_facility = 10;
    let mut editors =
        editors::prepare(&db, editors_wanted.div_ceil(per_facility), per_facility).await?;
    editors.truncate(editors_wanted);
    let page_application = editors[0].application_id;
    let page_token = editors[0].token.clone();
    db.close().await?;

    let app_addr = client::free_addr()?;
    let mut app_server = client::server_command(&dir, app_addr).spawn()?;
    let bare_addr = client::free_addr()?;
    let mut bare_server = spawn(Command::new(std::env::current_exe()?).args([
        "bare-serve",
        &dir.join("bare.sqlite").display().to_string(),
        &bare_addr.to_string(),
    ]))?;
    client::wait_ready(app_addr, 60).await?;
    client::wait_ready(bare_addr, 60).await?;

    let targets = [
        Target {
            name: "autosave (server function, SQLite)",
            addr: app_addr,
            path: app::api::applications::SaveAnswer::PATH.to_owned(),
            cookie: true,
        },
        Target {
            name: "bare axum handler, one INSERT (SQLite)",
            addr: bare_addr,
            path: "/save".into(),
            cookie: false,
        },
    ];
    println!(
        "# Autosave benchmark: {} editors, {seconds} s per phase after {} s warm-up, {} CPUs",
        editors.len(),
        WARM_UP.as_secs(),
        std::thread::available_parallelism().map_or(0, usize::from)
    );
    println!();
    println!("| target | load | requests/s | p50 ms | p99 ms | errors |");
    println!("|---|---|---:|---:|---:|---:|");
    let mut saturation = Vec::new();
    for target in &targets {
        for (label, period) in [
            ("saturation (closed loop)", None),
            ("paced (1 save/s per editor)", Some(Duration::from_secs(1))),
        ] {
            let result = phase(target, &mut editors, seconds, period).await?;
            println!(
                "| {} | {label} | {:.0} | {:.1} | {:.1} | {} |",
                target.name,
                result.throughput(),
                result.percentile(0.5),
                result.percentile(0.99),
                result.errors
            );
            if period.is_none() {
                saturation.push(result.throughput());
            }
        }
    }
    if let [app, bare] = saturation[..] {
        println!();
        println!(
            "autosave throughput at saturation: {:.0}% of the bare handler's",
            100.0 * app / bare
        );
    }

    // The questionnaire page of the full edition, every item answered, rendered by the server.
    let mut conn = Conn::open(app_addr).await?;
    let mut times = Vec::new();
    let mut size = 0;
    for i in 0..53 {
        let start = Instant::now();
        let (status, body) = conn
            .send(
                "GET",
                &format!("/applications/{page_application}"),
                None,
                Some(&page_token),
                String::new(),
            )
            .await?;
        if status != 200 {
            return Err(format!("questionnaire page answered {status}").into());
        }
        if i >= 3 {
            times.push(start.elapsed().as_micros() as u64);
        }
        size = body.len();
    }
    times.sort_unstable();
    let page = Phase { requests: times.len(), errors: 0, seconds: 1.0, latencies_us: times };
    println!();
    println!(
        "questionnaire page (55 items, all answered), server render: p50 {:.1} ms, p99 {:.1} ms over {} requests, {} bytes of HTML",
        page.percentile(0.5),
        page.percentile(0.99),
        page.requests,
        size
    );

    app_server.kill()?;
    bare_server.kill()?;
    let _ = app_server.wait();
    let _ = bare_server.wait();
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
