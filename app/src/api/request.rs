//! What server functions read from the HTTP request (server only).

use axum::http::header::COOKIE;
use axum::http::request::Parts;
use leptos::prelude::use_context;
use sea_orm::DatabaseConnection;

use crate::domain::ids::{ApplicationId, FacilityId};
use crate::error::AppError;

/// How sessions end and how their cookie is named (context from the server; the defaults
/// without it).
pub fn session_policy() -> crate::db::sessions::SessionPolicy {
    use_context::<crate::db::sessions::SessionPolicy>().unwrap_or_default()
}

pub fn database() -> Result<DatabaseConnection, AppError> {
    use_context::<DatabaseConnection>().ok_or_else(|| {
        tracing::error!("no database connection in the server-function context");
        AppError::Internal { reference: crate::db::current_request_id() }
    })
}

fn parts() -> Option<Parts> {
    use_context::<Parts>()
}

/// The path of the page being rendered (`/applications/12`).
pub fn request_path() -> String {
    parts().map(|p| p.uri.path().to_owned()).unwrap_or_default()
}

/// The session token from the request's cookies.
pub fn session_token() -> Option<String> {
    let parts = parts()?;
    let header = parts.headers.get(COOKIE)?.to_str().ok()?;
    crate::cookies::cookie_value(header, session_policy().cookie_name())
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// The client's address: the peer of the TCP connection, or what a trusted reverse proxy
/// says it served (`TRUSTED_PROXIES`, context from the server).
pub fn client_address() -> String {
    let Some(parts) = parts() else { return "unknown".to_owned() };
    let Some(peer) = parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip())
    else {
        return "unknown".to_owned();
    };
    let forwarded: Vec<&str> =
        parts.headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
    use_context::<crate::client_address::TrustedProxies>()
        .unwrap_or_default()
        .client(peer, &forwarded)
        .to_string()
}

/// Counts one attempt of `action` from this client's address and refuses it
/// (`TooManyAttempts`) past `limit` within the throttle window: sign-up, registration,
/// password reset, joining with a code.
pub async fn throttle_address(
    db: &DatabaseConnection,
    action: &str,
    limit: u64,
) -> Result<(), AppError> {
    let key = format!("{action}:ip:{}", client_address());
    if crate::db::throttle::hit(db, &key, limit, chrono::Utc::now()).await? {
        Ok(())
    } else {
        Err(AppError::TooManyAttempts)
    }
}

/// The `Set-Cookie` value for a session token (or its removal), as the policy wants it:
/// `Secure` and `__Host-` exactly when `PUBLIC_URL` is https (a header a client sends cannot
/// switch it off), lasting the session's absolute lifetime.
pub fn session_cookie(policy: &crate::db::sessions::SessionPolicy, token: Option<&str>) -> String {
    let name = policy.cookie_name();
    let secure = if policy.https { "; Secure" } else { "" };
    match token {
        Some(token) => format!(
            "{name}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
            policy.lifetime.num_seconds()
        ),
        None => format!("{name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}"),
    }
}

/// Adds a `Set-Cookie` for the session (or its removal when `token` is `None`).
pub fn set_session_cookie(token: Option<&str>) {
    let Some(response) = use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    let cookie = session_cookie(&session_policy(), token);
    if let Ok(value) = axum::http::HeaderValue::from_str(&cookie) {
        response.append_header(axum::http::header::SET_COOKIE, value);
    }
}

/// Gives an error answer the HTTP status that says what it is (422 for a form to correct,
/// 429 when throttled, …) instead of the server-function default 500, which would log every
/// expected refusal as a server failure. The body is the serialised `AppError` either way.
/// A plain form post (no JavaScript) keeps the redirect Leptos answers it with: the page
/// again, with the error in its address, which the page shows.
/// A page the server renders gets the status of the refusal it shows (pages stream in order,
/// so the status is set before the first byte goes out).
pub fn answer<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    if plain_form_post() {
        return result;
    }
    if let (Err(error), Some(response)) = (&result, use_context::<leptos_axum::ResponseOptions>()) {
        if let Ok(status) = axum::http::StatusCode::from_u16(error.status()) {
            response.set_status(status);
        }
    }
    result
}

/// Whether this server-function call is a browser's plain form post (a page without the
/// bundle, or JavaScript off) rather than a call from the bundle: the browser asks for HTML.
pub fn plain_form_post() -> bool {
    parts()
        .and_then(|p| p.headers.get(axum::http::header::ACCEPT).cloned())
        .and_then(|v| v.to_str().ok().map(|v| v.contains("text/html")))
        .unwrap_or(false)
}

/// After a plain form post succeeded, sends the browser to `path` (Leptos would send it back
/// to the form's page, which cannot tell that it worked). Calls from the bundle get their
/// result as before.
pub fn after_plain_form(path: &str) {
    if plain_form_post() {
        leptos_axum::redirect(path);
    }
}

