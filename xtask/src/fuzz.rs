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

/// The sandbox binary `cargo test --workspace` builds (the sandbox's own tests run it).
const SANDBOX: &str = "target/debug/otpkit-sandbox";

/// Builds the sandbox binary and fuzzes every spec (or `only` these vendors) against it.
pub fn run(root: &Path, only: &[String]) -> Result<()> {
    run_against(root, only, true)
}

/// Fuzzes against the sandbox binary the workspace's tests just built, building nothing: a
/// `cargo build -p otpkit-sandbox` resolves features over that package alone and so rebuilds
/// tokio, hyper and the rest (a minute on two cores). For `cargo xtask ci`, right after
/// `cargo test --workspace`.
pub fn run_prebuilt(root: &Path) -> Result<()> {
    anyhow::ensure!(
        root.join(SANDBOX).is_file(),
        "{SANDBOX} is missing: `cargo test --workspace` builds it"
    );
    run_against(root, &[], false)
}

fn run_against(root: &Path, only: &[String], build: bool) -> Result<()> {
    let pins = std::fs::read_to_string(root.join(REQUIREMENTS))
        .with_context(|| format!("reading {REQUIREMENTS}"))?;
    let bin = crate::venv::ensure(
        root,
        "schemathesis-venv",
        &["-r", REQUIREMENTS],
        &pins,
        "schemathesis",
    )?;
    if build {
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
    }
    let mut command = Command::new(bin.join("python"));
    command
        .arg(root.join("xtask/fuzz/run.py"))
        .arg("--sandbox")
        .arg(root.join(SANDBOX))
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
