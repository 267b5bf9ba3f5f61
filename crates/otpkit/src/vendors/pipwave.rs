//! pipwave (Malaysia). SMS only, 6-digit codes whose length, lifetime and attempts pipwave
//! fixes. Every body is signed; the number goes as dialing code and national number; a user id
//! is required (the request's, or the number's digits). Outcomes are body statuses on HTTP 200:
//! 200 approved, 5052 rejected, 5051 expired or unknown (locked when the message speaks of too
//! many answers), 5002 destination limited (`seconds_till_resend`), 401/403 unauthorized, 5004 no credit.

use std::ops::RangeInclusive;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use otpkit_pipwave::declared::ConfigKey;
use otpkit_pipwave::types::{PhoneVerifyResponse, Status};
use otpkit_pipwave::{SendToken, VerifyTokenAnswer};
use secrecy::{ExposeSecret, SecretString};

use super::adapter::Adapter;
use super::descriptor::{Lookup, OutcomeTable};
use crate::call::{failed, issued_id};
use crate::capabilities::{Capabilities, CheckedRequest};
use crate::channel::Channel;
use crate::config::Vars;
use crate::connection::{self, Connection, connection_setters};
use crate::error::Error;
use crate::provider::OtpProvider;
use crate::vendor::Vendor;
use crate::verification::{Outcome, Verification};

const VENDOR: Vendor = Vendor::PIPWAVE;

/// What Pipwave can do (its descriptor in the registry holds it too).
pub(super) const fn capabilities() -> Capabilities {
    Capabilities::new(VENDOR).code_length(6..=6)
}

static CAPABILITIES: Capabilities = capabilities();

/// The provider, from settings looked up by environment variable name: the registry's
/// constructor.
pub(super) fn provider(vars: Lookup<'_>) -> Result<Arc<dyn OtpProvider>, Error> {
    Ok(Arc::new(PipwaveBuilder::from_vars(vars)?.build()?))
}

/// Builds a [`Pipwave`] provider. `from_env` reads the variables of [`ConfigKey`].
#[derive(Clone, Debug, Default)]
pub struct PipwaveBuilder {
    api_key: Option<SecretString>,
    api_secret: Option<SecretString>,
    connection: Connection,
}

impl PipwaveBuilder {
    /// A builder with settings from the environment (each [`ConfigKey`], `OTPKIT_TIMEOUT_MS`,
    /// `OTPKIT_ALLOW_HTTP`); setters override them.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(&Vars::process)
    }

    /// As [`PipwaveBuilder::from_env`], with each variable looked up through `vars`.
    pub fn from_vars(vars: Lookup<'_>) -> Result<Self, Error> {
        let vars = Vars::new(vars);
        Ok(Self {
            api_key: vars.get(ConfigKey::ApiKey.as_str()).map(SecretString::from),
            api_secret: vars
                .get(ConfigKey::ApiSecret.as_str())
                .map(SecretString::from),
            connection: Connection::from_vars(ConfigKey::BaseUrl.as_str(), vars)?,
        })
    }

    /// The merchant's API key.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(SecretString::from(key.into()));
        self
    }

    /// The merchant's API secret, which signs every request.
    pub fn api_secret(mut self, secret: impl Into<String>) -> Self {
        self.api_secret = Some(SecretString::from(secret.into()));
        self
    }

    // Staging is otpkit_pipwave::STAGING_BASE_URL.
    connection_setters!("otpkit_pipwave::BASE_URL");

    /// The provider, or a [`Error::Config`] naming what is missing.
    pub fn build(self) -> Result<Pipwave, Error> {
        let api_key = connection::required(
            self.api_key,
            "the pipwave API key",
            ConfigKey::ApiKey.as_str(),
        )?;
        let api_secret = connection::required(
            self.api_secret,
            "the pipwave API secret",
            ConfigKey::ApiSecret.as_str(),
        )?;
        let (base_url, http) = self.connection.resolve(otpkit_pipwave::BASE_URL)?;
        let client = otpkit_pipwave::Client::connect(&base_url, api_key.expose_secret(), &http)
            .map_err(connection::client_error)?;
        Ok(Pipwave {
            client,
            api_key,
            api_secret,
        })
    }
}

