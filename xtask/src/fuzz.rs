//! The spec-conformance fuzz step: PyPI `schemathesis` (pinned with every dependency in
//! `xtask/fuzz/requirements.txt`, installed into `target/schemathesis-venv`) runs each spec
//! against a freshly started sandbox, derandomized and bounded, authenticated as a real client
//! (`xtask/fuzz/hooks.py`), with the vendor-documented exceptions of
//! `xtask/fuzz/schemathesis.toml`. `xtask/fuzz/run.py` drives it and fails on any 5xx, answer
//! outside the spec, crash or operation that never succeeded.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

const REQUIREMENTS: &str = "xtask/fuzz/requirements.txt";

/// Builds the sandbox binary and fuzzes every spec (or `only` these vendors) against it.
pub fn run(root: &Path, only: &[String]) -> Result<()> {
    let pins = std::fs::read_to_string(root.join(REQUIREMENTS))
        .with_context(|| format!("reading {REQUIREMENTS}"))?;
    let bin = crate::venv::ensure(
        root,
        "schemathesis-venv",
        &["-r", REQUIREMENTS],
        &pins,
        "schemathesis",
    )?;
    crate::run(
        crate::cargo()
            .args([
                "build",
                "--locked",
                "-p",
                "otpkit-sandbox",
                "--bin",
                "otpkit-sandbox",
            ])
            .current_dir(root),
    )
    .context("building the sandbox failed")?;
    let mut command = Command::new(bin.join("python"));
    command
        .arg(root.join("xtask/fuzz/run.py"))
        .arg("--sandbox")
        .arg(root.join("target/debug/otpkit-sandbox"))
        .arg("--specs")
        .arg(root.join("specs"))
        .arg("--out")
        .arg(root.join("target/fuzz"))
        .current_dir(root);
    for vendor in only {
        command.args(["--only", vendor]);
    }
    let status = command.status().context("cannot run xtask/fuzz/run.py")?;
    if !status.success() {
        bail!("the spec-conformance fuzz found problems (details above; reports in target/fuzz)");
    }
    Ok(())
}
