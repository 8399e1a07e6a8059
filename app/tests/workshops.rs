//! Workshops: the last seat, the waitlist and its promotion when a seat frees, two people
//! racing for the last seat, the reminder the day before (once), and times in the workshop's
//! own time zone. SQLite and (when configured) PostgreSQL.

#![expect(
    clippy::unwrap_used,
    reason = "a test stops at its first failure, and the panic shows the error"
)]
#![cfg(feature = "testing")]

use chrono::{DateTime, Duration, TimeZone, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use app::db::accounts::{self, NewUser};
use app::db::entities::{outbox, workshop_booking};
use app::db::{facilities, testing, workshops};
use app::domain::workshops::{BookingStatus, WorkshopForm};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).single().unwrap_or_default()
}

fn form(capacity: u32) -> WorkshopForm {
    WorkshopForm {
        title: "Preparing the case review".into(),
        description: "How to draw and document 30 cases.".into(),
        venue: String::new(),
        online_url: "https://meet.example/io".into(),
        language: "en".into(),
        // 14:00 in Vienna in March is 13:00 UTC.
        starts: "2027-03-10T14:00".into(),
        ends: "2027-03-10T16:00".into(),
        time_zone: "Europe/Vienna".into(),
        capacity: capacity.to_string(),
    }
}

/// A facility with its holder and `extra` further active members; answers (facility id,
/// holder id, member emails including the holder's first).
async fn team(
    db: &sea_orm::DatabaseConnection,
    extra: usize,
) -> (app::domain::ids::FacilityId, app::domain::ids::UserId, Vec<String>) {
    let (facility, holder) =
        testing::activated_facility(db, "holder@ws.example", "Workshop Unit").await.unwrap();
    let mut emails = vec![holder.email.clone()];
    for i in 0..extra {
        let email = format!("member{i}@ws.example");
        let new = NewUser {
            email: email.clone(),
            display_name: format!("Member {i}"),
            password: "a password for tests".into(),
            language: "en".into(),
        };
        let u = accounts::create_user(db, new, "test").await.unwrap();
        facilities::join(db, &u, &facility.code, "http://t", now()).await.unwrap();
        facilities::decide_membership(db, holder.id, facility.id, u.id, true, "http://t", now())
            .await
            .unwrap();
        emails.push(email);
    }
    (facility.id, holder.id, emails)
}

async fn status_of(db: &sea_orm::DatabaseConnection, booking: i64) -> BookingStatus {
    workshop_booking::Entity::find_by_id(booking)
        .one(db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("missing"))
        .status
}

#[tokio::test]
async fn the_last_seat_then_the_waitlist_then_promotion() {
    for t in testing::all().await {
        let db = &t.db;
        let (f, holder, emails) = team(db, 2).await;
        let w = workshops::create(db, &form(1), holder, now()).await.unwrap();
        assert_eq!(
            w.starts_at,
            Utc.with_ymd_and_hms(2027, 3, 10, 13, 0, 0).single().unwrap(),
            "{}",
            t.backend
        );

        // The holder books a colleague (the last seat); a second colleague lands on the waitlist.
        let first =
            workshops::book(db, w.id, f, &emails[1], holder, "http://t", now()).await.unwrap();
        assert_eq!(first.status, BookingStatus::Confirmed);
        let second =
            workshops::book(db, w.id, f, &emails[2], holder, "http://t", now()).await.unwrap();
        assert_eq!(second.status, BookingStatus::Waitlisted);
        // Nobody books twice, and an outsider cannot be booked.
        let again = workshops::book(db, w.id, f, &emails[1], holder, "http://t", now()).await;
        assert!(
            matches!(&again, Err(app::db::DataError::Invalid(e)) if e[0].code == "workshop-error-already-booked"),
            "{again:?}"
        );
        let outsider =
            workshops::book(db, w.id, f, "nobody@elsewhere.example", holder, "http://t", now())
                .await;
        assert!(
            matches!(&outsider, Err(app::db::DataError::Invalid(e)) if e[0].code == "workshop-error-not-member"),
            "{outsider:?}"
        );

        // The attendee cancels: the waiting colleague gets the seat and a mail saying so.
        let attendee = accounts::find_by_email(db, &emails[1]).await.unwrap().unwrap();
        let promoted =
            workshops::cancel(db, first.id, attendee.id, false, "http://t", now()).await.unwrap();
        assert_eq!(promoted, vec![second.id], "{}", t.backend);
        assert_eq!(status_of(db, first.id).await, BookingStatus::Cancelled);
        assert_eq!(status_of(db, second.id).await, BookingStatus::Confirmed);
        let mails: Vec<String> = outbox::Entity::find()
            .filter(outbox::Column::ToAddress.eq(emails[2].as_str()))
            .filter(outbox::Column::Kind.starts_with("workshop-"))
            .all(db)
            .await
            .unwrap()
            .into_iter()
            .map(|m| m.kind)
            .collect();
        assert_eq!(
            mails,
            vec!["workshop-waitlisted".to_owned(), "workshop-promoted".to_owned()],
            "{}",
            t.backend
        );
        // Someone else's booking cannot be cancelled by a stranger.
        let stranger = accounts::create_user(
            db,
            NewUser {
                email: "s@x.example".into(),
                display_name: "S".into(),
                password: "a password for tests".into(),
                language: "en".into(),
            },
            "t",
        )
        .await
        .unwrap();
        assert!(
            workshops::cancel(db, second.id, stranger.id, false, "http://t", now()).await.is_err()
        );

        // The attendee list shows every booking to an administrator, in order.
        let (view, rows) = workshops::detail(db, w.id, Some((holder, true)), now()).await.unwrap();
        assert_eq!((view.confirmed, view.waitlisted), (1, 0));
        assert_eq!(rows.len(), 2);
        t.cleanup().await;
    }
}

