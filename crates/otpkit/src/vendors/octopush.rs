//! Octopush (France). SMS, voice and WhatsApp; code length 3 to 32, digits or digits and
//! capitals, lifetime in seconds; numbers go as `+E.164`; `{code}` is Octopush's own syntax.
//! Unset options take the account's defaults. Outcomes are the body `code`: 0 approved, 199
//! rejected (with `remaining_number_of_attempts`), 196 locked, 197 expired, 198 not found.

use std::num::NonZeroU32;
use std::time::Duration;

use otpkit_octopush::types;
use secrecy::{ExposeSecret, SecretString};

use crate::call::{ErrorAnswer, answer, check_code, status_error, traced};
use crate::config::{self, Connection};
use crate::request::Checked;
use crate::{
    Alphabet, Capabilities, Channel, Error, Outcome, SendRequest, Vendor, Verification,
    VerificationId,
};

const VENDOR: Vendor = Vendor::Octopush;

fn capabilities() -> Capabilities {
    Capabilities {
        vendor: VENDOR,
        channels: &[Channel::Sms, Channel::Voice, Channel::Whatsapp],
        code_length: Some(3..=32),
        alphabets: &[Alphabet::Numeric, Alphabet::Alphanumeric],
        ttl: Some(Duration::from_secs(3)..=Duration::from_secs(10_000_000)),
        ttl_unit: Duration::from_secs(1),
        max_attempts: Some(1..=u32::MAX),
        template: true,
        sender: true,
        sender_required: false,
    }
}

/// Builds an [`Octopush`] provider. `from_env` reads `OCTOPUSH_API_LOGIN`, `OCTOPUSH_API_KEY`,
/// `OCTOPUSH_BASE_URL` and `OCTOPUSH_SENDER`.
#[derive(Clone, Debug, Default)]
pub struct OctopushBuilder {
    api_login: Option<String>,
    api_key: Option<SecretString>,
    connection: Connection,
    sender: Option<String>,
}

impl OctopushBuilder {
    /// A builder with settings from the environment (`OCTOPUSH_API_LOGIN`, `OCTOPUSH_API_KEY`,
    /// `OCTOPUSH_BASE_URL`, `OCTOPUSH_SENDER`, `OTPKIT_TIMEOUT_MS`); setters override them.
    pub fn from_env() -> Result<Self, Error> {
        Ok(Self {
            api_login: config::env("OCTOPUSH_API_LOGIN"),
            api_key: config::env("OCTOPUSH_API_KEY").map(SecretString::from),
            connection: Connection::from_env("OCTOPUSH")?,
            sender: config::env("OCTOPUSH_SENDER"),
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

    /// The API base (default [`otpkit_octopush::BASE_URL`]).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.connection.base_url = Some(url.into());
        self
    }

    /// The default sender (3 to 11 letters and digits).
    pub fn sender(mut self, sender: impl Into<String>) -> Self {
        self.sender = Some(sender.into());
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
    pub fn build(self) -> Result<Octopush, Error> {
        let api_login = config::required(
            self.api_login,
            "the Octopush api-login",
            "OCTOPUSH_API_LOGIN",
        )?;
        let api_key = config::required(self.api_key, "the Octopush API key", "OCTOPUSH_API_KEY")?;
        let (base_url, http) = self.connection.resolve(otpkit_octopush::BASE_URL)?;
        let client =
            otpkit_octopush::Client::connect(&base_url, &api_login, api_key.expose_secret(), &http)
                .map_err(config::client_error)?;
        Ok(Octopush {
            client,
            base_url,
            sender: self.sender,
            capabilities: [capabilities()],
        })
    }
}

/// The Octopush provider.
pub struct Octopush {
    client: otpkit_octopush::Client,
    base_url: String,
    sender: Option<String>,
    capabilities: [Capabilities; 1],
}

impl std::fmt::Debug for Octopush {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Octopush")
            .field("base_url", &self.base_url)
            .field("sender", &self.sender)
            .finish_non_exhaustive()
    }
}

impl Octopush {
    /// A builder; see [`OctopushBuilder`].
    pub fn builder() -> OctopushBuilder {
        OctopushBuilder::default()
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
                .sender
                .map(|s| s.parse())
                .transpose()
                .map_err(invalid("sender"))?,
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
            .map_err(|e| answer(VENDOR, e).map_or_else(|e| e, Self::error))?
            .into_inner();
        Ok(Verification {
            id: VerificationId::new(VENDOR, vec![sent.otp_request_token]),
            channel: c.channel,
            code: None,
        })
    }

    async fn verify_checked(&self, token: &str, code: &str) -> Result<Outcome, Error> {
        let token: types::ValidateOtpRequestOtpRequestToken = token
            .parse()
            .map_err(|_| Error::invalid("verification_id", "not an Octopush token"))?;
        let body = types::ValidateOtpRequest::builder()
            .otp_request_token(token)
            .code(code);
        match self.client.validate_otp().body(body).send().await {
            Ok(answer) if answer.code == 0 => Ok(Outcome::Approved),
            Ok(answer) => Err(Error::vendor_answer(
                VENDOR,
                None,
                format!("validation answered code {}", answer.code),
            )),
            Err(e) => {
                let answer = answer(VENDOR, e)?;
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
                    _ => Err(Self::error(answer)),
                }
            }
        }
    }
}

impl Octopush {
    /// [`OtpProvider::send`](crate::OtpProvider::send), called directly by [`Otp`](crate::Otp) and
    /// [`Router`](crate::Router).
    pub(crate) async fn send_direct(&self, request: &SendRequest) -> Result<Verification, Error> {
        let checked = self.capabilities[0].check(request, self.sender.as_deref())?;
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

super::built_in_provider!(Octopush);
