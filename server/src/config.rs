//! Command line and environment: one place that says how the server is set up.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "server",
    version,
    about = "Accredit-IO: accreditation programme for interventional-oncology services"
)]
pub struct Cli {
    #[command(flatten)]
    pub config: Config,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "ADDR", default_value = "127.0.0.1:3000", global = true)]
    pub addr: SocketAddr,
    /// Directory for the embedded database and stored files.
    #[arg(long, env = "DATA_DIR", default_value = "data", global = true)]
    pub data_dir: PathBuf,
    /// Database URL (`sqlite://…` or `postgres://…`); default: SQLite file in DATA_DIR.
    #[arg(long, env = "DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// Directory holding the built site (`pkg/` with the hydrate bundle, public files).
    #[arg(long, env = "SITE_ROOT", default_value = "target/site", global = true)]
    pub site_root: PathBuf,
    /// Address the site is reached at, for links in mail (default: http://ADDR).
    #[arg(long, env = "PUBLIC_URL", global = true)]
    pub public_url: Option<String>,
    /// SMTP server for outgoing mail (`smtp://host:25`, `smtps://user:pass@host`,
    /// `smtp://host:587?tls=required`). Without it mail stays in the outbox (/admin/outbox).
    #[arg(long, env = "SMTP_URL", global = true)]
    pub smtp_url: Option<String>,
    /// Sender address of outgoing mail.
    #[arg(
        long,
        env = "MAIL_FROM",
        default_value = "Accredit-IO <no-reply@accredit-io.example>",
        global = true
    )]
    pub mail_from: String,
    #[command(flatten)]
    pub billing: BillingConfig,
    /// Shared secret of the payment provider's webhook (HMAC-SHA256); unset: the webhook
    /// endpoint is off and payments are recorded by administrators.
    #[arg(long, env = "PAYMENT_WEBHOOK_SECRET", global = true, hide_env_values = true)]
    pub payment_webhook_secret: Option<String>,
    /// Where evidence files are kept: a directory, or `s3://bucket/prefix` for S3-compatible
    /// storage (credentials, region and endpoint from `AWS_*`); default `DATA_DIR/evidence`.
    #[arg(long, env = "EVIDENCE_STORE", global = true)]
    pub evidence_store: Option<String>,
    /// Read the locale files from this directory and re-read them when they change (a
    /// translator sees an edit after a page reload). Unset: release builds use the copy
    /// embedded at build time, debug builds the repository's `locales/`.
    #[arg(long, env = "LOCALES_DIR", global = true)]
    pub locales_dir: Option<PathBuf>,
    /// Weeks an assessment should take once all requested evidence is in (the clock's target).
    #[arg(long, env = "ASSESSMENT_WEEKS", default_value_t = app::domain::assessment::DEFAULT_TARGET_WEEKS, global = true)]
    pub assessment_weeks: u32,
    /// Days after a "not accredited" decision before the facility may open a new application
    /// (the decision letter states the date).
    #[arg(long, env = "REAPPLY_WAIT_DAYS", default_value_t = app::domain::assessment::DEFAULT_REAPPLY_WAIT_DAYS, global = true)]
    pub reapply_wait_days: u32,
    /// Days a registration may stay unactivated before the daily job deletes it (freeing the
    /// facility name and the address).
    #[arg(long, env = "REGISTRATION_GRACE_DAYS", default_value_t = app::db::registrations::DEFAULT_GRACE_DAYS, global = true)]
    pub registration_grace_days: u32,
    /// Largest evidence file in bytes.
    #[arg(long, env = "EVIDENCE_MAX_BYTES", default_value_t = app::domain::evidence::DEFAULT_MAX_BYTES, global = true)]
    pub evidence_max_bytes: u64,
    #[command(flatten)]
    pub security: SecurityConfig,
}

/// Sessions and the trust placed in the network in front of the server.
#[derive(Debug, Clone, clap::Args)]
pub struct SecurityConfig {
    /// Minutes without activity after which a session ends (autosave counts as activity).
    #[arg(long, env = "SESSION_IDLE_MINUTES", default_value_t = 120, global = true)]
    pub session_idle_minutes: u32,
    /// Hours after sign-in at which a session ends, used or not.
    #[arg(long, env = "SESSION_LIFETIME_HOURS", default_value_t = 168, global = true)]
    pub session_lifetime_hours: u32,
    /// Reverse proxies whose `X-Forwarded-For` is believed: CIDR blocks or addresses,
    /// separated by commas (e.g. `10.0.0.0/8,::1`). Unset: the connection's peer is the client.
    #[arg(long, env = "TRUSTED_PROXIES", global = true)]
    pub trusted_proxies: Option<String>,
    /// Key of the audit log's hash chain (at least 32 characters). Unset: a random key is
    /// generated into DATA_DIR/audit.key on first start and read from there afterwards. Keep
    /// it apart from database backups: whoever holds it could rewrite the chain.
    #[arg(long, env = "AUDIT_KEY", global = true, hide_env_values = true)]
    pub audit_key: Option<String>,
}

