//! `cargo xtask`: otpkit's build tasks. See `xtask --help`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;
use clap::{Parser, Subcommand};
use xtask::{check_vendor, ci, fuzz, generate, linter, package, spec, validator, workspace_root};

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
    /// Run the second, independent linter (npm @redocly/cli, pinned) on every spec.
    LintSpecsRedocly,
    /// Fuzz every spec (or the named vendors) against a fresh sandbox with schemathesis.
    #[command(after_help = "Examples:\n  cargo xtask fuzz\n  cargo xtask fuzz termii")]
    Fuzz {
        /// Vendors to fuzz (default: every spec in specs/).
        vendors: Vec<String>,
    },
    /// Package every publishable crate as `cargo publish` would, without the workspace-hack,
    /// and check them together; fails naming a missing field, licence or README.
    PublishCheck {
        /// Cargo's own verification instead: each package built alone (about 4 minutes).
        #[arg(long)]
        full: bool,
    },
    /// Build a new one-send binary from nothing on otpkit (default, one vendor, no vendor), on
    /// one vendor crate and on termii-rust 0.1.1, and `cargo install` the CLI: times, memory,
    /// crates and sizes, as BENCHMARKS.md records them (about 15 minutes).
    #[command(
        after_help = "Examples:\n  cargo xtask build-cost\n  cargo xtask build-cost termii --skip-install"
    )]
    BuildCost {
        /// Only the cases whose names contain one of these (default: all).
        cases: Vec<String>,
        /// Leave out `cargo install` of the CLI.
        #[arg(long)]
        skip_install: bool,
    },
    /// Everything CI runs: fmt, generate --check, lint, validator, clippy, tests.
    Ci,
    /// Every benchmark of BENCHMARKS.md: facade vs raw reqwest, latency, sandbox load, generation.
    #[command(
        after_help = "Examples:\n  cargo xtask bench\n  cargo xtask bench --json\n  cargo xtask bench --seconds 5"
    )]
    Bench {
        /// Seconds of wrk load on the verify route (the send route gets half).
        #[arg(long, default_value_t = 10)]
        seconds: u32,
        /// wrk connections.
        #[arg(long, default_value_t = 64)]
        connections: u32,
        /// Print one JSON object instead of a table.
        #[arg(long)]
        json: bool,
    },
}

fn vendors(names: &[String]) -> Result<Vec<&'static str>> {
    if names.is_empty() {
        return Ok(xtask::vendors()?.to_vec());
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
        Task::ValidateSpecs => xtask::vendors().and_then(|vendors| {
            let specs: Vec<_> = vendors.iter().map(|v| spec::spec_path(v)).collect();
            validator::validate(&root, &specs)
        }),
        Task::LintSpecsRedocly => linter::lint(&root),
        Task::Fuzz { vendors: names } => vendors(&names).and_then(|vendors| {
            let names: Vec<String> = vendors.iter().map(ToString::to_string).collect();
            fuzz::run(&root, &names)
        }),
        Task::Ci => ci::run(&root),
        Task::PublishCheck { full } => {
            let verify = if full {
                package::Verify::Each
            } else {
                package::Verify::Together
            };
            package::publish_check(&root, verify)
        }
        Task::BuildCost {
            cases,
            skip_install,
        } => xtask::build_cost::run(&root, &cases, skip_install).map(|table| print!("{table}")),
        Task::Bench {
            seconds,
            connections,
            json,
        } => xtask::bench::run(&root, seconds, connections).map(|v| {
            if json {
                println!("{v}");
            } else {
                let get = |k: &str| v.get(k).cloned().unwrap_or(serde_json::Value::Null);
                println!("otpkit benchmarks (2-core machine; see BENCHMARKS.md)");
                println!(
                    "  facade_over_raw_throughput_ratio    {}  (target >= 0.90)",
                    get("facade_over_raw_throughput_ratio")
                );
                println!(
                    "  facade_added_cpu_us_per_cycle       {}",
                    get("facade_added_cpu_us_per_cycle")
                );
                println!(
                    "    per vendor                        {}",
                    get("facade_over_raw_throughput_ratio_per_vendor")
                );
                println!(
                    "  sandbox_verify_requests_per_second  {}  (target >= 20000)",
                    get("sandbox_verify_requests_per_second")
                );
                println!(
                    "  sandbox_send_requests_per_second    {}",
                    get("sandbox_send_requests_per_second")
                );
                println!(
                    "  latency_p50_us (c1, c64)            {}",
                    get("latency_p50_us")
                );
                println!(
                    "  latency_p99_us (c1, c64)            {}",
                    get("latency_p99_us")
                );
                println!(
                    "  breaker_failover                    {}  (target: after_open p99 within 5 ms of fallback_alone p99)",
                    get("breaker_failover")
                );
                println!(
                    "  guard_memory                        {}  (target < 256 bytes per key)",
                    get("guard_memory")
                );
                println!(
                    "  guard_redis                         {}  (target: ratio >= 0.8, 1 round trip per send and per verify)",
                    get("guard_redis")
                );
                println!(
                    "  (the in-memory decision's time:     cargo bench -p otpkit-bench -- guard_; target < 1 us)"
                );
                println!(
                    "  inbox_page_load                     {}  (target: median < 1000 ms with 10,000 messages)",
                    get("inbox_page_load")
                );
                println!(
                    "  sandbox_send_with_event_streams     {}  (target: ratio >= 0.90)",
                    get("sandbox_send_with_event_streams")
                );
                println!(
                    "  generate_all_seconds                {}  (target < 1; whole command {} s)",
                    get("generate_all_seconds"),
                    get("generate_command_seconds")
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
