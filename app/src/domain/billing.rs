//! Billing rules shared by the server and the browser: the fee schedule, invoice kinds and
//! states, VAT in integer minor units, annual due dates, and how amounts and dates are
//! written in each language. Money is always `i64` minor units (cents); never a float.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// Who issues invoices (printed on every invoice).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issuer {
    pub name: String,
    /// Postal address, one line per element.
    pub address: Vec<String>,
    pub vat_id: String,
    pub iban: String,
    pub bic: String,
    pub email: String,
}

/// The recipient as printed on an invoice, frozen at issue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    pub facility: String,
    pub institution: String,
    pub department: String,
    pub address: String,
    pub country: String,
}

/// Fees and terms (design.md §2): from configuration, with demonstration defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeeSchedule {
    pub enrolment_fee_minor: i64,
    pub annual_fee_minor: i64,
    pub recertification_fee_minor: i64,
    /// ISO 4217 code.
    pub currency: String,
    /// VAT rate in basis points (2000 = 20 %).
    pub vat_basis_points: i64,
    pub payment_term_days: i64,
    pub issuer: Issuer,
}

impl FeeSchedule {
    /// The demonstration defaults, clearly not a real issuer.
    pub fn demo() -> Self {
        Self {
            enrolment_fee_minor: 150_000,
            annual_fee_minor: 50_000,
            recertification_fee_minor: 120_000,
            currency: "EUR".into(),
            vat_basis_points: 2000,
            payment_term_days: 30,
            issuer: Issuer {
                name: "Accredit-IO Demonstration Programme".into(),
                address: vec![
                    "Demonstration Street 1".into(),
                    "1010 Vienna".into(),
                    "Austria".into(),
                ],
                vat_id: "ATU00000000 (demo)".into(),
                iban: "AT00 0000 0000 0000 0000 (demo)".into(),
                bic: "DEMOATWW".into(),
                email: "billing@accredit-io.example".into(),
            },
        }
    }

    /// Checks the values make sense (non-negative fees, a known-looking currency, a VAT rate
    /// between 0 and 100 %, a positive term). Each failure names the setting.
    pub fn check(&self) -> Result<(), String> {
        for (name, fee) in [
            ("enrolment fee", self.enrolment_fee_minor),
            ("annual fee", self.annual_fee_minor),
            ("re-certification fee", self.recertification_fee_minor),
        ] {
            if fee < 0 {
                return Err(format!("{name} must not be negative"));
            }
            if fee > MAX_AMOUNT_MINOR {
                return Err(format!("{name} must be at most {MAX_AMOUNT_MINOR} minor units"));
            }
        }
        if self.currency.len() != 3 || !self.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!("currency {:?} is not an ISO 4217 code like EUR", self.currency));
        }
        if !(0..=10_000).contains(&self.vat_basis_points) {
            return Err("VAT rate must be between 0 and 10000 basis points".into());
        }
        if self.payment_term_days <= 0 {
            return Err("payment term must be at least one day".into());
        }
        Ok(())
    }
}

/// What an invoice is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InvoiceKind {
    /// Issued at activation: enrolment fee plus the first annual fee.
    Enrolment,
    /// Each enrolment anniversary.
    Annual,
    Recertification,
    /// Cancels a voided invoice (negative amounts).
    CreditNote,
}

impl InvoiceKind {
    pub const ALL: [Self; 4] =
        [Self::Enrolment, Self::Annual, Self::Recertification, Self::CreditNote];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Enrolment => "enrolment",
            Self::Annual => "annual",
            Self::Recertification => "recertification",
            Self::CreditNote => "credit_note",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Self::Enrolment => "invoice-kind-enrolment",
            Self::Annual => "invoice-kind-annual",
            Self::Recertification => "invoice-kind-recertification",
            Self::CreditNote => "invoice-kind-credit-note",
        }
    }
}

/// Where an invoice stands; derived, never stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InvoiceStatus {
    Open,
    Paid,
    Overdue,
    Void,
    /// A credit note (it is not paid, it cancels).
    Credit,
}

impl InvoiceStatus {
    pub const ALL: [Self; 5] = [Self::Open, Self::Paid, Self::Overdue, Self::Void, Self::Credit];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Paid => "paid",
            Self::Overdue => "overdue",
            Self::Void => "void",
            Self::Credit => "credit",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == name)
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Self::Open => "invoice-status-open",
            Self::Paid => "invoice-status-paid",
            Self::Overdue => "invoice-status-overdue",
            Self::Void => "invoice-status-void",
            Self::Credit => "invoice-status-credit",
        }
    }
}

