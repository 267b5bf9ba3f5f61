//! [`MemoryStore`]: the guard's counts in this process.

use std::hash::BuildHasher;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use hashbrown::HashTable;

use super::store::{Adjust, Admission, GuardStore, Key, Limit, Step, StoreError, nth, scaled};

/// Shards: each has its own lock, so decisions about different keys rarely wait on each other.
/// 64, so that a decision's shards are the bits of one `u64`.
const SHARDS: usize = 64;
/// The keys a store holds by default.
const DEFAULT_MAX_KEYS: usize = 1_000_000;

/// The guard's counts in this process's memory: the default store.
///
/// - Bounded: it holds [`MemoryStore::with_max_keys`] keys (1,000,000 by default), and at
///   most a quarter more (each of its 64 shards has a quarter more than an even share, since
///   hashes never spread exactly evenly); a full shard first drops its expired keys, and if
///   none are, the decision fails closed ([`StoreError::Full`]) rather than forget a live
///   limit.
/// - Every key expires with its window. A key is about 90 bytes (`cargo xtask bench` measures
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
    /// Each shard's slots, by their key's hash (already a keyed hash: the table hashes nothing
    /// again).
    shards: Box<[Mutex<Table>]>,
    hasher: std::collections::hash_map::RandomState,
    max_per_shard: usize,
    max_keys: usize,
    started: Instant,
}

/// A shard's slots, each with its key's hash.
type Table = HashTable<(u64, Slot)>;

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
            shards: (0..SHARDS).map(|_| Mutex::new(HashTable::new())).collect(),
            hasher: std::collections::hash_map::RandomState::new(),
            // A quarter more than an even share: hashes never spread exactly evenly, and the
            // store must hold `max_keys` keys before any shard is full.
            max_per_shard: (max_keys.div_ceil(SHARDS) * 5 / 4).max(1),
            max_keys,
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

    /// The shards of `hashes`, locked in ascending order (so two decisions never wait on each
    /// other in a cycle).
    fn lock_all(&self, hashes: &[u64]) -> Locked<'_> {
        let mask = hashes.iter().fold(0u64, |m, &h| m | (1 << shard_of(h)));
        let mut locked = Locked {
            mask,
            guards: Vec::with_capacity(mask.count_ones() as usize),
        };
        let mut rest = mask;
        while rest != 0 {
            let shard = rest.trailing_zeros() as usize;
            locked.guards.push(lock(&self.shards[shard]));
            rest &= rest - 1;
        }
        locked
    }

    /// Makes room for a new key in a full shard, or says it is full.
    fn room(&self, table: &mut Table, now: u64) -> Result<(), StoreError> {
        if table.len() < self.max_per_shard {
            return Ok(());
        }
        table.retain(|(_, slot)| slot.expires > now);
        if table.len() < self.max_per_shard {
            Ok(())
        } else {
            Err(StoreError::Full(self.max_keys))
        }
    }
}

fn shard_of(hash: u64) -> usize {
    // The high bits: the table inside uses the low ones.
    (hash >> 58) as usize
}

/// A poisoned lock still holds valid counts (every update is a few integer stores).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

fn ms(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// A decision's shards, locked: the guards in ascending shard order, and which shards they are.
struct Locked<'a> {
    mask: u64,
    guards: Vec<MutexGuard<'a, Table>>,
}

