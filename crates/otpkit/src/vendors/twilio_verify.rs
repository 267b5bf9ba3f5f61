//! Twilio Verify v2 (every country): the global fallback. SMS, voice, WhatsApp and e-mail;
//! Twilio generates the code, and its length, lifetime (10 minutes), attempts (5) and message
//! are settings of the Verify Service, not of a request, so a request that sets any of them (a
//! template included) is not for Twilio, and a router skips it there. Numbers go as `+E.164`.
//!
//! Outcomes: a check answers 200 with the verification's status: `approved`; `pending` for a
//! wrong code (not an error); `max_attempts_reached`; `expired`; a verification approved,
//! expired or cancelled is deleted and answers 404 (20404), read as not found; a sixth check
//! answers 429 (60202), read as locked. Refusals of a send: 60203 (five sends to one number
//! without a successful check), 60212, 60202 (the number's verification is locked) and 60410
//! (Fraud Guard) are per-destination limits, never failed over; 60605
//! (the Service's geo permissions block the country), 60205 (SMS to a landline) and 60223 (a
//! channel disabled in the Service) mean Twilio cannot send there; 20429 is the account's rate
//! limit.

use std::ops::RangeInclusive;
use std::sync::Arc;

use otpkit_twilio_verify::declared::ConfigKey;
use otpkit_twilio_verify::types;
use secrecy::{ExposeSecret, SecretString};

use super::adapter::Adapter;
use super::descriptor::{Lookup, OutcomeTable};
use crate::call::{ErrorAnswer, answer, failed, issued_id};
use crate::capabilities::{Capabilities, CheckedRequest};
use crate::channel::Channel;
use crate::config::Vars;
use crate::connection::{self, Connection, connection_setters};
use crate::error::Error;
use crate::provider::OtpProvider;
use crate::report::{Delivery, DeliveryReport};
use crate::request::Destination;
use crate::vendor::Vendor;
use crate::verification::{Outcome, Verification};

const VENDOR: Vendor = Vendor::TWILIO_VERIFY;

/// What Twilio Verify can do (its descriptor in the registry holds it too).
pub(super) const fn capabilities() -> Capabilities {
    Capabilities::new(VENDOR).channels(&[
        Channel::Sms,
        Channel::Voice,
        Channel::Whatsapp,
        Channel::Email,
    ])
}

static CAPABILITIES: Capabilities = capabilities();

/// The provider, from settings looked up by environment variable name: the registry's
/// constructor.
pub(super) fn provider(vars: Lookup<'_>) -> Result<Arc<dyn OtpProvider>, Error> {
    Ok(Arc::new(TwilioVerifyBuilder::from_vars(vars)?.build()?))
}

/// Builds a [`TwilioVerify`] provider. `from_env` reads the variables of [`ConfigKey`]: the
/// Verify Service SID, then either an API key and its secret (as Twilio recommends for
/// production; used when the environment has both pairs) or the Account SID and Auth Token,
/// and the base URL. The setters [`account`] and [`api_key`] each replace whichever pair was
/// there.
///
/// [`account`]: TwilioVerifyBuilder::account
/// [`api_key`]: TwilioVerifyBuilder::api_key
#[derive(Clone, Debug, Default)]
pub struct TwilioVerifyBuilder {
    service_sid: Option<String>,
    account_sid: Option<String>,
    auth_token: Option<SecretString>,
    api_key: Option<String>,
    api_secret: Option<SecretString>,
    connection: Connection,
}

