//! Octopush (specs/octopush.yaml): `api-login` and `api-key` headers (401 otherwise). generate
//! answers 201 with an `otp_request_token`; validate answers 200 `{code: 0}` or 400 with code
//! 194 (no token and no phone), 195 (no code), 196 (too many wrong attempts), 197 (expired),
//! 198 (not found) or 199 (wrong, with `remaining_number_of_attempts`). Defaults where the
//! request leaves them out (Octopush uses the account's): 6 digits, 300 s, 3 wrong attempts,
//! SMS, text "{code}", digits only (an absent `allow_*` flag keeps its default, digits on and
//! the others off, whatever flags are sent; all of them off cannot be fixed and is ignored too).
//! A text without `{code}` gets the code appended.
//! Bad values are cast, cleaned or ignored as Octopush documents ([`lenient`]).

mod lenient;

use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use axum::Router;
use axum::body::Body;
use axum::extract::State as Axum;
use axum::http::{HeaderMap, Request};
use axum::response::Response;
use axum::routing::{get, post, put};
use otpkit_octopush::types;
use serde_json::Value;

use super::registry::Model;
use crate::body;
use crate::body::{json, typed};
use crate::bounded::Bounded;
use crate::config::Config;
use crate::inbox::Message;
use crate::otp::{self, CONFUSING, Check, DIGITS, LOWER, SPECIAL, Session, UPPER};
use crate::reports::{Post, ReportOutcome, vendor_time};
use crate::shared::{Ids, Shared, lock};
use crate::vendors::Vendor;

pub(crate) const BASE_PATH: &str = "/octopush/v1/public";
const DEFAULT_LENGTH: i32 = 6;
const DEFAULT_VALIDITY_SECS: i32 = 300;
const DEFAULT_ATTEMPTS: u32 = 3;

pub(crate) struct State {
    sessions: Bounded<String, Session>,
    /// The newest token sent to each phone number, for validation by number.
    latest: Bounded<String, String>,
    tickets: u64,
    /// The wallet, in euros, as `/_sandbox/balances` sets it (sends do not charge it: Octopush
    /// documents no answer for an empty wallet).
    wallet: f64,
}

/// What a new sandbox's Octopush wallet holds, in euros.
const STARTING_WALLET: f64 = 1_000.0;

impl Model for State {
    fn new(config: &Config) -> Self {
        Self {
            sessions: Bounded::new(config.session_capacity),
            latest: Bounded::new(config.session_capacity),
            tickets: 0,
            wallet: STARTING_WALLET,
        }
    }

    fn balance(&self) -> Option<f64> {
        Some(self.wallet)
    }

    fn set_balance(&mut self, wallet: f64) -> bool {
        self.wallet = wallet;
        true
    }

    /// Octopush's report (spec `DeliveryReportEvent`), a JSON body with no signature: the
    /// receiver's token is in the callback URL.
    fn report(_config: &Config, message: &Message, outcome: ReportOutcome) -> Option<Post> {
        let status = match outcome {
            ReportOutcome::Delivered => "DELIVERED",
            ReportOutcome::Failed => "NOT_DELIVERED",
            ReportOutcome::Dnd => "BLACKLISTED_NUMBER",
            ReportOutcome::Unknown => "UNKNOWN_DELIVERY",
        };
        let channel = match message.channel.as_str() {
            "voice" => "voice_sms",
            other => other,
        };
        let event = types::DeliveryReportEvent {
            message_id: message.message_id.clone()?,
            number: Some(message.destination.clone()),
            status: status.into(),
            delivery_date: Some(vendor_time(message.at_unix_ms)),
            channel: Some(channel.into()),
            unit_price: None,
        };
        Some(Post {
            body: serde_json::to_vec(&event).ok()?,
            content_type: "application/json",
            headers: Vec::new(),
        })
    }
}

pub(crate) fn router() -> Router<Arc<Shared>> {
    Router::new()
        .route(
            "/octopush/v1/public/service/otp/generate",
            post(generate_otp),
        )
        .route(
            "/octopush/v1/public/service/otp/validate",
            put(validate_otp),
        )
        .route(
            "/octopush/v1/public/wallet/check-balance",
            get(check_balance),
        )
}