impl Locked<'_> {
    /// The table holding `hash`, whose shard is locked.
    fn table(&mut self, hash: u64) -> &mut Table {
        let shard = shard_of(hash);
        // Its rank among the locked shards: the locked shards below it.
        let below = (self.mask & ((1u64 << shard) - 1)).count_ones() as usize;
        &mut self.guards[below]
    }

    /// The live slot of `hash`, if any (an expired one is dropped).
    fn live(&mut self, hash: u64, now: u64) -> Option<Slot> {
        let table = self.table(hash);
        match table.find_entry(hash, |(h, _)| *h == hash) {
            Ok(entry) if entry.get().1.expires > now => Some(entry.get().1),
            Ok(entry) => {
                entry.remove();
                None
            }
            Err(_) => None,
        }
    }

    fn put(&mut self, hash: u64, slot: Slot) {
        let table = self.table(hash);
        match table.find_mut(hash, |(h, _)| *h == hash) {
            Some(entry) => entry.1 = slot,
            None => {
                table.insert_unique(hash, (hash, slot), |(h, _)| *h);
            }
        }
    }

    fn remove(&mut self, hash: u64) {
        if let Ok(entry) = self.table(hash).find_entry(hash, |(h, _)| *h == hash) {
            entry.remove();
        }
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
        let slots: Vec<Option<Slot>> = hashes.iter().map(|&h| locked.live(h, now)).collect();
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
                        locked.put(hashes[i], tripped);
                        Some(block)
                    } else {
                        None
                    }
                }
                _ => None,
            };
            if let Some(wait) = refusal {
                let hash = hashes[i];
                if let Some(mut slot) = locked.live(hash, now) {
                    slot.refused = slot.refused.saturating_add(1);
                    locked.put(hash, slot);
                }
                return Ok(Admission::Refused {
                    step: i,
                    retry_after: Duration::from_millis(wait),
                });
            }
        }

        // Every step admits: count each.
        for ((step, slot), &hash) in steps.iter().zip(&slots).zip(&hashes) {
            if slot.is_none() && !matches!(step.limit, Limit::Seen) {
                self.room(locked.table(hash), now)?;
            }
            let next = match &step.limit {
                Limit::Window { window, weight, .. } => {
                    let mut next = slot.unwrap_or(Slot {
                        expires: now + ms(*window),
                        ..Slot::default()
                    });
                    next.a = next.a.saturating_add(*weight);
                    next
                }
                Limit::Cooldown {
                    waits,
                    jitter,
                    forget,
                } => {
                    let mut next = slot.unwrap_or_default();
                    next.level += 1;
                    next.until = now + ms(scaled(nth(waits, next.level), *jitter));
                    next.expires = now + ms(*forget);
                    next
                }
                Limit::Seen => continue,
                Limit::Conversion { window, .. } => {
                    let mut next = slot.unwrap_or(Slot {
                        expires: now + ms(*window),
                        ..Slot::default()
                    });
                    if !seen {
                        next.a = next.a.saturating_add(1);
                    }
                    next
                }
            };
            locked.put(hash, next);
        }
        Ok(Admission::Admitted { seen })
    }

    /// [`GuardStore::adjust`], synchronously.
    pub fn adjust_now(&self, changes: &[(Key, Adjust)]) {
        let now = self.now();
        let hashes: Vec<u64> = changes.iter().map(|(k, _)| self.hash(k)).collect();
        let mut locked = self.lock_all(&hashes);
        for ((_, change), &hash) in changes.iter().zip(&hashes) {
            let slot = locked.live(hash, now);
            match (change, slot) {
                (Adjust::Uncount { weight }, Some(mut slot)) => {
                    slot.a = slot.a.saturating_sub(*weight);
                    locked.put(hash, slot);
                }
                (Adjust::Unwait, Some(mut slot)) => {
                    if slot.level <= 1 {
                        locked.remove(hash);
                    } else {
                        slot.level -= 1;
                        slot.until = 0;
                        locked.put(hash, slot);
                    }
                }
                (Adjust::Hold { wait }, slot) => {
                    let mut slot = slot.unwrap_or_default();
                    slot.level = slot.level.max(1);
                    slot.until = slot.until.max(now + ms(*wait));
                    slot.expires = slot.expires.max(slot.until);
                    locked.put(hash, slot);
                }
                (Adjust::Unsend, Some(mut slot)) => {
                    slot.a = slot.a.saturating_sub(1);
                    locked.put(hash, slot);
                }
                (Adjust::Credit, Some(mut slot)) => {
                    slot.b = slot.b.saturating_add(1).min(slot.a);
                    locked.put(hash, slot);
                }
                (Adjust::Forget, _) => locked.remove(hash),
                // Nothing to take back from, or to credit: the key's window passed.
                (_, None) => {}
            }
        }
    }
}
