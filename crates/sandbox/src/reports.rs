//! Delivery reports the sandbox posts, as the vendors post them: to a callback URL set per
//! vendor (loopback only), after a delay, with the outcome chosen for the destination, signed
//! the way the vendor signs (each vendor module builds its own body: [`Post`]). Posting runs
//! on one task behind a bounded queue, so a slow receiver never slows a send and a flood of
//! sends never grows memory; neither vendor documents retries, so a report is posted once.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use crate::sync::lock;
use crate::vendors::Vendor;

/// Reports waiting to be posted at most; one more is dropped (and counted).
pub(crate) const QUEUE_CAPACITY: usize = 10_000;
/// How long a receiver has to answer a report (Octopush asks its receivers for one second).
const POST_TIMEOUT: Duration = Duration::from_secs(5);
/// The longest delay a report may be held before it is posted.
pub const MAX_REPORT_DELAY: Duration = Duration::from_secs(3600);

/// What a delivery report says became of a message, chosen per destination
/// ([`Sandbox::report_outcome`](crate::Sandbox::report_outcome)); `delivered` by default.
/// Each vendor reports it in its own words (Termii "DND Active on Phone Number", Octopush
/// `BLACKLISTED_NUMBER`, ...).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportOutcome {
    /// Delivered to the handset.
    #[default]
    Delivered,
    /// The carrier could not deliver it.
    Failed,
    /// Refused for the number itself: do-not-disturb, blacklisted.
    Dnd,
    /// The carrier never said.
    Unknown,
}

/// One report as a vendor posts it: the body, its content type and any header (a signature).
pub(crate) struct Post {
    pub body: Vec<u8>,
    pub content_type: &'static str,
    pub headers: Vec<(&'static str, String)>,
}

/// How the reports posted so far went.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ReportCounts {
    /// Posted and answered with a 2xx.
    pub posted: u64,
    /// Posted and answered with another status, or not answered (refused, timed out).
    pub failed: u64,
    /// Never posted: the queue was full.
    pub dropped: u64,
}

struct Pending {
    vendor: Vendor,
    url: reqwest::Url,
    post: Post,
    due: tokio::time::Instant,
}

/// The reports' settings and queue, in [`Shared`](crate::shared::Shared).
pub(crate) struct Reports {
    callbacks: Mutex<HashMap<Vendor, reqwest::Url>>,
    /// How many vendors have a callback: none (the usual case) skips the lock on each send.
    with_callback: AtomicUsize,
    outcomes: Mutex<HashMap<String, ReportOutcome>>,
    delay_ms: AtomicU64,
    queue: mpsc::Sender<Pending>,
    /// Taken by the posting task when the server starts.
    waiting: Mutex<Option<mpsc::Receiver<Pending>>>,
    posted: AtomicU64,
    failed: AtomicU64,
    dropped: AtomicU64,
    /// Woken when a report is posted, refused or dropped.
    settled: tokio::sync::Notify,
}

/// `url` if reports may be posted to it: `http` on a loopback host (the sandbox never sends
/// anything off the machine); else why not.
pub(crate) fn callback_url(url: &str) -> Result<reqwest::Url, String> {
    let parsed = reqwest::Url::parse(url).map_err(|e| format!("`{url}` is not a URL: {e}"))?;
    if parsed.scheme() != "http" {
        return Err(format!("a callback URL is http://, got `{url}`"));
    }
    let host = parsed.host_str().unwrap_or_default();
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let loopback = host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.to_canonical().is_loopback());
    if !loopback {
        return Err(format!(
            "a callback URL must be on a loopback host (127.0.0.1, ::1, localhost): the sandbox \
             posts nothing off this machine, got `{url}`"
        ));
    }
    Ok(parsed)
}

/// Why `delay` cannot be a report delay.
pub(crate) fn delay_problem(delay: Duration) -> Option<String> {
    (delay > MAX_REPORT_DELAY).then(|| {
        format!(
            "a report delay is at most {} s, got {} ms",
            MAX_REPORT_DELAY.as_secs(),
            delay.as_millis()
        )
    })
}

