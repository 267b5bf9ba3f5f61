//! Termii (Nigeria). The key travels in each body. SMS and WhatsApp go through Send Token,
//! e-mail too (the sender is then the e-mail configuration ID), voice through Voice Token, and
//! in-app codes come back from In-App Token. `{code}` becomes Termii's `pin_placeholder`.
//! Outcomes: `verified` true/"True" approved, false/"False" rejected (with `attemptsRemaining`),
//! "Expired" on 400 expired (or locked when the message speaks of attempts), 422 not found.
//! A refusal whose message says "Insufficient balance" (Termii documents only that text) is
//! `InsufficientFunds`.

use std::num::NonZeroU32;
use std::ops::RangeInclusive;
use std::sync::Arc;
use std::time::Duration;

use otpkit_termii::declared::ConfigKey;
use otpkit_termii::types;
use secrecy::{ExposeSecret, SecretString};

use super::adapter::Adapter;
use super::descriptor::{Lookup, OutcomeTable};
use crate::call::{ErrorAnswer, answer, failed, issued_id};
use crate::capabilities::CODE_PLACEHOLDER;
use crate::capabilities::{Capabilities, CheckedRequest};
use crate::channel::{Alphabet, Channel};
use crate::config::Vars;
use crate::connection::{self, Connection, connection_setters};
use crate::error::Error;
use crate::provider::OtpProvider;
use crate::report::{Balance, DeliveryReport};
use crate::vendor::Vendor;
use crate::verification::{Outcome, Verification};

const VENDOR: Vendor = Vendor::TERMII;

/// What Termii can do (its descriptor in the registry holds it too).
pub(super) const fn capabilities() -> Capabilities {
    Capabilities::new(VENDOR)
        .channels(&[
            Channel::Sms,
            Channel::Whatsapp,
            Channel::Voice,
            Channel::Email,
            Channel::InApp,
        ])
        .code_length(4..=8)
        .alphabets(&[Alphabet::Numeric, Alphabet::Alphanumeric])
        .ttl(
            Duration::from_secs(60)..=Duration::from_secs(3600),
            Duration::from_secs(60),
        )
        .max_attempts(1..=u32::MAX)
        .template(true)
        .sender_id(true, true)
}

static CAPABILITIES: Capabilities = capabilities();

/// The provider, from settings looked up by environment variable name: the registry's
/// constructor.
pub(super) fn provider(vars: Lookup<'_>) -> Result<Arc<dyn OtpProvider>, Error> {
    Ok(Arc::new(TermiiBuilder::from_vars(vars)?.build()?))
}

/// The text Termii replaces with the PIN (the docs' own example).
const PIN_PLACEHOLDER: &str = "< 1234 >";
const DEFAULT_TEMPLATE: &str = "Your verification code is {code}";
const DEFAULT_LENGTH: u8 = 6;
const DEFAULT_TTL: Duration = Duration::from_secs(600);
const DEFAULT_ATTEMPTS: u32 = 3;

/// Builds a [`Termii`] provider. `from_env` reads the variables of [`ConfigKey`].
#[derive(Clone, Debug, Default)]
pub struct TermiiBuilder {
    api_key: Option<SecretString>,
    connection: Connection,
    sender_id: Option<String>,
}

impl TermiiBuilder {
    /// A builder with settings from the environment (each [`ConfigKey`], `OTPKIT_TIMEOUT_MS`,
    /// `OTPKIT_ALLOW_HTTP`); setters override them.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(&Vars::process)
    }

    /// As [`TermiiBuilder::from_env`], with each variable looked up through `vars`.
    pub fn from_vars(vars: Lookup<'_>) -> Result<Self, Error> {
        let vars = Vars::new(vars);
        Ok(Self {
            api_key: vars.get(ConfigKey::ApiKey.as_str()).map(SecretString::from),
            connection: Connection::from_vars(ConfigKey::BaseUrl.as_str(), vars)?,
            sender_id: vars.get(ConfigKey::SenderId.as_str()),
        })
    }

    /// The account's API key.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(SecretString::from(key.into()));
        self
    }

    /// The default sender ID (or, for e-mail, the e-mail configuration ID).
    pub fn sender_id(mut self, sender_id: impl Into<String>) -> Self {
        self.sender_id = Some(sender_id.into());
        self
    }

    connection_setters!("otpkit_termii::BASE_URL");

    /// The provider, or a [`Error::Config`] naming what is missing.
    pub fn build(self) -> Result<Termii, Error> {
        let api_key = connection::required(
            self.api_key,
            "the Termii API key",
            ConfigKey::ApiKey.as_str(),
        )?;
        let (base_url, http) = self.connection.resolve(otpkit_termii::BASE_URL)?;
        let client =
            otpkit_termii::Client::connect(&base_url, &http).map_err(connection::client_error)?;
        Ok(Termii {
            client,
            api_key,
            sender_id: self.sender_id,
        })
    }
}

