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
    let listed = crate::git_files(root, &["--cached", "--others", "--exclude-standard"])?;
    // In name order; a file deleted from the work tree is still listed, and left out.
    let files: BTreeSet<PathBuf> = listed
        .into_iter()
        .map(PathBuf::from)
        .filter(|f| root.join(f).is_file())
        .collect();
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
    copy_without(root, &hack_name(root)?)
}

/// [`published_copy`], the hack's name known.
fn copy_without(root: &Path, hack: &str) -> Result<PathBuf> {
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
            let text = drop_dependency(&text, hack)
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

/// A workspace package as `cargo package` sees it.
#[derive(Debug)]
pub struct Publishable {
    pub name: String,
    pub version: String,
}

impl Publishable {
    /// `<name>-<version>`: its `.crate`'s stem, and its directory once unpacked.
    fn dir(&self) -> String {
        format!("{}-{}", self.name, self.version)
    }
}

/// The publishable packages (those without `publish = false`) of a workspace's `cargo
/// metadata`, each checked for the metadata a published crate needs; an error lists every
/// field missing.
pub fn publishable(metadata: &Value) -> Result<Vec<Publishable>> {
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

/// Unpacks every `.crate` into `dir` (replacing what was there): `dir/<name>-<version>/`.
fn unpack(crates: &[PathBuf], dir: &Path) -> Result<()> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).with_context(|| format!("cannot remove {}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for file in crates {
        crate::run(
            std::process::Command::new("tar")
                .arg("-xzf")
                .arg(file)
                .arg("-C")
                .arg(dir),
        )
        .with_context(|| format!("cannot unpack {}", file.display()))?;
    }
    Ok(())
}

/// Problems with one unpacked crate (`unpacked`: its directory): a dependency on the
/// workspace-hack, a missing licence or README.
fn crate_problems(name: &str, unpacked: &Path, hack: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for file in ["LICENSE", "README.md", "Cargo.toml"] {
        if !unpacked.join(file).is_file() {
            problems.push(format!("{name}: the package holds no {file}"));
        }
    }
    let manifest = std::fs::read_to_string(unpacked.join("Cargo.toml")).unwrap_or_default();
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
    let hack = hack_name(root)?;
    let copy = copy_without(root, &hack)?;
    let metadata = crate::tidy::metadata(&copy)?;
    let packages = publishable(&metadata)?;
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
        .map(|p| target.join("package").join(format!("{}.crate", p.dir())))
        .collect();
    let unpacked = target.join("publish-check").join("unpacked");
    unpack(&crates, &unpacked)?;
    let problems: Vec<String> = packages
        .iter()
        .flat_map(|p| crate_problems(&p.name, &unpacked.join(p.dir()), &hack))
        .collect();
    if !problems.is_empty() {
        bail!(
            "packaged crates are not publishable:\n  {}",
            problems.join("\n  ")
        );
    }
    if verify == Verify::Together {
        check_together(root, &unpacked, &packages, &package_dir(&metadata, &hack)?)?;
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

/// The directory of the workspace package `name`, from `cargo metadata`.
fn package_dir(metadata: &Value, name: &str) -> Result<PathBuf> {
    metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["name"] == name)
        .and_then(|p| p["manifest_path"].as_str())
        .and_then(|m| Path::new(m).parent())
        .map(Path::to_path_buf)
        .with_context(|| format!("no package {name} in the workspace"))
}

/// Copies the files under `from` into `to`, directories included.
fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to).with_context(|| format!("cannot create {}", to.display()))?;
    for entry in
        std::fs::read_dir(from).with_context(|| format!("cannot list {}", from.display()))?
    {
        let path = entry?.path();
        let target = to.join(
            path.file_name()
                .context("a directory entry without a name")?,
        );
        if path.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            std::fs::copy(&path, &target)
                .with_context(|| format!("cannot copy {}", path.display()))?;
        }
    }
    Ok(())
}

/// The manifest of the workspace [`Verify::Together`] checks: every unpacked package and the
/// hack as members, each published package patched to its unpacked copy (their manifests name
/// each other by version, as on crates.io).
fn together_manifest(packages: &[Publishable], hack_dir: &str) -> String {
    let mut members: Vec<String> = packages
        .iter()
        .map(|p| format!("\"{}\"", p.dir()))
        .collect();
    members.push(format!("\"{hack_dir}\""));
    let mut out = format!(
        "[workspace]\nresolver = \"3\"\nmembers = [{}]\n\n[patch.crates-io]\n",
        members.join(", ")
    );
    for package in packages {
        out += &format!("{} = {{ path = \"{}\" }}\n", package.name, package.dir());
    }
    out
}

/// [`Verify::Together`]: the crates unpacked in `unpacked`, with a copy of the workspace-hack
/// (from `hack_dir`) beside them, checked in one `cargo check --workspace`.
fn check_together(
    root: &Path,
    unpacked: &Path,
    packages: &[Publishable],
    hack_dir: &Path,
) -> Result<()> {
    let hack_copy = "workspace-hack";
    copy_dir(hack_dir, &unpacked.join(hack_copy))?;
    std::fs::write(
        unpacked.join("Cargo.toml"),
        together_manifest(packages, hack_copy),
    )?;
    std::fs::copy(root.join("Cargo.lock"), unpacked.join("Cargo.lock"))?;
    crate::run(
        crate::cargo()
            .args(["check", "--workspace"])
            .env("CARGO_TARGET_DIR", root.join("target"))
            .current_dir(unpacked),
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
        let unpacked = tempfile::tempdir().unwrap();
        std::fs::write(unpacked.path().join("Cargo.toml"), "[dependencies.hack]\n").unwrap();
        std::fs::write(unpacked.path().join("README.md"), "# a\n").unwrap();
        let problems = crate_problems("a", unpacked.path(), "hack");
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