impl TwilioVerifyBuilder {
    /// A builder with settings from the environment (each [`ConfigKey`], `OTPKIT_TIMEOUT_MS`,
    /// `OTPKIT_ALLOW_HTTP`); setters override them.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(&Vars::process)
    }

    /// As [`TwilioVerifyBuilder::from_env`], with each variable looked up through `vars`.
    pub fn from_vars(vars: Lookup<'_>) -> Result<Self, Error> {
        let vars = Vars::new(vars);
        Ok(Self {
            service_sid: vars.get(ConfigKey::ServiceSid.as_str()),
            account_sid: vars.get(ConfigKey::AccountSid.as_str()),
            auth_token: vars
                .get(ConfigKey::AuthToken.as_str())
                .map(SecretString::from),
            api_key: vars.get(ConfigKey::ApiKey.as_str()),
            api_secret: vars
                .get(ConfigKey::ApiSecret.as_str())
                .map(SecretString::from),
            connection: Connection::from_vars(ConfigKey::BaseUrl.as_str(), vars)?,
        })
    }

    /// The Verify Service (`VA` and 32 hex digits): its settings fix the code's length,
    /// lifetime and message.
    pub fn service_sid(mut self, sid: impl Into<String>) -> Self {
        self.service_sid = Some(sid.into());
        self
    }

    /// Authenticate with the Account SID (`AC...`) and its Auth Token, instead of any API key
    /// set before (or read from the environment).
    pub fn account(
        mut self,
        account_sid: impl Into<String>,
        auth_token: impl Into<String>,
    ) -> Self {
        self.account_sid = Some(account_sid.into());
        self.auth_token = Some(SecretString::from(auth_token.into()));
        (self.api_key, self.api_secret) = (None, None);
        self
    }

    /// Authenticate with an API key SID (`SK...`) and its secret, instead of any Account SID
    /// and Auth Token set before (or read from the environment).
    pub fn api_key(mut self, key_sid: impl Into<String>, secret: impl Into<String>) -> Self {
        self.api_key = Some(key_sid.into());
        self.api_secret = Some(SecretString::from(secret.into()));
        (self.account_sid, self.auth_token) = (None, None);
        self
    }

    connection_setters!("otpkit_twilio_verify::BASE_URL");

    /// The provider, or a [`Error::Config`] naming what is missing or malformed.
    pub fn build(self) -> Result<TwilioVerify, Error> {
        let service_sid = connection::required(
            self.service_sid,
            "the Twilio Verify Service SID",
            ConfigKey::ServiceSid.as_str(),
        )?;
        if !is_sid("VA", &service_sid) {
            return Err(Error::Config(
                format!(
                    "{} must be `VA` followed by 32 hex digits",
                    ConfigKey::ServiceSid
                )
                .into(),
            ));
        }
        let (username, password) = match (self.api_key, self.api_secret) {
            (Some(key), Some(secret)) => (key, secret),
            (Some(_), None) => {
                return Err(Error::Config(
                    format!(
                        "{} is set without its secret: set {}",
                        ConfigKey::ApiKey,
                        ConfigKey::ApiSecret
                    )
                    .into(),
                ));
            }
            (None, Some(_)) => {
                return Err(Error::Config(
                    format!(
                        "{} is set without its key: set {}",
                        ConfigKey::ApiSecret,
                        ConfigKey::ApiKey
                    )
                    .into(),
                ));
            }
            (None, None) => match (self.account_sid, self.auth_token) {
                (Some(sid), Some(token)) => (sid, token),
                (Some(_), None) => {
                    return Err(Error::Config(
                        format!(
                            "{} is set without its Auth Token: set {}",
                            ConfigKey::AccountSid,
                            ConfigKey::AuthToken
                        )
                        .into(),
                    ));
                }
                _ => {
                    return Err(Error::Config(
                        format!(
                            "Twilio Verify has no credentials: set {} and {}, or {} and {}",
                            ConfigKey::ApiKey,
                            ConfigKey::ApiSecret,
                            ConfigKey::AccountSid,
                            ConfigKey::AuthToken
                        )
                        .into(),
                    ));
                }
            },
        };
        let (base_url, http) = self.connection.resolve(otpkit_twilio_verify::BASE_URL)?;
        let client = otpkit_twilio_verify::Client::connect(
            &base_url,
            &username,
            password.expose_secret(),
            &http,
        )
        .map_err(connection::client_error)?;
        Ok(TwilioVerify {
            client,
            service_sid,
        })
    }
}

