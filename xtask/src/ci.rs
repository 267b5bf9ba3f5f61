//! `cargo xtask ci`: everything a change must pass, in the order that fails fastest. `.ci/run`
//! and the README's test command both call this and nothing else.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::{fuzz, generate, lint, linter, spec, validator, vendors};

fn cargo(root: &Path, args: &[&str]) -> Result<()> {
    cargo_with(root, args, &[])
}

fn cargo_with(root: &Path, args: &[&str], env: &[(&str, &str)]) -> Result<()> {
    crate::run(
        crate::cargo()
            .args(args)
            .envs(env.iter().copied())
            .current_dir(root),
    )
    .with_context(|| format!("`cargo {}` failed", args.join(" ")))
}

/// Runs one named step, timing it.
fn step(name: &str, f: impl FnOnce() -> Result<()>) -> Result<()> {
    eprintln!("==> {name}");
    let start = Instant::now();
    f().with_context(|| format!("CI step `{name}` failed"))?;
    eprintln!("    {name}: ok in {:.1} s", start.elapsed().as_secs_f64());
    Ok(())
}

/// Lints every spec; an error lists every finding.
pub fn lint_all(root: &Path, vendors: &[&'static str]) -> Result<()> {
    let mut findings = Vec::new();
    for &vendor in vendors {
        findings.extend(lint::lint(&spec::load(root, vendor)?));
    }
    if !findings.is_empty() {
        let lines: Vec<String> = findings.iter().map(ToString::to_string).collect();
        bail!("{} spec problem(s):\n{}", lines.len(), lines.join("\n"));
    }
    Ok(())
}

pub fn run(root: &Path) -> Result<()> {
    let specs: Vec<_> = vendors()?.iter().map(|v| spec::spec_path(v)).collect();
    step("cargo fmt --check", || {
        cargo(root, &["fmt", "--all", "--check"])
    })?;
    step("generate --check", || {
        generate::run(root, vendors()?, generate::Mode::Check).map(drop)
    })?;
    step("lint-specs", || lint_all(root, vendors()?))?;
    step("openapi-spec-validator", || {
        validator::validate(root, &specs)
    })?;
    step("redocly lint", || linter::lint(root))?;
    step("clippy", || {
        cargo(
            root,
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--locked",
                "--",
                "-D",
                "warnings",
            ],
        )
    })?;
    // Each vendor crate must build on its own, with only the features it asks for itself.
    for vendor in vendors()? {
        let package = format!("otpkit-{vendor}");
        step(&format!("cargo build -p {package}"), || {
            cargo(root, &["build", "--locked", "-p", &package])
        })?;
    }
    step("cargo test", || {
        cargo(root, &["test", "--workspace", "--locked"])
    })?;
    // The facade with no vendor (providers of your own) and with each vendor feature alone:
    // clippy and the tests each allows (the rest declare `required-features`).
    for feature in std::iter::once(None).chain(vendors()?.iter().copied().map(Some)) {
        let mut selection = vec!["-p", "otpkit", "--locked", "--no-default-features"];
        selection.extend(feature.iter().flat_map(|f| ["--features", *f]));
        let label = feature.unwrap_or("no vendor feature");
        step(&format!("otpkit with {label}: clippy"), || {
            let mut args = vec!["clippy", "--all-targets"];
            args.extend(&selection);
            args.extend(["--", "-D", "warnings"]);
            cargo(root, &args)
        })?;
        step(&format!("otpkit with {label}: tests"), || {
            let mut args = vec!["test"];
            args.extend(&selection);
            cargo(root, &args)
        })?;
    }
    // Proof that a provider can be written outside otpkit, with its public API alone.
    step("example: a provider of your own", || {
        cargo(
            root,
            &[
                "run",
                "-p",
                "otpkit",
                "--locked",
                "--no-default-features",
                "--example",
                "console_provider",
            ],
        )
    })?;
    step("spec-conformance fuzz (schemathesis)", || {
        fuzz::run(root, &[])
    })?;
    step("cargo doc", || {
        let args = ["doc", "--workspace", "--no-deps", "--locked"];
        cargo_with(root, &args, &[("RUSTDOCFLAGS", "-D warnings")])
    })?;
    eprintln!("==> all CI steps passed");
    Ok(())
}
