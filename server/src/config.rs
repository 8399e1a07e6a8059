//! Command line and environment: one place that says how the server is set up.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "server", version, about = "Accredit-IO: accreditation programme for interventional-oncology services")]
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
    #[arg(long, env = "MAIL_FROM", default_value = "Accredit-IO <no-reply@accredit-io.example>", global = true)]
    pub mail_from: String,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Migrate the database and serve the site (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Add the demo data (idempotent).
    SeedDemo,
    /// Check the Fluent locale files: syntax, keys and variables against English.
    CheckLocales {
        /// The locales directory.
        #[arg(default_value = "locales")]
        dir: PathBuf,
    },
    /// Walk the audit log's hash chain and report the first broken entry.
    VerifyAudit,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Cli {
        Cli::try_parse_from(args).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn sqlite_in_data_dir_is_the_default() {
        let cli = parse(&["server", "--data-dir", "/tmp/x"]);
        assert_eq!(cli.config.database_url(), "sqlite:///tmp/x/accredit.sqlite?mode=rwc");
        assert!(cli.command.is_none());
    }

    #[test]
    fn explicit_url_and_subcommand() {
        let cli = parse(&["server", "migrate", "--database-url", "postgres://u@h/db", "--addr", "0.0.0.0:8080"]);
        assert_eq!(cli.config.database_url(), "postgres://u@h/db");
        assert_eq!(cli.config.addr.port(), 8080);
        assert!(matches!(cli.command, Some(Command::Migrate)));
    }
}
