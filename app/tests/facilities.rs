//! Service tests of facility registration, activation, joining and member management, on
//! SQLite and (when configured) PostgreSQL.

#![expect(
    clippy::unwrap_used,
    reason = "a test stops at its first failure, and the panic shows the error"
)]
#![cfg(feature = "testing")]

use app::db::accounts::{self, NewUser};
use app::db::audit::{self, ChainReport};
use app::db::entities::{facility, outbox, user};
use app::db::facilities::{self as service, JOIN_ATTEMPT_LIMIT};
use app::db::sign_in::{SignInOutcome, sign_in};
use app::db::{DataError, mail, testing};
use app::domain::facilities::{FacilityRole, FacilityStatus, MembershipStatus, RegistrationForm};
use chrono::{Duration, Utc};
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};

const BASE: &str = "https://accredit.example";

fn form() -> RegistrationForm {
    RegistrationForm {
        facility_name: "Interventional Oncology Unit".into(),
        institution: "St Mary's Hospital".into(),
        department: "Radiology".into(),
        address: "1 Hospital Road, Springfield".into(),
        country: "Ireland".into(),
        procedures_per_year: "240".into(),
        approver_name: "Prof. Jane Head".into(),
        approver_email: "head@stmarys.example".into(),
        approval_date: (Utc::now().date_naive() - Duration::days(3)).to_string(),
        approval_confirmed: Some("on".into()),
        display_name: "Dr Ann Smith".into(),
        email: "ann@stmarys.example".into(),
        password: "correct horse battery".into(),
        ar_email: String::new(),
        contact_email: String::new(),
        substitute_email: "sub@stmarys.example".into(),
    }
}

fn fields(error: DataError) -> Vec<(String, String)> {
    match error {
        DataError::Invalid(fields) => fields.into_iter().map(|f| (f.field, f.code)).collect(),
        other => panic!("expected a validation error, got {other}"),
    }
}

/// The newest mail to `to`.
async fn last_mail(db: &DatabaseConnection, to: &str) -> outbox::Model {
    mail::recent(db, 100)
        .await
        .unwrap_or_default()
        .into_iter()
        .find(|m| m.to_address == to)
        .unwrap_or_else(|| panic!("no mail to {to}"))
}

/// The token of the first link in a mail.
fn token_in(mail: &outbox::Model) -> String {
    let start =
        mail.body_text.find("token=").unwrap_or_else(|| panic!("no link in {}", mail.body_text))
            + "token=".len();
    mail.body_text[start..].split_whitespace().next().unwrap_or_default().to_owned()
}

async fn colleague(db: &DatabaseConnection, email: &str) -> user::Model {
    let new = NewUser {
        email: email.into(),
        display_name: format!("Colleague {email}"),
        password: "another good password".into(),
        language: "de".into(),
    };
    accounts::create_user(db, new, "test").await.unwrap()
}

