//! Databases for service tests: a fresh SQLite file always, and a private PostgreSQL schema
//! when `ACCREDIT_TEST_POSTGRES_URL` is set (CI sets it). A configured but unreachable
//! PostgreSQL fails the test instead of being skipped.

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr};

/// Environment variable naming the PostgreSQL server for the service tests.
pub const POSTGRES_ENV: &str = "ACCREDIT_TEST_POSTGRES_URL";

/// One migrated, empty database for one test.
pub struct TestDb {
    pub backend: &'static str,
    pub db: DatabaseConnection,
    cleanup: Cleanup,
}

enum Cleanup {
    SqliteDir(std::path::PathBuf),
    PostgresSchema { admin: DatabaseConnection, schema: String },
}

impl TestDb {
    /// Drops the schema or deletes the file. Call at the end of the test.
    pub async fn cleanup(self) {
        let _ = self.db.close().await;
        match self.cleanup {
            Cleanup::SqliteDir(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Cleanup::PostgresSchema { admin, schema } => {
                let _ = admin
                    .execute_unprepared(&format!("DROP SCHEMA IF EXISTS \"{schema}\" CASCADE"))
                    .await;
                let _ = admin.close().await;
            }
        }
    }
}

fn unique_name() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// A migrated SQLite database in a fresh temporary directory (a file, not `:memory:`, so the
/// pool's connections share it, as in production).
pub async fn sqlite() -> Result<TestDb, DbErr> {
    let dir = std::env::temp_dir().join(format!("accredit-test-{}", unique_name()));
    std::fs::create_dir_all(&dir).map_err(|e| DbErr::Custom(e.to_string()))?;
    let url = format!("sqlite://{}?mode=rwc", dir.join("test.db").display());
    let db = super::connect_and_migrate(&url).await?;
    Ok(TestDb { backend: "sqlite", db, cleanup: Cleanup::SqliteDir(dir) })
}

/// A migrated PostgreSQL schema of its own, if the variable is set.
pub async fn postgres() -> Option<Result<TestDb, DbErr>> {
    let url = std::env::var(POSTGRES_ENV).ok().filter(|u| !u.is_empty())?;
    Some(
        async {
            let admin = Database::connect(url.as_str()).await?;
            let schema = format!("accredit_test_{}", unique_name());
            admin.execute_unprepared(&format!("CREATE SCHEMA \"{schema}\"")).await?;
            let mut options = ConnectOptions::new(url.clone());
            options.max_connections(8).sqlx_logging(false).set_schema_search_path(schema.clone());
            let db = Database::connect(options).await?;
            super::migrate(&db).await?;
            Ok(TestDb {
                backend: "postgres",
                db,
                cleanup: Cleanup::PostgresSchema { admin, schema },
            })
        }
        .await,
    )
}

/// Every backend this run tests: SQLite, plus PostgreSQL when configured. Panics (failing the
/// test) when a configured backend cannot be prepared.
#[expect(
    clippy::expect_used,
    reason = "test support: a broken test database must fail the test loudly"
)]
pub async fn all() -> Vec<TestDb> {
    let mut dbs = vec![sqlite().await.expect("SQLite test database")];
    if let Some(pg) = postgres().await {
        dbs.push(pg.expect("PostgreSQL test database (ACCREDIT_TEST_POSTGRES_URL is set)"));
    }
    dbs
}

/// A complete, valid registration (300 procedures, approved today) for `email` and `facility`.
pub fn registration(email: &str, facility: &str) -> crate::domain::facilities::RegistrationForm {
    crate::domain::facilities::RegistrationForm {
        facility_name: facility.into(),
        institution: "General Hospital".into(),
        department: "Radiology".into(),
        address: "1 Road".into(),
        country: "Spain".into(),
        procedures_per_year: "300".into(),
        approver_name: "Head".into(),
        approver_email: "head@general.example".into(),
        approval_date: chrono::Utc::now().date_naive().to_string(),
        approval_confirmed: Some("on".into()),
        display_name: "Holder".into(),
        email: email.into(),
        password: "holder password 1".into(),
        ..crate::domain::facilities::RegistrationForm::default()
    }
}

