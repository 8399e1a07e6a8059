//! Workshops: the public calendar (`/workshops`, with an iCalendar feed), one workshop
//! (`/workshops/:id`: book a seat for yourself or a colleague, cancel, the attendee list for
//! administrators, an `.ics` download) and scheduling (`/admin/workshops`).

mod admin;

pub use admin::{AdminSelfChecksPage, AdminWorkshopsPage};

use crate::i18n::{I18n, move_tr, tr};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::workshops::{
    BookWorkshop, CancelBooking, WorkshopPageView, workshop_calendar, workshop_page,
};
use crate::components::{ActionError, Loaded, successes};
use crate::domain::workshops::{BookingStatus, WorkshopView};
use crate::i18n::page_title;

/// "12 March 2027, 14:00–16:00 (Europe/Vienna)" in the reader's language.
pub(crate) fn when(w: &WorkshopView, language: &str) -> String {
    let day = crate::domain::billing::format_date(w.starts_local.date(), language);
    let end_day = if w.ends_local.date() == w.starts_local.date() {
        String::new()
    } else {
        format!("{} ", crate::domain::billing::format_date(w.ends_local.date(), language))
    };
    format!(
        "{day}, {}–{end_day}{} ({})",
        w.starts_local.format("%H:%M"),
        w.ends_local.format("%H:%M"),
        w.time_zone
    )
}

/// The workshop's language by its own name (as the language switcher shows it).
fn language_name(i18n: I18n, code: &str) -> String {
    i18n.languages
        .iter()
        .find(|l| l.id == code)
        .map(|l| l.name.to_owned())
        .unwrap_or_else(|| code.to_owned())
}

