//! The generated vendor clients: a snapshot of each one's public surface (operations with
//! method and path, builder methods, types with their fields), so that a spec or generator
//! change shows up as a readable API diff, and a freshness check, so that plain `cargo test`
//! fails when committed code is stale (the same check as `cargo xtask generate --check`).

use xtask::{generate, spec, surface, vendors, workspace_root};

fn render(vendor: &'static str) -> String {
    let spec = spec::load(&workspace_root(), vendor).unwrap_or_else(|e| panic!("{e:#}"));
    generate::render(&spec).unwrap_or_else(|e| panic!("{e:#}"))
}

#[test]
fn snapshots_of_the_generated_api_surface() {
    for vendor in vendors().unwrap() {
        let surface = surface::surface(&render(vendor)).unwrap_or_else(|e| panic!("{e:#}"));
        insta::assert_snapshot!(format!("{vendor}_surface"), surface);
    }
}

#[test]
fn committed_generated_code_is_fresh() {
    if let Err(e) = generate::run(&workspace_root(), vendors().unwrap(), generate::Mode::Check) {
        panic!("{e:#}");
    }
}

#[test]
fn generation_is_deterministic() {
    for vendor in vendors().unwrap() {
        assert_eq!(render(vendor), render(vendor), "{vendor}: two runs differ");
    }
}
