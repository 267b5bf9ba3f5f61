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
    /// Measure the sandbox's verify-route throughput with wrk against the release binary.
    #[command(after_help = "Example:\n  cargo xtask bench-sandbox --seconds 10 --connections 64")]
    BenchSandbox {
        #[arg(long, default_value_t = 10)]
        seconds: u32,
        #[arg(long, default_value_t = 64)]
        connections: u32,
        /// Print one JSON object instead of a table.
        #[arg(long)]
        json: bool,
    },
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
        Task::BenchSandbox {
            seconds,
            connections,
            json,
        } => xtask::bench::sandbox_verify(&root, seconds, connections).map(|b| {
            if json {
                println!(
                    "{}",
                    serde_json::json!({
                        "sandbox_verify_requests_per_second": b.requests_per_second,
                        "latency_p50_us": b.latency_p50_us,
                        "latency_p99_us": b.latency_p99_us,
                        "requests": b.requests,
                        "non_2xx": b.non_2xx,
                        "socket_errors": b.socket_errors,
                        "connections": connections,
                        "seconds": seconds,
                    })
                );
            } else {
                println!(
                    "sandbox verify route ({connections} connections, {seconds} s, wrk on loopback)"
                );
                println!("  requests/s   {:>10.0}", b.requests_per_second);
                println!("  latency p50  {:>10.0} us", b.latency_p50_us);
                println!("  latency p99  {:>10.0} us", b.latency_p99_us);
                println!(
                    "  requests     {:>10}  (non-2xx {}, socket errors {})",
                    b.requests, b.non_2xx, b.socket_errors
                );
            }
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
