//! iCalendar downloads of workshops: one event (`/workshops/{id}/event.ics`) and the feed of
//! every workshop that has not ended (`/workshops/calendar.ics`), to subscribe to in any
//! calendar program. Times are written in UTC, so every program shows them in its own zone.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use icalendar::{Calendar, Component, Event, EventLike};

use crate::router::AppState;
use app::db::entities::workshop;

fn event_of(w: &workshop::Model, base_url: &str) -> Event {
    let link = format!("{base_url}/workshops/{}", w.id);
    // The meeting link is for the people holding a seat (they find it on the workshop's page):
    // a public calendar file carries the page instead.
    let location = if w.venue.is_empty() { link.clone() } else { w.venue.clone() };
    // A stable UID: a calendar that subscribed updates the event rather than adding a copy.
    let host = base_url
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap_or("accredit-io");
    Event::new()
        .uid(&format!("workshop-{}@{host}", w.id))
        .summary(&w.title)
        .description(&w.description)
        .location(&location)
        .url(&link)
        .starts(w.starts_at)
        .ends(w.ends_at)
        .timestamp(w.created_at)
        .done()
}

/// The calendar of `workshops` as iCalendar text.
pub fn calendar_of(workshops: &[workshop::Model], name: &str, base_url: &str) -> String {
    let mut calendar = Calendar::new();
    calendar.name(name);
    for w in workshops {
        calendar.push(event_of(w, base_url));
    }
    calendar.done().to_string()
}

fn ics(body: String, file: &str) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

pub async fn event(State(state): State<AppState>, Path(id): Path<i64>) -> Response {
    match app::db::workshops::find(&state.db, id).await {
        Ok(Some(w)) => ics(
            calendar_of(std::slice::from_ref(&w), &w.title, &state.public_url),
            &format!("workshop-{id}.ics"),
        ),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "workshop calendar");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

pub async fn feed(State(state): State<AppState>) -> Response {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let upcoming = workshop::Entity::find()
        .filter(workshop::Column::EndsAt.gt(chrono::Utc::now()))
        .order_by_asc(workshop::Column::StartsAt)
        .all(&state.db)
        .await;
    match upcoming {
        Ok(list) => ics(
            calendar_of(&list, "Accredit-IO workshops", &state.public_url),
            "accredit-io-workshops.ics",
        ),
        Err(e) => {
            tracing::error!(error = %e, "workshop feed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn an_event_carries_its_times_in_utc_and_a_stable_uid() {
        let at = |h| chrono::Utc.with_ymd_and_hms(2027, 3, 10, h, 0, 0).single().unwrap();
        let w = workshop::Model {
            id: 7,
            title: "Case review, in practice".into(),
            description: "Bring your list.".into(),
            venue: String::new(),
            online_url: "https://meet.example/io".into(),
            language: "en".into(),
            starts_at: at(13),
            ends_at: at(15),
            time_zone: "Europe/Vienna".into(),
            capacity: 20,
            created_by: app::domain::ids::UserId(1),
            created_at: at(1),
        };
        let text = calendar_of(&[w], "Workshops", "https://accredit.example");
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
        assert!(text.contains("DTSTART:20270310T130000Z\r\n"), "{text}");
        assert!(text.contains("DTEND:20270310T150000Z\r\n"), "{text}");
        assert!(text.contains("UID:workshop-7@accredit.example\r\n"), "{text}");
        // Commas are escaped in text values.
        assert!(text.contains("SUMMARY:Case review\\, in practice\r\n"), "{text}");
        // The page, never the meeting link: that is for the people holding a seat.
        assert!(text.contains("LOCATION:https://accredit.example/workshops/7"), "{text}");
        assert!(!text.contains("meet.example"), "{text}");
        assert!(text.contains("END:VEVENT\r\nEND:VCALENDAR"), "{text}");
    }
}