#[tokio::test]
async fn two_people_racing_for_the_last_seat_get_one_seat_and_one_waitlist_place() {
    for t in testing::all().await {
        let db = &t.db;
        let (f, holder, emails) = team(db, 2).await;
        let w = workshops::create(db, &form(1), holder, now()).await.unwrap();
        let (a, b) = tokio::join!(
            workshops::book(db, w.id, f, &emails[1], holder, "http://t", now()),
            workshops::book(db, w.id, f, &emails[2], holder, "http://t", now())
        );
        let mut statuses = vec![a.unwrap().status, b.unwrap().status];
        statuses.sort_by_key(|s| s.as_str());
        assert_eq!(
            statuses,
            vec![BookingStatus::Confirmed, BookingStatus::Waitlisted],
            "{}",
            t.backend
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn the_reminder_goes_out_the_day_before_once() {
    for t in testing::all().await {
        let db = &t.db;
        let (f, holder, emails) = team(db, 1).await;
        let w = workshops::create(db, &form(5), holder, now()).await.unwrap();
        workshops::book(db, w.id, f, &emails[1], holder, "http://t", now()).await.unwrap();
        let day_before = Utc.with_ymd_and_hms(2027, 3, 9, 7, 0, 0).single().unwrap();
        assert_eq!(
            workshops::send_reminders(db, "http://t", day_before - Duration::days(1))
                .await
                .unwrap(),
            0
        );
        assert_eq!(
            workshops::send_reminders(db, "http://t", day_before).await.unwrap(),
            1,
            "{}",
            t.backend
        );
        assert_eq!(
            workshops::send_reminders(db, "http://t", day_before + Duration::hours(5))
                .await
                .unwrap(),
            0
        );
        let reminders = outbox::Entity::find()
            .filter(outbox::Column::Kind.eq("workshop-reminder"))
            .all(db)
            .await
            .unwrap();
        assert_eq!(reminders.len(), 1);
        assert!(
            reminders[0].body_text.contains("2027-03-10 14:00 Europe/Vienna"),
            "{}",
            reminders[0].body_text
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn a_time_zone_must_exist_and_so_must_the_local_time() {
    for t in testing::all().await {
        let db = &t.db;
        let (_, holder, _) = team(db, 0).await;
        let bad_zone = WorkshopForm { time_zone: "Europe/Atlantis".into(), ..form(5) };
        let refused = workshops::create(db, &bad_zone, holder, now()).await;
        assert!(
            matches!(&refused, Err(app::db::DataError::Invalid(e)) if e[0].code == "workshop-error-time-zone"),
            "{refused:?}"
        );
        // 02:30 on the last Sunday of March does not exist in Vienna.
        let skipped = WorkshopForm {
            starts: "2027-03-28T02:30".into(),
            ends: "2027-03-28T04:00".into(),
            ..form(5)
        };
        assert!(workshops::create(db, &skipped, holder, now()).await.is_err());
        t.cleanup().await;
    }
}
