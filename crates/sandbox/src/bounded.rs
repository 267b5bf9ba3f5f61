//! A map that keeps only its newest entries. The sandbox's sessions and per-number records
//! live in these, so that a long-running sandbox under load (codes sent and never verified)
//! stays within bounded memory and never pauses to grow a huge table.

use std::borrow::Borrow;
use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// At most `capacity` entries; inserting past it forgets the oldest insertion.
pub(crate) struct Bounded<K, V> {
    /// Each value with the generation of the insertion that put it there.
    map: HashMap<K, (u64, V)>,
    /// Insertions, oldest first. An entry whose generation no longer matches the map's (the
    /// key was removed, or inserted again since) is stale and skipped.
    order: VecDeque<(K, u64)>,
    generation: u64,
    capacity: usize,
}

impl<K: Hash + Eq + Clone, V> Bounded<K, V> {
    pub(crate) fn new(capacity: usize) -> Self {
        Self {
            map: HashMap::new(),
            order: VecDeque::new(),
            generation: 0,
            capacity: capacity.max(1),
        }
    }

    /// Inserts `key`; the keys forgotten to make room (the oldest, past the capacity).
    pub(crate) fn insert(&mut self, key: K, value: V) -> Vec<K> {
        let mut forgotten = Vec::new();
        self.generation += 1;
        self.order.push_back((key.clone(), self.generation));
        self.map.insert(key, (self.generation, value));
        while self.map.len() > self.capacity {
            let Some((oldest, generation)) = self.order.pop_front() else {
                break;
            };
            if self.map.get(&oldest).is_some_and(|(g, _)| *g == generation) {
                self.map.remove(&oldest);
                forgotten.push(oldest);
            }
        }
        // Removals and re-insertions leave stale entries behind: drop them before they
        // outnumber the live ones.
        if self.order.len() > 2 * self.map.len() + 16 {
            let map = &self.map;
            self.order
                .retain(|(key, generation)| map.get(key).is_some_and(|(g, _)| g == generation));
        }
        forgotten
    }

    pub(crate) fn get<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.map.get(key).map(|(_, value)| value)
    }

    pub(crate) fn get_mut<Q: Hash + Eq + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.map.get_mut(key).map(|(_, value)| value)
    }

    /// Every entry, in no particular order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.map.iter().map(|(key, (_, value))| (key, value))
    }

    pub(crate) fn remove<Q: Hash + Eq + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.map.remove(key).map(|(_, value)| value)
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.map.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forgets_the_oldest_insertions_past_capacity() {
        let mut map = Bounded::new(3);
        for i in 0..10 {
            map.insert(i, i * 10);
        }
        assert_eq!(map.len(), 3);
        assert_eq!(map.get(&6), None);
        assert_eq!((map.get(&7), map.get(&9)), (Some(&70), Some(&90)));
    }

    #[test]
    fn a_key_inserted_again_counts_from_its_new_insertion() {
        let mut map = Bounded::new(2);
        map.insert("a", 1);
        map.insert("b", 2);
        map.insert("a", 3); // now the newest
        map.insert("c", 4); // evicts "b", the oldest live insertion
        assert_eq!(
            (map.get(&"a"), map.get(&"b"), map.get(&"c")),
            (Some(&3), None, Some(&4))
        );
    }

    #[test]
    fn removed_keys_do_not_evict_later_ones_and_bookkeeping_stays_bounded() {
        let mut map = Bounded::new(2);
        for i in 0..100_000 {
            map.insert(i % 5, i);
            map.remove(&(i % 5));
        }
        map.insert(1, 1);
        map.insert(2, 2);
        assert_eq!((map.get(&1), map.get(&2)), (Some(&1), Some(&2)));
        assert!(map.order.len() <= 2 * map.len() + 17, "{}", map.order.len());
        if let Some(value) = map.get_mut(&1) {
            *value = 11;
        }
        assert_eq!(map.remove(&1), Some(11));
    }
}
