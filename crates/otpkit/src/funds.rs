//! The router's optional balance rule ([`RouterBuilder::skip_below_balance`]): skip a vendor
//! whose last known balance is under a floor. The balance is looked up at most once per
//! refresh interval and by one send at a time (the others decide on what is known), never once
//! per send; a live [`Error::InsufficientFunds`](crate::Error::InsufficientFunds) marks the
//! vendor exhausted until a later look-up finds money again.
//!
//! [`RouterBuilder::skip_below_balance`]: crate::RouterBuilder::skip_below_balance

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How often a watched balance is looked up again, by default.
pub(crate) const DEFAULT_REFRESH: Duration = Duration::from_secs(60);

/// What is known of one vendor's balance.
#[derive(Debug, Default)]
struct Known {
    amount: Option<f64>,
    checked: Option<Instant>,
    refreshing: bool,
    /// A send was refused for want of credit, and no look-up has found money since.
    exhausted: bool,
}

/// One vendor's balance rule and what is known.
#[derive(Debug)]
pub(crate) struct Watch {
    floor: f64,
    every: Duration,
    known: Mutex<Known>,
}

/// What a send does with a watched vendor.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Send through it.
    Use,
    /// Skip it: its balance is known to be under the floor, or it is exhausted.
    Skip,
    /// Look the balance up first (this send holds the one refresh), then decide.
    Refresh,
}

impl Watch {
    pub(crate) fn new(floor: f64, every: Duration) -> Self {
        Self {
            floor,
            every,
            known: Mutex::default(),
        }
    }

    fn known(&self) -> std::sync::MutexGuard<'_, Known> {
        self.known.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn decide(&self, now: Instant) -> Decision {
        let mut known = self.known();
        let stale = known
            .checked
            .is_none_or(|at| now.saturating_duration_since(at) >= self.every);
        if stale && !known.refreshing {
            known.refreshing = true;
            return Decision::Refresh;
        }
        self.verdict(&known)
    }

    fn verdict(&self, known: &Known) -> Decision {
        let short = known.amount.is_some_and(|amount| amount < self.floor);
        if known.exhausted || short {
            Decision::Skip
        } else {
            Decision::Use
        }
    }

    /// Records a look-up's answer (`None`: it failed, so the last amount stands until the next
    /// interval) and decides.
    pub(crate) fn refreshed(&self, amount: Option<f64>, now: Instant) -> Decision {
        let mut known = self.known();
        known.refreshing = false;
        known.checked = Some(now);
        if let Some(amount) = amount {
            known.amount = Some(amount);
            known.exhausted = false;
        }
        self.verdict(&known)
    }

    /// Releases the refresh of a send that gave up before its look-up answered.
    pub(crate) fn abandoned(&self) {
        self.known().refreshing = false;
    }

    /// A send was refused for want of credit.
    pub(crate) fn exhausted(&self) {
        self.known().exhausted = true;
    }
}

/// Held by the send doing a refresh: released if that send is dropped mid-way.
pub(crate) struct Refreshing<'a> {
    pub watch: &'a Watch,
    pub done: bool,
}

impl Drop for Refreshing<'_> {
    fn drop(&mut self) {
        if !self.done {
            self.watch.abandoned();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_refresh_at_a_time_then_none_until_the_interval_passes() {
        let watch = Watch::new(10.0, Duration::from_secs(60));
        let t0 = Instant::now();
        assert_eq!(watch.decide(t0), Decision::Refresh);
        // While it runs, the others decide on what is known: nothing yet, so they send.
        assert_eq!(watch.decide(t0), Decision::Use);
        assert_eq!(watch.refreshed(Some(5.0), t0), Decision::Skip);
        assert_eq!(watch.decide(t0 + Duration::from_secs(59)), Decision::Skip);
        assert_eq!(
            watch.decide(t0 + Duration::from_secs(60)),
            Decision::Refresh
        );
        assert_eq!(
            watch.refreshed(Some(50.0), t0 + Duration::from_secs(60)),
            Decision::Use
        );
    }

    #[test]
    fn exhaustion_lasts_until_a_look_up_finds_money() {
        let watch = Watch::new(0.0, Duration::from_secs(60));
        let t0 = Instant::now();
        assert_eq!(watch.decide(t0), Decision::Refresh);
        assert_eq!(watch.refreshed(Some(3.0), t0), Decision::Use);
        watch.exhausted();
        assert_eq!(watch.decide(t0), Decision::Skip);
        // A failed look-up does not lift it; one that answers does.
        let t1 = t0 + Duration::from_secs(60);
        assert_eq!(watch.decide(t1), Decision::Refresh);
        assert_eq!(watch.refreshed(None, t1), Decision::Skip);
        let t2 = t1 + Duration::from_secs(60);
        assert_eq!(watch.decide(t2), Decision::Refresh);
        assert_eq!(watch.refreshed(Some(100.0), t2), Decision::Use);
    }

    #[test]
    fn an_abandoned_refresh_lets_the_next_send_refresh() {
        let watch = Watch::new(1.0, Duration::from_secs(60));
        let t0 = Instant::now();
        assert_eq!(watch.decide(t0), Decision::Refresh);
        drop(Refreshing {
            watch: &watch,
            done: false,
        });
        assert_eq!(watch.decide(t0), Decision::Refresh);
    }
}
