//! The `xtask` binary as a developer runs it, on a scratch copy of the workspace's specs and
//! generated files (`--root`), so that nothing here touches the checkout.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use xtask::{generate, spec, vendors, workspace_root};

/// A temporary workspace holding what generation reads and writes.
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = workspace_root();
    for vendor in vendors().unwrap() {
        let files: [PathBuf; 3] = [
            spec::spec_path(vendor),
            generate::target_path(vendor),
            Path::new("crates").join(vendor).join("Cargo.toml"),
        ];
        for rel in files {
            let to = dir.path().join(&rel);
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(root.join(&rel), to).unwrap();
        }
    }
    // And what is derived from every spec's declaration (the README's table among them).
    for (rel, _) in xtask::derived::render_all(&root, vendors().unwrap()).unwrap() {
        let to = dir.path().join(&rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(root.join(&rel), to).unwrap();
    }
    dir
}

fn xtask(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("--root")
        .arg(root)
        .args(args)
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn check_passes_on_fresh_code() {
    let dir = scratch();
    let out = xtask(dir.path(), &["generate", "--check"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn check_fails_on_a_hand_edited_file_and_names_it() {
    let dir = scratch();
    let edited = dir.path().join(generate::target_path("shoutout"));
    let text = std::fs::read_to_string(&edited).unwrap();
    std::fs::write(
        &edited,
        text.replace("pub struct Client", "pub struct  Client"),
    )
    .unwrap();
    let before = std::fs::read(&edited).unwrap();

    let out = xtask(dir.path(), &["generate", "--check"]);
    let message = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{message}");
    assert!(
        message.contains("crates/shoutout/src/generated.rs"),
        "{message}"
    );
    assert!(
        !message.contains("termii/src"),
        "only the edited file is stale: {message}"
    );
    assert!(message.contains("cargo xtask generate"), "{message}");
    assert_eq!(
        std::fs::read(&edited).unwrap(),
        before,
        "--check must not write"
    );

    // Regenerating repairs it, and a second run changes nothing.
    assert!(
        xtask(dir.path(), &["generate", "shoutout"])
            .status
            .success()
    );
    let repaired = std::fs::read(&edited).unwrap();
    assert_eq!(
        repaired,
        std::fs::read(workspace_root().join(generate::target_path("shoutout"))).unwrap()
    );
    assert!(xtask(dir.path(), &["generate"]).status.success());
    assert_eq!(std::fs::read(&edited).unwrap(), repaired);
}

#[test]
fn check_names_a_missing_file() {
    let dir = scratch();
    std::fs::remove_file(dir.path().join(generate::target_path("octopush"))).unwrap();
    let out = xtask(dir.path(), &["generate", "--check"]);
    // 1 is the xtask's own failure; a panic would exit 101 and still print to stderr.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("crates/octopush/src/generated.rs"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn generate_one_vendor_touches_only_it() {
    let dir = scratch();
    let termii = dir.path().join(generate::target_path("termii"));
    std::fs::write(&termii, "stale").unwrap();
    let octopush = dir.path().join(generate::target_path("octopush"));
    std::fs::write(&octopush, "stale").unwrap();
    assert!(xtask(dir.path(), &["generate", "termii"]).status.success());
    assert_ne!(std::fs::read_to_string(&termii).unwrap(), "stale");
    assert_eq!(std::fs::read_to_string(&octopush).unwrap(), "stale");
}

/// progenitor panics (`todo!`, `assert!`) on shapes it does not support; the xtask turns that
/// into an error naming the spec and the operation.
#[test]
fn a_spec_progenitor_rejects_is_named_with_its_operation() {
    let dir = scratch();
    let path = dir.path().join(spec::spec_path("termii"));
    let text = std::fs::read_to_string(&path).unwrap();
    // Two media types on one request body: progenitor hits `todo!("more media types than expected")`.
    let broken = text.replacen(
        "            schema:\n              $ref: \"#/components/schemas/VoiceCallRequest\"\n",
        "            schema:\n              $ref: \"#/components/schemas/VoiceCallRequest\"\n          application/x-www-form-urlencoded:\n            schema:\n              $ref: \"#/components/schemas/VoiceCallRequest\"\n",
        1,
    );
    assert_ne!(broken, text, "the test's edit did not apply");
    std::fs::write(&path, broken).unwrap();

    let out = xtask(dir.path(), &["generate", "termii"]);
    let message = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{message}");
    assert!(message.contains("specs/termii.yaml"), "{message}");
    assert!(message.contains("operation make_voice_call"), "{message}");
    assert!(!message.contains("panicked"), "{message}");
}

#[test]
fn an_unparseable_spec_is_named() {
    let dir = scratch();
    std::fs::write(
        dir.path().join(spec::spec_path("octopush")),
        "openapi: [unclosed",
    )
    .unwrap();
    let out = xtask(dir.path(), &["generate"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("specs/octopush.yaml: not valid YAML"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_unknown_vendor_is_refused_with_the_known_ones() {
    let out = xtask(&workspace_root(), &["generate", "twilio"]);
    let message = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{message}");
    assert!(
        message.contains(
            "unknown vendor `twilio`; known vendors: octopush, pipwave, shoutout, termii"
        ),
        "{message}"
    );
}

#[test]
fn lint_specs_passes_and_names_findings() {
    let dir = scratch();
    assert!(xtask(dir.path(), &["lint-specs"]).status.success());
    let path = dir.path().join(spec::spec_path("shoutout"));
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("operationId: verify_otp", "summary: no id");
    std::fs::write(&path, text).unwrap();
    let out = xtask(dir.path(), &["lint-specs", "shoutout"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("specs/shoutout.yaml: POST /otpservice/verify: no operationId"),
        "{}",
        stderr(&out)
    );
}
