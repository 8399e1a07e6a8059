//! Workshops (design.md §2): the programme's training sessions, online or at a venue, each
//! with a capacity. A booking takes a seat while one is free, else a place on the waitlist;
//! when a seat frees, the longest-waiting booking takes it. Times are entered and shown in
//! the workshop's own time zone and stored in UTC.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

/// Longest title and venue, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_VENUE_CHARS: usize = 300;
pub const MAX_DESCRIPTION_CHARS: usize = 4000;
pub const MAX_CAPACITY: i32 = 1000;

/// Where a booking stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "Text", rename_all = "snake_case")
)]
pub enum BookingStatus {
    Confirmed,
    Waitlisted,
    Cancelled,
}

impl BookingStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::Waitlisted => "waitlisted",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Self::Confirmed => "workshop-booking-confirmed",
            Self::Waitlisted => "workshop-booking-waitlisted",
            Self::Cancelled => "workshop-booking-cancelled",
        }
    }
}

/// A new booking's place: a seat while fewer than `capacity` are taken, else the waitlist.
pub fn place(capacity: i32, confirmed: usize) -> BookingStatus {
    if i64::try_from(confirmed).is_ok_and(|c| c < i64::from(capacity)) {
        BookingStatus::Confirmed
    } else {
        BookingStatus::Waitlisted
    }
}

/// How many waitlisted bookings (oldest first) take a seat now: as many as seats are free.
pub fn promotions(capacity: i32, confirmed: usize, waitlisted: usize) -> usize {
    let free = usize::try_from(capacity).unwrap_or(0).saturating_sub(confirmed);
    free.min(waitlisted)
}

/// The reminder goes out the day before, in the workshop's time zone (or later that day, or
/// on the day itself if the job missed a run), never after the start.
pub fn reminder_due(start_local: NaiveDate, today_local: NaiveDate, started: bool) -> bool {
    !started && start_local.signed_duration_since(today_local).num_days() <= 1
}

/// The administrator's form, as typed: times are `YYYY-MM-DDTHH:MM` in `time_zone`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopForm {
    pub title: String,
    pub description: String,
    pub venue: String,
    pub online_url: String,
    pub language: String,
    pub starts: String,
    pub ends: String,
    pub time_zone: String,
    pub capacity: String,
}

/// A form that passed its checks (the time zone is checked where the zone data lives, on the
/// server).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedWorkshop {
    pub title: String,
    pub description: String,
    pub venue: String,
    pub online_url: String,
    pub language: String,
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
    pub time_zone: String,
    pub capacity: i32,
}

fn local_time(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"))
        .ok()
}

/// Checks the form: every problem as (field, message key).
pub fn check_form(
    form: &WorkshopForm,
    languages: &[&str],
) -> Result<CheckedWorkshop, Vec<(&'static str, &'static str)>> {
    let mut problems = Vec::new();
    let title = form.title.trim();
    if title.is_empty() {
        problems.push(("title", "error-field-required"));
    } else if title.chars().count() > MAX_TITLE_CHARS {
        problems.push(("title", "error-text-too-long"));
    }
    if form.description.chars().count() > MAX_DESCRIPTION_CHARS {
        problems.push(("description", "error-text-too-long"));
    }
    let (venue, url) = (form.venue.trim(), form.online_url.trim());
    if venue.is_empty() && url.is_empty() {
        problems.push(("venue", "workshop-error-where"));
    }
    if venue.chars().count() > MAX_VENUE_CHARS {
        problems.push(("venue", "error-text-too-long"));
    }
    if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://"))
        || url.len() > 500
        || url.contains(char::is_whitespace)
    {
        problems.push(("online_url", "workshop-error-url"));
    }
    if !languages.contains(&form.language.as_str()) {
        problems.push(("language", "error-field-required"));
    }
    let starts = local_time(&form.starts);
    let ends = local_time(&form.ends);
    if starts.is_none() {
        problems.push(("starts", "workshop-error-time"));
    }
    if ends.is_none() {
        problems.push(("ends", "workshop-error-time"));
    }
    if let (Some(s), Some(e)) = (starts, ends) {
        if e <= s {
            problems.push(("ends", "workshop-error-ends-before-start"));
        }
    }
    if form.time_zone.trim().is_empty() {
        problems.push(("time_zone", "error-field-required"));
    }
    let capacity =
        form.capacity.trim().parse::<i32>().ok().filter(|c| (1..=MAX_CAPACITY).contains(c));
    if capacity.is_none() {
        problems.push(("capacity", "workshop-error-capacity"));
    }
    match (starts, ends, capacity) {
        (Some(starts), Some(ends), Some(capacity)) if problems.is_empty() => Ok(CheckedWorkshop {
            title: title.to_owned(),
            description: form.description.trim().to_owned(),
            venue: venue.to_owned(),
            online_url: url.to_owned(),
            language: form.language.clone(),
            starts,
            ends,
            time_zone: form.time_zone.trim().to_owned(),
            capacity,
        }),
        _ => Err(problems),
    }
}

