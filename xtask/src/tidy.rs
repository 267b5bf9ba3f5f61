//! A tidy check, as rust-analyzer's: the places a vendor needs that stay hand-written (cargo
//! manifests, and the vendor's own files) are all there for every spec. Everything else that
//! lists vendors is derived from the specs (`derived.rs`) and checked fresh by
//! `generate --check`. Each problem names the file to edit.

use std::path::Path;

use anyhow::{Context, Result};
use serde_json::Value;

use crate::declaration::snake;

/// `cargo metadata` for the workspace's own packages (also the published copy's, for
/// publish-check).
pub(crate) fn metadata(root: &Path) -> Result<Value> {
    let out = crate::cargo()
        .args(["metadata", "--format-version", "1", "--no-deps", "--locked"])
        .current_dir(root)
        .output()
        .context("cannot run cargo metadata")?;
    anyhow::ensure!(
        out.status.success(),
        "cargo metadata failed (a manifest names a dependency the workspace does not \
         declare in the root Cargo.toml's [workspace.dependencies]?): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).context("cargo metadata's output")
}

fn package<'a>(metadata: &'a Value, name: &str) -> Option<&'a Value> {
    metadata
        .get("packages")?
        .as_array()?
        .iter()
        .find(|p| p.get("name").and_then(Value::as_str) == Some(name))
}

/// The dependency `name` of `package` of kind `kind` (`null` normal, "dev"), if declared.
fn dependency<'a>(package: &'a Value, name: &str, kind: Option<&str>) -> Option<&'a Value> {
    package.get("dependencies")?.as_array()?.iter().find(|d| {
        d.get("name").and_then(Value::as_str) == Some(name)
            && d.get("kind").and_then(Value::as_str) == kind
    })
}

fn feature<'a>(package: &'a Value, name: &str) -> Option<Vec<&'a str>> {
    let list = package.get("features")?.get(name)?.as_array()?;
    Some(list.iter().filter_map(Value::as_str).collect())
}

/// Every hand-written place `vendors` need that is missing, each naming the file to edit.
pub fn vendor_places(root: &Path, vendors: &[&str]) -> Result<Vec<String>> {
    let metadata = metadata(root)?;
    let mut problems = Vec::new();
    let otpkit = package(&metadata, "otpkit").context("no otpkit package")?;
    let sandbox = package(&metadata, "otpkit-sandbox").context("no otpkit-sandbox package")?;
    let full = feature(otpkit, "full").unwrap_or_default();
    for &vendor in vendors {
        let krate = format!("otpkit-{vendor}");
        let module = snake(vendor);
        if package(&metadata, &krate).is_none() {
            problems.push(format!(
                "crates/{vendor}/Cargo.toml: no package `{krate}` (copy another vendor's crate)"
            ));
        }
        match dependency(otpkit, &krate, None) {
            Some(d) if d.get("optional").and_then(Value::as_bool) == Some(true) => {}
            _ => problems.push(format!(
                "crates/otpkit/Cargo.toml: `{krate} = {{ workspace = true, optional = true }}` \
                 under [dependencies] (and `{krate} = {{ version = \"…\", path = \"crates/{vendor}\" }}` in the \
                 root Cargo.toml's [workspace.dependencies])"
            )),
        }
        let dep = format!("dep:{krate}");
        if feature(otpkit, vendor).is_none_or(|f| !f.contains(&"http") || !f.contains(&&*dep)) {
            problems.push(format!(
                "crates/otpkit/Cargo.toml: the feature `{vendor} = [\"http\", \"{dep}\"]`"
            ));
        }
        if !full.contains(&vendor) {
            problems.push(format!(
                "crates/otpkit/Cargo.toml: `\"{vendor}\"` in the feature `full`"
            ));
        }
        if dependency(sandbox, &krate, None).is_none() {
            problems.push(format!(
                "crates/sandbox/Cargo.toml: `{krate}.workspace = true` under [dependencies]"
            ));
        }
        // The vendor's own files, which the derived registries declare as modules.
        for (file, what) in [
            (format!("crates/{vendor}/src/lib.rs"), "its client crate"),
            (
                format!("crates/{vendor}/README.md"),
                "its crate documentation and crates.io page",
            ),
            (
                format!("crates/{vendor}/LICENSE"),
                "the licence its package carries: a link to ../../LICENSE",
            ),
            (
                format!("crates/otpkit/src/vendors/{module}.rs"),
                "its otpkit adapter",
            ),
            (
                format!("crates/sandbox/src/vendors/{module}.rs"),
                "its sandbox stand-in",
            ),
            (
                format!("crates/sandbox/tests/it/vendors/{module}.rs"),
                "its sandbox tests",
            ),
        ] {
            if !root.join(&file).is_file() {
                problems.push(format!("{file}: missing ({what})"));
            }
        }
        let lib = std::fs::read_to_string(root.join("crates").join(vendor).join("src/lib.rs"))
            .unwrap_or_default();
        if !lib.contains("pub mod declared;") {
            problems.push(format!(
                "crates/{vendor}/src/lib.rs: `pub mod declared;` (the generated settings)"
            ));
        }
    }
    Ok(problems)
}

