//! Fault injection: rules that make the next N requests (or a fraction of requests) to a
//! vendor, or to one of its routes, slow, failing or broken in the ways real networks and
//! vendors break.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::vendors::Vendor;

/// What a fault does to a matching request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FaultKind {
    /// Handle the request at once (the vendor acts on it), but answer only after this long:
    /// a client that times out first cannot know whether the vendor acted.
    Latency { millis: u64 },
    /// Answer this HTTP status with the vendor's error body, without acting on the request.
    Status { status: u16 },
    /// Handle the request (the vendor acts on it: a code goes out), then answer this status
    /// with the vendor's error body, as a gateway does when the vendor's own answer is lost: the
    /// client cannot tell this from a status the vendor answered without acting.
    ActThenStatus { status: u16 },
    /// Answer 429 with `Retry-After` and the vendor's error body.
    RateLimited { retry_after_secs: u64 },
    /// Answer 200 with a body that is not JSON.
    MalformedJson,
    /// Answer this status with an HTML page, as a proxy in front of the vendor would.
    HtmlPage { status: u16 },
    /// Handle the request, then send only the first half of the response body and close.
    TruncatedBody,
    /// Close the connection without answering.
    DropConnection,
    /// Handle the request, send the headers, then wait this long before the body.
    SlowBody { millis: u64 },
    /// Answer this status with exactly these bytes as `application/json`, without acting on
    /// the request: for feeding a client hostile or odd answers.
    Respond { status: u16, body: Vec<u8> },
}

/// The longest delay a fault may add: an hour is longer than any client timeout worth testing.
const MAX_DELAY_MS: u64 = 3_600_000;

/// A fault rule. With neither `times` nor `fraction` it applies to every matching request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fault {
    pub vendor: Vendor,
    /// The vendor's own path (`/api/sms/otp/verify`, `/phone-verify`, ...); every route if absent.
    #[serde(default)]
    pub route: Option<String>,
    #[serde(flatten)]
    pub kind: FaultKind,
    /// Apply to the next `times` matching requests only.
    #[serde(default)]
    pub times: Option<u32>,
    /// Apply to this fraction (0 to 1) of matching requests.
    #[serde(default)]
    pub fraction: Option<f64>,
}

impl Fault {
    /// A fault on every request to `vendor`.
    pub fn new(vendor: Vendor, kind: FaultKind) -> Self {
        Self {
            vendor,
            route: None,
            kind,
            times: None,
            fraction: None,
        }
    }

    /// Only on requests to `route` (the vendor's own path).
    pub fn on_route(mut self, route: impl Into<String>) -> Self {
        self.route = Some(route.into());
        self
    }

    /// Only on the next `times` matching requests.
    pub fn times(mut self, times: u32) -> Self {
        self.times = Some(times);
        self
    }

    /// Only on this fraction (0 to 1) of matching requests, chosen at random.
    pub fn fraction(mut self, fraction: f64) -> Self {
        self.fraction = Some(fraction);
        self
    }

    /// Why the rule cannot be used, if it cannot.
    pub(crate) fn problem(&self) -> Option<String> {
        if let Some(f) = self.fraction
            && !(0.0..=1.0).contains(&f)
        {
            return Some(format!("fraction must be between 0 and 1, got {f}"));
        }
        if self.times == Some(0) {
            return Some("times must be at least 1 (leave it out for every request)".into());
        }
        if let FaultKind::Latency { millis } | FaultKind::SlowBody { millis } = self.kind
            && millis > MAX_DELAY_MS
        {
            return Some(format!(
                "millis must be at most {MAX_DELAY_MS} (one hour), got {millis}"
            ));
        }
        if let FaultKind::Status { status }
        | FaultKind::ActThenStatus { status }
        | FaultKind::HtmlPage { status }
        | FaultKind::Respond { status, .. } = self.kind
            && !(100..=599).contains(&status)
        {
            return Some(format!(
                "status must be an HTTP status (100 to 599), got {status}"
            ));
        }
        None
    }

    fn matches(&self, vendor: Vendor, route: &str) -> bool {
        self.vendor == vendor && self.route.as_deref().is_none_or(|r| r == route)
    }
}

/// The fault rules in force, in the order they were added.
#[derive(Default)]
pub(crate) struct Faults {
    rules: Vec<Fault>,
}

impl Faults {
    pub(crate) fn add(&mut self, fault: Fault) {
        self.rules.push(fault);
    }

    pub(crate) fn clear(&mut self) {
        self.rules.clear();
    }

    pub(crate) fn list(&self) -> Vec<Fault> {
        self.rules.clone()
    }

    /// The fault to apply to this request, if any; spends one of its `times`.
    pub(crate) fn take(&mut self, vendor: Vendor, route: &str) -> Option<FaultKind> {
        let index = self
            .rules
            .iter()
            .position(|rule| rule.matches(vendor, route))?;
        let rule = &mut self.rules[index];
        if let Some(fraction) = rule.fraction
            && rand::random::<f64>() >= fraction
        {
            return None;
        }
        let kind = rule.kind.clone();
        if let Some(times) = rule.times.as_mut() {
            *times = times.saturating_sub(1);
            if *times == 0 {
                self.rules.remove(index);
            }
        }
        Some(kind)
    }
}

pub(crate) fn millis(ms: u64) -> Duration {
    Duration::from_millis(ms)
}