/// The Termii provider.
#[derive(Debug)]
pub struct Termii {
    client: otpkit_termii::Client,
    api_key: SecretString,
    sender_id: Option<String>,
}

impl Termii {
    /// A builder; see [`TermiiBuilder`].
    pub fn builder() -> TermiiBuilder {
        TermiiBuilder::default()
    }

    fn key(&self) -> String {
        self.api_key.expose_secret().to_string()
    }

    fn error(answer: ErrorAnswer<types::Error>) -> Error {
        // Termii documents "Insufficient balance" by its text alone (the sandbox answers it
        // with 422), so any refusal that says so is the typed error, whatever its status.
        let broke = answer
            .body
            .message
            .as_deref()
            .is_some_and(|m| m.to_ascii_lowercase().contains("insufficient"));
        if broke && (400..500).contains(&answer.status) {
            return Error::InsufficientFunds { vendor: VENDOR };
        }
        answer.into_error(&VENDOR, |body| body.message)
    }

    /// A failed send: any error answer is an error.
    fn failed(error: otpkit_termii::Error<types::Error>) -> Error {
        failed(&VENDOR, error, Self::error)
    }
}

/// Termii's `verified` in every form seen: booleans, "True"/"False"/"Expired" in any case;
/// `None` for any other value.
fn verified(value: &types::Verified) -> Option<Outcome> {
    match value {
        types::Verified::Boolean(verified) => OUTCOMES.outcome(&verified.to_string()),
        types::Verified::String(s) => OUTCOMES.outcome(&s.to_ascii_lowercase()),
    }
}

/// Termii's `verified`, in lower case (it writes it in any case, and `true`/`false` also as
/// booleans), and what it means; a wrong code's attempts left are in `attemptsRemaining`.
#[doc(hidden)]
pub const OUTCOMES: OutcomeTable = OutcomeTable {
    field: "verified",
    values: &[
        ("true", Outcome::Approved),
        (
            "false",
            Outcome::Rejected {
                attempts_left: None,
            },
        ),
        ("expired", Outcome::Expired),
    ],
    // Termii's `attemptsRemaining`.
    reports_attempts_left: true,
};

impl Adapter for Termii {
    const CAPABILITIES: &'static Capabilities = &CAPABILITIES;
    const ACCOUNT_WIDE_429: bool = otpkit_termii::declared::ACCOUNT_WIDE_429;
    // The PIN id, and the message id where the send answered one (voice codes): ids of one
    // field, which voice codes had before their message id was kept, verify as they did.
    const ID_FIELDS: RangeInclusive<usize> = 1..=2;
    const MAX_CODE_CHARS: usize = 8;

    fn sender_id(&self) -> Option<&str> {
        self.sender_id.as_deref()
    }

