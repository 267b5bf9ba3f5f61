//! `cargo xtask publish-check`: what `cargo publish` would upload, packaged and verified, and
//! the workspace as a user gets it, which `cargo xtask build-cost` builds against.
//!
//! The workspace-hack (`crates/workspace-hack`, kept by `cargo hakari`) makes CI build each
//! dependency once, and is `publish = false`: no published package may depend on it. Like
//! `cargo hakari publish`, which removes the dependency for the length of one `cargo publish`,
//! this works on a copy of the workspace with that dependency removed from every package, so
//! the checkout is never edited; the copy is then packaged with `cargo package --workspace`
//! (each publishable package in dependency order, each verified by a build of its `.crate`
//! against the others through a local registry), and every `.crate` is read back to prove
//! that it names no workspace-hack and carries its licence and README.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result, bail, ensure};
use serde_json::Value;

/// The fields every publishable package must set (crates.io requires some, docs.rs and the
/// crate's page show the rest).
const REQUIRED_FIELDS: [&str; 8] = [
    "description",
    "license",
    "repository",
    "documentation",
    "readme",
    "keywords",
    "categories",
    "rust_version",
];

/// The workspace-hack's package name, from `.config/hakari.toml`.
pub fn hack_name(root: &Path) -> Result<String> {
    let path = root.join(".config").join("hakari.toml");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let doc: toml_edit::DocumentMut = text
        .parse()
        .with_context(|| format!("{} is not TOML", path.display()))?;
    doc.get("hakari-package")
        .and_then(|v| v.as_str())
        .map(String::from)
        .with_context(|| format!("{} names no `hakari-package`", path.display()))
}

/// Every file of the checkout that git tracks or would track (new files included, ignored and
/// deleted ones left out), relative to `root`.
fn checkout_files(root: &Path) -> Result<Vec<PathBuf>> {
    let out = std::process::Command::new("git")
        .args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ])
        .current_dir(root)
        .output()
        .context("cannot run git ls-files")?;
    ensure!(out.status.success(), "git ls-files failed");
    let list = String::from_utf8(out.stdout).context("a tracked path is not UTF-8")?;
    let mut files: BTreeSet<PathBuf> = BTreeSet::new();
    for name in list.split('\0').filter(|f| !f.is_empty()) {
        if root.join(name).is_file() {
            files.insert(PathBuf::from(name));
        }
    }
    Ok(files.into_iter().collect())
}

/// Removes the dependency on `hack` from one manifest's dependency tables; whether it did.
fn drop_dependency(manifest: &str, hack: &str) -> Result<Option<String>> {
    let mut doc: toml_edit::DocumentMut = manifest.parse().context("not TOML")?;
    let mut removed = false;
    for table in ["dependencies", "dev-dependencies", "build-dependencies"] {
        if let Some(deps) = doc.get_mut(table).and_then(|t| t.as_table_like_mut()) {
            removed |= deps.remove(hack).is_some();
        }
    }
    Ok(removed.then(|| doc.to_string()))
}

/// Copies the checkout to `target/publish-check/workspace` (replacing an older copy) with the
/// workspace-hack removed from every package that depends on it: the workspace as published.
pub fn published_copy(root: &Path) -> Result<PathBuf> {
    let hack = hack_name(root)?;
    let copy = root.join("target").join("publish-check").join("workspace");
    if copy.exists() {
        std::fs::remove_dir_all(&copy)
            .with_context(|| format!("cannot remove {}", copy.display()))?;
    }
    for file in checkout_files(root)? {
        let to = copy.join(&file);
        if let Some(dir) = to.parent() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
        }
        let from = root.join(&file);
        if file.file_name().is_some_and(|n| n == "Cargo.toml") {
            let text = std::fs::read_to_string(&from)
                .with_context(|| format!("cannot read {}", from.display()))?;
            let text = drop_dependency(&text, &hack)
                .with_context(|| format!("{}", from.display()))?
                .unwrap_or(text);
            std::fs::write(&to, text).with_context(|| format!("cannot write {}", to.display()))?;
        } else {
            std::fs::copy(&from, &to)
                .with_context(|| format!("cannot copy {} to {}", from.display(), to.display()))?;
        }
    }
    Ok(copy)
}

