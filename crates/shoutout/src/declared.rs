// generated from the `x-otpkit` blocks of specs/*.yaml by `cargo xtask generate`; do not edit.
//! What otpkit declares about ShoutOUT besides its API, the `x-otpkit` block of
//! [`specs/shoutout.yaml`](https://github.com/otpkit/otpkit/blob/main/specs/shoutout.yaml)
//! (in the repository, not in this package):
//! how it writes its name, the scope of its HTTP 429, and the settings a client reads, by
//! environment variable.

/// How ShoutOUT writes its name.
pub const DISPLAY_NAME: &str = "ShoutOUT";

/// Whether ShoutOUT documents its HTTP 429 as a limit on the whole account (the spec's
/// notes cite where); `false` where the scope is undocumented, since a per-number limit
/// must not be routed around.
pub const ACCOUNT_WIDE_429: bool = false;

/// A setting otpkit reads for ShoutOUT, by environment variable name, as `object_store`'s
/// `ConfigKey`s are: [`ConfigKey::as_str`] is the variable, and `FromStr` reads it back
/// (in any case). In the declared order: the first one set means ShoutOUT is configured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConfigKey {
    /// `SHOUTOUT_API_KEY`: The API key, sent as `Authorization: Apikey <key>`. A secret: never shown.
    ApiKey,
    /// `SHOUTOUT_BASE_URL`: The API's base URL; default `https://api.getshoutout.com`.
    BaseUrl,
    /// `SHOUTOUT_SENDER_ID`: The default sender ID (sender mask).
    SenderId,
}

impl ConfigKey {
    /// Every setting, in the declared order.
    pub const ALL: [ConfigKey; 3] = [ConfigKey::ApiKey, ConfigKey::BaseUrl, ConfigKey::SenderId];

    /// Every setting's environment variable, in the declared order.
    pub const NAMES: [&'static str; 3] = [
        "SHOUTOUT_API_KEY",
        "SHOUTOUT_BASE_URL",
        "SHOUTOUT_SENDER_ID",
    ];

    /// The environment variable.
    pub const fn as_str(self) -> &'static str {
        match self {
            ConfigKey::ApiKey => "SHOUTOUT_API_KEY",
            ConfigKey::BaseUrl => "SHOUTOUT_BASE_URL",
            ConfigKey::SenderId => "SHOUTOUT_SENDER_ID",
        }
    }

    /// Whether the setting is a credential, never to be shown.
    pub const fn is_secret(self) -> bool {
        matches!(self, ConfigKey::ApiKey)
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
