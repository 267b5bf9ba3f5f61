//! The sandbox's clock: real time plus an offset that tests move forward, so that expiry is
//! tested without sleeping. Every sum saturates: no offset, however large, can panic a request
//! that reads the clock.

use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

/// The furthest a test may move the clock in one call: a hundred years, far past any OTP
/// lifetime a vendor allows (Octopush's longest is under four months).
pub(crate) const MAX_ADVANCE: Duration = Duration::from_secs(100 * 365 * 24 * 3600);

pub(crate) struct Clock {
    start: Instant,
    wall_start: SystemTime,
    offset: Mutex<Duration>,
}

impl Clock {
    pub(crate) fn new() -> Self {
        Self {
            start: Instant::now(),
            wall_start: SystemTime::now(),
            offset: Mutex::new(Duration::ZERO),
        }
    }

    fn offset(&self) -> Duration {
        *self.offset.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Monotonic time since the sandbox started, including every advance.
    pub(crate) fn now(&self) -> Duration {
        self.start.elapsed().saturating_add(self.offset())
    }

    /// Wall-clock time as the sandbox sees it (for message timestamps), `after` from now.
    pub(crate) fn wall_after(&self, after: Duration) -> SystemTime {
        let since_start = self.now().saturating_add(after);
        // SystemTime has no saturating add. Its range (hundreds of billions of years) is out
        // of reach of the control API's bounded advance; only `Sandbox::advance` with an
        // absurd duration gets here, and the start time is then as good a timestamp as any.
        self.wall_start
            .checked_add(since_start)
            .unwrap_or(self.wall_start)
    }

    /// Wall-clock time as the sandbox sees it now.
    pub(crate) fn wall(&self) -> SystemTime {
        self.wall_after(Duration::ZERO)
    }

    /// Moves the clock forward by `by`; the total offset saturates.
    pub(crate) fn advance(&self, by: Duration) {
        let mut offset = self.offset.lock().unwrap_or_else(|e| e.into_inner());
        *offset = offset.saturating_add(by);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extreme_advances_saturate_instead_of_panicking() {
        let clock = Clock::new();
        clock.advance(Duration::MAX);
        clock.advance(Duration::MAX);
        assert_eq!(clock.now(), Duration::MAX);
        let _ = clock.wall();
        let _ = clock.wall_after(Duration::MAX);
    }
}
