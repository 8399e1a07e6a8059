//! Facility rules shared by the server and the browser: statuses and their order, facility
//! roles, membership states, the facility code, and validation of a registration. Every
//! failure is a Fluent message id next to the field it concerns.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::accounts::{check_password, normalize_email, normalize_name};
use crate::error::FieldError;

/// Eligibility: therapeutic interventional-oncology procedures a year (design.md §2).
pub const MIN_PROCEDURES_PER_YEAR: u32 = 150;
/// An upper bound that catches typing slips (an extra zero or two) without limiting any real service.
pub const MAX_PROCEDURES_PER_YEAR: u32 = 100_000;
const MAX_TEXT_CHARS: usize = 200;
const MAX_ADDRESS_CHARS: usize = 1000;
const MAX_COUNTRY_CHARS: usize = 80;

/// Where a facility stands in the pathway (design.md §2). The current status is the newest
/// row of the facility's status history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case")
)]
pub enum FacilityStatus {
    /// Registered; the main account holder has not yet confirmed the email address.
    Registered,
    /// Activated; the enrolment invoice is open.
    PendingPayment,
    Enrolled,
    Accredited,
    CentreOfExcellence,
    Expired,
    Withdrawn,
}

impl FacilityStatus {
    pub const ALL: [Self; 7] = [
        Self::Registered,
        Self::PendingPayment,
        Self::Enrolled,
        Self::Accredited,
        Self::CentreOfExcellence,
        Self::Expired,
        Self::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Registered => "registered",
            Self::PendingPayment => "pending_payment",
            Self::Enrolled => "enrolled",
            Self::Accredited => "accredited",
            Self::CentreOfExcellence => "centre_of_excellence",
            Self::Expired => "expired",
            Self::Withdrawn => "withdrawn",
        }
    }

    /// Fluent id of the status's name.
    pub fn message_key(self) -> &'static str {
        match self {
            Self::Registered => "facility-status-registered",
            Self::PendingPayment => "facility-status-pending-payment",
            Self::Enrolled => "facility-status-enrolled",
            Self::Accredited => "facility-status-accredited",
            Self::CentreOfExcellence => "facility-status-centre-of-excellence",
            Self::Expired => "facility-status-expired",
            Self::Withdrawn => "facility-status-withdrawn",
        }
    }

    /// Whether the pathway allows moving from `self` to `next`. Later issues add the
    /// transitions they implement; a move not listed here is refused by the data layer.
    pub fn can_become(self, next: Self) -> bool {
        use FacilityStatus::{
            Accredited, CentreOfExcellence, Enrolled, Expired, PendingPayment, Registered,
            Withdrawn,
        };
        matches!(
            (self, next),
            (Registered, PendingPayment)
                | (PendingPayment, Enrolled)
                | (Enrolled | Accredited | CentreOfExcellence, Accredited | CentreOfExcellence)
                | (Accredited | CentreOfExcellence, Expired)
                | (Expired, Accredited | CentreOfExcellence)
                | (
                    Registered
                        | PendingPayment
                        | Enrolled
                        | Accredited
                        | CentreOfExcellence
                        | Expired,
                    Withdrawn
                )
        )
    }
}

/// The named roles of a facility; each has exactly one holder (or none yet, for the contact's
/// substitute). The main account holder is not one of these: it is the registrant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FacilityRole {
    AuthorisedRepresentative,
    Contact,
    Substitute,
}

impl FacilityRole {
    pub const ALL: [Self; 3] = [Self::AuthorisedRepresentative, Self::Contact, Self::Substitute];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::AuthorisedRepresentative => "authorised_representative",
            Self::Contact => "contact",
            Self::Substitute => "substitute",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == name)
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Self::AuthorisedRepresentative => "facility-role-authorised-representative",
            Self::Contact => "facility-role-contact",
            Self::Substitute => "facility-role-substitute",
        }
    }

    /// The registration form field that names this role's holder.
    pub fn form_field(self) -> &'static str {
        match self {
            Self::AuthorisedRepresentative => "ar_email",
            Self::Contact => "contact_email",
            Self::Substitute => "substitute_email",
        }
    }
}

/// A person's standing in a facility.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case")
)]
pub enum MembershipStatus {
    /// Asked to join with the facility code; waiting for the main account holder.
    Pending,
    Active,
    Declined,
    Removed,
}

