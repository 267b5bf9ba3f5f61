//! ShoutOUT (Sri Lanka). SMS only; ShoutOUT fixes the code's length, lifetime and attempts. The
//! sender mask is required; `{code}` becomes ShoutOUT's `{{code}}`; numbers go as digits
//! without `+`. Outcomes: `statusCode` "1000" approved; "1001" rejected (locked when the
//! message speaks of attempts); "1002" expired; a 400 without a status code about the
//! reference: not found.

use std::ops::RangeInclusive;
use std::sync::Arc;

use otpkit_shoutout::declared::ConfigKey;
use otpkit_shoutout::types;
use secrecy::{ExposeSecret, SecretString};

use super::adapter::Adapter;
use super::descriptor::{Lookup, OutcomeTable};
use crate::call::{answer, failed, issued_id};
use crate::capabilities::CODE_PLACEHOLDER;
use crate::capabilities::{Capabilities, CheckedRequest};
use crate::channel::Channel;
use crate::config::Vars;
use crate::connection::{self, Connection, connection_setters};
use crate::error::Error;
use crate::provider::OtpProvider;
use crate::vendor::Vendor;
use crate::verification::{Outcome, Verification};

const VENDOR: Vendor = Vendor::SHOUTOUT;

/// What Shoutout can do (its descriptor in the registry holds it too).
pub(super) const fn capabilities() -> Capabilities {
    Capabilities::new(VENDOR)
        .template(true)
        .sender_id(true, true)
}

static CAPABILITIES: Capabilities = capabilities();

/// The provider, from settings looked up by environment variable name: the registry's
/// constructor.
pub(super) fn provider(vars: Lookup<'_>) -> Result<Arc<dyn OtpProvider>, Error> {
    Ok(Arc::new(ShoutoutBuilder::from_vars(vars)?.build()?))
}

const DEFAULT_TEMPLATE: &str = "Your verification code is {code}";

/// Builds a [`Shoutout`] provider. `from_env` reads the variables of [`ConfigKey`].
#[derive(Clone, Debug, Default)]
pub struct ShoutoutBuilder {
    api_key: Option<SecretString>,
    connection: Connection,
    sender_id: Option<String>,
}

impl ShoutoutBuilder {
    /// A builder with settings from the environment (each [`ConfigKey`], `OTPKIT_TIMEOUT_MS`,
    /// `OTPKIT_ALLOW_HTTP`); setters override them.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(&Vars::process)
    }

    /// As [`ShoutoutBuilder::from_env`], with each variable looked up through `vars`.
    pub fn from_vars(vars: Lookup<'_>) -> Result<Self, Error> {
        let vars = Vars::new(vars);
        Ok(Self {
            api_key: vars.get(ConfigKey::ApiKey.as_str()).map(SecretString::from),
            connection: Connection::from_vars(ConfigKey::BaseUrl.as_str(), vars)?,
            sender_id: vars.get(ConfigKey::SenderId.as_str()),
        })
    }

    /// The API key (from the ShoutOUT Lite app).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(SecretString::from(key.into()));
        self
    }

    /// The default sender ID (ShoutOUT's sender mask).
    pub fn sender_id(mut self, sender_id: impl Into<String>) -> Self {
        self.sender_id = Some(sender_id.into());
        self
    }

    connection_setters!("otpkit_shoutout::BASE_URL");

    /// The provider, or a [`Error::Config`] naming what is missing.
    pub fn build(self) -> Result<Shoutout, Error> {
        let api_key = connection::required(
            self.api_key,
            "the ShoutOUT API key",
            ConfigKey::ApiKey.as_str(),
        )?;
        let (base_url, http) = self.connection.resolve(otpkit_shoutout::BASE_URL)?;
        let client = otpkit_shoutout::Client::connect(&base_url, api_key.expose_secret(), &http)
            .map_err(connection::client_error)?;
        Ok(Shoutout {
            client,
            sender_id: self.sender_id,
        })
    }
}

/// The ShoutOUT provider. Its key travels in a header the client installs, marked sensitive,
/// so `Debug` never shows it.
#[derive(Debug)]
pub struct Shoutout {
    client: otpkit_shoutout::Client,
    sender_id: Option<String>,
}

