//! The second, independent spec linter: Redocly CLI (npm `@redocly/cli`), pinned by the
//! committed `xtask/openapi-linter/package-lock.json` and installed with `npm ci` into
//! `target/openapi-linter` when missing or when the lock file changed. Its rules, and the
//! ones deliberately switched off, are in `xtask/openapi-linter/redocly.yaml`.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

const PINNED: &str = "xtask/openapi-linter";
const INSTALLED: &str = "target/openapi-linter";

/// Makes sure the pinned linter is installed; returns its path.
pub fn ensure(root: &Path) -> Result<PathBuf> {
    let (pinned, installed) = (root.join(PINNED), root.join(INSTALLED));
    let redocly = installed.join("node_modules/.bin/redocly");
    let lock = std::fs::read(pinned.join("package-lock.json"))
        .with_context(|| format!("reading {PINNED}/package-lock.json"))?;
    if redocly.exists() && std::fs::read(installed.join("package-lock.json")).ok() == Some(lock) {
        return Ok(redocly);
    }
    eprintln!("installing the pinned Redocly CLI into {INSTALLED}");
    std::fs::create_dir_all(&installed)?;
    for file in ["package.json", "package-lock.json"] {
        std::fs::copy(pinned.join(file), installed.join(file))
            .with_context(|| format!("copying {PINNED}/{file}"))?;
    }
    crate::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"])
            .args(["--loglevel=error", "--prefix"])
            .arg(&installed),
    )
    .context("npm ci failed: install Node.js 20.19+ and npm")?;
    Ok(redocly)
}

/// Lints every spec; the error carries the linter's findings, or names a spec that the
/// configuration leaves out (Redocly lints only the `apis` it lists).
pub fn lint(root: &Path) -> Result<()> {
    let config_path = root.join(PINNED).join("redocly.yaml");
    let config = std::fs::read_to_string(&config_path)
        .with_context(|| format!("reading {PINNED}/redocly.yaml"))?;
    for vendor in crate::vendors()? {
        let root_line = format!("root: ../../specs/{vendor}.yaml");
        if !config.lines().any(|line| line.trim() == root_line) {
            bail!("{PINNED}/redocly.yaml has no `apis` entry for {vendor} (`{root_line}`)");
        }
    }
    let redocly = ensure(root)?;
    let output = Command::new(&redocly)
        .args(["lint", "--format=stylish", "--config"])
        .arg(root.join(PINNED).join("redocly.yaml"))
        .env("REDOCLY_TELEMETRY", "off")
        .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true")
        .current_dir(root)
        .output()
        .with_context(|| format!("cannot run {}", redocly.display()))?;
    if !output.status.success() {
        bail!(
            "Redocly found problems in the specs:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(())
}
