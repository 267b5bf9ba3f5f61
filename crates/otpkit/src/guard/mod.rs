//! [`Guard`]: limits that protect the sender's wallet from SMS pumping and codes from brute
//! force, checked before any vendor is called, counted in a [`GuardStore`] shared by every
//! replica ([`MemoryStore`] in one process; `RedisStore` with the `redis` feature).
//!
//! A guard wraps a provider, normally the [`Router`], and sits outside it: a refusal is
//! [`Error::GuardRefused`], which is never retried elsewhere and never reaches a vendor, so no
//! circuit breaker moves on it.

mod memory;
mod policy;
#[cfg(feature = "redis")]
mod redis;
// Named by `Error::GuardRefused`: the error module refers to it, so it refers to nothing.
pub(crate) mod rule;
mod store;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use rand::Rng;

use crate::capabilities::{Capabilities, CheckedRequest};
use crate::channel::Channel;
use crate::error::Error;
use crate::phone::Phone;
use crate::provider::OtpProvider;
use crate::report::{Balance, DeliveryReport, Health};
use crate::request::SendRequest;
use crate::router::Router;
use crate::vendor::Vendor;
use crate::verification::{Outcome, Verification, VerificationId, VerifyRequest};

pub use memory::MemoryStore;
pub use policy::{Cap, Conversion, GuardPolicy, ResendCooldown};
#[cfg(feature = "redis")]
pub use redis::{GUARD_SECRET_VAR, REDIS_URL_VAR, RedisStore, RedisStoreBuilder};
pub use rule::GuardRule;
pub use store::{Adjust, Admission, GuardStore, Key, KeyValue, Limit, Step, StoreError};

/// Longest a day-long window is.
const DAY: Duration = Duration::from_secs(24 * 3600);
/// How long a destination's record lasts when no cooldown keeps it: long enough for its
/// verification to be credited.
const RECORD: Duration = Duration::from_secs(3600);
/// How much a cooldown's waits vary by, per thousand (±10 %), so that clients retrying
/// together spread out.
const JITTER_PERMILLE: u32 = 100;

/// An [`OtpProvider`] that checks the [`GuardPolicy`]'s rules before the provider it wraps
/// sees a send or a verification.
///
/// ```
/// # #[cfg(feature = "termii")] {
/// use otpkit::guard::{Guard, GuardPolicy, MemoryStore};
/// use otpkit::{IdSeal, Otp, Router, Vendor};
///
/// let termii = otpkit::vendors::termii::Termii::builder().api_key("k").sender_id("Acme").build()?;
/// let router = Router::builder().provider(termii).route(234, [Vendor::TERMII]).build()?;
/// let guard = Guard::builder(router)
///     .policy(GuardPolicy::default())
///     .store(MemoryStore::new())
///     .build()?;
/// let otp = Otp::new(guard, IdSeal::new("1", "a secret of at least 32 random characters")?);
/// # let _ = otp;
/// # }
/// # Ok::<(), otpkit::Error>(())
/// ```
///
/// - **Admission** is one atomic check-and-count in the store (one round trip to Redis) over
///   every rule that applies: conversion per prefix, daily spend, country, caller and
///   destination caps, the resend cooldown. A refusal counts apart from admissions, so an
///   attack being refused never uses up the limits normal traffic needs.
/// - **Settling**: when the provider provably sent nothing (invalid input, unsupported,
///   configuration, a breaker open, a refused connection, a vendor's 429 or refusal of the
///   credentials or the balance), what was counted is given back; a vendor's refusal of the
///   destination ([`Error::DestinationLimited`]) also holds the destination, so that later
///   attempts stop here. When it may have sent (a timeout once the request was written, a 5xx,
///   an unreadable answer), the count stays.
/// - **Verification** counts checks per verification (keyed by the provider's id, which only a
///   seal opens) and per caller. An approval credits the prefix's conversion and relaxes the
///   destination's cooldown, only when the destination came from the id's seal (behind an
///   [`Otp`](crate::Otp) that seals, the default) and the guard counted a send to it.
/// - **Store failures** fail closed ([`Error::GuardStore`], no vendor call) unless
///   [`GuardBuilder::fail_open`] falls back to limits in this process's memory; never none.
#[derive(Debug)]
pub struct Guard {
    inner: Arc<dyn OtpProvider>,
    policy: GuardPolicy,
    countries: Vec<u16>,
    /// Each cooldown wait before jitter, the longest last.
    waits: Arc<[Duration]>,
    forget: Duration,
    /// Each conversion block, the longest last.
    blocks: Arc<[Duration]>,
    store: Arc<dyn GuardStore>,
    fallback: Option<MemoryStore>,
}

