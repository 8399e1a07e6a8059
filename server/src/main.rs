use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = server::config::Cli::parse();
    server::telemetry::init();
    match server::run(cli).await {
        Ok(code) => code,
        Err(error) => {
            tracing::error!(%error, "server stopped");
            ExitCode::FAILURE
        }
    }
}
