//! otpkit's build tasks, as a library so that the `otpkit-tests` crate runs the very same code:
//! loading the hand-written specs in `specs/`, generating each vendor's client with progenitor,
//! checking generated files for staleness, linting the specs, running the independent validator
//! and the whole CI sequence. The `xtask` binary (`cargo xtask …`) is a thin CLI over it.

pub mod bench;
pub mod build_cost;
pub mod ci;
pub mod declaration;
pub mod derived;
pub mod fuzz;
pub mod generate;
pub mod layout;
pub mod lint;
pub mod linter;
pub mod package;
pub mod spec;
pub mod surface;
pub mod tidy;
pub mod unified;
pub mod validator;
pub mod venv;

use std::path::{Path, PathBuf};

/// Every vendor otpkit has a spec for (`specs/<vendor>.yaml`, and so a generated crate
/// `crates/<vendor>`), in name order. Read from `specs/` once: adding a spec adds a vendor to
/// every task, and xtask depends on none of the crates it generates.
pub fn vendors() -> anyhow::Result<&'static [&'static str]> {
    static VENDORS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    if let Some(vendors) = VENDORS.get() {
        return Ok(vendors);
    }
    let found = specs_in(&workspace_root().join("specs"))?;
    // Leaked once per process: a handful of short names that live as long as the task.
    let names = found
        .into_iter()
        .map(|name| &*Box::leak(name.into_boxed_str()))
        .collect();
    Ok(VENDORS.get_or_init(|| names))
}

/// The vendor names of the specs in `dir` (`<name>.yaml`), sorted.
fn specs_in(dir: &Path) -> anyhow::Result<Vec<String>> {
    use anyhow::Context;
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("cannot list {}", dir.display()))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "yaml")
            && let Some(stem) = path.file_stem().and_then(|s| s.to_str())
        {
            anyhow::ensure!(
                !stem.is_empty()
                    && stem
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}: a spec's file name is its vendor's name (lowercase letters, digits, `-`)",
                path.display()
            );
            names.push(stem.to_string());
        }
    }
    anyhow::ensure!(!names.is_empty(), "no spec in {}", dir.display());
    names.sort();
    Ok(names)
}

/// Runs `command` to completion; an error names the program when it cannot start or fails.
/// Every tool the tasks run (cargo, python, pip, npm) goes through this.
pub(crate) fn run(command: &mut std::process::Command) -> anyhow::Result<()> {
    use anyhow::Context;
    let program = command.get_program().to_string_lossy().into_owned();
    let status = command
        .status()
        .with_context(|| format!("cannot run {program}"))?;
    anyhow::ensure!(status.success(), "{program} exited with {status}");
    Ok(())
}

/// The paths `git ls-files -z <args>` lists in `root`, relative to it.
pub(crate) fn git_files(root: &Path, args: &[&str]) -> anyhow::Result<Vec<String>> {
    use anyhow::Context;
    let out = std::process::Command::new("git")
        .arg("ls-files")
        .arg("-z")
        .args(args)
        .current_dir(root)
        .output()
        .context("cannot run git ls-files")?;
    anyhow::ensure!(out.status.success(), "git ls-files failed");
    let files = String::from_utf8(out.stdout).context("a tracked path is not UTF-8")?;
    Ok(files
        .split('\0')
        .filter(|f| !f.is_empty())
        .map(String::from)
        .collect())
}

/// The cargo that runs the task (`CARGO`), for nested builds.
pub(crate) fn cargo() -> std::process::Command {
    std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// The workspace root: the parent of this crate's directory.
pub fn workspace_root() -> PathBuf {
    let xtask = Path::new(env!("CARGO_MANIFEST_DIR"));
    xtask
        .parent()
        .map_or_else(|| xtask.join(".."), Path::to_path_buf)
}

/// Checks that `name` is a known vendor, with an error listing the known ones.
pub fn check_vendor(name: &str) -> anyhow::Result<&'static str> {
    let vendors = vendors()?;
    vendors.iter().copied().find(|v| *v == name).ok_or_else(|| {
        anyhow::anyhow!(
            "unknown vendor `{name}`; known vendors: {}",
            vendors.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vendors_are_the_specs_in_name_order() {
        let dir = tempfile::tempdir().unwrap();
        for file in [
            "termii.yaml",
            "octopush.yaml",
            "twilio-verify.yaml",
            "notes.md",
        ] {
            std::fs::write(dir.path().join(file), "").unwrap();
        }
        assert_eq!(
            specs_in(dir.path()).unwrap(),
            ["octopush", "termii", "twilio-verify"]
        );
        std::fs::write(dir.path().join("Bad Name.yaml"), "").unwrap();
        assert!(
            specs_in(dir.path())
                .unwrap_err()
                .to_string()
                .contains("Bad Name")
        );
        let empty = tempfile::tempdir().unwrap();
        assert!(specs_in(empty.path()).is_err());
    }
}
