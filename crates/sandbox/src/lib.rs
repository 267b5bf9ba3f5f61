//! A local, spec-faithful stand-in for every OTP vendor otpkit binds (one per
//! `specs/*.yaml`, listed in [`Vendor`]), for offline tests of sign-up flows and for otpkit's
//! own tests.
//!
//! It serves every operation of `specs/*.yaml` over real HTTP, each vendor under its own
//! prefix so that a client only changes its base URL, with real OTP state: generated codes,
//! expiry, attempt limits, resend throttling and each vendor's own failure shapes. What it
//! "delivers" lands in an inbox; its clock can be moved forward; faults can be injected.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! use otpkit_sandbox::{Sandbox, Vendor};
//!
//! let sandbox = Sandbox::start().await?;
//! let termii = sandbox.base_url(Vendor::Termii); // http://127.0.0.1:PORT/termii
//! // ... send a token through any Termii client pointed at `termii` ...
//! let code = sandbox.last_code_for("2348109077743");
//! sandbox.advance(std::time::Duration::from_secs(600)); // every code is now expired
//! # Ok(()) }
//! ```

// Route helpers return the vendor's error `Response` as their `Err`: it is the answer itself,
// built once per refused request, so boxing it would add noise and save nothing.
#![allow(clippy::result_large_err)]

mod body;
mod bounded;
pub mod cli;
mod clock;
mod control;
mod faults;
mod inbox;
mod otp;
mod server;
mod vendors;

use std::collections::{BTreeMap, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

pub use faults::{Fault, FaultKind};
pub use inbox::Message;
pub use vendors::Vendor;

/// Credentials the sandbox accepts, and its behaviour settings. The defaults are printed by
/// the `otpkit-sandbox` binary on start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// What clients are configured with, by otpkit's environment variable names
    /// (`TERMII_API_KEY`, `SHOUTOUT_SENDER_ID`, ...): the credentials the sandbox accepts and
    /// the sender IDs it expects. [`Config::var`] reads one, [`Config::set_var`] changes one.
    pub settings: BTreeMap<String, String>,
    /// Whether each vendor enforces its limits on sends to one destination: pipwave's wait of
    /// 60 s before a new code to the same number (status 5002), Twilio Verify's five sends to
    /// one number without a successful check (60203). On by default; load tests and benchmarks
    /// that send to one number again and again turn it off.
    pub destination_limits: bool,
    /// The inbox keeps this many newest messages and forgets older ones, so that a long-running
    /// sandbox under load stays within bounded memory.
    pub inbox_capacity: usize,
    /// Each vendor remembers this many newest codes awaiting verification (and as many
    /// per-number records); an older code, forgotten, verifies as not found. Bounds memory
    /// when codes are sent and never verified.
    pub session_capacity: usize,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            settings: vendors::default_settings()
                .map(|(name, value)| (name.to_string(), value.to_string()))
                .collect(),
            destination_limits: true,
            inbox_capacity: 100_000,
            session_capacity: 100_000,
        }
    }
}

impl Config {
    /// A client setting, by its environment variable name (`TERMII_API_KEY`).
    pub fn var(&self, name: &str) -> Option<&str> {
        self.settings.get(name).map(String::as_str)
    }

    /// Changes a client setting (a credential the sandbox accepts); why not, when `name` is no
    /// vendor's setting.
    pub fn set_var(&mut self, name: &str, value: impl Into<String>) -> Result<(), String> {
        vendors::check_setting(name)?;
        self.settings.insert(name.to_string(), value.into());
        Ok(())
    }
}

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

/// State shared by every route.
pub(crate) struct Shared {
    pub config: Config,
    pub clock: clock::Clock,
    pub inbox: Mutex<VecDeque<Message>>,
    /// Woken at every delivery, for [`Sandbox::wait_for_messages`].
    pub delivered: tokio::sync::Notify,
    /// Messages delivered so far, counting those the bounded inbox has since forgotten.
    pub delivered_total: AtomicU64,
    pub faults: Mutex<faults::Faults>,
    pub vendors: vendors::States,
    /// Requests that reached each vendor's routes (in `Vendor::ALL` order), faults included.
    pub requests: [AtomicU64; Vendor::ALL.len()],
}

/// Locks a mutex, carrying on after a panic elsewhere (the data stays consistent: every
/// critical section is a few field updates).
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

impl Shared {
    fn new(config: Config) -> Self {
        Self {
            vendors: vendors::States::new(&config),
            config,
            clock: clock::Clock::new(),
            inbox: Mutex::default(),
            delivered: tokio::sync::Notify::new(),
            delivered_total: AtomicU64::new(0),
            faults: Mutex::default(),
            requests: std::array::from_fn(|_| AtomicU64::new(0)),
        }
    }

    pub(crate) fn count(&self, vendor: Vendor) {
        self.requests[vendor as usize].fetch_add(1, Ordering::Relaxed);
    }

    /// Records a delivered message.
    pub(crate) fn deliver(
        &self,
        vendor: Vendor,
        channel: &str,
        destination: &str,
        text: String,
        code: &str,
    ) {
        let message = Message {
            vendor,
            channel: channel.into(),
            destination: destination.into(),
            text,
            code: code.into(),
            at_unix_ms: Message::at(self.clock.wall()),
        };
        tracing::debug!(%vendor, channel, "delivered a message");
        let mut inbox = lock(&self.inbox);
        while inbox.len() >= self.config.inbox_capacity.max(1) {
            inbox.pop_front();
        }
        inbox.push_back(message);
        drop(inbox);
        self.delivered_total.fetch_add(1, Ordering::Release);
        self.delivered.notify_waiters();
    }
}

/// A running sandbox. Dropping it (or [`Sandbox::shutdown`]) stops the server and closes
/// every connection.
pub struct Sandbox {
    addr: SocketAddr,
    shared: Arc<Shared>,
    server: server::Handle,
}

impl Sandbox {
    /// Starts a sandbox with the default [`Config`] on an ephemeral loopback port.
    pub async fn start() -> std::io::Result<Self> {
        Self::bind(SocketAddr::from(([127, 0, 0, 1], 0)), Config::default()).await
    }

    /// Starts a sandbox with `config` on `addr` (port 0 picks a free port).
    pub async fn bind(addr: SocketAddr, config: Config) -> std::io::Result<Self> {
        let shared = Arc::new(Shared::new(config));
        let (addr, server) = server::serve(addr, shared.clone()).await?;
        Ok(Self {
            addr,
            shared,
            server,
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
        lock(&self.shared.inbox).iter().cloned().collect()
    }

    /// The code of the newest message to `destination` (phone numbers match with or without `+`).
    pub fn last_code_for(&self, destination: &str) -> Option<String> {
        lock(&self.shared.inbox)
            .iter()
            .rev()
            .find(|m| m.is_for(destination))
            .map(|m| m.code.clone())
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

    /// Removes every fault rule.
    pub fn clear_faults(&self) {
        lock(&self.shared.faults).clear();
    }

    /// Stops accepting connections and closes the open ones.
    pub async fn shutdown(self) {
        self.server.shutdown().await;
    }
}