/// The status of an invoice on `today`: void wins, then paid in full, then past its due date.
pub fn invoice_status(
    kind: InvoiceKind,
    total_minor: i64,
    paid_minor: i64,
    voided: bool,
    due_on: NaiveDate,
    today: NaiveDate,
) -> InvoiceStatus {
    if kind == InvoiceKind::CreditNote {
        InvoiceStatus::Credit
    } else if voided {
        InvoiceStatus::Void
    } else if paid_minor >= total_minor {
        InvoiceStatus::Paid
    } else if today > due_on {
        InvoiceStatus::Overdue
    } else {
        InvoiceStatus::Open
    }
}

/// VAT on a net amount, rounded half away from zero to the minor unit (commercial rounding).
pub fn vat_of(net_minor: i64, basis_points: i64) -> i64 {
    let product = i128::from(net_minor) * i128::from(basis_points);
    let rounded =
        if product >= 0 { (product + 5_000) / 10_000 } else { (product - 5_000) / 10_000 };
    i64::try_from(rounded).unwrap_or(i64::MAX)
}

/// One line of an invoice: a Fluent message id (rendered in the reader's language) with its
/// variables, and the net amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceLine {
    pub message: String,
    #[serde(default)]
    pub args: Vec<(String, String)>,
    pub net_minor: i64,
}

/// Lines and totals of an invoice before it gets a number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amounts {
    pub lines: Vec<InvoiceLine>,
    pub net_minor: i64,
    pub vat_basis_points: i64,
    pub vat_minor: i64,
    pub total_minor: i64,
}

impl Amounts {
    /// Sums saturate rather than wrap: with fees and typed amounts bounded by
    /// [`MAX_AMOUNT_MINOR`] they never come near, and a wrapped total would be a wrong invoice.
    pub fn from_lines(lines: Vec<InvoiceLine>, vat_basis_points: i64) -> Self {
        let net_minor = lines.iter().fold(0_i64, |sum, l| sum.saturating_add(l.net_minor));
        let vat_minor = vat_of(net_minor, vat_basis_points);
        Self {
            lines,
            net_minor,
            vat_basis_points,
            vat_minor,
            total_minor: net_minor.saturating_add(vat_minor),
        }
    }

    /// The same amounts with the opposite sign (a credit note for them).
    pub fn negated(&self) -> Self {
        Self {
            lines: self
                .lines
                .iter()
                .map(|l| InvoiceLine { net_minor: -l.net_minor, ..l.clone() })
                .collect(),
            net_minor: -self.net_minor,
            vat_basis_points: self.vat_basis_points,
            vat_minor: -self.vat_minor,
            total_minor: -self.total_minor,
        }
    }
}

/// The invoice issued at activation: enrolment fee and the first year's annual fee.
pub fn enrolment_amounts(fees: &FeeSchedule, first_year_ends: NaiveDate) -> Amounts {
    Amounts::from_lines(
        vec![
            InvoiceLine {
                message: "invoice-line-enrolment-fee".into(),
                args: Vec::new(),
                net_minor: fees.enrolment_fee_minor,
            },
            InvoiceLine {
                message: "invoice-line-annual-fee".into(),
                args: vec![
                    ("year".into(), "1".into()),
                    ("until".into(), first_year_ends.to_string()),
                ],
                net_minor: fees.annual_fee_minor,
            },
        ],
        fees.vat_basis_points,
    )
}

/// The annual fee of enrolment year `year` (2, 3, …).
pub fn annual_amounts(fees: &FeeSchedule, year: u32, year_ends: NaiveDate) -> Amounts {
    Amounts::from_lines(
        vec![InvoiceLine {
            message: "invoice-line-annual-fee".into(),
            args: vec![("year".into(), year.to_string()), ("until".into(), year_ends.to_string())],
            net_minor: fees.annual_fee_minor,
        }],
        fees.vat_basis_points,
    )
}

/// The re-certification fee for the cycle after an accreditation valid until `valid_until`.
pub fn recertification_amounts(fees: &FeeSchedule, valid_until: NaiveDate) -> Amounts {
    Amounts::from_lines(
        vec![InvoiceLine {
            message: "invoice-line-recertification-fee".into(),
            args: vec![("until".into(), valid_until.to_string())],
            net_minor: fees.recertification_fee_minor,
        }],
        fees.vat_basis_points,
    )
}