impl Default for SecurityConfig {
    fn default() -> Self {
        Self {
            session_idle_minutes: 120,
            session_lifetime_hours: 168,
            trusted_proxies: None,
            audit_key: None,
        }
    }
}

impl SecurityConfig {
    /// The session policy; `https` from the scheme of `PUBLIC_URL`.
    pub fn session_policy(&self, public_url: &str) -> app::db::sessions::SessionPolicy {
        app::db::sessions::SessionPolicy {
            idle: chrono::Duration::minutes(i64::from(self.session_idle_minutes.max(1))),
            lifetime: chrono::Duration::hours(i64::from(self.session_lifetime_hours.max(1))),
            https: public_url.starts_with("https://"),
        }
    }

    /// The audit key: `AUDIT_KEY`, else the key file in the data directory, created with a
    /// fresh random key (readable by the owner only) when missing.
    pub fn audit_key(&self, data_dir: &std::path::Path) -> Result<Vec<u8>, String> {
        if let Some(key) = self.audit_key.as_deref().map(str::trim).filter(|k| !k.is_empty()) {
            return Ok(key.as_bytes().to_vec());
        }
        let path = data_dir.join("audit.key");
        match std::fs::read_to_string(&path) {
            Ok(text) => return Ok(text.trim().as_bytes().to_vec()),
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(format!("{}: {e}", path.display()));
            }
            Err(_) => {}
        }
        std::fs::create_dir_all(data_dir).map_err(|e| format!("{}: {e}", data_dir.display()))?;
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| format!("no randomness for the audit key: {e}"))?;
        let key = hex::encode(bytes);
        write_private(&path, &key).map_err(|e| format!("{}: {e}", path.display()))?;
        tracing::warn!(path = %path.display(), "generated a new audit key; keep it safe and apart from database backups");
        Ok(key.into_bytes())
    }

    pub fn trusted_proxies(&self) -> Result<app::client_address::TrustedProxies, String> {
        app::client_address::TrustedProxies::parse(self.trusted_proxies.as_deref().unwrap_or(""))
    }
}

/// Fees, terms and the issuer printed on invoices. Unset values take the demonstration
/// defaults (`app::domain::billing::FeeSchedule::demo`); amounts are in minor units (cents).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct BillingConfig {
    #[arg(long, env = "FEE_ENROLMENT_MINOR", global = true)]
    pub fee_enrolment_minor: Option<i64>,
    #[arg(long, env = "FEE_ANNUAL_MINOR", global = true)]
    pub fee_annual_minor: Option<i64>,
    #[arg(long, env = "FEE_RECERTIFICATION_MINOR", global = true)]
    pub fee_recertification_minor: Option<i64>,
    /// ISO 4217 currency code.
    #[arg(long, env = "CURRENCY", global = true)]
    pub currency: Option<String>,
    /// VAT rate in basis points (2000 = 20 %).
    #[arg(long, env = "VAT_BASIS_POINTS", global = true)]
    pub vat_basis_points: Option<i64>,
    #[arg(long, env = "PAYMENT_TERM_DAYS", global = true)]
    pub payment_term_days: Option<i64>,
    #[arg(long, env = "ISSUER_NAME", global = true)]
    pub issuer_name: Option<String>,
    /// Postal address lines separated by `|`.
    #[arg(long, env = "ISSUER_ADDRESS", global = true)]
    pub issuer_address: Option<String>,
    #[arg(long, env = "ISSUER_VAT_ID", global = true)]
    pub issuer_vat_id: Option<String>,
    #[arg(long, env = "ISSUER_IBAN", global = true)]
    pub issuer_iban: Option<String>,
    #[arg(long, env = "ISSUER_BIC", global = true)]
    pub issuer_bic: Option<String>,
    #[arg(long, env = "ISSUER_EMAIL", global = true)]
    pub issuer_email: Option<String>,
}

