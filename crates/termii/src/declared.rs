// generated from the `x-otpkit` blocks of specs/*.yaml by `cargo xtask generate`; do not edit.
//! What otpkit declares about Termii besides its API, the `x-otpkit` block of
//! [`specs/termii.yaml`](https://github.com/otpkit/otpkit/blob/main/specs/termii.yaml)
//! (in the repository, not in this package):
//! how it writes its name, the scope of its HTTP 429, and the settings a client reads, by
//! environment variable.

/// How Termii writes its name.
pub const DISPLAY_NAME: &str = "Termii";

/// Whether Termii documents its HTTP 429 as a limit on the whole account (the spec's
/// notes cite where); `false` where the scope is undocumented, since a per-number limit
/// must not be routed around.
pub const ACCOUNT_WIDE_429: bool = false;

/// A setting otpkit reads for Termii, by environment variable name, as `object_store`'s
/// `ConfigKey`s are: [`ConfigKey::as_str`] is the variable, and `FromStr` reads it back
/// (in any case). In the declared order: the first one set means Termii is configured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConfigKey {
    /// `TERMII_API_KEY`: The account's API key, sent in every request body. A secret: never shown.
    ApiKey,
    /// `TERMII_BASE_URL`: The account's own base URL (Termii dashboard); default `https://api.ng.termii.com`.
    BaseUrl,
    /// `TERMII_SENDER_ID`: The default sender ID (for e-mail, the e-mail configuration ID).
    SenderId,
    /// `TERMII_SECRET_KEY`: The account's secret key, which signs delivery reports (`X-Termii-Signature`); only a webhook receiver needs it. A secret: never shown.
    SecretKey,
}

impl ConfigKey {
    /// Every setting, in the declared order.
    pub const ALL: [ConfigKey; 4] = [
        ConfigKey::ApiKey,
        ConfigKey::BaseUrl,
        ConfigKey::SenderId,
        ConfigKey::SecretKey,
    ];

    /// Every setting's environment variable, in the declared order.
    pub const NAMES: [&'static str; 4] = [
        "TERMII_API_KEY",
        "TERMII_BASE_URL",
        "TERMII_SENDER_ID",
        "TERMII_SECRET_KEY",
    ];

    /// The environment variable.
    pub const fn as_str(self) -> &'static str {
        match self {
            ConfigKey::ApiKey => "TERMII_API_KEY",
            ConfigKey::BaseUrl => "TERMII_BASE_URL",
            ConfigKey::SenderId => "TERMII_SENDER_ID",
            ConfigKey::SecretKey => "TERMII_SECRET_KEY",
        }
    }

    /// Whether the setting is a credential, never to be shown.
    pub const fn is_secret(self) -> bool {
        matches!(self, ConfigKey::ApiKey | ConfigKey::SecretKey)
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
