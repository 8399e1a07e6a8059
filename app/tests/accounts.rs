//! Service tests of accounts, sessions and roles, on SQLite and (when configured) PostgreSQL.

#![cfg(feature = "ssr")]

use app::accounts::GlobalRole;
use app::db::accounts::{self, NewUser};
use app::db::audit::{self, ChainReport};
use app::db::{sessions, testing, DataError};
use app::error::FieldError;
use chrono::{Duration, Utc};

fn ann() -> NewUser {
    NewUser {
        email: "  Ann.Smith@Clinic.ORG ".into(),
        display_name: " Dr Ann Smith ".into(),
        password: "correct horse battery".into(),
        language: "de-AT".into(),
    }
}

fn fields(error: DataError) -> Vec<(String, String)> {
    match error {
        DataError::Invalid(fields) => fields.into_iter().map(|FieldError { field, code }| (field, code)).collect(),
        other => panic!("expected a validation error, got {other}"),
    }
}

#[tokio::test]
async fn create_and_sign_in() {
    for t in testing::all().await {
        let db = &t.db;
        let user = accounts::create_user(db, ann(), "test").await.unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!((user.email.as_str(), user.display_name.as_str(), user.language.as_str()), ("ann.smith@clinic.org", "Dr Ann Smith", "de"));
        assert!(user.password_hash.starts_with("$argon2id$"), "{}", user.password_hash);

        let signed_in = accounts::authenticate(db, "ANN.smith@clinic.org", "correct horse battery").await.unwrap_or_default();
        assert_eq!(signed_in.map(|u| u.id), Some(user.id), "{}", t.backend);
        assert_eq!(accounts::authenticate(db, "ann.smith@clinic.org", "wrong password!").await.ok(), Some(None));
        assert_eq!(accounts::authenticate(db, "nobody@clinic.org", "correct horse battery").await.ok(), Some(None));
        assert_eq!(accounts::authenticate(db, "not an email", "x").await.ok(), Some(None));
        t.cleanup().await;
    }
}

#[tokio::test]
async fn invalid_or_duplicate_input_is_refused_with_field_errors() {
    for t in testing::all().await {
        let db = &t.db;
        let bad = NewUser { email: "ann@".into(), display_name: " ".into(), password: "short".into(), language: "xx".into() };
        let errors = fields(accounts::create_user(db, bad, "test").await.err().unwrap_or_else(|| panic!("accepted")));
        assert_eq!(
            errors,
            vec![
                ("email".into(), "error-email-invalid".into()),
                ("display_name".into(), "error-field-required".into()),
                ("password".into(), "error-password-too-short".into()),
            ]
        );
        accounts::create_user(db, ann(), "test").await.unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let again = NewUser { email: "ann.smith@CLINIC.org".into(), ..ann() };
        let errors = fields(accounts::create_user(db, again, "test").await.err().unwrap_or_else(|| panic!("duplicate accepted")));
        assert_eq!(errors, vec![("email".into(), "error-email-taken".into())], "{}", t.backend);
        t.cleanup().await;
    }
}

#[tokio::test]
async fn sessions_resolve_until_they_expire_or_are_revoked() {
    for t in testing::all().await {
        let db = &t.db;
        let user = accounts::create_user(db, ann(), "test").await.unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let now = Utc::now();
        let (token, session) = sessions::open(db, user.id, now).await.unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(session.token_hash, token, "only the hash is stored");
        let found = sessions::user_for_token(db, &token, now + Duration::minutes(5)).await.unwrap_or_default();
        assert_eq!(found.map(|u| u.id), Some(user.id), "{}", t.backend);
        let after_expiry = now + sessions::SESSION_LIFETIME + Duration::seconds(1);
        assert_eq!(sessions::user_for_token(db, &token, after_expiry).await.ok(), Some(None), "{}", t.backend);
        assert_eq!(sessions::user_for_token(db, "forged-token", now).await.ok(), Some(None));

        assert_eq!(sessions::revoke(db, &token).await.ok(), Some(true));
        assert_eq!(sessions::revoke(db, &token).await.ok(), Some(false), "revoking twice changes nothing");
        assert_eq!(sessions::user_for_token(db, &token, now).await.ok(), Some(None), "{}", t.backend);
        t.cleanup().await;
    }
}

