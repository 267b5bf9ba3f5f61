//! Octopush (France). SMS, voice and WhatsApp; code length 3 to 32, digits or digits and
//! capitals, lifetime in seconds; numbers go as `+E.164`; `{code}` is Octopush's own syntax.
//! Unset options take the account's defaults. Outcomes are the body `code`: 0 approved, 199
//! rejected (with `remaining_number_of_attempts`), 196 locked, 197 expired, 198 not found.

use std::num::NonZeroU32;
use std::ops::RangeInclusive;
use std::sync::Arc;
use std::time::Duration;

use otpkit_octopush::declared::ConfigKey;
use otpkit_octopush::types;
use secrecy::{ExposeSecret, SecretString};

use super::adapter::Adapter;
use super::descriptor::{Lookup, OutcomeTable};
use crate::call::{answer, failed, issued_id};
use crate::capabilities::{Capabilities, CheckedRequest};
use crate::channel::{Alphabet, Channel};
use crate::config::Vars;
use crate::connection::{self, Connection, connection_setters};
use crate::error::Error;
use crate::provider::OtpProvider;
use crate::report::Balance;
use crate::vendor::Vendor;
use crate::verification::{Outcome, Verification};

const VENDOR: Vendor = Vendor::OCTOPUSH;

/// What Octopush can do (its descriptor in the registry holds it too).
pub(super) const fn capabilities() -> Capabilities {
    Capabilities::new(VENDOR)
        .channels(&[Channel::Sms, Channel::Voice, Channel::Whatsapp])
        .code_length(3..=32)
        .alphabets(&[Alphabet::Numeric, Alphabet::Alphanumeric])
        .ttl(
            Duration::from_secs(3)..=Duration::from_secs(10_000_000),
            Duration::from_secs(1),
        )
        .max_attempts(1..=u32::MAX)
        .template(true)
        .sender_id(true, false)
}

static CAPABILITIES: Capabilities = capabilities();

/// The provider, from settings looked up by environment variable name: the registry's
/// constructor.
pub(super) fn provider(vars: Lookup<'_>) -> Result<Arc<dyn OtpProvider>, Error> {
    Ok(Arc::new(OctopushBuilder::from_vars(vars)?.build()?))
}

/// Builds an [`Octopush`] provider. `from_env` reads the variables of [`ConfigKey`].
#[derive(Clone, Debug, Default)]
pub struct OctopushBuilder {
    api_login: Option<String>,
    api_key: Option<SecretString>,
    connection: Connection,
    sender_id: Option<String>,
}

impl OctopushBuilder {
    /// A builder with settings from the environment (each [`ConfigKey`], `OTPKIT_TIMEOUT_MS`,
    /// `OTPKIT_ALLOW_HTTP`); setters override them.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(&Vars::process)
    }

    /// As [`OctopushBuilder::from_env`], with each variable looked up through `vars`.
    pub fn from_vars(vars: Lookup<'_>) -> Result<Self, Error> {
        let vars = Vars::new(vars);
        Ok(Self {
            api_login: vars.get(ConfigKey::ApiLogin.as_str()),
            api_key: vars.get(ConfigKey::ApiKey.as_str()).map(SecretString::from),
            connection: Connection::from_vars(ConfigKey::BaseUrl.as_str(), vars)?,
            sender_id: vars.get(ConfigKey::SenderId.as_str()),
        })
    }

    /// The account's e-mail (`api-login`).
    pub fn api_login(mut self, login: impl Into<String>) -> Self {
        self.api_login = Some(login.into());
        self
    }

    /// The account's API key.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(SecretString::from(key.into()));
        self
    }

    /// The default sender ID (3 to 11 letters and digits).
    pub fn sender_id(mut self, sender_id: impl Into<String>) -> Self {
        self.sender_id = Some(sender_id.into());
        self
    }

    connection_setters!("otpkit_octopush::BASE_URL");

    /// The provider, or a [`Error::Config`] naming what is missing.
    pub fn build(self) -> Result<Octopush, Error> {
        let api_login = connection::required(
            self.api_login,
            "the Octopush api-login",
            ConfigKey::ApiLogin.as_str(),
        )?;
        let api_key = connection::required(
            self.api_key,
            "the Octopush API key",
            ConfigKey::ApiKey.as_str(),
        )?;
        let (base_url, http) = self.connection.resolve(otpkit_octopush::BASE_URL)?;
        let client =
            otpkit_octopush::Client::connect(&base_url, &api_login, api_key.expose_secret(), &http)
                .map_err(connection::client_error)?;
        Ok(Octopush {
            client,
            sender_id: self.sender_id,
        })
    }
}

