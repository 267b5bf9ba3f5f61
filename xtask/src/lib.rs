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

/// Runs `command` to completion; an error names the program when it cannot start or fails.
/// Every tool the tasks run (cargo, python, pip, npm) goes through this.
pub(crate) fn run(command: &mut std::process::Command) -> anyhow::Result<()> {
    use anyhow::Context;
    let program = command.get_program().to_string_lossy().into_owned();
    let status = command
        .status()
        .with_context(|| format!("cannot run {program}"))?;
    anyhow::ensure!(status.success(), "{program} exited with {status}");
    Ok(())
}

/// The cargo that runs the task (`CARGO`), for nested builds.
pub(crate) fn cargo() -> std::process::Command {
    std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

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
