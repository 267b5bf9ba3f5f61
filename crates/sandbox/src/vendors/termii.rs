//! Termii (specs/termii.yaml): `api_key` in the body; send, verify, in-app, voice token, voice
//! call and e-mail token. A wrong PIN answers 200 `verified: "False"` with `attemptsRemaining`;
//! an expired one 400 `verified: "Expired"`; once the attempts are used up, 400
//! `verified: "Expired"` with the message "Too many attempts"; an unknown pin id 422.
//! A `pin_time_to_live` of 0 never expires (Termii documents 0 as the minimum, not its meaning).
//! Each delivered message costs [`PRICE_PER_MESSAGE`] of the account balance; one it cannot pay
//! for is refused with 422 "Insufficient balance" and not sent. An invalid field is refused with
//! Termii's Laravel-style 422 naming it.
//!
//! A destination number (`to`, `phone_number`) must be in international format without `+`:
//! 8 to 15 ASCII digits, not starting with 0 (see [`check_number`]); anything else is refused
//! with that 422 on every route that takes one, before anything is charged or delivered.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::Query;
use axum::extract::State as Axum;
use axum::extract::rejection::QueryRejection;
use axum::http::Request;
use axum::response::Response;
use axum::routing::{get, post};
use otpkit_termii::types;
use serde_json::json;

use super::registry::Model;
use crate::body;
use crate::body::{Invalid, json, typed};
use crate::bounded::Bounded;
use crate::config::Config;
use crate::inbox::Message;
use crate::otp::{self, Check, DIGITS, Session, UPPER, alphabet};
use crate::reports::{Post, ReportOutcome, vendor_time};
use crate::shared::{Ids, Shared, lock};
use crate::vendors::Vendor;

pub(crate) const BASE_PATH: &str = "/termii";
const USER: &str = "Termii Sandbox";
/// Enough for any run, load tests and benchmarks included; a test that wants the refusal sets
/// a small balance.
const STARTING_BALANCE: f64 = 1_000_000_000.0;
const PRICE_PER_MESSAGE: f64 = 2.5;

pub(crate) struct State {
    sessions: Bounded<String, Session>,
    /// Every message sent, by its number (its message id less [`FIRST_MESSAGE_ID`]), as the
    /// history lists it: kept small, since every send adds one.
    history: Bounded<u64, Sent>,
    sent: u64,
    balance: f64,
}

impl Model for State {
    fn new(config: &Config) -> Self {
        Self {
            sessions: Bounded::new(config.session_capacity),
            history: Bounded::new(config.session_capacity),
            sent: 0,
            balance: STARTING_BALANCE,
        }
    }

    fn balance(&self) -> Option<f64> {
        Some(self.balance)
    }

    fn set_balance(&mut self, balance: f64) -> bool {
        self.balance = balance;
        true
    }

    /// Termii's report (spec `DeliveryReportEvent`), signed in `X-Termii-Signature`: the hex
    /// HMAC-SHA512 of the body under the account's secret key (`TERMII_SECRET_KEY`).
    fn report(config: &Config, message: &Message, outcome: ReportOutcome) -> Option<Post> {
        use hmac::{Hmac, Mac};
        use otpkit_termii::declared::ConfigKey;

        let secret = config.var(ConfigKey::SecretKey.as_str())?;
        let status = status(outcome);
        let event = types::DeliveryReportEvent {
            type_: Some("outbound".into()),
            id: otp::uuid(),
            message_id: message.message_id.clone(),
            receiver: Some(message.destination.trim_start_matches('+').into()),
            sender: config.var(ConfigKey::SenderId.as_str()).map(Into::into),
            message: Some(message.text.clone()),
            sent_at: Some(vendor_time(message.at_unix_ms)),
            cost: Some(format!("{PRICE_PER_MESSAGE:.2}")),
            status: status.into(),
            channel: Some(message.channel.clone()),
        };
        let body = serde_json::to_vec(&event).ok()?;
        let mut mac = Hmac::<sha2::Sha512>::new_from_slice(secret.as_bytes()).ok()?;
        mac.update(&body);
        let signature = hex::encode(mac.finalize().into_bytes());
        Some(Post {
            body,
            content_type: "application/json",
            headers: vec![("X-Termii-Signature", signature)],
        })
    }
}

/// The id of Termii's message 0: the `sent`-th message's id is this plus `sent`.
const FIRST_MESSAGE_ID: u64 = 453_166_532_802_459_832;

