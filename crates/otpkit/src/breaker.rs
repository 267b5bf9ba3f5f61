//! A circuit breaker per vendor, for [`Router`](crate::Router): after enough failures that say
//! a vendor is down (transport errors, timeouts, 5xx answers, unreadable answers) the router
//! stops calling it for a cool-down and sends to the next vendor of the route at once; then one
//! probe decides whether traffic returns.
//!
//! A breaker moves only on what the vendor did. Each call reports [`Evidence`]: the vendor
//! answered, the vendor is down, or nothing reached it (a local refusal: bad input, an option
//! the vendor lacks). Nothing that a caller can choose (a code, an id) closes or opens it.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::error::Error;

use crate::report::Health;

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
    /// The longest cool-down and window: a day. Longer values are cut to it, so that no instant
    /// computed from them can overflow.
    pub const MAX_DURATION: Duration = Duration::from_secs(24 * 3600);

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
        self.window = window.clamp(Duration::from_millis(10), Self::MAX_DURATION);
        self.min_calls = min_calls.max(1);
        self
    }

    /// How long an open breaker keeps the vendor out before one probe may go through (1 ms to
    /// [`BreakerConfig::MAX_DURATION`]).
    pub fn cool_down(mut self, cool_down: Duration) -> Self {
        self.cool_down = cool_down.clamp(Duration::from_millis(1), Self::MAX_DURATION);
        self
    }
}

/// What one call says about its vendor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Evidence {
    /// The vendor answered (an approval, a refusal, a per-number limit: it is up).
    Up,
    /// The vendor is down or broken: the network failed, it timed out, it answered 5xx, or its
    /// answer to a success status could not be read (a vendor that answers what it documents
    /// cannot be read is malfunctioning, whatever it did).
    Down,
    /// Nothing says anything about the vendor: the call was refused before it was made
    /// (invalid input, an unsupported option, configuration, an open breaker).
    None,
}

impl Evidence {
    /// What a send's result says.
    pub(crate) fn of_send<T>(result: &Result<T, Error>) -> Self {
        match result {
            Ok(_) => Evidence::Up,
            Err(error) => match error {
                Error::Transport { .. } | Error::Timeout { .. } | Error::Decode { .. } => {
                    Evidence::Down
                }
                Error::Vendor {
                    status: Some(500..=599),
                    ..
                } => Evidence::Down,
                Error::Vendor { .. }
                | Error::Unauthorized { .. }
                | Error::RateLimited { .. }
                | Error::DestinationLimited { .. }
                | Error::InsufficientFunds { .. } => Evidence::Up,
                // Raised before any request (and any kind added later, until it is decided).
                _ => Evidence::None,
            },
        }
    }

    /// What a verify's result says: only that the vendor cannot be reached (a transport error
    /// or a timeout). A verify's answers, a 5xx included, move nothing: their content follows
    /// from a code the caller chose, and a run of wrong codes must neither close a breaker that
    /// sends opened nor open one.
    pub(crate) fn of_verify<T>(result: &Result<T, Error>) -> Self {
        match result {
            Err(Error::Transport { .. } | Error::Timeout { .. }) => Evidence::Down,
            _ => Evidence::None,
        }
    }
}

/// What a breaker lets through.
#[derive(Debug)]
pub(crate) enum Permit<'a> {
    /// Call the vendor, then [record](Ticket::record) what the call says.
    Call(Ticket<'a>),
    /// Do not call it; it is out until about then.
    Refused(Instant),
}

/// The right to make one call. A probe's ticket alone decides a half-open breaker; a ticket
/// from before the breaker last changed state decides nothing. A probe dropped unrecorded (its
/// caller gave up) frees the breaker for the next probe.
#[derive(Debug)]
pub(crate) struct Ticket<'a> {
    breaker: &'a Breaker,
    epoch: u64,
    probe: bool,
    settled: bool,
}

