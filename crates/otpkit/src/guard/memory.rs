//! [`MemoryStore`]: the guard's counts in this process.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use async_trait::async_trait;

use super::store::{Adjust, Admission, GuardStore, Key, Limit, Step, StoreError, nth};

/// Shards: each has its own lock, so decisions about different keys rarely wait on each other.
const SHARDS: usize = 64;
/// The keys a store holds by default.
const DEFAULT_MAX_KEYS: usize = 1_000_000;

/// The guard's counts in this process's memory: the default store.
///
/// - Bounded: at most [`MemoryStore::with_max_keys`] keys (1,000,000 by default); a full
///   shard first drops its expired keys, and if none are, the decision fails closed
///   ([`StoreError::Full`]) rather than forget a live limit.
/// - Every key expires with its window. A key is about 70 bytes (`cargo xtask bench` measures
///   it: an 8-byte keyed hash, 32 bytes of counts, the hash table's overhead).
/// - Keys are a process-local keyed hash (std's SipHash with a random key): neither the
///   numbers nor a hash someone outside could predict.
/// - One lock per shard; a decision takes its shards' locks in one order, so it is atomic.
///
/// Its limits hold in this process only: behind several replicas each counts alone (a limit
/// is as many times looser as there are replicas), and an approval verified on another
/// replica is never credited here, so the conversion breaker would block healthy prefixes.
/// Use the `RedisStore` (feature `redis`) there.
#[derive(Debug)]
pub struct MemoryStore {
    shards: Box<[Mutex<HashMap<u64, Slot>>]>,
    hasher: std::collections::hash_map::RandomState,
    max_per_shard: usize,
    started: Instant,
}

/// A key's counts. What each field means depends on the limit (see `admit`).
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    /// When the key goes, in the store's milliseconds.
    expires: u64,
    /// When a wait or a block ends.
    until: u64,
    /// Admissions (a window's count, a breaker's sends).
    a: u32,
    /// A breaker's approvals.
    b: u32,
    /// Refusals, kept apart from admissions.
    refused: u32,
    /// A cooldown's or a breaker's level.
    level: u32,
}

impl Default for MemoryStore {
    fn default() -> Self {
        Self::with_max_keys(DEFAULT_MAX_KEYS)
    }
}

impl MemoryStore {
    /// A store of up to 1,000,000 keys.
    pub fn new() -> Self {
        Self::default()
    }

    /// A store of up to `max_keys` keys.
    pub fn with_max_keys(max_keys: usize) -> Self {
        Self {
            shards: (0..SHARDS).map(|_| Mutex::new(HashMap::new())).collect(),
            hasher: std::collections::hash_map::RandomState::new(),
            max_per_shard: max_keys.div_ceil(SHARDS).max(1),
            started: Instant::now(),
        }
    }

    /// Keys held now, expired ones not yet dropped included.
    pub fn len(&self) -> usize {
        self.shards.iter().map(|s| lock(s).len()).sum()
    }

    /// Whether the store holds no key.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Milliseconds since the store started, never 0 (0 means "never").
    fn now(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX) + 1
    }

    fn hash(&self, key: &Key) -> u64 {
        self.hasher.hash_one(key)
    }

    /// The decision's keys' shards, locked in ascending order (so two decisions never wait
    /// on each other in a cycle).
    fn lock_all(&self, hashes: &[u64]) -> Vec<(usize, MutexGuard<'_, HashMap<u64, Slot>>)> {
        let mut shards: Vec<usize> = hashes.iter().map(|h| shard_of(*h)).collect();
        shards.sort_unstable();
        shards.dedup();
        shards
            .into_iter()
            .map(|i| (i, lock(&self.shards[i])))
            .collect()
    }

    /// Makes room for a new key in a full shard, or says it is full.
    fn room(&self, map: &mut HashMap<u64, Slot>, now: u64) -> Result<(), StoreError> {
        if map.len() < self.max_per_shard {
            return Ok(());
        }
        map.retain(|_, slot| slot.expires > now);
        if map.len() < self.max_per_shard {
            Ok(())
        } else {
            Err(StoreError::Full(self.max_per_shard * SHARDS))
        }
    }
}

fn shard_of(hash: u64) -> usize {
    // The high bits: the map inside uses the low ones.
    (hash >> 58) as usize % SHARDS
}

/// A poisoned lock still holds valid counts (every update is a few integer stores).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

fn ms(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

type Locked<'a> = Vec<(usize, MutexGuard<'a, HashMap<u64, Slot>>)>;

fn map_of<'m, 'a>(locked: &'m mut Locked<'a>, hash: u64) -> &'m mut HashMap<u64, Slot> {
    let shard = shard_of(hash);
    let i = locked
        .iter()
        .position(|(s, _)| *s == shard)
        .unwrap_or_default();
    &mut locked[i].1
}

/// The live slot of `hash`, if any (an expired one is gone).
fn live(map: &mut HashMap<u64, Slot>, hash: u64, now: u64) -> Option<Slot> {
    match map.get(&hash) {
        Some(slot) if slot.expires > now => Some(*slot),
        Some(_) => {
            map.remove(&hash);
            None
        }
        None => None,
    }
}

#[async_trait]
impl GuardStore for MemoryStore {
    async fn admit(&self, steps: &[Step]) -> Result<Admission, StoreError> {
        self.admit_now(steps)
    }

    async fn adjust(&self, changes: &[(Key, Adjust)]) -> Result<(), StoreError> {
        self.adjust_now(changes);
        Ok(())
    }
}

