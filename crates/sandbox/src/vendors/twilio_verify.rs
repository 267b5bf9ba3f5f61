//! Twilio Verify v2 (specs/twilio-verify.yaml): HTTP Basic with the Account SID and Auth Token
//! or an API key SID and secret (401, code 20003, otherwise); form-encoded requests; one Verify
//! Service, whose SID the paths must name (404, 20404, for any other). The service's settings,
//! as a new Twilio service has them: 6-digit codes valid 10 minutes, 5 check attempts.
//!
//! - Start answers 201 with the verification, `pending`. A start to a number with a pending
//!   verification re-sends the same code under the same SID; the sixth send to one number
//!   within 10 minutes without a successful check answers 429 (60203). A bad `To` or
//!   `Channel` answers 400 (60200); `sna` and `auto` need access this account lacks (60200).
//!   Numbers in Iran (+98), Syria (+963) and Cuba (+53), where Twilio stopped delivering,
//!   answer 403 (60605), as the geo permissions of every service do.
//! - Check answers 200: `approved` for the right code (the verification is then deleted),
//!   `pending` for a wrong one, `max_attempts_reached` for the fifth wrong one; then it is
//!   locked until it expires: checks, and starts to its number, answer 429 (60202), and fetch
//!   404. Neither `To` nor `VerificationSid`: 400 (60221). A verification approved, cancelled
//!   or expired (after 10 minutes) is gone: 404 (20404).
//! - Fetch answers 200 with a pending verification, 404 otherwise; update with `Status`
//!   canceled or approved ends a live one, locked or not (and its number's send count), and
//!   answers 200.
//! - Attempts (`GET /v2/Attempts?VerificationSid=`) lists each send of a verification, newest
//!   first, with its `channel_data.message_status`: `delivered`, or what the outcome chosen for
//!   the destination makes it (`undelivered` 30008, `failed` 30007 for do-not-disturb, `sent`
//!   for a carrier that never said). Attempts outlive their verification, as Twilio keeps them
//!   30 days.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, Query, State as Axum};
use axum::http::{HeaderMap, Request, header};
use axum::response::Response;
use axum::routing::{get, post};
use base64::Engine;
use otpkit_twilio_verify::types;

use super::registry::Model;
use crate::body;
use crate::body::json;
use crate::bounded::Bounded;
use crate::config::Config;
use crate::otp::{self, Check, DIGITS, Session, alphabet};
use crate::reports::ReportOutcome;
use crate::shared::{Ids, Shared, lock};
use crate::vendors::Vendor;

pub(crate) const BASE_PATH: &str = "/twilio-verify";
const CODE_LENGTH: usize = 6;
/// How long a code lives, and the window in which sends to one number are counted.
const LIFETIME: Duration = Duration::from_secs(600);
const CHECK_ATTEMPTS: u32 = 5;
const MAX_SENDS: u32 = 5;
/// Calling codes the sandbox's geo permissions block, as Twilio's block them for every account.
const BLOCKED: &[&str] = &["+98", "+963", "+53"];

/// One verification awaiting its check.
struct Pending {
    session: Session,
    created: SystemTime,
    /// Each send's channel and time (Twilio's `send_code_attempts`); the last one's channel is
    /// the verification's.
    sends: Vec<(String, SystemTime)>,
}

/// Sends to one number in the current window, and when the window began (sandbox clock).
struct Sends {
    count: u32,
    since: Duration,
}

/// One send of a code, as the Attempts resource lists it.
struct Attempt {
    sid: String,
    channel: String,
    to: String,
    at: SystemTime,
    message_status: &'static str,
    error_code: Option<&'static str>,
}

pub(crate) struct State {
    verifications: Bounded<String, Pending>,
    /// Each verification's sends, kept after the verification itself is gone.
    attempts: Bounded<String, Vec<Attempt>>,
    /// The pending verification of each destination.
    by_to: Bounded<String, String>,
    sends: Bounded<String, Sends>,
}

impl Model for State {
    fn new(config: &Config) -> Self {
        Self {
            verifications: Bounded::new(config.session_capacity),
            attempts: Bounded::new(config.session_capacity),
            by_to: Bounded::new(config.session_capacity),
            sends: Bounded::new(config.session_capacity),
        }
    }
}

impl State {
    /// Deletes the verification `sid`, and its destination's entry if that still names it (a
    /// newer verification to the same number keeps its own).
    fn forget(&mut self, sid: &str) -> Option<Pending> {
        let pending = self.verifications.remove(sid)?;
        let to = pending.session.destination.as_str();
        if self.by_to.get(to).is_some_and(|current| current == sid) {
            self.by_to.remove(to);
        }
        Some(pending)
    }

