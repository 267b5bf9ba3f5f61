//! Helpers for otpkit's workspace-level tests (in `tests/tests/`): reading the examples the
//! specs document, so that tests check the generated types against exactly those bodies.

use serde_json::Value;
use xtask::lint::resolve;
use xtask::spec::Spec;

/// One example from a spec: where it is, and its JSON value.
#[derive(Debug, Clone)]
pub struct Example {
    pub operation_id: String,
    /// `"request"`, or the response status (`"200"`, `"5XX"`, ...).
    pub status: String,
    /// The example's name (`"example"` for a single `example`).
    pub name: String,
    pub value: Value,
}

fn media_examples(root: &Value, media: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    if let Some(example) = media.get("example") {
        out.push(("example".to_string(), example.clone()));
    }
    for (name, example) in media
        .get("examples")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        if let Some(value) = resolve(root, example).get("value") {
            out.push((name.clone(), value.clone()));
        }
    }
    out
}

/// Every request example (JSON or form) and JSON response example of every operation of
/// `spec`.
pub fn examples(spec: &Spec) -> Vec<Example> {
    let mut out = Vec::new();
    for op in spec.operations() {
        let id = op.name();
        let mut push = |status: &str, media: &Value| {
            for (name, value) in media_examples(&spec.json, media) {
                out.push(Example {
                    operation_id: id.clone(),
                    status: status.to_string(),
                    name,
                    value,
                });
            }
        };
        // A form body's example is written as JSON, as OpenAPI has it, and its generated type
        // reads it the same way.
        for media_type in ["application~1json", "application~1x-www-form-urlencoded"] {
            if let Some(media) = op
                .operation
                .pointer(&format!("/requestBody/content/{media_type}"))
            {
                push("request", media);
            }
        }
        for (status, response) in op
            .operation
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if let Some(media) = resolve(&spec.json, response).pointer("/content/application~1json")
            {
                push(status, media);
            }
        }
    }
    out
}

/// `value` with every number as a float, so that `1` and `1.0` compare equal after a
/// round-trip through an `f64` field.
pub fn normalize_numbers(value: &Value) -> Value {
    match value {
        Value::Number(n) => n.as_f64().map(Value::from).unwrap_or_else(|| value.clone()),
        Value::Array(items) => Value::Array(items.iter().map(normalize_numbers).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), normalize_numbers(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The schema a spec documents for `operation_id` answering `status`: the exact status, else
/// its range (`5XX`), else `default`. An error says what is not documented.
pub fn response_schema(spec: &Spec, operation_id: &str, status: u16) -> Result<Value, String> {
    let op = spec
        .operations()
        .into_iter()
        .find(|op| op.operation_id() == Some(operation_id))
        .ok_or_else(|| format!("{}: no operation {operation_id}", spec.display_path))?;
    let responses = op
        .operation
        .get("responses")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let range = format!("{}XX", status / 100);
    let response = [status.to_string(), range, "default".to_string()]
        .iter()
        .find_map(|key| responses.get(key))
        .ok_or_else(|| {
            format!(
                "{}: {operation_id} does not document status {status}",
                spec.display_path
            )
        })?;
    resolve(&spec.json, response)
        .pointer("/content/application~1json/schema")
        .cloned()
        .ok_or_else(|| {
            format!(
                "{}: {operation_id} {status} has no JSON schema",
                spec.display_path
            )
        })
}

/// Checks that `body`, answered by `operation_id` with `status`, is what the spec documents.
pub fn check_response(
    spec: &Spec,
    operation_id: &str,
    status: u16,
    body: &Value,
) -> Result<(), String> {
    let schema = response_schema(spec, operation_id, status)?;
    let errors = xtask::lint::validate(&spec.json, &schema, body);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}: {operation_id} {status} {body}: {}",
            spec.display_path,
            errors.join("; ")
        ))
    }
}
