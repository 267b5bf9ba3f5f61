//! [`Sandbox`]: a running sandbox, and what it hands clients ([`ClientEnv`], [`ID_SECRET_ENV`]).

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::config::Config;
use crate::faults::Fault;
use crate::inbox::{Filter, Message};
use crate::reports::{self, ReportCounts, ReportOutcome, delay_problem};
use crate::server;
use crate::shared::{Shared, lock};
use crate::vendors;
use crate::vendors::Vendor;

/// The secret that seals otpkit's verification ids (`OTPKIT_ID_SECRET`, as `KEY_ID:SECRET`),
/// for clients of a sandbox: fixed and public, so a test's ids verify across runs and
/// processes. Never use it against a real vendor.
pub const ID_SECRET_ENV: (&str, &str) = (
    "OTPKIT_ID_SECRET",
    "sandbox:otpkit-sandbox-public-secret-never-for-real-vendors",
);

/// A client's settings for one vendor of a running sandbox, as `NAME=value` pairs named as
/// otpkit's environment variables: see [`Sandbox::client_env`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientEnv(Vec<(String, String)>);

impl ClientEnv {
    /// The value of the variable `name`, if it is one of these.
    pub fn get(&self, name: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    }

    /// Every variable and its value, the base URL's first.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(n, v)| (n.as_str(), v.as_str()))
    }
}

/// A running sandbox. Dropping it (or [`Sandbox::shutdown`]) stops the server and closes
/// every connection.
pub struct Sandbox {
    addr: SocketAddr,
    shared: Arc<Shared>,
    server: server::Handle,
    /// The task posting delivery reports, stopped with the sandbox.
    _reports: AbortOnDrop,
}