#[tokio::test]
async fn changing_the_password_signs_out_everywhere() {
    for t in testing::all().await {
        let db = &t.db;
        let user = accounts::create_user(db, ann(), "test").await.unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let now = Utc::now();
        let (laptop, _) = sessions::open(db, user.id, now).await.unwrap_or_else(|e| panic!("{e}"));
        let (phone, _) = sessions::open(db, user.id, now).await.unwrap_or_else(|e| panic!("{e}"));
        let too_short = accounts::change_password(db, user.id, "short", "test").await.err().unwrap_or_else(|| panic!("accepted"));
        assert_eq!(fields(too_short), vec![("password".into(), "error-password-too-short".into())]);

        accounts::change_password(db, user.id, "a new long passphrase", "test").await.unwrap_or_else(|e| panic!("{e}"));
        for token in [&laptop, &phone] {
            assert_eq!(sessions::user_for_token(db, token, now).await.ok(), Some(None), "{}", t.backend);
        }
        assert_eq!(accounts::authenticate(db, &user.email, "correct horse battery").await.ok(), Some(None));
        let signed_in = accounts::authenticate(db, &user.email, "a new long passphrase").await.unwrap_or_default();
        assert_eq!(signed_in.map(|u| u.id), Some(user.id));
        t.cleanup().await;
    }
}

#[tokio::test]
async fn roles_are_granted_once_and_every_change_is_audited() {
    for t in testing::all().await {
        let db = &t.db;
        let user = accounts::create_user(db, ann(), "cli").await.unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(accounts::grant_role(db, user.id, GlobalRole::Assessor, "user:1").await.ok(), Some(true));
        assert_eq!(accounts::grant_role(db, user.id, GlobalRole::Assessor, "user:1").await.ok(), Some(false));
        assert_eq!(accounts::grant_role(db, user.id, GlobalRole::Administrator, "user:1").await.ok(), Some(true));
        assert_eq!(accounts::roles_of(db, user.id).await.ok(), Some(vec![GlobalRole::Administrator, GlobalRole::Assessor]));
        assert_eq!(accounts::revoke_role(db, user.id, GlobalRole::Assessor, "user:1").await.ok(), Some(true));
        assert_eq!(accounts::revoke_role(db, user.id, GlobalRole::Assessor, "user:1").await.ok(), Some(false));
        assert_eq!(accounts::roles_of(db, user.id).await.ok(), Some(vec![GlobalRole::Administrator]));

        let actions: Vec<String> = audit::recent(db, 10).await.unwrap_or_default().into_iter().rev().map(|e| e.action).collect();
        assert_eq!(actions, ["user.created", "role.granted", "role.granted", "role.revoked"], "{}", t.backend);
        assert_eq!(audit::verify_chain(db).await.ok(), Some(ChainReport::Intact { entries: 4 }));
        t.cleanup().await;
    }
}

#[tokio::test]
async fn sign_in_is_throttled_per_account_and_per_address() {
    use app::db::sign_in::{sign_in, SignInOutcome};
    use app::db::throttle;
    for t in testing::all().await {
        let db = &t.db;
        let user = accounts::create_user(db, ann(), "test").await.unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let now = Utc::now();
        let ok = sign_in(db, &user.email, "correct horse battery", "10.0.0.1", now).await.unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(ok, SignInOutcome::SignedIn { .. }), "{}: {ok:?}", t.backend);
        for _ in 0..throttle::ACCOUNT_LIMIT {
            let out = sign_in(db, &user.email, "wrong password!!", "10.0.0.1", now).await.unwrap_or_else(|e| panic!("{e}"));
            assert!(matches!(out, SignInOutcome::Rejected), "{out:?}");
        }
        // Even the right password is refused now, from any address, until the window passes.
        let blocked = sign_in(db, &user.email, "correct horse battery", "10.0.0.2", now).await.unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(blocked, SignInOutcome::Throttled), "{}: {blocked:?}", t.backend);
        let later = now + throttle::WINDOW + Duration::seconds(1);
        let again = sign_in(db, &user.email, "correct horse battery", "10.0.0.2", later).await.unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(again, SignInOutcome::SignedIn { .. }), "{}: {again:?}", t.backend);
        let bursts = audit::recent(db, 20).await.unwrap_or_default().into_iter().filter(|e| e.action == "sign_in.failure_burst").count();
        assert_eq!(bursts, 1, "{}", t.backend);

        // One address trying many accounts is stopped too.
        for n in 0..throttle::ADDRESS_LIMIT {
            sign_in(db, &format!("guess{n}@clinic.org"), "whatever123", "10.9.9.9", later).await.unwrap_or_else(|e| panic!("{e}"));
        }
        let from_busy_address = sign_in(db, &user.email, "correct horse battery", "10.9.9.9", later).await.unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(from_busy_address, SignInOutcome::Throttled), "{}: {from_busy_address:?}", t.backend);
        t.cleanup().await;
    }
}