/// The token of the first `token=` link in a mail body.
pub fn token_in(body: &str) -> Option<String> {
    body.split("token=").nth(1)?.split_whitespace().next().map(str::to_owned)
}

/// Registers and activates a facility the way its main account holder would (the token read
/// from the activation mail); returns the facility and the holder.
pub async fn activated_facility(
    db: &DatabaseConnection,
    email: &str,
    facility: &str,
) -> Result<(super::entities::facility::Model, super::entities::user::Model), super::DataError> {
    let base = "http://test";
    let registered = super::facilities::register(
        db,
        &registration(email, facility),
        "en",
        base,
        chrono::Utc::now(),
    )
    .await?;
    let mails = super::mail::recent(db, 50).await?;
    let token = mails
        .iter()
        .find(|m| m.kind == "activation" && m.to_address == registered.user.email)
        .and_then(|m| token_in(&m.body_text))
        .ok_or_else(|| super::DataError::invalid("token", "no activation mail"))?;
    super::facilities::activate(
        db,
        &token,
        base,
        &crate::domain::billing::FeeSchedule::demo(),
        chrono::Utc::now(),
    )
    .await?;
    Ok((registered.facility, registered.user))
}

/// An answer that passes the checks of `spec` (for tests that need a complete application).
pub fn valid_answer(
    spec: &crate::domain::standards::AnswerSpec,
    today: chrono::NaiveDate,
) -> crate::domain::standards::AnswerValue {
    use crate::domain::standards::{AnswerSpec, AnswerValue};
    match spec {
        AnswerSpec::YesNo { .. } => AnswerValue::YesNo {
            yes: true,
            explanation: "Documented in the unit's standard operating procedures.".into(),
        },
        AnswerSpec::Number { min, .. } => AnswerValue::Number { value: *min },
        AnswerSpec::Date => AnswerValue::Date { value: today },
        AnswerSpec::Text { .. } => {
            AnswerValue::Text { value: "Described in the unit's policy.".into() }
        }
        AnswerSpec::SingleChoice { options } => {
            AnswerValue::SingleChoice { option: options.first().cloned().unwrap_or_default() }
        }
        AnswerSpec::MultipleChoice { options } => {
            AnswerValue::MultipleChoice { options: options.first().cloned().into_iter().collect() }
        }
    }
}

/// A case form that is complete.
pub fn complete_case_form(today: chrono::NaiveDate) -> crate::domain::case_review::CaseForm {
    crate::domain::case_review::CaseForm {
        procedure_type: Some("ablation".into()),
        procedure_date: Some(today),
        tumour_board_documented: Some(true),
        consent_documented: Some(true),
        complication_grade: Some("none".into()),
        follow_up_documented: Some(true),
        notes: String::new(),
    }
}

/// Answers every item of `app` as met ([`valid_answer`]), as `user` would through the page.
pub async fn answer_every_item(
    db: &DatabaseConnection,
    app: &super::entities::application::Model,
    user: crate::domain::ids::UserId,
) -> Result<(), super::DataError> {
    use super::applications::{self, Save};
    let edition = applications::edition_of(db, app).await?;
    let now = chrono::Utc::now();
    for (n, (_, standard, item)) in edition.items().enumerate() {
        let save = Save {
            application_id: app.id,
            item_key: crate::domain::standards::item_key(standard, &item.letter),
            value: valid_answer(&item.answer, now.date_naive()),
            base_revision: 0,
            idempotency_key: format!("answer-{n:04}-app{}", app.id),
        };
        applications::save_answer(db, &save, user, now).await?;
    }
    Ok(())
}

/// Adds one policy document to the facility's library and links it to every item of `app`
/// whose edition requires evidence. Answers the file.
pub async fn link_required_evidence(
    db: &DatabaseConnection,
    app: &super::entities::application::Model,
    user: crate::domain::ids::UserId,
) -> Result<super::entities::evidence_file::Model, super::DataError> {
    use super::evidence::{self, NewFile};
    use sha2::Digest;
    let content = format!("Unit policy of application {}", app.id);
    let sha256 = hex::encode(sha2::Sha256::digest(content.as_bytes()));
    let now = chrono::Utc::now();
    let file = NewFile {
        facility_id: app.facility_id,
        storage_key: evidence::storage_key(app.facility_id, &sha256),
        sha256,
        size_bytes: i64::try_from(content.len()).unwrap_or_default(),
        content_type: "text/plain".into(),
        name: "unit-policy.txt".into(),
    };
    let (file, _) = evidence::add_file(db, file, user, now).await?;
    let edition = super::applications::edition_of(db, app).await?;
    for (_, standard, item) in edition.items().filter(|(_, _, i)| !i.evidence.is_empty()) {
        let key = crate::domain::standards::item_key(standard, &item.letter);
        evidence::link(db, app, &key, file.id, user, now).await?;
    }
    Ok(file)
}