#[component]
pub fn WorkshopsPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let calendar = Resource::new(|| (), |_| workshop_calendar());
    view! {
        <Title text=page_title("workshops-page-title") />
        <section class="workshops">
            <h1>{move_tr!("workshops-page-title")}</h1>
            <p class="muted">{move_tr!("workshops-intro")}</p>
            <p>
                <a href="/workshops/calendar.ics" class="calendar-feed">
                    {move_tr!("workshops-feed")}
                </a>
            </p>
            <Loaded resource=calendar let:value>
                {match value {
                    list if list.is_empty() => {
                        view! { <p>{move_tr!("workshops-none")}</p> }.into_any()
                    }
                    list => {
                        view! {
                            <ul class="workshop-list">
                                {list
                                    .into_iter()
                                    .map(|w| {
                                        let seats = w.seats_left();
                                        let date = when(&w, i18n.language.get_untracked().id);
                                        view! {
                                            <li class="workshop" data-workshop=w.id>
                                                <h2>
                                                    <a href=format!("/workshops/{}", w.id)>{w.title.clone()}</a>
                                                </h2>
                                                <p>{date}" · "{language_name(i18n, &w.language)}</p>
                                                <p class="seats">
                                                    {move || {
                                                        if seats == 0 {
                                                            i18n.tr("workshop-full")
                                                        } else {
                                                            tr!(i18n, "workshop-seats-left", { "count" => seats })
                                                        }
                                                    }}
                                                </p>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                }}
            </Loaded>
        </section>
    }
}

#[component]
pub fn WorkshopPage() -> impl IntoView {
    let id = crate::pages::route_params::use_id();
    // Plain forms: booking and cancelling post before (and without) the bundle; the page reads
    // the seats and bookings again after each one that went through.
    let book = ServerAction::<BookWorkshop>::new();
    let cancel = ServerAction::<CancelBooking>::new();
    let (booked, cancelled) = (successes(book.value()), successes(cancel.value()));
    let data = Resource::new(
        move || (id(), booked.get(), cancelled.get()),
        |(id, _, _)| workshop_page(id),
    );
    view! {
        <Title text=page_title("workshops-page-title") />
        <Loaded resource=data let:page>
            <WorkshopDetail page book cancel />
        </Loaded>
    }
}

#[component]
fn WorkshopDetail(
    page: WorkshopPageView,
    book: ServerAction<BookWorkshop>,
    cancel: ServerAction<CancelBooking>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let w = page.workshop.clone();
    let workshop_id = w.id;
    let seats = w.seats_left();
    let error = move || {
        book.value()
            .get()
            .and_then(Result::err)
            .or_else(|| cancel.value().get().and_then(Result::err))
    };
    let date = when(&w, i18n.language.get_untracked().id);
    let can_book = page.signed_in && !page.facilities.is_empty() && !w.started;
    // With every seat taken, booking means joining the waitlist.
    let book_label =
        move || i18n.tr(if seats == 0 { "workshop-join-waitlist" } else { "workshop-book" });
    view! {
        <article class="workshop-detail">
            <p>
                <a href="/workshops">{move_tr!("workshops-back")}</a>
            </p>
            <h1>{w.title.clone()}</h1>
            <p class="workshop-when">{date}</p>
            <dl class="facts">
                <dt>{move_tr!("workshop-language")}</dt>
                <dd>{language_name(i18n, &w.language)}</dd>
                {(!w.venue.is_empty())
                    .then(|| {
                        view! {
                            <dt>{move_tr!("workshop-venue")}</dt>
                            <dd>{w.venue.clone()}</dd>
                        }
                    })}
                {w
                    .online
                    .then(|| {
                        view! {
                            <dt>{move_tr!("workshop-online")}</dt>
                            <dd class="online-link">
                                {if w.online_url.is_empty() {
                                    view! {
                                        <span class="muted">
                                            {move_tr!("workshop-online-link-hidden")}
                                        </span>
                                    }
                                        .into_any()
                                } else {
                                    view! {
                                        <a href=w.online_url.clone() rel="noopener">
                                            {w.online_url.clone()}
                                        </a>
                                    }
                                        .into_any()
                                }}
                            </dd>
                        }
                    })}
                <dt>{move_tr!("workshop-seats")}</dt>
                <dd class="seats" data-left=seats>
                    {move || {
                        tr!(
                            i18n, "workshop-seats-of", { "taken" => w.confirmed, "capacity" => w.capacity, "waiting" => w.waitlisted }
                        )
                    }}
                </dd>
            </dl>
            {(!w.description.is_empty())
                .then(|| view! { <p class="workshop-description">{w.description.clone()}</p> })}
            <p>
                <a
                    href=format!("/workshops/{workshop_id}/event.ics")
                    download=format!("workshop-{workshop_id}.ics")
                >
                    {move_tr!("workshop-ics")}
                </a>
            </p>
            {if can_book {
                view! {
                    <section class="workshop-book" aria-labelledby="book-heading">
                        <h2 id="book-heading">{book_label}</h2>
                        <ActionForm action=book>
                            <input type="hidden" name="workshop_id" value=workshop_id />
                            <label>
                                {move_tr!("workshop-for-facility")}
                                <select name="facility_id">
                                    {page
                                        .facilities
                                        .iter()
                                        .map(|(id, name)| {
                                            view! {
                                                <option value=id.to_string()>{name.clone()}</option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </label>
                            <label>
                                {move_tr!("workshop-attendee")}
                                <input
                                    type="email"
                                    name="attendee_email"
                                    value=page.my_email.clone()
                                />
                            </label>
                            <p class="muted">{move_tr!("workshop-attendee-hint")}</p>
                            <button
                                type="submit"
                                class="primary"
                                disabled=move || book.pending().get()
                            >
                                {book_label}
                            </button>
                        </ActionForm>
                    </section>
                }
                    .into_any()
            } else if !page.signed_in {
                view! {
                    <p>
                        <a href=format!(
                            "/sign-in?next=/workshops/{workshop_id}",
                        )>{move_tr!("workshop-sign-in")}</a>
                    </p>
                }
                    .into_any()
            } else {
                ().into_any()
            }}
            <ActionError error=error />
            {(!page.bookings.is_empty())
                .then(|| {
                    view! {
                        <section class="bookings" aria-labelledby="bookings-heading">
                            <h2 id="bookings-heading">
                                {move || {
                                    if page.is_admin {
                                        i18n.tr("workshop-attendees")
                                    } else {
                                        i18n.tr("workshop-your-bookings")
                                    }
                                }}
                            </h2>
                            <table class="data">
                                <thead>
                                    <tr>
                                        <th scope="col">{move_tr!("workshop-attendee")}</th>
                                        <th scope="col">{move_tr!("workshop-facility")}</th>
                                        <th scope="col">{move_tr!("workshop-booked-by")}</th>
                                        <th scope="col">{move_tr!("workshop-status")}</th>
                                        <th scope="col"></th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {page
                                        .bookings
                                        .iter()
                                        .map(|b| {
                                            let key = b.status.message_key();
                                            let position = b.waitlist_position;
                                            let id = b.id;
                                            view! {
                                                <tr data-booking=b.id data-status=b.status.as_str()>
                                                    <td>
                                                        {b.attendee.clone()}<br />
                                                        <span class="muted">{b.attendee_email.clone()}</span>
                                                    </td>
                                                    <td>{b.facility.clone()}</td>
                                                    <td>{b.booked_by.clone()}</td>
                                                    <td>
                                                        {move || i18n.tr(key)}
                                                        {position
                                                            .map(|p| {
                                                                view! {
                                                                    " "
                                                                    {move || {
                                                                        tr!(i18n, "workshop-waitlist-position", { "position" => p })
                                                                    }}
                                                                }
                                                            })}
                                                    </td>
                                                    <td>
                                                        {(b.cancellable && b.status != BookingStatus::Cancelled)
                                                            .then(|| {
                                                                view! {
                                                                    <ActionForm action=cancel>
                                                                        <input type="hidden" name="booking_id" value=id />
                                                                        <button type="submit" class="cancel-booking">
                                                                            {move_tr!("workshop-cancel")}
                                                                        </button>
                                                                    </ActionForm>
                                                                }
                                                            })}
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </section>
                    }
                })}
        </article>
    }
}
