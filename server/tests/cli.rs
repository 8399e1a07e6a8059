//! The `server` binary's commands as an operator runs them: exit codes and reports.

#![expect(clippy::unwrap_used, reason = "test helpers: any failure should fail the test")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn server(args: &[&str], data_dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_server"))
        .args(args)
        .env("DATA_DIR", data_dir)
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "error")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("accredit-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn check_locales_passes_on_the_repository() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = server(&["check-locales", repo.join("locales").to_str().unwrap()], &temp_dir("ok"));
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).contains("locales OK"));
}

#[test]
fn check_locales_fails_with_file_and_line() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken-locales");
    let out = server(&["check-locales", fixture.to_str().unwrap()], &temp_dir("broken"));
    let report = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(report.contains("es/main.ftl:3: syntax error"), "{report}");
    assert!(
        report.contains("locale fr: message hello uses [$nom] but en uses [$name]"),
        "{report}"
    );
    assert!(report.contains("en/main.ftl:2: locale de: missing message bye"), "{report}");
    assert!(
        report.contains("fr/main.ftl:1: locale fr: message hello uses [$nom] but en uses [$name]"),
        "{report}"
    );
    // A translation confirmed against an older English text.
    assert!(report.contains("de/main.ftl:1: locale de: message hello is stale"), "{report}");
}

#[test]
fn verify_audit_passes_then_detects_an_edited_row() {
    let dir = temp_dir("audit");
    assert!(server(&["seed-demo"], &dir).status.success());
    let ok = server(&["verify-audit"], &dir);
    assert!(ok.status.success(), "{}", stdout(&ok));
    // The administrator, its role, the edition, the demonstration workshop and the seed marker.
    assert!(stdout(&ok).contains("audit log intact: 5 entries"), "{}", stdout(&ok));

    // Edit the row behind the application's back, as an attacker with file access would.
    let url = format!("sqlite://{}?mode=rwc", dir.join("accredit.sqlite").display());
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        use sea_orm::ConnectionTrait;
        let db = sea_orm::Database::connect(url.as_str()).await.unwrap();
        db.execute_unprepared("UPDATE audit_log SET actor = 'someone-else'").await.unwrap();
        db.close().await.unwrap();
    });
    let broken = server(&["verify-audit"], &dir);
    assert_eq!(broken.status.code(), Some(1), "{}", stdout(&broken));
    assert!(stdout(&broken).contains("BROKEN at entry 1"), "{}", stdout(&broken));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn seed_demo_prints_working_admin_credentials_every_time() {
    let dir = temp_dir("seed");
    let first = stdout(&server(&["seed-demo"], &dir));
    let password = first.lines().find_map(|l| l.strip_prefix("password: ")).unwrap().to_owned();
    assert!(first.contains("email: admin@demo.accredit-io.example"), "{first}");
    let second = stdout(&server(&["seed-demo"], &dir));
    assert!(second.contains(&format!("password: {password}")), "{second}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn create_admin_validates_and_reports() {
    let dir = temp_dir("admin");
    let bad = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["create-admin", "--email", "boss@clinic.org"])
        .env("DATA_DIR", &dir)
        .env_remove("DATABASE_URL")
        .env("ACCREDIT_ADMIN_PASSWORD", "short")
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(stdout(&bad).contains("password: Use at least 10 characters"), "{}", stdout(&bad));

    let made = stdout(&server(&["create-admin", "--email", "Boss@Clinic.org"], &dir));
    assert!(made.contains("administrator Boss@Clinic.org (user 1) created; password: "), "{made}");
    let again = stdout(&server(&["create-admin", "--email", "boss@clinic.org"], &dir));
    assert!(again.contains("(user 1) exists; administrator role ensured"), "{again}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn import_edition_reports_file_item_and_field_then_imports_a_clean_file() {
    let dir = temp_dir("edition");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken-edition.toml");
    let out = server(&["import-edition", fixture.to_str().unwrap()], &dir);
    let report = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{report}");
    let name = fixture.display().to_string();
    assert!(
        report.contains(&format!("{name}: item 1a: answer.min: min 10 is greater than max 5")),
        "{report}"
    );
    assert!(report.contains(&format!("{name}: item 1c: letter: expected 'b'")), "{report}");
    assert!(
        report.contains(&format!("{name}: edition: sections: expected 3 sections, found 1")),
        "{report}"
    );
    assert!(
        report.contains(&format!("{name}: messages: std-1z-text: no such message in locales/en")),
        "{report}"
    );
    assert!(report.contains("nothing imported"), "{report}");

    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../standards/demo-2026.toml");
    let out = server(&["import-edition", demo.to_str().unwrap()], &dir);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).contains("imported edition demo-2026 (55 items)"), "{}", stdout(&out));
    let again = server(&["import-edition", demo.to_str().unwrap()], &dir);
    assert!(stdout(&again).contains("already imported, unchanged"), "{}", stdout(&again));
}
