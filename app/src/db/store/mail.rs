//! Outgoing mail. Every message is rendered in the recipient's language from Fluent
//! (`mail-<kind>-subject`, `mail-<kind>-body`) and written to the `outbox` table in the same
//! transaction as the change it reports, so a mail is never lost and never sent for a change
//! that was rolled back. The server's sender delivers unsent rows over SMTP when configured;
//! without SMTP, administrators read them at /admin/outbox.

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};

use crate::db::DataError;
use crate::db::entities::{outbox, user};
use crate::i18n::{DEFAULT_LANGUAGE, supported_language, translate, translate_with};

/// Give up on a message after this many failed deliveries (it stays visible in the outbox).
pub const MAX_ATTEMPTS: i32 = 8;

/// The kinds of mail, each with its Fluent messages `mail-<kind>-subject` / `-body`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    Activation,
    ConfirmEmail,
    PasswordReset,
    RoleInvitation,
    JoinRequested,
    JoinPending,
    JoinApproved,
    JoinDeclined,
    RoleAssigned,
    InvoiceIssued,
    InvoiceReminder,
    FacilityEnrolled,
    ApplicationSubmitted,
    AssessorAssigned,
    AssessorConflict,
    QueryOpened,
    DecisionMade,
    RecertificationOpened,
    WorkshopBooked,
    WorkshopWaitlisted,
    WorkshopPromoted,
    WorkshopReminder,
    SelfCheckDue,
    SignUpExisting,
    ActivatedByOffice,
}

impl MailKind {
    pub const ALL: [Self; 25] = [
        Self::Activation,
        Self::ConfirmEmail,
        Self::PasswordReset,
        Self::RoleInvitation,
        Self::JoinRequested,
        Self::JoinPending,
        Self::JoinApproved,
        Self::JoinDeclined,
        Self::RoleAssigned,
        Self::InvoiceIssued,
        Self::InvoiceReminder,
        Self::FacilityEnrolled,
        Self::ApplicationSubmitted,
        Self::AssessorAssigned,
        Self::AssessorConflict,
        Self::QueryOpened,
        Self::DecisionMade,
        Self::RecertificationOpened,
        Self::WorkshopBooked,
        Self::WorkshopWaitlisted,
        Self::WorkshopPromoted,
        Self::WorkshopReminder,
        Self::SelfCheckDue,
        Self::SignUpExisting,
        Self::ActivatedByOffice,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Activation => "activation",
            Self::ConfirmEmail => "confirm-email",
            Self::PasswordReset => "password-reset",
            Self::RoleInvitation => "role-invitation",
            Self::JoinRequested => "join-requested",
            Self::JoinPending => "join-pending",
            Self::JoinApproved => "join-approved",
            Self::JoinDeclined => "join-declined",
            Self::RoleAssigned => "role-assigned",
            Self::InvoiceIssued => "invoice-issued",
            Self::InvoiceReminder => "invoice-reminder",
            Self::FacilityEnrolled => "facility-enrolled",
            Self::ApplicationSubmitted => "application-submitted",
            Self::AssessorAssigned => "assessor-assigned",
            Self::AssessorConflict => "assessor-conflict",
            Self::QueryOpened => "query-opened",
            Self::DecisionMade => "decision-made",
            Self::RecertificationOpened => "recertification-opened",
            Self::WorkshopBooked => "workshop-booked",
            Self::WorkshopWaitlisted => "workshop-waitlisted",
            Self::WorkshopPromoted => "workshop-promoted",
            Self::WorkshopReminder => "workshop-reminder",
            Self::SelfCheckDue => "self-check-due",
            Self::SignUpExisting => "sign-up-existing",
            Self::ActivatedByOffice => "activated-by-office",
        }
    }
}