/// After a plain form post succeeded, sends the browser to `page` with [`DONE_PARAM`] and
/// `extra` in its address, so the page can say what happened.
///
/// [`DONE_PARAM`]: crate::api::DONE_PARAM
pub fn done_after_plain_form(page: &str, extra: &[(&str, &str)]) {
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair(crate::api::DONE_PARAM, "")
        .extend_pairs(extra)
        .finish();
    after_plain_form(&format!("{page}?{query}"));
}

/// The address links in mail point at (`--public-url` / `PUBLIC_URL`), provided by the
/// server as context. Without it, the request's own host is used.
#[derive(Debug, Clone)]
pub struct PublicUrl(pub String);

pub fn public_url() -> String {
    if let Some(PublicUrl(url)) = use_context::<PublicUrl>() {
        return url.trim_end_matches('/').to_owned();
    }
    let host = parts()
        .and_then(|p| {
            p.headers.get(axum::http::header::HOST).and_then(|h| h.to_str().ok()).map(str::to_owned)
        })
        .unwrap_or_else(|| "localhost".to_owned());
    let scheme = if session_policy().https { "https" } else { "http" };
    format!("{scheme}://{host}")
}

/// The language this request was rendered in (the language layer has settled it into the
/// `lang` cookie); new accounts get it as their mail language.
pub fn request_language() -> String {
    parts()
        .and_then(|p| {
            let header = p.headers.get(COOKIE)?.to_str().ok()?.to_owned();
            crate::cookies::cookie_value(&header, crate::i18n::LANGUAGE_COOKIE).map(str::to_owned)
        })
        .and_then(|l| crate::i18n::supported_language(&l))
        .unwrap_or(crate::i18n::DEFAULT_LANGUAGE)
        .to_owned()
}

/// The signed-in user and their global roles, or `Unauthorized`. The request counts as the
/// person's activity (it keeps an idle session alive).
pub async fn signed_in(
    db: &DatabaseConnection,
) -> Result<(crate::db::entities::user::Model, Vec<crate::domain::accounts::GlobalRole>), AppError>
{
    signed_in_as(db, crate::db::sessions::Activity::Person).await
}

/// `signed_in` for a page's background polling, which does not keep an idle session alive.
pub async fn signed_in_as(
    db: &DatabaseConnection,
    activity: crate::db::sessions::Activity,
) -> Result<(crate::db::entities::user::Model, Vec<crate::domain::accounts::GlobalRole>), AppError>
{
    let token = session_token().ok_or(AppError::Unauthorized)?;
    let user = crate::db::sessions::user_for_token(
        db,
        &token,
        &session_policy(),
        activity,
        chrono::Utc::now(),
    )
    .await?
    .ok_or(AppError::Unauthorized)?;
    let roles = crate::db::accounts::roles_of(db, user.id).await?;
    Ok((user, roles))
}

