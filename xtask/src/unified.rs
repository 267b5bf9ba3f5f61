//! Whether `cargo xtask ci`'s steps share their dependencies' builds. Each step selects other
//! packages and features (`-p xtask`, `-p otpkit --no-default-features --features termii`,
//! the whole workspace), and Cargo resolves a dependency's features over the selected packages
//! only: a dependency that gets other features in one step is rebuilt there, with everything
//! above it. `crates/workspace-hack`, kept by `cargo hakari`, asks for the union of every
//! build's features so that each selection resolves like the workspace. This check reads what
//! Cargo itself resolves (`cargo tree`) for each selection, and fails naming the dependency
//! when the hack is stale.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::{Context, Result, bail};

/// The feature sets (one per build: target and host may differ) of each dependency, by
/// `name version`, that `cargo tree` resolves for `selection`. Workspace members are left out:
/// a step selects their features on purpose.
fn resolved(root: &Path, selection: &[&str]) -> Result<BTreeMap<String, BTreeSet<String>>> {
    let out = crate::cargo()
        .arg("tree")
        .args(selection)
        .args(["--locked", "-e", "normal,build,dev", "--prefix", "none"])
        .args(["--format", "{p}|{f}"])
        .current_dir(root)
        .output()
        .context("cannot run cargo tree")?;
    if !out.status.success() {
        bail!(
            "`cargo tree {}` failed: {}",
            selection.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let mut features: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let line = line.trim_end_matches(" (*)");
        let Some((package, set)) = line.split_once('|') else {
            continue;
        };
        // A path in the package (`otpkit v0.1.0 (/…/crates/otpkit)`) is a workspace member.
        if package.contains(" (") {
            continue;
        }
        features
            .entry(package.to_string())
            .or_default()
            .insert(set.to_string());
    }
    Ok(features)
}

/// The package selections of `cargo xtask ci`'s steps besides the whole workspace: xtask
/// itself (built to run the CI) and the facade's feature selections.
fn selections(vendors: &[&str]) -> Vec<Vec<String>> {
    std::iter::once(vec!["-p".to_string(), "xtask".to_string()])
        .chain(
            crate::ci::otpkit_selections(vendors)
                .into_iter()
                .map(|s| s.args),
        )
        .collect()
}

/// Fails, naming each dependency and the selection that resolves it differently, when a CI
/// step would rebuild a dependency another step built.
pub fn check(root: &Path, vendors: &[&str]) -> Result<()> {
    let workspace = resolved(root, &["--workspace"])?;
    let mut differ = Vec::new();
    for selection in selections(vendors) {
        let args: Vec<&str> = selection.iter().map(String::as_str).collect();
        for (package, sets) in resolved(root, &args)? {
            if let Some(whole) = workspace.get(&package)
                && !sets.is_subset(whole)
            {
                let extra: Vec<&String> = sets.difference(whole).collect();
                differ.push(format!(
                    "{package} with features {extra:?} under `{}` (the workspace resolves {whole:?})",
                    args.join(" ")
                ));
            }
        }
    }
    if !differ.is_empty() {
        bail!(
            "crates/workspace-hack is stale: these dependencies would be rebuilt by a CI step \
             that selects fewer packages:\n  {}\nrun `cargo hakari generate && cargo hakari \
             manage-deps` (cargo install cargo-hakari) and commit the result",
            differ.join("\n  ")
        );
    }
    Ok(())
}