    /// Ends the verification `sid` (approved or cancelled), and with it its number's send
    /// count: the lifecycle Twilio's 60203 waits for is complete.
    fn finish(&mut self, sid: &str) {
        if let Some(pending) = self.forget(sid) {
            self.sends.remove(pending.session.destination.as_str());
        }
    }

    /// The verification `sid`, or the newest to the number `sid` (Twilio's samples also name
    /// a verification by its `To`), unless it expired: Twilio deletes it then, and so does
    /// this, on the way.
    /// An expired verification found on the way is recorded as expired on its messages.
    fn live(
        &mut self,
        shared: &Shared,
        sid: &str,
        now: Duration,
    ) -> Option<(String, &mut Pending)> {
        let is_sid = sid.len() == 34
            && sid.starts_with("VE")
            && sid[2..].bytes().all(|b| b.is_ascii_hexdigit());
        let sid = if is_sid {
            sid.to_string()
        } else {
            self.by_to.get(sid)?.clone()
        };
        let expired = self
            .verifications
            .get(sid.as_str())?
            .session
            .expires_at
            .is_some_and(|at| now >= at);
        if expired {
            shared.checked(Vendor::TwilioVerify, &sid, Check::Expired);
            self.forget(&sid);
            return None;
        }
        let pending = self.verifications.get_mut(sid.as_str())?;
        Some((sid, pending))
    }
}

/// Whether every check attempt of `p` was spent on wrong codes: it stays locked (checks and
/// new starts to its number answer 60202) until it expires.
fn locked(p: &Pending) -> bool {
    p.session.attempts_left == 0
}

pub(crate) fn router() -> Router<Arc<Shared>> {
    Router::new()
        .route(
            "/twilio-verify/v2/Services/{service}/Verifications",
            post(start_verification),
        )
        .route(
            "/twilio-verify/v2/Services/{service}/VerificationCheck",
            post(check_verification),
        )
        .route(
            "/twilio-verify/v2/Services/{service}/Verifications/{sid}",
            post(update_verification).get(fetch_verification),
        )
        .route("/twilio-verify/v2/Attempts", get(list_attempts))
}

/// Twilio's error body; the code of each HTTP status the sandbox answers without a more
/// specific one follows Twilio's 20xxx-mirrors-HTTP numbering.
pub(crate) fn refuse(status: u16, message: &str) -> Response {
    let code = match status {
        400 => 60200,
        401 => 20003,
        other => 20000 + i64::from(other),
    };
    error(status, code, message)
}

fn error(status: u16, code: i64, message: &str) -> Response {
    json(
        status,
        &types::Error {
            code,
            message: message.into(),
            more_info: Some(format!("https://www.twilio.com/docs/errors/{code}")),
            status: status.into(),
            details: Default::default(),
        },
    )
}

fn invalid(parameter: &str) -> Response {
    error(400, 60200, &format!("Invalid parameter: {parameter}"))
}

fn not_found(path: &str) -> Response {
    error(
        404,
        20404,
        &format!("The requested resource {path} was not found"),
    )
}

/// Whether the `Authorization` header holds one of the credential pairs the sandbox accepts.
fn authorized(headers: &HeaderMap, config: &Config) -> bool {
    let Some((scheme, encoded)) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().split_once(' '))
    else {
        return false;
    };
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok());
    let Some((user, password)) = decoded.as_deref().and_then(|d| d.split_once(':')) else {
        return false;
    };
    let pair = |user_var: &str, password_var: &str| {
        config.var(user_var) == Some(user) && config.var(password_var) == Some(password)
    };
    scheme.eq_ignore_ascii_case("basic")
        && (pair("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN")
            || pair("TWILIO_API_KEY", "TWILIO_API_SECRET"))
}

/// Checks the credentials and the service; the refusal otherwise.
fn admit(shared: &Shared, headers: &HeaderMap, service: &str, path: &str) -> Result<(), Response> {
    if !authorized(headers, &shared.config) {
        return Err(refuse(401, "Authenticate"));
    }
    if shared.config.var("TWILIO_VERIFY_SERVICE_SID") != Some(service) {
        return Err(not_found(&format!("/Services/{service}{path}")));
    }
    Ok(())
}