/// Whether `sid` is Twilio's `prefix` followed by 32 hex digits.
fn is_sid(prefix: &str, sid: &str) -> bool {
    sid.strip_prefix(prefix)
        .is_some_and(|hex| hex.len() == 32 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The Twilio Verify provider. Its credentials travel in an `Authorization` header the client
/// installs, marked sensitive, so `Debug` never shows them.
#[derive(Debug)]
pub struct TwilioVerify {
    client: otpkit_twilio_verify::Client,
    service_sid: String,
}

impl TwilioVerify {
    /// A builder; see [`TwilioVerifyBuilder`].
    pub fn builder() -> TwilioVerifyBuilder {
        TwilioVerifyBuilder::default()
    }
}

/// The shortest code Twilio checks (60200 below it).
const MIN_CODE_CHARS: usize = 4;

/// A refused send, by Twilio's error code: which of them are about the destination rather
/// than the account, and must neither fail over nor count against the vendor's health.
fn send_refused(answer: ErrorAnswer<types::Error>) -> Error {
    let code = answer.body.code;
    match code {
        // Five sends to one number without a check (60203), concurrent starts for one number
        // (60212), a start while the number's verification is locked by wrong codes (60202),
        // Fraud Guard's temporary block of the number's prefix (60410, status undocumented).
        60202 | 60203 | 60212 | 60410 => Error::DestinationLimited {
            vendor: VENDOR,
            retry_after: answer.retry_after,
        },
        60605 => Error::unsupported(
            VENDOR,
            "this destination: the Verify Service's geo permissions block its country (60605)",
        ),
        60205 => Error::unsupported(VENDOR, "SMS to a landline (60205)"),
        60223 => Error::unsupported(
            VENDOR,
            "this channel: it is disabled in the Verify Service (60223)",
        ),
        _ => refused(answer),
    }
}

/// Any other refusal. Twilio refuses credentials with 401 (20003); a 403 with another code is
/// a refusal of the request (a permission, a block), not of the credentials.
fn refused(answer: ErrorAnswer<types::Error>) -> Error {
    let code = answer.body.code;
    // "Too many requests": the account's concurrency limit, documented as account-wide.
    if answer.status == 429 && code == 20429 {
        return Error::RateLimited {
            vendor: VENDOR,
            retry_after: answer.retry_after,
            account_wide: true,
        };
    }
    if answer.status == 403 && code != 20003 {
        return Error::vendor_answer(
            VENDOR,
            Some(403),
            format!("{} ({code})", answer.body.message),
        );
    }
    answer.into_error(&VENDOR, |body| Some(format!("{} ({code})", body.message)))
}

/// A check's `status` (HTTP 200, or 201 from older API versions), and what it means.
#[doc(hidden)]
pub const OUTCOMES: OutcomeTable = OutcomeTable {
    field: "status",
    values: &[
        ("approved", Outcome::Approved),
        // A wrong code: Twilio says how many attempts were used, not how many are left.
        (
            "pending",
            Outcome::Rejected {
                attempts_left: None,
            },
        ),
        ("max_attempts_reached", Outcome::TooManyAttempts),
        ("expired", Outcome::Expired),
        ("canceled", Outcome::NotFound),
        ("deleted", Outcome::NotFound),
        ("failed", Outcome::NotFound),
    ],
    reports_attempts_left: false,
};

impl TwilioVerify {
    /// The id's service and verification SIDs, checked: the id carries its service so that an
    /// id from another service fails here, not as a call to a service this account did not
    /// configure.
    fn verification<'a>(&self, fields: &'a [String]) -> Result<(&'a str, &'a str), Error> {
        let (service, sid) = (fields[0].as_str(), fields[1].as_str());
        if !is_sid("VA", service) || !is_sid("VE", sid) {
            return Err(Error::invalid(
                "verification_id",
                "not a Twilio Verify id (a VA service SID and a VE verification SID)",
            ));
        }
        if service != self.service_sid {
            return Err(Error::invalid(
                "verification_id",
                "was issued by another Verify Service than the one configured",
            ));
        }
        Ok((service, sid))
    }
}

impl Adapter for TwilioVerify {
    const CAPABILITIES: &'static Capabilities = &CAPABILITIES;
    const ACCOUNT_WIDE_429: bool = otpkit_twilio_verify::declared::ACCOUNT_WIDE_429;
    // The Verify Service and the verification: a check goes to the configured service only.
    const ID_FIELDS: RangeInclusive<usize> = 2..=2;
    const MAX_CODE_CHARS: usize = 10;

    async fn send_checked(&self, c: CheckedRequest) -> Result<Verification, Error> {
        let channel = match c.channel {
            Channel::Voice => "call",
            Channel::Whatsapp => "whatsapp",
            Channel::Email => "email",
            _ => "sms",
        };
        let to = match c.to {
            Destination::Phone(phone) => phone.e164(),
            Destination::Email(address) => address,
        };
        let body = types::StartVerificationRequest::builder()
            .to(to)
            .channel(channel);
        let sent = self
            .client
            .start_verification()
            .service_sid(self.service_sid.as_str())
            .body(body)
            .send()
            .await
            .map_err(|e| failed(&VENDOR, e, send_refused))?
            .into_inner();
        Ok(Verification::new(
            issued_id(&VENDOR, [self.service_sid.clone(), sent.sid])?,
            c.channel,
        ))
    }

    async fn verify_checked(&self, fields: &[String], code: &str) -> Result<Outcome, Error> {
        let (service, sid) = self.verification(fields)?;
        if code.chars().count() < MIN_CODE_CHARS {
            return Err(Error::invalid(
                "code",
                format!("Twilio Verify codes are {MIN_CODE_CHARS} to 10 characters"),
            ));
        }
        let invalid = |field: &'static str| {
            move |e: types::error::ConversionError| Error::invalid(field, e.to_string())
        };
        let body = types::CheckVerificationRequest {
            code: Some(code.parse().map_err(invalid("code"))?),
            verification_sid: Some(sid.parse().map_err(invalid("verification_id"))?),
            to: None,
            amount: None,
            payee: None,
            sna_client_token: None,
        };
        let checked = self
            .client
            .check_verification()
            .service_sid(service)
            .body(body)
            .send()
            .await;
        match checked {
            Ok(answer) => match OUTCOMES.outcome(&answer.status) {
                Some(outcome) => Ok(outcome),
                None => Err(Error::vendor_answer(
                    VENDOR,
                    None,
                    format!(
                        "the check answered status `{}`",
                        crate::mask::shorten(&answer.status)
                    ),
                )),
            },
            Err(e) => {
                let answer = answer(&VENDOR, e)?;
                match (answer.status, answer.body.code) {
                    // Deleted once approved, expired or cancelled, or never issued.
                    (404, _) => Ok(Outcome::NotFound),
                    (429, 60202) => Ok(Outcome::TooManyAttempts),
                    _ => Err(refused(answer)),
                }
            }
        }
    }

    /// The newest attempt of the verification (`GET /v2/Attempts?VerificationSid=`): its
    /// `channel_data.message_status` (`call_status` for calls) is the delivery state, its
    /// `error_code` the reason (specs/NOTES-delivery.md 5.2).
    async fn status_checked(&self, fields: &[String]) -> Result<DeliveryReport, Error> {
        let (_, sid) = self.verification(fields)?;
        let listed = self
            .client
            .list_verification_attempts()
            .verification_sid(sid)
            .send()
            .await;
        let list = match listed {
            Ok(list) => list.into_inner(),
            Err(e) => return Err(refused(answer(&VENDOR, e)?)),
        };
        // ISO 8601 times of one zone sort as text.
        let newest = list
            .attempts
            .into_iter()
            .max_by(|a, b| a.date_created.cmp(&b.date_created))
            .ok_or_else(|| {
                Error::invalid(
                    "verification_id",
                    "Twilio lists no attempt of it (attempts are kept 30 days)",
                )
            })?;
        let data = newest.channel_data.unwrap_or_default();
        let status = data.message_status.or(data.call_status).unwrap_or_default();
        let mut report =
            DeliveryReport::new(VENDOR, delivery(&status), status).message_id(newest.sid);
        if let Some(to) = data.to {
            report = report.destination(to);
        }
        if let Some(code) = data.error_code {
            report = report.reason(format!("error {code}"));
        }
        if let Some(at) = newest.date_updated.or(newest.date_created) {
            report = report.at(at);
        }
        if let Some(cost) = newest
            .price
            .and_then(|p| p.value)
            .and_then(|v| v.trim().parse().ok())
        {
            report = report.cost(cost);
        }
        Ok(report)
    }
}

/// A message's or call's status as Twilio writes it, as a state (NOTES-delivery.md 5.2).
fn delivery(status: &str) -> Delivery {
    match status {
        "queued" | "accepted" | "scheduled" | "sending" | "ringing" => Delivery::Queued,
        "sent" | "in-progress" => Delivery::Sent,
        "delivered" | "read" | "completed" => Delivery::Delivered,
        "undelivered" | "failed" | "canceled" | "busy" | "no-answer" => Delivery::Undelivered,
        _ => Delivery::Unknown,
    }
}
