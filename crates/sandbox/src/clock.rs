//! The sandbox's clock: real time plus an offset that tests move forward, so that expiry is
//! tested without sleeping.

use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

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
        self.start.elapsed() + self.offset()
    }

    /// Wall-clock time as the sandbox sees it (for message timestamps).
    pub(crate) fn wall(&self) -> SystemTime {
        self.wall_start + self.now()
    }

    pub(crate) fn advance(&self, by: Duration) {
        let mut offset = self.offset.lock().unwrap_or_else(|e| e.into_inner());
        *offset = offset.saturating_add(by);
    }
}