/// One booking as the workshop page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingView {
    pub id: i64,
    pub attendee: String,
    pub attendee_email: String,
    pub facility: String,
    pub booked_by: String,
    pub status: BookingStatus,
    /// 1-based place on the waitlist.
    pub waitlist_position: Option<usize>,
    pub created_at: DateTime<Utc>,
    /// The reader may cancel it (the attendee, who booked it, or an administrator).
    pub cancellable: bool,
}

/// A workshop as the calendar and its page show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopView {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub venue: String,
    /// Held online (the link itself only for confirmed attendees and administrators).
    pub online: bool,
    /// Empty unless the reader holds a seat or is an administrator: a public link would make
    /// the seats and the waitlist meaningless.
    pub online_url: String,
    pub language: String,
    /// Start and end in the workshop's time zone.
    pub starts_local: NaiveDateTime,
    pub ends_local: NaiveDateTime,
    pub time_zone: String,
    pub starts_at: DateTime<Utc>,
    pub capacity: i32,
    pub confirmed: usize,
    pub waitlisted: usize,
    pub started: bool,
}

impl WorkshopView {
    pub fn seats_left(&self) -> usize {
        usize::try_from(self.capacity).unwrap_or(0).saturating_sub(self.confirmed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_seat_then_the_waitlist() {
        assert_eq!(place(2, 0), BookingStatus::Confirmed);
        assert_eq!(place(2, 1), BookingStatus::Confirmed);
        assert_eq!(place(2, 2), BookingStatus::Waitlisted);
        assert_eq!(place(2, 3), BookingStatus::Waitlisted);
        assert_eq!(promotions(2, 1, 3), 1);
        assert_eq!(promotions(2, 2, 3), 0);
        assert_eq!(promotions(5, 1, 2), 2);
        // A capacity lowered below the seats taken promotes nobody.
        assert_eq!(promotions(1, 3, 2), 0);
    }

    #[test]
    fn the_reminder_is_due_the_day_before() {
        let d = |day: u32| NaiveDate::from_ymd_opt(2027, 3, day).unwrap_or_default();
        assert!(!reminder_due(d(10), d(8), false));
        assert!(reminder_due(d(10), d(9), false));
        assert!(reminder_due(d(10), d(10), false));
        assert!(!reminder_due(d(10), d(10), true));
    }

    #[test]
    fn the_form_names_each_problem() {
        let good = WorkshopForm {
            title: "Case review in practice".into(),
            description: String::new(),
            venue: String::new(),
            online_url: "https://meet.example/io".into(),
            language: "en".into(),
            starts: "2027-03-10T14:00".into(),
            ends: "2027-03-10T16:00".into(),
            time_zone: "Europe/Vienna".into(),
            capacity: "20".into(),
        };
        let checked = check_form(&good, &["en", "de"]).unwrap();
        assert_eq!(checked.capacity, 20);
        let bad = WorkshopForm {
            title: " ".into(),
            online_url: "meet.example".into(),
            ends: "2027-03-10T13:00".into(),
            capacity: "0".into(),
            language: "xx".into(),
            ..good.clone()
        };
        let problems = check_form(&bad, &["en"]).unwrap_err();
        assert_eq!(
            problems,
            vec![
                ("title", "error-field-required"),
                ("online_url", "workshop-error-url"),
                ("language", "error-field-required"),
                ("ends", "workshop-error-ends-before-start"),
                ("capacity", "workshop-error-capacity")
            ]
        );
        let nowhere = WorkshopForm { online_url: String::new(), ..good };
        assert_eq!(
            check_form(&nowhere, &["en"]).unwrap_err(),
            vec![("venue", "workshop-error-where")]
        );
    }
}
