//! The independent check: every spec must pass PyPI's `openapi-spec-validator`, run from a
//! virtualenv under `target/` that is created (and the pinned version installed) when missing.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// The validator and version every run uses; changing it reinstalls the virtualenv.
pub const REQUIREMENT: &str = "openapi-spec-validator==0.7.2";

fn venv_dir(root: &Path) -> PathBuf {
    root.join("target").join("spec-validator-venv")
}

fn venv_bin(venv: &Path, name: &str) -> PathBuf {
    venv.join("bin").join(name)
}

/// Makes sure the virtualenv exists with [`REQUIREMENT`] installed; returns the validator's path.
pub fn ensure(root: &Path) -> Result<PathBuf> {
    let venv = venv_dir(root);
    let marker = venv.join("otpkit-requirement.txt");
    let validator = venv_bin(&venv, "openapi-spec-validator");
    if validator.exists() && std::fs::read_to_string(&marker).ok().as_deref() == Some(REQUIREMENT) {
        return Ok(validator);
    }
    eprintln!("setting up {} with {REQUIREMENT}", venv.display());
    run(Command::new("python3").args(["-m", "venv", "--clear"]).arg(&venv))
        .context("python3 -m venv failed: install python3 and its venv module (Debian: apt-get install python3-venv)")?;
    run(Command::new(venv_bin(&venv, "pip")).args([
        "install",
        "--quiet",
        "--disable-pip-version-check",
        REQUIREMENT,
    ]))
    .with_context(|| format!("pip could not install {REQUIREMENT}"))?;
    std::fs::write(&marker, REQUIREMENT)?;
    Ok(validator)
}

fn run(command: &mut Command) -> Result<()> {
    let status = command
        .status()
        .with_context(|| format!("cannot run {:?}", command.get_program()))?;
    if !status.success() {
        bail!("{:?} exited with {status}", command.get_program());
    }
    Ok(())
}

/// Validates each spec file (paths relative to `root`); the error names every spec that fails,
/// with the validator's own message.
pub fn validate(root: &Path, specs: &[PathBuf]) -> Result<()> {
    let validator = ensure(root)?;
    let mut failures = Vec::new();
    for spec in specs {
        let output = Command::new(&validator)
            .args(["--schema", "3.0.0"])
            .arg(spec)
            .current_dir(root)
            .output()
            .with_context(|| format!("cannot run {}", validator.display()))?;
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        if !output.status.success() {
            failures.push(format!("{}: {}", spec.display(), text.trim()));
        }
    }
    if !failures.is_empty() {
        bail!("openapi-spec-validator rejected:\n{}", failures.join("\n"));
    }
    Ok(())
}
