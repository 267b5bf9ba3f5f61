//! A tidy check that a crate reads downhill: no module refers (by `use crate::…` or a
//! `crate::…` path in code) to a module that refers back to it, nor to the crate's face
//! (`lib.rs`, whose `pub use` lines are for users). Comments and `#[cfg(test)] mod tests` are
//! left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::{Context, Result};

/// The module path of a source file under `src` (`vendors::termii`; `crate` for `lib.rs`).
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?.with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    Some(if parts.is_empty() {
        "crate".into()
    } else {
        parts.join("::")
    })
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("cannot list {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            rust_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

/// Every `crate::a::b::…` path in `code`, `use` trees expanded one level of braces.
fn crate_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let tail = &rest[at + "crate::".len()..];
        let end = tail
            .find(|c: char| {
                !(c.is_alphanumeric()
                    || c == '_'
                    || c == ':'
                    || c == '{'
                    || c == '}'
                    || c == ','
                    || c == ' '
                    || c == '\n')
            })
            .unwrap_or(tail.len());
        let tree: String = tail[..end].split_whitespace().collect();
        match tree.split_once('{') {
            Some((head, items)) => {
                let items = items.split('}').next().unwrap_or_default();
                paths.extend(items.split(',').map(|item| format!("{head}{item}")));
            }
            None => paths.push(tree),
        }
        rest = &tail[end..];
    }
    paths
}

/// The pairs of modules of the crate at `src` that refer to each other, and the modules that
/// refer to the crate's face.
pub fn uphill(src: &Path) -> Result<Vec<String>> {
    let mut files = Vec::new();
    rust_files(src, &mut files)?;
    let mut sources = BTreeMap::new();
    for file in &files {
        if let Some(module) = module_of(src, file) {
            let text = std::fs::read_to_string(file)?;
            let text = text
                .split("#[cfg(test)]\nmod tests")
                .next()
                .unwrap_or_default();
            let code: String = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            sources.insert(module, code);
        }
    }
    let modules: BTreeSet<&String> = sources.keys().collect();
    let mut edges = BTreeSet::new();
    for (module, code) in &sources {
        if module == "crate" {
            continue;
        }
        for path in crate_paths(code) {
            let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
            let target = (1..=segments.len())
                .rev()
                .map(|k| segments[..k].join("::"))
                .find(|candidate| modules.contains(candidate))
                .unwrap_or_else(|| "crate".into());
            if &target != module && !module.starts_with(&format!("{target}::")) {
                edges.insert((module.clone(), target));
            }
        }
    }
    let mut found = Vec::new();
    for (from, to) in &edges {
        if to == "crate" {
            found.push(format!("{from} imports through the crate's face (lib.rs)"));
        } else if from < to && edges.contains(&(to.clone(), from.clone())) {
            found.push(format!("{from} and {to} import each other"));
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_read_from_use_trees_and_code() {
        let code = "use crate::error::{Error, ConfigError};\nlet x = crate::mask::shorten(y);";
        assert_eq!(
            crate_paths(code),
            ["error::Error", "error::ConfigError", "mask::shorten"]
        );
    }

    /// otpkit reads downhill; the sandbox too. (Its vendor registry, expanded in `vendors` from
    /// the `vendors!` macro of `vendors/registry.rs`, still takes `Shared`, which holds every
    /// vendor's state: the routes take the state they change. A macro's `$crate::` paths are
    /// the defining file's, so this check counts them for `vendors::registry`.)
    #[test]
    fn the_facade_and_the_sandbox_read_downhill() {
        let root = crate::workspace_root();
        let otpkit = uphill(&root.join("crates/otpkit/src")).unwrap();
        assert!(otpkit.is_empty(), "crates/otpkit/src: {otpkit:#?}");
        let sandbox = uphill(&root.join("crates/sandbox/src")).unwrap();
        assert!(sandbox.is_empty(), "crates/sandbox/src: {sandbox:#?}");
    }
}
