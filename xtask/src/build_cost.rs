//! `cargo xtask build-cost`: what otpkit costs the application that adds it, measured the way
//! a user pays it. Each case is a new binary (`xtask/build-cost/*.rs`) that sends one code,
//! in its own directory outside the workspace (so none of the workspace's profiles or
//! configuration apply), depending on the workspace as published (`package::published_copy`,
//! no workspace-hack), starting from the workspace's `Cargo.lock` so that every case builds
//! the same versions. For each: a clean debug build's time and the peak memory of its largest
//! process (`/usr/bin/time`), the distinct crates it builds (`cargo tree`), and the sizes of
//! the debug and release binaries; then `cargo install` of `otpkit-cli`. The baseline is
//! `termii-rust` 0.1.1 from crates.io, a one-vendor Termii client on reqwest 0.11 and the
//! system's OpenSSL (its build needs `libssl-dev` and `pkg-config`).
//!
//! One run builds everything from nothing several times: about 15 minutes on 2 cores. Not a
//! CI step; its table goes into BENCHMARKS.md.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail, ensure};

/// One measured application.
pub struct Case {
    /// How the table names it (and its directory).
    pub name: &'static str,
    /// Its dependencies, as `Cargo.toml` lines; `{ws}` is the published copy's path.
    dependencies: &'static str,
    /// Its `src/main.rs`.
    main: &'static str,
}

/// Every case, the baseline last.
pub const CASES: &[Case] = &[
    Case {
        name: "otpkit (default features)",
        dependencies: r#"otpkit = { path = "{ws}/crates/otpkit" }"#,
        main: include_str!("../build-cost/facade.rs"),
    },
    Case {
        name: "otpkit (termii only)",
        dependencies: r#"otpkit = { path = "{ws}/crates/otpkit", default-features = false, features = ["termii"] }"#,
        main: include_str!("../build-cost/facade.rs"),
    },
    Case {
        name: "otpkit (no vendor, own provider)",
        dependencies: r#"otpkit = { path = "{ws}/crates/otpkit", default-features = false }"#,
        main: include_str!("../build-cost/own_provider.rs"),
    },
    Case {
        name: "otpkit-termii alone",
        dependencies: r#"otpkit-termii = { path = "{ws}/crates/termii" }"#,
        main: include_str!("../build-cost/vendor_crate.rs"),
    },
    Case {
        name: "termii-rust 0.1.1",
        dependencies: r#"termii-rust = "=0.1.1""#,
        main: include_str!("../build-cost/termii_rust.rs"),
    },
];

/// The baseline the ratios divide by.
const BASELINE: &str = "termii-rust 0.1.1";

/// What one case cost.
#[derive(Debug)]
pub struct Cost {
    pub name: String,
    pub debug_build_s: f64,
    pub peak_mb: f64,
    pub crates: usize,
    pub debug_binary_mb: f64,
    pub release_binary_mb: f64,
}

/// A case's directory name: its name with everything but letters and digits made `-`.
fn slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_matches('-').to_string()
}

/// Runs `cargo args` in `dir` under `/usr/bin/time`, building into `target`, its output in
/// `log`; its wall time in seconds and the largest resident set of any one of its processes,
/// in MB.
fn timed_cargo<'a>(
    dir: &Path,
    target: &Path,
    args: impl IntoIterator<Item = &'a OsStr>,
    log: &Path,
) -> Result<(f64, f64)> {
    let report = log.with_extension("time");
    let out =
        std::fs::File::create(log).with_context(|| format!("cannot create {}", log.display()))?;
    let status = std::process::Command::new("/usr/bin/time")
        .args(["-f", "%e %M", "-o"])
        .arg(&report)
        .arg(crate::cargo().get_program())
        .args(args)
        .env("CARGO_TARGET_DIR", target)
        .current_dir(dir)
        .stdout(out.try_clone()?)
        .stderr(out)
        .status()
        .context("cannot run /usr/bin/time (Debian's package `time`)")?;
    ensure!(
        status.success(),
        "the build failed; its log: {}",
        log.display()
    );
    let text = std::fs::read_to_string(&report)?;
    let mut fields = text.split_whitespace().rev().take(2);
    let (Some(kb), Some(seconds)) = (fields.next(), fields.next()) else {
        bail!("/usr/bin/time wrote no figures to {}", report.display());
    };
    Ok((seconds.parse()?, kb.parse::<f64>()? / 1024.0))
}

fn megabytes(path: &Path) -> Result<f64> {
    let len = std::fs::metadata(path)
        .with_context(|| format!("no binary at {}", path.display()))?
        .len();
    Ok(len as f64 / 1e6)
}

/// The distinct crates (name and version) a normal build of `dir` compiles, the case itself
/// left out.
fn crate_count(dir: &Path) -> Result<usize> {
    let out = crate::cargo()
        .args([
            "tree",
            "-e",
            "normal,build",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .current_dir(dir)
        .output()
        .context("cannot run cargo tree")?;
    ensure!(
        out.status.success(),
        "cargo tree failed in {}",
        dir.display()
    );
    let crates: BTreeSet<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            Some(format!("{} {}", words.next()?, words.next()?))
        })
        .collect();
    Ok(crates.len().saturating_sub(1))
}

