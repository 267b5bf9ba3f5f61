//! [`Webhook`]: delivery reports a vendor posts, authenticated and parsed, framework-neutral
//! (an [`http::Request`] with the raw body in, a [`DeliveryReport`] out); with the `axum`
//! feature, `webhook::axum::receive` is a ready route.
//!
//! Everything in a report is hostile until proven otherwise: the body is bounded, the
//! vendor's signature (Termii) or the URL's token (Octopush, which signs nothing) is checked in
//! constant time before anything is parsed, and a report already received (an exact replay) is
//! refused, remembered by its id in a [`GuardStore`] (the guard's stores: in memory, or Redis
//! across replicas).

#[cfg(feature = "axum")]
pub mod axum;

use std::sync::Arc;
use std::time::Duration;

use secrecy::SecretString;

use crate::error::Error;
use crate::guard::{Admission, GuardRule, GuardStore, Key, Limit, MemoryStore, Step};
use crate::received::Received;
use crate::report::DeliveryReport;
use crate::vendor::Vendor;

/// The largest report body read, in bytes: a report is a few hundred.
pub const MAX_REPORT_BYTES: usize = 64 * 1024;
/// How long a report's id is remembered against replays, by default.
const DEFAULT_WINDOW: Duration = Duration::from_secs(24 * 3600);

/// A receiver of one vendor's delivery reports.
///
/// ```
/// # #[cfg(feature = "termii")]
/// # async fn run(request: http::Request<Vec<u8>>) -> Result<(), otpkit::Error> {
/// use otpkit::webhook::Webhook;
///
/// // The account's secret key (TERMII_SECRET_KEY), which signs every report.
/// let webhook = Webhook::new(otpkit::Vendor::TERMII, "the account's secret key")?;
/// // The request as your framework received it: method, URL, headers and the raw body.
/// let report = webhook.receive(&request).await?;
/// println!("{} is {}", report.message_id.unwrap_or_default(), report.state.name());
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct Webhook {
    vendor: Vendor,
    secret: SecretString,
    seen: Arc<dyn GuardStore>,
    window: Duration,
}

impl Webhook {
    /// A receiver of `vendor`'s reports, authenticated with `secret`: Termii's account secret
    /// key (`TERMII_SECRET_KEY`), which signs each report; for Octopush, which signs none, a
    /// token of your choosing (`OCTOPUSH_WEBHOOK_TOKEN`) that you put in the URL you register
    /// for its reports (`https://you.example/reports/octopush?token=…`).
    /// [`Error::Unsupported`] for a vendor whose reports otpkit cannot receive (in this build).
    pub fn new(vendor: Vendor, secret: impl Into<String>) -> Result<Self, Error> {
        if !receives(&vendor) {
            return Err(Error::unsupported(vendor, "delivery reports"));
        }
        let secret = secret.into();
        if secret.trim().is_empty() {
            return Err(Error::Config(
                format!("the {vendor} webhook's secret is empty").into(),
            ));
        }
        Ok(Self {
            vendor,
            secret: SecretString::from(secret),
            seen: Arc::new(MemoryStore::new()),
            window: DEFAULT_WINDOW,
        })
    }

    /// A receiver of `vendor`'s reports with the secret from the environment: the vendor's
    /// webhook variable (`TERMII_SECRET_KEY`, `OCTOPUSH_WEBHOOK_TOKEN`).
    pub fn from_env(vendor: Vendor) -> Result<Self, Error> {
        Self::from_vars(vendor, |name| std::env::var(name).ok())
    }

    /// [`Webhook::from_env`] with variables looked up by `vars`; an [`Error::Config`] naming
    /// the variable when it is unset.
    pub fn from_vars(vendor: Vendor, vars: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let Some(name) = secret_var(&vendor) else {
            return Err(Error::unsupported(vendor, "delivery reports"));
        };
        match vars(name) {
            Some(secret) => Self::new(vendor, secret),
            None => Err(Error::Config(
                format!("{name} is not set: the {vendor} webhook needs it").into(),
            )),
        }
    }

