//! ShoutOUT (specs/shoutout.yaml): `Authorization: Apikey <key>` (403 `{message}` otherwise),
//! `{{code}}` substituted in the SMS; a destination with or without `+` (E.164 as documented). Verification: 200 `statusCode` "1000"; a wrong code 400
//! `statusCode` "1001", an expired one 400 "1002" (the codes clients observe), used-up
//! attempts 400 "1001" with "Maximum verification attempts exceeded", an unknown reference 400
//! `{message}` only. Sandbox defaults (ShoutOUT documents none): 5-digit codes, as clients
//! assume, valid 5 minutes, 3 attempts.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::State as Axum;
use axum::http::{HeaderMap, Request, header};
use axum::response::Response;
use axum::routing::post;
use otpkit_shoutout::types;

use super::registry::Model;
use crate::body;
use crate::body::{json, typed};
use crate::bounded::Bounded;
use crate::config::Config;
use crate::otp::{self, Check, DIGITS, Session, alphabet};
use crate::shared::{Ids, Shared, lock};
use crate::vendors::Vendor;

pub(crate) const BASE_PATH: &str = "/shoutout";
/// Codes awaiting verification, by reference id.
pub(crate) struct State {
    sessions: Bounded<String, Session>,
}

impl Model for State {
    fn new(config: &Config) -> Self {
        Self {
            sessions: Bounded::new(config.session_capacity),
        }
    }
}

const CODE_LENGTH: usize = 5;
const TTL: Duration = Duration::from_secs(300);
const ATTEMPTS: u32 = 3;

pub(crate) fn router() -> Router<Arc<Shared>> {
    Router::new()
        .route("/shoutout/otpservice/send", post(send_otp))
        .route("/shoutout/otpservice/verify", post(verify_otp))
}

pub(crate) fn refuse(status: u16, message: &str) -> Response {
    json(
        status,
        &types::Error {
            message: Some(message.into()),
            ..Default::default()
        },
    )
}

fn failed(status_code: &str, message: &str) -> Response {
    json(
        400,
        &types::Error {
            message: Some(message.into()),
            status_code: Some(types::StatusCode(status_code.into())),
            description: Some(message.into()),
            reference_id: None,
        },
    )
}

async fn read<T: serde::de::DeserializeOwned + schemars::JsonSchema>(
    shared: &Shared,
    request: Request<Body>,
) -> Result<T, Response> {
    let authorized = shared
        .config
        .var("SHOUTOUT_API_KEY")
        .is_some_and(|key| authorized(request.headers(), key));
    let (_, value) =
        body::decode::<serde_json::Value>(request, true, |_, m| refuse(400, m)).await?;
    if !authorized {
        return Err(refuse(403, "We couldn't authenticate you"));
    }
    typed(value).map_err(|invalid| {
        let problem = match invalid.field.as_str() {
            _ if invalid.missing => "is required",
            "content.sms" => "must contain {{code}}",
            _ => "is invalid",
        };
        refuse(
            400,
            &format!(
                "We could not process that action: {} {problem}",
                invalid.field
            ),
        )
    })
}

fn authorized(headers: &HeaderMap, key: &str) -> bool {
    let value = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    value
        .strip_prefix("Apikey ")
        .is_some_and(|sent| sent == key)
}

async fn send_otp(
    Axum(shared): Axum<Arc<Shared>>,
    request: Request<Body>,
) -> Result<Response, Response> {
    let r: types::SendOtpRequest = read(&shared, request).await?;
    let code = otp::code(CODE_LENGTH, &alphabet(&[DIGITS]));
    let reference_id = otp::uuid();
    let session = Session::new(
        code.clone(),
        r.destination.to_string(),
        shared.clock.now(),
        Some(TTL),
        ATTEMPTS,
    );
    let forgotten = lock(&shared.vendors.shoutout)
        .sessions
        .insert(reference_id.clone(), session);
    for key in forgotten {
        shared.forgot(Vendor::Shoutout, &key);
    }
    let text = r.content.sms.replace("{{code}}", &code);
    shared.deliver(
        Vendor::Shoutout,
        "sms",
        &r.destination,
        text,
        &code,
        Ids::verification(reference_id.clone()),
    );
    Ok(json(
        200,
        &types::SendOtpResponse {
            reference_id,
            message_result: Some(types::MessageResult {
                status: Some("1001".into()),
                description: Some("submit success".into()),
                cost: Some(1.0),
                responses: vec![types::DestinationResult {
                    destination: Some(r.destination.to_string()),
                    reference_id: Some(otp::uuid()),
                    status: Some("1001".into()),
                    cost: Some(1.0),
                }],
            }),
        },
    ))
}

async fn verify_otp(
    Axum(shared): Axum<Arc<Shared>>,
    request: Request<Body>,
) -> Result<Response, Response> {
    let r: types::VerifyOtpRequest = read(&shared, request).await?;
    let now = shared.clock.now();
    let mut state = lock(&shared.vendors.shoutout);
    let sessions = &mut state.sessions;
    let Some(session) = sessions.get_mut(r.reference_id.as_str()) else {
        return Err(refuse(400, "Invalid reference id"));
    };
    let check = session.check(&r.code, now);
    shared.checked(Vendor::Shoutout, r.reference_id.as_str(), check);
    Ok(match check {
        Check::Approved => {
            sessions.remove(r.reference_id.as_str());
            json(
                200,
                &types::VerifyOtpResponse {
                    reference_id: Some(r.reference_id.to_string()),
                    code: Some(r.code.to_string()),
                    status_code: types::StatusCode("1000".into()),
                    description: Some("verification success".into()),
                },
            )
        }
        Check::Wrong { .. } => failed("1001", "Invalid or expired OTP"),
        Check::Expired => failed("1002", "OTP expired"),
        Check::Exhausted => failed("1001", "Maximum verification attempts exceeded"),
    })
}
