//! A circuit breaker per vendor, for [`Router`](crate::Router): after enough failures that say
//! a vendor is down (transport errors, timeouts, 5xx answers) the router stops calling it for a
//! cool-down and sends to the next vendor of the route at once; then one probe decides whether
//! traffic returns.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::{Error, Health};

/// When a vendor's breaker opens and how it recovers. The defaults suit a vendor 100+ ms
/// away serving a few requests a second or more.
///
/// ```
/// use std::time::Duration;
/// use otpkit::BreakerConfig;
///
/// let breaker = BreakerConfig::default()
///     .consecutive_failures(3)
///     .failure_rate(0.5, Duration::from_secs(60), 20)
///     .cool_down(Duration::from_secs(15));
/// # let _ = breaker;
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct BreakerConfig {
    consecutive_failures: u32,
    failure_rate: f64,
    window: Duration,
    min_calls: u32,
    cool_down: Duration,
}

impl Default for BreakerConfig {
    /// Open after 5 failures in a row, or when at least half of the calls in the last 30 s
    /// failed (once there were 20); probe again after 30 s.
    fn default() -> Self {
        Self {
            consecutive_failures: 5,
            failure_rate: 0.5,
            window: Duration::from_secs(30),
            min_calls: 20,
            cool_down: Duration::from_secs(30),
        }
    }
}

impl BreakerConfig {
    /// Open after `n` failures in a row (at least 1).
    pub fn consecutive_failures(mut self, n: u32) -> Self {
        self.consecutive_failures = n.max(1);
        self
    }

    /// Open when at least `rate` (0 to 1) of the calls in the last `window` failed, once there
    /// were `min_calls` of them.
    pub fn failure_rate(mut self, rate: f64, window: Duration, min_calls: u32) -> Self {
        self.failure_rate = if rate.is_finite() {
            rate.clamp(0.0, 1.0)
        } else {
            1.0
        };
        self.window = window.max(Duration::from_millis(10));
        self.min_calls = min_calls.max(1);
        self
    }

    /// How long an open breaker keeps the vendor out before one probe may go through.
    pub fn cool_down(mut self, cool_down: Duration) -> Self {
        self.cool_down = cool_down;
        self
    }
}

/// Whether an error says the vendor is down. Only the network and the vendor's servers:
/// never a refusal (4xx), a per-number limit or a geo block, or a bot hammering one number
/// would push every user's traffic to another vendor.
pub(crate) fn is_outage(error: &Error) -> bool {
    match error {
        Error::Transport { .. } | Error::Timeout { .. } => true,
        Error::Vendor {
            status: Some(status),
            ..
        } => (500..=599).contains(status),
        _ => false,
    }
}

/// What a breaker lets through.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Permit {
    /// Call the vendor.
    Call,
    /// Call the vendor as the half-open probe: its result decides.
    Probe,
    /// Do not call it; it is out until about then.
    Refused(Instant),
}

#[derive(Debug)]
enum State {
    Closed,
    Open {
        until: Instant,
    },
    /// A probe went out then. If its result never comes (the caller dropped the send),
    /// another may go a cool-down later.
    HalfOpen {
        probe_since: Instant,
    },
}

/// Calls and failures in the window, in ten buckets.
#[derive(Debug)]
struct Window {
    bucket: Duration,
    start: Instant,
    counts: [(u32, u32); 10],
    newest: u64,
}

impl Window {
    fn new(window: Duration, now: Instant) -> Self {
        Self {
            bucket: window / 10,
            start: now,
            counts: [(0, 0); 10],
            newest: 0,
        }
    }

    fn index(&self, now: Instant) -> u64 {
        let elapsed = now.saturating_duration_since(self.start).as_nanos();
        (elapsed / self.bucket.as_nanos().max(1)) as u64
    }

    /// Forgets buckets older than the window as of `now`.
    fn advance(&mut self, now: Instant) {
        let index = self.index(now);
        let stale = index.saturating_sub(self.newest).min(10);
        for i in 1..=stale {
            self.counts[((self.newest + i) % 10) as usize] = (0, 0);
        }
        self.newest = self.newest.max(index);
    }

    fn record(&mut self, now: Instant, failed: bool) {
        self.advance(now);
        let slot = &mut self.counts[(self.newest % 10) as usize];
        slot.0 += 1;
        slot.1 += u32::from(failed);
    }

    fn totals(&self) -> (u32, u32) {
        self.counts
            .iter()
            .fold((0, 0), |(c, f), (bc, bf)| (c + bc, f + bf))
    }

    fn clear(&mut self) {
        self.counts = [(0, 0); 10];
    }
}

#[derive(Debug)]
struct Inner {
    state: State,
    consecutive: u32,
    window: Window,
}

/// One vendor's breaker.
#[derive(Debug)]
pub(crate) struct Breaker {
    config: BreakerConfig,
    inner: Mutex<Inner>,
}