/// Reads a form body into `T`, after the credentials and the service are checked.
async fn read<T: serde::de::DeserializeOwned>(
    shared: &Shared,
    service: &str,
    path: &str,
    request: Request<Body>,
) -> Result<T, Response> {
    let (headers, decoded) = body::decode_form::<T>(request, refuse).await?;
    admit(shared, &headers, service, path)?;
    decoded.map_err(|invalid_field| {
        if invalid_field.field.is_empty() {
            refuse(400, "Invalid request body")
        } else {
            invalid(&invalid_field.field)
        }
    })
}

fn rfc3339(at: SystemTime) -> String {
    humantime::format_rfc3339_seconds(at).to_string()
}

fn verification(
    sid: &str,
    service: &str,
    shared: &Shared,
    p: &Pending,
    status: &str,
) -> types::Verification {
    let account = shared.config.var("TWILIO_ACCOUNT_SID").map(str::to_string);
    let attempts = p
        .sends
        .iter()
        .enumerate()
        .map(|(i, (channel, at))| {
            let mut attempt = serde_json::Map::new();
            attempt.insert("attempt_sid".into(), format!("VL{:032x}", i + 1).into());
            attempt.insert("channel".into(), channel.to_ascii_uppercase().into());
            attempt.insert("time".into(), rfc3339(*at).into());
            attempt
        })
        .collect();
    types::Verification {
        sid: sid.into(),
        service_sid: Some(service.into()),
        account_sid: account,
        to: Some(p.session.destination.clone()),
        channel: p.sends.last().map(|(channel, _)| channel.clone()),
        status: status.into(),
        valid: Some(status == "approved"),
        lookup: Some(Default::default()),
        amount: None,
        payee: None,
        send_code_attempts: Some(attempts),
        date_created: Some(rfc3339(p.created)),
        date_updated: Some(rfc3339(shared.clock.wall())),
        sna: None,
        url: Some(format!(
            "https://verify.twilio.com/v2/Services/{service}/Verifications/{sid}"
        )),
    }
}

/// Whether `to` is a number in E.164 form.
fn is_e164(to: &str) -> bool {
    to.strip_prefix('+').is_some_and(|digits| {
        (8..=15).contains(&digits.len())
            && !digits.starts_with('0')
            && digits.bytes().all(|b| b.is_ascii_digit())
    })
}

async fn start_verification(
    Axum(shared): Axum<Arc<Shared>>,
    Path(service): Path<String>,
    request: Request<Body>,
) -> Result<Response, Response> {
    let r: types::StartVerificationRequest =
        read(&shared, &service, "/Verifications", request).await?;
    let channel = r.channel.as_str();
    if !matches!(channel, "sms" | "call" | "whatsapp" | "email") {
        // sna and auto need access Twilio grants on request; this account has none.
        return Err(invalid("Channel"));
    }
    let to = r.to.to_string();
    let deliverable = if channel == "email" {
        email_address::EmailAddress::is_valid(&to)
    } else {
        is_e164(&to)
    };
    if !deliverable {
        return Err(invalid("To"));
    }
    if channel != "email" && BLOCKED.iter().any(|prefix| to.starts_with(prefix)) {
        return Err(error(
            403,
            60605,
            "Verification delivery attempt blocked: the destination is blocked by the Verify Service's geo permissions",
        ));
    }
    let now = shared.clock.now();
    let wall = shared.clock.wall();
    let mut state = lock(&shared.vendors.twilio_verify);
    // A live verification to the same number is re-sent: same SID, same code. A locked one
    // must expire first (the 60202 page: wait for it before creating a new one).
    let live = match state.live(&shared, &to, now) {
        Some((_, pending)) if locked(pending) => {
            return Err(error(429, 60202, "Max check attempts reached"));
        }
        Some((sid, _)) => Some(sid),
        None => None,
    };
    let window_over = state
        .sends
        .get(to.as_str())
        .is_none_or(|sends| now >= sends.since.saturating_add(LIFETIME));
    if window_over {
        state.sends.insert(
            to.clone(),
            Sends {
                count: 0,
                since: now,
            },
        );
    }
    let window = state
        .sends
        .get_mut(to.as_str())
        .ok_or_else(|| refuse(500, "send count lost"))?;
    if window.count >= MAX_SENDS && shared.config.destination_limits {
        return Err(error(429, 60203, "Max send attempts reached"));
    }
    window.count += 1;
    let sid = match live {
        Some(sid) => sid,
        None => {
            let code = match &r.custom_code {
                Some(code) => code.to_string(),
                None => otp::code(CODE_LENGTH, &alphabet(&[DIGITS])),
            };
            let sid = format!("VE{}", otp::hex(32));
            let pending = Pending {
                session: Session::new(code, to.clone(), now, Some(LIFETIME), CHECK_ATTEMPTS),
                created: wall,
                sends: Vec::new(),
            };
            for key in state.verifications.insert(sid.clone(), pending) {
                shared.forgot(Vendor::TwilioVerify, &key);
            }
            state.by_to.insert(to.clone(), sid.clone());
            sid
        }
    };
    let pending = state
        .verifications
        .get_mut(sid.as_str())
        .ok_or_else(|| refuse(500, "verification lost"))?;
    // At most five sends reach one verification at Twilio; with the limits off (load tests),
    // the newest five are kept, so an answer stays small.
    if pending.sends.len() >= MAX_SENDS as usize {
        pending.sends.remove(0);
    }
    pending.sends.push((channel.into(), wall));
    let code = pending.session.code.clone();
    let answer = verification(&sid, &service, &shared, pending, "pending");
    let (message_status, error_code) = match shared.reports.outcome(&to) {
        ReportOutcome::Delivered => ("delivered", None),
        ReportOutcome::Failed => ("undelivered", Some("30008")),
        ReportOutcome::Dnd => ("failed", Some("30007")),
        ReportOutcome::Unknown => ("sent", None),
    };
    let attempt = Attempt {
        sid: format!("VL{}", otp::hex(32)),
        channel: channel.into(),
        to: to.clone(),
        at: wall,
        message_status,
        error_code,
    };
    match state.attempts.get_mut(sid.as_str()) {
        Some(attempts) => attempts.push(attempt),
        None => {
            state.attempts.insert(sid.clone(), vec![attempt]);
        }
    }
    drop(state);
    let name = r
        .custom_friendly_name
        .as_deref()
        .unwrap_or("otpkit sandbox");
    let text = format!("Your {name} verification code is: {code}");
    let delivered_on = if channel == "call" { "voice" } else { channel };
    shared.deliver(
        Vendor::TwilioVerify,
        delivered_on,
        &to,
        text,
        &code,
        Ids::verification(sid.clone()),
    );
    Ok(json(201, &answer))
}

