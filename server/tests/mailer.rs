//! SMTP delivery of the outbox, against a minimal SMTP server on a local port (it speaks
//! just enough of RFC 5321 for lettre: greeting, EHLO, MAIL, RCPT, DATA, QUIT).

#![expect(clippy::unwrap_used, reason = "test set-up: any failure should fail the test")]

use app::db::mail::{self, MailKind};
use app::db::testing;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// Accepts one SMTP session and returns the message data it received.
async fn one_smtp_session(listener: TcpListener) -> String {
    let (socket, _) = listener.accept().await.unwrap();
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read).lines();
    write.write_all(b"220 test ESMTP\r\n").await.unwrap();
    let mut data = String::new();
    let mut in_data = false;
    while let Some(line) = lines.next_line().await.unwrap() {
        if in_data {
            if line == "." {
                in_data = false;
                write.write_all(b"250 queued\r\n").await.unwrap();
            } else {
                data.push_str(&line);
                data.push('\n');
            }
            continue;
        }
        let verb = line.split_whitespace().next().unwrap_or("").to_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" | "HELO" => b"250 test\r\n",
            "DATA" => {
                in_data = true;
                b"354 go ahead\r\n"
            }
            "QUIT" => {
                write.write_all(b"221 bye\r\n").await.unwrap();
                break;
            }
            _ => b"250 ok\r\n",
        };
        write.write_all(reply).await.unwrap();
    }
    data
}

#[tokio::test]
async fn unsent_mail_is_delivered_once_and_failures_are_recorded() {
    let t = testing::sqlite().await.unwrap();
    let db = &t.db;
    let args = [
        ("name", "Ann".to_owned()),
        ("link", "https://accredit.example/confirm-email?token=abc".to_owned()),
        ("hours", "72".to_owned()),
    ];
    mail::queue(db, "ann@clinic.example", "de", MailKind::ConfirmEmail, &args, chrono::Utc::now())
        .await
        .unwrap();
    let from = "Accredit-IO <no-reply@accredit-io.example>".parse().unwrap();

    // A mail server that is down: the mail stays unsent with the error, and is retried later.
    let closed = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let closed_port = closed.local_addr().unwrap().port();
    drop(closed);
    let down = server::mailer::transport(&format!("smtp://127.0.0.1:{closed_port}")).unwrap();
    assert_eq!(server::mailer::deliver_pending(db, &down, &from).await.unwrap(), 0);
    let row = mail::recent(db, 1).await.unwrap().remove(0);
    assert!(row.sent_at.is_none() && row.attempts == 1 && row.last_error.is_some(), "{row:?}");

    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = tokio::spawn(one_smtp_session(listener));
    let up = server::mailer::transport(&format!("smtp://127.0.0.1:{port}")).unwrap();
    assert_eq!(server::mailer::deliver_pending(db, &up, &from).await.unwrap(), 1);
    let data = received.await.unwrap();
    assert!(data.contains("To: ann@clinic.example"), "{data}");
    assert!(data.contains("multipart/alternative"), "{data}");
    assert!(data.contains("text/plain") && data.contains("text/html"), "{data}");
    let row = mail::recent(db, 1).await.unwrap().remove(0);
    assert!(row.sent_at.is_some() && row.last_error.is_none(), "{row:?}");
    // Delivered: the stored copy keeps no live link.
    assert!(
        !row.body_text.contains("token=abc") && !row.body_html.contains("token=abc"),
        "{row:?}"
    );
    assert!(row.body_text.contains("token=[redacted]"), "{row:?}");
    // Nothing left to send: a second pass sends nothing.
    assert!(mail::unsent(db, 10).await.unwrap().is_empty());
    t.cleanup().await;
}
