//! Authorisation matrix: every server function of accounts, facilities, billing and administration,
//! called over HTTP by every kind of caller, on SQLite and (when configured) PostgreSQL.
//! "Allowed" means the call got past the role check (it may still be refused as invalid
//! input, 422, which the arguments below provoke where a success would change the fixture).

#![expect(clippy::unwrap_used, reason = "test set-up: any failure should fail the test")]

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use leptos::server_fn::ServerFn;
use tower::ServiceExt;

use app::api::{
    admin, applications, assessment, audit, auth, billing, editions, evidence, facilities, texts,
    workshops,
};
use app::db::accounts::{self, NewUser};
use app::db::{facilities as service, sessions, testing};
use app::domain::accounts::GlobalRole;
use server::config::Config;
use server::router::{AppState, router};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Caller {
    Anonymous,
    /// Signed in, no facility and no global role.
    Outsider,
    /// Active member of the facility.
    Member,
    /// The facility's main account holder.
    MainHolder,
    Administrator,
    Assessor,
    Translator,
}

const CALLERS: [Caller; 7] = [
    Caller::Anonymous,
    Caller::Outsider,
    Caller::Member,
    Caller::MainHolder,
    Caller::Administrator,
    Caller::Assessor,
    Caller::Translator,
];

/// Who a server function admits.
#[derive(Debug, Clone, Copy)]
enum Policy {
    Public,
    SignedIn,
    /// Signed in, but not an administrator (the office does not join facilities).
    SignedInNotAdministrator,
    /// Reads a facility's content: its active members, and administrators (read-only).
    FacilityReader,
    /// Writes a facility's content: its active members only, never the office that judges it.
    FacilityMember,
    /// Manages members and facility roles: the main account holder only.
    FacilityManager,
    AdministratorOnly,
    /// The facility's Authorised Representative (the main holder in this fixture); not even
    /// an administrator.
    Representative,
    /// Holders of the assessor role.
    AssessorRole,
    /// Active assessors of the application: nobody in this fixture, so an assessor who is
    /// not assigned is refused like everyone else.
    AssignedAssessor,
    /// Facility readers and the application's active assessors (nobody assigned here, so an
    /// assessor is refused like any outsider).
    FacilityReaderOrAssignedAssessor,
    /// Translators and administrators (the translator tools).
    TranslatorRole,
    /// The facility's Authorised Representative (the main holder here) or an administrator.
    RepresentativeOrAdministrator,
}

#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Allowed,
    Forbidden,
    Unauthenticated,
}

fn expected(policy: Policy, caller: Caller) -> Outcome {
    use Caller::*;
    match (policy, caller) {
        (Policy::Public, _) => Outcome::Allowed,
        (_, Anonymous) => Outcome::Unauthenticated,
        (Policy::SignedIn, _) => Outcome::Allowed,
        (Policy::SignedInNotAdministrator, Administrator) => Outcome::Forbidden,
        (Policy::SignedInNotAdministrator, _) => Outcome::Allowed,
        (
            Policy::FacilityReader | Policy::FacilityReaderOrAssignedAssessor,
            Member | MainHolder | Administrator,
        ) => Outcome::Allowed,
        (Policy::FacilityMember, Member | MainHolder) => Outcome::Allowed,
        (Policy::FacilityManager, MainHolder) => Outcome::Allowed,
        (Policy::AdministratorOnly, Administrator) => Outcome::Allowed,
        (Policy::Representative, MainHolder) => Outcome::Allowed,
        (Policy::AssessorRole, Assessor) => Outcome::Allowed,
        (Policy::TranslatorRole, Translator | Administrator) => Outcome::Allowed,
        (Policy::RepresentativeOrAdministrator, MainHolder | Administrator) => Outcome::Allowed,
        _ => Outcome::Forbidden,
    }
}

async fn user(
    db: &sea_orm::DatabaseConnection,
    email: &str,
    role: Option<GlobalRole>,
) -> app::domain::ids::UserId {
    let new = NewUser {
        email: email.into(),
        display_name: email.into(),
        password: "a password for tests".into(),
        language: "en".into(),
    };
    let u = accounts::create_user(db, new, "test").await.unwrap();
    if let Some(role) = role {
        accounts::grant_role(db, u.id, role, "test").await.unwrap();
    }
    u.id
}