/// The signed-in user if they are an administrator: `Unauthorized` when nobody is signed in,
/// `Forbidden` for everyone else.
pub async fn administrator(
    db: &DatabaseConnection,
) -> Result<crate::db::entities::user::Model, AppError> {
    let (user, roles) = signed_in(db).await?;
    if roles.contains(&crate::domain::accounts::GlobalRole::Administrator) {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

/// The signed-in user if they are a translator or an administrator (the translator tools).
pub async fn translator(
    db: &DatabaseConnection,
) -> Result<crate::db::entities::user::Model, AppError> {
    use crate::domain::accounts::GlobalRole;
    let (user, roles) = signed_in(db).await?;
    if roles.iter().any(|r| matches!(r, GlobalRole::Translator | GlobalRole::Administrator)) {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

/// What a signed-in user may do in one facility, from least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FacilityAccess {
    /// Read the facility's dashboard and application: an active member, or an administrator.
    /// The office reads what it later judges but never writes it (separation of duties).
    Reader,
    /// Write the facility's content (answers, evidence, case review, replies, bookings): an
    /// active member, that is an approved membership in this facility.
    Member,
    /// Manage members and facility roles: the main account holder, as an active member.
    Manager,
}

/// The access a facility standing gives, before the global roles are looked at.
fn access_of(standing: &crate::db::memberships::Standing) -> Option<FacilityAccess> {
    match standing {
        s if s.is_main_holder && s.is_active_member() => Some(FacilityAccess::Manager),
        s if s.is_active_member() => Some(FacilityAccess::Member),
        _ => None,
    }
}

/// The signed-in user and their access to `facility_id`, requiring at least `needed`.
/// An administrator without a membership has `Reader` access to every facility, nothing more.
/// A facility the user has no part in answers `Forbidden` (not `NotFound`), so ids reveal
/// nothing; an unknown facility answers `NotFound` to administrators only.
pub async fn facility_access(
    db: &DatabaseConnection,
    facility_id: FacilityId,
    needed: FacilityAccess,
) -> Result<(crate::db::entities::user::Model, FacilityAccess), AppError> {
    let (user, roles) = signed_in(db).await?;
    access_for(db, user, &roles, facility_id, needed).await
}

/// `facility_access` for a user already identified.
async fn access_for(
    db: &DatabaseConnection,
    user: crate::db::entities::user::Model,
    roles: &[crate::domain::accounts::GlobalRole],
    facility_id: FacilityId,
    needed: FacilityAccess,
) -> Result<(crate::db::entities::user::Model, FacilityAccess), AppError> {
    let is_admin = roles.contains(&crate::domain::accounts::GlobalRole::Administrator);
    let standing = crate::db::memberships::standing(db, user.id, facility_id).await?;
    let access = match standing {
        None if is_admin => return Err(AppError::NotFound),
        None => return Err(AppError::Forbidden),
        Some(s) => match access_of(&s) {
            Some(access) => access,
            None if is_admin => FacilityAccess::Reader,
            None => return Err(AppError::Forbidden),
        },
    };
    if access < needed {
        return Err(AppError::Forbidden);
    }
    Ok((user, access))
}

/// The fee schedule and issuer the server was configured with (provided as context).
pub fn fees() -> Result<crate::domain::billing::FeeSchedule, AppError> {
    use_context::<crate::domain::billing::FeeSchedule>().ok_or_else(|| {
        tracing::error!("no fee schedule in the server-function context");
        AppError::Internal { reference: crate::db::current_request_id() }
    })
}

/// The application and the signed-in user with `needed` access to its facility:
/// `Unauthorized` when nobody is signed in, `Forbidden` for an unknown application or anyone
/// else.
async fn application_with_access(
    db: &DatabaseConnection,
    application_id: ApplicationId,
    needed: FacilityAccess,
    activity: crate::db::sessions::Activity,
) -> Result<
    (crate::db::entities::application::Model, crate::db::entities::user::Model, FacilityAccess),
    AppError,
> {
    let (user, roles) = signed_in_as(db, activity).await?;
    let app =
        crate::db::applications::find(db, application_id).await?.ok_or(AppError::Forbidden)?;
    let (user, access) = access_for(db, user, &roles, app.facility_id, needed).await?;
    Ok((app, user, access))
}

/// The application and the signed-in user, who may read it: an active member of its facility
/// or an administrator. The access says whether they may also write (`Reader` may not).
pub async fn reader_of_application(
    db: &DatabaseConnection,
    application_id: ApplicationId,
) -> Result<
    (crate::db::entities::application::Model, crate::db::entities::user::Model, FacilityAccess),
    AppError,
> {
    application_with_access(
        db,
        application_id,
        FacilityAccess::Reader,
        crate::db::sessions::Activity::Person,
    )
    .await
}

/// Who reads an application through [`reader_or_assessor`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplicationReader {
    /// A member of the facility or an administrator, with their access.
    Facility(FacilityAccess),
    /// An active assessor of the application (reads what they judge, writes none of it).
    Assessor,
}

/// The application and the signed-in user who may read it: as [`reader_of_application`], or
/// an active assessor of the application.
pub async fn reader_or_assessor(
    db: &DatabaseConnection,
    application_id: ApplicationId,
) -> Result<
    (crate::db::entities::application::Model, crate::db::entities::user::Model, ApplicationReader),
    AppError,
> {
    match reader_of_application(db, application_id).await {
        Ok((app, user, access)) => Ok((app, user, ApplicationReader::Facility(access))),
        Err(AppError::Forbidden) => {
            let user = super::assessment::checks::assessor_of(db, application_id).await?;
            let app = crate::db::applications::find(db, application_id)
                .await?
                .ok_or(AppError::Forbidden)?;
            Ok((app, user, ApplicationReader::Assessor))
        }
        Err(other) => Err(other),
    }
}

/// `reader_of_application` for the questionnaire's background poll: it does not keep an idle
/// session alive (the person typing does, through the autosave).
pub async fn poller_of_application(
    db: &DatabaseConnection,
    application_id: ApplicationId,
) -> Result<
    (crate::db::entities::application::Model, crate::db::entities::user::Model, FacilityAccess),
    AppError,
> {
    application_with_access(
        db,
        application_id,
        FacilityAccess::Reader,
        crate::db::sessions::Activity::Background,
    )
    .await
}

/// The application and the signed-in user, who must be an active member of its facility: the
/// rule for every write of the facility's content. Administrators are refused unless they
/// hold an approved membership there.
pub async fn member_of_application(
    db: &DatabaseConnection,
    application_id: ApplicationId,
) -> Result<(crate::db::entities::application::Model, crate::db::entities::user::Model), AppError> {
    let (app, user, _) = application_with_access(
        db,
        application_id,
        FacilityAccess::Member,
        crate::db::sessions::Activity::Person,
    )
    .await?;
    Ok((app, user))
}

/// The application and the signed-in user, who must be its facility's Authorised
/// Representative (not even an administrator otherwise): the rule for submitting and for the
/// choices only the AR makes.
pub async fn representative_of_application(
    db: &DatabaseConnection,
    application_id: ApplicationId,
) -> Result<(crate::db::entities::application::Model, crate::db::entities::user::Model), AppError> {
    let (app, user) = member_of_application(db, application_id).await?;
    let representative = crate::db::memberships::role_holder(
        db,
        app.facility_id,
        crate::domain::facilities::FacilityRole::AuthorisedRepresentative,
    )
    .await?;
    if representative != Some(user.id) {
        return Err(AppError::Forbidden);
    }
    Ok((app, user))
}
