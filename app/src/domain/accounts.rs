//! Account rules shared by the server and the browser: what a valid email, password and
//! display name are, and the global roles. Each failure is a Fluent message id.

use serde::{Deserialize, Serialize};

/// Shortest password accepted. Length beats composition rules (NIST SP 800-63B).
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Longest password accepted: hashing cost grows with length, so cap it.
pub const MAX_PASSWORD_CHARS: usize = 256;
pub const MAX_NAME_CHARS: usize = 120;
const MAX_EMAIL_CHARS: usize = 254;

/// Trims and lower-cases an email address and checks its shape (one `@`, a dotted domain,
/// no spaces). Lower-casing the whole address makes `Ann@X.org` and `ann@x.org` one account.
pub fn normalize_email(raw: &str) -> Result<String, &'static str> {
    let email = raw.trim().to_lowercase();
    if email.is_empty() {
        return Err("error-field-required");
    }
    let valid = email.chars().count() <= MAX_EMAIL_CHARS
        && !email.chars().any(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && domain.split('.').all(|label| !label.is_empty())
        });
    if valid { Ok(email) } else { Err("error-email-invalid") }
}

pub fn check_password(password: &str) -> Result<(), &'static str> {
    let chars = password.chars().count();
    if chars == 0 {
        Err("error-field-required")
    } else if chars < MIN_PASSWORD_CHARS {
        Err("error-password-too-short")
    } else if chars > MAX_PASSWORD_CHARS {
        Err("error-password-too-long")
    } else {
        Ok(())
    }
}

/// Trims a person's display name and checks it is present and not too long.
pub fn normalize_name(raw: &str) -> Result<String, &'static str> {
    let name = raw.trim();
    if name.is_empty() {
        Err("error-field-required")
    } else if has_unsafe_characters(name, false) {
        Err("error-field-control-characters")
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err("error-name-too-long")
    } else {
        Ok(name.to_owned())
    }
}

/// Whether text that ends up in mail headers, PDFs and other people's screens holds
/// characters that can forge what they show: control characters (line breaks too, unless
/// `multiline`) and the bidirectional overrides, embeddings and isolates that reorder text.
pub fn has_unsafe_characters(text: &str, multiline: bool) -> bool {
    text.chars().any(|c| {
        (c.is_control() && !(multiline && matches!(c, '\n' | '\r')))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

/// Roles that are not tied to a facility, granted by an administrator (design.md §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum GlobalRole {
    Administrator,
    Assessor,
    Translator,
}

impl GlobalRole {
    pub const ALL: [GlobalRole; 3] = [Self::Administrator, Self::Assessor, Self::Translator];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Administrator => "administrator",
            Self::Assessor => "assessor",
            Self::Translator => "translator",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == name)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_refuse_control_and_bidi_override_characters() {
        assert_eq!(normalize_name("Dr Ann Smith"), Ok("Dr Ann Smith".to_owned()));
        assert_eq!(normalize_name("د. سارة"), Ok("د. سارة".to_owned()));
        assert_eq!(
            normalize_name("Ann\nBcc: x@evil.example"),
            Err("error-field-control-characters")
        );
        assert_eq!(normalize_name("Ann\u{202E}gpj.exe"), Err("error-field-control-characters"));
        assert_eq!(normalize_name("Ann\u{2067}x"), Err("error-field-control-characters"));
        assert!(has_unsafe_characters("a\u{0007}b", true));
        assert!(!has_unsafe_characters("1 Main St\r\nLyon", true));
        assert!(has_unsafe_characters("1 Main St\nLyon", false));
    }

    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        let cases = [
            ("  Ann.Smith@Clinic.ORG ", Ok("ann.smith@clinic.org")),
            ("a@b.co", Ok("a@b.co")),
            ("", Err("error-field-required")),
            ("   ", Err("error-field-required")),
            ("ann", Err("error-email-invalid")),
            ("@clinic.org", Err("error-email-invalid")),
            ("ann@", Err("error-email-invalid")),
            ("ann@clinic", Err("error-email-invalid")),
            ("ann@clinic..org", Err("error-email-invalid")),
            ("ann@@clinic.org", Err("error-email-invalid")),
            ("ann smith@clinic.org", Err("error-email-invalid")),
        ];
        for (raw, want) in cases {
            assert_eq!(normalize_email(raw).as_deref().map_err(|e| *e), want, "{raw:?}");
        }
        let long = format!("{}@clinic.org", "a".repeat(250));
        assert_eq!(normalize_email(&long), Err("error-email-invalid"));
    }

    #[test]
    fn passwords_need_length_within_bounds() {
        assert_eq!(check_password(""), Err("error-field-required"));
        assert_eq!(check_password("short"), Err("error-password-too-short"));
        assert_eq!(check_password("ninechars"), Err("error-password-too-short"));
        assert_eq!(check_password("tencharsok"), Ok(()));
        assert_eq!(check_password("ééééééééééé"), Ok(()), "counts characters, not bytes");
        assert_eq!(check_password(&"x".repeat(MAX_PASSWORD_CHARS)), Ok(()));
        assert_eq!(
            check_password(&"x".repeat(MAX_PASSWORD_CHARS + 1)),
            Err("error-password-too-long")
        );
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(normalize_name("  Dr Ann Smith "), Ok("Dr Ann Smith".to_owned()));
        assert_eq!(normalize_name(" "), Err("error-field-required"));
        assert_eq!(normalize_name(&"n".repeat(MAX_NAME_CHARS + 1)), Err("error-name-too-long"));
    }

    #[test]
    fn roles_round_trip_through_their_names() {
        for role in GlobalRole::ALL {
            assert_eq!(GlobalRole::parse(role.as_str()), Some(role));
        }
        assert_eq!(GlobalRole::parse("root"), None);
    }

    #[test]
    fn every_error_code_has_an_english_message() {
        for code in [
            "error-field-required",
            "error-email-invalid",
            "error-password-too-short",
            "error-password-too-long",
            "error-name-too-long",
            "error-email-taken",
        ] {
            let text = crate::i18n::translate_with(
                "en",
                code,
                &[("min", MIN_PASSWORD_CHARS.to_string()), ("max", MAX_PASSWORD_CHARS.to_string())],
            );
            assert!(!text.contains("Unknown localization"), "{code}");
        }
    }
}
