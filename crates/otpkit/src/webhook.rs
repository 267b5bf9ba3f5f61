//! [`Webhook`]: delivery reports a vendor posts, authenticated and parsed, framework-neutral
//! (headers and the raw body in, a [`DeliveryReport`] out).
//!
//! Everything in a report is hostile until proven otherwise: the body is bounded, the
//! vendor's signature is checked in constant time before anything is parsed, and a report
//! already received (an exact replay) is refused, remembered by its id in a
//! [`GuardStore`] (the guard's stores: in memory, or Redis across replicas).

use std::sync::Arc;
use std::time::Duration;

use secrecy::SecretString;

use crate::error::Error;
use crate::guard::{Admission, GuardRule, GuardStore, Key, Limit, MemoryStore, Step};
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
/// # async fn run(headers: std::collections::HashMap<String, String>, body: Vec<u8>) -> Result<(), otpkit::Error> {
/// use otpkit::webhook::Webhook;
///
/// // The account's secret key (TERMII_SECRET_KEY), which signs every report.
/// let webhook = Webhook::new(otpkit::Vendor::TERMII, "the account's secret key")?;
/// let report = webhook
///     .receive(|name| headers.get(&name.to_ascii_lowercase()).cloned(), &body)
///     .await?;
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
    /// A receiver of `vendor`'s reports, authenticated with `secret` (Termii: the account's
    /// secret key). [`Error::Unsupported`] for a vendor whose reports otpkit cannot receive.
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

    /// Authenticates and parses one report: `header` looks up a request header by name (any
    /// case), `body` is the raw body as received. An [`Error::InvalidInput`] naming what was
    /// wrong (`body`: too large or not a report; `signature`: missing or not the body's;
    /// `report`: already received), before anything else is read.
    pub async fn receive(
        &self,
        header: impl Fn(&str) -> Option<String>,
        body: &[u8],
    ) -> Result<DeliveryReport, Error> {
        if body.len() > MAX_REPORT_BYTES {
            return Err(Error::invalid(
                "body",
                format!("is larger than {MAX_REPORT_BYTES} bytes: no report is"),
            ));
        }
        let (id, report) = parse(&self.vendor, &self.secret, &header, body)?;
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

/// Whether otpkit receives `vendor`'s reports (in this build).
fn receives(vendor: &Vendor) -> bool {
    #[cfg(feature = "termii")]
    if *vendor == Vendor::TERMII {
        return true;
    }
    let _ = vendor;
    false
}

/// The vendor's parser: the report's id and the report.
fn parse(
    vendor: &Vendor,
    secret: &SecretString,
    header: &dyn Fn(&str) -> Option<String>,
    body: &[u8],
) -> Result<(String, DeliveryReport), Error> {
    #[cfg(feature = "termii")]
    if *vendor == Vendor::TERMII {
        return crate::vendors::termii::report(secret, header, body);
    }
    let _ = (secret, header, body);
    Err(Error::unsupported(vendor.clone(), "delivery reports"))
}