/// The pipwave provider.
#[derive(Debug)]
pub struct Pipwave {
    client: otpkit_pipwave::Client,
    // The key goes in each signed body as well as in the header the client installs.
    api_key: SecretString,
    api_secret: SecretString,
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// The body status as a number.
fn status_of(answer: &PhoneVerifyResponse) -> Result<u16, Error> {
    let parsed = match &answer.status {
        Status::Int64(n) => u16::try_from(*n).ok(),
        Status::String(s) => s.trim().parse().ok(),
    };
    parsed.ok_or_else(|| Error::Decode {
        vendor: VENDOR,
        message: "the body status is not a status code".into(),
    })
}

/// The error for a body status that is not an outcome.
fn status_error(status: u16, answer: PhoneVerifyResponse) -> Error {
    match status {
        401 | 403 => Error::Unauthorized { vendor: VENDOR },
        // Too soon after the last code to this number: a per-destination limit.
        5002 => Error::DestinationLimited {
            vendor: VENDOR,
            retry_after: answer
                .seconds_till_resend
                .and_then(|s| u64::try_from(s).ok())
                .map(|secs| Duration::from_secs(secs).min(otpkit_http::MAX_RETRY_AFTER)),
        },
        5004 => Error::InsufficientFunds { vendor: VENDOR },
        _ => Error::vendor_answer(VENDOR, Some(status), answer.message.unwrap_or_default()),
    }
}

impl Pipwave {
    /// A builder; see [`PipwaveBuilder`].
    pub fn builder() -> PipwaveBuilder {
        PipwaveBuilder::default()
    }

    async fn call(
        &self,
        body: otpkit_pipwave::types::PhoneVerifyRequest,
    ) -> Result<(u16, PhoneVerifyResponse), Error> {
        let answer = self
            .client
            .phone_verify()
            .body(body)
            .send()
            .await
            .map_err(|e| failed(&VENDOR, e, |a| a.into_error(&VENDOR, |()| None)))?
            .into_inner();
        Ok((status_of(&answer)?, answer))
    }

    async fn send_token(
        &self,
        user_id: String,
        dialing: String,
        contact: String,
    ) -> Result<Verification, Error> {
        let body = SendToken {
            timestamp: now(),
            api_key: self.api_key.expose_secret(),
            user_id: &user_id,
            contact_no_country_dialing_code: &dialing,
            contact_no: &contact,
        }
        .sign(self.api_secret.expose_secret())
        .map_err(|e| Error::invalid("request", e.to_string()))?;
        let (status, answer) = self.call(body).await?;
        match (status, answer.reference) {
            (200, Some(reference)) => Ok(Verification::new(
                issued_id(&VENDOR, [reference.to_string(), user_id, dialing, contact])?,
                Channel::Sms,
            )),
            (200, None) => Err(Error::Decode {
                vendor: VENDOR,
                message: "status 200 without a reference".into(),
            }),
            (status, _) => Err(status_error(status, answer)),
        }
    }

    async fn verify_answer(&self, fields: &[String], code: &str) -> Result<Outcome, Error> {
        let reference = fields[0]
            .parse::<i64>()
            .map_err(|_| Error::invalid("verification_id", "a pipwave reference is a number"))?;
        let body = VerifyTokenAnswer {
            timestamp: now(),
            api_key: self.api_key.expose_secret(),
            user_id: &fields[1],
            reference,
            contact_no_country_dialing_code: &fields[2],
            contact_no: &fields[3],
            answer: code,
        }
        .sign(self.api_secret.expose_secret())
        .map_err(|e| Error::invalid("verification_id", e.to_string()))?;
        let (status, answer) = self.call(body).await?;
        let too_many = answer
            .message
            .as_deref()
            .is_some_and(|m| m.to_ascii_lowercase().contains("too many"));
        match OUTCOMES.outcome(&status.to_string()) {
            // 5051 is also the lock, when the message speaks of too many answers.
            Some(Outcome::Expired) if too_many => Ok(Outcome::TooManyAttempts),
            Some(outcome) => Ok(outcome),
            None => Err(status_error(status, answer)),
        }
    }
}

/// pipwave's body `status` on a check (a number, or the same digits as a string), and what it
/// means: 5051 is "expired or unknown" (the lock when its message says too many answers).
#[doc(hidden)]
pub const OUTCOMES: OutcomeTable = OutcomeTable {
    field: "status",
    values: &[
        ("200", Outcome::Approved),
        (
            "5052",
            Outcome::Rejected {
                attempts_left: None,
            },
        ),
        ("5051", Outcome::Expired),
    ],
    reports_attempts_left: false,
};

impl Adapter for Pipwave {
    const CAPABILITIES: &'static Capabilities = &CAPABILITIES;
    const ACCOUNT_WIDE_429: bool = otpkit_pipwave::declared::ACCOUNT_WIDE_429;
    const ID_FIELDS: RangeInclusive<usize> = 4..=4;
    const MAX_CODE_CHARS: usize = 6;

    async fn send_checked(&self, request: CheckedRequest) -> Result<Verification, Error> {
        let phone = request
            .to
            .phone()
            .ok_or_else(|| Error::invalid("to", "must be a phone number"))?;
        let user_id = request.user_id.unwrap_or_else(|| phone.digits());
        self.send_token(user_id, phone.country_code().to_string(), phone.national())
            .await
    }

    async fn verify_checked(&self, fields: &[String], code: &str) -> Result<Outcome, Error> {
        self.verify_answer(fields, code).await
    }
}