#[tokio::test]
async fn register_then_activate_with_the_mailed_link() {
    for t in testing::all().await {
        let db = &t.db;
        let now = Utc::now();
        let registered = service::register(db, &form(), "fr", BASE, now)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let f = registered.facility;
        assert_eq!(
            app::db::status_history::current_status(db, f.id).await.ok(),
            Some(FacilityStatus::Registered)
        );
        assert!(registered.user.email_confirmed_at.is_none());

        let activation = last_mail(db, "ann@stmarys.example").await;
        assert_eq!((activation.kind.as_str(), activation.language.as_str()), ("activation", "fr"));
        assert!(
            activation.body_text.contains(&app::domain::facilities::format_code(&f.code)),
            "{}",
            activation.body_text
        );
        assert!(activation.body_text.contains(&format!("{BASE}/activate?token=")));
        assert!(
            activation.body_html.contains("<a href=\"https://accredit.example/activate?token=")
        );

        // Before activation the account cannot sign in, and the code joins nothing.
        let outcome = sign_in(
            db,
            "ann@stmarys.example",
            "correct horse battery",
            "10.0.0.1",
            &Default::default(),
            now,
        )
        .await
        .ok();
        assert!(matches!(outcome, Some(SignInOutcome::Unconfirmed)), "{outcome:?}");
        let early = colleague(db, "early@stmarys.example").await;
        let refused = service::join(db, &early, &f.code, BASE, now)
            .await
            .err()
            .unwrap_or_else(|| panic!("joined too early"));
        assert_eq!(
            fields(refused),
            vec![("code".to_owned(), "join-error-code-unknown".to_owned())]
        );

        let token = token_in(&activation);
        service::activate(db, &token, BASE, &app::domain::billing::FeeSchedule::demo(), now)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(
            app::db::status_history::current_status(db, f.id).await.ok(),
            Some(FacilityStatus::PendingPayment)
        );
        let again =
            service::activate(db, &token, BASE, &app::domain::billing::FeeSchedule::demo(), now)
                .await
                .err()
                .unwrap_or_else(|| panic!("token used twice"));
        assert_eq!(fields(again), vec![("token".to_owned(), "error-link-invalid".to_owned())]);
        let outcome = sign_in(
            db,
            "ann@stmarys.example",
            "correct horse battery",
            "10.0.0.1",
            &Default::default(),
            now,
        )
        .await
        .ok();
        assert!(matches!(outcome, Some(SignInOutcome::SignedIn { .. })), "{outcome:?}");

        // The substitute named by email was invited with the code, in the registrant's language.
        let invitation = last_mail(db, "sub@stmarys.example").await;
        assert_eq!(invitation.kind, "role-invitation");
        assert!(invitation.body_text.contains(&app::domain::facilities::format_code(&f.code)));

        let dashboard = service::dashboard(db, f.id, true).await.unwrap();
        let statuses: Vec<_> = dashboard.history.iter().map(|h| h.status).collect();
        assert_eq!(statuses, vec![FacilityStatus::Registered, FacilityStatus::PendingPayment]);
        let ar = dashboard
            .roles
            .iter()
            .find(|r| r.role == FacilityRole::AuthorisedRepresentative)
            .and_then(|r| r.user_id);
        assert_eq!(ar, Some(registered.user.id));
        assert_eq!(
            audit::verify_chain(db).await.ok().map(|r| matches!(r, ChainReport::Intact { .. })),
            Some(true)
        );
        t.cleanup().await;
    }
}

/// The unique keys are told apart by the database's own report (PostgreSQL names the
/// constraint, SQLite the columns), not by searching an error's text at each call: a
/// duplicate that slips past the service's checks still becomes the right field error.
#[tokio::test]
async fn broken_unique_keys_are_recognised_on_every_backend() {
    use app::db::UniqueKey;
    use app::db::entities::invoice;
    use sea_orm::{
        ActiveModelTrait, ActiveValue::NotSet, ActiveValue::Set, ColumnTrait, QueryFilter,
    };
    for t in testing::all().await {
        let db = &t.db;
        let (f, holder) = testing::activated_facility(db, "ann@keys.example", "Keys Unit")
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let broken = |e: sea_orm::DbErr| DataError::from(e).unique_key();

        let same_email = user::ActiveModel { id: NotSet, ..user::Model::clone(&holder).into() };
        let error = same_email.insert(db).await.err().unwrap_or_else(|| panic!("accepted"));
        assert_eq!(broken(error), Some(UniqueKey::UserEmail), "{}", t.backend);

        let same_name = facility::ActiveModel {
            id: NotSet,
            code: Set("KEYS000002".into()),
            ..facility::Model::clone(&f).into()
        };
        let error = same_name.insert(db).await.err().unwrap_or_else(|| panic!("accepted"));
        assert_eq!(broken(error), Some(UniqueKey::FacilityName), "{}", t.backend);

        let enrolment = invoice::Entity::find()
            .filter(invoice::Column::FacilityId.eq(f.id))
            .one(db)
            .await
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("{}: no enrolment invoice", t.backend));
        let same_period = invoice::ActiveModel {
            id: NotSet,
            number: Set(format!("{}-bis", enrolment.number)),
            sequence: Set(enrolment.sequence + 1000),
            ..enrolment.clone().into()
        };
        let error = same_period.insert(db).await.err().unwrap_or_else(|| panic!("accepted"));
        assert_eq!(broken(error), Some(UniqueKey::InvoicePeriod), "{}", t.backend);

        // Another key is not mistaken for one of these.
        let same_number = invoice::ActiveModel {
            id: NotSet,
            period_key: Set("other".into()),
            sequence: Set(enrolment.sequence + 1000),
            ..enrolment.into()
        };
        let error = same_number.insert(db).await.err().unwrap_or_else(|| panic!("accepted"));
        assert_eq!(broken(error), None, "{}", t.backend);
        t.cleanup().await;
    }
}