/// The id Termii gives the `sent`-th message (answered by voice and e-mail sends only).
fn message_id(sent: u64) -> String {
    (FIRST_MESSAGE_ID + sent).to_string()
}

/// A message of the history, as little as its row needs.
pub(crate) struct Sent {
    to: String,
    text: String,
    voice: bool,
    outcome: ReportOutcome,
    at_unix_ms: u128,
}

impl Sent {
    fn row(&self, sent: u64) -> types::HistoryRow {
        types::HistoryRow {
            message_id: Some(message_id(sent)),
            sender: None,
            receiver: Some(self.to.trim_start_matches('+').into()),
            message: Some(self.text.clone()),
            amount: Some(PRICE_PER_MESSAGE),
            reroute: Some(0),
            status: status(self.outcome).into(),
            sms_type: Some(if self.voice { "voice" } else { "generic" }.into()),
            send_by: Some("api".into()),
            media_url: None,
            notify_url: None,
            notify_id: None,
            created_at: Some(vendor_time(self.at_unix_ms)),
        }
    }
}

/// Delivers the `sent`-th message, with the code of the PIN `pin_id` where Termii can check it,
/// and enters it in the history, with the status the outcome chosen for its destination gives it.
fn deliver(
    shared: &Shared,
    channel: &str,
    to: &str,
    text: String,
    code: &str,
    sent: u64,
    pin_id: Option<&str>,
) {
    let entry = Sent {
        to: to.into(),
        text: text.clone(),
        voice: channel == "voice",
        outcome: shared.reports.outcome(to),
        at_unix_ms: Message::at(shared.clock.wall()),
    };
    lock(&shared.vendors.termii).history.insert(sent, entry);
    let ids = Ids {
        message: Some(message_id(sent)),
        verification: pin_id.map(String::from),
    };
    shared.deliver(Vendor::Termii, channel, to, text, code, ids);
}

/// How Termii words an outcome, in reports and the history.
fn status(outcome: ReportOutcome) -> &'static str {
    match outcome {
        ReportOutcome::Delivered => "DELIVERED | Message delivered to handset",
        ReportOutcome::Failed => "Message Failed",
        ReportOutcome::Dnd => "DND Active on Phone Number",
        ReportOutcome::Unknown => "Unknown",
    }
}

#[derive(serde::Deserialize)]
struct HistoryQuery {
    api_key: Option<String>,
    message_id: Option<String>,
}

/// `GET /api/sms/inbox?api_key=…[&message_id=…]`: the history, newest first, as the
/// paginated object Termii's clients read (one page).
async fn message_history(
    Axum(shared): Axum<Arc<Shared>>,
    query: Result<Query<HistoryQuery>, QueryRejection>,
) -> Result<Response, Response> {
    let Ok(Query(query)) = query else {
        return Err(refuse(400, "The query string could not be read."));
    };
    if query.api_key.as_deref() != shared.config.var("TERMII_API_KEY") {
        return Err(refuse(401, "Unauthorized: invalid API key"));
    }
    if query.message_id.as_deref().is_some_and(str::is_empty) {
        return Err(invalid(
            "message_id",
            "The message id field must not be empty.",
        ));
    }
    let state = lock(&shared.vendors.termii);
    let rows: Vec<types::HistoryRow> = match &query.message_id {
        Some(id) => id
            .parse::<u64>()
            .ok()
            .and_then(|id| id.checked_sub(FIRST_MESSAGE_ID))
            .and_then(|sent| Some(state.history.get(&sent)?.row(sent)))
            .into_iter()
            .collect(),
        None => {
            let mut sent: Vec<u64> = state.history.iter().map(|(sent, _)| *sent).collect();
            sent.sort_unstable_by(|a, b| b.cmp(a));
            sent.truncate(15);
            sent.iter()
                .filter_map(|n| Some(state.history.get(n)?.row(*n)))
                .collect()
        }
    };
    let total = rows.len() as i64;
    Ok(json(
        200,
        &types::HistoryResponse {
            data: types::HistoryResponseData {
                current_page: Some(1),
                per_page: Some(15),
                total: Some(total),
                data: rows,
            },
        },
    ))
}