/// Draws the internal case review of `app` from 30 references at `now` and completes every
/// case form.
pub async fn complete_case_review(
    db: &DatabaseConnection,
    app: &super::entities::application::Model,
    user: crate::domain::ids::UserId,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<super::entities::case_draw::Model, super::DataError> {
    use super::case_review;
    let references: String = (1..=30).map(|i| format!("IO-{i:03}\n")).collect();
    let draw = case_review::draw(db, app, &references, "", user, now).await?;
    let cases: Vec<String> = serde_json::from_str(&draw.cases).unwrap_or_default();
    for case in cases {
        let form = complete_case_form(now.date_naive());
        case_review::save_case(db, app, draw.id, &case, &form, user, now).await?;
    }
    Ok(draw)
}

/// Brings `app` to what the submission gate lets through: every item answered as met, the
/// required evidence linked, the case review complete.
pub async fn make_ready_to_submit(
    db: &DatabaseConnection,
    app: &super::entities::application::Model,
    user: crate::domain::ids::UserId,
) -> Result<(), super::DataError> {
    answer_every_item(db, app, user).await?;
    link_required_evidence(db, app, user).await?;
    complete_case_review(db, app, user, chrono::Utc::now()).await?;
    Ok(())
}

/// An activated facility whose enrolment invoice is paid, with its application open (the
/// demonstration edition must be imported). Answers the application and the main holder.
pub async fn enrolled_application(
    db: &DatabaseConnection,
    email: &str,
    facility: &str,
) -> Result<(super::entities::application::Model, super::entities::user::Model), super::DataError> {
    use super::billing::{self, NewPayment, PaymentSource};
    let (f, holder) = activated_facility(db, email, facility).await?;
    let now = chrono::Utc::now();
    for inv in billing::invoices_of(db, f.id).await? {
        let payment = NewPayment {
            invoice_id: inv.id,
            amount_minor: inv.total_minor,
            paid_on: now.date_naive(),
            reference: "TEST".into(),
            source: PaymentSource::Administrator(holder.id),
        };
        billing::record_payment(db, payment, "http://test", now).await?;
    }
    let app = super::applications::open(db, f.id, holder.id, now).await?;
    Ok((app, holder))
}

/// A facility accredited at `decided`, in the state `assessment::decide` leaves it (facility
/// status, application status, a certificate valid four years), without the assessment itself:
/// for tests of what happens over the following years.
pub async fn accredited_facility(
    db: &DatabaseConnection,
    email: &str,
    facility: &str,
    decided: chrono::DateTime<chrono::Utc>,
) -> Result<
    (super::entities::application::Model, super::entities::certificate::Model),
    super::DataError,
> {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let (app, _) = enrolled_application(db, email, facility).await?;
    let mut model: super::entities::application::ActiveModel = app.clone().into();
    model.status = Set(crate::domain::standards::ApplicationStatus::Accredited);
    let app = model.update(db).await?;
    super::status_history::change_status(
        db,
        app.facility_id,
        crate::domain::facilities::FacilityStatus::Accredited,
        "test",
        "decision",
        decided,
    )
    .await?;
    let certificate = super::entities::certificate::ActiveModel {
        code: Set(format!("TEST{}", app.id)),
        facility_id: Set(app.facility_id),
        application_id: Set(app.id),
        status: Set(crate::domain::facilities::FacilityStatus::Accredited),
        valid_from: Set(Some(decided.date_naive())),
        valid_until: Set(Some(crate::domain::assessment::valid_until(decided.date_naive()))),
        issued_at: Set(decided),
        withdrawn_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok((app, certificate))
}