/// `date` plus whole years; 29 February becomes 28 February in common years.
pub fn add_years(date: NaiveDate, years: u32) -> NaiveDate {
    date.checked_add_months(Months::new(years * 12)).unwrap_or(date)
}

/// Enrolment years whose annual invoice is due on or before `today`, for a facility enrolled
/// (activated) on `anchor`: year 2 on the first anniversary, year 3 on the second, …
/// (year 1 is billed with the enrolment fee).
pub fn annual_years_due(anchor: NaiveDate, today: NaiveDate) -> Vec<u32> {
    (1..).map_while(|k| (add_years(anchor, k) <= today).then_some(k + 1)).take(100).collect()
}

/// The invoice number shown to people: year and a four-digit (or longer) sequence.
pub fn invoice_number(year: i32, sequence: i64) -> String {
    format!("{year}-{sequence:04}")
}

/// When a reminder for an unpaid invoice is due: at the due date, and 14 days later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderStage {
    AtDueDate,
    TwoWeeksLate,
}

impl ReminderStage {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AtDueDate => "due",
            Self::TwoWeeksLate => "late",
        }
    }
}

/// The reminders an unpaid invoice due on `due_on` should have had by `today`.
pub fn reminders_due(due_on: NaiveDate, today: NaiveDate) -> Vec<ReminderStage> {
    let mut stages = Vec::new();
    if today >= due_on {
        stages.push(ReminderStage::AtDueDate);
    }
    if today >= due_on + chrono::Duration::days(14) {
        stages.push(ReminderStage::TwoWeeksLate);
    }
    stages
}

/// The largest amount anywhere in billing (fees, payments), in minor units: one billion in
/// the currency. Every sum of a few of them fits an `i64` many times over.
pub const MAX_AMOUNT_MINOR: i64 = 100_000_000_000;

/// Parses an amount as an administrator types it ("1500", "1500.5", "1.500,50", "1 500,50")
/// into minor units (two decimals). `None` when it is not an amount, or above
/// [`MAX_AMOUNT_MINOR`].
pub fn parse_amount(raw: &str) -> Option<i64> {
    let cleaned: String = raw
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\u{a0}')
        .collect();
    if cleaned.is_empty() || cleaned.starts_with('-') {
        return None;
    }
    // The last separator followed by one or two digits is the decimal mark; any other
    // separator groups thousands.
    let last_sep = cleaned.rfind(['.', ',']);
    let (whole, fraction) = match last_sep {
        Some(i) if cleaned.len() - i - 1 <= 2 => (&cleaned[..i], &cleaned[i + 1..]),
        _ => (cleaned.as_str(), ""),
    };
    let whole: String = whole.chars().filter(|c| *c != '.' && *c != ',').collect();
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    if !whole.chars().all(|c| c.is_ascii_digit()) || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let units: i64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let cents: i64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<i64>().ok()? * 10,
        _ => fraction.parse().ok()?,
    };
    units.checked_mul(100)?.checked_add(cents).filter(|minor| *minor <= MAX_AMOUNT_MINOR)
}

fn currency_symbol(currency: &str) -> Option<&'static str> {
    match currency {
        "EUR" => Some("€"),
        "USD" => Some("$"),
        "GBP" => Some("£"),
        "JPY" => Some("¥"),
        _ => None,
    }
}

/// Writes an amount the way readers of `language` expect (CLDR conventions for grouping,
/// decimal mark, digits and currency position), e.g. `€1,500.00`, `1.500,00 €`,
/// `1 500,00 €`, `١٬٥٠٠٫٠٠ €`.
pub fn format_amount(minor: i64, currency: &str, language: &str) -> String {
    let negative = minor < 0;
    let abs = minor.unsigned_abs();
    let (units, cents) = (abs / 100, abs % 100);
    // (group separator, decimal mark, minimum digits before grouping starts, symbol first)
    let (group, decimal, min_grouping, symbol_first) = match language {
        "de" | "it" | "tr" => (".", ",", 4, language == "tr"),
        "fr" => ("\u{202f}", ",", 4, false),
        "pt" => ("\u{a0}", ",", 4, false),
        "es" => (".", ",", 5, false),
        "ar" => ("٬", "٫", 4, false),
        _ => (",", ".", 4, true),
    };
    let digits = units.to_string();
    let grouped = if digits.len() >= min_grouping {
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(group);
            }
            out.push(c);
        }
        out
    } else {
        digits
    };
    let mut number = format!("{grouped}{decimal}{cents:02}");
    if language == "ar" {
        number = number
            .chars()
            .map(|c| c.to_digit(10).map_or(c, |d| char::from_u32(0x0660 + d).unwrap_or(c)))
            .collect();
    }
    let sign = if negative { "-" } else { "" };
    match currency_symbol(currency) {
        Some(symbol) if symbol_first => format!("{sign}{symbol}{number}"),
        Some(symbol) => format!("{sign}{number}\u{a0}{symbol}"),
        None if symbol_first => format!("{sign}{currency}\u{a0}{number}"),
        None => format!("{sign}{number}\u{a0}{currency}"),
    }
}

