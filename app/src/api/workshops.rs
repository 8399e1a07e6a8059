//! Workshops: the public calendar, one workshop with the reader's bookings (all bookings for
//! administrators: the attendee list), scheduling (administrators), booking and cancelling
//! (facility members). The `.ics` downloads are plain routes of the server crate.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::ids::FacilityId;
use crate::domain::workshops::{BookingView, WorkshopForm, WorkshopView};
use crate::error::AppError;

/// One workshop page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopPageView {
    pub workshop: WorkshopView,
    /// The reader's facilities' bookings (every booking for an administrator).
    pub bookings: Vec<BookingView>,
    pub signed_in: bool,
    pub is_admin: bool,
    /// Facilities the reader may book for: (id, name).
    pub facilities: Vec<(FacilityId, String)>,
    pub my_email: String,
}

/// Workshops that have not ended, soonest first. Public.
#[server]
pub async fn workshop_calendar() -> Result<Vec<WorkshopView>, AppError> {
    use super::request::{answer, database};
    answer(
        async {
            Ok(crate::db::workshops::calendar(&database()?, false, chrono::Utc::now()).await?)
        }
        .await,
    )
}

/// One workshop; bookings for a signed-in reader. Public (`NotFound` for an unknown id).
#[server]
pub async fn workshop_page(workshop_id: i64) -> Result<WorkshopPageView, AppError> {
    use super::request::{answer, database, signed_in};
    answer(
        async {
            let db = database()?;
            let reader = signed_in(&db).await.ok();
            let is_admin = reader.as_ref().is_some_and(|(_, roles)| {
                roles.contains(&crate::domain::accounts::GlobalRole::Administrator)
            });
            let (workshop, bookings) = crate::db::workshops::detail(
                &db,
                workshop_id,
                reader.as_ref().map(|(u, _)| (u.id, is_admin)),
                chrono::Utc::now(),
            )
            .await?;
            let mut facilities = Vec::new();
            if let Some((user, _)) = &reader {
                facilities = crate::db::memberships::facilities_of(&db, user.id)
                    .await?
                    .into_iter()
                    .filter(|f| f.membership == crate::domain::facilities::MembershipStatus::Active)
                    .map(|f| (f.id, f.name))
                    .collect();
            }
            Ok(WorkshopPageView {
                workshop,
                bookings,
                signed_in: reader.is_some(),
                is_admin,
                facilities,
                my_email: reader.map(|(u, _)| u.email).unwrap_or_default(),
            })
        }
        .await,
    )
}

/// Schedules a workshop; answers its id. Role: administrator. Errors: `Validation` (every
/// problem of the form).
#[server]
pub async fn schedule_workshop(form: WorkshopForm) -> Result<i64, AppError> {
    use super::request::{administrator, answer, database};
    answer(
        async {
            let db = database()?;
            let admin = administrator(&db).await?;
            Ok(crate::db::workshops::create(&db, &form, admin.id, chrono::Utc::now()).await?.id)
        }
        .await,
    )
}

/// Books a seat (or a waitlist place) for `attendee_email`, the reader or a colleague, on
/// behalf of `facility_id`. Role: signed in and an active member of the facility. Errors:
/// `Validation` (`attendee`: not a member, already booked; `workshop`: already started).
#[server]
pub async fn book_workshop(
    workshop_id: i64,
    facility_id: FacilityId,
    attendee_email: String,
) -> Result<(), AppError> {
    use super::request::{FacilityAccess, answer, database, facility_access, public_url};
    answer(
        async {
            let db = database()?;
            let (user, _) = facility_access(&db, facility_id, FacilityAccess::Member).await?;
            crate::db::workshops::book(
                &db,
                workshop_id,
                facility_id,
                &attendee_email,
                user.id,
                &public_url(),
                chrono::Utc::now(),
            )
            .await?;
            Ok(())
        }
        .await,
    )
}

/// Cancels a booking; a freed seat goes to the longest-waiting booking. Role: the attendee,
/// who booked it, or an administrator (`NotFound` for anyone else).
#[server]
pub async fn cancel_booking(booking_id: i64) -> Result<(), AppError> {
    use super::request::{answer, database, public_url, signed_in};
    answer(
        async {
            let db = database()?;
            let (user, roles) = signed_in(&db).await?;
            let is_admin = roles.contains(&crate::domain::accounts::GlobalRole::Administrator);
            crate::db::workshops::cancel(
                &db,
                booking_id,
                user.id,
                is_admin,
                &public_url(),
                chrono::Utc::now(),
            )
            .await?;
            Ok(())
        }
        .await,
    )
}
