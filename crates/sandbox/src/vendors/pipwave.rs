//! pipwave (specs/pipwave.yaml): one URL, the body's `action` picks the operation, and every
//! outcome is the body `status` on HTTP 200: 403 for a wrong key (header or body), 401 for a
//! bad signature, 404 for an unknown action, 9001 for malformed parameters, 5002 with
//! `seconds_till_resend` for a resend that comes too soon, 5052 for a wrong answer and 5051 for
//! an expired, unknown, used-up or already verified session, 5004 when the account's credit
//! cannot pay for a token. Sandbox defaults (pipwave documents none): 6-digit codes valid 5
//! minutes, 3 answers per session, one credit a token.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::State as Axum;
use axum::http::Request;
use axum::response::Response;
use axum::routing::post;
use otpkit_pipwave::signature;
use otpkit_pipwave::types::{self, PhoneVerifyRequest, PhoneVerifyResponse, Status};

use super::registry::Model;
use crate::body;
use crate::body::{Invalid, json, typed};
use crate::bounded::Bounded;
use crate::config::Config;
use crate::otp::{self, Check, DIGITS, Session, alphabet};
use crate::shared::{Ids, Shared, lock};
use crate::vendors::Vendor;

pub(crate) const BASE_PATH: &str = "/pipwave";
const CODE_LENGTH: usize = 6;
const TTL: Duration = Duration::from_secs(300);
const ATTEMPTS: u32 = 3;
/// A new code to the same number is refused before this (status 5002).
const RESEND_AFTER: Duration = Duration::from_secs(60);
/// Enough for any run, load tests and benchmarks included; a test that wants the refusal sets
/// a small balance.
const STARTING_CREDIT: f64 = 1_000_000_000.0;
const CREDIT_PER_TOKEN: f64 = 1.0;

pub(crate) struct State {
    sessions: Bounded<i64, PipSession>,
    last_send: Bounded<String, Duration>,
    next_reference: i64,
    credit: f64,
}

impl Model for State {
    fn new(config: &Config) -> Self {
        Self {
            sessions: Bounded::new(config.session_capacity),
            last_send: Bounded::new(config.session_capacity),
            next_reference: 0,
            credit: STARTING_CREDIT,
        }
    }

    fn balance(&self) -> Option<f64> {
        Some(self.credit)
    }

    fn set_balance(&mut self, credit: f64) -> bool {
        self.credit = credit;
        true
    }
}

struct PipSession {
    user_id: String,
    session: Session,
}

pub(crate) fn router() -> Router<Arc<Shared>> {
    Router::new().route("/pipwave/phone-verify", post(phone_verify))
}

/// `status` as pipwave's body status on the same HTTP status (HTTP 200 for outcomes).
pub(crate) fn refuse(status: u16, message: &str) -> Response {
    answer(status, status.into(), message)
}

fn answer(http: u16, status: i64, message: &str) -> Response {
    json(http, &response(status, Some(message), None, None))
}

fn response(
    status: i64,
    message: Option<&str>,
    reference: Option<i64>,
    seconds_till_resend: Option<i64>,
) -> PhoneVerifyResponse {
    PhoneVerifyResponse {
        status: Status::Int64(status),
        message: message.map(Into::into),
        reference,
        seconds_till_resend,
    }
}

fn outcome(status: i64, message: &str) -> Response {
    answer(200, status, message)
}

