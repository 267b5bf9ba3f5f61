//! otpkit's integration tests, over the sandbox on loopback: one test binary, each file a
//! module, so that the dependency tree is linked once and not once per file. Each module
//! declares the vendor features it drives, so that
//! `cargo test -p otpkit --no-default-features --features <vendor>` runs what that vendor
//! allows. Tests that need the process to themselves (environment variables, peak memory)
//! run in a child process of their own ([`common::in_own_process`]).

#[cfg(feature = "full")]
mod balances;
mod common;
#[cfg(feature = "full")]
mod fields;

#[cfg(feature = "termii")]
mod bounded_reads;
#[cfg(feature = "full")]
mod breaker;
#[cfg(feature = "full")]
mod conformance;
#[cfg(feature = "full")]
mod delivery_reports;
#[cfg(feature = "shoutout")]
mod error_sources;
#[cfg(feature = "full")]
mod failover_policy;
#[cfg(feature = "full")]
mod fault_matrix;
#[cfg(feature = "full")]
mod from_env;
#[cfg(feature = "full")]
mod guard;
#[cfg(all(feature = "full", feature = "redis"))]
mod guard_redis;
mod guard_store;
#[cfg(feature = "full")]
mod hostile_responses;
#[cfg(feature = "full")]
mod invalid_input;
#[cfg(feature = "full")]
mod load;
#[cfg(feature = "full")]
mod low_balance;
#[cfg(feature = "full")]
mod observability;
#[cfg(feature = "full")]
mod outcomes;
#[cfg(feature = "full")]
mod personal_data;
#[cfg(feature = "redis")]
mod redis_server;
#[cfg(feature = "full")]
mod router;
#[cfg(feature = "full")]
mod sealed_ids;
#[cfg(feature = "full")]
mod status;
#[cfg(all(feature = "pipwave", feature = "termii"))]
mod tampered_ids;
#[cfg(feature = "full")]
mod transport_safety;
#[cfg(feature = "termii")]
mod webhook;
#[cfg(feature = "octopush")]
mod webhook_octopush;