impl MemoryStore {
    /// [`GuardStore::admit`], synchronously (what the benchmark measures).
    pub fn admit_now(&self, steps: &[Step]) -> Result<Admission, StoreError> {
        let now = self.now();
        let hashes: Vec<u64> = steps.iter().map(|s| self.hash(&s.key)).collect();
        let mut locked = self.lock_all(&hashes);
        let slots: Vec<Option<Slot>> = hashes
            .iter()
            .map(|&h| live(map_of(&mut locked, h), h, now))
            .collect();
        let seen = steps.iter().zip(&slots).any(|(s, slot)| {
            matches!(s.limit, Limit::Cooldown { .. } | Limit::Seen) && slot.is_some()
        });

        // Check every step; the first refusal answers, counting only its refusal.
        for (i, (step, slot)) in steps.iter().zip(&slots).enumerate() {
            let refusal = match (&step.limit, slot) {
                (Limit::Window { max, weight, .. }, slot) => {
                    let count = slot.map_or(0, |s| s.a);
                    (u64::from(count) + u64::from(*weight) > u64::from(*max))
                        .then(|| slot.map_or(0, |s| s.expires.saturating_sub(now)))
                }
                (Limit::Cooldown { .. }, Some(slot)) if slot.until > now => Some(slot.until - now),
                (
                    Limit::Conversion {
                        min_sends,
                        min_permille,
                        window,
                        blocks,
                    },
                    Some(slot),
                ) => {
                    if slot.until > now {
                        Some(slot.until - now)
                    } else if slot.a >= *min_sends
                        && u64::from(slot.b) * 1000 < u64::from(*min_permille) * u64::from(slot.a)
                    {
                        // Trips: a block that grows with each trip in a row, and a new window.
                        let level = slot.level + 1;
                        let block = ms(nth(blocks, level));
                        let tripped = Slot {
                            expires: now + block + ms(*window),
                            until: now + block,
                            a: 0,
                            b: 0,
                            refused: slot.refused,
                            level,
                        };
                        map_of(&mut locked, hashes[i]).insert(hashes[i], tripped);
                        Some(block)
                    } else {
                        None
                    }
                }
                _ => None,
            };
            if let Some(wait) = refusal {
                if let Some(slot) = map_of(&mut locked, hashes[i]).get_mut(&hashes[i]) {
                    slot.refused = slot.refused.saturating_add(1);
                }
                return Ok(Admission::Refused {
                    step: i,
                    retry_after: Duration::from_millis(wait),
                });
            }
        }

        // Every step admits: count each.
        for ((step, slot), &hash) in steps.iter().zip(&slots).zip(&hashes) {
            let map = map_of(&mut locked, hash);
            if slot.is_none() && !matches!(step.limit, Limit::Seen) {
                self.room(map, now)?;
            }
            match &step.limit {
                Limit::Window { window, weight, .. } => {
                    let mut next = slot.unwrap_or(Slot {
                        expires: now + ms(*window),
                        ..Slot::default()
                    });
                    next.a = next.a.saturating_add(*weight);
                    map.insert(hash, next);
                }
                Limit::Cooldown { waits, forget } => {
                    let mut next = slot.unwrap_or_default();
                    next.level += 1;
                    next.until = now + ms(nth(waits, next.level));
                    next.expires = now + ms(*forget);
                    map.insert(hash, next);
                }
                Limit::Seen => {}
                Limit::Conversion { window, .. } => {
                    let mut next = slot.unwrap_or(Slot {
                        expires: now + ms(*window),
                        ..Slot::default()
                    });
                    if !seen {
                        next.a = next.a.saturating_add(1);
                    }
                    map.insert(hash, next);
                }
            }
        }
        Ok(Admission::Admitted { seen })
    }

    /// [`GuardStore::adjust`], synchronously.
    pub fn adjust_now(&self, changes: &[(Key, Adjust)]) {
        let now = self.now();
        let hashes: Vec<u64> = changes.iter().map(|(k, _)| self.hash(k)).collect();
        let mut locked = self.lock_all(&hashes);
        for ((_, change), &hash) in changes.iter().zip(&hashes) {
            let map = map_of(&mut locked, hash);
            let slot = live(map, hash, now);
            match (change, slot) {
                (Adjust::Uncount { weight }, Some(mut slot)) => {
                    slot.a = slot.a.saturating_sub(*weight);
                    map.insert(hash, slot);
                }
                (Adjust::Unwait, Some(mut slot)) => {
                    if slot.level <= 1 {
                        map.remove(&hash);
                    } else {
                        slot.level -= 1;
                        slot.until = 0;
                        map.insert(hash, slot);
                    }
                }
                (Adjust::Hold { wait }, slot) => {
                    let mut slot = slot.unwrap_or_default();
                    slot.level = slot.level.max(1);
                    slot.until = slot.until.max(now + ms(*wait));
                    slot.expires = slot.expires.max(slot.until);
                    map.insert(hash, slot);
                }
                (Adjust::Unsend, Some(mut slot)) => {
                    slot.a = slot.a.saturating_sub(1);
                    map.insert(hash, slot);
                }
                (Adjust::Credit, Some(mut slot)) => {
                    slot.b = slot.b.saturating_add(1).min(slot.a);
                    map.insert(hash, slot);
                }
                (Adjust::Forget, _) => {
                    map.remove(&hash);
                }
                // Nothing to take back from, or to credit: the key's window passed.
                (_, None) => {}
            }
        }
    }
}
