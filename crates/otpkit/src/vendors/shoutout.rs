//! ShoutOUT (Sri Lanka). SMS only; ShoutOUT fixes the code's length, lifetime and attempts. The
//! sender mask is required; `{code}` becomes ShoutOUT's `{{code}}`; numbers go as digits
//! without `+`. Outcomes: `statusCode` "1000" approved; "1001" rejected (locked when the
//! message speaks of attempts); "1002" expired; a 400 without a status code about the
//! reference: not found.

use std::time::Duration;

use otpkit_shoutout::types;
use secrecy::{ExposeSecret, SecretString};

use crate::call::{ErrorAnswer, answer, check_code, status_error, traced};
use crate::config::{self, Connection};
use crate::request::{CODE_PLACEHOLDER, Checked};
use crate::{
    Alphabet, Capabilities, Channel, Error, Outcome, SendRequest, Vendor, Verification,
    VerificationId,
};

const VENDOR: Vendor = Vendor::Shoutout;
const DEFAULT_TEMPLATE: &str = "Your verification code is {code}";

fn capabilities() -> Capabilities {
    Capabilities {
        vendor: VENDOR,
        channels: &[Channel::Sms],
        code_length: None,
        alphabets: &[Alphabet::Numeric],
        ttl: None,
        ttl_unit: Duration::from_secs(1),
        max_attempts: None,
        template: true,
        sender: true,
        sender_required: true,
    }
}

/// Builds a [`Shoutout`] provider. `from_env` reads `SHOUTOUT_API_KEY`, `SHOUTOUT_BASE_URL`
/// and `SHOUTOUT_SENDER_ID`.
#[derive(Clone, Debug, Default)]
pub struct ShoutoutBuilder {
    api_key: Option<SecretString>,
    connection: Connection,
    sender_id: Option<String>,
}

impl ShoutoutBuilder {
    /// A builder with settings from the environment (`SHOUTOUT_API_KEY`, `SHOUTOUT_BASE_URL`,
    /// `SHOUTOUT_SENDER_ID`, `OTPKIT_TIMEOUT_MS`); setters override them.
    pub fn from_env() -> Result<Self, Error> {
        Ok(Self {
            api_key: config::env("SHOUTOUT_API_KEY").map(SecretString::from),
            connection: Connection::from_env("SHOUTOUT")?,
            sender_id: config::env("SHOUTOUT_SENDER_ID"),
        })
    }

    /// The API key (from the ShoutOUT Lite app).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(SecretString::from(key.into()));
        self
    }

    /// The API host (default [`otpkit_shoutout::BASE_URL`]).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.connection.base_url = Some(url.into());
        self
    }

    /// The default sender mask.
    pub fn sender_id(mut self, sender: impl Into<String>) -> Self {
        self.sender_id = Some(sender.into());
        self
    }

    /// Time allowed per request (default [`crate::DEFAULT_TIMEOUT`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.connection.timeout = Some(timeout);
        self
    }

    /// Allow a plain `http://` base URL to a host other than this machine (default: refused,
    /// so that credentials never travel unencrypted by mistake; `OTPKIT_ALLOW_HTTP=1`).
    pub fn allow_http(mut self, allow: bool) -> Self {
        self.connection.allow_http = Some(allow);
        self
    }

    /// The provider, or a [`Error::Config`] naming what is missing.
    pub fn build(self) -> Result<Shoutout, Error> {
        let api_key = config::required(self.api_key, "the ShoutOUT API key", "SHOUTOUT_API_KEY")?;
        let (base_url, http) = self.connection.resolve(otpkit_shoutout::BASE_URL)?;
        let client = otpkit_shoutout::Client::connect(&base_url, api_key.expose_secret(), &http)
            .map_err(config::client_error)?;
        Ok(Shoutout {
            client,
            base_url,
            sender_id: self.sender_id,
            capabilities: [capabilities()],
        })
    }
}

/// The ShoutOUT provider.
pub struct Shoutout {
    client: otpkit_shoutout::Client,
    base_url: String,
    sender_id: Option<String>,
    capabilities: [Capabilities; 1],
}

impl std::fmt::Debug for Shoutout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shoutout")
            .field("base_url", &self.base_url)
            .field("sender_id", &self.sender_id)
            .finish_non_exhaustive()
    }
}

impl Shoutout {
    /// A builder; see [`ShoutoutBuilder`].
    pub fn builder() -> ShoutoutBuilder {
        ShoutoutBuilder::default()
    }

    fn error(answer: ErrorAnswer<types::Error>) -> Error {
        status_error(
            VENDOR,
            answer.status,
            answer.body.message,
            answer.retry_after,
        )
    }

    async fn send_checked(&self, c: Checked) -> Result<Verification, Error> {
        let template = c
            .template
            .as_deref()
            .unwrap_or(DEFAULT_TEMPLATE)
            .replace(CODE_PLACEHOLDER, "{{code}}");
        let body = types::SendOtpRequest::builder()
            .source(c.sender.unwrap_or_default())
            .destination(c.to.digits_or_address())
            .transport(types::SendOtpRequestTransport::Sms)
            .content(types::Content::builder().sms(template));
        let sent = self.client.send_otp().body(body).send().await;
        let sent = sent
            .map_err(|e| answer(VENDOR, e).map_or_else(|e| e, Self::error))?
            .into_inner();
        Ok(Verification {
            id: VerificationId::new(VENDOR, vec![sent.reference_id]),
            channel: Channel::Sms,
            code: None,
        })
    }

    async fn verify_checked(&self, reference_id: &str, code: &str) -> Result<Outcome, Error> {
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
                let answer = answer(VENDOR, e)?;
                if answer.status != 400 {
                    return Err(Self::error(answer));
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
                    None => return Err(Self::error(answer)),
                }
            }
        };
        let about_attempts = message
            .as_deref()
            .is_some_and(|m| m.to_ascii_lowercase().contains("attempt"));
        match status_code.as_deref() {
            // Only a success answer approves: "1000" inside a 400 contradicts itself.
            Some("1000") if approved_by_status => Ok(Outcome::Approved),
            Some("1001") if about_attempts => Ok(Outcome::TooManyAttempts),
            Some("1001") => Ok(Outcome::Rejected {
                attempts_left: None,
            }),
            Some("1002") => Ok(Outcome::Expired),
            other => Err(Error::vendor_answer(
                VENDOR,
                None,
                format!(
                    "unknown statusCode {}: {}",
                    other.unwrap_or("(none)"),
                    message.unwrap_or_default()
                ),
            )),
        }
    }
}

impl Shoutout {
    /// [`OtpProvider::send`](crate::OtpProvider::send), called directly by [`Otp`](crate::Otp) and
    /// [`Router`](crate::Router).
    pub(crate) async fn send_direct(&self, request: &SendRequest) -> Result<Verification, Error> {
        let checked = self.capabilities[0].check(request, self.sender_id.as_deref())?;
        traced(VENDOR, "send", || self.send_checked(checked)).await
    }

    /// [`OtpProvider::verify`](crate::OtpProvider::verify), called directly.
    pub(crate) async fn verify_direct(
        &self,
        id: &VerificationId,
        code: &str,
    ) -> Result<Outcome, Error> {
        let fields = super::fields_of(id, VENDOR)?;
        let code = check_code(code, 32)?;
        traced(VENDOR, "verify", || self.verify_checked(&fields[0], code)).await
    }
}

super::built_in_provider!(Shoutout);