/// The bare digits or lowercase address a destination is known by.
fn bare(destination: &str) -> String {
    destination
        .trim()
        .trim_start_matches('+')
        .to_ascii_lowercase()
}

impl Reports {
    pub(crate) fn new(delay: Duration, callbacks: &[(Vendor, reqwest::Url)]) -> Self {
        let (queue, waiting) = mpsc::channel(QUEUE_CAPACITY);
        Self {
            callbacks: Mutex::new(callbacks.iter().cloned().collect()),
            with_callback: AtomicUsize::new(callbacks.len()),
            outcomes: Mutex::default(),
            delay_ms: AtomicU64::new(millis(delay)),
            queue,
            waiting: Mutex::new(Some(waiting)),
            posted: AtomicU64::new(0),
            failed: AtomicU64::new(0),
            dropped: AtomicU64::new(0),
            settled: tokio::sync::Notify::new(),
        }
    }

    /// Sets (or with `None` removes) `vendor`'s callback URL.
    pub(crate) fn set_callback(&self, vendor: Vendor, url: Option<reqwest::Url>) {
        let mut callbacks = lock(&self.callbacks);
        match url {
            Some(url) => callbacks.insert(vendor, url),
            None => callbacks.remove(&vendor),
        };
        self.with_callback.store(callbacks.len(), Ordering::Release);
    }

    /// Every vendor's callback URL.
    pub(crate) fn callbacks(&self) -> Vec<(Vendor, String)> {
        let callbacks = lock(&self.callbacks);
        Vendor::ALL
            .into_iter()
            .filter_map(|v| Some((v, callbacks.get(&v)?.to_string())))
            .collect()
    }

    /// Sets the delay; why not, over [`MAX_REPORT_DELAY`] (nothing changes then).
    pub(crate) fn set_delay(&self, delay: Duration) -> Result<(), String> {
        if let Some(problem) = delay_problem(delay) {
            return Err(problem);
        }
        self.delay_ms.store(millis(delay), Ordering::Relaxed);
        Ok(())
    }

    pub(crate) fn delay_ms(&self) -> u64 {
        self.delay_ms.load(Ordering::Relaxed)
    }

    pub(crate) fn set_outcome(&self, destination: &str, outcome: ReportOutcome) {
        lock(&self.outcomes).insert(bare(destination), outcome);
    }

    /// The outcome chosen for `destination`.
    pub(crate) fn outcome(&self, destination: &str) -> ReportOutcome {
        lock(&self.outcomes)
            .get(&bare(destination))
            .copied()
            .unwrap_or_default()
    }

    /// `vendor`'s callback URL, where one is set.
    pub(crate) fn callback(&self, vendor: Vendor) -> Option<reqwest::Url> {
        if self.with_callback.load(Ordering::Acquire) == 0 {
            return None;
        }
        lock(&self.callbacks).get(&vendor).cloned()
    }

    /// Queues `post` for `url`; counted as dropped when the queue is full.
    pub(crate) fn enqueue(&self, vendor: Vendor, url: reqwest::Url, post: Post) {
        let pending = Pending {
            vendor,
            url,
            post,
            due: tokio::time::Instant::now() + Duration::from_millis(self.delay_ms()),
        };
        if self.queue.try_send(pending).is_err() {
            self.dropped.fetch_add(1, Ordering::Relaxed);
            self.settled.notify_waiters();
            tracing::warn!(%vendor, "report queue full: a delivery report was dropped");
        }
    }

    pub(crate) fn counts(&self) -> ReportCounts {
        ReportCounts {
            posted: self.posted.load(Ordering::Relaxed),
            failed: self.failed.load(Ordering::Relaxed),
            dropped: self.dropped.load(Ordering::Relaxed),
        }
    }

