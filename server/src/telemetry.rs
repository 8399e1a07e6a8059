//! Logging: `tracing` to stderr, filtered by `RUST_LOG` (default: info for our crates,
//! warnings for dependencies). Each request runs in a span carrying its request id.

use tracing_subscriber::EnvFilter;

pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("warn,server=info,app=info,tower_http=info"));
    // A second init (tests) keeps the first subscriber; that is fine.
    let _ =
        tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}
