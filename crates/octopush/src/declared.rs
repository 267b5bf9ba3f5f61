// generated from the `x-otpkit` blocks of specs/*.yaml by `cargo xtask generate`; do not edit.
//! What otpkit declares about Octopush besides its API, the `x-otpkit` block of
//! [`specs/octopush.yaml`](https://github.com/otpkit/otpkit/blob/main/specs/octopush.yaml)
//! (in the repository, not in this package):
//! how it writes its name, the scope of its HTTP 429, and the settings a client reads, by
//! environment variable.

/// How Octopush writes its name.
pub const DISPLAY_NAME: &str = "Octopush";

/// Whether Octopush documents its HTTP 429 as a limit on the whole account (the spec's
/// notes cite where); `false` where the scope is undocumented, since a per-number limit
/// must not be routed around.
pub const ACCOUNT_WIDE_429: bool = false;

/// A setting otpkit reads for Octopush, by environment variable name, as `object_store`'s
/// `ConfigKey`s are: [`ConfigKey::as_str`] is the variable, and `FromStr` reads it back
/// (in any case). In the declared order: the first one set means Octopush is configured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConfigKey {
    /// `OCTOPUSH_API_KEY`: The account's API key, sent in the api-key header. A secret: never shown.
    ApiKey,
    /// `OCTOPUSH_API_LOGIN`: The account's e-mail, sent in the api-login header.
    ApiLogin,
    /// `OCTOPUSH_BASE_URL`: The API's base URL; default `https://api.octopush.com/v1/public`.
    BaseUrl,
    /// `OCTOPUSH_SENDER_ID`: The default sender ID.
    SenderId,
    /// `OCTOPUSH_WEBHOOK_TOKEN`: A secret of your choosing, put in the delivery report URL you give Octopush (`?token=…`): Octopush signs no report, so this token is what authenticates one. A secret: never shown.
    WebhookToken,
}

impl ConfigKey {
    /// Every setting, in the declared order.
    pub const ALL: [ConfigKey; 5] = [
        ConfigKey::ApiKey,
        ConfigKey::ApiLogin,
        ConfigKey::BaseUrl,
        ConfigKey::SenderId,
        ConfigKey::WebhookToken,
    ];

    /// Every setting's environment variable, in the declared order.
    pub const NAMES: [&'static str; 5] = [
        "OCTOPUSH_API_KEY",
        "OCTOPUSH_API_LOGIN",
        "OCTOPUSH_BASE_URL",
        "OCTOPUSH_SENDER_ID",
        "OCTOPUSH_WEBHOOK_TOKEN",
    ];

    /// The environment variable.
    pub const fn as_str(self) -> &'static str {
        match self {
            ConfigKey::ApiKey => "OCTOPUSH_API_KEY",
            ConfigKey::ApiLogin => "OCTOPUSH_API_LOGIN",
            ConfigKey::BaseUrl => "OCTOPUSH_BASE_URL",
            ConfigKey::SenderId => "OCTOPUSH_SENDER_ID",
            ConfigKey::WebhookToken => "OCTOPUSH_WEBHOOK_TOKEN",
        }
    }

    /// Whether the setting is a credential, never to be shown.
    pub const fn is_secret(self) -> bool {
        matches!(self, ConfigKey::ApiKey | ConfigKey::WebhookToken)
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