/// What a guard wraps: a [`Router`] (whose explicitly routed countries are the default
/// allowlist) or any shared provider (whose allowlist [`GuardPolicy::countries`] names).
#[derive(Debug)]
pub struct Guarded {
    provider: Arc<dyn OtpProvider>,
    routed: Vec<u16>,
}

impl From<Router> for Guarded {
    fn from(router: Router) -> Self {
        let routed = router.routed_countries();
        Self {
            provider: Arc::new(router),
            routed,
        }
    }
}

impl From<Arc<dyn OtpProvider>> for Guarded {
    fn from(provider: Arc<dyn OtpProvider>) -> Self {
        Self {
            provider,
            routed: Vec::new(),
        }
    }
}

/// Builds a [`Guard`].
#[derive(Debug)]
pub struct GuardBuilder {
    inner: Guarded,
    policy: GuardPolicy,
    store: Option<Arc<dyn GuardStore>>,
    fail_open: bool,
}

impl Guard {
    /// A builder over `inner`: a [`Router`], or an `Arc<dyn OtpProvider>`.
    pub fn builder(inner: impl Into<Guarded>) -> GuardBuilder {
        GuardBuilder {
            inner: inner.into(),
            policy: GuardPolicy::default(),
            store: None,
            fail_open: false,
        }
    }

    /// The policy in force.
    pub fn policy(&self) -> &GuardPolicy {
        &self.policy
    }

    /// The country calling codes codes may go to.
    pub fn countries(&self) -> &[u16] {
        &self.countries
    }
}

impl GuardBuilder {
    /// The rules; [`GuardPolicy::default`] unless set.
    pub fn policy(mut self, policy: GuardPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// Where counts are kept; a [`MemoryStore`] unless set.
    pub fn store(self, store: impl GuardStore + 'static) -> Self {
        self.shared_store(Arc::new(store))
    }

    /// A store shared with other guards.
    pub fn shared_store(mut self, store: Arc<dyn GuardStore>) -> Self {
        self.store = Some(store);
        self
    }

    /// When the store fails, decide with limits kept in this process's memory instead of
    /// refusing ([`Error::GuardStore`]). Each replica then limits alone until the store is
    /// back.
    pub fn fail_open(mut self) -> Self {
        self.fail_open = true;
        self
    }

    /// The guard; an [`Error::Config`] when the allowlist would be empty (a router that routes
    /// no country explicitly, a provider without [`GuardPolicy::countries`]) or a setting is
    /// out of range.
    pub fn build(self) -> Result<Guard, Error> {
        let policy = self.policy;
        let countries = policy
            .countries
            .clone()
            .unwrap_or_else(|| self.inner.routed.clone());
        if countries.is_empty() {
            return Err(Error::Config(
                "the guard's country allowlist is empty: the router routes no country explicitly \
                 (a catch-all route, such as Twilio Verify's, never widens it). Name the \
                 countries codes may go to: GuardPolicy::countries([234, 60, 94, 33])"
                    .into(),
            ));
        }
        if let Some(c) = &policy.conversion
            && !(0.0..=1.0).contains(&c.min_rate)
        {
            return Err(Error::Config(
                format!(
                    "the guard's conversion min_rate is {}: it is a share, from 0.0 to 1.0",
                    c.min_rate
                )
                .into(),
            ));
        }
        let (waits, forget) = match &policy.cooldown {
            Some(c) => {
                let mut waits = vec![c.first];
                while let Some(&last) = waits.last()
                    && last < c.max
                {
                    waits.push((last * 2).min(c.max));
                }
                let forget = c.forget.max(c.max);
                (waits, forget)
            }
            None => (vec![Duration::ZERO], RECORD),
        };
        let blocks = policy.conversion.as_ref().map(blocks).unwrap_or_default();
        let forget = match &policy.conversion {
            Some(c) => forget.max(c.window),
            None => forget,
        };
        Ok(Guard {
            inner: self.inner.provider,
            policy,
            countries,
            waits: waits.into(),
            forget,
            blocks: blocks.into(),
            store: self
                .store
                .unwrap_or_else(|| Arc::new(MemoryStore::new()) as Arc<dyn GuardStore>),
            fallback: self.fail_open.then(MemoryStore::new),
        })
    }
}

/// A destination as keys hold it: a number's digits (from `+E.164`), an address in lower case.
fn destination_value(text: &str) -> KeyValue {
    match text.strip_prefix('+').map(str::parse::<u64>) {
        Some(Ok(digits)) => KeyValue::Number(digits),
        _ => KeyValue::Text(text.trim().to_lowercase()),
    }
}

impl Guard {
    /// The steps a send is admitted by, in the order their refusals are reported.
    fn send_steps(&self, request: &SendRequest) -> Result<Vec<Step>, Error> {
        let p = &self.policy;
        let mut steps = Vec::with_capacity(6);
        let destination = if request.get_channel() == Channel::Email {
            destination_value(request.to())
        } else {
            let phone = request.phone_ref()?;
            let country = phone.country_code();
            if !self.countries.contains(&country) {
                return Err(Error::GuardRefused {
                    rule: GuardRule::CountryNotAllowed,
                    retry_after: None,
                });
            }
            if let Some(c) = &p.conversion {
                steps.push(Step {
                    rule: GuardRule::PrefixConversion,
                    key: Key::number("prefix", phone.prefix(c.prefix_digits)),
                    limit: Limit::Conversion {
                        min_sends: c.min_sends,
                        min_permille: permille(c.min_rate),
                        window: c.window,
                        blocks: self.blocks.clone(),
                    },
                });
            }
            if let Some(max) = p.daily_spend {
                steps.push(Step {
                    rule: GuardRule::DailySpend,
                    key: Key::number("spend", u64::from(country)),
                    limit: Limit::Window {
                        max,
                        window: DAY,
                        weight: p.prices.get(&country).copied().unwrap_or(1),
                    },
                });
            }
            if let Some(cap) = p.country_cap {
                let key = Key::number("country", u64::from(country));
                steps.push(window(GuardRule::CountryCap, key, cap));
            }
            KeyValue::Number(phone.number())
        };
        if let (Some(cap), Some(caller)) = (p.caller_cap, request.get_caller()) {
            steps.push(window(
                GuardRule::CallerCap,
                Key::new("caller", caller),
                cap,
            ));
        }
        if let Some(cap) = p.destination_cap {
            let key = Key {
                kind: "dest",
                value: destination.clone(),
            };
            steps.push(window(GuardRule::DestinationCap, key, cap));
        }
        // Always there, with waits of 0 when the cooldown is off: it is also the record that
        // the destination was sent a code, which an approval needs to be credited.
        let jitter = rand::rng().random_range(1000 - JITTER_PERMILLE..=1000 + JITTER_PERMILLE);
        steps.push(Step {
            rule: GuardRule::ResendCooldown,
            key: Key {
                kind: "wait",
                value: destination,
            },
            limit: Limit::Cooldown {
                waits: self.waits.clone(),
                jitter,
                forget: self.forget,
            },
        });
        Ok(steps)
    }