async fn phone_verify(Axum(shared): Axum<Arc<Shared>>, request: Request<Body>) -> Response {
    // pipwave's own clients post JSON with curl's default form content type: accept any.
    let (headers, value) =
        match body::decode::<serde_json::Value>(request, false, |_, m| outcome(9001, m)).await {
            Ok(decoded) => decoded,
            Err(response) => return response,
        };
    let config = &shared.config;
    let header_key = headers.get("x-api-key").and_then(|v| v.to_str().ok());
    if header_key.is_none()
        || header_key != config.var("PIPWAVE_API_KEY")
        || value.get("api_key").and_then(|v| v.as_str()) != header_key
    {
        return outcome(403, "Invalid API key");
    }
    // Decoded as the action's own request type, so that a bad field is named (the untagged
    // enum of both would only say that neither matched).
    let decoded = match value.get("action").and_then(|v| v.as_str()) {
        Some("send-token") => typed(value).map(PhoneVerifyRequest::SendTokenRequest),
        Some("verify-token-answer") => {
            typed(value).map(PhoneVerifyRequest::VerifyTokenAnswerRequest)
        }
        _ => return outcome(404, "Invalid action"),
    };
    // The spec's `minimum: 0`, which the generated i64 does not keep.
    let decoded = decoded.and_then(|request| match &request {
        PhoneVerifyRequest::SendTokenRequest(types::SendTokenRequest { timestamp, .. })
        | PhoneVerifyRequest::VerifyTokenAnswerRequest(types::VerifyTokenAnswerRequest {
            timestamp,
            ..
        }) if timestamp.0 < 0 => Err(Invalid {
            field: "timestamp".into(),
            missing: false,
        }),
        _ => Ok(request),
    });
    let request = match decoded {
        Ok(request) => request,
        Err(invalid) => {
            let problem = if invalid.missing {
                "is required"
            } else {
                "is invalid"
            };
            return outcome(
                9001,
                &format!("Parameter error: {} {problem}", invalid.field),
            );
        }
    };
    let secret = config.var("PIPWAVE_API_SECRET").unwrap_or_default();
    if secret.is_empty() || !signature::verify(&request, secret) {
        return outcome(401, "Invalid API signature");
    }
    match request {
        PhoneVerifyRequest::SendTokenRequest(r) => send_token(&shared, r),
        PhoneVerifyRequest::VerifyTokenAnswerRequest(r) => verify_token_answer(&shared, r),
    }
}

fn contact(dialing_code: &str, contact_no: &str) -> String {
    format!("+{dialing_code}{contact_no}")
}

fn send_token(shared: &Shared, r: types::SendTokenRequest) -> Response {
    let now = shared.clock.now();
    let destination = contact(&r.contact_no_country_dialing_code, &r.contact_no);
    let mut state = lock(&shared.vendors.pipwave);
    if let Some(last) = state.last_send.get(&destination)
        && shared.config.destination_limits
    {
        let wait = last.saturating_add(RESEND_AFTER).saturating_sub(now);
        if !wait.is_zero() {
            let seconds = wait.as_secs_f64().ceil() as i64;
            return json(
                200,
                &response(5002, Some("Too frequent request"), None, Some(seconds)),
            );
        }
    }
    if state.credit < CREDIT_PER_TOKEN {
        return outcome(5004, "Insufficient credit");
    }
    state.credit -= CREDIT_PER_TOKEN;
    state.next_reference += 1;
    let reference = state.next_reference;
    let code = otp::code(CODE_LENGTH, &alphabet(&[DIGITS]));
    let session = Session::new(code.clone(), destination.clone(), now, Some(TTL), ATTEMPTS);
    let forgotten = state.sessions.insert(
        reference,
        PipSession {
            user_id: r.user_id.to_string(),
            session,
        },
    );
    for key in forgotten {
        shared.forgot(Vendor::Pipwave, &key.to_string());
    }
    state.last_send.insert(destination.clone(), now);
    drop(state);
    shared.deliver(
        Vendor::Pipwave,
        "sms",
        &destination,
        format!("Your verification code is {code}"),
        &code,
        Ids::verification(reference.to_string()),
    );
    json(200, &response(200, None, Some(reference), None))
}

fn verify_token_answer(shared: &Shared, r: types::VerifyTokenAnswerRequest) -> Response {
    const GONE: &str = "Session has expired or reference not found";
    let now = shared.clock.now();
    let destination = contact(&r.contact_no_country_dialing_code, &r.contact_no);
    let mut state = lock(&shared.vendors.pipwave);
    let Some(pip) = state.sessions.get_mut(&r.reference) else {
        return outcome(5051, GONE);
    };
    if pip.user_id != *r.user_id || pip.session.destination != destination {
        return outcome(5051, GONE);
    }
    let check = pip.session.check(&r.answer, now);
    shared.checked(Vendor::Pipwave, &r.reference.to_string(), check);
    match check {
        Check::Approved => {
            state.sessions.remove(&r.reference);
            outcome(200, "OK")
        }
        Check::Wrong { .. } => outcome(5052, "Incorrect answer provided"),
        Check::Expired => outcome(5051, GONE),
        Check::Exhausted => outcome(5051, "Session has expired: too many incorrect answers"),
    }
}