/// A rendered message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub language: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Renders a mail in `language` (English when the language is not supported or a message is
/// missing in it). `args` are the Fluent variables of the kind's messages.
pub fn render(kind: MailKind, language: &str, args: &[(&str, String)]) -> Rendered {
    let language = supported_language(language).unwrap_or(DEFAULT_LANGUAGE);
    let subject = translate_with(language, &format!("mail-{}-subject", kind.as_str()), args);
    let body = translate_with(language, &format!("mail-{}-body", kind.as_str()), args);
    let text = format!("{}\n\n-- \n{}\n", body.trim_end(), translate(language, "mail-footer"));
    let html = html_of(&text, crate::i18n::is_rtl(language));
    Rendered { language: language.to_owned(), subject, text, html }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The HTML part: the plain text, escaped, one paragraph per blank-line block, and lines
/// that are a bare http(s) address made into links.
pub fn html_of(text: &str, rtl: bool) -> String {
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let lines: Vec<String> = p
                .lines()
                .map(|line| {
                    let l = line.trim();
                    if (l.starts_with("https://") || l.starts_with("http://"))
                        && !l.contains(char::is_whitespace)
                    {
                        format!("<a href=\"{0}\">{0}</a>", escape(l))
                    } else {
                        escape(line)
                    }
                })
                .collect();
            format!("<p>{}</p>", lines.join("<br>\n"))
        })
        .collect();
    let dir = if rtl { "rtl" } else { "ltr" };
    format!(
        "<!DOCTYPE html>\n<html dir=\"{dir}\"><body style=\"font-family:sans-serif;line-height:1.5\">\n{}\n</body></html>\n",
        paragraphs.join("\n")
    )
}

