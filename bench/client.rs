//! A minimal load client on hyper's HTTP/1.1 connection API: one kept-alive connection per
//! simulated editor, as a browser tab holds one. Shared by the benchmark and the durability
//! test (included with `#[path]`).

use std::net::SocketAddr;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;

pub type Error = Box<dyn std::error::Error + Send + Sync>;

pub struct Conn {
    addr: SocketAddr,
    sender: SendRequest<Full<Bytes>>,
}

impl Conn {
    pub async fn open(addr: SocketAddr) -> Result<Self, Error> {
        let stream = tokio::net::TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        let (sender, connection) =
            hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(async move {
            // Ends when the server closes the connection or the process is killed.
            let _ = connection.await;
        });
        Ok(Self { addr, sender })
    }

    /// Sends one request as the app's server functions are called; answers the status and
    /// the body.
    pub async fn send(
        &mut self,
        method: &str,
        path: &str,
        content_type: Option<&str>,
        cookie: Option<&str>,
        body: String,
    ) -> Result<(u16, Bytes), Error> {
        let cookie = cookie.map(|token| format!("accredit_session={token}"));
        let mut headers = vec![("accept", "application/json")];
        if let Some(ct) = content_type {
            headers.push(("content-type", ct));
        }
        if let Some(cookie) = &cookie {
            headers.push(("cookie", cookie));
        }
        let (status, _, body) = self.request(method, path, &headers, body).await?;
        Ok((status, body))
    }

    /// Sends one request with exactly these headers (and `Host`); answers the status, the
    /// response headers and the body.
    pub async fn request(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: String,
    ) -> Result<(u16, hyper::HeaderMap, Bytes), Error> {
        self.sender.ready().await?;
        let mut request =
            Request::builder().method(method).uri(path).header("host", self.addr.to_string());
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response =
            self.sender.send_request(request.body(Full::new(Bytes::from(body)))?).await?;
        let status = response.status().as_u16();
        let (parts, body) = response.into_parts();
        let body = body.collect().await?.to_bytes();
        Ok((status, parts.headers, body))
    }
}

/// Waits until `GET /readyz` answers 200 (a freshly started server), at most `seconds`.
pub async fn wait_ready(addr: SocketAddr, seconds: u64) -> Result<(), Error> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    loop {
        if let Ok(mut conn) = Conn::open(addr).await {
            if let Ok((200, _)) = conn.send("GET", "/readyz", None, None, String::new()).await {
                return Ok(());
            }
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("{addr} not ready after {seconds} s").into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// This build's server binary, ready to serve `data_dir` on `addr`: its SQLite database there,
/// mail kept in the outbox, only errors logged, its output discarded.
pub fn server_command(data_dir: &std::path::Path, addr: SocketAddr) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_server"));
    command
        .arg("serve")
        .env("DATA_DIR", data_dir)
        .env("ADDR", addr.to_string())
        .env_remove("DATABASE_URL")
        .env_remove("SMTP_URL")
        .env("RUST_LOG", "error")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    command
}

/// A free port on the loopback interface.
pub fn free_addr() -> Result<SocketAddr, Error> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?)
}