    async fn send_checked(&self, c: CheckedRequest) -> Result<Verification, Error> {
        let length = types::PinLength(c.code_length.unwrap_or(DEFAULT_LENGTH).into());
        let minutes = c.ttl.unwrap_or(DEFAULT_TTL).as_secs() / 60;
        let ttl = types::PinTimeToLive(minutes as i32);
        let attempts = types::PinAttempts(
            NonZeroU32::new(c.max_attempts.unwrap_or(DEFAULT_ATTEMPTS)).unwrap_or(NonZeroU32::MIN),
        );
        let pin_type = match c.alphabet.unwrap_or(Alphabet::Numeric) {
            Alphabet::Numeric => types::PinType::Numeric,
            Alphabet::Alphanumeric => types::PinType::Alphanumeric,
        };
        let phone = || {
            c.to.phone()
                .map(|p| p.digits())
                .ok_or_else(|| Error::invalid("to", "must be a phone number"))
        };
        let (pin_id, code, message_id) = match c.channel {
            Channel::Sms | Channel::Whatsapp | Channel::Email => {
                let channel = match c.channel {
                    Channel::Whatsapp => types::Channel::WhatsApp,
                    Channel::Email => types::Channel::Email,
                    _ => types::Channel::Generic,
                };
                let template = c
                    .template
                    .as_deref()
                    .unwrap_or(DEFAULT_TEMPLATE)
                    .replace(CODE_PLACEHOLDER, PIN_PLACEHOLDER);
                let body = types::SendTokenRequest::builder()
                    .api_key(self.key())
                    .message_type(pin_type)
                    .pin_type(pin_type)
                    .to(c.to.digits_or_address())
                    .from(c.sender_id.unwrap_or_default())
                    .channel(channel)
                    .pin_attempts(attempts)
                    .pin_time_to_live(ttl)
                    .pin_length(length)
                    .pin_placeholder(PIN_PLACEHOLDER)
                    .message_text(template);
                let sent = self.client.send_token().body(body).send().await;
                // Send Token answers no message id: its reports cannot be matched to it.
                (sent.map_err(Self::failed)?.into_inner().pin_id, None, None)
            }
            Channel::Voice => {
                if pin_type != types::PinType::Numeric {
                    return Err(Error::unsupported(VENDOR, "alphanumeric voice codes"));
                }
                let body = types::VoiceTokenRequest::builder()
                    .api_key(self.key())
                    .phone_number(phone()?)
                    .pin_attempts(attempts)
                    .pin_time_to_live(ttl)
                    .pin_length(length);
                let sent = self.client.send_voice_token().body(body).send().await;
                let sent = sent.map_err(Self::failed)?.into_inner();
                (
                    sent.pin_id.ok_or_else(|| Error::Decode {
                        vendor: VENDOR,
                        message: "the voice token answer has no pinId".into(),
                    })?,
                    None,
                    sent.message_id,
                )
            }
            Channel::InApp => {
                let body = types::InAppTokenRequest::builder()
                    .api_key(self.key())
                    .pin_type(pin_type)
                    .phone_number(phone()?)
                    .pin_attempts(attempts)
                    .pin_time_to_live(ttl)
                    .pin_length(length);
                let sent = self.client.generate_in_app_token().body(body).send().await;
                let data = sent.map_err(Self::failed)?.into_inner().data;
                (data.pin_id, Some(data.otp), None)
            }
        };
        // The message id, where the answer has one, is the id's second field: the history
        // look-up (`status`) needs it.
        let id = match &message_id {
            Some(message_id) => issued_id(&VENDOR, [pin_id, message_id.clone()])?,
            None => issued_id(&VENDOR, [pin_id])?,
        };
        let mut sent = Verification::new(id, c.channel);
        if let Some(code) = code {
            sent = sent.with_code(code);
        }
        if let Some(message_id) = message_id {
            sent = sent.with_message_id(message_id);
        }
        Ok(sent)
    }

    async fn verify_checked(&self, fields: &[String], code: &str) -> Result<Outcome, Error> {
        let (pin_id, pin) = (fields[0].as_str(), code);
        let body = types::VerifyTokenRequest::builder()
            .api_key(self.key())
            .pin_id(pin_id)
            .pin(pin);
        match self.client.verify_token().body(body).send().await {
            Ok(answer) => {
                let answer = answer.into_inner();
                let attempts_left = answer
                    .attempts_remaining
                    .and_then(|n| u32::try_from(n).ok());
                Ok(match verified(&answer.verified) {
                    Some(Outcome::Rejected { .. }) => Outcome::Rejected { attempts_left },
                    Some(outcome) => outcome,
                    None => {
                        return Err(Error::Decode {
                            vendor: VENDOR,
                            message: "`verified` holds an unknown value".into(),
                        });
                    }
                })
            }
            Err(e) => {
                let answer = answer(&VENDOR, e)?;
                let expired = answer
                    .body
                    .verified
                    .as_ref()
                    .is_some_and(|v| verified(v) == Some(Outcome::Expired));
                let about_attempts = answer
                    .body
                    .message
                    .as_deref()
                    .is_some_and(|m| m.to_ascii_lowercase().contains("attempt"));
                match answer.status {
                    400 if expired && about_attempts => Ok(Outcome::TooManyAttempts),
                    400 if expired => Ok(Outcome::Expired),
                    404 | 422 => Ok(Outcome::NotFound),
                    _ => Err(Self::error(answer)),
                }
            }
        }
    }

    /// `GET /api/sms/inbox?message_id=`: the message's row in the history, for ids that carry
    /// a message id (voice codes); Send Token's answer has none, so its codes have no look-up.
    async fn status_checked(&self, fields: &[String]) -> Result<DeliveryReport, Error> {
        let Some(message_id) = fields.get(1) else {
            return Err(Error::unsupported(
                VENDOR,
                "delivery status look-ups of codes its answer gave no message id (SMS, WhatsApp and e-mail tokens)",
            ));
        };
        let listed = self
            .client
            .message_history()
            .api_key(self.key())
            .message_id(message_id.as_str())
            .send()
            .await;
        let page = match listed {
            Ok(page) => page.into_inner(),
            Err(e) => return Err(Self::error(answer(&VENDOR, e)?)),
        };
        // The history's rows echo the text (the code) and perhaps the key: only the fields
        // named here are read, and none is logged.
        let row = page
            .data
            .data
            .into_iter()
            .find(|row| row.message_id.as_deref() == Some(message_id.as_str()))
            .ok_or_else(|| {
                Error::invalid("verification_id", "Termii's history has no such message")
            })?;
        Ok(delivery_report(
            row.status,
            Some(message_id.clone()),
            row.receiver,
            row.created_at,
            row.amount,
        ))
    }

