//! otpkit-workspace-hack: no code. Its manifest, kept by `cargo hakari` (`.config/hakari.toml`),
//! asks for every dependency with the union of the features any build in this workspace asks
//! for, so that `cargo xtask ci`'s steps, each selecting other packages and features, build
//! each dependency once (`xtask/src/unified.rs` checks that it is current). Published crates
//! will not depend on it (see the publishing notes in CONTRIBUTING.md).
