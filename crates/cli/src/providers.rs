//! Building a vendor provider from the environment (the facade's variables) with command-line
//! overrides, and from a sandbox for the demo.

use otpkit::{Error, OtpProvider, Vendor};

/// Credentials and endpoint given on the command line; each overrides its environment variable.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct Overrides {
    /// API key (overrides TERMII_API_KEY, PIPWAVE_API_KEY, SHOUTOUT_API_KEY or OCTOPUSH_API_KEY).
    #[arg(long)]
    pub api_key: Option<String>,
    /// pipwave API secret (overrides PIPWAVE_API_SECRET).
    #[arg(long)]
    pub api_secret: Option<String>,
    /// Octopush api-login, the account e-mail (overrides OCTOPUSH_API_LOGIN).
    #[arg(long)]
    pub api_login: Option<String>,
    /// Base URL of the vendor, e.g. a sandbox's `http://127.0.0.1:8080/termii`.
    #[arg(long)]
    pub base_url: Option<String>,
    /// Default sender ID (overrides TERMII_SENDER_ID, SHOUTOUT_SENDER_ID or OCTOPUSH_SENDER).
    #[arg(long = "sender-id")]
    pub sender_id: Option<String>,
}

impl Overrides {
    pub fn any(&self) -> bool {
        self.api_key.is_some()
            || self.api_secret.is_some()
            || self.api_login.is_some()
            || self.base_url.is_some()
            || self.sender_id.is_some()
    }
}

/// `vendor`'s provider from the environment, with `o` applied on top.
pub fn from_env(vendor: Vendor, o: &Overrides) -> Result<Box<dyn OtpProvider>, Error> {
    macro_rules! apply {
        ($builder:expr, $field:ident, $setter:ident) => {
            match &o.$field {
                Some(value) => $builder.$setter(value.clone()),
                None => $builder,
            }
        };
    }
    Ok(match vendor {
        Vendor::Termii => {
            let b = otpkit::vendors::termii::TermiiBuilder::from_env()?;
            let b = apply!(
                apply!(apply!(b, api_key, api_key), base_url, base_url),
                sender_id,
                sender_id
            );
            Box::new(b.build()?)
        }
        Vendor::Pipwave => {
            let b = otpkit::vendors::pipwave::PipwaveBuilder::from_env()?;
            let b = apply!(
                apply!(apply!(b, api_key, api_key), api_secret, api_secret),
                base_url,
                base_url
            );
            Box::new(b.build()?)
        }
        Vendor::Shoutout => {
            let b = otpkit::vendors::shoutout::ShoutoutBuilder::from_env()?;
            let b = apply!(
                apply!(apply!(b, api_key, api_key), base_url, base_url),
                sender_id,
                sender_id
            );
            Box::new(b.build()?)
        }
        Vendor::Octopush => {
            let b = otpkit::vendors::octopush::OctopushBuilder::from_env()?;
            let b = apply!(
                apply!(
                    apply!(apply!(b, api_key, api_key), api_login, api_login),
                    base_url,
                    base_url
                ),
                sender_id,
                sender
            );
            Box::new(b.build()?)
        }
        other => {
            return Err(Error::Config(
                format!("{other} is not supported by this build").into(),
            ));
        }
    })
}
