//! The administrators' audit page: the hash-chained log, filtered and paged, and its CSV
//! export (`GET /admin/audit.csv`, server crate) with the same filter.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::ids::FacilityId;
use crate::error::{AppError, FieldError};

/// Entries per page.
pub const PAGE_SIZE: u64 = 50;

/// The filter as the page's form (and the CSV link) send it: every field text, empty for
/// "any".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    #[serde(default)]
    pub facility: String,
    /// A person's email address.
    #[serde(default)]
    pub user: String,
    #[serde(default)]
    pub action: String,
    /// `YYYY-MM-DD`, inclusive.
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    /// 0 is the newest page.
    #[serde(default)]
    pub page: u32,
}

impl AuditFilter {
    /// The query string of this filter (for the CSV link and the paging links).
    pub fn query(&self, page: u32) -> String {
        let enc = |s: &str| {
            s.bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || b"-._@".contains(&b) {
                        char::from(b).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect::<String>()
        };
        format!(
            "facility={}&user={}&action={}&from={}&to={}&page={page}",
            enc(&self.facility),
            enc(&self.user),
            enc(&self.action),
            enc(&self.from),
            enc(&self.to)
        )
    }

    /// The parts that need no database: facility id and days. Every problem at once.
    pub fn parse(&self) -> Result<ParsedFilter, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut problem = |field: &str| {
            errors.push(FieldError {
                field: field.to_owned(),
                code: "error-field-malformed".to_owned(),
            })
        };
        let facility = match self.facility.trim() {
            "" => None,
            text => text.parse().map_err(|_| problem("facility")).ok(),
        };
        let mut day = |field: &str, text: &str| match text.trim() {
            "" => None,
            text => {
                chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| problem(field)).ok()
            }
        };
        let (from, to) = (day("from", &self.from), day("to", &self.to));
        if errors.is_empty() { Ok(ParsedFilter { facility, from, to }) } else { Err(errors) }
    }
}

/// The typed parts of a filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParsedFilter {
    pub facility: Option<i64>,
    pub from: Option<chrono::NaiveDate>,
    pub to: Option<chrono::NaiveDate>,
}

/// One entry as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub id: i64,
    /// UTC, to the minute.
    pub at: String,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// A page of entries, newest first, and the facilities the filter offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub rows: Vec<AuditRow>,
    pub page: u32,
    pub has_more: bool,
    /// (id, name) of every facility.
    pub facilities: Vec<(FacilityId, String)>,
}

/// The database search for a filter: the facility id and days as typed, the person by email
/// (an unknown address matches nothing rather than everything).
#[cfg(feature = "ssr")]
pub async fn to_search(
    db: &sea_orm::DatabaseConnection,
    filter: &AuditFilter,
) -> Result<crate::db::audit::Search, AppError> {
    let ParsedFilter { facility, from, to } = filter.parse().map_err(AppError::Validation)?;
    let user = match filter.user.trim() {
        "" => None,
        email => Some(
            crate::db::accounts::find_by_email(db, email)
                .await?
                .map_or(crate::domain::ids::UserId(-1), |u| u.id),
        ),
    };
    Ok(crate::db::audit::Search {
        facility,
        user,
        action: filter.action.trim().to_owned(),
        from,
        to,
    })
}

#[cfg(feature = "ssr")]
pub fn row_of(m: crate::db::entities::audit_log::Model) -> AuditRow {
    AuditRow {
        id: m.id,
        at: crate::domain::facilities::view::show_time(&m.occurred_at),
        actor: m.actor,
        action: m.action,
        target: m.target,
        before: m.before,
        after: m.after,
    }
}

/// The audit log, filtered, newest first, a page at a time. Role: administrator.
/// Errors: `Validation` (`facility`, `from`, `to`: malformed).
#[server]
pub async fn admin_audit(filter: AuditFilter) -> Result<AuditPage, AppError> {
    use super::request::{administrator, answer, database};
    answer(
        async {
            let db = database()?;
            administrator(&db).await?;
            let search = to_search(&db, &filter).await?;
            let offset = u64::from(filter.page) * PAGE_SIZE;
            // One more than a page says whether there is another.
            let mut found = crate::db::audit::search(&db, &search, offset, PAGE_SIZE + 1).await?;
            let has_more = u64::try_from(found.len()).is_ok_and(|n| n > PAGE_SIZE);
            found.truncate(usize::try_from(PAGE_SIZE).unwrap_or(usize::MAX));
            let facilities = crate::db::facilities::all_for_admin(&db)
                .await?
                .into_iter()
                .map(|f| (f.id, f.name))
                .collect();
            Ok(AuditPage {
                rows: found.into_iter().map(row_of).collect(),
                page: filter.page,
                has_more,
                facilities,
            })
        }
        .await,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_is_parsed_with_every_problem_at_once() {
        let ok =
            AuditFilter { facility: " 7 ".into(), from: "2026-12-01".into(), ..Default::default() };
        assert_eq!(
            ok.parse(),
            Ok(ParsedFilter {
                facility: Some(7),
                from: chrono::NaiveDate::from_ymd_opt(2026, 12, 1),
                to: None
            })
        );
        let bad =
            AuditFilter { facility: "seven".into(), to: "1.12.2026".into(), ..Default::default() };
        let fields: Vec<String> =
            bad.parse().err().unwrap_or_default().into_iter().map(|f| f.field).collect();
        assert_eq!(fields, ["facility", "to"]);
        assert_eq!(
            AuditFilter::default().parse(),
            Ok(ParsedFilter { facility: None, from: None, to: None })
        );
    }

    #[test]
    fn the_query_string_keeps_the_filter() {
        let f = AuditFilter {
            user: "ann+1@x.org".into(),
            action: "sign_in".into(),
            ..Default::default()
        };
        assert_eq!(f.query(2), "facility=&user=ann%2B1@x.org&action=sign_in&from=&to=&page=2");
    }
}
