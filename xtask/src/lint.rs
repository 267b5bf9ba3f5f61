//! `cargo xtask lint-specs`: the rules otpkit's specs follow beyond what OpenAPI itself requires:
//! OpenAPI 3.0.x, a unique operationId on every operation, an example on every request and
//! response body, every example valid against its schema, and response schemas that tolerate
//! what vendors add later (no closed enums, no `additionalProperties: false`).

use std::collections::{BTreeSet, VecDeque};
use std::fmt;

use serde_json::{Map, Value, json};

use crate::spec::Spec;

/// One broken rule, located in the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub spec: String,
    pub location: String,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.spec, self.location, self.message)
    }
}

/// Every rule the spec breaks; empty when it is clean.
pub fn lint(spec: &Spec) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut push = |location: String, message: String| {
        out.push(Finding {
            spec: spec.display_path.clone(),
            location,
            message,
        })
    };

    let version = spec
        .json
        .get("openapi")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if !version.starts_with("3.0.") {
        push(
            "openapi".into(),
            format!("version `{version}`: progenitor takes OpenAPI 3.0.x only"),
        );
    }

    // The vendor's declaration, which everything that lists vendors derives from.
    if let Err(error) = crate::declaration::Declaration::of(spec) {
        push("x-otpkit".into(), format!("{error:#}"));
    }

    let mut ids = BTreeSet::new();
    for op in spec.operations() {
        let at = format!("{} {}", op.method.to_uppercase(), op.path);
        match op.operation_id() {
            None => push(at.clone(), "no operationId".into()),
            Some(id) if !ids.insert(id.to_string()) => {
                push(at.clone(), format!("operationId `{id}` is used twice"))
            }
            Some(_) => {}
        }
        let name = op.name();
        if let Some(content) = op
            .operation
            .pointer("/requestBody/content")
            .and_then(Value::as_object)
        {
            for (media, body) in content {
                check_media(spec, &format!("{name} request {media}"), body, &mut push);
            }
        }
        if let Some(responses) = op.operation.get("responses").and_then(Value::as_object) {
            for (status, response) in responses {
                let response = resolve(&spec.json, response);
                for (media, body) in response
                    .get("content")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    check_media(
                        spec,
                        &format!("{name} response {status} {media}"),
                        body,
                        &mut push,
                    );
                }
            }
        }
    }

    if let Some(schemas) = spec
        .json
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for (name, schema) in schemas {
            check_schema_examples(
                spec,
                &format!("components.schemas.{name}"),
                schema,
                &mut push,
            );
        }
    }

    for (location, message) in open_response_schemas(&spec.json) {
        push(location, message);
    }
    out
}

/// A media type needs an example, and its examples must validate.
fn check_media(spec: &Spec, at: &str, media: &Value, push: &mut impl FnMut(String, String)) {
    let Some(schema) = media.get("schema") else {
        push(at.into(), "no schema".into());
        return;
    };
    let mut examples: Vec<(String, &Value)> = Vec::new();
    if let Some(example) = media.get("example") {
        examples.push((format!("{at} example"), example));
    }
    for (key, example) in media
        .get("examples")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        match resolve(&spec.json, example).get("value") {
            Some(value) => examples.push((format!("{at} examples.{key}"), value)),
            None => push(
                format!("{at} examples.{key}"),
                "example has no `value`".into(),
            ),
        }
    }
    if examples.is_empty() {
        push(
            at.into(),
            "no example: copy one from the vendor's page".into(),
        );
    }
    for (where_, example) in examples {
        for error in validate(&spec.json, schema, example) {
            push(where_.clone(), error);
        }
    }
}

/// `example`s written on schemas themselves (components and their properties).
fn check_schema_examples(
    spec: &Spec,
    at: &str,
    schema: &Value,
    push: &mut impl FnMut(String, String),
) {
    if let Some(example) = schema.get("example") {
        for error in validate(&spec.json, schema, example) {
            push(format!("{at} example"), error);
        }
    }
    for (key, child) in subschemas(schema) {
        check_schema_examples(spec, &format!("{at}.{key}"), child, push);
    }
}