async fn call(app: &axum::Router, path: &str, body: &str, cookie: Option<&str>) -> StatusCode {
    // Server functions take forms, except those declared with JSON input (the autosave).
    let content_type = if body.starts_with('{') {
        "application/json"
    } else {
        "application/x-www-form-urlencoded"
    };
    let mut request = Request::post(path)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::ACCEPT, "application/json");
    if let Some(token) = cookie {
        request = request.header(header::COOKIE, format!("accredit_session={token}"));
    }
    let response =
        app.clone().oneshot(request.body(Body::from(body.to_owned())).unwrap()).await.unwrap();
    let status = response.status();
    let _ = response.into_body().collect().await;
    status
}

/// A document download: a plain GET with the session cookie.
async fn download(app: &axum::Router, path: &str, cookie: Option<&str>) -> StatusCode {
    let mut request = Request::get(path);
    if let Some(token) = cookie {
        request = request.header(header::COOKIE, format!("accredit_session={token}"));
    }
    let response = app.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let _ = response.into_body().collect().await;
    status
}

fn outcome_of(status: StatusCode) -> Outcome {
    match status {
        StatusCode::UNAUTHORIZED => Outcome::Unauthenticated,
        StatusCode::FORBIDDEN => Outcome::Forbidden,
        _ => Outcome::Allowed,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_server_function_checks_its_role_on_the_server() {
    for t in testing::all().await {
        let db = &t.db;
        let base = "http://test";
        let (facility, holder_user) =
            testing::activated_facility(db, "holder@general.example", "IO Unit").await.unwrap();
        let f = facility.id;
        let holder = holder_user.id;
        let enrolment = app::db::billing::invoices_of(db, f).await.unwrap().remove(0);
        let invoice = enrolment.id;
        let payment = app::db::billing::NewPayment {
            invoice_id: invoice,
            amount_minor: enrolment.total_minor,
            paid_on: chrono::Utc::now().date_naive(),
            reference: "BANK".into(),
            source: app::db::billing::PaymentSource::Administrator(holder),
        };
        app::db::billing::record_payment(db, payment, base, chrono::Utc::now()).await.unwrap();
        app::db::editions::import(db, app::db::editions::DEMO_EDITION, None, chrono::Utc::now())
            .await
            .unwrap();
        let application =
            app::db::applications::open(db, f, holder, chrono::Utc::now()).await.unwrap().id;
        let member = user(db, "member@general.example", None).await;
        let member_user = accounts::find_by_id(db, member).await.unwrap().unwrap();
        service::join(db, &member_user, &facility.code, base, chrono::Utc::now()).await.unwrap();
        service::decide_membership(db, holder, f, member, true, base, chrono::Utc::now())
            .await
            .unwrap();
        let pending = user(db, "pending@general.example", None).await;
        let pending_user = accounts::find_by_id(db, pending).await.unwrap().unwrap();
        service::join(db, &pending_user, &facility.code, base, chrono::Utc::now()).await.unwrap();
        let outsider = user(db, "outsider@elsewhere.example", None).await;
        let admin = user(db, "admin@accredit.example", Some(GlobalRole::Administrator)).await;
        let assessor = user(db, "assessor@accredit.example", Some(GlobalRole::Assessor)).await;
        let translator =
            user(db, "translator@accredit.example", Some(GlobalRole::Translator)).await;

        let config = Config {
            addr: "127.0.0.1:0".parse().unwrap(),
            data_dir: std::env::temp_dir(),
            database_url: None,
            site_root: "target/site".into(),
            public_url: Some(base.into()),
            smtp_url: None,
            mail_from: "test@accredit-io.example".into(),
            billing: server::config::BillingConfig::default(),
            payment_webhook_secret: None,
            evidence_store: None,
            locales_dir: None,
            evidence_max_bytes: app::domain::evidence::DEFAULT_MAX_BYTES,
            assessment_weeks: app::domain::assessment::DEFAULT_TARGET_WEEKS,
            reapply_wait_days: app::domain::assessment::DEFAULT_REAPPLY_WAIT_DAYS,
            registration_grace_days: app::db::registrations::DEFAULT_GRACE_DAYS,
            security: server::config::SecurityConfig::default(),
        };
        let app = router(
            AppState::new(db.clone(), &config, app::domain::billing::FeeSchedule::demo()).unwrap(),
        );

        // (function, arguments, policy). Arguments are chosen so that an allowed call leaves
        // the fixture as it was (wrong current password, a no-op role grant, …), except the
        // last row, sign-out, which ends the caller's session.
        let registration_body = "form[facility_name]=X&form[institution]=Y&form[department]=Z&form[address]=A&form[country]=B\
            &form[procedures_per_year]=10&form[approver_name]=C&form[approver_email]=c%40x.org&form[approval_date]=2026-01-01\
            &form[display_name]=D&form[email]=d%40x.org&form[password]=long+enough+pw";
        let table: Vec<(&str, String, Policy)> = vec![
            (auth::CurrentUser::PATH, String::new(), Policy::Public),
            (auth::SignIn::PATH, "email=nobody%40x.org&password=wrong".into(), Policy::Public),
            (auth::SignUp::PATH, "display_name=&email=bad&password=x".into(), Policy::Public),
            (auth::ConfirmEmail::PATH, "token=not-a-token".into(), Policy::Public),
            (auth::RequestPasswordReset::PATH, "email=not-an-address".into(), Policy::Public),
            (auth::ResetPassword::PATH, "token=not-a-token&password=long+enough+pw".into(), Policy::Public),
            (facilities::RegisterFacility::PATH, registration_body.into(), Policy::Public),
            (facilities::ActivateFacility::PATH, "token=not-a-token".into(), Policy::Public),
            (facilities::ResendLink::PATH, "email=not-an-address".into(), Policy::Public),
            (auth::ChangePassword::PATH, "current_password=wrong&password=long+enough+pw".into(), Policy::SignedIn),
            (facilities::MyFacilities::PATH, String::new(), Policy::SignedIn),
            (facilities::JoinFacility::PATH, "code=ZZZZZ-ZZZZZ".into(), Policy::SignedInNotAdministrator),
            (facilities::GetFacilityDashboard::PATH, format!("facility_id={f}"), Policy::FacilityReader),
            (facilities::DecideMembership::PATH, format!("facility_id={f}&member_id={pending}&approve=false"), Policy::FacilityManager),
            (facilities::RemoveMember::PATH, format!("facility_id={f}&member_id={holder}"), Policy::FacilityManager),
            (facilities::AssignFacilityRole::PATH, format!("facility_id={f}&role=contact&member_id={holder}"), Policy::FacilityManager),
            (admin::AdminFacilities::PATH, String::new(), Policy::AdministratorOnly),
            (admin::AdminUsers::PATH, String::new(), Policy::AdministratorOnly),
            (admin::AdminOutbox::PATH, String::new(), Policy::AdministratorOnly),
            (admin::SetGlobalRole::PATH, format!("user_id={translator}&role=Translator&granted=true"), Policy::AdministratorOnly),
            (billing::FacilityInvoices::PATH, format!("facility_id={f}"), Policy::FacilityReader),
            (billing::GetInvoice::PATH, format!("invoice_id={invoice}"), Policy::FacilityReader),
            (billing::AdminInvoices::PATH, "status=&year=&facility=".into(), Policy::AdministratorOnly),
            // An unreadable amount: allowed callers get 422 and nothing is recorded.
            (billing::RecordPayment::PATH, format!("invoice_id={invoice}&amount=lots&paid_on=2026-01-01&reference=R"), Policy::AdministratorOnly),
            (billing::VoidInvoice::PATH, format!("invoice_id={invoice}&reason="), Policy::AdministratorOnly),
            (applications::OpenApplication::PATH, format!("facility_id={f}"), Policy::FacilityMember),
            // Its application is a draft, not declined: allowed callers are answered that one.
            (applications::StartNewApplication::PATH, format!("facility_id={f}"), Policy::FacilityMember),
            (applications::GetApplication::PATH, format!("application_id={application}"), Policy::FacilityReader),
            (applications::ApplicationAnswers::PATH, format!("application_id={application}"), Policy::FacilityReader),
            // A number for a yes/no item: allowed callers get 422 and nothing is stored.
            (
                applications::SaveAnswer::PATH,
                format!(r#"{{"save":{{"application_id":{application},"item_key":"1a","value":{{"type":"number","value":1}},"base_revision":0,"idempotency_key":"authz-0001"}}}}"#),
                Policy::FacilityMember,
            ),
            (applications::GetCaseReview::PATH, format!("application_id={application}"), Policy::FacilityReaderOrAssignedAssessor),
            // A draft: allowed callers are answered `None`.
            (applications::GetSnapshot::PATH, format!("application_id={application}"), Policy::FacilityReaderOrAssignedAssessor),
            // Too few references: allowed callers get 422 and nothing is drawn.
            (applications::DrawCaseReview::PATH, format!("application_id={application}&references=IO-1&reason="), Policy::FacilityMember),
            // No such draw: allowed callers get 422 and nothing is stored.
            (
                applications::SaveCaseForm::PATH,
                format!(r#"{{"save":{{"application_id":{application},"draw_id":0,"case_ref":"IO-1","form":{{}}}}}}"#),
                Policy::FacilityMember,
            ),
            // Not ready: the representative gets 422 and nothing is submitted.
            (applications::SubmitApplication::PATH, format!("application_id={application}"), Policy::Representative),
            // No such file: allowed callers get 422 and nothing is linked.
            (evidence::LinkEvidence::PATH, format!("application_id={application}&item_key=1a&file_id=0"), Policy::FacilityMember),
            (evidence::UnlinkEvidence::PATH, format!("application_id={application}&item_key=1a&file_id=0"), Policy::FacilityMember),
            (assessment::MyAssignments::PATH, String::new(), Policy::AssessorRole),
            (assessment::DeclareConflicts::PATH, "assignment_id=0&same_institution=false&same_country=false&other=".into(), Policy::AssessorRole),
            (assessment::AssessmentWorkspace::PATH, format!("application_id={application}"), Policy::AssignedAssessor),
            (assessment::RecordFinding::PATH, format!("application_id={application}&item_key=1a&finding=met&comment="), Policy::AssignedAssessor),
            (assessment::OpenQuery::PATH, format!("application_id={application}&item_key=1a&question=Why"), Policy::AssignedAssessor),
            (assessment::Recommend::PATH, format!("application_id={application}&outcome=accredited&comment="), Policy::AssignedAssessor),
            // No such query: refused for everyone signed in.
            (assessment::CloseQuery::PATH, "query_id=0".into(), Policy::AssignedAssessor),
            (assessment::ReplyToQuery::PATH, "query_id=0&body=Hi".into(), Policy::AssignedAssessor),
            (assessment::AdminApplications::PATH, String::new(), Policy::AdministratorOnly),
            (assessment::AdminApplication::PATH, format!("application_id={application}"), Policy::AdministratorOnly),
            // A draft cannot be assigned or decided: allowed callers get 422, nothing changes.
            (assessment::AssignAssessor::PATH, format!("application_id={application}&assessor_id={assessor}"), Policy::AdministratorOnly),
            (assessment::DecideApplication::PATH, format!("application_id={application}&outcome=accredited&items=&comment="), Policy::AdministratorOnly),
            (assessment::VerifyCertificate::PATH, "code=NOSUCHCODE".into(), Policy::Public),
            (assessment::PublicDirectory::PATH, String::new(), Policy::Public),
            (assessment::SetDirectoryListing::PATH, format!("facility_id={f}&listed=false"), Policy::FacilityManager),
            (editions::ListEditions::PATH, String::new(), Policy::AdministratorOnly),
            // Not TOML: allowed callers get the syntax report, nothing is stored.
            (editions::ImportEdition::PATH, "text=not+an+edition".into(), Policy::AdministratorOnly),
            // No reason given: allowed callers get 422 and nothing is withdrawn.
            (facilities::WithdrawFacility::PATH, format!("facility_id={f}&reason=+"), Policy::RepresentativeOrAdministrator),
            // Nothing carried in a first cycle: allowed callers confirm nothing.
            (applications::ConfirmCarried::PATH, format!("{{\"application_id\":{application},\"items\":[]}}"), Policy::FacilityMember),
            // A first cycle: allowed callers get 422 (Centre of Excellence needs a re-certification).
            (applications::RequestExcellence::PATH, format!("application_id={application}&requested=true"), Policy::Representative),
            // A first cycle has no previous one: allowed callers get 404.
            (applications::CycleChanges::PATH, format!("application_id={application}"), Policy::FacilityReader),
            (evidence::SetEvidenceExpiry::PATH, format!("application_id={application}&file_id=0&expires_on="), Policy::FacilityMember),
            (workshops::WorkshopCalendar::PATH, String::new(), Policy::Public),
            (workshops::WorkshopPage::PATH, "workshop_id=0".into(), Policy::Public),
            (workshops::ScheduleWorkshop::PATH, "form[title]=&form[description]=&form[venue]=&form[online_url]=&form[language]=en&form[starts]=&form[ends]=&form[time_zone]=&form[capacity]=".into(), Policy::AdministratorOnly),
            (workshops::BookWorkshop::PATH, format!("workshop_id=0&facility_id={f}&attendee_email=nobody%40x.org"), Policy::FacilityMember),
            (workshops::CancelBooking::PATH, "booking_id=0".into(), Policy::SignedIn),
            (facilities::FacilitySelfCheck::PATH, format!("facility_id={f}"), Policy::FacilityReader),
            // None open: allowed callers get 422.
            (facilities::AttestSelfCheck::PATH, format!("facility_id={f}&attestation[staff_ok]=true&attestation[equipment_ok]=true&attestation[volume_ok]=true&attestation[note]="), Policy::Representative),
            (admin::AdminSelfChecks::PATH, String::new(), Policy::AdministratorOnly),
            // No such account: allowed callers get 404 and nothing changes.
            (admin::SetAccountDisabled::PATH, "user_id=0&disabled=true".into(), Policy::AdministratorOnly),
            // The fixture's facility is activated: allowed callers get 422 and nothing changes.
            (admin::ResendActivation::PATH, format!("facility_id={f}"), Policy::AdministratorOnly),
            (admin::ActivateOnBehalf::PATH, format!("facility_id={f}&reason=checked+by+phone"), Policy::AdministratorOnly),
            (admin::DeleteRegistration::PATH, format!("facility_id={f}&reason=duplicate"), Policy::AdministratorOnly),
            (audit::AdminAudit::PATH, "filter[action]=sign_in".into(), Policy::AdministratorOnly),
            (texts::Manual::PATH, "language=ar".into(), Policy::Public),
            (texts::StandardsTexts::PATH, "edition_id=demo-2026&language=de".into(), Policy::Public),
            (texts::TranslationOverview::PATH, String::new(), Policy::TranslatorRole),
            (texts::TranslationRows::PATH, "locale=de&only_open=true".into(), Policy::TranslatorRole),
            (auth::SignOut::PATH, String::new(), Policy::Public),
        ];

        // Document downloads of an application (plain GET routes of the server crate). Allowed
        // callers of the decision letter get 404 here: the fixture's application is a draft.
        let downloads = [
            (format!("/applications/{application}/decision.pdf"), Policy::FacilityReader),
            (format!("/applications/{application}/answers.csv"), Policy::FacilityReader),
            (format!("/applications/{application}/answers.xlsx"), Policy::FacilityReader),
        ];

        let mut failures = Vec::new();
        let mut calls = 0;
        for caller in CALLERS {
            let user_id = match caller {
                Caller::Anonymous => None,
                Caller::Outsider => Some(outsider),
                Caller::Member => Some(member),
                Caller::MainHolder => Some(holder),
                Caller::Administrator => Some(admin),
                Caller::Assessor => Some(assessor),
                Caller::Translator => Some(translator),
            };
            let token = match user_id {
                Some(id) => Some(
                    sessions::open(db, id, &Default::default(), chrono::Utc::now())
                        .await
                        .unwrap()
                        .0,
                ),
                None => None,
            };
            // The downloads first: the table's last row signs the caller out.
            let requests =
                downloads.iter().map(|(path, policy)| (path.as_str(), None, *policy)).chain(
                    table.iter().map(|(path, body, policy)| (*path, Some(body.as_str()), *policy)),
                );
            for (path, body, policy) in requests {
                let status = match body {
                    Some(body) => call(&app, path, body, token.as_deref()).await,
                    None => download(&app, path, token.as_deref()).await,
                };
                calls += 1;
                let want = expected(policy, caller);
                if outcome_of(status) != want || status.is_server_error() {
                    failures.push(format!(
                        "{}: {caller:?} → {path}: got {status}, want {want:?}",
                        t.backend
                    ));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {calls} calls wrong:\n{}",
            failures.len(),
            failures.join("\n")
        );
        assert_eq!(calls, CALLERS.len() * (77 + 3));
        t.cleanup().await;
    }
}
