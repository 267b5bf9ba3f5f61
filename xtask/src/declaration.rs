//! A vendor's declaration: the `x-otpkit` block at the top of `specs/<vendor>.yaml`, which
//! holds what otpkit knows about the vendor besides its API (its name, home countries, the
//! settings a client reads by environment variable, the sandbox's example number and default
//! credentials, the linter rules it is exempt from). Everything that lists vendors is generated
//! from these blocks (`generate`), or checked against them (`tidy`).

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use serde_json::Value;

use crate::spec::Spec;

/// The `x-otpkit` block of one spec.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Declaration {
    /// How the vendor writes its name (`ShoutOUT`).
    pub display_name: String,
    /// The countries it serves by default, as country calling codes; empty for a global
    /// fallback.
    #[serde(default)]
    pub countries: Vec<u16>,
    /// Whether it reaches every country and backs the home vendors up.
    #[serde(default)]
    pub fallback: bool,
    /// Whether its documents say that its HTTP 429 limits the whole account (the spec's notes
    /// cite them). Required: an undocumented scope is `false`, and that is a decision.
    pub account_wide_429: bool,
    /// The settings a client reads, in order: the first one set means "configured".
    pub settings: Vec<Setting>,
    /// The sandbox's stand-in.
    pub sandbox: SandboxDeclaration,
    /// Redocly rules switched off for this spec, each with the reason.
    #[serde(default)]
    pub redocly_off: BTreeMap<String, String>,
    /// The spec-conformance fuzz step's settings for this spec.
    pub fuzz: Fuzz,
}

/// The body of the spec's `[[project]]` in `xtask/fuzz/schemathesis.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Fuzz {
    /// One line on how the vendor authenticates, heading its section.
    pub about: String,
    /// schemathesis TOML: the credentials (`auth.openapi.<scheme>...`) and each operation's
    /// exceptions, each with the document that justifies it.
    pub settings: String,
}

/// One setting, read from an environment variable.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Setting {
    /// Its name in kebab case (`api-key`); the `ConfigKey` variant is its camel case.
    pub key: String,
    /// The environment variable (`TERMII_API_KEY`).
    pub env: String,
    /// One sentence saying what it holds.
    pub about: String,
    /// Whether it is a credential, never to be shown.
    #[serde(default)]
    pub secret: bool,
    /// The security scheme of the spec it fills (`components.securitySchemes`).
    #[serde(default)]
    pub scheme: Option<String>,
    /// The request body field it fills, where the vendor takes its key in the body.
    #[serde(default)]
    pub body_field: Option<String>,
    /// The value the sandbox accepts by default, if it is a credential or sender ID (the base
    /// URL is the sandbox's own).
    #[serde(default)]
    pub sandbox: Option<String>,
}

/// What the sandbox needs to stand in for the vendor.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SandboxDeclaration {
    /// A valid number in the vendor's home country, in E.164 (any country for a fallback).
    pub example_number: String,
}

/// The setting every vendor has: where its API lives.
pub const BASE_URL_KEY: &str = "base-url";

impl Declaration {
    /// Reads and checks the `x-otpkit` block of `spec`.
    pub fn of(spec: &Spec) -> Result<Declaration> {
        let block = spec.json.get("x-otpkit").with_context(|| {
            format!(
                "{}: no `x-otpkit` block (the vendor's declaration; see CONTRIBUTING.md)",
                spec.display_path
            )
        })?;
        let declaration: Declaration = serde_json::from_value(block.clone())
            .with_context(|| format!("{}: `x-otpkit` is malformed", spec.display_path))?;
        let problems = declaration.problems(spec);
        if !problems.is_empty() {
            bail!("{}: `x-otpkit`: {}", spec.display_path, problems.join("; "));
        }
        Ok(declaration)
    }

    /// The `ConfigKey` variant of each setting, in order.
    pub fn variants(&self) -> Vec<String> {
        self.settings.iter().map(|s| camel(&s.key)).collect()
    }

    /// The base URL's variable.
    pub fn base_url_env(&self) -> &str {
        self.settings
            .iter()
            .find(|s| s.key == BASE_URL_KEY)
            .map_or("", |s| s.env.as_str())
    }

