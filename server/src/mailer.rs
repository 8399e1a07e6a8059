//! Delivers the outbox over SMTP (when `SMTP_URL` is set). Mail is written to the outbox in
//! the transaction of the change it reports; this loop sends what is unsent, so a mail server
//! that is down delays mail but loses none. Several server instances can run it: each mail
//! is claimed before it is sent.

use std::time::Duration;

use app::db::entities::outbox;
use app::db::mail;
use lettre::message::{Mailbox, MultiPart, SinglePart, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::DatabaseConnection;

pub type Transport = AsyncSmtpTransport<Tokio1Executor>;

/// An SMTP transport from a URL (`smtp://`, `smtps://`, with `?tls=required` for STARTTLS).
pub fn transport(url: &str) -> Result<Transport, lettre::transport::smtp::Error> {
    Ok(Transport::from_url(url)?.timeout(Some(Duration::from_secs(20))).build())
}

/// The message for one outbox row: plain text and HTML alternatives.
pub fn message(row: &outbox::Model, from: &Mailbox) -> Result<Message, String> {
    let to: Mailbox = row.to_address.parse().map_err(|e| format!("recipient: {e}"))?;
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(row.subject.clone())
        .multipart(
            MultiPart::alternative()
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_PLAIN)
                        .body(row.body_text.clone()),
                )
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_HTML)
                        .body(row.body_html.clone()),
                ),
        )
        .map_err(|e| format!("building the message: {e}"))
}

/// Sends every unsent mail once; returns how many were delivered.
pub async fn deliver_pending(
    db: &DatabaseConnection,
    transport: &Transport,
    from: &Mailbox,
) -> Result<usize, app::db::DataError> {
    let mut delivered = 0;
    for row in mail::unsent(db, 50).await? {
        if !mail::claim(db, &row).await? {
            continue;
        }
        let outcome = match message(&row, from) {
            Ok(message) => transport.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Err(e) => Err(e),
        };
        if let Err(error) = &outcome {
            tracing::warn!(mail = row.id, %error, "mail not delivered");
        } else {
            delivered += 1;
        }
        mail::record_delivery(db, row.id, outcome, chrono::Utc::now()).await?;
    }
    Ok(delivered)
}

/// Runs [`deliver_pending`] every `interval` until the process ends.
pub async fn run(db: DatabaseConnection, transport: Transport, from: Mailbox, interval: Duration) {
    let mut ticker = tokio::time::interval(interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        if let Err(error) = deliver_pending(&db, &transport, &from).await {
            tracing::error!(%error, "outbox delivery failed");
        }
    }
}
