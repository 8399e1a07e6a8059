//! Workshops and their bookings (rules in `crate::domain::workshops`). A booking and a cancellation
//! each run in one transaction that first writes the workshop's row: on SQLite that takes the
//! write lock, on PostgreSQL it locks the row, so two people can never both take the last
//! seat, and a freed seat goes to exactly one waiting booking.

use chrono::{DateTime, NaiveDateTime, SubsecRound, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;

use crate::db::DataError;
use crate::db::audit::{self, NewEntry};
use crate::db::entities::{facility, user, workshop, workshop_booking};
use crate::db::mail::{self, MailKind};
use crate::domain::ids::{FacilityId, UserId};
use crate::domain::workshops::{
    BookingStatus, BookingView, WorkshopForm, WorkshopView, check_form, place, promotions,
    reminder_due,
};

fn zone(name: &str) -> Result<Tz, DataError> {
    name.parse::<Tz>().map_err(|_| DataError::invalid("time_zone", "workshop-error-time-zone"))
}

/// A local time in `tz` as UTC; a time that does not exist there (the hour skipped when the
/// clocks go forward) is refused, an ambiguous one takes the earlier instant.
fn to_utc(tz: Tz, local: NaiveDateTime, field: &str) -> Result<DateTime<Utc>, DataError> {
    tz.from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| DataError::invalid(field, "workshop-error-time"))
}

fn local(w: &workshop::Model, at: DateTime<Utc>) -> NaiveDateTime {
    w.time_zone
        .parse::<Tz>()
        .map(|tz| tz.from_utc_datetime(&at.naive_utc()).naive_local())
        .unwrap_or_else(|_| at.naive_utc())
}

