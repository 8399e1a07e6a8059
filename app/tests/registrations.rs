//! Service tests of registrations that were never activated, on SQLite and (when configured)
//! PostgreSQL: a new link on request (older ones stop working, unknown addresses get the same
//! answer, throttled), the office re-sending, activating on the registrant's behalf and
//! deleting, and the purge of registrations past the grace period, which frees the name and
//! the address.

#![expect(
    clippy::unwrap_used,
    reason = "a test stops at its first failure, and the panic shows the error"
)]
#![cfg(feature = "testing")]

use app::db::accounts::{self, NewUser};
use app::db::entities::{audit_log, facility, outbox, user};
use app::db::registrations::{self, RESEND_LIMIT};
use app::db::sign_in::{SignInOutcome, sign_in};
use app::db::{DataError, billing, facilities, status_history, testing};
use app::domain::accounts::GlobalRole;
use app::domain::billing::FeeSchedule;
use app::domain::facilities::{FacilityStatus, RegistrationForm};
use app::domain::ids::UserId;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

const BASE: &str = "https://accredit.example";

fn code<T: std::fmt::Debug>(result: &Result<T, DataError>) -> String {
    match result {
        Err(DataError::Invalid(f)) => f[0].code.clone(),
        other => format!("{other:?}"),
    }
}

/// A registration made at `at` (approved the day before).
fn registration(email: &str, name: &str, at: DateTime<Utc>) -> RegistrationForm {
    RegistrationForm {
        approval_date: (at.date_naive() - Duration::days(1)).to_string(),
        ..testing::registration(email, name)
    }
}

/// Every mail to `to`, oldest first.
async fn mails_to(db: &DatabaseConnection, to: &str) -> Vec<outbox::Model> {
    let mut mails: Vec<outbox::Model> = app::db::mail::recent(db, 500)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.to_address == to)
        .collect();
    mails.reverse();
    mails
}

async fn newest_token(db: &DatabaseConnection, to: &str, kind: &str) -> String {
    let mails = mails_to(db, to).await;
    let mail =
        mails.iter().rev().find(|m| m.kind == kind).unwrap_or_else(|| panic!("no {kind} mail"));
    testing::token_in(&mail.body_text).unwrap_or_default()
}

async fn activate(db: &DatabaseConnection, token: &str) -> Result<facility::Model, DataError> {
    facilities::activate(db, token, BASE, &FeeSchedule::demo(), Utc::now()).await
}

async fn administrator(db: &DatabaseConnection) -> UserId {
    let new = NewUser {
        email: "office@programme.example".into(),
        display_name: "Office".into(),
        password: "an office password".into(),
        language: "en".into(),
    };
    let admin = accounts::create_user(db, new, "test").await.unwrap();
    accounts::grant_role(db, admin.id, GlobalRole::Administrator, "test").await.unwrap();
    admin.id
}

async fn audited(db: &DatabaseConnection, action: &str) -> Vec<audit_log::Model> {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .all(db)
        .await
        .unwrap_or_default()
}

async fn signs_in(db: &DatabaseConnection, email: &str, password: &str) -> bool {
    let outcome = sign_in(db, email, password, "10.0.0.9", &Default::default(), Utc::now()).await;
    matches!(outcome, Ok(SignInOutcome::SignedIn { .. }))
}

