//! Configuration shared by every vendor's builder: where to reach it, how long to wait, and
//! reading settings from the environment.

use std::time::Duration;

use otpkit_http::HttpConfig;

use crate::{ConfigError, Error};

/// Default time allowed for one vendor request, from connecting to the end of the answer.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// An environment variable's value, if set and not blank.
pub(crate) fn env(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// `OTPKIT_TIMEOUT_MS`, when set.
pub(crate) fn env_timeout() -> Result<Option<Duration>, Error> {
    env("OTPKIT_TIMEOUT_MS")
        .map(|v| {
            v.parse::<u64>().map(Duration::from_millis).map_err(|_| {
                Error::Config(
                    format!("OTPKIT_TIMEOUT_MS must be a number of milliseconds, got `{v}`").into(),
                )
            })
        })
        .transpose()
}

/// `value`, or a [`Error::Config`] saying how to provide it.
pub(crate) fn required<T>(value: Option<T>, what: &str, variable: &str) -> Result<T, Error> {
    value.ok_or_else(|| {
        Error::Config(
            format!("{what} is not set: call the builder's setter or set {variable}").into(),
        )
    })
}

/// `OTPKIT_ALLOW_HTTP`: whether plain `http://` base URLs to hosts other than loopback are
/// allowed (`1` or `true`; `0`, `false` or unset: not).
pub(crate) fn env_allow_http() -> Result<Option<bool>, Error> {
    env("OTPKIT_ALLOW_HTTP")
        .map(|v| match v.to_ascii_lowercase().as_str() {
            "1" | "true" => Ok(true),
            "0" | "false" => Ok(false),
            _ => Err(Error::Config(
                format!("OTPKIT_ALLOW_HTTP must be 1, true, 0 or false, got `{v}`").into(),
            )),
        })
        .transpose()
}

/// Where and how a vendor is reached: the settings every vendor builder shares.
#[derive(Clone, Debug, Default)]
pub(crate) struct Connection {
    pub base_url: Option<String>,
    pub timeout: Option<Duration>,
    pub allow_http: Option<bool>,
}

impl Connection {
    /// From `<PREFIX>_BASE_URL`, `OTPKIT_TIMEOUT_MS` and `OTPKIT_ALLOW_HTTP`.
    pub(crate) fn from_env(prefix: &str) -> Result<Self, Error> {
        Ok(Self {
            base_url: env(&format!("{prefix}_BASE_URL")),
            timeout: env_timeout()?,
            allow_http: env_allow_http()?,
        })
    }

    /// The base URL (or `default`) and the transport settings, checked.
    pub(crate) fn resolve(self, default: &str) -> Result<(String, HttpConfig), Error> {
        let base_url = self.base_url.unwrap_or_else(|| default.to_string());
        let allow_http = self.allow_http.unwrap_or(false);
        let http = http(
            &base_url,
            self.timeout.unwrap_or(DEFAULT_TIMEOUT),
            allow_http,
        )?;
        Ok((base_url, http))
    }
}

/// Whether `url`'s host is this machine: `localhost`, 127.0.0.0/8 or `::1`.
fn is_loopback(url: &reqwest::Url) -> bool {
    url.host_str().is_some_and(|host| {
        host.eq_ignore_ascii_case("localhost")
            || host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    })
}

/// The transport settings for a vendor client, checking the base URL.
fn http(base_url: &str, timeout: Duration, allow_http: bool) -> Result<HttpConfig, Error> {
    let parsed = reqwest::Url::parse(base_url).map_err(|e| {
        Error::Config(ConfigError::with_source(
            format!("base URL `{base_url}`: {e}"),
            e,
        ))
    })?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(Error::Config(
            format!("base URL `{base_url}` must be http or https").into(),
        ));
    }
    // As object_store's `allow_http`: one mistyped base URL must not send a key in clear text.
    if parsed.scheme() == "http" && !allow_http && !is_loopback(&parsed) {
        return Err(Error::Config(
            format!(
                "base URL `{base_url}` is plain http to a host that is not this machine, so the \
             credentials would travel unencrypted: use https, or allow it with the builder's \
             allow_http(true) or OTPKIT_ALLOW_HTTP=1"
            )
            .into(),
        ));
    }
    if timeout.is_zero() {
        return Err(Error::Config("the timeout must be more than zero".into()));
    }
    Ok(HttpConfig::default()
        .timeout(timeout)
        .connect_timeout(timeout.min(HttpConfig::DEFAULT_CONNECT_TIMEOUT)))
}

pub(crate) fn client_error(e: otpkit_http::ConfigError) -> Error {
    Error::Config(ConfigError::with_source(e.to_string(), e))
}