/// The Octopush provider. Its credentials travel in headers the client installs, marked
/// sensitive, so `Debug` never shows them.
#[derive(Debug)]
pub struct Octopush {
    client: otpkit_octopush::Client,
    sender_id: Option<String>,
}

impl Octopush {
    /// A builder; see [`OctopushBuilder`].
    pub fn builder() -> OctopushBuilder {
        OctopushBuilder::default()
    }
}

/// Octopush's body `code` on a successful validation, and what it means: only 0, approval.
/// A wrong, expired or unknown code is an error answer (400 with 196 to 199), read apart.
#[doc(hidden)]
pub const OUTCOMES: OutcomeTable = OutcomeTable {
    field: "code",
    values: &[("0", Outcome::Approved)],
    // Octopush's `remaining_number_of_attempts`.
    reports_attempts_left: true,
};

impl Adapter for Octopush {
    const CAPABILITIES: &'static Capabilities = &CAPABILITIES;
    const ACCOUNT_WIDE_429: bool = otpkit_octopush::declared::ACCOUNT_WIDE_429;
    const ID_FIELDS: RangeInclusive<usize> = 1..=1;
    const MAX_CODE_CHARS: usize = 32;

    fn sender_id(&self) -> Option<&str> {
        self.sender_id.as_deref()
    }

    async fn send_checked(&self, c: CheckedRequest) -> Result<Verification, Error> {
        let phone =
            c.to.phone()
                .ok_or_else(|| Error::invalid("to", "must be a phone number"))?;
        let invalid = |field: &'static str| {
            move |e: types::error::ConversionError| Error::invalid(field, e.to_string())
        };
        let alphabet = c.alphabet.map(|a| a == Alphabet::Alphanumeric);
        let body = types::GenerateOtpRequest {
            phone_number: phone.e164().parse().map_err(invalid("to"))?,
            channel: Some(match c.channel {
                Channel::Voice => types::Channel::VoiceSms,
                Channel::Whatsapp => types::Channel::Whatsapp,
                _ => types::Channel::Sms,
            }),
            text: c
                .template
                .map(|t| t.parse())
                .transpose()
                .map_err(invalid("template"))?,
            sender: c
                .sender_id
                .map(|s| s.parse())
                .transpose()
                .map_err(invalid("sender_id"))?,
            code_length: c.code_length.map(i32::from),
            // With an alphabet: digits, plus capitals for alphanumeric codes; else the account's.
            allow_digits: alphabet.map(|_| true),
            allow_upper_case: alphabet,
            allow_lower_case: alphabet.map(|_| false),
            allow_special_chars: alphabet.map(|_| false),
            remove_confusing_characters: None,
            validity_period: c.ttl.map(|d| d.as_secs() as i32),
            max_wrong_attempts: c.max_attempts.and_then(NonZeroU32::new),
            voice_language: None,
            voice_gender: None,
            recipient_ip: None,
        };
        let sent = self.client.generate_otp().body(body).send().await;
        let sent = sent
            .map_err(|e| failed(&VENDOR, e, |a| a.into_error(&VENDOR, |body| body.message)))?
            .into_inner();
        let verification =
            Verification::new(issued_id(&VENDOR, [sent.otp_request_token])?, c.channel);
        // The ticket is the `message_id` of the send's delivery reports (NOTES-delivery.md 4.1).
        Ok(match sent.ticket_number {
            Some(ticket) => verification.with_message_id(ticket),
            None => verification,
        })
    }

    async fn verify_checked(&self, fields: &[String], code: &str) -> Result<Outcome, Error> {
        let token = fields[0].as_str();
        let token: types::ValidateOtpRequestOtpRequestToken = token
            .parse()
            .map_err(|_| Error::invalid("verification_id", "not an Octopush token"))?;
        let body = types::ValidateOtpRequest::builder()
            .otp_request_token(token)
            .code(code);
        match self.client.validate_otp().body(body).send().await {
            Ok(answer) => OUTCOMES.outcome(&answer.code.to_string()).ok_or_else(|| {
                Error::vendor_answer(
                    VENDOR,
                    None,
                    format!("validation answered code {}", answer.code),
                )
            }),
            Err(e) => {
                let answer = answer(&VENDOR, e)?;
                let remaining = answer
                    .body
                    .remaining_number_of_attempts
                    .and_then(|n| u32::try_from(n).ok());
                match (answer.status, answer.body.code) {
                    (400, 199) => Ok(Outcome::Rejected {
                        attempts_left: remaining,
                    }),
                    (400, 196) => Ok(Outcome::TooManyAttempts),
                    (400, 197) => Ok(Outcome::Expired),
                    (400, 198) => Ok(Outcome::NotFound),
                    _ => Err(answer.into_error(&VENDOR, |body| body.message)),
                }
            }
        }
    }

    /// `GET /wallet/check-balance`: the wallet in euros (Octopush's `unit` "euros" is
    /// reported as `EUR`; any other unit as it is).
    async fn balance_checked(&self) -> Result<Balance, Error> {
        match self.client.check_balance().send().await {
            Ok(answer) => {
                let unit = match answer.unit.as_str() {
                    "euros" | "euro" => "EUR",
                    other => other,
                };
                Ok(Balance::new(VENDOR, answer.amount, unit))
            }
            Err(e) => Err(answer(&VENDOR, e)?.into_error(&VENDOR, |body| body.message)),
        }
    }
}

