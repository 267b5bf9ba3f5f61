// generated from the `x-otpkit` blocks of specs/*.yaml by `cargo xtask generate`; do not edit.
//! What otpkit declares about pipwave besides its API, the `x-otpkit` block of
//! [`specs/pipwave.yaml`](https://github.com/otpkit/otpkit/blob/main/specs/pipwave.yaml)
//! (in the repository, not in this package):
//! how it writes its name, the scope of its HTTP 429, and the settings a client reads, by
//! environment variable.

/// How pipwave writes its name.
pub const DISPLAY_NAME: &str = "pipwave";

/// Whether pipwave documents its HTTP 429 as a limit on the whole account (the spec's
/// notes cite where); `false` where the scope is undocumented, since a per-number limit
/// must not be routed around.
pub const ACCOUNT_WIDE_429: bool = false;

/// A setting otpkit reads for pipwave, by environment variable name, as `object_store`'s
/// `ConfigKey`s are: [`ConfigKey::as_str`] is the variable, and `FromStr` reads it back
/// (in any case). In the declared order: the first one set means pipwave is configured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConfigKey {
    /// `PIPWAVE_API_KEY`: The merchant's API key, sent in the x-api-key header and the body. A secret: never shown.
    ApiKey,
    /// `PIPWAVE_API_SECRET`: The merchant's API secret, which signs every request (never sent). A secret: never shown.
    ApiSecret,
    /// `PIPWAVE_BASE_URL`: The API's base URL; default `https://api.pipwave.com`, staging `https://staging-api.pipwave.com`.
    BaseUrl,
}

impl ConfigKey {
    /// Every setting, in the declared order.
    pub const ALL: [ConfigKey; 3] = [ConfigKey::ApiKey, ConfigKey::ApiSecret, ConfigKey::BaseUrl];

    /// Every setting's environment variable, in the declared order.
    pub const NAMES: [&'static str; 3] =
        ["PIPWAVE_API_KEY", "PIPWAVE_API_SECRET", "PIPWAVE_BASE_URL"];

    /// The environment variable.
    pub const fn as_str(self) -> &'static str {
        match self {
            ConfigKey::ApiKey => "PIPWAVE_API_KEY",
            ConfigKey::ApiSecret => "PIPWAVE_API_SECRET",
            ConfigKey::BaseUrl => "PIPWAVE_BASE_URL",
        }
    }

    /// Whether the setting is a credential, never to be shown.
    pub const fn is_secret(self) -> bool {
        matches!(self, ConfigKey::ApiKey | ConfigKey::ApiSecret)
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