pub(crate) fn router() -> Router<Arc<Shared>> {
    Router::new()
        .route("/termii/api/sms/otp/send", post(send_token))
        .route("/termii/api/sms/otp/verify", post(verify_token))
        .route("/termii/api/sms/otp/generate", post(generate_in_app_token))
        .route("/termii/api/sms/otp/send/voice", post(send_voice_token))
        .route("/termii/api/sms/otp/call", post(make_voice_call))
        .route("/termii/api/email/otp/send", post(send_email_token))
        .route("/termii/api/get-balance", get(get_balance))
        .route("/termii/api/sms/inbox", get(message_history))
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

/// Laravel's 422 for a field that is missing or fails its rule.
fn invalid_field(problem: &Invalid) -> Response {
    let words = problem.words();
    let message = if problem.missing {
        format!("The {words} field is required.")
    } else {
        format!("The {words} field is invalid.")
    };
    invalid(&problem.field, &message)
}

/// Whether `number` is a destination as Termii documents it: "international format
/// (Example: 23490126727)", i.e. E.164 without the `+`: 8 to 15 ASCII digits, the first not 0
/// (country codes never start with 0, so a leading 0 is a national number such as
/// 08012345678). A leading `+` is refused: the tables and every JSON example write the number
/// without it and so does specs/termii.yaml ("International format without `+`"); only the
/// C# sample of the old Send Token page sends `+2348109077743`, taken here as one more sample
/// slip (NOTES.md section 1.5 lists others). otpkit's adapter sends the digits alone.
/// `char::is_ascii_digit`, not `char::is_numeric`: full-width or Arabic-Indic digits are not a
/// number a carrier can route.
fn is_international_number(number: &str) -> bool {
    (8..=15).contains(&number.len())
        && !number.starts_with('0')
        && number.bytes().all(|b| b.is_ascii_digit())
}

/// Refuses a destination number that is not in Termii's international format, naming `field`.
fn check_number(field: &str, number: &str) -> Result<(), Response> {
    if is_international_number(number) {
        return Ok(());
    }
    let words = field.replace('_', " ");
    Err(invalid(
        field,
        &format!(
            "The {words} must be a phone number in international format without +: 8 to 15 digits, e.g. 2348109077743."
        ),
    ))
}

/// Reads the body as `T` and checks its `api_key`.
async fn read<T: serde::de::DeserializeOwned + schemars::JsonSchema>(
    shared: &Shared,
    request: Request<Body>,
    api_key: impl Fn(&T) -> &str,
) -> Result<T, Response> {
    let (_, value) =
        body::decode::<serde_json::Value>(request, true, |_, m| refuse(400, m)).await?;
    let parsed: T = typed(value).map_err(|e| invalid_field(&e))?;
    if Some(api_key(&parsed)) != shared.config.var("TERMII_API_KEY") {
        return Err(refuse(401, "Unauthorized: invalid API key"));
    }
    Ok(parsed)
}

/// The spec types `pin_attempts` as int32; the generated `NonZeroU32` keeps only its minimum.
fn attempts(pin_attempts: types::PinAttempts) -> Result<u32, Response> {
    let attempts = pin_attempts.0.get();
    if i32::try_from(attempts).is_err() {
        return Err(invalid(
            "pin_attempts",
            &format!("The pin attempts may not be greater than {}.", i32::MAX),
        ));
    }
    Ok(attempts)
}

/// Takes the price of one message from the balance, or refuses as Termii does when it cannot.
fn charge(shared: &Shared) -> Result<u64, Response> {
    let mut state = lock(&shared.vendors.termii);
    if state.balance < PRICE_PER_MESSAGE {
        return Err(refuse(422, "Insufficient balance"));
    }
    state.balance -= PRICE_PER_MESSAGE;
    state.sent += 1;
    Ok(state.sent)
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
    let forgotten = lock(&shared.vendors.termii)
        .sessions
        .insert(pin_id.clone(), session);
    for key in forgotten {
        shared.forgot(Vendor::Termii, &key);
    }
    (pin_id, code)
}

/// The answer voice and e-mail calls share, for the `sent`-th message (already charged).
fn delivered(shared: &Shared, sent: u64, pin_id: Option<String>) -> Response {
    json(
        200,
        &types::DeliveryResponse {
            code: Some("ok".into()),
            message_id: Some(message_id(sent)),
            pin_id,
            message: Some("Successfully Sent".into()),
            balance: Some(lock(&shared.vendors.termii).balance),
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
    // `to` is an e-mail address on the `email` channel, a number on every other.
    if matches!(r.channel, types::Channel::Email) {
        if !email_address::EmailAddress::is_valid(r.to.as_str()) {
            return Err(invalid("to", "The to must be a valid email address."));
        }
    } else {
        check_number("to", r.to.as_str())?;
    }
    // Either name is accepted (the docs disagree); the newer `pin_type` decides.
    let Some(pin_type) = r.pin_type.or(r.message_type) else {
        return Err(invalid("pin_type", "The pin type field is required."));
    };
    let (length, ttl, chars) = pin_options(r.pin_length.0, r.pin_time_to_live.0, Some(pin_type))?;
    let attempts = attempts(r.pin_attempts)?;
    let sent = charge(&shared)?;
    let (pin_id, code) = open_session(&shared, &r.to, length, &chars, ttl, attempts);
    let channel = match r.channel {
        types::Channel::Dnd | types::Channel::Generic => "sms",
        types::Channel::WhatsApp => "whatsapp",
        types::Channel::Email => "email",
    };
    let text = r.message_text.replace(r.pin_placeholder.as_str(), &code);
    // Termii reports this message under an id its answer does not carry.
    deliver(&shared, channel, &r.to, text, &code, sent, Some(&pin_id));
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
    let mut state = lock(&shared.vendors.termii);
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
    let check = session.check(r.pin.as_str(), now);
    shared.checked(Vendor::Termii, r.pin_id.as_str(), check);
    Ok(match check {
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
    check_number("phone_number", r.phone_number.as_str())?;
    let (length, ttl, chars) = pin_options(r.pin_length.0, r.pin_time_to_live.0, Some(r.pin_type))?;
    let attempts = attempts(r.pin_attempts)?;
    // Handed back, not delivered: nothing reaches the inbox and nothing is charged.
    let (pin_id, otp) = open_session(&shared, &r.phone_number, length, &chars, ttl, attempts);
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
    check_number("phone_number", r.phone_number.as_str())?;
    let (length, ttl, chars) = pin_options(r.pin_length.0, r.pin_time_to_live.0, None)?;
    let attempts = attempts(r.pin_attempts)?;
    let sent = charge(&shared)?;
    let (pin_id, code) = open_session(&shared, &r.phone_number, length, &chars, ttl, attempts);
    deliver(
        &shared,
        "voice",
        &r.phone_number,
        format!("Your verification code is {code}"),
        &code,
        sent,
        Some(&pin_id),
    );
    Ok(delivered(&shared, sent, Some(pin_id)))
}

async fn make_voice_call(
    Axum(shared): Axum<Arc<Shared>>,
    request: Request<Body>,
) -> Result<Response, Response> {
    let r: types::VoiceCallRequest =
        read(&shared, request, |r: &types::VoiceCallRequest| &r.api_key).await?;
    check_number("phone_number", r.phone_number.as_str())?;
    if !(1000..=99_999_999).contains(&r.code) {
        return Err(invalid("code", "The code must be 4 to 8 digits."));
    }
    let sent = charge(&shared)?;
    let code = r.code.to_string();
    deliver(
        &shared,
        "voice",
        &r.phone_number,
        format!("Your verification code is {code}"),
        &code,
        sent,
        None,
    );
    Ok(
        // Termii returns a pinId here although the code cannot be verified with it.
        delivered(&shared, sent, Some(otp::uuid())),
    )
}

async fn send_email_token(
    Axum(shared): Axum<Arc<Shared>>,
    request: Request<Body>,
) -> Result<Response, Response> {
    let r: types::EmailTokenRequest =
        read(&shared, request, |r: &types::EmailTokenRequest| &r.api_key).await?;
    // `format: email` leaves a plain String in the generated type: checked here.
    if !email_address::EmailAddress::is_valid(&r.email_address) {
        return Err(invalid(
            "email_address",
            "The email address must be a valid email address.",
        ));
    }
    let sent = charge(&shared)?;
    let code = r.code.to_string();
    deliver(
        &shared,
        "email",
        &r.email_address,
        format!("Your verification code is {code}"),
        &code,
        sent,
        None,
    );
    Ok(delivered(&shared, sent, None))
}

/// `GET /api/get-balance?api_key=…`: the wallet as the sends left it, in naira.
async fn get_balance(
    Axum(shared): Axum<Arc<Shared>>,
    query: Result<Query<std::collections::HashMap<String, String>>, QueryRejection>,
) -> Response {
    let Ok(Query(query)) = query else {
        return refuse(400, "The query string could not be read.");
    };
    if query.get("api_key").map(String::as_str) != shared.config.var("TERMII_API_KEY") {
        return refuse(401, "Unauthorized: invalid API key");
    }
    let balance = lock(&shared.vendors.termii).balance;
    json(
        200,
        &types::BalanceResponse {
            user: Some(USER.into()),
            balance,
            currency: "NGN".into(),
        },
    )
}
