//! otpkit's build tasks, as a library so that the `otpkit-tests` crate runs the very same code:
//! loading the hand-written specs in `specs/`, generating each vendor's client with progenitor,
//! checking generated files for staleness, linting the specs, running the independent validator
//! and the whole CI sequence. The `xtask` binary (`cargo xtask …`) is a thin CLI over it.

pub mod bench;
pub mod ci;
pub mod fuzz;
pub mod generate;
pub mod lint;
pub mod linter;
pub mod spec;
pub mod surface;
pub mod validator;
pub mod venv;

use std::path::{Path, PathBuf};

/// Every vendor otpkit has a spec and a generated crate for, in the order they are processed.
pub const VENDORS: &[&str] = &["termii", "pipwave", "shoutout", "octopush"];

/// The workspace root: the parent of this crate's directory.
pub fn workspace_root() -> PathBuf {
    let xtask = Path::new(env!("CARGO_MANIFEST_DIR"));
    xtask
        .parent()
        .map_or_else(|| xtask.join(".."), Path::to_path_buf)
}

/// Checks that `name` is a known vendor, with an error listing the known ones.
pub fn check_vendor(name: &str) -> anyhow::Result<&'static str> {
    VENDORS.iter().copied().find(|v| *v == name).ok_or_else(|| {
        anyhow::anyhow!(
            "unknown vendor `{name}`; known vendors: {}",
            VENDORS.join(", ")
        )
    })
}