/// The README's tables that describe each vendor in prose (outcomes, the sandbox's stand-ins,
/// contradictions decided): each must name every vendor (`display_names`), as a column of the
/// outcomes table and a row of each `| Vendor |` table. Its table of settings is derived.
pub fn readme_rows(readme: &str, display_names: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    let lines: Vec<&str> = readme.lines().collect();
    for (at, header) in lines.iter().enumerate() {
        let table: Vec<&str> = lines[at..]
            .iter()
            .copied()
            .take_while(|l| l.starts_with('|'))
            .collect();
        if header.starts_with("| Outcome |") {
            for name in display_names {
                if !header.contains(name) {
                    problems.push(format!(
                        "README.md:{}: the outcomes table has no column for {name}",
                        at + 1
                    ));
                }
            }
        } else if header.starts_with("| Vendor |") {
            for name in display_names {
                if !table
                    .iter()
                    .any(|row| row.starts_with(&format!("| {name} |")))
                {
                    problems.push(format!(
                        "README.md:{}: the table `{header}` has no row for {name}",
                        at + 1
                    ));
                }
            }
        }
    }
    problems
}

/// [`readme_rows`] for the workspace's README and every vendor's declared display name.
pub fn readme_problems(root: &Path, vendors: &[&'static str]) -> Result<Vec<String>> {
    let names: Vec<String> = crate::derived::load_all(root, vendors)?
        .into_iter()
        .map(|v| v.declaration.display_name)
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let readme =
        std::fs::read_to_string(root.join("README.md")).context("cannot read README.md")?;
    Ok(readme_rows(&readme, &names))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every spec has each hand-written place a vendor needs.
    #[test]
    fn every_vendor_has_its_hand_written_places() {
        let root = crate::workspace_root();
        let problems = vendor_places(&root, crate::vendors().unwrap()).unwrap();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Every vendor has its row in each of the README's prose tables, and a missing one is
    /// named with its line.
    #[test]
    fn the_readme_describes_every_vendor() {
        let root = crate::workspace_root();
        let problems = readme_problems(&root, crate::vendors().unwrap()).unwrap();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
        let missing = readme_rows(&readme, &["Acme"]);
        assert_eq!(missing.len(), 4, "{missing:#?}");
        assert!(missing[0].contains("outcomes table has no column for Acme"));
    }

    /// A vendor without its places is named, file by file.
    #[test]
    fn a_vendor_without_its_places_is_named_file_by_file() {
        let root = crate::workspace_root();
        let problems = vendor_places(&root, &["acme"]).unwrap();
        for file in [
            "crates/acme/Cargo.toml",
            "crates/otpkit/Cargo.toml: `otpkit-acme",
            "crates/otpkit/Cargo.toml: the feature `acme",
            "crates/otpkit/Cargo.toml: `\"acme\"` in the feature `full`",
            "crates/sandbox/Cargo.toml",
            "crates/otpkit/src/vendors/acme.rs",
            "crates/sandbox/src/vendors/acme.rs",
            "crates/sandbox/tests/it/vendors/acme.rs",
            "crates/acme/src/lib.rs: `pub mod declared;`",
            "crates/acme/README.md",
            "crates/acme/LICENSE",
        ] {
            assert!(
                problems.iter().any(|p| p.starts_with(file)),
                "{file} not named in {problems:#?}"
            );
        }
    }
}