impl Breaker {
    pub(crate) fn new(config: BreakerConfig) -> Self {
        let window = Window::new(config.window, Instant::now());
        Self {
            config,
            inner: Mutex::new(Inner {
                state: State::Closed,
                consecutive: 0,
                window,
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether a send may call the vendor now (`vendor` names it in the trace).
    pub(crate) fn permit(&self, vendor: &str) -> Permit {
        let now = Instant::now();
        let mut inner = self.lock();
        match inner.state {
            State::Closed => Permit::Call,
            State::Open { until } if now < until => Permit::Refused(until),
            State::Open { .. } => {
                inner.state = State::HalfOpen { probe_since: now };
                tracing::info!(
                    vendor,
                    to = "half_open",
                    "breaker half-open: one probe goes through"
                );
                Permit::Probe
            }
            State::HalfOpen { probe_since } if now < probe_since + self.config.cool_down => {
                Permit::Refused(probe_since + self.config.cool_down)
            }
            State::HalfOpen { .. } => {
                inner.state = State::HalfOpen { probe_since: now };
                Permit::Probe
            }
        }
    }

    /// Records a call's result: `outage` when it failed in a way that says the vendor is down.
    pub(crate) fn record(&self, vendor: &str, outage: bool) {
        let now = Instant::now();
        let mut inner = self.lock();
        inner.window.record(now, outage);
        if !outage {
            inner.consecutive = 0;
            if !matches!(inner.state, State::Closed) {
                inner.state = State::Closed;
                inner.window.clear();
                tracing::info!(
                    vendor,
                    to = "closed",
                    "breaker closed: the vendor answers again"
                );
            }
            return;
        }
        inner.consecutive += 1;
        let (calls, failures) = inner.window.totals();
        let rate_exceeded = calls >= self.config.min_calls
            && f64::from(failures) >= self.config.failure_rate * f64::from(calls);
        let open = match inner.state {
            // A failed probe reopens at once.
            State::HalfOpen { .. } => true,
            State::Closed => inner.consecutive >= self.config.consecutive_failures || rate_exceeded,
            State::Open { .. } => false,
        };
        if open {
            inner.state = State::Open {
                until: now + self.config.cool_down,
            };
            tracing::warn!(
                vendor,
                to = "open",
                consecutive_failures = inner.consecutive,
                calls,
                failures,
                cool_down_ms = self.config.cool_down.as_millis() as u64,
                "breaker open: sends go to the next vendor of the route"
            );
        }
    }

    /// The state, as [`Health`].
    pub(crate) fn health(&self) -> Health {
        match self.lock().state {
            State::Closed => Health::Up,
            State::HalfOpen { .. } => Health::Degraded,
            State::Open { until } if Instant::now() < until => Health::Down,
            // The cool-down is over: the next send probes.
            State::Open { .. } => Health::Degraded,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn transport() -> Error {
        Error::Transport {
            vendor: crate::Vendor::from_static("x"),
            sent: true,
            source: "reset".into(),
        }
    }

    #[test]
    fn only_network_and_server_failures_are_outages() {
        let v = || crate::Vendor::from_static("x");
        assert!(is_outage(&transport()));
        assert!(is_outage(&Error::vendor_answer(v(), Some(503), "down")));
        for refusal in [
            Error::vendor_answer(v(), Some(400), "bad"),
            Error::vendor_answer(v(), Some(403), "geo"),
            Error::RateLimited {
                vendor: v(),
                retry_after: None,
            },
            Error::DestinationLimited {
                vendor: v(),
                retry_after: None,
            },
            Error::Unauthorized { vendor: v() },
        ] {
            assert!(!is_outage(&refusal), "{refusal:?}");
        }
    }

    #[test]
    fn consecutive_failures_open_then_one_probe_decides() {
        let breaker = Breaker::new(
            BreakerConfig::default()
                .consecutive_failures(3)
                .cool_down(Duration::from_millis(50)),
        );
        for _ in 0..2 {
            assert_eq!(breaker.permit("x"), Permit::Call);
            breaker.record("x", true);
        }
        breaker.record("x", false); // a success resets the run
        for _ in 0..3 {
            breaker.record("x", true);
        }
        assert!(matches!(breaker.permit("x"), Permit::Refused(_)));
        assert_eq!(breaker.health(), Health::Down);
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(breaker.permit("x"), Permit::Probe);
        // While the probe is out, nobody else goes through.
        assert!(matches!(breaker.permit("x"), Permit::Refused(_)));
        breaker.record("x", true);
        assert!(matches!(breaker.permit("x"), Permit::Refused(_)));
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(breaker.permit("x"), Permit::Probe);
        breaker.record("x", false);
        assert_eq!(breaker.permit("x"), Permit::Call);
        assert_eq!(breaker.health(), Health::Up);
    }

    #[test]
    fn a_failure_rate_over_the_window_opens_it() {
        let breaker = Breaker::new(
            BreakerConfig::default()
                .consecutive_failures(100)
                .failure_rate(0.5, Duration::from_secs(60), 10),
        );
        for i in 0..9 {
            breaker.record("x", i % 2 == 0);
        }
        assert_eq!(breaker.permit("x"), Permit::Call, "fewer than 10 calls");
        breaker.record("x", true);
        assert!(
            matches!(breaker.permit("x"), Permit::Refused(_)),
            "6 of 10 failed"
        );
    }

    #[test]
    fn a_probe_whose_result_never_came_is_followed_by_another_a_cool_down_later() {
        let breaker = Breaker::new(
            BreakerConfig::default()
                .consecutive_failures(1)
                .cool_down(Duration::from_millis(30)),
        );
        breaker.record("x", true);
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(breaker.permit("x"), Permit::Probe);
        // Its caller gave up: no result is ever recorded.
        assert!(matches!(breaker.permit("x"), Permit::Refused(_)));
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(breaker.permit("x"), Permit::Probe);
    }
}
