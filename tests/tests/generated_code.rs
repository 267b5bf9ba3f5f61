//! The generated vendor clients: a snapshot of each (so that a spec or generator change shows
//! up as a reviewable diff) and a freshness check (so that plain `cargo test` fails when
//! committed code is stale).

use xtask::{VENDORS, generate, spec, workspace_root};

fn render(vendor: &'static str) -> String {
    let spec = spec::load(&workspace_root(), vendor).unwrap_or_else(|e| panic!("{e:#}"));
    generate::render(&spec).unwrap_or_else(|e| panic!("{e:#}"))
}

#[test]
fn snapshots_of_the_generated_code() {
    for vendor in VENDORS {
        insta::assert_snapshot!(format!("{vendor}_generated"), render(vendor));
    }
}

#[test]
fn committed_generated_code_is_fresh() {
    let root = workspace_root();
    let mut stale = Vec::new();
    for vendor in VENDORS {
        let path = generate::target_path(vendor);
        let committed = std::fs::read_to_string(root.join(&path))
            .unwrap_or_default()
            .replace("\r\n", "\n");
        if committed != render(vendor) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated code: {}\nrun `cargo xtask generate` and commit the result",
        stale.join(", ")
    );
}

#[test]
fn generation_is_deterministic() {
    for vendor in VENDORS {
        assert_eq!(render(vendor), render(vendor), "{vendor}: two runs differ");
    }
}
