//! Service tests of accounts, sessions and roles, on SQLite and (when configured) PostgreSQL.

#![cfg(feature = "testing")]

use app::db::accounts::{self, NewUser};
use app::db::audit::{self, ChainReport};
use app::db::sessions::{self, SessionPolicy};
use app::db::{DataError, testing};
use app::domain::accounts::GlobalRole;
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
        DataError::Invalid(fields) => {
            fields.into_iter().map(|FieldError { field, code }| (field, code)).collect()
        }
        other => panic!("expected a validation error, got {other}"),
    }
}

#[tokio::test]
async fn create_and_sign_in() {
    for t in testing::all().await {
        let db = &t.db;
        let user = accounts::create_user(db, ann(), "test")
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(
            (user.email.as_str(), user.display_name.as_str(), user.language.as_str()),
            ("ann.smith@clinic.org", "Dr Ann Smith", "de")
        );
        assert!(user.password_hash.starts_with("$argon2id$"), "{}", user.password_hash);

        let signed_in = accounts::authenticate(db, "ANN.smith@clinic.org", "correct horse battery")
            .await
            .unwrap_or_default();
        assert_eq!(signed_in.map(|u| u.id), Some(user.id), "{}", t.backend);
        assert_eq!(
            accounts::authenticate(db, "ann.smith@clinic.org", "wrong password!").await.ok(),
            Some(None)
        );
        assert_eq!(
            accounts::authenticate(db, "nobody@clinic.org", "correct horse battery").await.ok(),
            Some(None)
        );
        assert_eq!(accounts::authenticate(db, "not an email", "x").await.ok(), Some(None));
        t.cleanup().await;
    }
}

#[tokio::test]
async fn invalid_or_duplicate_input_is_refused_with_field_errors() {
    for t in testing::all().await {
        let db = &t.db;
        let bad = NewUser {
            email: "ann@".into(),
            display_name: " ".into(),
            password: "short".into(),
            language: "xx".into(),
        };
        let errors = fields(
            accounts::create_user(db, bad, "test")
                .await
                .err()
                .unwrap_or_else(|| panic!("accepted")),
        );
        assert_eq!(
            errors,
            vec![
                ("email".into(), "error-email-invalid".into()),
                ("display_name".into(), "error-field-required".into()),
                ("password".into(), "error-password-too-short".into()),
            ]
        );
        accounts::create_user(db, ann(), "test")
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let again = NewUser { email: "ann.smith@CLINIC.org".into(), ..ann() };
        let errors = fields(
            accounts::create_user(db, again, "test")
                .await
                .err()
                .unwrap_or_else(|| panic!("duplicate accepted")),
        );
        assert_eq!(errors, vec![("email".into(), "error-email-taken".into())], "{}", t.backend);
        t.cleanup().await;
    }
}