    /// Posts every queued report when it is due, one at a time, in order: the sandbox's
    /// posting task (a second call returns at once: the queue has one reader).
    pub(crate) async fn post_all(&self) {
        let Some(mut queue) = lock(&self.waiting).take() else {
            return;
        };
        // Redirects off: a report goes to the URL set, never where an answer points.
        let built = otpkit_http::builder().and_then(|builder| {
            builder
                .redirect(reqwest::redirect::Policy::none())
                .no_proxy()
                .timeout(POST_TIMEOUT)
                .build()
                .map_err(otpkit_http::ConfigError::Http)
        });
        let client = match built {
            Ok(client) => client,
            Err(e) => {
                tracing::error!(error = %e, "cannot build the reports' HTTP client: none will be posted");
                return;
            }
        };
        while let Some(pending) = queue.recv().await {
            tokio::time::sleep_until(pending.due).await;
            let mut request = client
                .post(pending.url.clone())
                .header(reqwest::header::CONTENT_TYPE, pending.post.content_type)
                .body(pending.post.body);
            for (name, value) in pending.post.headers {
                request = request.header(name, value);
            }
            let vendor = pending.vendor;
            match request.send().await {
                Ok(answer) if answer.status().is_success() => {
                    self.posted.fetch_add(1, Ordering::Relaxed);
                    tracing::debug!(%vendor, "posted a delivery report");
                }
                Ok(answer) => {
                    self.failed.fetch_add(1, Ordering::Relaxed);
                    tracing::warn!(%vendor, status = answer.status().as_u16(), "a delivery report was refused");
                }
                Err(e) => {
                    self.failed.fetch_add(1, Ordering::Relaxed);
                    tracing::warn!(%vendor, error = %e, "a delivery report could not be posted");
                }
            }
            self.settled.notify_waiters();
        }
    }

    /// Waits until `count` reports in all were posted, refused or dropped; `Err` says how
    /// many were within `within`.
    pub(crate) async fn wait_for(
        &self,
        count: u64,
        within: Duration,
    ) -> Result<ReportCounts, String> {
        let settled = async {
            loop {
                // Registered before the counts are read, so a report in between still wakes it.
                let notified = self.settled.notified();
                let counts = self.counts();
                if counts.posted + counts.failed + counts.dropped >= count {
                    return counts;
                }
                notified.await;
            }
        };
        tokio::time::timeout(within, settled).await.map_err(|_| {
            let counts = self.counts();
            format!(
                "{} of {count} reports settled within {within:?} ({counts:?})",
                counts.posted + counts.failed + counts.dropped
            )
        })
    }
}

/// A message's time as both vendors write it in reports, `2024-05-01 10:00:00` (UTC, no zone).
pub(crate) fn vendor_time(unix_ms: u128) -> String {
    let at =
        std::time::UNIX_EPOCH + Duration::from_millis(u64::try_from(unix_ms).unwrap_or(u64::MAX));
    let rfc3339 = humantime::format_rfc3339_seconds(at).to_string();
    rfc3339
        .replacen('T', " ", 1)
        .trim_end_matches('Z')
        .to_string()
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_http_urls_take_reports() {
        for ok in [
            "http://127.0.0.1:9000/reports",
            "http://[::1]:9000/",
            "http://localhost:1/x?token=t",
            "http://127.8.0.1/",
        ] {
            assert!(callback_url(ok).is_ok(), "{ok}");
        }
        for (bad, says) in [
            ("https://127.0.0.1/", "http://"),
            ("http://example.com/", "loopback"),
            ("http://10.0.0.1/", "loopback"),
            ("http://[::ffff:10.0.0.1]/", "loopback"),
            ("http://localhost.example.com/", "loopback"),
            ("not a url", "not a URL"),
        ] {
            let refusal = callback_url(bad).unwrap_err();
            assert!(refusal.contains(says), "{bad}: {refusal}");
        }
    }

    #[test]
    fn times_read_as_the_vendors_write_them() {
        assert_eq!(vendor_time(1_714_557_600_000), "2024-05-01 10:00:00");
    }

    #[test]
    fn outcomes_are_chosen_per_destination_with_or_without_plus() {
        let reports = Reports::new(Duration::ZERO, &[]);
        reports.set_outcome("+2348012345678", ReportOutcome::Dnd);
        assert_eq!(reports.outcome("2348012345678"), ReportOutcome::Dnd);
        assert_eq!(reports.outcome("+2348012345679"), ReportOutcome::Delivered);
    }
}