/// A task aborted when this is dropped.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl Sandbox {
    /// Starts a sandbox with the default [`Config`] on an ephemeral loopback port.
    pub async fn start() -> std::io::Result<Self> {
        Self::bind(SocketAddr::from(([127, 0, 0, 1], 0)), Config::default()).await
    }

    /// Starts a sandbox with `config` on `addr` (port 0 picks a free port). An
    /// [`InvalidInput`](std::io::ErrorKind::InvalidInput) error names a callback URL that is
    /// not loopback `http://`, or a report delay over [`MAX_REPORT_DELAY`](crate::MAX_REPORT_DELAY).
    pub async fn bind(addr: SocketAddr, config: Config) -> std::io::Result<Self> {
        let invalid =
            |problem: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, problem);
        if let Some(problem) = delay_problem(config.report_delay) {
            return Err(invalid(problem));
        }
        let callbacks = config
            .callbacks
            .iter()
            .map(|(vendor, url)| Ok((*vendor, reports::callback_url(url).map_err(invalid)?)))
            .collect::<std::io::Result<Vec<_>>>()?;
        let shared = Arc::new(Shared::new(config, &callbacks));
        let (addr, server) = server::serve(addr, shared.clone()).await?;
        let poster = shared.clone();
        let reports = AbortOnDrop(tokio::spawn(async move { poster.reports.post_all().await }));
        Ok(Self {
            addr,
            shared,
            server,
            _reports: reports,
        })
    }

    /// The address the sandbox listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL to give `vendor`'s client, e.g. `http://127.0.0.1:PORT/termii`.
    pub fn base_url(&self, vendor: Vendor) -> String {
        format!("http://{}{}", self.addr, vendor.base_path())
    }

    /// The credentials and settings in force.
    pub fn config(&self) -> &Config {
        &self.shared.config
    }

    /// What a client needs to reach `vendor` here, as otpkit's environment variables: its
    /// `*_BASE_URL`, the credentials and sender ID the sandbox accepts, and
    /// [`ID_SECRET_ENV`] (which otpkit's `Otp::from_vars` requires). Hand them to
    /// `otpkit::Otp::from_vars` (`|name| env.get(name)`), or export them (`otpkit-sandbox`
    /// prints them on start).
    pub fn client_env(&self, vendor: Vendor) -> ClientEnv {
        let env = vendor.client_env();
        let settings = env.settings.iter().map(|(name, default)| {
            let value = self.shared.config.var(name).unwrap_or(default);
            (name.to_string(), value.to_string())
        });
        let (id_name, id_secret) = ID_SECRET_ENV;
        ClientEnv(
            std::iter::once((env.base_url.to_string(), self.base_url(vendor)))
                .chain(settings)
                .chain(std::iter::once((
                    id_name.to_string(),
                    id_secret.to_string(),
                )))
                .collect(),
        )
    }

    /// Every message delivered so far (the newest [`Config::inbox_capacity`]), oldest first.
    pub fn messages(&self) -> Vec<Message> {
        lock(&self.shared.inbox).select(&Filter::default())
    }

    /// The code of the newest message to `destination` (phone numbers match with or without `+`).
    pub fn last_code_for(&self, destination: &str) -> Option<String> {
        lock(&self.shared.inbox)
            .latest_for(destination, None)
            .map(|m| m.code)
    }

    /// The newest message to `destination` (`+` optional) with an id greater than `since`,
    /// waiting up to `within` for one to arrive: for a test that sends a code and reads it, as
    /// `GET /_sandbox/messages/latest?destination=…&since=…&wait=…` does over HTTP. `Err`
    /// says none came.
    pub async fn wait_for_code(
        &self,
        destination: &str,
        since: Option<u64>,
        within: Duration,
    ) -> Result<Message, String> {
        self.shared
            .wait_for_latest(destination, since, within)
            .await
            .ok_or_else(|| format!("no message to {destination} arrived within {within:?}"))
    }

    /// The id of the newest message delivered so far (0 before the first): a `since` for
    /// [`Sandbox::wait_for_code`].
    pub fn last_message_id(&self) -> u64 {
        lock(&self.shared.inbox).last_id()
    }

    /// Waits until `count` messages in all have been delivered since the sandbox started, for
    /// deliveries that happen after a call returns (a `latency` fault acts at once and answers
    /// late). Wakes at each delivery, not on a timer; `Err` says how many came within `within`.
    pub async fn wait_for_messages(&self, count: u64, within: Duration) -> Result<(), String> {
        let shared = &self.shared;
        let arrived = async {
            loop {
                // Registered before the count is read, so a delivery in between still wakes it.
                let notified = shared.delivered.notified();
                if shared.delivered_total.load(Ordering::Acquire) >= count {
                    return;
                }
                notified.await;
            }
        };
        tokio::time::timeout(within, arrived).await.map_err(|_| {
            let got = shared.delivered_total.load(Ordering::Acquire);
            format!("{got} of {count} messages delivered within {within:?}")
        })
    }

    /// How many requests reached `vendor`'s routes so far (answered, refused or faulted).
    pub fn requests(&self, vendor: Vendor) -> u64 {
        self.shared.requests[vendor as usize].load(Ordering::Relaxed)
    }

    /// Moves the sandbox clock forward: codes expire as if `by` had passed.
    pub fn advance(&self, by: Duration) {
        self.shared.clock.advance(by);
    }

    /// Adds a fault rule; rules apply in the order added. Returns why a rule is unusable
    /// (a fraction outside 0..=1, a status outside 100..=599, `times` 0, a delay over an hour).
    pub fn inject(&self, fault: Fault) -> Result<(), String> {
        if let Some(problem) = fault.problem() {
            return Err(problem);
        }
        lock(&self.shared.faults).add(fault);
        Ok(())
    }

    /// `vendor`'s account balance, for the vendors whose balance the sandbox models (Termii's
    /// money, pipwave's credits); `None` for the others.
    pub fn balance(&self, vendor: Vendor) -> Option<f64> {
        self.shared.vendors.balance(vendor)
    }

    /// Sets `vendor`'s account balance: a send that it cannot pay for is refused the way the
    /// vendor refuses it (Termii "Insufficient balance", pipwave status 5004). Returns why the
    /// amount or vendor is unusable (negative, not finite, or a vendor with no modelled balance).
    pub fn set_balance(&self, vendor: Vendor, balance: f64) -> Result<(), String> {
        vendors::set_balance(&self.shared, vendor, balance)
    }

    /// Posts `vendor`'s delivery reports to `url` from now on (Termii's signed with
    /// `TERMII_SECRET_KEY` as Termii signs them; Octopush's unsigned, so put your receiver's
    /// token in `url`). Returns why `url` is unusable: only `http://` on a loopback host.
    /// Vendors that post no reports ignore it.
    pub fn set_callback(&self, vendor: Vendor, url: &str) -> Result<(), String> {
        let url = reports::callback_url(url)?;
        self.shared.reports.set_callback(vendor, Some(url));
        Ok(())
    }

    /// Stops posting `vendor`'s delivery reports.
    pub fn clear_callback(&self, vendor: Vendor) {
        self.shared.reports.set_callback(vendor, None);
    }

    /// What the delivery reports of messages to `destination` say from now on
    /// ([`ReportOutcome::Delivered`] until set).
    pub fn report_outcome(&self, destination: &str, outcome: ReportOutcome) {
        self.shared.reports.set_outcome(destination, outcome);
    }

    /// How long after a delivery its report is posted; why not, over [`MAX_REPORT_DELAY`](crate::MAX_REPORT_DELAY).
    pub fn set_report_delay(&self, delay: Duration) -> Result<(), String> {
        self.shared.reports.set_delay(delay)
    }

    /// How the delivery reports posted so far went.
    pub fn report_counts(&self) -> ReportCounts {
        self.shared.reports.counts()
    }

    /// Waits until `count` delivery reports in all have been posted (answered 2xx or not) or
    /// dropped since the sandbox started, and answers how they went. Wakes at each report,
    /// not on a timer; `Err` says how many settled within `within`.
    pub async fn wait_for_reports(
        &self,
        count: u64,
        within: Duration,
    ) -> Result<ReportCounts, String> {
        self.shared.reports.wait_for(count, within).await
    }

    /// Removes every fault rule.
    pub fn clear_faults(&self) {
        lock(&self.shared.faults).clear();
    }

    /// Stops accepting connections and closes the open ones.
    pub async fn shutdown(self) {
        self.server.shutdown().await;
    }
}
