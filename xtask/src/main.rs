//! `cargo xtask`: otpkit's build tasks. See `xtask --help`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;
use clap::{Parser, Subcommand};
use xtask::{VENDORS, check_vendor, ci, generate, spec, validator, workspace_root};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "otpkit's build tasks")]
struct Cli {
    /// Workspace root to work on (default: this checkout).
    #[arg(long, global = true)]
    root: Option<PathBuf>,
    #[command(subcommand)]
    command: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Regenerate crates/<vendor>/src/generated.rs from specs/<vendor>.yaml.
    #[command(
        after_help = "Examples:\n  cargo xtask generate\n  cargo xtask generate termii\n  cargo xtask generate --check"
    )]
    Generate {
        /// Vendors to generate (default: all).
        vendors: Vec<String>,
        /// Write nothing; fail naming every stale file.
        #[arg(long)]
        check: bool,
    },
    /// Check the specs: operationIds, examples present and valid, open response schemas.
    LintSpecs { vendors: Vec<String> },
    /// Run the independent validator (PyPI openapi-spec-validator) on every spec.
    ValidateSpecs,
    /// Everything CI runs: fmt, generate --check, lint, validator, clippy, tests.
    Ci,
}

fn vendors(names: &[String]) -> Result<Vec<&'static str>> {
    if names.is_empty() {
        return Ok(VENDORS.to_vec());
    }
    names.iter().map(|n| check_vendor(n)).collect()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = cli.root.unwrap_or_else(workspace_root);
    let result = match cli.command {
        Task::Generate {
            vendors: names,
            check,
        } => vendors(&names).and_then(|vendors| {
            let mode = if check {
                generate::Mode::Check
            } else {
                generate::Mode::Write
            };
            let start = Instant::now();
            let report = generate::run(&root, &vendors, mode)?;
            let verb = if check { "fresh" } else { "unchanged" };
            for path in &report.changed {
                eprintln!("wrote {}", path.display());
            }
            eprintln!(
                "{} vendor(s) in {:.3} s: {} written, {} {verb}",
                vendors.len(),
                start.elapsed().as_secs_f64(),
                report.changed.len(),
                report.unchanged.len()
            );
            Ok(())
        }),
        Task::LintSpecs { vendors: names } => {
            vendors(&names).and_then(|vendors| ci::lint_all(&root, &vendors))
        }
        Task::ValidateSpecs => {
            let specs: Vec<_> = VENDORS.iter().map(|v| spec::spec_path(v)).collect();
            validator::validate(&root, &specs)
        }
        Task::Ci => ci::run(&root),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
