//! [`lock`]: the sandbox's one way to take a mutex, in a module of its own so that every
//! module below [`Shared`](crate::shared::Shared) can use it too.

use std::sync::{Mutex, MutexGuard};

/// Locks a mutex, carrying on after a panic elsewhere (the data stays consistent: every
/// critical section is a few field updates).
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}