    /// Decides in the store (or, when it fails and the guard fails open, in memory): the store
    /// that decided, and whether the destination had a record.
    async fn admit(&self, steps: &[Step]) -> Result<(&dyn GuardStore, bool), Error> {
        let (store, admission): (&dyn GuardStore, _) = match self.store.admit(steps).await {
            Ok(admission) => (&*self.store, admission),
            Err(error) => match &self.fallback {
                Some(memory) => {
                    tracing::warn!(%error, "the guard store failed: deciding in memory");
                    (memory, memory.admit_now(steps).map_err(guard_store)?)
                }
                None => return Err(guard_store(error)),
            },
        };
        match admission {
            Admission::Admitted { seen } => Ok((store, seen)),
            Admission::Refused { step, retry_after } => {
                // A store naming a step the decision does not have is broken: fail closed.
                let rule = steps.get(step).map(|s| s.rule).ok_or_else(|| {
                    guard_store(StoreError::Failed(
                        format!("the store refused step {step} of {}", steps.len()).into(),
                    ))
                })?;
                tracing::info!(rule = rule.name(), "the guard refused");
                Err(Error::GuardRefused {
                    rule,
                    retry_after: Some(retry_after),
                })
            }
        }
    }

    /// Applies `changes` after a result; a failure only costs accuracy, so it is logged.
    async fn adjust(&self, store: &dyn GuardStore, changes: &[(Key, Adjust)]) {
        if changes.is_empty() {
            return;
        }
        if let Err(error) = store.adjust(changes).await {
            tracing::warn!(%error, "the guard could not settle a result");
        }
    }

