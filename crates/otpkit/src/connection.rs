//! How a built-in adapter reaches its vendor: the settings every vendor builder shares (base
//! URL, timeout, `allow_http`), checked once, and the setters that expose them.

use std::time::Duration;

use otpkit_http::HttpConfig;

use crate::config::{DEFAULT_TIMEOUT, Vars};
use crate::error::{ConfigError, Error};

/// `value`, or a [`Error::Config`] saying how to provide it.
pub(crate) fn required<T>(value: Option<T>, what: &str, variable: &str) -> Result<T, Error> {
    value.ok_or_else(|| {
        Error::Config(
            format!("{what} is not set: call the builder's setter or set {variable}").into(),
        )
    })
}

/// `OTPKIT_TIMEOUT_MS`, when set.
fn timeout(vars: Vars<'_>) -> Result<Option<Duration>, Error> {
    vars.get("OTPKIT_TIMEOUT_MS")
        .map(|v| match v.parse::<u64>() {
            Ok(0) | Err(_) => Err(Error::Config(
                format!("OTPKIT_TIMEOUT_MS must be a number of milliseconds above 0, got `{v}`")
                    .into(),
            )),
            Ok(ms) => Ok(Duration::from_millis(ms)),
        })
        .transpose()
}

/// `OTPKIT_ALLOW_HTTP`: whether plain `http://` base URLs to hosts other than loopback are
/// allowed (`1` or `true`; `0`, `false` or unset: not).
fn allow_http(vars: Vars<'_>) -> Result<Option<bool>, Error> {
    vars.get("OTPKIT_ALLOW_HTTP")
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
    /// From the vendor's base URL variable `base_url`, `OTPKIT_TIMEOUT_MS` and `OTPKIT_ALLOW_HTTP`.
    pub(crate) fn from_vars(base_url: &str, vars: Vars<'_>) -> Result<Self, Error> {
        Ok(Self {
            base_url: vars.get(base_url),
            timeout: timeout(vars)?,
            allow_http: allow_http(vars)?,
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
    // The connect phase ends strictly before the whole request's time is up, so that a
    // vendor that cannot be reached fails as a connect error (nothing sent: safe to fail
    // over), never as a total timeout that cannot say whether the request went out.
    let connect = (timeout * 3 / 4).min(HttpConfig::DEFAULT_CONNECT_TIMEOUT);
    Ok(HttpConfig::default()
        .timeout(timeout)
        .connect_timeout(connect.max(Duration::from_millis(1))))
}

pub(crate) fn client_error(e: otpkit_http::ConfigError) -> Error {
    Error::Config(ConfigError::with_source(e.to_string(), e))
}

/// The setters every vendor builder shares, over its `connection` field: one definition, so
/// that each builder documents and checks them alike. `$default` names the vendor crate's
/// default base URL constant, for the docs.
macro_rules! connection_setters {
    ($default:literal) => {
        /// The API host (default
        #[doc = concat!("[`", $default, "`]).")]
        pub fn base_url(mut self, url: impl Into<String>) -> Self {
            self.connection.base_url = Some(url.into());
            self
        }

        /// Time allowed per request (default [`crate::DEFAULT_TIMEOUT`]).
        pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
            self.connection.timeout = Some(timeout);
            self
        }

        /// Allow a plain `http://` base URL to a host other than this machine (default: refused,
        /// so that credentials never travel unencrypted by mistake; `OTPKIT_ALLOW_HTTP=1`).
        pub fn allow_http(mut self, allow: bool) -> Self {
            self.connection.allow_http = Some(allow);
            self
        }
    };
}
pub(crate) use connection_setters;