    /// Remembers report ids in `store` for `window` (24 hours by default, in memory): a
    /// report received again within it, on any replica sharing the store, is refused.
    pub fn replay_store(mut self, store: Arc<dyn GuardStore>, window: Duration) -> Self {
        self.seen = store;
        self.window = window;
        self
    }

    /// The vendor whose reports this receives.
    pub fn vendor(&self) -> &Vendor {
        &self.vendor
    }

    /// Authenticates and parses one report, from the request as received (its URL, headers
    /// and raw body; any framework's request converts to [`http::Request`]). An
    /// [`Error::InvalidInput`] naming what was wrong, before anything in the body is believed:
    /// `body` (too large, or not this vendor's report), `signature` (missing, or not the
    /// body's), `token` (missing or wrong in the URL), `report` (already received: a replay).
    pub async fn receive<B: AsRef<[u8]>>(
        &self,
        request: &http::Request<B>,
    ) -> Result<DeliveryReport, Error> {
        let body = request.body().as_ref();
        if body.len() > MAX_REPORT_BYTES {
            return Err(Error::invalid(
                "body",
                format!("is larger than {MAX_REPORT_BYTES} bytes: no report is"),
            ));
        }
        let incoming = Received {
            query: request.uri().query(),
            headers: request.headers(),
            body,
        };
        let (id, report) = parse(&self.vendor, &self.secret, &incoming)?;
        // Only a genuine report is remembered, so a forged one cannot spend an id.
        let step = Step {
            rule: GuardRule::VerifyAttempts,
            key: Key::new("report", format!("{}:{id}", self.vendor)),
            limit: Limit::Window {
                max: 1,
                window: self.window,
                weight: 1,
            },
        };
        match self.seen.admit(std::slice::from_ref(&step)).await {
            Ok(Admission::Admitted { .. }) => Ok(report),
            Ok(Admission::Refused { .. }) => Err(Error::invalid(
                "report",
                "was already received (a replay): each report is accepted once",
            )),
            Err(e) => Err(Error::GuardStore {
                source: Box::new(e),
            }),
        }
    }
}

/// A vendor's report parser: the report's id (what a replay repeats) and the report.
type Parser = fn(&SecretString, &Received<'_>) -> Result<(String, DeliveryReport), Error>;

/// The vendors whose reports otpkit receives (in this build): the variable holding the secret
/// that authenticates them, and their parser. The one list of them.
fn receiver(vendor: &Vendor) -> Option<(&'static str, Parser)> {
    #[cfg(feature = "termii")]
    if *vendor == Vendor::TERMII {
        use crate::vendors::termii;
        return Some((termii::WEBHOOK_SECRET.as_str(), termii::report));
    }
    #[cfg(feature = "octopush")]
    if *vendor == Vendor::OCTOPUSH {
        use crate::vendors::octopush;
        return Some((octopush::WEBHOOK_SECRET.as_str(), octopush::report));
    }
    let _ = vendor;
    None
}

/// Whether otpkit receives `vendor`'s reports (in this build).
fn receives(vendor: &Vendor) -> bool {
    receiver(vendor).is_some()
}

/// The variable holding the secret that authenticates `vendor`'s reports, for the vendors
/// whose reports otpkit receives (in this build).
pub fn secret_var(vendor: &Vendor) -> Option<&'static str> {
    receiver(vendor).map(|(variable, _)| variable)
}

/// The vendor's parser: the report's id (what a replay repeats) and the report.
fn parse(
    vendor: &Vendor,
    secret: &SecretString,
    incoming: &Received<'_>,
) -> Result<(String, DeliveryReport), Error> {
    match receiver(vendor) {
        Some((_, parser)) => parser(secret, incoming),
        None => Err(Error::unsupported(vendor.clone(), "delivery reports")),
    }
}
