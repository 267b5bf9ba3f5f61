//! `cargo xtask ci`: everything a change must pass, in the order that fails fastest. `.ci/run`
//! and the README's test command both call this and nothing else.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::{fuzz, generate, lint, linter, package, spec, tidy, unified, validator, vendors};

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

/// Every hand-written `.rs` file git tracks (the generated clients are left out: they are
/// progenitor's formatting, checked fresh by `generate --check`).
fn hand_written_rust(root: &Path) -> Result<Vec<String>> {
    let mut files = crate::git_files(root, &["--", "*.rs"])?;
    files.retain(|f| !f.ends_with("/generated.rs"));
    Ok(files)
}

/// `rustfmt --check` on every hand-written file by name: `cargo fmt` only reaches files through
/// `mod` lines, and misses any declared inside a macro (rustfmt does not expand macros).
fn format_every_file(root: &Path) -> Result<()> {
    let files = hand_written_rust(root)?;
    crate::run(
        std::process::Command::new("rustfmt")
            .args(["--check", "--edition", "2024"])
            .args(&files)
            .current_dir(root),
    )
    .with_context(|| {
        "a hand-written .rs file is not formatted (cargo fmt may not reach it: declare it with a \
         plain `mod` line); run `rustfmt --edition 2024 <file>`"
    })
}

/// Runs `cargo args` in the background while `foreground` runs, its output kept in
/// `target/ci/<name>.log` and shown when both are done; fails if either failed. For a check
/// that shares nothing with a step that leaves a core idle.
fn alongside(
    root: &Path,
    name: &str,
    args: &[&str],
    foreground: impl FnOnce() -> Result<()>,
) -> Result<()> {
    let dir = root.join("target").join("ci");
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let log_path = dir.join(format!("{}.log", name.replace(' ', "-")));
    let log = std::fs::File::create(&log_path)
        .with_context(|| format!("cannot create {}", log_path.display()))?;
    eprintln!("==> {name} (alongside the next step)");
    let start = Instant::now();
    let mut child = crate::cargo()
        .args(args)
        .current_dir(root)
        .stdout(log.try_clone()?)
        .stderr(log)
        .spawn()
        .with_context(|| format!("cannot start `cargo {}`", args.join(" ")))?;
    let result = foreground();
    let status = child.wait().context("waiting for a background step")?;
    let elapsed = start.elapsed().as_secs_f64();
    eprint!("{}", std::fs::read_to_string(&log_path).unwrap_or_default());
    result?;
    anyhow::ensure!(
        status.success(),
        "CI step `{name}` failed: `cargo {}` exited with {status}",
        args.join(" ")
    );
    eprintln!("    {name}: ok in {elapsed:.1} s (alongside)");
    Ok(())
}

/// A selection of the facade's features that CI builds besides the whole workspace.
pub struct Selection {
    /// How CI's log names it.
    pub label: String,
    /// `-p otpkit --no-default-features [--features F]`.
    pub args: Vec<String>,
    /// Whether its tests run (else clippy only).
    pub tests: bool,
}

/// The facade with no vendor feature (providers of your own) and with each vendor feature
/// alone: clippy and the tests each allows (the rest declare `required-features`); with
/// `redis` alone, the guard's store, which is no vendor; and with `axum` and Termii, the
/// delivery reports' ready handler (a handler needs a vendor whose reports it receives): clippy
/// only for those two, since their tests need vendors to drive and run once in the workspace
/// step (the handler's in the example step).
pub fn otpkit_selections(vendors: &[&str]) -> Vec<Selection> {
    let select = |feature: Option<&str>, tests: bool| {
        let mut args: Vec<String> = ["-p", "otpkit", "--no-default-features"]
            .map(String::from)
            .to_vec();
        args.extend(
            feature
                .iter()
                .flat_map(|f| ["--features".into(), f.to_string()]),
        );
        Selection {
            label: feature.unwrap_or("no vendor feature").to_string(),
            args,
            tests,
        }
    };
    std::iter::once(select(None, true))
        .chain(vendors.iter().map(|v| select(Some(v), true)))
        .chain([
            select(Some("redis"), false),
            select(Some("axum,termii"), false),
        ])
        .collect()
}