#[tokio::test]
async fn expired_activation_links_are_refused() {
    for t in testing::all().await {
        let db = &t.db;
        let then = Utc::now() - Duration::hours(73);
        let mut old = form();
        old.approval_date = (then.date_naive() - Duration::days(1)).to_string();
        service::register(db, &old, "en", BASE, then).await.unwrap();
        let token = token_in(&last_mail(db, "ann@stmarys.example").await);
        let error = service::activate(
            db,
            &token,
            BASE,
            &app::domain::billing::FeeSchedule::demo(),
            Utc::now(),
        )
        .await
        .err()
        .unwrap_or_else(|| panic!("expired link accepted"));
        assert_eq!(fields(error), vec![("token".to_owned(), "error-link-invalid".to_owned())]);
        t.cleanup().await;
    }
}

#[tokio::test]
async fn below_threshold_or_duplicate_registrations_save_nothing() {
    for t in testing::all().await {
        let db = &t.db;
        let small = RegistrationForm { procedures_per_year: "149".into(), ..form() };
        let error = service::register(db, &small, "en", BASE, Utc::now())
            .await
            .err()
            .unwrap_or_else(|| panic!("accepted"));
        assert_eq!(
            fields(error),
            vec![(
                "procedures_per_year".to_owned(),
                "register-error-procedures-below-minimum".to_owned()
            )]
        );
        assert_eq!(user::Entity::find().count(db).await.ok(), Some(0));
        assert_eq!(facility::Entity::find().count(db).await.ok(), Some(0));
        assert_eq!(outbox::Entity::find().count(db).await.ok(), Some(0));
        assert_eq!(audit::count(db).await.ok(), Some(0));

        service::register(db, &form(), "en", BASE, Utc::now()).await.unwrap();
        let same_facility = RegistrationForm {
            email: "other@stmarys.example".into(),
            facility_name: " interventional  oncology unit".into(),
            institution: "ST MARY'S HOSPITAL".into(),
            ..form()
        };
        let error = service::register(db, &same_facility, "en", BASE, Utc::now())
            .await
            .err()
            .unwrap_or_else(|| panic!("accepted"));
        assert_eq!(
            fields(error),
            vec![("facility_name".to_owned(), "register-error-facility-exists".to_owned())]
        );
        let same_email = RegistrationForm { facility_name: "Another unit".into(), ..form() };
        let error = service::register(db, &same_email, "en", BASE, Utc::now())
            .await
            .err()
            .unwrap_or_else(|| panic!("accepted"));
        assert_eq!(fields(error), vec![("email".to_owned(), "error-email-taken".to_owned())]);
        assert_eq!(facility::Entity::find().count(db).await.ok(), Some(1));
        t.cleanup().await;
    }
}

/// Registers and activates; returns the facility and its main account holder.
async fn active_facility(db: &DatabaseConnection) -> (facility::Model, user::Model) {
    let registered = service::register(db, &form(), "en", BASE, Utc::now()).await.unwrap();
    let token = token_in(&last_mail(db, "ann@stmarys.example").await);
    service::activate(db, &token, BASE, &app::domain::billing::FeeSchedule::demo(), Utc::now())
        .await
        .unwrap();
    (registered.facility, registered.user)
}