/// `cargo metadata` of the workspace at `root` (no dependencies).
fn metadata(root: &Path) -> Result<Value> {
    let out = crate::cargo()
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .current_dir(root)
        .output()
        .context("cannot run cargo metadata")?;
    ensure!(
        out.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).context("cargo metadata printed no JSON")
}

/// A workspace package as `cargo package` sees it.
#[derive(Debug)]
pub struct Publishable {
    pub name: String,
    pub version: String,
}

/// The workspace's publishable packages (those without `publish = false`), each checked for
/// the metadata a published crate needs; an error lists every field missing.
pub fn publishable(root: &Path) -> Result<Vec<Publishable>> {
    let metadata = metadata(root)?;
    let packages = metadata["packages"]
        .as_array()
        .context("cargo metadata lists no packages")?;
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for package in packages {
        // `publish = false` reads as an empty list of registries.
        if package["publish"].as_array().is_some_and(Vec::is_empty) {
            continue;
        }
        let name = package["name"].as_str().unwrap_or_default().to_string();
        for field in REQUIRED_FIELDS {
            let value = &package[field];
            let empty = value.is_null()
                || value.as_str().is_some_and(str::is_empty)
                || value.as_array().is_some_and(Vec::is_empty);
            if empty {
                missing.push(format!("{name}: no `{}`", field.replace('_', "-")));
            }
        }
        missing.extend(docs_rs_problems(&name, &package["metadata"]["docs"]["rs"]));
        found.push(Publishable {
            version: package["version"].as_str().unwrap_or_default().to_string(),
            name,
        });
    }
    ensure!(
        missing.is_empty(),
        "publishable packages lack metadata:\n  {}",
        missing.join("\n  ")
    );
    ensure!(!found.is_empty(), "no publishable package in the workspace");
    Ok(found)
}

/// Whether a package's `[package.metadata.docs.rs]` asks for what docs.rs must build: every
/// feature (the vendors, `redis`, `axum` and the other TLS provider all have public items) and
/// `--cfg docsrs`, which turns on `doc_cfg` so each item shows the feature it needs. CI cannot
/// build that configuration cheaply (it needs a nightly rustdoc, or `RUSTC_BOOTSTRAP=1`, which
/// rebuilds every proc macro: 130 s), so the settings are checked here.
fn docs_rs_problems(name: &str, docs_rs: &Value) -> Vec<String> {
    if docs_rs.is_null() {
        return vec![format!("{name}: no [package.metadata.docs.rs]")];
    }
    let mut problems = Vec::new();
    if docs_rs["all-features"].as_bool() != Some(true) {
        problems.push(format!(
            "{name}: [package.metadata.docs.rs] without `all-features = true`"
        ));
    }
    let args: Vec<&str> = docs_rs["rustdoc-args"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if !args.windows(2).any(|w| w == ["--cfg", "docsrs"]) {
        problems.push(format!(
            "{name}: [package.metadata.docs.rs] without `rustdoc-args = [\"--cfg\", \"docsrs\"]`"
        ));
    }
    problems
}

/// What one `.crate` holds: its file list and its normalized manifest.
fn crate_contents(file: &Path) -> Result<(Vec<String>, String)> {
    let out = std::process::Command::new("tar")
        .args(["-tzf"])
        .arg(file)
        .output()
        .context("cannot run tar")?;
    ensure!(out.status.success(), "tar cannot list {}", file.display());
    let files: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(String::from)
        .collect();
    let manifest = files
        .iter()
        .find(|f| f.matches('/').count() == 1 && f.ends_with("/Cargo.toml"))
        .with_context(|| format!("{} holds no Cargo.toml", file.display()))?;
    let out = std::process::Command::new("tar")
        .args(["-xzOf"])
        .arg(file)
        .arg(manifest)
        .output()
        .context("cannot run tar")?;
    ensure!(out.status.success(), "tar cannot read {manifest}");
    Ok((files, String::from_utf8_lossy(&out.stdout).into_owned()))
}

/// Problems with one packaged crate: a dependency on the workspace-hack, a missing licence or
/// README.
fn crate_problems(name: &str, files: &[String], manifest: &str, hack: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let holds = |file: &str| {
        files
            .iter()
            .any(|f| f.split_once('/').is_some_and(|(_, p)| p == file))
    };
    for file in ["LICENSE", "README.md", "Cargo.toml"] {
        if !holds(file) {
            problems.push(format!("{name}: the package holds no {file}"));
        }
    }
    if manifest.contains(hack) {
        problems.push(format!("{name}: the packaged Cargo.toml names {hack}"));
    }
    problems
}

/// How to verify the packages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verify {
    /// Cargo's own verification: each `.crate` built on its own, with its own features. The
    /// full proof, and slow: the packages resolve their dependencies' features one by one, so
    /// tokio, hyper and reqwest are built several times (265 s on 2 cores; BENCHMARKS.md).
    Each,
    /// One `cargo check` of every unpacked `.crate` together, in a workspace of their own that
    /// also holds a copy of the workspace-hack: the packaged sources compile against each other
    /// as published, and every dependency resolves as in the checkout, so its checked
    /// artifacts are reused. Whether each crate builds with only the features it declares is
    /// the other CI steps' proof (the vendor crates checked alone, the facade per feature).
    Together,
}