async fn check_verification(
    Axum(shared): Axum<Arc<Shared>>,
    Path(service): Path<String>,
    request: Request<Body>,
) -> Result<Response, Response> {
    let path = "/VerificationCheck";
    let r: types::CheckVerificationRequest = read(&shared, &service, path, request).await?;
    // The SID when given, else the number's newest verification.
    let Some(named) = r
        .verification_sid
        .as_ref()
        .map(|sid| sid.to_string())
        .or_else(|| r.to.clone())
    else {
        return Err(error(
            400,
            60221,
            "Invalid parameter: Ensure that either a To or VerificationSid is provided",
        ));
    };
    let Some(code) = r.code.as_deref() else {
        return Err(invalid("Code"));
    };
    let now = shared.clock.now();
    let mut state = lock(&shared.vendors.twilio_verify);
    // Expired (and so deleted) before anything else: a locked one expires too.
    let Some((sid, pending)) = state.live(&shared, &named, now) else {
        return Err(not_found(&format!("/Services/{service}{path}")));
    };
    let check = pending.session.check(code, now);
    shared.checked(Vendor::TwilioVerify, &sid, check);
    let status = match check {
        Check::Approved => "approved",
        Check::Wrong { attempts_left: 0 } => "max_attempts_reached",
        Check::Wrong { .. } => "pending",
        Check::Exhausted => {
            return Err(error(429, 60202, "Max check attempts reached"));
        }
        // `live` let no expired verification through.
        Check::Expired => return Err(not_found(&format!("/Services/{service}{path}"))),
    };
    let answer = verification(&sid, &service, &shared, pending, status);
    if status == "approved" {
        state.finish(&sid);
    }
    Ok(json(
        200,
        &types::VerificationCheck {
            sid: Some(answer.sid),
            service_sid: answer.service_sid,
            account_sid: answer.account_sid,
            to: answer.to,
            channel: answer.channel,
            status: answer.status,
            valid: answer.valid,
            amount: None,
            payee: None,
            date_created: answer.date_created,
            date_updated: answer.date_updated,
            sna_attempts_error_codes: None,
        },
    ))
}