impl Ticket<'_> {
    /// Records what the call said about `vendor` (named in the trace).
    pub(crate) fn record(mut self, vendor: &str, evidence: Evidence) {
        self.settled = true;
        self.breaker
            .settle(vendor, self.epoch, self.probe, evidence);
    }

    #[cfg(test)]
    fn is_probe(&self) -> bool {
        self.probe
    }
}

impl Drop for Ticket<'_> {
    fn drop(&mut self) {
        if !self.settled {
            self.breaker
                .settle("", self.epoch, self.probe, Evidence::None);
        }
    }
}

#[derive(Debug)]
enum State {
    Closed,
    Open {
        until: Instant,
    },
    /// One probe may be out; its result decides.
    HalfOpen {
        probe_out: bool,
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
        u64::try_from(elapsed / self.bucket.as_nanos().max(1)).unwrap_or(u64::MAX)
    }

    /// Forgets buckets older than the window as of `now`.
    fn advance(&mut self, now: Instant) {
        let index = self.index(now);
        let stale = index.saturating_sub(self.newest).min(10);
        for i in 1..=stale {
            self.counts[(self.newest.wrapping_add(i) % 10) as usize] = (0, 0);
        }
        self.newest = self.newest.max(index);
    }

    fn record(&mut self, now: Instant, failed: bool) {
        self.advance(now);
        let slot = &mut self.counts[(self.newest % 10) as usize];
        slot.0 = slot.0.saturating_add(1);
        slot.1 = slot.1.saturating_add(u32::from(failed));
    }

    fn totals(&self) -> (u32, u32) {
        self.counts.iter().fold((0, 0), |(c, f), (bc, bf)| {
            (c.saturating_add(*bc), f.saturating_add(*bf))
        })
    }

    fn clear(&mut self) {
        self.counts = [(0, 0); 10];
    }
}

#[derive(Debug)]
struct Inner {
    state: State,
    /// Counts state changes: a ticket from another epoch decides nothing.
    epoch: u64,
    consecutive: u32,
    window: Window,
}

/// Where a breaker reads the time: the system's monotonic clock, or a test's.
type Clock = Arc<dyn Fn() -> Instant + Send + Sync>;

/// One vendor's breaker.
pub(crate) struct Breaker {
    config: BreakerConfig,
    clock: Clock,
    inner: Mutex<Inner>,
}

impl std::fmt::Debug for Breaker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Breaker")
            .field("config", &self.config)
            .field("inner", &self.inner)
            .finish()
    }
}

/// `now + d`, or `now` on the overflow that bounded durations never reach.
fn later(now: Instant, d: Duration) -> Instant {
    now.checked_add(d).unwrap_or(now)
}

impl Breaker {
    pub(crate) fn new(config: BreakerConfig) -> Self {
        Self::with_clock(config, Arc::new(Instant::now))
    }

