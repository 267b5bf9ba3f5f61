//! Loading a vendor spec: the YAML file parsed once into JSON (for lint and example checks)
//! and into `openapiv3` (for progenitor).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::Value;

/// One vendor's spec, as read from `specs/<vendor>.yaml`.
pub struct Spec {
    pub vendor: &'static str,
    /// Path relative to the workspace root, as shown in messages (`specs/termii.yaml`).
    pub display_path: String,
    pub json: Value,
    pub openapi: openapiv3::OpenAPI,
}

/// Where a vendor's spec lives, relative to the workspace root.
pub fn spec_path(vendor: &str) -> PathBuf {
    Path::new("specs").join(format!("{vendor}.yaml"))
}

/// Reads and parses `specs/<vendor>.yaml` under `root`.
pub fn load(root: &Path, vendor: &'static str) -> Result<Spec> {
    let rel = spec_path(vendor);
    let display_path = rel.display().to_string();
    let text = std::fs::read_to_string(root.join(&rel))
        .with_context(|| format!("{display_path}: cannot read the spec"))?;
    parse(vendor, display_path, &text)
}

/// Parses spec text; `display_path` names it in errors.
pub fn parse(vendor: &'static str, display_path: String, text: &str) -> Result<Spec> {
    let json: Value = serde_norway::from_str(text).with_context(|| {
        format!(
            "{display_path}: not valid YAML (or a mapping key is not a string: quote status codes)"
        )
    })?;
    let openapi: openapiv3::OpenAPI = serde_json::from_value(json.clone())
        .with_context(|| format!("{display_path}: not an OpenAPI 3.0 document"))?;
    Ok(Spec {
        vendor,
        display_path,
        json,
        openapi,
    })
}

/// One operation of a spec: its path, HTTP method and the operation object.
pub struct OperationRef<'a> {
    pub path: &'a str,
    pub method: &'static str,
    pub operation: &'a Value,
}

impl OperationRef<'_> {
    pub fn operation_id(&self) -> Option<&str> {
        self.operation.get("operationId").and_then(Value::as_str)
    }

    /// How messages name the operation: its operationId, or `METHOD path` where it has none.
    pub fn name(&self) -> String {
        match self.operation_id() {
            Some(id) => id.to_string(),
            None => format!("{} {}", self.method.to_uppercase(), self.path),
        }
    }
}

pub const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

impl Spec {
    /// Every operation under `paths`, in document order.
    pub fn operations(&self) -> Vec<OperationRef<'_>> {
        let Some(paths) = self.json.get("paths").and_then(Value::as_object) else {
            return Vec::new();
        };
        paths
            .iter()
            .flat_map(|(path, item)| {
                METHODS.iter().filter_map(move |method| {
                    item.get(*method).map(|operation| OperationRef {
                        path,
                        method,
                        operation,
                    })
                })
            })
            .collect()
    }
}