/// Schedules a workshop. Errors: `Validation` with every problem of the form.
pub async fn create(
    db: &DatabaseConnection,
    form: &WorkshopForm,
    admin_id: UserId,
    now: DateTime<Utc>,
) -> Result<workshop::Model, DataError> {
    let checked = check_form(form, &crate::i18n::LANGUAGES).map_err(|problems| {
        DataError::Invalid(
            problems
                .into_iter()
                .map(|(field, code)| crate::error::FieldError {
                    field: field.to_owned(),
                    code: code.to_owned(),
                })
                .collect(),
        )
    })?;
    let tz = zone(&checked.time_zone)?;
    let txn = db.begin().await?;
    let created = workshop::ActiveModel {
        title: Set(checked.title),
        description: Set(checked.description),
        venue: Set(checked.venue),
        online_url: Set(checked.online_url),
        language: Set(checked.language),
        starts_at: Set(to_utc(tz, checked.starts, "starts")?),
        ends_at: Set(to_utc(tz, checked.ends, "ends")?),
        time_zone: Set(checked.time_zone),
        capacity: Set(checked.capacity),
        created_by: Set(admin_id),
        created_at: Set(now.trunc_subsecs(6)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut entry = NewEntry::new(
        &format!("user:{admin_id}"),
        "workshop.scheduled",
        &format!("workshop:{}", created.id),
    );
    entry.after = Some(
        json!({ "title": created.title, "starts_at": created.starts_at, "time_zone": created.time_zone, "capacity": created.capacity }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(created)
}

async fn bookings_of<C: ConnectionTrait>(
    conn: &C,
    workshop_id: i64,
) -> Result<Vec<workshop_booking::Model>, DataError> {
    Ok(workshop_booking::Entity::find()
        .filter(workshop_booking::Column::WorkshopId.eq(workshop_id))
        .order_by_asc(workshop_booking::Column::CreatedAt)
        .order_by_asc(workshop_booking::Column::Id)
        .all(conn)
        .await?)
}

fn count(bookings: &[workshop_booking::Model], status: BookingStatus) -> usize {
    bookings.iter().filter(|b| b.status == status).count()
}

fn view_of(
    w: &workshop::Model,
    bookings: &[workshop_booking::Model],
    now: DateTime<Utc>,
) -> WorkshopView {
    WorkshopView {
        id: w.id,
        title: w.title.clone(),
        description: w.description.clone(),
        venue: w.venue.clone(),
        online: !w.online_url.is_empty(),
        online_url: String::new(),
        language: w.language.clone(),
        starts_local: local(w, w.starts_at),
        ends_local: local(w, w.ends_at),
        time_zone: w.time_zone.clone(),
        starts_at: w.starts_at,
        capacity: w.capacity,
        confirmed: count(bookings, BookingStatus::Confirmed),
        waitlisted: count(bookings, BookingStatus::Waitlisted),
        started: w.starts_at <= now,
    }
}

/// Workshops that have not ended (`all`: every one), soonest first, with their seat counts.
pub async fn calendar(
    db: &DatabaseConnection,
    all: bool,
    now: DateTime<Utc>,
) -> Result<Vec<WorkshopView>, DataError> {
    let mut query = workshop::Entity::find().order_by_asc(workshop::Column::StartsAt);
    if !all {
        query = query.filter(workshop::Column::EndsAt.gt(now));
    }
    let workshops = query.all(db).await?;
    let mut views = Vec::with_capacity(workshops.len());
    for w in &workshops {
        views.push(view_of(w, &bookings_of(db, w.id).await?, now));
    }
    Ok(views)
}

pub async fn find(db: &DatabaseConnection, id: i64) -> Result<Option<workshop::Model>, DataError> {
    Ok(workshop::Entity::find_by_id(id).one(db).await?)
}

/// A workshop with its bookings as `reader` may see them: every booking for an administrator,
/// otherwise those of the reader's facilities.
pub async fn detail(
    db: &DatabaseConnection,
    id: i64,
    reader: Option<(UserId, bool)>,
    now: DateTime<Utc>,
) -> Result<(WorkshopView, Vec<BookingView>), DataError> {
    let w = find(db, id).await?.ok_or(DataError::NotFound)?;
    let bookings = bookings_of(db, id).await?;
    let mut view = view_of(&w, &bookings, now);
    let Some((reader_id, is_admin)) = reader else { return Ok((view, Vec::new())) };
    if is_admin
        || bookings.iter().any(|b| b.user_id == reader_id && b.status == BookingStatus::Confirmed)
    {
        view.online_url = w.online_url.clone();
    }
    let my_facilities: Vec<FacilityId> = crate::db::memberships::facilities_of(db, reader_id)
        .await?
        .into_iter()
        .filter(|f| f.membership == crate::domain::facilities::MembershipStatus::Active)
        .map(|f| f.id)
        .collect();
    let mut position = 0;
    let mut rows = Vec::new();
    for b in &bookings {
        let status = b.status;
        let waitlist_position = (status == BookingStatus::Waitlisted).then(|| {
            position += 1;
            position
        });
        if !(is_admin || my_facilities.contains(&b.facility_id) || b.user_id == reader_id) {
            continue;
        }
        let attendee = user::Entity::find_by_id(b.user_id).one(db).await?;
        let booker = user::Entity::find_by_id(b.booked_by).one(db).await?;
        let f = facility::Entity::find_by_id(b.facility_id).one(db).await?;
        rows.push(BookingView {
            id: b.id,
            attendee: attendee.as_ref().map(|u| u.display_name.clone()).unwrap_or_default(),
            attendee_email: attendee.map(|u| u.email).unwrap_or_default(),
            facility: f.map(|f| f.name).unwrap_or_default(),
            booked_by: booker.map(|u| u.display_name).unwrap_or_default(),
            status,
            waitlist_position,
            created_at: b.created_at,
            cancellable: status != BookingStatus::Cancelled
                && !view.started
                && (is_admin || b.user_id == reader_id || b.booked_by == reader_id),
        });
    }
    Ok((view, rows))
}

/// Takes the workshop's write lock inside `txn` (see the module comment).
async fn lock<C: ConnectionTrait>(txn: &C, workshop_id: i64) -> Result<workshop::Model, DataError> {
    workshop::Entity::update_many()
        .col_expr(
            workshop::Column::Capacity,
            sea_orm::sea_query::Expr::col(workshop::Column::Capacity),
        )
        .filter(workshop::Column::Id.eq(workshop_id))
        .exec(txn)
        .await?;
    workshop::Entity::find_by_id(workshop_id).one(txn).await?.ok_or(DataError::NotFound)
}

fn mail_args(
    w: &workshop::Model,
    attendee: &user::Model,
    base_url: &str,
) -> Vec<(&'static str, String)> {
    let starts = local(w, w.starts_at);
    vec![
        ("name", attendee.display_name.clone()),
        ("title", w.title.clone()),
        ("when", format!("{} {}", starts.format("%Y-%m-%d %H:%M"), w.time_zone)),
        ("link", format!("{base_url}/workshops/{}", w.id)),
    ]
}

/// Books a seat at a workshop for `attendee_email` (the booker themself or a colleague),
/// on behalf of `facility_id`; both must be active members of it. A seat while one is free,
/// else the waitlist. Errors: `Validation` (`attendee`: not a member, already booked;
/// `workshop`: already started).
pub async fn book(
    db: &DatabaseConnection,
    workshop_id: i64,
    facility_id: FacilityId,
    attendee_email: &str,
    booked_by: UserId,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<workshop_booking::Model, DataError> {
    let attendee = crate::db::accounts::find_by_email(db, attendee_email).await?;
    let Some(attendee) = attendee else {
        return Err(DataError::invalid("attendee", "workshop-error-not-member"));
    };
    if !crate::db::memberships::standing(db, attendee.id, facility_id)
        .await?
        .is_some_and(super::super::store::memberships::Standing::is_active_member)
    {
        return Err(DataError::invalid("attendee", "workshop-error-not-member"));
    }
    let now = now.trunc_subsecs(6);
    let txn = db.begin().await?;
    let w = lock(&txn, workshop_id).await?;
    if w.starts_at <= now {
        return Err(DataError::invalid("workshop", "workshop-error-started"));
    }
    let bookings = bookings_of(&txn, w.id).await?;
    if bookings.iter().any(|b| b.user_id == attendee.id && b.status != BookingStatus::Cancelled) {
        return Err(DataError::invalid("attendee", "workshop-error-already-booked"));
    }
    let status = place(w.capacity, count(&bookings, BookingStatus::Confirmed));
    let created = workshop_booking::ActiveModel {
        workshop_id: Set(w.id),
        user_id: Set(attendee.id),
        facility_id: Set(facility_id),
        booked_by: Set(booked_by),
        status: Set(status),
        created_at: Set(now),
        cancelled_at: Set(None),
        reminded_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let kind = if status == BookingStatus::Confirmed {
        MailKind::WorkshopBooked
    } else {
        MailKind::WorkshopWaitlisted
    };
    mail::queue(
        &txn,
        &attendee.email,
        &attendee.language,
        kind,
        &mail_args(&w, &attendee, base_url),
        now,
    )
    .await?;
    let mut entry = NewEntry::new(
        &format!("user:{booked_by}"),
        "workshop.booked",
        &format!("workshop:{}", w.id),
    );
    entry.after = Some(
        json!({ "booking": created.id, "attendee": attendee.id, "facility": facility_id, "status": status.as_str() }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(created)
}

/// Cancels a booking (the attendee, who booked it, or an administrator) and gives each freed
/// seat to the longest-waiting booking, which is told by mail. Answers the promoted bookings.
pub async fn cancel(
    db: &DatabaseConnection,
    booking_id: i64,
    actor_id: UserId,
    is_admin: bool,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Vec<i64>, DataError> {
    let now = now.trunc_subsecs(6);
    let found = workshop_booking::Entity::find_by_id(booking_id)
        .one(db)
        .await?
        .ok_or(DataError::NotFound)?;
    if !(is_admin || found.user_id == actor_id || found.booked_by == actor_id) {
        return Err(DataError::NotFound);
    }
    let txn = db.begin().await?;
    let w = lock(&txn, found.workshop_id).await?;
    let booking = workshop_booking::Entity::find_by_id(booking_id)
        .one(&txn)
        .await?
        .ok_or(DataError::NotFound)?;
    if booking.status == BookingStatus::Cancelled {
        return Ok(Vec::new());
    }
    if w.starts_at <= now {
        return Err(DataError::invalid("workshop", "workshop-error-started"));
    }
    let before = booking.status;
    let mut model: workshop_booking::ActiveModel = booking.into();
    model.status = Set(BookingStatus::Cancelled);
    model.cancelled_at = Set(Some(now));
    model.update(&txn).await?;
    let bookings = bookings_of(&txn, w.id).await?;
    let waiting: Vec<&workshop_booking::Model> =
        bookings.iter().filter(|b| b.status == BookingStatus::Waitlisted).collect();
    let seats = promotions(w.capacity, count(&bookings, BookingStatus::Confirmed), waiting.len());
    let mut promoted = Vec::new();
    for b in waiting.into_iter().take(seats) {
        let mut model: workshop_booking::ActiveModel = b.clone().into();
        model.status = Set(BookingStatus::Confirmed);
        model.update(&txn).await?;
        if let Some(attendee) = user::Entity::find_by_id(b.user_id).one(&txn).await? {
            mail::queue(
                &txn,
                &attendee.email,
                &attendee.language,
                MailKind::WorkshopPromoted,
                &mail_args(&w, &attendee, base_url),
                now,
            )
            .await?;
        }
        promoted.push(b.id);
    }
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "workshop.booking_cancelled",
        &format!("workshop:{}", w.id),
    );
    entry.before = Some(json!({ "booking": booking_id, "status": before.as_str() }));
    entry.after = Some(
        json!({ "booking": booking_id, "status": BookingStatus::Cancelled.as_str(), "promoted": promoted }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(promoted)
}

/// The daily job: a reminder the day before to every confirmed attendee, once.
pub async fn send_reminders(
    db: &DatabaseConnection,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, DataError> {
    let upcoming = workshop::Entity::find()
        .filter(workshop::Column::StartsAt.gt(now))
        .filter(workshop::Column::StartsAt.lte(now + chrono::Duration::days(3)))
        .all(db)
        .await?;
    let mut sent = 0;
    for w in upcoming {
        if !reminder_due(local(&w, w.starts_at).date(), local(&w, now).date(), w.starts_at <= now) {
            continue;
        }
        let due = workshop_booking::Entity::find()
            .filter(workshop_booking::Column::WorkshopId.eq(w.id))
            .filter(workshop_booking::Column::Status.eq(BookingStatus::Confirmed))
            .filter(workshop_booking::Column::RemindedAt.is_null())
            .all(db)
            .await?;
        for b in due {
            let txn = db.begin().await?;
            // Claimed first: two job instances never both remind.
            let claimed = workshop_booking::Entity::update_many()
                .col_expr(
                    workshop_booking::Column::RemindedAt,
                    sea_orm::sea_query::Expr::value(now.trunc_subsecs(6)),
                )
                .filter(workshop_booking::Column::Id.eq(b.id))
                .filter(workshop_booking::Column::RemindedAt.is_null())
                // Cancelled since the list was read: no reminder.
                .filter(workshop_booking::Column::Status.eq(BookingStatus::Confirmed))
                .exec(&txn)
                .await?;
            let mut reminded = None;
            if claimed.rows_affected == 1 {
                if let Some(attendee) = user::Entity::find_by_id(b.user_id).one(&txn).await? {
                    mail::queue(
                        &txn,
                        &attendee.email,
                        &attendee.language,
                        MailKind::WorkshopReminder,
                        &mail_args(&w, &attendee, base_url),
                        now,
                    )
                    .await?;
                    reminded = Some(attendee.id);
                }
            }
            if let Some(attendee) = reminded {
                let mut entry = NewEntry::new(
                    "scheduler",
                    "workshop.reminder_sent",
                    &format!("workshop:{}", w.id),
                );
                entry.after = Some(json!({ "booking": b.id, "attendee": attendee }));
                audit::append_in(&txn, entry).await?;
                sent += 1;
            }
            txn.commit().await?;
        }
    }
    Ok(sent)
}