    /// `GET /api/get-balance`: the wallet's balance in its currency (an ISO 4217 code).
    async fn balance_checked(&self) -> Result<Balance, Error> {
        match self.client.get_balance().api_key(self.key()).send().await {
            Ok(answer) => Ok(Balance::new(
                VENDOR,
                answer.balance,
                answer.currency.clone(),
            )),
            Err(e) => Err(Self::error(answer(&VENDOR, e)?)),
        }
    }
}

/// The setting that authenticates Termii's delivery reports: the account's secret key.
pub(crate) const WEBHOOK_SECRET: ConfigKey = ConfigKey::SecretKey;

/// The header Termii signs its delivery reports in.
const SIGNATURE_HEADER: &str = "X-Termii-Signature";

/// A delivery report Termii posted: its signature checked (the lowercase hex HMAC-SHA512 of
/// the raw body under the account's secret key, compared in constant time), then read. The
/// report's id and the report; Termii's SMS tokens answer no `message_id`, so a report names
/// no verification.
pub(crate) fn report(
    secret: &SecretString,
    incoming: &crate::received::Received<'_>,
) -> Result<(String, DeliveryReport), Error> {
    use hmac::{Hmac, Mac};

    let body = incoming.body;
    let signature = incoming
        .headers
        .get(SIGNATURE_HEADER)
        .ok_or_else(|| Error::invalid("signature", format!("no {SIGNATURE_HEADER} header")))?;
    let signature = signature
        .to_str()
        .ok()
        .and_then(|s| hex::decode(s.trim()).ok())
        .ok_or_else(|| Error::invalid("signature", format!("{SIGNATURE_HEADER} is not hex")))?;
    let mut mac = Hmac::<sha2::Sha512>::new_from_slice(secret.expose_secret().as_bytes())
        .map_err(|_| Error::Config("Termii's secret key cannot key an HMAC".into()))?;
    mac.update(body);
    mac.verify_slice(&signature).map_err(|_| {
        Error::invalid(
            "signature",
            format!("{SIGNATURE_HEADER} does not match the body and the secret key"),
        )
    })?;
    let event: types::DeliveryReportEvent = serde_json::from_slice(body)
        .map_err(|e| Error::invalid("body", format!("not a Termii delivery report: {e}")))?;
    let cost = event.cost.as_deref().and_then(|c| c.trim().parse().ok());
    let report = delivery_report(
        event.status,
        event.message_id,
        event.receiver,
        event.sent_at,
        cost,
    );
    Ok((event.id, report))
}

/// What Termii says of a message, in a delivery report or a history row alike: its status
/// (mapped, with the reason after `|`), message id, receiver (digits), time and cost.
fn delivery_report(
    status: String,
    message_id: Option<String>,
    receiver: Option<String>,
    at: Option<String>,
    cost: Option<f64>,
) -> DeliveryReport {
    let (state, reason) = delivery(&status);
    let mut report = DeliveryReport::new(VENDOR, state, status);
    if let Some(reason) = reason {
        report = report.reason(reason);
    }
    if let Some(id) = message_id {
        report = report.message_id(id);
    }
    if let Some(receiver) = receiver {
        report = report.destination(format!("+{}", receiver.trim_start_matches('+')));
    }
    if let Some(at) = at {
        report = report.at(at);
    }
    if let Some(cost) = cost {
        report = report.cost(cost);
    }
    report
}

/// A Termii status as a state, and the reason after `|` where it gives one
/// ("DELIVERED | Message delivered to handset"). Unknown text is [`Delivery::Unknown`].
///
/// [`Delivery::Unknown`]: crate::report::Delivery::Unknown
fn delivery(status: &str) -> (crate::report::Delivery, Option<String>) {
    use crate::report::Delivery;

    let (head, reason) = match status.split_once('|') {
        Some((head, reason)) => (head.trim(), Some(reason.trim().to_string())),
        None => (status.trim(), None),
    };
    let head = head.to_ascii_lowercase();
    let state = if head.starts_with("delivered") {
        Delivery::Delivered
    } else if head.starts_with("dnd") {
        Delivery::Rejected
    } else if head.contains("failed")
        || head.starts_with("undelivered")
        || head.starts_with("rejected")
    {
        Delivery::Undelivered
    } else if head.contains("sent") {
        Delivery::Sent
    } else if head.contains("queued") || head.contains("pending") {
        Delivery::Queued
    } else {
        Delivery::Unknown
    };
    (state, reason.filter(|r| !r.is_empty()))
}
