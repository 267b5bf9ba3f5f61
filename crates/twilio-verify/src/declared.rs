// generated from the `x-otpkit` blocks of specs/*.yaml by `cargo xtask generate`; do not edit.
//! What otpkit declares about Twilio Verify besides its API, the `x-otpkit` block of
//! [`specs/twilio-verify.yaml`](https://github.com/otpkit/otpkit/blob/main/specs/twilio-verify.yaml)
//! (in the repository, not in this package):
//! how it writes its name, the scope of its HTTP 429, and the settings a client reads, by
//! environment variable.

/// How Twilio Verify writes its name.
pub const DISPLAY_NAME: &str = "Twilio Verify";

/// Whether Twilio Verify documents its HTTP 429 as a limit on the whole account (the spec's
/// notes cite where); `false` where the scope is undocumented, since a per-number limit
/// must not be routed around.
pub const ACCOUNT_WIDE_429: bool = false;

/// A setting otpkit reads for Twilio Verify, by environment variable name, as `object_store`'s
/// `ConfigKey`s are: [`ConfigKey::as_str`] is the variable, and `FromStr` reads it back
/// (in any case). In the declared order: the first one set means Twilio Verify is configured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConfigKey {
    /// `TWILIO_VERIFY_SERVICE_SID`: The Verify Service SID (VA...), which holds the code settings.
    ServiceSid,
    /// `TWILIO_ACCOUNT_SID`: The account SID (AC...), the HTTP Basic user with the auth token.
    AccountSid,
    /// `TWILIO_AUTH_TOKEN`: The account's auth token, the HTTP Basic password with the account SID. A secret: never shown.
    AuthToken,
    /// `TWILIO_API_KEY`: An API key SID (SK...), the HTTP Basic user instead of the account SID; used first when both pairs are set, as Twilio recommends for production.
    ApiKey,
    /// `TWILIO_API_SECRET`: The API key's secret, the HTTP Basic password with the API key SID. A secret: never shown.
    ApiSecret,
    /// `TWILIO_VERIFY_BASE_URL`: The API's base URL; default `https://verify.twilio.com`.
    BaseUrl,
}

impl ConfigKey {
    /// Every setting, in the declared order.
    pub const ALL: [ConfigKey; 6] = [
        ConfigKey::ServiceSid,
        ConfigKey::AccountSid,
        ConfigKey::AuthToken,
        ConfigKey::ApiKey,
        ConfigKey::ApiSecret,
        ConfigKey::BaseUrl,
    ];

    /// Every setting's environment variable, in the declared order.
    pub const NAMES: [&'static str; 6] = [
        "TWILIO_VERIFY_SERVICE_SID",
        "TWILIO_ACCOUNT_SID",
        "TWILIO_AUTH_TOKEN",
        "TWILIO_API_KEY",
        "TWILIO_API_SECRET",
        "TWILIO_VERIFY_BASE_URL",
    ];

    /// The environment variable.
    pub const fn as_str(self) -> &'static str {
        match self {
            ConfigKey::ServiceSid => "TWILIO_VERIFY_SERVICE_SID",
            ConfigKey::AccountSid => "TWILIO_ACCOUNT_SID",
            ConfigKey::AuthToken => "TWILIO_AUTH_TOKEN",
            ConfigKey::ApiKey => "TWILIO_API_KEY",
            ConfigKey::ApiSecret => "TWILIO_API_SECRET",
            ConfigKey::BaseUrl => "TWILIO_VERIFY_BASE_URL",
        }
    }

    /// Whether the setting is a credential, never to be shown.
    pub const fn is_secret(self) -> bool {
        matches!(self, ConfigKey::AuthToken | ConfigKey::ApiSecret)
    }
}

impl std::fmt::Display for ConfigKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ConfigKey {
    type Err = otpkit_http::UnknownConfigKey;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        ConfigKey::ALL
            .into_iter()
            .find(|key| key.as_str().eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| {
                otpkit_http::UnknownConfigKey::new(name, DISPLAY_NAME, &ConfigKey::NAMES)
            })
    }
}