async fn fetch_verification(
    Axum(shared): Axum<Arc<Shared>>,
    Path((service, sid)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, Response> {
    let path = format!("/Verifications/{sid}");
    admit(&shared, &headers, &service, &path)?;
    let now = shared.clock.now();
    let mut state = lock(&shared.vendors.twilio_verify);
    // A locked verification reads as deleted, as the check's 404 after max attempts does.
    let Some((sid, pending)) = state.live(&shared, &sid, now).filter(|(_, p)| !locked(p)) else {
        return Err(not_found(&format!("/Services/{service}{path}")));
    };
    Ok(json(
        200,
        &verification(&sid, &service, &shared, pending, "pending"),
    ))
}

async fn update_verification(
    Axum(shared): Axum<Arc<Shared>>,
    Path((service, sid)): Path<(String, String)>,
    request: Request<Body>,
) -> Result<Response, Response> {
    let path = format!("/Verifications/{sid}");
    let r: types::UpdateVerificationRequest = read(&shared, &service, &path, request).await?;
    let now = shared.clock.now();
    let mut state = lock(&shared.vendors.twilio_verify);
    // Cancelling or approving a locked verification ends it too (the 60203 page's way out).
    let Some((sid, pending)) = state.live(&shared, &sid, now) else {
        return Err(not_found(&format!("/Services/{service}{path}")));
    };
    let status = match r.status {
        types::UpdateVerificationRequestStatus::Canceled => "canceled",
        types::UpdateVerificationRequestStatus::Approved => "approved",
    };
    let answer = verification(&sid, &service, &shared, pending, status);
    state.finish(&sid);
    Ok(json(200, &answer))
}

#[derive(serde::Deserialize)]
struct AttemptFilter {
    #[serde(rename = "VerificationSid")]
    verification_sid: Option<String>,
    #[serde(rename = "PageSize")]
    page_size: Option<u32>,
}

/// `GET /v2/Attempts`: the attempts of one verification (or of all, newest first), as the
/// spec's `AttemptList`.
async fn list_attempts(
    Axum(shared): Axum<Arc<Shared>>,
    headers: HeaderMap,
    filter: Result<Query<AttemptFilter>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, Response> {
    if !authorized(&headers, &shared.config) {
        return Err(refuse(401, "Authenticate"));
    }
    let Ok(Query(filter)) = filter else {
        return Err(invalid("PageSize"));
    };
    let page_size = filter.page_size.unwrap_or(50);
    if !(1..=1000).contains(&page_size) {
        return Err(invalid("PageSize"));
    }
    if filter
        .verification_sid
        .as_deref()
        .is_some_and(str::is_empty)
    {
        return Err(invalid("VerificationSid"));
    }
    let service = shared
        .config
        .var("TWILIO_VERIFY_SERVICE_SID")
        .unwrap_or_default()
        .to_string();
    let account = shared
        .config
        .var("TWILIO_ACCOUNT_SID")
        .unwrap_or_default()
        .to_string();
    let state = lock(&shared.vendors.twilio_verify);
    let mut listed: Vec<(&String, &Attempt)> = match &filter.verification_sid {
        Some(sid) => state
            .attempts
            .get(sid.as_str())
            .into_iter()
            .flatten()
            .map(|a| (sid, a))
            .collect(),
        None => state
            .attempts
            .iter()
            .flat_map(|(sid, attempts)| attempts.iter().map(move |a| (sid, a)))
            .collect(),
    };
    listed.sort_by_key(|(_, a)| std::cmp::Reverse(a.at));
    listed.truncate(page_size as usize);
    let attempts = listed
        .into_iter()
        .map(|(verification, a)| types::Attempt {
            sid: a.sid.clone(),
            account_sid: Some(account.clone()),
            service_sid: Some(service.clone()),
            verification_sid: Some(verification.clone()),
            date_created: Some(rfc3339(a.at)),
            date_updated: Some(rfc3339(a.at)),
            conversion_status: Some("unconverted".into()),
            channel: Some(a.channel.clone()),
            price: None,
            channel_data: Some(types::AttemptChannelData {
                verification_sid: Some(verification.clone()),
                to: Some(a.to.clone()),
                status: Some("pending".into()),
                message_status: Some(a.message_status.into()),
                call_status: None,
                error_code: a.error_code.map(Into::into),
            }),
            url: Some(format!("https://verify.twilio.com/v2/Attempts/{}", a.sid)),
        })
        .collect();
    Ok(json(
        200,
        &types::AttemptList {
            attempts,
            meta: serde_json::Map::from_iter([
                ("page".to_string(), 0.into()),
                ("page_size".to_string(), page_size.into()),
                ("key".to_string(), "attempts".into()),
            ]),
        },
    ))
}