fn subschemas(schema: &Value) -> Vec<(String, &Value)> {
    let mut out = Vec::new();
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        out.extend(props.iter().map(|(k, v)| (format!("properties.{k}"), v)));
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(v) = schema.get(key).filter(|v| v.is_object()) {
            out.push((key.to_string(), v));
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for (i, v) in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            out.push((format!("{key}[{i}]"), v));
        }
    }
    out
}

/// Follows a local `$ref` (one level is all the specs use for responses and examples).
pub fn resolve<'a>(root: &'a Value, value: &'a Value) -> &'a Value {
    value
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|pointer| root.pointer(pointer))
        .unwrap_or(value)
}

/// Validates `instance` against an OpenAPI 3.0 `schema` of the spec `root`; the messages of
/// every violation.
pub fn validate(root: &Value, schema: &Value, instance: &Value) -> Vec<String> {
    let components = root
        .pointer("/components/schemas")
        .cloned()
        .unwrap_or_else(|| json!({}));
    let document = json!({
        "components": { "schemas": to_json_schema(&components, true) },
        "allOf": [to_json_schema(schema, false)],
    });
    match jsonschema::draft4::new(&document) {
        Ok(validator) => validator
            .iter_errors(instance)
            .map(|e| {
                format!(
                    "example does not match the schema at `{}`: {e}",
                    e.instance_path()
                )
            })
            .collect(),
        Err(e) => vec![format!("schema is not valid JSON Schema: {e}")],
    }
}

/// OpenAPI 3.0 schemas are JSON Schema draft 4 but for `nullable`; rewrite it as a `null` type.
/// With `is_map`, `value` is a map of schemas (`components.schemas`) rather than one schema.
fn to_json_schema(value: &Value, is_map: bool) -> Value {
    match value {
        Value::Object(map) if is_map => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), to_json_schema(v, false)))
                .collect(),
        ),
        Value::Object(map) => {
            let mut out = Map::new();
            let nullable = map.get("nullable") == Some(&Value::Bool(true));
            for (key, v) in map {
                let converted = match key.as_str() {
                    "nullable" => continue,
                    // Literal values, not schemas.
                    "example" | "enum" | "default" | "required" => v.clone(),
                    "type" if nullable => json!([v, "null"]),
                    "properties" => to_json_schema(v, true),
                    _ => to_json_schema(v, false),
                };
                out.insert(key.clone(), converted);
            }
            if nullable && let Some(Value::Array(values)) = out.get_mut("enum") {
                values.push(Value::Null);
            }
            Value::Object(out)
        }
        Value::Array(items) => {
            Value::Array(items.iter().map(|v| to_json_schema(v, false)).collect())
        }
        other => other.clone(),
    }
}

/// Response schemas must keep decoding when a vendor adds a field or a status value: every
/// schema reachable from a response may not close its enums or its properties.
fn open_response_schemas(root: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut queue: VecDeque<(String, &Value)> = VecDeque::new();
    let mut seen = BTreeSet::new();
    if let Some(paths) = root.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            for (method, op) in item.as_object().into_iter().flatten() {
                for (status, response) in op
                    .get("responses")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    let response = resolve(root, response);
                    for (media, body) in response
                        .get("content")
                        .and_then(Value::as_object)
                        .into_iter()
                        .flatten()
                    {
                        if let Some(schema) = body.get("schema") {
                            queue.push_back((
                                format!(
                                    "{} {path} response {status} {media}",
                                    method.to_uppercase()
                                ),
                                schema,
                            ));
                        }
                    }
                }
            }
        }
    }
    while let Some((at, schema)) = queue.pop_front() {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            if seen.insert(reference.to_string()) {
                let target = reference.strip_prefix('#').and_then(|p| root.pointer(p));
                match target {
                    Some(target) => queue
                        .push_back((reference.trim_start_matches("#/").replace('/', "."), target)),
                    None => out.push((at, format!("`$ref: {reference}` points nowhere"))),
                }
            }
            continue;
        }
        if schema.get("enum").is_some() {
            out.push((at.clone(), "closed `enum` in a response: an unknown vendor value would fail decoding; use a string and document the values".into()));
        }
        if schema.get("additionalProperties") == Some(&Value::Bool(false)) {
            out.push((at.clone(), "`additionalProperties: false` in a response: a field the vendor adds would fail decoding".into()));
        }
        for (key, child) in subschemas(schema) {
            queue.push_back((format!("{at}.{key}"), child));
        }
    }
    out
}