/// The setting that authenticates Octopush's delivery reports: the token in their URL.
pub(crate) const WEBHOOK_SECRET: ConfigKey = ConfigKey::WebhookToken;

/// The query parameter of the report URL that carries the webhook's token.
pub(crate) const TOKEN_PARAMETER: &str = "token";

/// A delivery report Octopush posted. Octopush signs nothing, so the report is believed only
/// when the URL it was posted to carries the webhook's token (`?token=…`), compared in
/// constant time (as SHA-256 digests, so that not even its length shows). The fields come as
/// a JSON body, a form body or query fields (the docs show all three, NOTES-delivery.md 4.1).
/// The report's id is the message's ticket and the status: one report per state reached.
pub(crate) fn report(
    token: &SecretString,
    incoming: &crate::received::Received<'_>,
) -> Result<(String, crate::report::DeliveryReport), Error> {
    use sha2::{Digest, Sha256};
    use subtle::ConstantTimeEq;

    let query: Vec<(String, String)> = incoming
        .query
        .map(serde_urlencoded::from_str)
        .transpose()
        .map_err(|e| {
            Error::invalid(
                "token",
                format!("the report's URL query is unreadable: {e}"),
            )
        })?
        .unwrap_or_default();
    let given = query
        .iter()
        .find(|(name, _)| name == TOKEN_PARAMETER)
        .map(|(_, value)| value.as_str())
        .ok_or_else(|| {
            Error::invalid(
                "token",
                format!("the report's URL has no `{TOKEN_PARAMETER}` (Octopush signs no report)"),
            )
        })?;
    let matches =
        Sha256::digest(given.as_bytes()).ct_eq(&Sha256::digest(token.expose_secret().as_bytes()));
    if !bool::from(matches) {
        return Err(Error::invalid(
            "token",
            "the report's URL token is not the webhook's",
        ));
    }
    let is_form = incoming
        .headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let event: Result<types::DeliveryReportEvent, String> = if incoming.body.is_empty() {
        serde_urlencoded::from_str(incoming.query.unwrap_or_default()).map_err(|e| e.to_string())
    } else if is_form {
        serde_urlencoded::from_bytes(incoming.body).map_err(|e| e.to_string())
    } else {
        serde_json::from_slice(incoming.body).map_err(|e| e.to_string())
    };
    let event = event
        .map_err(|e| Error::invalid("body", format!("not an Octopush delivery report: {e}")))?;
    let mut report =
        crate::report::DeliveryReport::new(VENDOR, delivery(&event.status), &event.status)
            .message_id(event.message_id.clone());
    if let Some(number) = event.number {
        report = report.destination(number);
    }
    if let Some(at) = event.delivery_date {
        report = report.at(at);
    }
    if let Some(cost) = event.unit_price {
        report = report.cost(cost);
    }
    Ok((format!("{}:{}", event.message_id, event.status), report))
}

/// An Octopush status as a state (NOTES-delivery.md 4.1); unknown text is
/// [`Delivery::Unknown`](crate::report::Delivery::Unknown).
fn delivery(status: &str) -> crate::report::Delivery {
    use crate::report::Delivery;

    match status.trim().to_ascii_uppercase().as_str() {
        "ACK" | "TRANSMITTED" | "ISP_SEND" | "PROCESSED" => Delivery::Sent,
        "DELIVERED" | "READ" | "OPENED" | "CLICKED" => Delivery::Delivered,
        "NOT_DELIVERED" | "NOT_DELIVERABLE" | "BUSY" | "REFUSED" => Delivery::Undelivered,
        "NOT_ALLOWED" | "BAD_DESTINATION" | "BLACKLISTED_NUMBER" => Delivery::Rejected,
        _ => Delivery::Unknown,
    }
}