/// Renders and queues a mail inside the caller's transaction.
pub async fn queue<C: ConnectionTrait>(
    conn: &C,
    to: &str,
    language: &str,
    kind: MailKind,
    args: &[(&str, String)],
    now: DateTime<Utc>,
) -> Result<outbox::Model, DataError> {
    let mail = render(kind, language, args);
    Ok(outbox::ActiveModel {
        to_address: Set(to.to_owned()),
        language: Set(mail.language),
        kind: Set(kind.as_str().to_owned()),
        subject: Set(mail.subject),
        body_text: Set(mail.text),
        body_html: Set(mail.html),
        created_at: Set(now.trunc_subsecs(6)),
        sent_at: Set(None),
        attempts: Set(0),
        last_error: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// The newest mails first (the administrator's outbox page).
pub async fn recent(db: &DatabaseConnection, limit: u64) -> Result<Vec<outbox::Model>, DataError> {
    Ok(outbox::Entity::find().order_by_desc(outbox::Column::Id).limit(limit).all(db).await?)
}

/// Mails still to deliver, oldest first.
pub async fn unsent(db: &DatabaseConnection, limit: u64) -> Result<Vec<outbox::Model>, DataError> {
    Ok(outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_null())
        .filter(outbox::Column::Attempts.lt(MAX_ATTEMPTS))
        .order_by_asc(outbox::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// Claims a mail for one delivery attempt: only the instance whose update matches the
/// attempt count it read goes on to send, so several servers never send the same mail twice
/// at the same time.
pub async fn claim(db: &DatabaseConnection, mail: &outbox::Model) -> Result<bool, DataError> {
    let result = outbox::Entity::update_many()
        .col_expr(outbox::Column::Attempts, Expr::value(mail.attempts + 1))
        .filter(outbox::Column::Id.eq(mail.id))
        .filter(outbox::Column::Attempts.eq(mail.attempts))
        .filter(outbox::Column::SentAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// How mail leaves the server (context from the server): over SMTP, or not at all (a
/// demonstration installation whose administrators read the outbox instead).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Delivery {
    pub smtp: bool,
}

/// The text with the secret of every link taken out (`token=…`): what may be kept and shown
/// once the addressee has the mail. A link's secret lets whoever holds it take over an
/// account, so nobody else — an administrator, a backup — may hold it.
pub fn redact_secrets(text: &str) -> String {
    const MARK: &str = "token=";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(MARK) {
        out.push_str(&rest[..at + MARK.len()]);
        rest = &rest[at + MARK.len()..];
        let secret_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        if secret_len > 0 {
            out.push_str("[redacted]");
        }
        rest = &rest[secret_len..];
    }
    out.push_str(rest);
    out
}

/// Records the outcome of a delivery attempt. A delivered mail keeps no live link: its
/// stored copy is redacted in the same update.
pub async fn record_delivery(
    db: &DatabaseConnection,
    id: i64,
    outcome: Result<(), String>,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    let update = outbox::Entity::update_many().filter(outbox::Column::Id.eq(id));
    let update = match outcome {
        Ok(()) => {
            let Some(mail) = outbox::Entity::find_by_id(id).one(db).await? else { return Ok(()) };
            update
                .col_expr(outbox::Column::SentAt, Expr::value(now.trunc_subsecs(6)))
                .col_expr(outbox::Column::LastError, Expr::value(Option::<String>::None))
                .col_expr(outbox::Column::BodyText, Expr::value(redact_secrets(&mail.body_text)))
                .col_expr(outbox::Column::BodyHtml, Expr::value(redact_secrets(&mail.body_html)))
        }
        Err(error) => update.col_expr(outbox::Column::LastError, Expr::value(error)),
    };
    update.exec(db).await?;
    Ok(())
}

/// Queues one mail of `kind` to each of `to`, greeting each by name.
pub(crate) async fn mail_all<C: ConnectionTrait>(
    conn: &C,
    to: &[user::Model],
    kind: MailKind,
    args: &[(&str, String)],
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    for u in to {
        let mut with_name = vec![("name", u.display_name.clone())];
        with_name.extend(args.iter().cloned());
        queue(conn, &u.email, &u.language, kind, &with_name, now).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_renders_in_every_language_with_its_variables() {
        let args = [
            ("name", "Ann".to_owned()),
            ("facility", "IO Unit".to_owned()),
            ("code", "ABCDE-FGHJK".to_owned()),
            ("link", "https://accredit.example/activate?token=abc".to_owned()),
            ("member", "Bob".to_owned()),
            ("member_email", "bob@x.org".to_owned()),
            ("role", "Contact".to_owned()),
            ("inviter", "Ann".to_owned()),
            ("hours", "72".to_owned()),
            ("minutes", "60".to_owned()),
            ("number", "2026-0001".to_owned()),
            ("amount", "€2,400.00".to_owned()),
            ("due", "30 Dec 2026".to_owned()),
            ("reference", "AIO-2026-0001".to_owned()),
            ("hash", "bab3228801…".to_owned()),
            ("assessor", "Dr Assessor".to_owned()),
            ("item", "6b".to_owned()),
            ("title", "Case review in practice".to_owned()),
            ("when", "2027-03-10 14:00 Europe/Vienna".to_owned()),
            ("sign_in", "https://accredit.example/sign-in".to_owned()),
            ("reset", "https://accredit.example/reset-password".to_owned()),
        ];
        for language in crate::i18n::LANGUAGES {
            for kind in MailKind::ALL {
                let mail = render(kind, language, &args);
                assert_eq!(mail.language, language);
                for part in [&mail.subject, &mail.text] {
                    assert!(
                        !part.is_empty()
                            && !part.contains("Unknown localization")
                            && !part.contains("{ $"),
                        "{language} {kind:?}: {part}"
                    );
                }
                assert!(!mail.text.contains('\u{2068}'), "no bidi isolation marks in mail");
                if matches!(
                    kind,
                    MailKind::Activation | MailKind::ConfirmEmail | MailKind::PasswordReset
                ) {
                    assert!(
                        mail.text.contains("https://accredit.example/activate?token=abc"),
                        "{language} {kind:?}"
                    );
                    assert!(
                        mail.html
                            .contains("<a href=\"https://accredit.example/activate?token=abc\">"),
                        "{language} {kind:?}"
                    );
                }
            }
        }
        assert_eq!(render(MailKind::Activation, "xx", &args).language, "en");
    }

    #[test]
    fn link_secrets_are_redacted() {
        let body = "Open https://a.example/activate?token=3f9a_b-C12 within 72 hours.\nhttps://a.example/reset-password?token=ff00&lang=de\ntoken= alone";
        let redacted = redact_secrets(body);
        assert_eq!(
            redacted,
            "Open https://a.example/activate?token=[redacted] within 72 hours.\nhttps://a.example/reset-password?token=[redacted]&lang=de\ntoken= alone"
        );
        assert!(!redacted.contains("3f9a") && !redacted.contains("ff00"));
        assert_eq!(redact_secrets("no links here"), "no links here");
    }

    #[test]
    fn html_is_escaped_and_links_are_clickable() {
        let html =
            html_of("Hello <b>Ann</b> & co\n\nhttps://x.example/a?b=1&c=2\nsecond line", false);
        assert!(html.contains("<p>Hello &lt;b&gt;Ann&lt;/b&gt; &amp; co</p>"), "{html}");
        assert!(html.contains("<a href=\"https://x.example/a?b=1&amp;c=2\">https://x.example/a?b=1&amp;c=2</a><br>\nsecond line"), "{html}");
        assert!(html_of("x", true).contains("dir=\"rtl\""));
    }
}