#[tokio::test]
async fn an_expired_or_lost_link_is_replaced_on_request() {
    for t in testing::all().await {
        let db = &t.db;
        let then = Utc::now() - Duration::hours(73);
        let email = "ann@renewed.example";
        facilities::register(db, &registration(email, "Renewed Unit", then), "en", BASE, then)
            .await
            .unwrap();
        let expired = newest_token(db, email, "activation").await;
        assert_eq!(code(&activate(db, &expired).await), "error-link-invalid");

        // Asked for with the address as typed: a new activation link that works.
        registrations::resend_link(db, "  ANN@Renewed.example ", BASE, Utc::now()).await.unwrap();
        let renewed = newest_token(db, email, "activation").await;
        assert_ne!(renewed, expired);
        activate(db, &renewed).await.unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert!(signs_in(db, email, "holder password 1").await);
        assert_eq!(audited(db, "facility.activation_resent").await.len(), 1);

        // Unknown and confirmed addresses: the same answer and no mail.
        let before = app::db::mail::recent(db, 500).await.unwrap().len();
        registrations::resend_link(db, "nobody@nowhere.example", BASE, Utc::now()).await.unwrap();
        registrations::resend_link(db, email, BASE, Utc::now()).await.unwrap();
        assert_eq!(app::db::mail::recent(db, 500).await.unwrap().len(), before);
        assert_eq!(
            code(&registrations::resend_link(db, "not an address", BASE, Utc::now()).await),
            "error-email-invalid"
        );

        // A new link spends the older one; past the limit, requests are dropped silently.
        let other = "ben@throttled.example";
        facilities::register(
            db,
            &testing::registration(other, "Throttled Unit"),
            "en",
            BASE,
            Utc::now(),
        )
        .await
        .unwrap();
        let first = newest_token(db, other, "activation").await;
        for _ in 0..RESEND_LIMIT + 2 {
            registrations::resend_link(db, other, BASE, Utc::now()).await.unwrap();
        }
        let sent = mails_to(db, other).await.iter().filter(|m| m.kind == "activation").count();
        assert_eq!(u64::try_from(sent).unwrap(), 1 + RESEND_LIMIT);
        assert_eq!(code(&activate(db, &first).await), "error-link-invalid");
        activate(db, &newest_token(db, other, "activation").await).await.unwrap();

        // An account made by signing up gets a new confirmation link instead.
        let new = NewUser {
            email: "cleo@signup.example".into(),
            display_name: "Cleo".into(),
            password: "a good long password".into(),
            language: "fr".into(),
        };
        accounts::sign_up(db, new, BASE, Utc::now()).await.unwrap();
        let lost = newest_token(db, "cleo@signup.example", "confirm-email").await;
        registrations::resend_link(db, "cleo@signup.example", BASE, Utc::now()).await.unwrap();
        let renewed = newest_token(db, "cleo@signup.example", "confirm-email").await;
        assert_ne!(renewed, lost);
        assert_eq!(
            code(&accounts::confirm_email(db, &lost, Utc::now()).await),
            "error-link-invalid"
        );
        accounts::confirm_email(db, &renewed, Utc::now()).await.unwrap();
        assert_eq!(audited(db, "user.confirmation_resent").await.len(), 1);
        t.cleanup().await;
    }
}