#[tokio::test]
async fn sessions_resolve_until_idle_expired_or_revoked() {
    use sessions::Activity::{Background, Person};
    for t in testing::all().await {
        let db = &t.db;
        let policy = SessionPolicy::default();
        let user = accounts::create_user(db, ann(), "test")
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let now = Utc::now();
        let (token, session) = sessions::open(db, user.id, &policy, now).await.unwrap();
        assert_ne!(session.token_hash, token, "only the hash is stored");
        let found =
            sessions::user_for_token(db, &token, &policy, Person, now + Duration::minutes(5))
                .await
                .unwrap_or_default();
        assert_eq!(found.map(|u| u.id), Some(user.id), "{}", t.backend);
        assert_eq!(
            sessions::user_for_token(db, "forged-token", &policy, Person, now).await.ok(),
            Some(None)
        );

        // Background polling does not keep it alive: idle since minute 5, it ends at 2 h 5 min.
        let polled = now + Duration::minutes(100);
        assert!(
            sessions::user_for_token(db, &token, &policy, Background, polled)
                .await
                .ok()
                .flatten()
                .is_some()
        );
        let idle = now + Duration::minutes(5) + policy.idle + Duration::seconds(1);
        assert_eq!(
            sessions::user_for_token(db, &token, &policy, Person, idle).await.ok(),
            Some(None),
            "{}: idle",
            t.backend
        );

        // A person working (autosave every few minutes) keeps another one alive, up to its lifetime.
        let (busy, _) = sessions::open(db, user.id, &policy, now).await.unwrap();
        let mut at = now;
        while at < now + Duration::hours(6) {
            at += Duration::minutes(30);
            assert!(
                sessions::user_for_token(db, &busy, &policy, Person, at)
                    .await
                    .ok()
                    .flatten()
                    .is_some(),
                "{}: busy at {at}",
                t.backend
            );
        }
        let past_lifetime = now + policy.lifetime + Duration::seconds(1);
        assert_eq!(
            sessions::user_for_token(db, &busy, &policy, Person, past_lifetime).await.ok(),
            Some(None),
            "{}",
            t.backend
        );

        assert_eq!(sessions::revoke(db, &busy).await.ok(), Some(true));
        assert_eq!(
            sessions::revoke(db, &busy).await.ok(),
            Some(false),
            "revoking twice changes nothing"
        );
        assert_eq!(
            sessions::user_for_token(db, &busy, &policy, Person, now).await.ok(),
            Some(None),
            "{}",
            t.backend
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn a_password_reset_and_disabling_an_account_end_every_session() {
    for t in testing::all().await {
        let db = &t.db;
        let policy = SessionPolicy::default();
        let user = accounts::create_user(db, ann(), "test")
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let now = Utc::now();
        let (before, _) = sessions::open(db, user.id, &policy, now).await.unwrap();
        accounts::request_password_reset(db, &user.email, "http://t", now).await.unwrap();
        let mail = app::db::mail::recent(db, 5)
            .await
            .unwrap_or_default()
            .into_iter()
            .find(|m| m.kind == "password-reset")
            .unwrap_or_else(|| panic!("no reset mail"));
        let token =
            testing::token_in(&mail.body_text).unwrap_or_else(|| panic!("no link in the mail"));
        accounts::reset_password(db, &token, "a brand new passphrase", now)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(
            sessions::user_for_token(db, &before, &policy, sessions::Activity::Person, now)
                .await
                .ok(),
            Some(None),
            "{}",
            t.backend
        );

        let (again, _) = sessions::open(db, user.id, &policy, now).await.unwrap();
        let admin = accounts::create_user(
            db,
            NewUser { email: "office@x.example".into(), ..ann() },
            "test",
        )
        .await
        .unwrap();
        accounts::set_disabled(db, user.id, true, admin.id, now)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(
            sessions::user_for_token(db, &again, &policy, sessions::Activity::Person, now)
                .await
                .ok(),
            Some(None),
            "{}",
            t.backend
        );
        let refused = app::db::sign_in::sign_in(
            db,
            &user.email,
            "a brand new passphrase",
            "10.0.0.1",
            &policy,
            now,
        )
        .await
        .unwrap();
        assert!(matches!(refused, app::db::sign_in::SignInOutcome::Disabled), "{refused:?}");
        assert!(
            matches!(
                accounts::set_disabled(db, admin.id, true, admin.id, now).await,
                Err(DataError::Invalid(_))
            ),
            "nobody disables themselves"
        );
        accounts::set_disabled(db, user.id, false, admin.id, now).await.unwrap();
        let back = app::db::sign_in::sign_in(
            db,
            &user.email,
            "a brand new passphrase",
            "10.0.0.1",
            &policy,
            now,
        )
        .await
        .unwrap();
        assert!(matches!(back, app::db::sign_in::SignInOutcome::SignedIn { .. }), "{back:?}");
        let actions: Vec<String> =
            audit::recent(db, 30).await.unwrap_or_default().into_iter().map(|e| e.action).collect();
        assert!(
            actions.iter().any(|a| a == "user.disabled")
                && actions.iter().any(|a| a == "user.enabled"),
            "{actions:?}"
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn changing_the_password_signs_out_everywhere() {
    for t in testing::all().await {
        let db = &t.db;
        let user = accounts::create_user(db, ann(), "test")
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let now = Utc::now();
        let policy = SessionPolicy::default();
        let (laptop, _) = sessions::open(db, user.id, &policy, now).await.unwrap();
        let (phone, _) = sessions::open(db, user.id, &policy, now).await.unwrap();
        let too_short = accounts::change_password(db, user.id, "short", "test")
            .await
            .err()
            .unwrap_or_else(|| panic!("accepted"));
        assert_eq!(fields(too_short), vec![("password".into(), "error-password-too-short".into())]);

        accounts::change_password(db, user.id, "a new long passphrase", "test").await.unwrap();
        for token in [&laptop, &phone] {
            assert_eq!(
                sessions::user_for_token(db, token, &policy, sessions::Activity::Person, now)
                    .await
                    .ok(),
                Some(None),
                "{}",
                t.backend
            );
        }
        assert_eq!(
            accounts::authenticate(db, &user.email, "correct horse battery").await.ok(),
            Some(None)
        );
        let signed_in = accounts::authenticate(db, &user.email, "a new long passphrase")
            .await
            .unwrap_or_default();
        assert_eq!(signed_in.map(|u| u.id), Some(user.id));
        t.cleanup().await;
    }
}

#[tokio::test]
async fn roles_are_granted_once_and_every_change_is_audited() {
    for t in testing::all().await {
        let db = &t.db;
        let user = accounts::create_user(db, ann(), "cli")
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(
            accounts::grant_role(db, user.id, GlobalRole::Assessor, "user:1").await.ok(),
            Some(true)
        );
        assert_eq!(
            accounts::grant_role(db, user.id, GlobalRole::Assessor, "user:1").await.ok(),
            Some(false)
        );
        assert_eq!(
            accounts::grant_role(db, user.id, GlobalRole::Administrator, "user:1").await.ok(),
            Some(true)
        );
        assert_eq!(
            accounts::roles_of(db, user.id).await.ok(),
            Some(vec![GlobalRole::Administrator, GlobalRole::Assessor])
        );
        assert_eq!(
            accounts::revoke_role(db, user.id, GlobalRole::Assessor, "user:1").await.ok(),
            Some(true)
        );
        assert_eq!(
            accounts::revoke_role(db, user.id, GlobalRole::Assessor, "user:1").await.ok(),
            Some(false)
        );
        assert_eq!(
            accounts::roles_of(db, user.id).await.ok(),
            Some(vec![GlobalRole::Administrator])
        );

        let actions: Vec<String> = audit::recent(db, 10)
            .await
            .unwrap_or_default()
            .into_iter()
            .rev()
            .map(|e| e.action)
            .collect();
        assert_eq!(
            actions,
            ["user.created", "role.granted", "role.granted", "role.revoked"],
            "{}",
            t.backend
        );
        assert_eq!(audit::verify_chain(db).await.ok(), Some(ChainReport::Intact { entries: 4 }));
        t.cleanup().await;
    }
}

#[tokio::test]
async fn sign_in_backs_off_per_account_and_per_address() {
    use app::db::sign_in::{SignInOutcome, sign_in};
    use app::db::throttle;
    for t in testing::all().await {
        let db = &t.db;
        let policy = SessionPolicy::default();
        let user = accounts::create_user(db, ann(), "test")
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let now = Utc::now();
        let ok = sign_in(db, &user.email, "correct horse battery", "10.0.0.1", &policy, now)
            .await
            .unwrap();
        assert!(matches!(ok, SignInOutcome::SignedIn { .. }), "{}: {ok:?}", t.backend);
        for _ in 0..throttle::ACCOUNT_FREE_ATTEMPTS {
            let out = sign_in(db, &user.email, "wrong password!!", "10.0.0.1", &policy, now)
                .await
                .unwrap();
            assert!(matches!(out, SignInOutcome::Rejected), "{out:?}");
        }
        // Even the right password waits now, from any address: 30 s after the last attempt.
        let blocked = sign_in(
            db,
            &user.email,
            "correct horse battery",
            "10.0.0.2",
            &policy,
            now + Duration::seconds(29),
        )
        .await
        .unwrap();
        assert!(matches!(blocked, SignInOutcome::Throttled), "{}: {blocked:?}", t.backend);
        // The refused attempt did not prolong the wait; another wrong guess doubles it.
        let t1 = now + throttle::FIRST_WAIT;
        let wrong =
            sign_in(db, &user.email, "wrong password!!", "10.0.0.2", &policy, t1).await.unwrap();
        assert!(matches!(wrong, SignInOutcome::Rejected), "{}: {wrong:?}", t.backend);
        let too_soon = sign_in(
            db,
            &user.email,
            "correct horse battery",
            "10.0.0.2",
            &policy,
            t1 + Duration::seconds(59),
        )
        .await
        .unwrap();
        assert!(matches!(too_soon, SignInOutcome::Throttled), "{}: {too_soon:?}", t.backend);
        let t2 = t1 + Duration::seconds(60);
        let again = sign_in(db, &user.email, "correct horse battery", "10.0.0.2", &policy, t2)
            .await
            .unwrap();
        assert!(matches!(again, SignInOutcome::SignedIn { .. }), "{}: {again:?}", t.backend);
        let entries = audit::recent(db, 30).await.unwrap_or_default();
        assert_eq!(
            entries.iter().filter(|e| e.action == "sign_in.succeeded").count(),
            2,
            "{}",
            t.backend
        );
        assert_eq!(
            entries.iter().filter(|e| e.action == "sign_in.failed").count(),
            8,
            "{}",
            t.backend
        );

        // Colleagues behind one hospital address sign in all day: successes do not count.
        for _ in 0..=throttle::ADDRESS_FREE_ATTEMPTS {
            let out = sign_in(db, &user.email, "correct horse battery", "10.5.5.5", &policy, t2)
                .await
                .unwrap();
            assert!(matches!(out, SignInOutcome::SignedIn { .. }), "{}: {out:?}", t.backend);
        }

        // One address trying many accounts waits too.
        let later = t2 + throttle::WINDOW;
        for n in 0..throttle::ADDRESS_FREE_ATTEMPTS {
            sign_in(db, &format!("guess{n}@clinic.org"), "whatever123", "10.9.9.9", &policy, later)
                .await
                .unwrap();
        }
        let from_busy_address =
            sign_in(db, &user.email, "correct horse battery", "10.9.9.9", &policy, later)
                .await
                .unwrap();
        assert!(
            matches!(from_busy_address, SignInOutcome::Throttled),
            "{}: {from_busy_address:?}",
            t.backend
        );
        t.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_wrong_passwords_stop_at_the_limit() {
    use app::db::sign_in::{SignInOutcome, sign_in};
    use app::db::throttle;
    for t in testing::all().await {
        let user = accounts::create_user(&t.db, ann(), "test")
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let now = Utc::now();
        // Every guess starts before any has been checked (Argon2 takes a while).
        let guesses: Vec<_> = (0..16)
            .map(|n| {
                let (db, email) = (t.db.clone(), user.email.clone());
                tokio::spawn(async move {
                    sign_in(
                        &db,
                        &email,
                        &format!("guess number {n}"),
                        &format!("10.1.0.{n}"),
                        &SessionPolicy::default(),
                        now,
                    )
                    .await
                })
            })
            .collect();
        let mut checked = 0;
        for guess in guesses {
            match guess.await.unwrap().unwrap_or_else(|e| panic!("{}: {e}", t.backend)) {
                SignInOutcome::Rejected => checked += 1,
                SignInOutcome::Throttled => {}
                other => panic!("{other:?}"),
            }
        }
        assert!(
            u64::try_from(checked).unwrap() <= throttle::ACCOUNT_FREE_ATTEMPTS,
            "{}: {checked} passwords checked",
            t.backend
        );
        assert!(checked >= 1, "{}", t.backend);
        t.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn per_address_limits_hold_under_parallel_requests_and_end_with_the_window() {
    use app::db::throttle;
    for t in testing::all().await {
        let now = Utc::now();
        let hits: Vec<_> = (0..12)
            .map(|_| {
                let db = t.db.clone();
                tokio::spawn(
                    async move { throttle::hit(&db, "register:ip:10.7.7.7", 5, now).await },
                )
            })
            .collect();
        let mut allowed = 0;
        for hit in hits {
            if hit.await.unwrap().unwrap_or_else(|e| panic!("{}: {e}", t.backend)) {
                allowed += 1;
            }
        }
        assert_eq!(allowed, 5, "{}", t.backend);
        assert!(!throttle::hit(&t.db, "register:ip:10.7.7.7", 5, now).await.unwrap_or(true));
        assert!(
            throttle::hit(&t.db, "register:ip:10.8.8.8", 5, now).await.unwrap_or(false),
            "another address"
        );
        assert!(
            throttle::hit(
                &t.db,
                "register:ip:10.7.7.7",
                5,
                now + throttle::WINDOW + Duration::seconds(1)
            )
            .await
            .unwrap_or(false),
            "after the window"
        );
        t.cleanup().await;
    }
}