impl MembershipStatus {
    pub const ALL: [Self; 4] = [Self::Pending, Self::Active, Self::Declined, Self::Removed];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Active => "active",
            Self::Declined => "declined",
            Self::Removed => "removed",
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Self::Pending => "membership-status-pending",
            Self::Active => "membership-status-active",
            Self::Declined => "membership-status-declined",
            Self::Removed => "membership-status-removed",
        }
    }
}

/// Symbols of a facility code: upper-case letters and digits without the ones people confuse
/// when reading a code aloud or from paper (0/O, 1/I/L, U/V).
pub const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTWXYZ";
/// Symbols in a code: 29^10 ≈ 4 × 10^14 (48 bits), and join attempts are throttled.
pub const CODE_LENGTH: usize = 10;

/// A facility code from 64 random bits (the caller supplies them, so this stays pure). The
/// modulo bias over 2^64 is below 10^-4 per symbol and irrelevant for guessing.
pub fn code_from_random(mut random: u64) -> String {
    let base = u64::try_from(CODE_ALPHABET.len()).unwrap_or(u64::MAX);
    (0..CODE_LENGTH)
        .map(|_| {
            let symbol = CODE_ALPHABET[usize::try_from(random % base).unwrap_or(0)];
            random /= base;
            char::from(symbol)
        })
        .collect()
}

/// Reads a code as people type it: any case, with spaces or hyphens anywhere. `None` when it
/// cannot be a code at all.
pub fn normalize_code(raw: &str) -> Option<String> {
    let code: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let valid = code.len() == CODE_LENGTH && code.bytes().all(|b| CODE_ALPHABET.contains(&b));
    valid.then_some(code)
}

/// Shows a code in two groups of five (`ABCDE-FGHJK`), easier to read and type.
pub fn format_code(code: &str) -> String {
    if code.len() == CODE_LENGTH && code.is_ascii() {
        format!("{}-{}", &code[..CODE_LENGTH / 2], &code[CODE_LENGTH / 2..])
    } else {
        code.to_owned()
    }
}

/// The key that makes a facility unique: institution and facility name, compared without
/// regard to case or spacing ("St Mary's  Hospital" = "st mary's hospital").
pub fn name_key(institution: &str, name: &str) -> String {
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    format!("{}|{}", fold(institution), fold(name))
}

/// What the registration page sends, as typed. Numbers and dates stay text so that an
/// unreadable value comes back as a field error instead of a failed request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationForm {
    pub facility_name: String,
    pub institution: String,
    pub department: String,
    pub address: String,
    pub country: String,
    pub procedures_per_year: String,
    pub approver_name: String,
    pub approver_email: String,
    pub approval_date: String,
    /// The checkbox "the head of department or hospital director approved" (`"on"` when ticked).
    #[serde(default)]
    pub approval_confirmed: Option<String>,
    pub display_name: String,
    pub email: String,
    pub password: String,
    /// Empty: the registrant takes the role.
    #[serde(default)]
    pub ar_email: String,
    #[serde(default)]
    pub contact_email: String,
    /// Empty: no substitute yet.
    #[serde(default)]
    pub substitute_email: String,
}

/// Who is named for a facility role at registration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoleHolder {
    Registrant,
    Invited(String),
}

/// A registration that passed every check, normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidRegistration {
    pub facility_name: String,
    pub institution: String,
    pub department: String,
    pub address: String,
    pub country: String,
    pub procedures_per_year: u32,
    pub approver_name: String,
    pub approver_email: String,
    pub approval_date: NaiveDate,
    pub display_name: String,
    pub email: String,
    pub password: String,
    pub roles: Vec<(FacilityRole, RoleHolder)>,
}

fn required_text(raw: &str, max: usize) -> Result<String, &'static str> {
    required(raw, max, false)
}

/// `required_text` that keeps line breaks (a postal address).
fn required_lines(raw: &str, max: usize) -> Result<String, &'static str> {
    required(raw, max, true)
}

fn required(raw: &str, max: usize, multiline: bool) -> Result<String, &'static str> {
    let text = raw.trim();
    if text.is_empty() {
        Err("error-field-required")
    } else if crate::domain::accounts::has_unsafe_characters(text, multiline) {
        Err("error-field-control-characters")
    } else if text.chars().count() > max {
        Err("error-text-too-long")
    } else {
        Ok(text.to_owned())
    }
}