impl Shoutout {
    /// A builder; see [`ShoutoutBuilder`].
    pub fn builder() -> ShoutoutBuilder {
        ShoutoutBuilder::default()
    }
}

/// ShoutOUT's `statusCode` on a check, and what it means. An error answer (400) carries the
/// same codes, except that "1000" there approves nothing; "1001" is the lock when the message
/// speaks of attempts.
#[doc(hidden)]
pub const OUTCOMES: OutcomeTable = OutcomeTable {
    field: "statusCode",
    values: &[
        ("1000", Outcome::Approved),
        (
            "1001",
            Outcome::Rejected {
                attempts_left: None,
            },
        ),
        ("1002", Outcome::Expired),
    ],
    reports_attempts_left: false,
};

impl Adapter for Shoutout {
    const CAPABILITIES: &'static Capabilities = &CAPABILITIES;
    const ACCOUNT_WIDE_429: bool = otpkit_shoutout::declared::ACCOUNT_WIDE_429;
    const ID_FIELDS: RangeInclusive<usize> = 1..=1;
    const MAX_CODE_CHARS: usize = 32;

    fn sender_id(&self) -> Option<&str> {
        self.sender_id.as_deref()
    }

    async fn send_checked(&self, c: CheckedRequest) -> Result<Verification, Error> {
        let template = c
            .template
            .as_deref()
            .unwrap_or(DEFAULT_TEMPLATE)
            .replace(CODE_PLACEHOLDER, "{{code}}");
        let body = types::SendOtpRequest::builder()
            .source(c.sender_id.unwrap_or_default())
            .destination(c.to.digits_or_address())
            .transport(types::SendOtpRequestTransport::Sms)
            .content(types::Content::builder().sms(template));
        let sent = self.client.send_otp().body(body).send().await;
        let sent = sent
            .map_err(|e| failed(&VENDOR, e, |a| a.into_error(&VENDOR, |body| body.message)))?
            .into_inner();
        Ok(Verification::new(
            issued_id(&VENDOR, [sent.reference_id])?,
            Channel::Sms,
        ))
    }

    async fn verify_checked(&self, fields: &[String], code: &str) -> Result<Outcome, Error> {
        let reference_id = fields[0].as_str();
        let body = types::VerifyOtpRequest::builder()
            .reference_id(reference_id)
            .code(code);
        let verified = self.client.verify_otp().body(body).send().await;
        let approved_by_status = verified.is_ok();
        let (status_code, message) = match verified {
            Ok(answer) => {
                let answer = answer.into_inner();
                (Some(answer.status_code.0), answer.description)
            }
            Err(e) => {
                let answer = answer(&VENDOR, e)?;
                if answer.status != 400 {
                    return Err(answer.into_error(&VENDOR, |body| body.message));
                }
                let message = answer
                    .body
                    .message
                    .clone()
                    .or(answer.body.description.clone());
                match answer.body.status_code {
                    Some(code) => (Some(code.0), message),
                    None if message
                        .as_deref()
                        .is_some_and(|m| m.to_ascii_lowercase().contains("reference")) =>
                    {
                        return Ok(Outcome::NotFound);
                    }
                    None => return Err(answer.into_error(&VENDOR, |body| body.message)),
                }
            }
        };
        let about_attempts = message
            .as_deref()
            .is_some_and(|m| m.to_ascii_lowercase().contains("attempt"));
        let outcome = status_code
            .as_deref()
            .and_then(|code| OUTCOMES.outcome(code))
            // Only a success answer approves: "1000" inside a 400 contradicts itself.
            .filter(|outcome| approved_by_status || !outcome.is_approved());
        match outcome {
            Some(Outcome::Rejected { .. }) if about_attempts => Ok(Outcome::TooManyAttempts),
            Some(outcome) => Ok(outcome),
            None => Err(Error::vendor_answer(
                VENDOR,
                None,
                format!(
                    "unknown statusCode {}: {}",
                    status_code.as_deref().unwrap_or("(none)"),
                    message.unwrap_or_default()
                ),
            )),
        }
    }
}
