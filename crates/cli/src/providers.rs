//! Building a vendor provider from the environment (the facade's variables) with command-line
//! overrides. Each override names a kind of setting; it applies to the vendor's variable of
//! that kind (`--api-key` to `TERMII_API_KEY` for Termii).

use std::sync::Arc;

use otpkit::vendors::BUILT_IN;
use otpkit::{Error, OtpProvider, Vendor};

/// Credentials and endpoint given on the command line; each overrides its environment variable.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct Overrides {
    /// API key (overrides the vendor's *_API_KEY variable, e.g. TERMII_API_KEY).
    #[arg(long)]
    pub api_key: Option<String>,
    /// API secret (overrides the vendor's *_API_SECRET variable, e.g. PIPWAVE_API_SECRET).
    #[arg(long)]
    pub api_secret: Option<String>,
    /// Account login, Octopush's account e-mail (overrides OCTOPUSH_API_LOGIN).
    #[arg(long)]
    pub api_login: Option<String>,
    /// Account SID (overrides the vendor's *_ACCOUNT_SID variable, e.g. TWILIO_ACCOUNT_SID).
    #[arg(long)]
    pub account_sid: Option<String>,
    /// Auth token (overrides the vendor's *_AUTH_TOKEN variable, e.g. TWILIO_AUTH_TOKEN).
    #[arg(long)]
    pub auth_token: Option<String>,
    /// Service SID (overrides the vendor's *_SERVICE_SID variable, e.g.
    /// TWILIO_VERIFY_SERVICE_SID).
    #[arg(long)]
    pub service_sid: Option<String>,
    /// Base URL of the vendor, e.g. a sandbox's `http://127.0.0.1:8080/termii`.
    #[arg(long)]
    pub base_url: Option<String>,
    /// Default sender ID (overrides the vendor's *_SENDER_ID variable).
    #[arg(long = "sender-id")]
    pub sender_id: Option<String>,
}

impl Overrides {
    pub fn any(&self) -> bool {
        self.by_suffix().any(|(_, value)| value.is_some())
    }

    /// Each override with the suffix of the variables it replaces.
    fn by_suffix(&self) -> impl Iterator<Item = (&'static str, Option<&String>)> {
        [
            ("_API_KEY", self.api_key.as_ref()),
            ("_API_SECRET", self.api_secret.as_ref()),
            ("_API_LOGIN", self.api_login.as_ref()),
            ("_ACCOUNT_SID", self.account_sid.as_ref()),
            ("_AUTH_TOKEN", self.auth_token.as_ref()),
            ("_SERVICE_SID", self.service_sid.as_ref()),
            ("_BASE_URL", self.base_url.as_ref()),
            ("_SENDER_ID", self.sender_id.as_ref()),
        ]
        .into_iter()
    }

    /// `name`'s value: the override of its kind, else the environment's. A provider reads
    /// only its own vendor's variables (and `OTPKIT_*`, which no override names).
    fn var(&self, name: &str) -> Option<String> {
        self.by_suffix()
            .find(|(suffix, _)| name.ends_with(suffix))
            .and_then(|(_, value)| value.cloned())
            .or_else(|| std::env::var(name).ok())
    }
}

/// The names `--vendor` accepts: every vendor built in.
pub fn vendor_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(BUILT_IN.iter().map(|d| d.vendor.name()))
}

/// `vendor`'s provider from the environment, with `overrides` applied on top.
pub fn from_env(vendor: &Vendor, overrides: &Overrides) -> Result<Arc<dyn OtpProvider>, Error> {
    otpkit::vendors::provider(vendor, &|name| overrides.var(name))
}