pub(crate) fn refuse(status: u16, message: &str) -> Response {
    json(
        status,
        &types::Error {
            code: status.into(),
            message: Some(message.into()),
            remaining_number_of_attempts: None,
        },
    )
}

fn rejected(code: i64, message: &str, remaining: Option<u32>) -> Response {
    json(
        400,
        &types::Error {
            code,
            message: Some(message.into()),
            remaining_number_of_attempts: remaining.map(Into::into),
        },
    )
}

fn authorized(headers: &HeaderMap, shared: &Shared) -> bool {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let config = &shared.config;
    header("api-login").is_some_and(|login| Some(login) == config.var("OCTOPUSH_API_LOGIN"))
        && header("api-key").is_some_and(|key| Some(key) == config.var("OCTOPUSH_API_KEY"))
}

/// Reads the body, checks the credentials and normalises the fields as Octopush does.
async fn read(
    shared: &Shared,
    request: Request<Body>,
    normalise: fn(&mut Value),
) -> Result<Value, Response> {
    let (headers, mut value) = body::decode::<Value>(request, true, |_, m| refuse(400, m)).await?;
    if !authorized(&headers, shared) {
        return Err(refuse(401, "Unauthorized: wrong api-login or api-key"));
    }
    normalise(&mut value);
    Ok(value)
}

/// Decodes a normalised body; what is still wrong (a phone number that is no number) is named.
fn decode<T: serde::de::DeserializeOwned + schemars::JsonSchema>(
    value: Value,
) -> Result<T, Response> {
    typed(value).map_err(|invalid| {
        let message = if invalid.missing {
            format!("The {} field is mandatory.", invalid.words())
        } else {
            format!("The {} field is invalid.", invalid.words())
        };
        refuse(400, &message)
    })
}

/// The message: `text` with its placeholders filled, or the code alone. A text without
/// `{code}` gets the code appended, as a production Octopush client relies on.
fn message_text(text: Option<&str>, code: &str, expiry: &str) -> String {
    let text = text.unwrap_or("{code}");
    let filled = text.replace("{code}", code).replace("{hh:mm:ss}", expiry);
    if text.contains("{code}") {
        filled
    } else if filled.ends_with(char::is_whitespace) {
        format!("{filled}{code}")
    } else {
        format!("{filled} {code}")
    }
}

