//! `cargo xtask ci`: everything a change must pass, in the order that fails fastest. `.ci/run`
//! and the README's test command both call this and nothing else.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::{VENDORS, fuzz, generate, lint, linter, spec, validator};

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
    let specs: Vec<_> = VENDORS.iter().map(|v| spec::spec_path(v)).collect();
    step("cargo fmt --check", || {
        cargo(root, &["fmt", "--all", "--check"])
    })?;
    step("generate --check", || {
        generate::run(root, VENDORS, generate::Mode::Check).map(drop)
    })?;
    step("lint-specs", || lint_all(root, VENDORS))?;
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
    for vendor in VENDORS {
        let package = format!("otpkit-{vendor}");
        step(&format!("cargo build -p {package}"), || {
            cargo(root, &["build", "--locked", "-p", &package])
        })?;
    }
    step("cargo test", || {
        cargo(root, &["test", "--workspace", "--locked"])
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