    async fn guarded_send(
        &self,
        request: &SendRequest,
        checked: Option<CheckedRequest>,
    ) -> Result<Verification, Error> {
        let steps = self.send_steps(request)?;
        let (store, seen) = self.admit(&steps).await?;
        let result = match checked {
            Some(checked) => self.inner.send_checked(request, checked).await,
            None => self.inner.send(request).await,
        };
        if let Err(error) = &result {
            let changes = settle_send(&steps, seen, error, self.policy.vendor_hold);
            self.adjust(store, &changes).await;
        }
        result
    }
}

fn window(rule: GuardRule, key: Key, cap: Cap) -> Step {
    Step {
        rule,
        key,
        limit: Limit::Window {
            max: cap.max,
            window: cap.per,
            weight: 1,
        },
    }
}

/// A share as per thousand, rounded up (a rate of 0.2 is 200).
fn permille(rate: f64) -> u32 {
    (rate * 1000.0).ceil() as u32
}

fn blocks(c: &Conversion) -> Vec<Duration> {
    let mut blocks = vec![c.block];
    while let Some(&last) = blocks.last()
        && last < c.max_block
        && blocks.len() < 32
    {
        blocks.push((last * 2).min(c.max_block));
    }
    blocks
}

fn guard_store(error: StoreError) -> Error {
    Error::GuardStore {
        source: Box::new(error),
    }
}

/// Whether a send that failed with `error` provably sent nothing: refused before any request,
/// or answered by the vendor with a refusal that sends no code.
fn nothing_sent(error: &Error) -> bool {
    !error.may_have_reached_vendor()
        || matches!(
            error,
            Error::DestinationLimited { .. }
                | Error::RateLimited { .. }
                | Error::Unauthorized { .. }
                | Error::InsufficientFunds { .. }
        )
}

/// What a failed send gives back: everything it counted when nothing was sent, and a hold on
/// the destination when the vendor refused it.
fn settle_send(steps: &[Step], seen: bool, error: &Error, hold: Duration) -> Vec<(Key, Adjust)> {
    if !nothing_sent(error) {
        return Vec::new();
    }
    let mut changes: Vec<(Key, Adjust)> = steps
        .iter()
        .filter_map(|step| {
            let change = match &step.limit {
                Limit::Window { weight, .. } => Adjust::Uncount { weight: *weight },
                Limit::Cooldown { .. } => Adjust::Unwait,
                Limit::Conversion { .. } if !seen => Adjust::Unsend,
                _ => return None,
            };
            Some((step.key.clone(), change))
        })
        .collect();
    if let Error::DestinationLimited { retry_after, .. } = error
        && let Some(wait) = steps
            .iter()
            .find(|s| matches!(s.limit, Limit::Cooldown { .. }))
    {
        changes.push((
            wait.key.clone(),
            Adjust::Hold {
                wait: retry_after.unwrap_or(hold),
            },
        ));
    }
    changes
}

#[async_trait]
impl OtpProvider for Guard {
    fn capabilities(&self) -> &[Capabilities] {
        self.inner.capabilities()
    }

    async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
        self.guarded_send(request, None).await
    }

    async fn send_checked(
        &self,
        request: &SendRequest,
        checked: CheckedRequest,
    ) -> Result<Verification, Error> {
        self.guarded_send(request, Some(checked)).await
    }

    async fn verify(&self, request: &VerifyRequest) -> Result<Outcome, Error> {
        let p = &self.policy;
        let mut steps = Vec::with_capacity(3);
        if let Some(cap) = p.verify_attempts {
            let key = Key::new("check", request.id().to_string());
            steps.push(window(GuardRule::VerifyAttempts, key, cap));
        }
        if let (Some(cap), Some(caller)) = (p.caller_verify_attempts, request.get_caller()) {
            let key = Key::new("caller-check", caller);
            steps.push(window(GuardRule::CallerVerifyAttempts, key, cap));
        }
        // Only a destination from the id's seal says who the code was for; one a client wrote
        // is never credited.
        let sealed = request.sealed_destination().map(|d| {
            let key = Key {
                kind: "wait",
                value: destination_value(d),
            };
            (d, key)
        });
        if let Some((_, wait)) = &sealed {
            steps.push(Step {
                rule: GuardRule::ResendCooldown,
                key: wait.clone(),
                limit: Limit::Seen,
            });
        }
        let (store, seen) = self.admit(&steps).await?;
        let result = self.inner.verify(request).await;
        match &result {
            Ok(Outcome::Approved) => {
                if let (true, Some((destination, wait))) = (seen, sealed) {
                    let mut changes = vec![(wait, Adjust::Forget)];
                    if let (Some(c), Ok(phone)) = (&p.conversion, Phone::parse(destination)) {
                        let key = Key::number("prefix", phone.prefix(c.prefix_digits));
                        changes.push((key, Adjust::Credit));
                    }
                    self.adjust(store, &changes).await;
                }
            }
            Err(error) if !error.may_have_reached_vendor() => {
                let changes: Vec<_> = steps
                    .iter()
                    .filter(|s| matches!(s.limit, Limit::Window { .. }))
                    .map(|s| (s.key.clone(), Adjust::Uncount { weight: 1 }))
                    .collect();
                self.adjust(store, &changes).await;
            }
            _ => {}
        }
        result
    }

    async fn status(&self, id: &VerificationId) -> Result<DeliveryReport, Error> {
        self.inner.status(id).await
    }

    async fn balance(&self, vendor: &Vendor) -> Result<Balance, Error> {
        self.inner.balance(vendor).await
    }

    async fn health(&self, vendor: &Vendor) -> Result<Health, Error> {
        self.inner.health(vendor).await
    }
}
