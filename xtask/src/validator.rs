//! The independent check: every spec must pass PyPI's `openapi-spec-validator`, run from a
//! virtualenv under `target/` that is created (and the pinned version installed) when missing.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// The validator and version every run uses; changing it reinstalls the virtualenv.
pub const REQUIREMENT: &str = "openapi-spec-validator==0.7.2";
const VALIDATOR: &str = "openapi-spec-validator";

/// Makes sure the virtualenv exists with [`REQUIREMENT`] installed; returns the validator's path.
pub fn ensure(root: &Path) -> Result<PathBuf> {
    let bin = crate::venv::ensure(
        root,
        "spec-validator-venv",
        &[REQUIREMENT],
        REQUIREMENT,
        VALIDATOR,
    )?;
    Ok(bin.join(VALIDATOR))
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