/// Writes a VAT rate given in basis points: `20%`, `20 %`, `%20`, `٢٠٪`, `7,5 %`.
/// The decimal mark of `language` (CLDR): `.` in English and Chinese, the Arabic decimal
/// separator in Arabic, `,` elsewhere.
pub fn decimal_mark(language: &str) -> &'static str {
    if matches!(language, "en" | "zh-CN") {
        "."
    } else if language == "ar" {
        "٫"
    } else {
        ","
    }
}

/// Western digits → Arabic-Indic digits (for `ar`, as amounts and percentages show them).
pub fn localise_digits(text: &str, language: &str) -> String {
    if language != "ar" {
        return text.to_owned();
    }
    text.chars()
        .map(|c| c.to_digit(10).map_or(c, |d| char::from_u32(0x0660 + d).unwrap_or(c)))
        .collect()
}

pub fn format_percent(basis_points: i64, language: &str) -> String {
    let whole = basis_points / 100;
    let fraction = (basis_points % 100).abs();
    let decimal = decimal_mark(language);
    let mut number = if fraction == 0 {
        whole.to_string()
    } else {
        let digits = format!("{fraction:02}");
        format!("{whole}{decimal}{}", digits.trim_end_matches('0'))
    };
    number = localise_digits(&number, language);
    match language {
        "en" | "zh-CN" => format!("{number}%"),
        "tr" => format!("%{number}"),
        "ar" => format!("{number}٪"),
        _ => format!("{number}\u{a0}%"),
    }
}

const ENGLISH_MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// Writes a date the way readers of `language` expect: `30 Nov 2026`, `30.11.2026`,
/// `30/11/2026`, `2026年11月30日`.
pub fn format_date(date: NaiveDate, language: &str) -> String {
    let (d, m, y) = (date.day(), date.month(), date.year());
    match language {
        "de" | "tr" => format!("{d:02}.{m:02}.{y}"),
        "fr" | "es" | "it" | "pt" | "ar" => format!("{d:02}/{m:02}/{y}"),
        "zh-CN" => format!("{y}年{m}月{d}日"),
        _ => format!(
            "{d} {} {y}",
            ENGLISH_MONTHS[usize::try_from(m).unwrap_or(1).saturating_sub(1) % 12]
        ),
    }
}

/// A moment as lists show it: `2026-03-01 14:05 UTC` (minutes are enough, and UTC says so).
/// Written by hand rather than with `format("%Y…")`: chrono's format-string machinery is
/// about 3 % of the questionnaire's bundle.
pub fn format_utc_minute(at: chrono::DateTime<chrono::Utc>) -> String {
    format!("{} {}", at.date_naive(), format_utc_clock(at))
}

