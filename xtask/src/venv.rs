//! Python tools the CI runs (the spec validator, the fuzzer), each in its own virtualenv under
//! `target/`, created on first use and re-created when what it pins changes.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};

use crate::run;

/// Makes sure `target/<name>` is a virtualenv with `pins` installed (pip arguments, e.g. a
/// requirement or `-r <file>`); `fingerprint` is what the install is recorded as, so a change to
/// it reinstalls. Returns the virtualenv's `bin` directory.
pub fn ensure(
    root: &Path,
    name: &str,
    pins: &[&str],
    fingerprint: &str,
    tool: &str,
) -> Result<PathBuf> {
    let venv = root.join("target").join(name);
    let bin = venv.join("bin");
    let marker = venv.join("otpkit-requirements.txt");
    if bin.join(tool).exists()
        && std::fs::read_to_string(&marker).ok().as_deref() == Some(fingerprint)
    {
        return Ok(bin);
    }
    eprintln!("setting up {} with {}", venv.display(), pins.join(" "));
    run(Command::new("python3").args(["-m", "venv", "--clear"]).arg(&venv))
        .context("python3 -m venv failed: install python3 and its venv module (Debian: apt-get install python3-venv)")?;
    run(Command::new(bin.join("pip"))
        .args(["install", "--quiet", "--disable-pip-version-check"])
        .args(pins)
        .current_dir(root))
    .with_context(|| format!("pip could not install {}", pins.join(" ")))?;
    std::fs::write(&marker, fingerprint)?;
    Ok(bin)
}