pub fn run(root: &Path) -> Result<()> {
    let specs: Vec<_> = vendors()?.iter().map(|v| spec::spec_path(v)).collect();
    step("cargo fmt --check", || {
        cargo(root, &["fmt", "--all", "--check"])
    })?;
    step("rustfmt --check on every hand-written file", || {
        format_every_file(root)
    })?;
    step("generate --check", || {
        generate::run(root, vendors()?, generate::Mode::Check).map(drop)
    })?;
    step("lint-specs", || lint_all(root, vendors()?))?;
    step("tidy: every vendor's hand-written places", || {
        let mut problems = tidy::vendor_places(root, vendors()?)?;
        problems.extend(tidy::readme_problems(root, vendors()?)?);
        anyhow::ensure!(problems.is_empty(), "{}", problems.join("\n"));
        Ok(())
    })?;
    step(
        "dependencies resolve alike in every step (workspace-hack)",
        || unified::check(root, vendors()?),
    )?;
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
    step("cargo test", || {
        cargo(root, &["test", "--workspace", "--locked"])
    })?;
    // The vendor crates and otpkit-http must compile with only the features they ask for
    // themselves: one `cargo check` selecting just them (they share one feature set, and the
    // workspace-hack leaves them out; a check, not a build, since no later step uses their
    // artifacts). It runs alongside the fuzz step, which runs against the sandbox binary
    // `cargo test` built and is Python and one sandbox: about one core of the two.
    let packages: Vec<String> = std::iter::once("otpkit-http".to_string())
        .chain(vendors()?.iter().map(|vendor| format!("otpkit-{vendor}")))
        .collect();
    let mut check = vec!["check", "--locked"];
    check.extend(packages.iter().flat_map(|p| ["-p", p.as_str()]));
    alongside(
        root,
        "cargo check of the vendor crates alone",
        &check,
        || {
            step("spec-conformance fuzz (schemathesis)", || {
                fuzz::run_prebuilt(root)
            })
        },
    )?;
    for selection in otpkit_selections(vendors()?) {
        let mut args: Vec<&str> = vec!["--locked"];
        args.extend(selection.args.iter().map(String::as_str));
        step(&format!("otpkit with {}: clippy", selection.label), || {
            let mut clippy = vec!["clippy", "--all-targets"];
            clippy.extend(&args);
            clippy.extend(["--", "-D", "warnings"]);
            cargo(root, &clippy)
        })?;
        if selection.tests {
            step(&format!("otpkit with {}: tests", selection.label), || {
                let mut test = vec!["test"];
                test.extend(&args);
                cargo(root, &test)
            })?;
        }
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
    // The delivery reports' ready axum handler, end to end against the sandbox. Built with the
    // test profile and the workspace's features of otpkit (the command enables `redis` and
    // `axum`), so that `cargo test` already built it and this step only runs it.
    step("example: delivery reports through the axum handler", || {
        cargo(
            root,
            &[
                "run",
                "--profile",
                "test",
                "-p",
                "otpkit",
                "--locked",
                "--features",
                "redis,axum",
                "--example",
                "delivery_reports",
            ],
        )
    })?;
    step("cargo doc", || {
        let args = ["doc", "--workspace", "--no-deps", "--locked"];
        cargo_with(root, &args, &[("RUSTDOCFLAGS", "-D warnings")])
    })?;
    // TLS with the other provider, aws-lc-rs, once: clippy on the facade with every vendor.
    // Not one of the selections the workspace-hack unifies (that would build aws-lc-rs into
    // every step and test it instead of ring): this step rebuilds rustls and what sits on it.
    step("otpkit with aws-lc-rs: clippy", || {
        cargo(
            root,
            &[
                "clippy",
                "--locked",
                "-p",
                "otpkit",
                "--features",
                "aws-lc-rs",
                "--",
                "-D",
                "warnings",
            ],
        )
    })?;
    step(
        "publish-check: every publishable crate packaged and checked",
        || package::publish_check(root, package::Verify::Together),
    )?;
    eprintln!("==> all CI steps passed");
    Ok(())
}