/// The time of day of a moment: `14:05 UTC`.
pub fn format_utc_clock(at: chrono::DateTime<chrono::Utc>) -> String {
    use chrono::Timelike;
    format!("{:02}:{:02} UTC", at.hour(), at.minute())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn moments_show_to_the_minute_in_utc() {
        let at = date(2026, 3, 1).and_hms_opt(9, 5, 59).unwrap_or_default().and_utc();
        assert_eq!(format_utc_minute(at), "2026-03-01 09:05 UTC");
        assert_eq!(format_utc_clock(at), "09:05 UTC");
        let late = date(987, 12, 31).and_hms_opt(23, 59, 0).unwrap_or_default().and_utc();
        assert_eq!(format_utc_minute(late), late.format("%Y-%m-%d %H:%M UTC").to_string());
    }

    #[test]
    fn vat_rounds_half_away_from_zero_in_minor_units() {
        assert_eq!(vat_of(150_000, 2000), 30_000);
        assert_eq!(vat_of(1, 2000), 0);
        assert_eq!(vat_of(3, 2000), 1, "0.6 cents round up");
        assert_eq!(vat_of(25, 2000), 5);
        assert_eq!(vat_of(1_234_567, 1900), 234_568, "234567.73 → 234568");
        assert_eq!(vat_of(-1_234_567, 1900), -234_568, "credit notes mirror invoices");
        assert_eq!(vat_of(12_345, 0), 0);
    }

    #[test]
    fn enrolment_invoice_adds_enrolment_and_first_annual_fee() {
        let fees = FeeSchedule::demo();
        let amounts = enrolment_amounts(&fees, date(2027, 11, 30));
        assert_eq!(amounts.lines.len(), 2);
        assert_eq!(amounts.net_minor, 200_000);
        assert_eq!(amounts.vat_minor, 40_000);
        assert_eq!(amounts.total_minor, 240_000);
        let credit = amounts.negated();
        assert_eq!(
            (credit.net_minor, credit.vat_minor, credit.total_minor),
            (-200_000, -40_000, -240_000)
        );
        assert!(fees.check().is_ok());
        assert!(FeeSchedule { currency: "euro".into(), ..FeeSchedule::demo() }.check().is_err());
        assert!(FeeSchedule { vat_basis_points: 12_000, ..FeeSchedule::demo() }.check().is_err());
        assert!(FeeSchedule { annual_fee_minor: -1, ..FeeSchedule::demo() }.check().is_err());
    }

    #[test]
    fn status_is_derived_void_paid_overdue_open() {
        let due = date(2026, 12, 30);
        let kind = InvoiceKind::Enrolment;
        assert_eq!(
            invoice_status(kind, 100, 0, false, due, date(2026, 12, 30)),
            InvoiceStatus::Open
        );
        assert_eq!(
            invoice_status(kind, 100, 0, false, due, date(2026, 12, 31)),
            InvoiceStatus::Overdue
        );
        assert_eq!(
            invoice_status(kind, 100, 60, false, due, date(2026, 12, 31)),
            InvoiceStatus::Overdue,
            "partly paid is still owed"
        );
        assert_eq!(
            invoice_status(kind, 100, 100, false, due, date(2027, 3, 1)),
            InvoiceStatus::Paid
        );
        assert_eq!(invoice_status(kind, 100, 0, true, due, date(2027, 3, 1)), InvoiceStatus::Void);
        assert_eq!(
            invoice_status(InvoiceKind::CreditNote, -100, 0, false, due, date(2027, 3, 1)),
            InvoiceStatus::Credit
        );
    }

    #[test]
    fn anniversaries_bill_year_two_onwards() {
        let anchor = date(2024, 2, 29);
        assert_eq!(annual_years_due(anchor, date(2025, 2, 27)), Vec::<u32>::new());
        assert_eq!(
            annual_years_due(anchor, date(2025, 2, 28)),
            vec![2],
            "29 Feb falls back to 28 Feb"
        );
        assert_eq!(annual_years_due(anchor, date(2027, 3, 1)), vec![2, 3, 4]);
        assert_eq!(add_years(date(2026, 11, 30), 1), date(2027, 11, 30));
    }

    #[test]
    fn reminders_come_at_the_due_date_and_two_weeks_later() {
        let due = date(2026, 12, 30);
        assert!(reminders_due(due, date(2026, 12, 29)).is_empty());
        assert_eq!(reminders_due(due, due), vec![ReminderStage::AtDueDate]);
        assert_eq!(
            reminders_due(due, date(2027, 1, 13)),
            vec![ReminderStage::AtDueDate, ReminderStage::TwoWeeksLate]
        );
    }

    #[test]
    fn numbers_have_the_year_and_four_digits() {
        assert_eq!(invoice_number(2026, 1), "2026-0001");
        assert_eq!(invoice_number(2026, 12_345), "2026-12345");
    }

    #[test]
    fn typed_amounts_are_read_in_either_convention() {
        let cases = [
            ("1500", Some(150_000)),
            ("1500.5", Some(150_050)),
            ("1500,50", Some(150_050)),
            ("1.500,50", Some(150_050)),
            ("1,500.50", Some(150_050)),
            ("1 500,50", Some(150_050)),
            ("1.500", Some(150_000)),
            ("0,99", Some(99)),
            ("", None),
            ("-5", None),
            ("12a", None),
        ];
        for (raw, want) in cases {
            assert_eq!(parse_amount(raw), want, "{raw:?}");
        }
    }
    #[test]
    fn amounts_are_bounded_and_sums_never_wrap() {
        assert_eq!(parse_amount("1000000000"), Some(MAX_AMOUNT_MINOR));
        assert_eq!(parse_amount("1000000000.01"), None);
        assert_eq!(parse_amount("92233720368547758.07"), None);
        let line = |net_minor| InvoiceLine { message: "x".into(), args: Vec::new(), net_minor };
        let huge = Amounts::from_lines(vec![line(i64::MAX), line(i64::MAX)], 2000);
        assert_eq!(huge.net_minor, i64::MAX);
        assert_eq!(huge.total_minor, i64::MAX);
        let mut fees = FeeSchedule::demo();
        fees.annual_fee_minor = MAX_AMOUNT_MINOR + 1;
        assert!(fees.check().is_err());
    }

    #[test]
    fn amounts_and_dates_follow_the_language() {
        let cases = [
            ("en", "€1,500.00"),
            ("zh-CN", "€1,500.00"),
            ("de", "1.500,00\u{a0}€"),
            ("it", "1.500,00\u{a0}€"),
            ("tr", "€1.500,00"),
            ("fr", "1\u{202f}500,00\u{a0}€"),
            ("pt", "1\u{a0}500,00\u{a0}€"),
            ("es", "1500,00\u{a0}€"),
            ("ar", "١٬٥٠٠٫٠٠\u{a0}€"),
        ];
        for (language, want) in cases {
            assert_eq!(format_amount(150_000, "EUR", language), want, "{language}");
        }
        assert_eq!(format_amount(123_456_789, "EUR", "es"), "1.234.567,89\u{a0}€");
        assert_eq!(format_amount(-240_000, "CHF", "en"), "-CHF\u{a0}2,400.00");
        assert_eq!(format_amount(5, "EUR", "de"), "0,05\u{a0}€");
        let d = date(2026, 11, 3);
        assert_eq!(format_date(d, "en"), "3 Nov 2026");
        assert_eq!(format_date(d, "de"), "03.11.2026");
        assert_eq!(format_date(d, "fr"), "03/11/2026");
        assert_eq!(format_date(d, "zh-CN"), "2026年11月3日");
        assert_eq!(format_percent(2000, "en"), "20%");
        assert_eq!(format_percent(750, "de"), "7,5\u{a0}%");
        assert_eq!(format_percent(2000, "tr"), "%20");
        assert_eq!(format_percent(2000, "ar"), "٢٠٪");
    }
}