    fn with_clock(config: BreakerConfig, clock: Clock) -> Self {
        let window = Window::new(config.window, clock());
        Self {
            config,
            clock,
            inner: Mutex::new(Inner {
                state: State::Closed,
                epoch: 0,
                consecutive: 0,
                window,
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether a send may call the vendor now (`vendor` names it in the trace).
    pub(crate) fn permit(&self, vendor: &str) -> Permit<'_> {
        let now = (self.clock)();
        let mut inner = self.lock();
        let ticket = |epoch, probe| {
            Permit::Call(Ticket {
                breaker: self,
                epoch,
                probe,
                settled: false,
            })
        };
        match inner.state {
            State::Closed => ticket(inner.epoch, false),
            State::Open { until } if now < until => Permit::Refused(until),
            State::Open { .. } => {
                inner.state = State::HalfOpen { probe_out: true };
                inner.epoch += 1;
                tracing::info!(
                    vendor,
                    to = "half_open",
                    "breaker half-open: one probe goes through"
                );
                ticket(inner.epoch, true)
            }
            State::HalfOpen { probe_out: true } => {
                Permit::Refused(later(now, self.config.cool_down))
            }
            State::HalfOpen { probe_out: false } => {
                inner.state = State::HalfOpen { probe_out: true };
                ticket(inner.epoch, true)
            }
        }
    }

    /// Records what a verify said (see [`Evidence::of_verify`]): only ever evidence that the
    /// vendor is down, counted while the breaker is closed. A verify holds no ticket: it must
    /// go to the vendor that sent the code, open breaker or not.
    pub(crate) fn observe(&self, vendor: &str, evidence: Evidence) {
        if evidence == Evidence::Down {
            let epoch = self.lock().epoch;
            self.settle(vendor, epoch, false, evidence);
        }
    }

    fn settle(&self, vendor: &str, epoch: u64, probe: bool, evidence: Evidence) {
        let now = (self.clock)();
        let mut inner = self.lock();
        if epoch != inner.epoch {
            // An answer to a call made before the breaker last moved: it decides nothing.
            return;
        }
        match (&inner.state, probe, evidence) {
            // The probe said nothing (refused locally, or its caller gave up): the next send
            // probes.
            (State::HalfOpen { .. }, true, Evidence::None) => {
                inner.state = State::HalfOpen { probe_out: false };
            }
            (_, _, Evidence::None) => {}
            (State::HalfOpen { .. }, true, Evidence::Up) => {
                inner.state = State::Closed;
                inner.epoch += 1;
                inner.consecutive = 0;
                inner.window.clear();
                tracing::info!(
                    vendor,
                    to = "closed",
                    "breaker closed: the vendor answers again"
                );
            }
            (State::HalfOpen { .. }, true, Evidence::Down) => self.open(&mut inner, now, vendor),
            (State::Closed, _, Evidence::Up) => {
                inner.consecutive = 0;
                inner.window.record(now, false);
            }
            (State::Closed, _, Evidence::Down) => {
                inner.consecutive = inner.consecutive.saturating_add(1);
                inner.window.record(now, true);
                let (calls, failures) = inner.window.totals();
                let rate_exceeded = calls >= self.config.min_calls
                    && f64::from(failures) >= self.config.failure_rate * f64::from(calls);
                if inner.consecutive >= self.config.consecutive_failures || rate_exceeded {
                    self.open(&mut inner, now, vendor);
                }
            }
            // Open, or half-open without the probe's ticket: nothing to decide.
            _ => {}
        }
    }

    fn open(&self, inner: &mut Inner, now: Instant, vendor: &str) {
        let (calls, failures) = inner.window.totals();
        inner.state = State::Open {
            until: later(now, self.config.cool_down),
        };
        inner.epoch += 1;
        tracing::warn!(
            vendor,
            to = "open",
            consecutive_failures = inner.consecutive,
            calls,
            failures,
            cool_down_ms = u64::try_from(self.config.cool_down.as_millis()).unwrap_or(u64::MAX),
            "breaker open: sends go to the next vendor of the route"
        );
    }

    /// The state, as [`Health`].
    pub(crate) fn health(&self) -> Health {
        let now = (self.clock)();
        match self.lock().state {
            State::Closed => Health::Up,
            State::HalfOpen { .. } => Health::Degraded,
            State::Open { until } if now < until => Health::Down,
            // The cool-down is over: the next send probes.
            State::Open { .. } => Health::Degraded,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A clock the test moves by hand.
    #[derive(Clone)]
    struct Manual(Arc<Mutex<Instant>>);

    impl Manual {
        fn new() -> Self {
            Self(Arc::new(Mutex::new(Instant::now())))
        }
        fn advance(&self, d: Duration) {
            let mut now = self.0.lock().unwrap();
            *now += d;
        }
        fn breaker(&self, config: BreakerConfig) -> Breaker {
            let clock = self.0.clone();
            Breaker::with_clock(config, Arc::new(move || *clock.lock().unwrap()))
        }
    }

    fn v() -> crate::vendor::Vendor {
        crate::vendor::Vendor::from_static("x")
    }

    fn transport() -> Error {
        Error::Transport {
            vendor: v(),
            sent: true,
            source: "reset".into(),
        }
    }

    fn call(breaker: &Breaker) -> Ticket<'_> {
        match breaker.permit("x") {
            Permit::Call(ticket) => ticket,
            Permit::Refused(_) => panic!("refused"),
        }
    }

    fn refused(breaker: &Breaker) -> bool {
        matches!(breaker.permit("x"), Permit::Refused(_))
    }

    fn fail(breaker: &Breaker, n: u32) {
        for _ in 0..n {
            call(breaker).record("x", Evidence::Down);
        }
    }

    #[test]
    fn what_each_result_says_about_the_vendor() {
        let send = |e: Error| Evidence::of_send::<()>(&Err(e));
        assert_eq!(Evidence::of_send(&Ok(())), Evidence::Up);
        assert_eq!(send(transport()), Evidence::Down);
        assert_eq!(
            send(Error::vendor_answer(v(), Some(503), "down")),
            Evidence::Down
        );
        let decode = Error::Decode {
            vendor: v(),
            message: "not an object".into(),
        };
        assert_eq!(send(decode), Evidence::Down);
        for answered in [
            Error::vendor_answer(v(), Some(400), "bad"),
            Error::vendor_answer(v(), Some(403), "geo"),
            Error::RateLimited {
                vendor: v(),
                retry_after: None,
                account_wide: true,
            },
            Error::DestinationLimited {
                vendor: v(),
                retry_after: None,
            },
            Error::Unauthorized { vendor: v() },
        ] {
            assert_eq!(send(answered), Evidence::Up);
        }
        for local in [
            Error::invalid("code", "has a space"),
            Error::unsupported(v(), "voice"),
            Error::Config("no key".into()),
            Error::Unavailable {
                vendor: v(),
                retry_after: None,
            },
        ] {
            assert_eq!(send(local), Evidence::None);
        }
        // A verify only ever says the vendor cannot be reached.
        let verify = |e: Error| Evidence::of_verify::<()>(&Err(e));
        assert_eq!(verify(transport()), Evidence::Down);
        assert_eq!(
            verify(Error::vendor_answer(v(), Some(500), "x")),
            Evidence::None
        );
        assert_eq!(verify(Error::invalid("code", "x")), Evidence::None);
        assert_eq!(Evidence::of_verify(&Ok(())), Evidence::None);
    }

    #[test]
    fn consecutive_failures_open_then_one_probe_decides() {
        let clock = Manual::new();
        let breaker = clock.breaker(
            BreakerConfig::default()
                .consecutive_failures(3)
                .cool_down(Duration::from_secs(30)),
        );
        fail(&breaker, 2);
        call(&breaker).record("x", Evidence::Up); // a success resets the run
        fail(&breaker, 3);
        assert!(refused(&breaker));
        assert_eq!(breaker.health(), Health::Down);
        clock.advance(Duration::from_secs(31));
        let probe = call(&breaker);
        assert!(probe.is_probe());
        // While the probe is out, nobody else goes through.
        assert!(refused(&breaker));
        probe.record("x", Evidence::Down);
        assert!(refused(&breaker));
        clock.advance(Duration::from_secs(31));
        call(&breaker).record("x", Evidence::Up);
        assert!(!call(&breaker).is_probe());
        assert_eq!(breaker.health(), Health::Up);
    }

    #[test]
    fn no_evidence_changes_nothing() {
        let clock = Manual::new();
        let breaker = clock.breaker(BreakerConfig::default().consecutive_failures(3));
        fail(&breaker, 2);
        // Local refusals between failures neither reset the run nor count.
        call(&breaker).record("x", Evidence::None);
        fail(&breaker, 1);
        assert!(refused(&breaker));
        clock.advance(Duration::from_secs(31));
        let probe = call(&breaker);
        probe.record("x", Evidence::None);
        // The probe decided nothing: the breaker is still half-open, and the next send probes.
        assert_eq!(breaker.health(), Health::Degraded);
        assert!(call(&breaker).is_probe());
    }

    #[test]
    fn only_the_probe_decides_a_half_open_breaker() {
        let clock = Manual::new();
        let breaker = clock.breaker(BreakerConfig::default().consecutive_failures(1));
        // A call made while closed answers late, after the breaker opened and half-opened.
        let late = call(&breaker);
        fail(&breaker, 1);
        clock.advance(Duration::from_secs(31));
        let probe = call(&breaker);
        late.record("x", Evidence::Up);
        // A verify's evidence decides nothing either.
        breaker.observe("x", Evidence::Up);
        assert_eq!(breaker.health(), Health::Degraded);
        assert!(refused(&breaker), "the probe is still out");
        probe.record("x", Evidence::Down);
        assert_eq!(breaker.health(), Health::Down);
    }

    #[test]
    fn verifies_never_close_a_breaker_nor_reset_the_run() {
        let clock = Manual::new();
        let breaker = clock.breaker(BreakerConfig::default().consecutive_failures(5));
        // A bad-code verify, and an answered one, after four failed sends.
        fail(&breaker, 4);
        breaker.observe(
            "x",
            Evidence::of_verify::<()>(&Err(Error::invalid("code", "x"))),
        );
        breaker.observe("x", Evidence::of_verify(&Ok(())));
        fail(&breaker, 1);
        assert!(refused(&breaker), "the fifth failed send in a row opens it");
        breaker.observe("x", Evidence::of_verify(&Ok(())));
        assert_eq!(breaker.health(), Health::Down);
        // A verify that cannot reach the vendor counts towards opening.
        let other = clock.breaker(BreakerConfig::default().consecutive_failures(2));
        other.observe("x", Evidence::of_verify::<()>(&Err(transport())));
        other.observe("x", Evidence::of_verify::<()>(&Err(transport())));
        assert!(refused(&other));
    }

    #[test]
    fn two_probes_never_run_at_once_even_with_a_short_cool_down() {
        let clock = Manual::new();
        let breaker = clock.breaker(
            BreakerConfig::default()
                .consecutive_failures(1)
                .cool_down(Duration::from_millis(1)),
        );
        fail(&breaker, 1);
        clock.advance(Duration::from_millis(2));
        let probe = call(&breaker);
        // Far longer than the cool-down: the probe is still running (a 10 s timeout).
        clock.advance(Duration::from_secs(10));
        assert!(refused(&breaker));
        // Its caller gave up: the next send probes.
        drop(probe);
        assert!(call(&breaker).is_probe());
    }

    #[test]
    fn a_failure_rate_over_the_window_opens_it() {
        let clock = Manual::new();
        let breaker = clock.breaker(
            BreakerConfig::default()
                .consecutive_failures(100)
                .failure_rate(0.5, Duration::from_secs(60), 10),
        );
        for i in 0..9 {
            let evidence = if i % 2 == 0 {
                Evidence::Down
            } else {
                Evidence::Up
            };
            call(&breaker).record("x", evidence);
        }
        assert!(!refused(&breaker), "fewer than 10 calls");
        fail(&breaker, 1);
        assert!(refused(&breaker), "6 of 10 failed");
    }

    #[test]
    fn durations_are_bounded_so_no_instant_overflows() {
        let clock = Manual::new();
        let breaker = clock.breaker(
            BreakerConfig::default()
                .consecutive_failures(1)
                .cool_down(Duration::MAX)
                .failure_rate(0.5, Duration::MAX, 1),
        );
        fail(&breaker, 1);
        assert!(refused(&breaker));
        clock.advance(BreakerConfig::MAX_DURATION + Duration::from_secs(1));
        assert!(call(&breaker).is_probe());
    }
}