/// Builds one case from nothing in `dir` and measures it.
fn measure(case: &Case, workspace: &Path, lockfile: &Path, dir: &Path) -> Result<Cost> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).with_context(|| format!("cannot remove {}", dir.display()))?;
    }
    std::fs::create_dir_all(dir.join("src"))?;
    let manifest = format!(
        "[package]\nname = \"build-cost\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [workspace]\n\n[dependencies]\n{}\ntokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n",
        case.dependencies
            .replace("{ws}", &workspace.display().to_string())
    );
    std::fs::write(dir.join("Cargo.toml"), manifest)?;
    std::fs::write(dir.join("src").join("main.rs"), case.main)?;
    std::fs::copy(lockfile, dir.join("Cargo.lock"))?;
    // Resolve and download first: neither is build time.
    crate::run(crate::cargo().args(["fetch", "--quiet"]).current_dir(dir))?;
    let target = dir.join("target");
    let (debug_build_s, peak_mb) = timed_cargo(
        dir,
        &target,
        ["build", "--quiet"].map(OsStr::new),
        &dir.join("debug.log"),
    )?;
    crate::run(
        crate::cargo()
            .args(["build", "--quiet", "--release"])
            .env("CARGO_TARGET_DIR", &target)
            .current_dir(dir),
    )?;
    Ok(Cost {
        name: case.name.to_string(),
        debug_build_s,
        peak_mb,
        crates: crate_count(dir)?,
        debug_binary_mb: megabytes(&target.join("debug").join("build-cost"))?,
        release_binary_mb: megabytes(&target.join("release").join("build-cost"))?,
    })
}

/// `cargo install` of otpkit-cli from the published copy, into a fresh root; its wall time.
fn install_cli(workspace: &Path, dir: &Path) -> Result<f64> {
    if dir.exists() {
        std::fs::remove_dir_all(dir)?;
    }
    std::fs::create_dir_all(dir)?;
    let cli = workspace.join("crates").join("cli");
    let root = dir.join("root");
    let args = [
        OsStr::new("install"),
        OsStr::new("--quiet"),
        OsStr::new("--path"),
        cli.as_os_str(),
        OsStr::new("--root"),
        root.as_os_str(),
    ];
    let (seconds, _) = timed_cargo(dir, &dir.join("target"), args, &dir.join("install.log"))?;
    ensure!(
        root.join("bin").join("otpkit").is_file(),
        "cargo install made no `otpkit` binary"
    );
    Ok(seconds)
}

/// The table BENCHMARKS.md records, with each case's build time as a ratio of the baseline's.
pub fn table(costs: &[Cost], install_s: Option<f64>) -> String {
    let baseline = costs.iter().find(|c| c.name == BASELINE);
    let mut out = String::from(
        "| Application sending one code | Clean debug build | vs termii-rust | Peak memory (one process) | Crates | Debug binary | Release binary |\n\
         |---|---|---|---|---|---|---|\n",
    );
    for cost in costs {
        let ratio = baseline.map_or("".into(), |b| {
            format!("{:.2}x", cost.debug_build_s / b.debug_build_s)
        });
        out += &format!(
            "| {} | {:.1} s | {ratio} | {:.0} MB | {} | {:.1} MB | {:.1} MB |\n",
            cost.name,
            cost.debug_build_s,
            cost.peak_mb,
            cost.crates,
            cost.debug_binary_mb,
            cost.release_binary_mb
        );
    }
    if let Some(seconds) = install_s {
        out +=
            &format!("\n`cargo install` of otpkit-cli (release, from nothing): {seconds:.1} s\n");
    }
    out
}

/// Measures the cases whose names contain one of `only` (all when empty) and, unless
/// `skip_install`, `cargo install` of the CLI; prints the table.
pub fn run(root: &Path, only: &[String], skip_install: bool) -> Result<String> {
    let cases: Vec<&Case> = CASES
        .iter()
        .filter(|c| only.is_empty() || only.iter().any(|o| c.name.contains(o.as_str())))
        .collect();
    ensure!(
        !cases.is_empty(),
        "no case matches {only:?}; the cases: {}",
        CASES.iter().map(|c| c.name).collect::<Vec<_>>().join(", ")
    );
    let workspace = crate::package::published_copy(root)?;
    let base: PathBuf = std::env::temp_dir().join("otpkit-build-cost");
    let mut costs = Vec::new();
    for case in cases {
        eprintln!("==> {}", case.name);
        let cost = measure(
            case,
            &workspace,
            &root.join("Cargo.lock"),
            &base.join(slug(case.name)),
        )?;
        eprintln!("    {cost:?}");
        costs.push(cost);
    }
    let install = if skip_install {
        None
    } else {
        eprintln!("==> cargo install otpkit-cli");
        Some(install_cli(&workspace, &base.join("install"))?)
    };
    Ok(table(&costs, install))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_directories_are_distinct_plain_names() {
        let slugs: BTreeSet<String> = CASES.iter().map(|c| slug(c.name)).collect();
        assert_eq!(slugs.len(), CASES.len());
        assert_eq!(slug("otpkit (termii only)"), "otpkit-termii-only");
        assert!(CASES.iter().any(|c| c.name == BASELINE));
    }

    #[test]
    fn ratios_divide_by_the_baseline() {
        let cost = |name: &str, s: f64| Cost {
            name: name.into(),
            debug_build_s: s,
            peak_mb: 1.0,
            crates: 1,
            debug_binary_mb: 1.0,
            release_binary_mb: 1.0,
        };
        let table = table(&[cost("otpkit", 30.0), cost(BASELINE, 20.0)], None);
        assert!(table.contains("| otpkit | 30.0 s | 1.50x |"), "{table}");
        assert!(
            table.contains("| termii-rust 0.1.1 | 20.0 s | 1.00x |"),
            "{table}"
        );
    }
}