async fn generate_otp(
    Axum(shared): Axum<Arc<Shared>>,
    request: Request<Body>,
) -> Result<Response, Response> {
    let value = read(&shared, request, lenient::generate).await?;
    let r: types::GenerateOtpRequest = decode(value)?;
    // `lenient` brought both into the spec's range (3..=32 and 3..=10,000,000).
    let length = r.code_length.unwrap_or(DEFAULT_LENGTH).unsigned_abs() as usize;
    let validity = u64::from(
        r.validity_period
            .unwrap_or(DEFAULT_VALIDITY_SECS)
            .unsigned_abs(),
    );
    let attempts = r.max_wrong_attempts.map_or(DEFAULT_ATTEMPTS, |n| n.get());
    let sets = [
        (r.allow_digits.unwrap_or(true), DIGITS),
        (r.allow_upper_case.unwrap_or(false), UPPER),
        (r.allow_lower_case.unwrap_or(false), LOWER),
        (r.allow_special_chars.unwrap_or(false), SPECIAL),
    ];
    let remove_confusing = r.remove_confusing_characters.unwrap_or(false);
    let alphabet = |sets: &[(bool, &str)]| -> Vec<char> {
        sets.iter()
            .filter(|(allowed, _)| *allowed)
            .flat_map(|(_, set)| set.chars())
            .filter(|c| !(remove_confusing && CONFUSING.contains(*c)))
            .collect()
    };
    let mut chars = alphabet(&sets);
    if chars.is_empty() {
        // Every set switched off cannot be fixed, so it is ignored as Octopush ignores what it
        // cannot fix, and the default alphabet (digits) applies.
        chars = alphabet(&[(true, DIGITS)]);
    }
    let code = otp::code(length, &chars);
    let token = format!("otp_{}", otp::hex(24));
    let now = shared.clock.now();
    let phone = r.phone_number.to_string();
    let ticket = {
        let mut state = lock(&shared.vendors.octopush);
        let session = Session::new(
            code.clone(),
            phone.clone(),
            now,
            Some(Duration::from_secs(validity)),
            attempts,
        );
        for key in state.sessions.insert(token.clone(), session) {
            shared.forgot(Vendor::Octopush, &key);
        }
        state.latest.insert(phone.clone(), token.clone());
        state.tickets += 1;
        format!("otp{:017}", state.tickets)
    };
    let expiry = shared.clock.wall_after(Duration::from_secs(validity));
    let secs = expiry.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()) % 86_400;
    let hhmmss = format!("{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60);
    let text = message_text(r.text.as_deref().map(String::as_str), &code, &hhmmss);
    let channel = match r.channel {
        None | Some(types::Channel::Sms | types::Channel::TextSms) => "sms",
        Some(types::Channel::VoiceSms) => "voice",
        Some(types::Channel::Whatsapp) => "whatsapp",
        Some(types::Channel::Email) => "email",
        Some(types::Channel::Imessage) => "imessage",
    };
    shared.deliver(
        Vendor::Octopush,
        channel,
        &phone,
        text,
        &code,
        Ids {
            message: Some(ticket.clone()),
            verification: Some(token.clone()),
        },
    );
    Ok(json(
        201,
        &types::GenerateOtpResponse {
            code: Some(0),
            message: Some("success".into()),
            ticket_number: Some(ticket),
            otp_request_token: token,
        },
    ))
}

async fn validate_otp(
    Axum(shared): Axum<Arc<Shared>>,
    request: Request<Body>,
) -> Result<Response, Response> {
    let value = read(&shared, request, lenient::validate).await?;
    let present = |field: &str| {
        value
            .get(field)
            .and_then(Value::as_str)
            .is_some_and(|s| !s.is_empty())
    };
    if !present("code") {
        return Err(rejected(195, "The code field is mandatory.", None));
    }
    if !present("phone_number") && !present("otp_request_token") {
        return Err(rejected(
            194,
            "At least phone number or request token is mandatory.",
            None,
        ));
    }
    let r: types::ValidateOtpRequest = decode(value)?;
    let now = shared.clock.now();
    let mut state = lock(&shared.vendors.octopush);
    let token = match (&r.otp_request_token, &r.phone_number) {
        (Some(token), _) => Some(token.to_string()),
        (None, Some(phone)) => state.latest.get(phone.as_str()).cloned(),
        (None, None) => None,
    };
    let Some((token, session)) = token.and_then(|t| state.sessions.get_mut(&t).map(|s| (t, s)))
    else {
        return Err(rejected(198, "OTP Request not found.", None));
    };
    let check = session.check(&r.code, now);
    shared.checked(Vendor::Octopush, &token, check);
    Ok(match check {
        Check::Approved => {
            state.sessions.remove(&token);
            json(
                200,
                &types::ValidateOtpResponse {
                    code: 0,
                    message: Some("success".into()),
                },
            )
        }
        Check::Wrong { attempts_left } => rejected(199, "Wrong OTP code.", Some(attempts_left)),
        Check::Expired => rejected(197, "OTP Request expired.", None),
        Check::Exhausted => rejected(
            196,
            "Maximum amount of wrong attempts has been reached.",
            None,
        ),
    })
}

/// `GET /wallet/check-balance`: the wallet, in euros.
async fn check_balance(Axum(shared): Axum<Arc<Shared>>, headers: HeaderMap) -> Response {
    if !authorized(&headers, &shared) {
        return refuse(401, "Unauthorized: wrong api-login or api-key");
    }
    let wallet = lock(&shared.vendors.octopush).wallet;
    json(
        200,
        &types::CheckBalanceResponse {
            amount: wallet,
            unit: "euros".into(),
        },
    )
}