    /// Everything wrong with the declaration, checked against the spec it sits in.
    fn problems(&self, spec: &Spec) -> Vec<String> {
        let mut problems = Vec::new();
        let prefix = self.base_url_env().strip_suffix("_BASE_URL").unwrap_or("");
        if prefix.is_empty() {
            problems.push(format!(
                "no `{BASE_URL_KEY}` setting whose variable ends in `_BASE_URL`"
            ));
        }
        if self.display_name.trim().is_empty() {
            problems.push("`display-name` is empty".into());
        }
        if self.fallback != self.countries.is_empty() {
            problems.push(
                "a vendor has home `countries` unless it is a `fallback`, and not both".into(),
            );
        }
        if let Some(code) = self.countries.iter().find(|&&c| !(1..=999).contains(&c)) {
            problems.push(format!("{code} is not a country calling code"));
        }
        if self.settings.first().is_some_and(|s| s.key == BASE_URL_KEY) {
            problems.push(
                "the first setting says the vendor is configured: a credential, not the base URL"
                    .into(),
            );
        }
        let schemes = spec
            .json
            .pointer("/components/securitySchemes")
            .and_then(Value::as_object);
        let mut seen = std::collections::HashSet::new();
        for setting in &self.settings {
            let at = format!("setting `{}`", setting.key);
            if !seen.insert(setting.env.as_str()) {
                problems.push(format!("{at}: `{}` is declared twice", setting.env));
            }
            if setting.key.is_empty()
                || !setting
                    .key
                    .split('-')
                    .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()))
            {
                problems.push(format!("{at}: a key is lowercase words joined by `-`"));
            }
            if setting.env.is_empty()
                || !setting
                    .env
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            {
                problems.push(format!(
                    "{at}: `{}` is not an environment variable name",
                    setting.env
                ));
            }
            if setting.about.trim().is_empty() {
                problems.push(format!("{at}: `about` is empty"));
            }
            if let Some(scheme) = &setting.scheme
                && !schemes.is_some_and(|s| s.contains_key(scheme))
            {
                problems.push(format!(
                    "{at}: `{scheme}` is not in components.securitySchemes"
                ));
            }
            if let Some(field) = &setting.body_field
                && !spec.operations().iter().any(|op| {
                    request_schema(spec, op.operation)
                        .is_some_and(|schema| has_property(spec, schema, field, 8))
                })
            {
                problems.push(format!(
                    "{at}: no operation's request body has the field `{field}`"
                ));
            }
            if setting.secret && setting.sandbox.is_none() {
                problems.push(format!(
                    "{at}: a credential needs the `sandbox` value the stand-in accepts"
                ));
            }
            if setting.key == BASE_URL_KEY && setting.sandbox.is_some() {
                problems.push(format!(
                    "{at}: the sandbox's base URL is its own address, not a declared value"
                ));
            }
        }
        // Every security scheme is filled by a declared setting, so that no credential the
        // spec requires is left without a variable.
        for scheme in schemes.into_iter().flat_map(|s| s.keys()) {
            if !self
                .settings
                .iter()
                .any(|s| s.scheme.as_deref() == Some(scheme))
            {
                problems.push(format!(
                    "security scheme `{scheme}` is filled by no setting (give one `scheme: {scheme}`)"
                ));
            }
        }
        if !self.sandbox.example_number.starts_with('+')
            || self.sandbox.example_number.len() < 8
            || !self.sandbox.example_number[1..]
                .chars()
                .all(|c| c.is_ascii_digit())
        {
            problems.push(format!(
                "sandbox `example-number` `{}` is not in E.164 (`+` and digits)",
                self.sandbox.example_number
            ));
        } else if !self.fallback
            && !self
                .countries
                .iter()
                .any(|c| self.sandbox.example_number[1..].starts_with(&c.to_string()))
        {
            problems.push(format!(
                "sandbox `example-number` `{}` is not in a home country",
                self.sandbox.example_number
            ));
        }
        problems
    }
}

/// The request body schema of `operation`, resolved.
fn request_schema<'a>(spec: &'a Spec, operation: &'a Value) -> Option<&'a Value> {
    let content = operation.pointer("/requestBody/content")?.as_object()?;
    let schema = content.values().next()?.get("schema")?;
    Some(crate::lint::resolve(&spec.json, schema))
}

/// Whether `schema` (or one of its `oneOf`/`anyOf`/`allOf` branches, to `depth` levels) has
/// the property `field`.
fn has_property(spec: &Spec, schema: &Value, field: &str, depth: usize) -> bool {
    let schema = crate::lint::resolve(&spec.json, schema);
    if schema.pointer(&format!("/properties/{field}")).is_some() {
        return true;
    }
    depth > 0
        && ["oneOf", "anyOf", "allOf"].iter().any(|key| {
            schema
                .get(*key)
                .and_then(Value::as_array)
                .is_some_and(|branches| {
                    branches
                        .iter()
                        .any(|branch| has_property(spec, branch, field, depth - 1))
                })
        })
}

/// `api-key` as `ApiKey`, `twilio-verify` as `TwilioVerify`.
pub fn camel(kebab: &str) -> String {
    kebab
        .split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// `twilio-verify` as `twilio_verify`: a Rust module or identifier.
pub fn snake(kebab: &str) -> String {
    kebab.replace('-', "_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_convert() {
        assert_eq!(camel("api-key"), "ApiKey");
        assert_eq!(camel("twilio-verify"), "TwilioVerify");
        assert_eq!(snake("twilio-verify"), "twilio_verify");
    }
}