#[tokio::test]
async fn the_office_resends_activates_on_behalf_or_deletes_a_pending_registration() {
    for t in testing::all().await {
        let db = &t.db;
        let admin = administrator(db).await;
        let email = "dora@behalf.example";
        let registered = facilities::register(
            db,
            &testing::registration(email, "Behalf Unit"),
            "de",
            BASE,
            Utc::now(),
        )
        .await
        .unwrap();
        let id = registered.facility.id;
        let first = newest_token(db, email, "activation").await;
        registrations::office_resend(db, id, admin, BASE, Utc::now()).await.unwrap();
        let resent = newest_token(db, email, "activation").await;
        assert_ne!(resent, first);
        assert_eq!(code(&activate(db, &first).await), "error-link-invalid");

        // On the registrant's behalf: only with a reason; then activated, invoiced, audited,
        // the registrant mailed and able to sign in, and the links spent.
        let fees = FeeSchedule::demo();
        let refused =
            registrations::activate_on_behalf(db, id, admin, "  ", BASE, &fees, Utc::now()).await;
        assert_eq!(code(&refused), "registration-error-reason-required");
        let reason =
            "The activation mail is blocked by the hospital's filter; identity checked by phone.";
        registrations::activate_on_behalf(db, id, admin, reason, BASE, &fees, Utc::now())
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(
            status_history::current_status(db, id).await.unwrap(),
            FacilityStatus::PendingPayment
        );
        assert_eq!(billing::invoices_of(db, id).await.unwrap().len(), 1);
        let activated = audited(db, "facility.activated").await;
        assert_eq!(activated.len(), 1);
        assert_eq!(activated[0].actor, format!("user:{admin}"));
        assert!(
            activated[0].after.as_deref().unwrap_or_default().contains("identity checked by phone")
        );
        let told = mails_to(db, email).await;
        assert!(told.iter().any(|m| m.kind == "activated-by-office" && m.language == "de"));
        assert!(signs_in(db, email, "holder password 1").await);
        assert_eq!(code(&activate(db, &resent).await), "error-link-invalid");
        assert_eq!(
            code(
                &registrations::activate_on_behalf(db, id, admin, reason, BASE, &fees, Utc::now())
                    .await
            ),
            "registration-error-not-pending"
        );
        assert_eq!(
            code(&registrations::delete_registration(db, id, admin, "duplicate").await),
            "registration-error-not-pending"
        );

        // Deleted: the facility and the account made for it go, the name and address are
        // free again, and the audit log keeps what was removed and why.
        let gone = "eli@deleted.example";
        let form = testing::registration(gone, "Deleted Unit");
        let doomed = facilities::register(db, &form, "en", BASE, Utc::now()).await.unwrap();
        assert_eq!(
            code(&registrations::delete_registration(db, doomed.facility.id, admin, "").await),
            "registration-error-reason-required"
        );
        registrations::delete_registration(
            db,
            doomed.facility.id,
            admin,
            "Registered twice by mistake",
        )
        .await
        .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert!(facility::Entity::find_by_id(doomed.facility.id).one(db).await.unwrap().is_none());
        assert!(user::Entity::find_by_id(doomed.user.id).one(db).await.unwrap().is_none());
        let deleted = audited(db, "facility.registration_deleted").await;
        assert_eq!(deleted.len(), 1);
        assert!(deleted[0].before.as_deref().unwrap_or_default().contains(gone));
        assert!(
            deleted[0].after.as_deref().unwrap_or_default().contains("Registered twice by mistake")
        );
        facilities::register(db, &form, "en", BASE, Utc::now())
            .await
            .unwrap_or_else(|e| panic!("name and address not freed: {e}"));
        assert!(matches!(
            app::db::audit::verify_chain(db).await,
            Ok(app::db::audit::ChainReport::Intact { .. })
        ));
        t.cleanup().await;
    }
}

#[tokio::test]
async fn registrations_not_activated_within_the_grace_period_are_purged() {
    for t in testing::all().await {
        let db = &t.db;
        let now = Utc::now();
        let old = now - Duration::days(31);
        let stale = "old@stale.example";
        facilities::register(db, &registration(stale, "Stale Unit", old), "en", BASE, old)
            .await
            .unwrap();
        let kept = "old@kept.example";
        facilities::register(db, &registration(kept, "Activated Unit", old), "en", BASE, old)
            .await
            .unwrap();
        let token = newest_token(db, kept, "activation").await;
        facilities::activate(db, &token, BASE, &FeeSchedule::demo(), old + Duration::hours(1))
            .await
            .unwrap();
        let fresh = "new@fresh.example";
        facilities::register(db, &testing::registration(fresh, "Fresh Unit"), "en", BASE, now)
            .await
            .unwrap();

        assert_eq!(registrations::purge_stale(db, 30, now).await.unwrap(), 1);
        let names: Vec<String> =
            facility::Entity::find().all(db).await.unwrap().into_iter().map(|f| f.name).collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(!names.contains(&"Stale Unit".to_owned()));
        assert!(accounts::find_by_email(db, stale).await.unwrap().is_none());
        assert_eq!(audited(db, "facility.registration_deleted").await[0].actor, "system");
        // Nothing more to do on a second run; a longer grace period keeps the fresh one too.
        assert_eq!(registrations::purge_stale(db, 30, now).await.unwrap(), 0);
        assert_eq!(registrations::purge_stale(db, 0, now + Duration::days(1)).await.unwrap(), 1);
        assert_eq!(facility::Entity::find().count(db).await.unwrap(), 1);
        facilities::register(db, &testing::registration(stale, "Stale Unit"), "en", BASE, now)
            .await
            .unwrap_or_else(|e| panic!("name and address not freed: {e}"));
        t.cleanup().await;
    }
}