/// What the billing pages show: plain data, amounts and dates already written for the
/// reader's language by the server.
pub mod view {
    use serde::{Deserialize, Serialize};

    use super::{InvoiceKind, InvoiceStatus, Issuer, Recipient};
    use crate::domain::ids::FacilityId;

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct InvoiceSummary {
        pub id: i64,
        pub number: String,
        pub kind: InvoiceKind,
        pub status: InvoiceStatus,
        pub facility_id: FacilityId,
        pub facility_name: String,
        pub issued_on: String,
        pub due_on: String,
        pub total: String,
        /// Still owed (zero when paid, void or a credit note).
        pub open: String,
        pub open_minor: i64,
    }

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct PaymentView {
        pub paid_on: String,
        pub amount: String,
        pub reference: String,
    }

    /// An invoice as printed.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct InvoiceDocument {
        pub summary: InvoiceSummary,
        pub issuer: Issuer,
        pub recipient: Recipient,
        /// Description and net amount of each line.
        pub lines: Vec<(String, String)>,
        pub net: String,
        pub vat_rate: String,
        pub vat: String,
        pub total: String,
        pub payment_reference: String,
        pub payments: Vec<PaymentView>,
        /// For a credit note: the invoice it cancels (id, number).
        pub credits: Option<(i64, String)>,
        pub void_reason: Option<String>,
    }

    /// Count and sum of invoices in one status.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct StatusTotal {
        pub status: InvoiceStatus,
        pub count: usize,
        pub total: String,
    }

    /// The administrator's invoice list with what its filters can choose from.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct InvoiceList {
        pub rows: Vec<InvoiceSummary>,
        pub totals: Vec<StatusTotal>,
        pub years: Vec<i32>,
        pub facilities: Vec<(FacilityId, String)>,
        /// Today as `YYYY-MM-DD` (the server's date: the default payment date).
        pub today: String,
    }
}
