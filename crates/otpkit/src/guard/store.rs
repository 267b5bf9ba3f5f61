//! What a guard store does: one atomic decision over a handful of keyed limits, and the
//! adjustments a result makes afterwards. The [`MemoryStore`](super::MemoryStore) and, with
//! the `redis` feature, the [`RedisStore`](super::RedisStore) implement it; the same contract
//! tests (`guard/contract.rs`) run against both.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;

use super::rule::GuardRule;
use crate::error::BoxError;

/// What a limit counts: a kind (`dest`, `caller`, `prefix`, ...) and the value it is about (a
/// number's digits, a caller key, a country code). A store keeps only a keyed hash of it, never
/// the value itself.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    /// The kind of thing counted, also the namespace of the key.
    pub kind: &'static str,
    /// What is counted. Never printed by otpkit (it may be a phone number).
    pub value: KeyValue,
}

/// A [`Key`]'s value: a number (a phone number's digits, a prefix, a country code: no text
/// to allocate on the hot path), or text (a caller key, a verification id).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyValue {
    /// Digits, as a number.
    Number(u64),
    /// Anything else.
    Text(String),
}

impl std::fmt::Display for KeyValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeyValue::Number(n) => write!(f, "{n}"),
            KeyValue::Text(text) => f.write_str(text),
        }
    }
}

impl Key {
    /// The key of text `value` in namespace `kind`.
    pub fn new(kind: &'static str, value: impl Into<String>) -> Self {
        Self {
            kind,
            value: KeyValue::Text(value.into()),
        }
    }

    /// The key of number `value` in namespace `kind`.
    pub fn number(kind: &'static str, value: u64) -> Self {
        Self {
            kind,
            value: KeyValue::Number(value),
        }
    }
}

/// One limit a decision checks, and how it counts when the decision admits.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Limit {
    /// At most `max` in each fixed window of `window`, counting `weight` per admission.
    Window {
        /// The most a window holds.
        max: u32,
        /// The window's length; it starts at the first admission.
        window: Duration,
        /// What one admission counts (1, or its price).
        weight: u32,
    },
    /// A wait after each admission: `waits[n - 1]` after the n-th (the last repeats), times
    /// `jitter` per thousand. The key is forgotten `forget` after the last admission.
    Cooldown {
        /// The waits, shortest first.
        waits: Arc<[Duration]>,
        /// What the wait is multiplied by, per thousand (1000: as it is), so that clients
        /// retrying together spread out.
        jitter: u32,
        /// How long the key is kept after the last admission.
        forget: Duration,
    },
    /// Only reads whether the key exists (a [`Limit::Cooldown`]'s key: a send to the
    /// destination in its window); never refuses, never counts.
    Seen,
    /// A conversion breaker: once `min_sends` sends in a window of `window` have fewer than
    /// `min_permille` per thousand approvals, refuse for `blocks[n - 1]` on the n-th trip (the
    /// last repeats) and start a new window. A send counts only when no [`Limit::Cooldown`] or
    /// [`Limit::Seen`] key of the same decision existed (a resend to a destination is not a new
    /// verification).
    Conversion {
        /// Sends before the breaker judges.
        min_sends: u32,
        /// The least approvals per thousand sends.
        min_permille: u32,
        /// The window sends and approvals are counted in.
        window: Duration,
        /// How long each trip blocks, shortest first.
        blocks: Arc<[Duration]>,
    },
}

/// A limit on a key, for the rule that refuses when it does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The rule this step enforces.
    pub rule: GuardRule,
    /// What it counts.
    pub key: Key,
    /// How.
    pub limit: Limit,
}

/// What a store answers to a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Admission {
    /// Every step admitted and counted. `seen`: a [`Limit::Cooldown`] or [`Limit::Seen`] key
    /// existed before (this destination had a send in its window).
    Admitted {
        /// Whether the destination had a send in its window.
        seen: bool,
    },
    /// The step at `step` refused; nothing was counted but that step's refusals (kept apart,
    /// so refused traffic never uses up a limit).
    Refused {
        /// The index of the refusing step.
        step: usize,
        /// How long until it would admit.
        retry_after: Duration,
    },
}

/// A change a result makes to a key after the decision.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Adjust {
    /// A [`Limit::Window`]'s admission did not happen after all: count `weight` back.
    Uncount {
        /// What the admission counted.
        weight: u32,
    },
    /// A [`Limit::Cooldown`]'s admission did not happen after all: its wait is lifted and its
    /// count goes back (the key goes if it was the first).
    Unwait,
    /// A [`Limit::Cooldown`] key waits at least `wait` from now (a vendor refused the
    /// destination); kept at least as long.
    Hold {
        /// How long to wait.
        wait: Duration,
    },
    /// A [`Limit::Conversion`] send did not happen after all.
    Unsend,
    /// A [`Limit::Conversion`] key gains an approval (never more approvals than sends).
    Credit,
    /// The key goes (a [`Limit::Cooldown`] relaxed by an approval).
    Forget,
}

/// Why a store could not decide.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The store did not answer within its timeout.
    #[error("the guard store did not answer within {0:?}")]
    Timeout(Duration),
    /// The store could not be reached or refused the command.
    #[error("the guard store failed: {0}")]
    Failed(#[source] BoxError),
    /// An in-memory store holds as many keys as it may, none of them expired.
    #[error("the in-memory guard store is full ({0} keys)")]
    Full(usize),
}

/// Where a [`Guard`](super::Guard) keeps its counts. Object-safe; every method is one atomic
/// step (one round trip for a networked store).
#[async_trait]
pub trait GuardStore: Send + Sync + std::fmt::Debug {
    /// Checks every step in order; if all admit, counts each, else counts only the first
    /// refusing step's refusal and answers which it was.
    async fn admit(&self, steps: &[Step]) -> Result<Admission, StoreError>;

    /// Applies each adjustment to its key.
    async fn adjust(&self, changes: &[(Key, Adjust)]) -> Result<(), StoreError>;
}

/// `wait` times `permille` per thousand.
pub(crate) fn scaled(wait: Duration, permille: u32) -> Duration {
    wait * permille / 1000
}

/// The wait for the `n`-th admission (1-based), the last repeating.
pub(crate) fn nth(waits: &[Duration], n: u32) -> Duration {
    let i = usize::try_from(n.max(1) - 1).unwrap_or(usize::MAX);
    waits
        .get(i)
        .or_else(|| waits.last())
        .copied()
        .unwrap_or_default()
}
