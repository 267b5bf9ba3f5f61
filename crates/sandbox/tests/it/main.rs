//! The sandbox's integration tests, and the tests of the generated clients that need them
//! (every spec example round-trips through its generated type, what a client sends on the
//! wire): one test binary, each file a module, so that the dependency tree is linked once and
//! not once per file.

mod common;
mod generated_clients;
mod hardening;
mod inbox_api;
mod round_trip;
mod round_trip_types;
mod sandbox_api;
mod vendors;
mod wire_headers;
