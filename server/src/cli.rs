//! The command line's commands (`server <command>`, default `serve`): each opens what it needs,
//! does its work and ends with an exit code or a [`ServerError`].

use std::process::ExitCode;

use crate::config::{Cli, Command, Config};
use crate::{ServerError, io, jobs, locale_check, mailer, router};
use app::db;

/// Runs the chosen subcommand (default: serve).
pub async fn run(cli: Cli) -> Result<ExitCode, ServerError> {
    let config = cli.config;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await.map(|()| ExitCode::SUCCESS),
        Command::Migrate => {
            open_database(&config).await?;
            tracing::info!("migrations applied");
            Ok(ExitCode::SUCCESS)
        }
        Command::SeedDemo => {
            let db = open_database(&config).await?;
            let outcome = db::seed::seed_demo(&db).await?;
            let credentials = config.data_dir.join("demo-admin.txt");
            if let Some(password) = &outcome.admin_password {
                let text = format!("email: {}\npassword: {password}\n", outcome.admin_email);
                write_private(&credentials, &text)
                    .map_err(io(format!("writing {}", credentials.display())))?;
            }
            match std::fs::read_to_string(&credentials) {
                Ok(text) => report_line(&format!(
                    "Demo administrator (also in {}):\n{}",
                    credentials.display(),
                    text.trim_end()
                )),
                Err(_) => report_line(&format!(
                    "Demo administrator: {} (password shown when first seeded; `server create-admin` sets a new account)",
                    outcome.admin_email
                )),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::CreateAdmin { email, name } => {
            let db = open_database(&config).await?;
            let password = std::env::var("ACCREDIT_ADMIN_PASSWORD").ok().filter(|p| !p.is_empty());
            let generating = password.is_none();
            match db::seed::ensure_admin(&db, &email, &name, password, "cli").await {
                Ok((id, Some(generated))) if generating => {
                    report_line(&format!(
                        "administrator {email} (user {id}) created; password: {generated}"
                    ));
                }
                Ok((id, created)) => {
                    let what = if created.is_some() {
                        "created"
                    } else {
                        "exists; administrator role ensured"
                    };
                    report_line(&format!("administrator {email} (user {id}) {what}"));
                }
                Err(db::DataError::Invalid(fields)) => {
                    for f in fields {
                        report_line(&format!(
                            "{}: {}",
                            f.field,
                            app::i18n::translate_with("en", &f.code, &password_bounds())
                        ));
                    }
                    return Ok(ExitCode::FAILURE);
                }
                Err(e) => return Err(e.into()),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::CheckLocales { dir, confirm, confirm_new } => {
            Ok(check_locales(&dir, confirm, confirm_new))
        }
        Command::ImportEdition { file } => {
            let text = std::fs::read_to_string(&file)
                .map_err(io(format!("reading {}", file.display())))?;
            let db = open_database(&config).await?;
            let name = file.display();
            match db::editions::import(&db, &text, None, chrono::Utc::now()).await {
                Ok(db::editions::Imported::Added(e)) => report_line(&format!(
                    "{name}: imported edition {} ({} items)",
                    e.id,
                    e.items().count()
                )),
                Ok(db::editions::Imported::Unchanged(e)) => {
                    report_line(&format!("{name}: edition {} is already imported, unchanged", e.id))
                }
                Err(db::editions::ImportError::Invalid(problems)) => {
                    for p in &problems {
                        report_line(&format!("{name}: {p}"));
                    }
                    report_line(&format!(
                        "{name}: {} problem(s); nothing imported",
                        problems.len()
                    ));
                    return Ok(ExitCode::FAILURE);
                }
                Err(db::editions::ImportError::Data(e)) => return Err(e.into()),
                Err(e) => {
                    report_line(&format!("{name}: {e}; nothing imported"));
                    return Ok(ExitCode::FAILURE);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::RunJobs { as_of } => {
            let db = open_database(&config).await?;
            let fees = config.billing.fee_schedule().map_err(ServerError::Config)?;
            let now = chrono::Utc::now();
            let at = as_of.map_or(now, |day| day.and_time(now.time()).and_utc());
            let settings = jobs::JobsSettings {
                fees,
                base_url: config.public_url(),
                registration_grace_days: config.registration_grace_days,
            };
            let jobs::JobsReport { billing, lifecycle, registrations_purged } =
                jobs::run_once(&db, &settings, at).await?;
            report_line(&format!(
                "annual invoices issued: {}; reminders sent: {}",
                billing.annual_invoices, billing.reminders
            ));
            report_line(&format!(
                "re-certification invoices issued: {}; accreditations expired: {}",
                lifecycle.recertification_invoices, lifecycle.expired
            ));
            report_line(&format!(
                "self-checks due: {}; self-check reminders: {}",
                lifecycle.self_checks, lifecycle.self_check_reminders
            ));
            report_line(&format!(
                "registrations not activated in time deleted: {registrations_purged}"
            ));
            Ok(ExitCode::SUCCESS)
        }
        Command::VerifyAudit => {
            let db = open_database(&config).await?;
            Ok(match db::audit::verify_chain(&db).await? {
                db::audit::ChainReport::Intact { entries } => {
                    report_line(&format!("audit log intact: {entries} entries"));
                    ExitCode::SUCCESS
                }
                db::audit::ChainReport::Broken { entry_id, reason } => {
                    report_line(&format!("audit log BROKEN at entry {entry_id}: {reason:?}"));
                    ExitCode::FAILURE
                }
            })
        }
    }
}

fn password_bounds() -> [(&'static str, String); 2] {
    [
        ("min", app::domain::accounts::MIN_PASSWORD_CHARS.to_string()),
        ("max", app::domain::accounts::MAX_PASSWORD_CHARS.to_string()),
    ]
}

/// Writes a file only its owner can read (it holds a password).
fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    std::io::Write::write_all(&mut options.open(path)?, text.as_bytes())
}

/// CLI reports go to stdout (logs go to stderr), so scripts can read them.
#[expect(clippy::print_stdout, reason = "CLI command output")]
fn report_line(line: &str) {
    println!("{line}");
}

fn check_locales(
    dir: &std::path::Path,
    confirm: Option<Vec<String>>,
    confirm_new: bool,
) -> ExitCode {
    let what = match confirm {
        Some(mut args) if !args.is_empty() => {
            let locale = args.remove(0);
            Some(locale_check::Confirm::Messages { locale, keys: args })
        }
        _ => confirm_new.then_some(locale_check::Confirm::New),
    };
    if let Some(what) = what {
        match locale_check::confirm(dir, &app::i18n::LANGUAGES, &what) {
            Ok(n) => report_line(&format!("{n} confirmation(s) recorded")),
            Err(problems) => {
                for p in problems {
                    report_line(&p);
                }
                return ExitCode::FAILURE;
            }
        }
    }
    let report = locale_check::check(dir, &app::i18n::LANGUAGES);
    for finding in &report.findings {
        report_line(&finding.to_string());
    }
    for c in &report.coverage {
        report_line(&format!("{:6} {:4}/{} messages", c.locale, c.translated, c.total));
    }
    let errors = report.errors().count();
    if errors == 0 {
        report_line("locales OK");
        ExitCode::SUCCESS
    } else {
        report_line(&format!("{errors} locale error(s)"));
        ExitCode::FAILURE
    }
}

async fn open_database(config: &Config) -> Result<sea_orm::DatabaseConnection, ServerError> {
    config.prepare_data_dir().map_err(io(format!("creating {}", config.data_dir.display())))?;
    let key = config.security.audit_key(&config.data_dir).map_err(ServerError::Config)?;
    db::audit::install_key(&key)?;
    let url = config.database_url();
    tracing::info!(backend = url.split(':').next().unwrap_or(""), "opening database");
    Ok(db::connect_and_migrate(&url).await?)
}

async fn serve(config: Config) -> Result<(), ServerError> {
    if let Some(dir) = &config.locales_dir {
        if !dir.is_dir() {
            return Err(ServerError::Config(format!(
                "LOCALES_DIR {}: not a directory",
                dir.display()
            )));
        }
        app::texts::init(Some(dir.clone()));
    }
    tracing::info!(source = %app::texts::store().directory_path().map_or_else(|| "embedded".to_owned(), |d| d.display().to_string()), "locale texts");
    let db = open_database(&config).await?;
    let _sender = match &config.smtp_url {
        Some(url) if !url.trim().is_empty() => {
            let transport = mailer::transport(url)
                .map_err(|e| ServerError::Config(format!("SMTP_URL: {e}")))?;
            let from = config
                .mail_from
                .parse()
                .map_err(|e| ServerError::Config(format!("MAIL_FROM: {e}")))?;
            tracing::info!("mail is delivered over SMTP");
            Some(tokio::spawn(mailer::run(
                db.clone(),
                transport,
                from,
                std::time::Duration::from_secs(5),
            )))
        }
        _ => {
            tracing::info!("no SMTP_URL: mail stays in the outbox (/admin/outbox)");
            None
        }
    };
    let fees = config.billing.fee_schedule().map_err(ServerError::Config)?;
    let settings = jobs::JobsSettings {
        fees: fees.clone(),
        base_url: config.public_url(),
        registration_grace_days: config.registration_grace_days,
    };
    let _jobs = tokio::spawn(jobs::run(db.clone(), settings, std::time::Duration::from_secs(3600)));
    let state = router::AppState::new(db, &config, fees).map_err(ServerError::Config)?;
    let app = router::router(state);
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(io(format!("binding {}", config.addr)))?;
    tracing::info!("listening on http://{}", config.addr);
    // The peer address feeds sign-in throttling per client.
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(io("serving"))
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
