//! Termii (specs/termii.yaml): `api_key` in the body; send, verify, in-app, voice token, voice
//! call and e-mail token. A wrong PIN answers 200 `verified: "False"` with `attemptsRemaining`;
//! an expired one 400 `verified: "Expired"`; once the attempts are used up, 400
//! `verified: "Expired"` with the message "Too many attempts"; an unknown pin id 422.
//! A `pin_time_to_live` of 0 never expires (Termii documents 0 as the minimum, not its meaning).

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::State as Axum;
use axum::http::Request;
use axum::response::Response;
use axum::routing::post;
use otpkit_termii::types;
use serde_json::json;

use super::{alphabet, json, typed};
use crate::bounded::Bounded;
use crate::otp::{self, Check, DIGITS, Session, UPPER};
use crate::{Shared, Vendor, body, lock};

const USER: &str = "Termii Sandbox";
const STARTING_BALANCE: f64 = 1000.0;
const PRICE_PER_MESSAGE: f64 = 2.5;

pub(crate) struct State {
    sessions: Bounded<String, Session>,
    sent: u64,
}

impl State {
    pub(crate) fn new(sessions: usize) -> Self {
        Self {
            sessions: Bounded::new(sessions),
            sent: 0,
        }
    }
}

pub(crate) fn router() -> Router<Arc<Shared>> {
    Router::new()
        .route("/termii/api/sms/otp/send", post(send_token))
        .route("/termii/api/sms/otp/verify", post(verify_token))
        .route("/termii/api/sms/otp/generate", post(generate_in_app_token))
        .route("/termii/api/sms/otp/send/voice", post(send_voice_token))
        .route("/termii/api/sms/otp/call", post(make_voice_call))
        .route("/termii/api/email/otp/send", post(send_email_token))
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

/// Laravel-style 422 naming the field, as Termii answers invalid fields.
fn invalid(field: &str, message: &str) -> Response {
    json(
        422,
        &types::Error {
            message: Some("The given data was invalid.".into()),
            errors: Some(json!({ field: [message] })),
            ..Default::default()
        },
    )
}

/// Reads the body as `T` and checks its `api_key`.
async fn read<T: serde::de::DeserializeOwned>(
    shared: &Shared,
    request: Request<Body>,
    api_key: impl Fn(&T) -> &str,
) -> Result<T, Response> {
    let (_, value) =
        body::decode::<serde_json::Value>(request, true, |_, m| refuse(400, m)).await?;
    let parsed: T = typed(value).map_err(|m| refuse(400, &m))?;
    if api_key(&parsed) != shared.config.termii_api_key {
        return Err(refuse(401, "Unauthorized: invalid API key"));
    }
    Ok(parsed)
}

/// Checks the PIN options every generating call shares; the PIN's alphabet on success.
fn pin_options(
    length: i32,
    ttl: i32,
    pin_type: Option<types::PinType>,
) -> Result<(usize, Option<Duration>, Vec<char>), Response> {
    if !(4..=8).contains(&length) {
        return Err(invalid(
            "pin_length",
            "The pin length must be between 4 and 8.",
        ));
    }
    if !(0..=60).contains(&ttl) {
        return Err(invalid(
            "pin_time_to_live",
            "The pin time to live must be between 0 and 60.",
        ));
    }
    let ttl = (ttl > 0).then(|| Duration::from_secs(60 * ttl as u64));
    let chars = match pin_type {
        Some(types::PinType::Alphanumeric) => alphabet(&[DIGITS, UPPER]),
        _ => alphabet(&[DIGITS]),
    };
    Ok((length as usize, ttl, chars))
}

/// Starts a verifiable PIN session; returns its id and code.
fn open_session(
    shared: &Shared,
    destination: &str,
    length: usize,
    chars: &[char],
    ttl: Option<Duration>,
    attempts: u32,
) -> (String, String) {
    let pin_id = otp::uuid();
    let code = otp::code(length, chars);
    let session = Session::new(
        code.clone(),
        destination.into(),
        shared.clock.now(),
        ttl,
        attempts,
    );
    lock(&shared.termii)
        .sessions
        .insert(pin_id.clone(), session);
    (pin_id, code)
}

/// Charges one message and answers in the shape voice and e-mail calls share.
fn delivered(shared: &Shared, pin_id: Option<String>) -> Response {
    let sent = {
        let mut state = lock(&shared.termii);
        state.sent += 1;
        state.sent
    };
    json(
        200,
        &types::DeliveryResponse {
            code: Some("ok".into()),
            message_id: Some(format!("{}", 453_166_532_802_459_832u64 + sent)),
            pin_id,
            message: Some("Successfully Sent".into()),
            balance: Some(STARTING_BALANCE - PRICE_PER_MESSAGE * sent as f64),
            user: Some(USER.into()),
        },
    )
}

async fn send_token(
    Axum(shared): Axum<Arc<Shared>>,
    request: Request<Body>,
) -> Result<Response, Response> {
    let r: types::SendTokenRequest =
        read(&shared, request, |r: &types::SendTokenRequest| &r.api_key).await?;
    let (length, ttl, chars) = pin_options(r.pin_length.0, r.pin_time_to_live.0, Some(r.pin_type))?;
    let (pin_id, code) = open_session(&shared, &r.to, length, &chars, ttl, r.pin_attempts.0.get());
    let channel = match r.channel {
        types::Channel::Dnd | types::Channel::Generic => "sms",
        types::Channel::WhatsApp => "whatsapp",
        types::Channel::Email => "email",
    };
    let text = r.message_text.replace(r.pin_placeholder.as_str(), &code);
    shared.deliver(Vendor::Termii, channel, &r.to, text, &code);
    lock(&shared.termii).sent += 1;
    Ok(json(
        200,
        &types::SendTokenResponse {
            pin_id,
            to: Some(r.to.to_string()),
            sms_status: Some("Message Sent".into()),
        },
    ))
}

async fn verify_token(
    Axum(shared): Axum<Arc<Shared>>,
    request: Request<Body>,
) -> Result<Response, Response> {
    let r: types::VerifyTokenRequest =
        read(&shared, request, |r: &types::VerifyTokenRequest| &r.api_key).await?;
    let now = shared.clock.now();
    let mut state = lock(&shared.termii);
    let Some(session) = state.sessions.get_mut(r.pin_id.as_str()) else {
        return Err(json(
            422,
            &types::Error {
                errors: Some(json!([])),
                message: Some("Pin not found".into()),
                ..Default::default()
            },
        ));
    };
    let msisdn = Some(session.destination.clone());
    let pin_id = Some(r.pin_id.to_string());
    let verified = |v: &str| Some(types::Verified::String(v.into()));
    Ok(match session.check(r.pin.as_str(), now) {
        Check::Approved => {
            state.sessions.remove(r.pin_id.as_str());
            json(
                200,
                &types::VerifyTokenResponse {
                    pin_id,
                    verified: types::Verified::String("True".into()),
                    msisdn,
                    attempts_remaining: None,
                },
            )
        }
        Check::Wrong { attempts_left } => json(
            200,
            &types::VerifyTokenResponse {
                pin_id,
                verified: types::Verified::String("False".into()),
                msisdn,
                attempts_remaining: Some(attempts_left.into()),
            },
        ),
        Check::Expired => json(
            400,
            &types::Error {
                verified: verified("Expired"),
                msisdn,
                pin_id,
                ..Default::default()
            },
        ),
        Check::Exhausted => json(
            400,
            &types::Error {
                verified: verified("Expired"),
                message: Some("Too many attempts".into()),
                msisdn,
                pin_id,
                ..Default::default()
            },
        ),
    })
}

async fn generate_in_app_token(
    Axum(shared): Axum<Arc<Shared>>,
    request: Request<Body>,
) -> Result<Response, Response> {
    let r: types::InAppTokenRequest =
        read(&shared, request, |r: &types::InAppTokenRequest| &r.api_key).await?;
    let (length, ttl, chars) = pin_options(r.pin_length.0, r.pin_time_to_live.0, Some(r.pin_type))?;
    // Handed back, not delivered: nothing reaches the inbox.
    let (pin_id, otp) = open_session(
        &shared,
        &r.phone_number,
        length,
        &chars,
        ttl,
        r.pin_attempts.0.get(),
    );
    Ok(json(
        200,
        &types::InAppTokenResponse {
            status: Some("success".into()),
            data: types::InAppToken {
                pin_id,
                otp,
                phone_number: Some(r.phone_number.to_string()),
                phone_number_other: Some(USER.into()),
            },
        },
    ))
}

async fn send_voice_token(
    Axum(shared): Axum<Arc<Shared>>,
    request: Request<Body>,
) -> Result<Response, Response> {
    let r: types::VoiceTokenRequest =
        read(&shared, request, |r: &types::VoiceTokenRequest| &r.api_key).await?;
    let (length, ttl, chars) = pin_options(r.pin_length.0, r.pin_time_to_live.0, None)?;
    let (pin_id, code) = open_session(
        &shared,
        &r.phone_number,
        length,
        &chars,
        ttl,
        r.pin_attempts.0.get(),
    );
    shared.deliver(
        Vendor::Termii,
        "voice",
        &r.phone_number,
        format!("Your verification code is {code}"),
        &code,
    );
    Ok(delivered(&shared, Some(pin_id)))
}

async fn make_voice_call(
    Axum(shared): Axum<Arc<Shared>>,
    request: Request<Body>,
) -> Result<Response, Response> {
    let r: types::VoiceCallRequest =
        read(&shared, request, |r: &types::VoiceCallRequest| &r.api_key).await?;
    if !(1000..=99_999_999).contains(&r.code) {
        return Err(invalid("code", "The code must be 4 to 8 digits."));
    }
    let code = r.code.to_string();
    shared.deliver(
        Vendor::Termii,
        "voice",
        &r.phone_number,
        format!("Your verification code is {code}"),
        &code,
    );
    Ok(
        // Termii returns a pinId here although the code cannot be verified with it.
        delivered(&shared, Some(otp::uuid())),
    )
}

async fn send_email_token(
    Axum(shared): Axum<Arc<Shared>>,
    request: Request<Body>,
) -> Result<Response, Response> {
    let r: types::EmailTokenRequest =
        read(&shared, request, |r: &types::EmailTokenRequest| &r.api_key).await?;
    let code = r.code.to_string();
    shared.deliver(
        Vendor::Termii,
        "email",
        &r.email_address,
        format!("Your verification code is {code}"),
        &code,
    );
    Ok(delivered(&shared, None))
}