/// Parses the yearly procedure count and applies the eligibility threshold.
pub fn check_procedures(raw: &str) -> Result<u32, &'static str> {
    let text = raw.trim();
    if text.is_empty() {
        return Err("error-field-required");
    }
    let count: u32 = text.parse().map_err(|_| "error-number-invalid")?;
    if count < MIN_PROCEDURES_PER_YEAR {
        Err("register-error-procedures-below-minimum")
    } else if count > MAX_PROCEDURES_PER_YEAR {
        Err("error-number-too-large")
    } else {
        Ok(count)
    }
}

/// The approval date: a real date (YYYY-MM-DD, what `<input type=date>` sends), not in the
/// future, and at most two years old (an approval for this programme, not an old one).
pub fn check_approval_date(raw: &str, today: NaiveDate) -> Result<NaiveDate, &'static str> {
    let text = raw.trim();
    if text.is_empty() {
        return Err("error-field-required");
    }
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| "error-date-invalid")?;
    if date > today {
        Err("register-error-approval-in-future")
    } else if date < today - chrono::Duration::days(730) {
        Err("register-error-approval-too-old")
    } else {
        Ok(date)
    }
}

/// Checks every field of a registration and reports all problems at once.
pub fn validate_registration(
    form: &RegistrationForm,
    today: NaiveDate,
) -> Result<ValidRegistration, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut check = |field: &str, result: Result<String, &'static str>| -> String {
        result.unwrap_or_else(|code| {
            errors.push(FieldError { field: field.to_owned(), code: code.to_owned() });
            String::new()
        })
    };
    let facility_name = check("facility_name", required_text(&form.facility_name, MAX_TEXT_CHARS));
    let institution = check("institution", required_text(&form.institution, MAX_TEXT_CHARS));
    let department = check("department", required_text(&form.department, MAX_TEXT_CHARS));
    let address = check("address", required_lines(&form.address, MAX_ADDRESS_CHARS));
    let country = check("country", required_text(&form.country, MAX_COUNTRY_CHARS));
    let procedures = check(
        "procedures_per_year",
        check_procedures(&form.procedures_per_year).map(|n| n.to_string()),
    );
    let approver_name = check("approver_name", normalize_name(&form.approver_name));
    let approver_email = check("approver_email", normalize_email(&form.approver_email));
    let approval_date = check(
        "approval_date",
        check_approval_date(&form.approval_date, today).map(|d| d.to_string()),
    );
    let confirmed =
        form.approval_confirmed.as_deref().is_some_and(|v| !v.is_empty() && v != "false");
    check(
        "approval_confirmed",
        if confirmed { Ok(String::new()) } else { Err("register-error-approval-not-confirmed") },
    );
    let display_name = check("display_name", normalize_name(&form.display_name));
    let email = check("email", normalize_email(&form.email));
    check("password", check_password(&form.password).map(|()| String::new()));
    let mut roles = Vec::new();
    for (role, raw) in [
        (FacilityRole::AuthorisedRepresentative, &form.ar_email),
        (FacilityRole::Contact, &form.contact_email),
        (FacilityRole::Substitute, &form.substitute_email),
    ] {
        if raw.trim().is_empty() {
            if role != FacilityRole::Substitute {
                roles.push((role, RoleHolder::Registrant));
            }
            continue;
        }
        let named = check(role.form_field(), normalize_email(raw));
        if named.is_empty() {
            continue;
        }
        roles.push((
            role,
            if named == email { RoleHolder::Registrant } else { RoleHolder::Invited(named) },
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ValidRegistration {
        facility_name,
        institution,
        department,
        address,
        country,
        procedures_per_year: procedures.parse().unwrap_or(MIN_PROCEDURES_PER_YEAR),
        approver_name,
        approver_email,
        approval_date: NaiveDate::parse_from_str(&approval_date, "%Y-%m-%d").unwrap_or(today),
        display_name,
        email,
        password: form.password.clone(),
        roles,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default()
    }

    fn form() -> RegistrationForm {
        RegistrationForm {
            facility_name: " Interventional Oncology Unit ".into(),
            institution: "St Mary's  Hospital".into(),
            department: "Radiology".into(),
            address: "1 Hospital Road, Springfield".into(),
            country: "Ireland".into(),
            procedures_per_year: " 240 ".into(),
            approver_name: "Prof. Jane Head".into(),
            approver_email: "Head@StMarys.example".into(),
            approval_date: "2026-11-02".into(),
            approval_confirmed: Some("on".into()),
            display_name: "Dr Ann Smith".into(),
            email: "ann@stmarys.example".into(),
            password: "correct horse battery".into(),
            ar_email: String::new(),
            contact_email: "ANN@stmarys.example".into(),
            substitute_email: "bob@stmarys.example".into(),
        }
    }

    fn codes(result: Result<ValidRegistration, Vec<FieldError>>) -> Vec<(String, String)> {
        result.err().unwrap_or_default().into_iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn a_complete_registration_is_normalised() {
        let valid = validate_registration(&form(), today()).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(valid.facility_name, "Interventional Oncology Unit");
        assert_eq!(valid.procedures_per_year, 240);
        assert_eq!(valid.approver_email, "head@stmarys.example");
        assert_eq!(valid.approval_date, NaiveDate::from_ymd_opt(2026, 11, 2).unwrap_or_default());
        assert_eq!(
            valid.roles,
            vec![
                (FacilityRole::AuthorisedRepresentative, RoleHolder::Registrant),
                (FacilityRole::Contact, RoleHolder::Registrant),
                (FacilityRole::Substitute, RoleHolder::Invited("bob@stmarys.example".into())),
            ]
        );
    }

    #[test]
    fn the_procedure_threshold_is_150() {
        let cases = [
            ("149", Err("register-error-procedures-below-minimum")),
            ("0", Err("register-error-procedures-below-minimum")),
            ("150", Ok(150)),
            ("100000", Ok(100_000)),
            ("100001", Err("error-number-too-large")),
            ("", Err("error-field-required")),
            ("lots", Err("error-number-invalid")),
            ("-5", Err("error-number-invalid")),
            ("150.5", Err("error-number-invalid")),
        ];
        for (raw, want) in cases {
            assert_eq!(check_procedures(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn approval_dates_must_be_recent_and_not_in_the_future() {
        assert!(check_approval_date("2026-11-30", today()).is_ok());
        assert_eq!(
            check_approval_date("2026-12-01", today()),
            Err("register-error-approval-in-future")
        );
        assert_eq!(
            check_approval_date("2024-11-29", today()),
            Err("register-error-approval-too-old")
        );
        assert_eq!(check_approval_date("30/11/2026", today()), Err("error-date-invalid"));
        assert_eq!(check_approval_date("2026-02-30", today()), Err("error-date-invalid"));
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let bad = RegistrationForm {
            facility_name: " ".into(),
            procedures_per_year: "120".into(),
            approval_confirmed: None,
            email: "ann@".into(),
            password: "short".into(),
            ar_email: "not-an-email".into(),
            ..form()
        };
        assert_eq!(
            codes(validate_registration(&bad, today())),
            vec![
                ("facility_name".into(), "error-field-required".into()),
                ("procedures_per_year".into(), "register-error-procedures-below-minimum".into()),
                ("approval_confirmed".into(), "register-error-approval-not-confirmed".into()),
                ("email".into(), "error-email-invalid".into()),
                ("password".into(), "error-password-too-short".into()),
                ("ar_email".into(), "error-email-invalid".into()),
            ]
        );
    }

    #[test]
    fn codes_use_only_unambiguous_symbols_and_read_back() {
        for seed in [0_u64, 1, 42, u64::MAX, 0x1234_5678_9abc_def0] {
            let code = code_from_random(seed);
            assert_eq!(code.len(), CODE_LENGTH);
            assert!(!code.contains(['0', 'O', '1', 'I', 'L', 'U', 'V']), "{code}");
            let shown = format_code(&code);
            assert_eq!(shown.len(), CODE_LENGTH + 1);
            assert_eq!(normalize_code(&shown.to_lowercase()).as_deref(), Some(code.as_str()));
            assert_eq!(
                normalize_code(&format!("  {} ", shown.replace('-', " "))).as_deref(),
                Some(code.as_str())
            );
        }
        assert_ne!(code_from_random(1), code_from_random(2));
        assert_eq!(normalize_code("ABCDE-FGHJ"), None, "too short");
        assert_eq!(normalize_code("ABCDE-FGHJ0"), None, "0 is not a code symbol");
    }

    #[test]
    fn facility_names_compare_without_case_or_spacing() {
        assert_eq!(
            name_key("St Mary's  Hospital", " IO Unit"),
            name_key("st mary's hospital", "io unit")
        );
        assert_ne!(name_key("A", "B C"), name_key("A B", "C"));
    }

    #[test]
    fn statuses_move_only_along_the_pathway() {
        use FacilityStatus::*;
        assert!(Registered.can_become(PendingPayment));
        assert!(PendingPayment.can_become(Enrolled));
        assert!(!Registered.can_become(Enrolled), "activation comes before payment");
        assert!(!PendingPayment.can_become(Accredited));
        assert!(!Withdrawn.can_become(Registered));
        assert!(!Expired.can_become(PendingPayment));
        for status in FacilityStatus::ALL {
            assert!(
                !status.can_become(status) || matches!(status, Accredited | CentreOfExcellence)
            );
        }
        for role in FacilityRole::ALL {
            assert_eq!(FacilityRole::parse(role.as_str()), Some(role));
        }
    }
}

/// What the pages show: plain data shared by the server functions and the components.
pub mod view {
    use serde::{Deserialize, Serialize};

    use super::{FacilityRole, FacilityStatus, MembershipStatus};
    use crate::domain::accounts::GlobalRole;
    use crate::domain::ids::{FacilityId, UserId};

    /// One of the signed-in person's facilities (the facility switcher).
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct FacilitySummary {
        pub id: FacilityId,
        pub name: String,
        pub institution: String,
        pub status: FacilityStatus,
        pub membership: MembershipStatus,
        pub is_main_holder: bool,
        pub roles: Vec<FacilityRole>,
    }

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct StatusChange {
        pub status: FacilityStatus,
        /// `YYYY-MM-DD HH:MM` UTC.
        pub at: String,
        pub reason: String,
    }

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct MemberView {
        pub user_id: UserId,
        pub display_name: String,
        pub email: String,
        pub status: MembershipStatus,
        pub is_main_holder: bool,
        pub roles: Vec<FacilityRole>,
    }

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct RoleHolderView {
        pub role: FacilityRole,
        pub user_id: Option<UserId>,
        pub display_name: Option<String>,
        /// Named by email, has not joined yet.
        pub invited_email: Option<String>,
    }

    /// A facility's page: status and its history, named roles, members.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct FacilityDashboard {
        pub id: FacilityId,
        pub name: String,
        pub institution: String,
        pub department: String,
        pub country: String,
        /// Formatted (`ABCDE-FGHJK`).
        pub code: String,
        pub status: FacilityStatus,
        pub history: Vec<StatusChange>,
        pub roles: Vec<RoleHolderView>,
        /// Active members; pending requests too when the viewer manages members.
        pub members: Vec<MemberView>,
        pub viewer_manages_members: bool,
        /// Listed in the public directory while enrolled.
        pub directory_opt_in: bool,
        /// Verification code of the newest certificate.
        pub certificate_code: Option<String>,
        /// The viewer may withdraw the facility from the programme (its Authorised
        /// Representative, or an administrator) and it is not withdrawn yet.
        pub viewer_may_withdraw: bool,
        /// The viewer reads without writing: an administrator who is not a member.
        #[serde(default)]
        pub viewer_read_only: bool,
    }

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct AdminFacilityRow {
        pub id: FacilityId,
        pub name: String,
        pub institution: String,
        pub country: String,
        pub status: FacilityStatus,
        pub main_holder_email: String,
        pub registered_at: String,
    }

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct AdminUserRow {
        pub id: UserId,
        pub display_name: String,
        pub email: String,
        pub email_confirmed: bool,
        pub roles: Vec<GlobalRole>,
        /// Disabled by an administrator: cannot sign in.
        pub disabled: bool,
    }

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct OutboxRow {
        pub id: i64,
        pub to: String,
        pub language: String,
        pub kind: String,
        pub subject: String,
        pub body_text: String,
        pub created_at: String,
        pub sent_at: Option<String>,
        pub attempts: i32,
        pub last_error: Option<String>,
    }

    /// The outbox as administrators see it.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct OutboxView {
        /// No SMTP: nothing is delivered, and the mails (links included) are read here.
        pub demonstration: bool,
        pub mails: Vec<OutboxRow>,
    }

    /// How dates are shown in lists: minutes are enough, and UTC says so.
    pub fn show_time(at: &chrono::DateTime<chrono::Utc>) -> String {
        crate::domain::billing::format_utc_minute(*at)
    }
}