/// Packages every publishable package of the published copy, verified as `verify` says, and
/// checks each `.crate`. Builds into the checkout's `target/` so that the verification reuses
/// what the workspace built where the features match.
pub fn publish_check(root: &Path, verify: Verify) -> Result<()> {
    let start = Instant::now();
    let copy = published_copy(root)?;
    let packages = publishable(&copy)?;
    let hack = hack_name(root)?;
    let target = root.join("target");
    let mut command = crate::cargo();
    // `--workspace` would take the private packages too; each publishable one by name.
    command
        .args(["package", "--allow-dirty"])
        .args(packages.iter().flat_map(|p| ["-p", p.name.as_str()]))
        .env("CARGO_TARGET_DIR", &target)
        .current_dir(&copy);
    if verify == Verify::Together {
        command.arg("--no-verify");
    }
    crate::run(&mut command).context("`cargo package` failed")?;
    let crates: Vec<PathBuf> = packages
        .iter()
        .map(|p| {
            target
                .join("package")
                .join(format!("{}-{}.crate", p.name, p.version))
        })
        .collect();
    let mut problems = Vec::new();
    for (package, file) in packages.iter().zip(&crates) {
        let (files, manifest) = crate_contents(file)?;
        problems.extend(crate_problems(&package.name, &files, &manifest, &hack));
    }
    if !problems.is_empty() {
        bail!(
            "packaged crates are not publishable:\n  {}",
            problems.join("\n  ")
        );
    }
    if verify == Verify::Together {
        check_together(root, &packages, &crates)?;
    }
    eprintln!(
        "{} package(s) ready to publish ({}), in {:.1} s",
        packages.len(),
        packages
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The manifest of the workspace [`Verify::Together`] checks: every unpacked package and the
/// hack as members, each published package patched to its unpacked copy (their manifests name
/// each other by version, as on crates.io).
fn together_manifest(packages: &[Publishable], hack_dir: &str) -> String {
    let dir = |p: &Publishable| format!("{}-{}", p.name, p.version);
    let mut members: Vec<String> = packages.iter().map(|p| format!("\"{}\"", dir(p))).collect();
    members.push(format!("\"{hack_dir}\""));
    let mut out = format!(
        "[workspace]\nresolver = \"3\"\nmembers = [{}]\n\n[patch.crates-io]\n",
        members.join(", ")
    );
    for package in packages {
        out += &format!("{} = {{ path = \"{}\" }}\n", package.name, dir(package));
    }
    out
}

/// [`Verify::Together`]: unpacks every `.crate` under `target/publish-check/unpacked` with a
/// copy of the workspace-hack, and checks them in one `cargo check --workspace`.
fn check_together(root: &Path, packages: &[Publishable], crates: &[PathBuf]) -> Result<()> {
    let dir = root.join("target").join("publish-check").join("unpacked");
    if dir.exists() {
        std::fs::remove_dir_all(&dir)
            .with_context(|| format!("cannot remove {}", dir.display()))?;
    }
    std::fs::create_dir_all(&dir)?;
    for file in crates {
        crate::run(
            std::process::Command::new("tar")
                .arg("-xzf")
                .arg(file)
                .arg("-C")
                .arg(&dir),
        )
        .with_context(|| format!("cannot unpack {}", file.display()))?;
    }
    // The hack, as the checkout has it: its manifest, its (empty) library and build script.
    let hack_dir = "workspace-hack";
    let from = root.join("crates").join("workspace-hack");
    for file in ["Cargo.toml", "build.rs", "src/lib.rs"] {
        let to = dir.join(hack_dir).join(file);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(from.join(file), &to)
            .with_context(|| format!("cannot copy the workspace-hack's {file}"))?;
    }
    std::fs::write(
        dir.join("Cargo.toml"),
        together_manifest(packages, hack_dir),
    )?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))?;
    crate::run(
        crate::cargo()
            .args(["check", "--workspace"])
            .env("CARGO_TARGET_DIR", root.join("target"))
            .current_dir(&dir),
    )
    .context("the packaged crates do not compile together")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hack_is_dropped_from_every_dependency_table_and_nothing_else() {
        let manifest = "[package]\nname = \"a\"\n\n[dependencies]\nserde = \"1\"\n\
                        hack = { version = \"0.1\", path = \"../hack\" }\n\n\
                        [dev-dependencies]\nhack = { path = \"../hack\" }\n";
        let out = drop_dependency(manifest, "hack").unwrap().unwrap();
        assert!(!out.contains("hack"), "{out}");
        assert!(out.contains("serde = \"1\""), "{out}");
        assert!(drop_dependency(&out, "hack").unwrap().is_none());
    }

    #[test]
    fn a_package_without_licence_or_with_the_hack_is_named() {
        let files = [
            "a-0.1.0/Cargo.toml".to_string(),
            "a-0.1.0/README.md".to_string(),
        ];
        let problems = crate_problems("a", &files, "[dependencies.hack]\n", "hack");
        assert_eq!(
            problems,
            [
                "a: the package holds no LICENSE",
                "a: the packaged Cargo.toml names hack"
            ]
        );
    }

    #[test]
    fn the_unpacked_crates_resolve_each_other_and_unify_with_the_hack() {
        let package = |name: &str| Publishable {
            name: name.into(),
            version: "0.1.0".into(),
        };
        let manifest = together_manifest(&[package("otpkit"), package("otpkit-http")], "hack");
        assert_eq!(
            manifest,
            "[workspace]\nresolver = \"3\"\nmembers = [\"otpkit-0.1.0\", \"otpkit-http-0.1.0\", \"hack\"]\n\n\
             [patch.crates-io]\notpkit = { path = \"otpkit-0.1.0\" }\notpkit-http = { path = \"otpkit-http-0.1.0\" }\n"
        );
    }

    #[test]
    fn docs_rs_settings_need_every_feature_and_the_docsrs_cfg() {
        let good = serde_json::json!({"all-features": true, "rustdoc-args": ["--cfg", "docsrs"]});
        assert!(docs_rs_problems("a", &good).is_empty());
        assert_eq!(
            docs_rs_problems("a", &Value::Null),
            ["a: no [package.metadata.docs.rs]"]
        );
        let partial = serde_json::json!({"rustdoc-args": ["--cfg", "other"]});
        assert_eq!(docs_rs_problems("a", &partial).len(), 2);
    }
}