impl BillingConfig {
    /// The fee schedule in force: configured values over the demonstration defaults, checked.
    pub fn fee_schedule(&self) -> Result<app::domain::billing::FeeSchedule, String> {
        let mut fees = app::domain::billing::FeeSchedule::demo();
        let text = |v: &Option<String>| {
            v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned)
        };
        if let Some(v) = self.fee_enrolment_minor {
            fees.enrolment_fee_minor = v;
        }
        if let Some(v) = self.fee_annual_minor {
            fees.annual_fee_minor = v;
        }
        if let Some(v) = self.fee_recertification_minor {
            fees.recertification_fee_minor = v;
        }
        if let Some(v) = text(&self.currency) {
            fees.currency = v.to_uppercase();
        }
        if let Some(v) = self.vat_basis_points {
            fees.vat_basis_points = v;
        }
        if let Some(v) = self.payment_term_days {
            fees.payment_term_days = v;
        }
        if let Some(v) = text(&self.issuer_name) {
            fees.issuer.name = v;
        }
        if let Some(v) = text(&self.issuer_address) {
            fees.issuer.address =
                v.split('|').map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect();
        }
        if let Some(v) = text(&self.issuer_vat_id) {
            fees.issuer.vat_id = v;
        }
        if let Some(v) = text(&self.issuer_iban) {
            fees.issuer.iban = v;
        }
        if let Some(v) = text(&self.issuer_bic) {
            fees.issuer.bic = v;
        }
        if let Some(v) = text(&self.issuer_email) {
            fees.issuer.email = v;
        }
        fees.check()?;
        Ok(fees)
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Migrate the database and serve the site (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Add the demo data (idempotent).
    SeedDemo,
    /// Check the Fluent locale files: syntax, keys, variables and manual structure against
    /// English, and stale or unconfirmed translations (docs/translating.md).
    CheckLocales {
        /// The locales directory.
        #[arg(default_value = "locales")]
        dir: PathBuf,
        /// Record that these translations match the current English text, then check:
        /// `--confirm de manual-faq-body home-title` (`all` for every locale).
        #[arg(long, num_args = 2.., value_names = ["LOCALE", "MESSAGE"])]
        confirm: Option<Vec<String>>,
        /// Record every translation that has no confirmation yet (messages just added and
        /// translated), then check. Stale translations are left for a person to look at.
        #[arg(long)]
        confirm_new: bool,
    },
    /// Walk the audit log's hash chain and report the first broken entry.
    VerifyAudit,
    /// Check a standards edition file (TOML, docs/standards-edition.md) and store it; prints
    /// every problem with file, item and field.
    ImportEdition { file: PathBuf },
    /// Run the daily jobs once (annual and re-certification invoices, payment reminders,
    /// expiry, annual self-checks, workshop reminders) and exit; `serve` runs them every hour
    /// by itself.
    RunJobs {
        /// Run them as on this day (YYYY-MM-DD) instead of today: to rehearse the four-year
        /// lifecycle on a copy or test database. Never on live data — invoices and mails are
        /// real.
        #[arg(long)]
        as_of: Option<chrono::NaiveDate>,
    },
    /// Make an account an administrator, creating it if needed. The password comes from
    /// ACCREDIT_ADMIN_PASSWORD, else one is generated and printed once.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Administrator")]
        name: String,
    },
}

impl Config {
    /// The database URL in force: the explicit one, else `DATA_DIR/accredit.sqlite`.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) if !url.is_empty() => url.clone(),
            _ => format!("sqlite://{}?mode=rwc", self.data_dir.join("accredit.sqlite").display()),
        }
    }

    /// The base of links in mail, without a trailing slash.
    pub fn public_url(&self) -> String {
        match &self.public_url {
            Some(url) if !url.trim().is_empty() => url.trim().trim_end_matches('/').to_owned(),
            _ => format!("http://{}", self.addr),
        }
    }

    /// Creates DATA_DIR when the database lives there.
    pub fn prepare_data_dir(&self) -> std::io::Result<()> {
        if self.database_url.as_deref().is_none_or(str::is_empty) {
            std::fs::create_dir_all(&self.data_dir)?;
        }
        Ok(())
    }
}

/// Writes a new file readable by its owner only; fails if it exists (two processes starting
/// at once keep the first key).
fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Cli {
        Cli::try_parse_from(args).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_assessment_target_is_twelve_weeks_unless_set() {
        assert_eq!(parse(&["server"]).config.assessment_weeks, 12);
        assert_eq!(parse(&["server", "--assessment-weeks", "8"]).config.assessment_weeks, 8);
        assert_eq!(parse(&["server"]).config.reapply_wait_days, 90);
        assert!(Cli::try_parse_from(["server", "--assessment-weeks", "eight"]).is_err());
    }

    #[test]
    fn sqlite_in_data_dir_is_the_default() {
        let cli = parse(&["server", "--data-dir", "/tmp/x"]);
        assert_eq!(cli.config.database_url(), "sqlite:///tmp/x/accredit.sqlite?mode=rwc");
        assert!(cli.command.is_none());
    }

    #[test]
    fn explicit_url_and_subcommand() {
        let cli = parse(&[
            "server",
            "migrate",
            "--database-url",
            "postgres://u@h/db",
            "--addr",
            "0.0.0.0:8080",
        ]);
        assert_eq!(cli.config.database_url(), "postgres://u@h/db");
        assert_eq!(cli.config.addr.port(), 8080);
        assert!(matches!(cli.command, Some(Command::Migrate)));
    }

    #[test]
    fn fees_default_to_the_demo_schedule_and_take_overrides() {
        let cli = parse(&["server"]);
        assert_eq!(
            cli.config.billing.fee_schedule(),
            Ok(app::domain::billing::FeeSchedule::demo())
        );
        let cli = parse(&[
            "server",
            "--fee-enrolment-minor",
            "99900",
            "--currency",
            "chf",
            "--issuer-address",
            "A 1| 8000 Zürich |CH",
        ]);
        let fees = cli.config.billing.fee_schedule().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((fees.enrolment_fee_minor, fees.currency.as_str()), (99_900, "CHF"));
        assert_eq!(fees.issuer.address, vec!["A 1", "8000 Zürich", "CH"]);
        let bad = parse(&["server", "--vat-basis-points", "20000"]);
        assert!(bad.config.billing.fee_schedule().is_err());
    }
}