#[tokio::test]
async fn joining_with_the_code_waits_for_approval_and_roles_change_hands() {
    for t in testing::all().await {
        let db = &t.db;
        let (f, holder) = active_facility(db).await;
        let bob = colleague(db, "bob@stmarys.example").await;
        let shown_code =
            format!(" {} ", app::domain::facilities::format_code(&f.code).to_lowercase());
        let joined = service::join(db, &bob, &shown_code, BASE, Utc::now())
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(joined.status, MembershipStatus::Pending);
        assert_eq!(last_mail(db, "bob@stmarys.example").await.kind, "join-pending");
        let notice = last_mail(db, "ann@stmarys.example").await;
        assert_eq!(notice.kind, "join-requested");
        assert!(notice.body_text.contains("bob@stmarys.example"));
        // Asking twice changes nothing.
        assert_eq!(
            service::join(db, &bob, &f.code, BASE, Utc::now()).await.ok().map(|j| j.status),
            Some(MembershipStatus::Pending)
        );
        assert!(
            !app::db::memberships::standing(db, bob.id, f.id)
                .await
                .ok()
                .flatten()
                .is_some_and(app::db::memberships::Standing::is_active_member)
        );

        // Nobody decides their own request, whatever their roles.
        let own =
            service::decide_membership(db, bob.id, f.id, bob.id, true, BASE, Utc::now()).await;
        assert!(matches!(own, Err(DataError::Forbidden)), "{own:?}");
        let status =
            service::decide_membership(db, holder.id, f.id, bob.id, true, BASE, Utc::now())
                .await
                .unwrap();
        assert_eq!(status, MembershipStatus::Active);
        let approved = last_mail(db, "bob@stmarys.example").await;
        assert_eq!((approved.kind.as_str(), approved.language.as_str()), ("join-approved", "de"));
        let twice =
            service::decide_membership(db, holder.id, f.id, bob.id, false, BASE, Utc::now())
                .await
                .err()
                .unwrap_or_else(|| panic!("decided twice"));
        assert_eq!(
            fields(twice),
            vec![("member".to_owned(), "members-error-not-pending".to_owned())]
        );
        let already = service::join(db, &bob, &f.code, BASE, Utc::now())
            .await
            .err()
            .unwrap_or_else(|| panic!("joined twice"));
        assert_eq!(
            fields(already),
            vec![("code".to_owned(), "join-error-already-member".to_owned())]
        );

        // Exactly one AR: naming Bob replaces Ann, and the change is audited with both.
        service::assign_role(
            db,
            holder.id,
            f.id,
            FacilityRole::AuthorisedRepresentative,
            bob.id,
            Utc::now(),
        )
        .await
        .unwrap();
        let dashboard = service::dashboard(db, f.id, true).await.unwrap();
        let ars: Vec<_> = dashboard
            .roles
            .iter()
            .filter(|r| r.role == FacilityRole::AuthorisedRepresentative)
            .collect();
        assert_eq!(ars.len(), 1);
        assert_eq!(ars[0].user_id, Some(bob.id));
        let entry = audit::recent(db, 1).await.unwrap_or_default().remove(0);
        assert_eq!(entry.action, "facility_role.assigned");
        assert!(
            entry.before.as_deref().is_some_and(|b| b.contains(&format!("user:{}", holder.id))),
            "{:?}",
            entry.before
        );
        assert!(
            entry.after.as_deref().is_some_and(|a| a.contains(&format!("user:{}", bob.id))),
            "{:?}",
            entry.after
        );

        // The AR cannot be removed until someone else holds the role; the main holder never.
        let error = service::remove_member(db, holder.id, f.id, bob.id)
            .await
            .err()
            .unwrap_or_else(|| panic!("removed the AR"));
        assert_eq!(
            fields(error),
            vec![("member".to_owned(), "members-error-name-another-ar".to_owned())]
        );
        let error = service::remove_member(db, holder.id, f.id, holder.id)
            .await
            .err()
            .unwrap_or_else(|| panic!("removed the holder"));
        assert_eq!(
            fields(error),
            vec![("member".to_owned(), "members-error-cannot-remove-main-holder".to_owned())]
        );
        service::assign_role(
            db,
            holder.id,
            f.id,
            FacilityRole::AuthorisedRepresentative,
            holder.id,
            Utc::now(),
        )
        .await
        .unwrap();
        service::remove_member(db, holder.id, f.id, bob.id).await.unwrap();
        assert_eq!(
            app::db::memberships::standing(db, bob.id, f.id)
                .await
                .ok()
                .flatten()
                .and_then(|s| s.membership),
            Some(MembershipStatus::Removed)
        );

        // A declined request can be made again.
        let carol = colleague(db, "carol@stmarys.example").await;
        service::join(db, &carol, &f.code, BASE, Utc::now()).await.unwrap();
        service::decide_membership(db, holder.id, f.id, carol.id, false, BASE, Utc::now())
            .await
            .unwrap();
        assert_eq!(last_mail(db, "carol@stmarys.example").await.kind, "join-declined");
        assert_eq!(
            service::join(db, &carol, &f.code, BASE, Utc::now()).await.ok().map(|j| j.status),
            Some(MembershipStatus::Pending)
        );

        let mine = app::db::memberships::facilities_of(db, holder.id).await.unwrap_or_default();
        assert_eq!(mine.len(), 1);
        assert!(
            mine[0].is_main_holder
                && mine[0].roles.contains(&FacilityRole::AuthorisedRepresentative)
        );
        assert_eq!(
            audit::verify_chain(db).await.ok().map(|r| matches!(r, ChainReport::Intact { .. })),
            Some(true)
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn a_person_named_at_registration_joins_without_waiting() {
    for t in testing::all().await {
        let db = &t.db;
        let (f, _) = active_facility(db).await;
        let sub = colleague(db, "sub@stmarys.example").await;
        let joined = service::join(db, &sub, &f.code, BASE, Utc::now()).await.unwrap();
        assert_eq!(joined.status, MembershipStatus::Active);
        let dashboard = service::dashboard(db, f.id, false).await.unwrap();
        let substitute = dashboard.roles.iter().find(|r| r.role == FacilityRole::Substitute);
        assert_eq!(substitute.and_then(|r| r.user_id), Some(sub.id));
        assert_eq!(substitute.and_then(|r| r.invited_email.clone()), None);
        t.cleanup().await;
    }
}

#[tokio::test]
async fn wrong_codes_are_throttled() {
    for t in testing::all().await {
        let db = &t.db;
        let (f, _) = active_facility(db).await;
        let guesser = colleague(db, "guess@elsewhere.example").await;
        for _ in 0..JOIN_ATTEMPT_LIMIT {
            let error = service::join(db, &guesser, "ZZZZZ-ZZZZZ", BASE, Utc::now()).await.err();
            assert!(matches!(error, Some(DataError::Invalid(_))), "{error:?}");
        }
        // Even the right code is refused while throttled.
        let error = service::join(db, &guesser, &f.code, BASE, Utc::now()).await.err();
        assert!(matches!(error, Some(DataError::Throttled)), "{error:?}");
        t.cleanup().await;
    }
}

#[tokio::test]
async fn password_reset_by_mail() {
    for t in testing::all().await {
        let db = &t.db;
        let ann = colleague(db, "ann@clinic.example").await;
        accounts::request_password_reset(db, "nobody@clinic.example", BASE, Utc::now())
            .await
            .unwrap();
        assert_eq!(
            outbox::Entity::find().count(db).await.ok(),
            Some(0),
            "no mail for unknown addresses"
        );
        accounts::request_password_reset(db, " ANN@clinic.example", BASE, Utc::now())
            .await
            .unwrap();
        let mail = last_mail(db, "ann@clinic.example").await;
        assert_eq!((mail.kind.as_str(), mail.language.as_str()), ("password-reset", "de"));
        let token = token_in(&mail);
        let short = accounts::reset_password(db, &token, "short", Utc::now())
            .await
            .err()
            .unwrap_or_else(|| panic!("accepted"));
        assert_eq!(
            fields(short),
            vec![("password".to_owned(), "error-password-too-short".to_owned())]
        );
        accounts::reset_password(db, &token, "a brand new passphrase", Utc::now()).await.unwrap();
        assert_eq!(
            accounts::authenticate(db, "ann@clinic.example", "a brand new passphrase")
                .await
                .ok()
                .flatten()
                .map(|u| u.id),
            Some(ann.id)
        );
        let reused = accounts::reset_password(db, &token, "yet another passphrase", Utc::now())
            .await
            .err()
            .unwrap_or_else(|| panic!("reused"));
        assert_eq!(fields(reused), vec![("token".to_owned(), "error-link-invalid".to_owned())]);
        // Requests per address are limited; extra ones are dropped without saying so.
        for _ in 0..5 {
            accounts::request_password_reset(db, "ann@clinic.example", BASE, Utc::now())
                .await
                .unwrap();
        }
        assert_eq!(
            outbox::Entity::find().count(db).await.ok(),
            Some(accounts::RESET_REQUEST_LIMIT)
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn sign_up_then_confirm_the_address() {
    for t in testing::all().await {
        let db = &t.db;
        let new = NewUser {
            email: "dana@clinic.example".into(),
            display_name: "Dana".into(),
            password: "a good long password".into(),
            language: "ar".into(),
        };
        accounts::sign_up(db, new, BASE, Utc::now()).await.unwrap();
        let outcome = sign_in(
            db,
            "dana@clinic.example",
            "a good long password",
            "10.0.0.2",
            &Default::default(),
            Utc::now(),
        )
        .await
        .ok();
        assert!(matches!(outcome, Some(SignInOutcome::Unconfirmed)), "{outcome:?}");
        let mail = last_mail(db, "dana@clinic.example").await;
        assert_eq!((mail.kind.as_str(), mail.language.as_str()), ("confirm-email", "ar"));
        assert!(mail.body_html.contains("dir=\"rtl\""));
        accounts::confirm_email(db, &token_in(&mail), Utc::now()).await.unwrap();
        let outcome = sign_in(
            db,
            "dana@clinic.example",
            "a good long password",
            "10.0.0.2",
            &Default::default(),
            Utc::now(),
        )
        .await
        .ok();
        assert!(matches!(outcome, Some(SignInOutcome::SignedIn { .. })), "{outcome:?}");
        t.cleanup().await;
    }
}
