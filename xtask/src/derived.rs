//! The files `cargo xtask generate` derives from the vendors' declarations (`x-otpkit` in each
//! spec, [`Declaration`]): every list of vendors the crates, the tests and the tools iterate,
//! so that adding a spec adds the vendor to each, and none can be forgotten. Rust files are
//! formatted by `rustfmt`, so that `cargo fmt` leaves them as they are.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};

use crate::declaration::{Declaration, camel, snake};
use crate::spec::{self, Spec};

/// The first line of every derived file.
fn header(comment: &str) -> String {
    format!(
        "{comment} generated from the `x-otpkit` blocks of specs/*.yaml by `cargo xtask generate`; do not edit.\n"
    )
}

/// One vendor: its spec and its declaration.
pub struct Declared {
    pub spec: Spec,
    pub declaration: Declaration,
}

impl Declared {
    fn name(&self) -> &str {
        self.spec.vendor
    }

    /// `twilio_verify`: its Rust module.
    fn module(&self) -> String {
        snake(self.name())
    }

    /// `TwilioVerify`: its type and enum variant.
    fn variant(&self) -> String {
        camel(self.name())
    }

    /// `otpkit_twilio_verify`: its generated crate.
    fn krate(&self) -> String {
        format!("otpkit_{}", self.module())
    }
}

/// Every vendor's spec and declaration, in name order.
pub fn load_all(root: &Path, vendors: &[&'static str]) -> Result<Vec<Declared>> {
    vendors
        .iter()
        .map(|&vendor| {
            let spec = spec::load(root, vendor)?;
            let declaration = Declaration::of(&spec)?;
            Ok(Declared { spec, declaration })
        })
        .collect()
}

/// Every derived file, by path relative to the workspace root, with its content.
pub fn render_all(root: &Path, vendors: &[&'static str]) -> Result<Vec<(PathBuf, String)>> {
    let all = load_all(root, vendors)?;
    let mut files = Vec::new();
    for vendor in &all {
        files.push((
            Path::new("crates")
                .join(vendor.name())
                .join("src")
                .join("declared.rs"),
            rustfmt(&vendor_declared(vendor))?,
        ));
    }
    files.push((
        "crates/otpkit/src/vendors/mod.rs".into(),
        rustfmt(&otpkit_vendors(&all))?,
    ));
    files.push((
        "crates/otpkit/src/vendors/registry.rs".into(),
        rustfmt(&otpkit_registry(&all))?,
    ));
    files.push((
        "crates/sandbox/src/vendors/mod.rs".into(),
        rustfmt(&sandbox_vendors(&all))?,
    ));
    files.push((
        "crates/sandbox/tests/it/vendors/mod.rs".into(),
        rustfmt(&sandbox_tests(&all))?,
    ));
    files.push(("xtask/openapi-linter/redocly.yaml".into(), redocly(&all)));
    files.push((
        "crates/otpkit/tests/it/fields.rs".into(),
        rustfmt(&answer_fields(&all))?,
    ));
    files.push((
        "crates/sandbox/tests/it/round_trip_types.rs".into(),
        rustfmt(&round_trip_types(&all))?,
    ));
    files.push(("xtask/fuzz/schemathesis.toml".into(), schemathesis(&all)));
    files.push(("README.md".into(), readme(root, &all)?));
    Ok(files)
}

/// `code` as `rustfmt` (edition 2024) writes it.
fn rustfmt(code: &str) -> Result<String> {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("cannot run rustfmt (rustup component add rustfmt)")?;
    child
        .stdin
        .take()
        .context("rustfmt's stdin")?
        .write_all(code.as_bytes())?;
    let out = child.wait_with_output()?;
    if !out.status.success() {
        bail!(
            "rustfmt refused derived code (a bug in xtask/src/derived.rs): {}\n{code}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    String::from_utf8(out.stdout).context("rustfmt wrote something not UTF-8")
}

/// A Rust string literal.
fn lit(text: &str) -> String {
    format!("{text:?}")
}

/// `crates/<vendor>/src/declared.rs`: the vendor's name and its settings as a `ConfigKey`.
fn vendor_declared(vendor: &Declared) -> String {
    let d = &vendor.declaration;
    let spec = vendor.spec.display_path.replace('\\', "/");
    let variants = d.variants();
    let mut out = header("//");
    out += &format!(
        "//! What otpkit declares about {name} besides its API, the `x-otpkit` block of\n\
         //! [`{spec}`](https://github.com/otpkit/otpkit/blob/main/{spec})\n\
         //! (in the repository, not in this package):\n\
         //! how it writes its name, the scope of its HTTP 429, and the settings a client reads, by\n\
         //! environment variable.\n\n\
         /// How {name} writes its name.\n\
         pub const DISPLAY_NAME: &str = {lit};\n\n\
         /// Whether {name} documents its HTTP 429 as a limit on the whole account (the spec's\n\
         /// notes cite where); `false` where the scope is undocumented, since a per-number limit\n\
         /// must not be routed around.\n\
         pub const ACCOUNT_WIDE_429: bool = {wide};\n\n",
        name = d.display_name,
        lit = lit(&d.display_name),
        wide = d.account_wide_429,
    );
    out += &format!(
        "/// A setting otpkit reads for {name}, by environment variable name, as `object_store`'s\n\
         /// `ConfigKey`s are: [`ConfigKey::as_str`] is the variable, and `FromStr` reads it back\n\
         /// (in any case). In the declared order: the first one set means {name} is configured.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n\
         #[non_exhaustive]\n\
         pub enum ConfigKey {{\n",
        name = d.display_name
    );
    for (setting, variant) in d.settings.iter().zip(&variants) {
        let secret = if setting.secret {
            " A secret: never shown."
        } else {
            ""
        };
        out += &format!(
            "    /// `{}`: {}{secret}\n    {variant},\n",
            setting.env, setting.about
        );
    }
    out += "}\n\nimpl ConfigKey {\n";
    out += &format!(
        "    /// Every setting, in the declared order.\n    pub const ALL: [ConfigKey; {n}] = [{all}];\n\n\
         /// Every setting's environment variable, in the declared order.\n    pub const NAMES: [&'static str; {n}] = [{names}];\n\n",
        n = variants.len(),
        all = variants
            .iter()
            .map(|v| format!("ConfigKey::{v}"))
            .collect::<Vec<_>>()
            .join(", "),
        names = d
            .settings
            .iter()
            .map(|s| lit(&s.env))
            .collect::<Vec<_>>()
            .join(", "),
    );
    out += "    /// The environment variable.\n    pub const fn as_str(self) -> &'static str {\n        match self {\n";
    for (setting, variant) in d.settings.iter().zip(&variants) {
        out += &format!(
            "            ConfigKey::{variant} => {},\n",
            lit(&setting.env)
        );
    }
    out += "        }\n    }\n\n";
    let secrets: Vec<String> = d
        .settings
        .iter()
        .zip(&variants)
        .filter(|(s, _)| s.secret)
        .map(|(_, v)| format!("ConfigKey::{v}"))
        .collect();
    out += &format!(
        "    /// Whether the setting is a credential, never to be shown.\n    pub const fn is_secret(self) -> bool {{\n        {}\n    }}\n}}\n\n",
        if secrets.is_empty() {
            "false".to_string()
        } else {
            format!("matches!(self, {})", secrets.join(" | "))
        }
    );
    out += "impl std::fmt::Display for ConfigKey {\n    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {\n        f.write_str(self.as_str())\n    }\n}\n\n";
    out += "impl std::str::FromStr for ConfigKey {\n    type Err = otpkit_http::UnknownConfigKey;\n\n    fn from_str(name: &str) -> Result<Self, Self::Err> {\n        ConfigKey::ALL\n            .into_iter()\n            .find(|key| key.as_str().eq_ignore_ascii_case(name.trim()))\n            .ok_or_else(|| otpkit_http::UnknownConfigKey::new(name, DISPLAY_NAME, &ConfigKey::NAMES))\n    }\n}\n";
    out
}

/// `crates/otpkit/src/vendors/mod.rs`: one `mod` line per adapter, behind its feature.
fn otpkit_vendors(all: &[Declared]) -> String {
    let mut out = header("//");
    out += "//! The built-in vendors: one adapter module each, behind its cargo feature, holding the\n\
            //! vendor's quirks (field formats, template syntax, how outcomes are reported), and the\n\
            //! registry of them (`registry.rs`), generated from each spec's `x-otpkit` declaration: the\n\
            //! [`Vendor`](crate::Vendor) constants, each vendor's [`VendorDescriptor`] and\n\
            //! [`BUILT_IN`], the one list [`Otp::from_env`], the router's default routes and the\n\
            //! `otpkit` command line iterate.\n\
            //!\n\
            //! [`Otp::from_env`]: crate::Otp::from_env\n\n\
            #[cfg(feature = \"http\")]\nmod adapter;\nmod built_in;\npub(crate) mod descriptor;\nmod registry;\n";
    for vendor in all {
        out += &format!(
            "#[cfg(feature = {feature:?})]\npub mod {module};\n",
            feature = vendor.name(),
            module = vendor.module()
        );
    }
    out += "\npub use built_in::{built_in, provider, router};\npub use descriptor::{Lookup, VendorDescriptor};\npub use registry::BUILT_IN;\n";
    out
}

/// `crates/otpkit/src/vendors/registry.rs`: the `Vendor` constants, each vendor's descriptor
/// (its declared facts, with the adapter's capabilities and constructor) and `BUILT_IN`.
fn otpkit_registry(all: &[Declared]) -> String {
    let mut out = header("//");
    out += "//! Each built-in vendor as declared in its spec (`x-otpkit`), with its adapter's\n\
            //! capabilities and constructor; and [`BUILT_IN`], the list of those compiled in.\n\n\
            #![allow(unused_imports)]\n\n\
            use super::descriptor::VendorDescriptor;\nuse crate::vendor::Vendor;\n\nimpl Vendor {\n";
    for vendor in all {
        out += &format!(
            "    /// {display}.\n    #[cfg(feature = {feature:?})]\n    pub const {konst}: Vendor = Vendor::from_static({name:?});\n",
            display = vendor.declaration.display_name,
            feature = vendor.name(),
            konst = vendor.module().to_uppercase(),
            name = vendor.name(),
        );
    }
    out += "}\n\n";
    for vendor in all {
        let d = &vendor.declaration;
        let countries: Vec<String> = d.countries.iter().map(u16::to_string).collect();
        out += &format!(
            "/// {display} in the built-in list.\n#[cfg(feature = {feature:?})]\n\
             static {konst}: VendorDescriptor = VendorDescriptor {{\n\
             vendor: Vendor::{konst},\n\
             display_name: {krate}::declared::DISPLAY_NAME,\n\
             env: &{krate}::declared::ConfigKey::NAMES,\n\
             countries: &[{countries}],\n\
             fallback: {fallback},\n\
             account_wide_429: {krate}::declared::ACCOUNT_WIDE_429,\n\
             capabilities: super::{module}::capabilities(),\n\
             from_vars: super::{module}::provider,\n\
             outcomes: &super::{module}::OUTCOMES,\n\
             }};\n\n",
            display = d.display_name,
            feature = vendor.name(),
            konst = vendor.module().to_uppercase(),
            krate = vendor.krate(),
            countries = countries.join(", "),
            fallback = d.fallback,
            module = vendor.module(),
        );
    }
    out += "/// Every built-in vendor compiled in (by cargo feature), in name order.\npub static BUILT_IN: &[&VendorDescriptor] = &[\n";
    for vendor in all {
        out += &format!(
            "    #[cfg(feature = {feature:?})]\n    &{konst},\n",
            feature = vendor.name(),
            konst = vendor.module().to_uppercase()
        );
    }
    out += "];\n";
    out
}

/// `crates/sandbox/src/vendors/mod.rs`: one `mod` line per stand-in, and the `vendors!` list
/// with each vendor's example number and client settings.
fn sandbox_vendors(all: &[Declared]) -> String {
    let mut out = header("//");
    out += "//! The vendors the sandbox stands in for: one module each, owning its routes and its state;\n\
            //! and this registry of them, generated from each spec's `x-otpkit` declaration (the\n\
            //! vendor's example number, and the settings a client needs to reach its stand-in).\n\
            //! `registry.rs` turns the list into the `Vendor` enum and everything that iterates it.\n\n\
            pub(crate) mod registry;\n";
    for vendor in all {
        out += &format!("pub(crate) mod {};\n", vendor.module());
    }
    out += "\nregistry::vendors! {\n";
    for vendor in all {
        let d = &vendor.declaration;
        let settings: Vec<String> = d
            .settings
            .iter()
            .zip(d.variants())
            .filter_map(|(s, variant)| {
                s.sandbox
                    .as_ref()
                    .map(|value| format!("({variant}, {})", lit(value)))
            })
            .collect();
        let base_url = d
            .settings
            .iter()
            .zip(d.variants())
            .find(|(s, _)| s.key == crate::declaration::BASE_URL_KEY)
            .map(|(_, v)| v)
            .unwrap_or_default();
        out += &format!(
            "    {variant} => {module} as {name:?} {{\n\
             \x20       example_number: {number:?},\n\
             \x20       krate: {krate},\n\
             \x20       base_url: {base_url},\n\
             \x20       settings: [{settings}],\n\
             \x20   }},\n",
            variant = vendor.variant(),
            module = vendor.module(),
            name = vendor.name(),
            number = d.sandbox.example_number,
            krate = vendor.krate(),
            settings = settings.join(", "),
        );
    }
    out += "}\n";
    out
}

/// `crates/sandbox/tests/it/vendors/mod.rs`: one test module per vendor.
fn sandbox_tests(all: &[Declared]) -> String {
    let mut out = header("//");
    out += "//! Every operation of every spec over real HTTP against the sandbox: each success and each\n\
            //! documented failure, every answer checked against the vendor's spec by the harness. One\n\
            //! module per vendor (`<vendor>.rs` beside this file).\n\n";
    for vendor in all {
        out += &format!("mod {};\n", vendor.module());
    }
    out
}

/// `xtask/openapi-linter/redocly.yaml`: one `apis` entry per spec, with the rules it is exempt
/// from and why.
fn redocly(all: &[Declared]) -> String {
    let mut out = header("#");
    out += "# The second, independent OpenAPI linter: Redocly CLI, pinned in package.json beside this file\n\
            # and installed into target/openapi-linter by `cargo xtask lint-specs-redocly` (part of\n\
            # `cargo xtask ci`). recommended-strict makes every recommended rule an error, so any finding\n\
            # fails CI. Each rule switched off for a spec comes from its `x-otpkit` `redocly-off`, with the\n\
            # reason.\n\
            extends:\n  - recommended-strict\ntelemetry: off\nrules:\n\
            \x20 # info.license is the licence of the vendor's API; none of the vendors publishes one (the\n\
            \x20 # spec files themselves fall under the repository's LICENSE).\n\
            \x20 info-license: off\napis:\n";
    for vendor in all {
        out += &format!(
            "  {name}:\n    root: ../../specs/{name}.yaml\n",
            name = vendor.name()
        );
        if !vendor.declaration.redocly_off.is_empty() {
            out += "    rules:\n";
            for (rule, why) in &vendor.declaration.redocly_off {
                for line in wrap(why, 90) {
                    out += &format!("      # {line}\n");
                }
                out += &format!("      {rule}: off\n");
            }
        }
    }
    out
}

/// `text` in lines of at most `width` characters (a longer word stays whole).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("one line at least");
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

/// The README's marked section `name`, replaced by `table`.
fn replace_section(text: &str, name: &str, table: &str) -> Result<String> {
    let open = format!("<!-- {name} -->\n");
    let close = format!("<!-- end of {name} -->\n");
    let (Some(start), Some(end)) = (text.find(&open), text.find(&close)) else {
        bail!(
            "README.md: the markers `{open}` and `{close}` are gone; put them back around the table"
        );
    };
    anyhow::ensure!(start < end, "README.md: `{close}` comes before `{open}`");
    Ok(format!("{}{open}{table}{}", &text[..start], &text[end..]))
}

/// `README.md` with its table of every vendor's settings derived from the declarations.
fn readme(root: &Path, all: &[Declared]) -> Result<String> {
    let text = std::fs::read_to_string(root.join("README.md"))
        .context("cannot read README.md")?
        .replace("\r\n", "\n");
    let mut table = String::from(
        "<!-- generated from the `x-otpkit` blocks of specs/*.yaml by `cargo xtask generate` -->\n\
         | Environment variable | Vendor | Meaning |\n|---|---|---|\n",
    );
    for vendor in all {
        let d = &vendor.declaration;
        for (i, setting) in d.settings.iter().enumerate() {
            let mut meaning = setting.about.clone();
            if i == 0 {
                meaning += &format!(" Its presence configures {}.", d.display_name);
            }
            if setting.secret {
                meaning += " Secret.";
            }
            table += &format!("| `{}` | {} | {meaning} |\n", setting.env, d.display_name);
        }
    }
    replace_section(&text, "vendor settings", &table)
}

/// Every property name of `schema` and of the schemas it refers to or nests (in `spec`).
fn property_names(
    spec: &serde_json::Value,
    schema: &serde_json::Value,
    seen: &mut std::collections::BTreeSet<String>,
    out: &mut std::collections::BTreeSet<String>,
) {
    match schema {
        serde_json::Value::Object(map) => {
            if let Some(target) = map.get("$ref").and_then(serde_json::Value::as_str) {
                if seen.insert(target.to_string())
                    && let Some(resolved) = spec.pointer(target.trim_start_matches('#'))
                {
                    property_names(spec, resolved, seen, out);
                }
                return;
            }
            if let Some(serde_json::Value::Object(properties)) = map.get("properties") {
                out.extend(properties.keys().cloned());
            }
            for child in map.values() {
                property_names(spec, child, seen, out);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                property_names(spec, item, seen, out);
            }
        }
        _ => {}
    }
}

/// `crates/otpkit/tests/it/fields.rs`: every field name any vendor's answers declare, which the
/// hostile-answer property test puts in its mutated answers so that they reach the decoders'
/// real fields.
fn answer_fields(all: &[Declared]) -> String {
    let mut names = std::collections::BTreeSet::new();
    for vendor in all {
        for operation in vendor.spec.operations() {
            let mut seen = std::collections::BTreeSet::new();
            property_names(
                &vendor.spec.json,
                &operation.operation["responses"],
                &mut seen,
                &mut names,
            );
        }
    }
    let mut out = header("//");
    out += "//! Every field name the vendors' answers declare in their specs, so that mutated answers\n\
            //! hit the decoders' real fields.\n\n\
            pub const FIELDS: &[&str] = &[\n";
    for name in names {
        out += &format!("    {},\n", lit(&name));
    }
    out += "];\n";
    out
}

/// The generated type of the JSON body `content` (a request body or a response, `$ref`s
/// followed) holds, if its schema is a named one: the spec's schema names are typify's type
/// names.
fn body_type(spec: &Spec, content: &serde_json::Value) -> Option<String> {
    let content = crate::lint::resolve(&spec.json, content);
    let media = content.get("content")?.as_object()?;
    let schema = media.values().next()?.get("schema")?;
    let target = schema.get("$ref")?.as_str()?;
    target
        .strip_prefix("#/components/schemas/")
        .map(|name| camel(&name.replace('_', "-")))
}

/// `crates/sandbox/tests/it/round_trip_types.rs`: for each vendor, operation and status (or
/// `request`), the generated type its example bodies decode into.
fn round_trip_types(all: &[Declared]) -> String {
    let mut out = header("//");
    out += "//! The generated type of every request and answer body the specs name, by vendor,\n\
            //! operation and status (`request` for the request body): what each example the specs\n\
            //! document must decode into and encode back from.\n\n\
            use otpkit_tests::Example;\nuse serde::Serialize;\nuse serde::de::DeserializeOwned;\n\n\
            /// What to do with an example and the type it decodes into.\n\
            pub trait Check {\n\
                fn check<T: DeserializeOwned + Serialize>(&self, example: &Example) -> Result<(), String>;\n\
            }\n\n\
            /// `check` run with the type `example` of `vendor` decodes into; `None` when the spec\n\
            /// names no type for it (an inline schema).\n\
            pub fn decode(vendor: &str, example: &Example, check: &impl Check) -> Option<Result<(), String>> {\n\
                Some(match (vendor, example.operation_id.as_str(), example.status.as_str()) {\n";
    for vendor in all {
        let krate = vendor.krate();
        for operation in vendor.spec.operations() {
            let Some(id) = operation.operation_id() else {
                continue;
            };
            let mut arms = Vec::new();
            if let Some(body) = operation.operation.get("requestBody")
                && let Some(name) = body_type(&vendor.spec, body)
            {
                arms.push(("request".to_string(), name));
            }
            if let Some(responses) = operation.operation["responses"].as_object() {
                for (status, response) in responses {
                    if let Some(name) = body_type(&vendor.spec, response) {
                        arms.push((status.clone(), name));
                    }
                }
            }
            for (status, name) in arms {
                out += &format!(
                    "        ({:?}, {:?}, {:?}) => check.check::<{krate}::types::{name}>(example),\n",
                    vendor.name(),
                    id,
                    status
                );
            }
        }
    }
    out += "        _ => return None,\n    })\n}\n";
    out
}

/// The settings of `xtask/fuzz/schemathesis.toml` that are no vendor's.
const SCHEMATHESIS_HEADER: &str = r#"# schemathesis settings of the spec-conformance fuzz step (run.py passes this file with
# --config-file). Every check runs on every operation except where a vendor documents behaviour
# that a generic check calls wrong; each such exception below names the operation and the
# document. A [[project]] applies to the spec whose `info.title` it names; each comes from its
# spec's `x-otpkit` `fuzz` block.

# Report every failing case of an operation, not only the first (a passing run costs the same).
continue-on-failure = true
# A config that no longer matches the specs (a renamed operationId or security scheme) must
# fail the run, not test on silently without its exception or its credentials.
warnings.fail-on = ["unused_openapi_auth", "unmatched_filter"]

# No state from earlier runs: schemathesis otherwise keeps the failing cases of each run under
# .schemathesis/ and replays them first in the next, so a run would depend on its predecessors.
cache.enabled = false

[generation]
# Derandomized: the same cases on every run, from the spec alone (so `seed` would be unused).
deterministic = true
# Bounded, to keep the four specs well under CI's three-minute budget on two cores. The
# examples and coverage phases add their own (fixed) cases on top of these.
max-examples = 200
# Nor from hypothesis's example database.
database = "none"
"#;

/// `xtask/fuzz/schemathesis.toml`: the shared settings, and one `[[project]]` per spec.
fn schemathesis(all: &[Declared]) -> String {
    let mut out = header("#");
    out += SCHEMATHESIS_HEADER;
    for vendor in all {
        let fuzz = &vendor.declaration.fuzz;
        let title = vendor.spec.json["info"]["title"]
            .as_str()
            .unwrap_or_default();
        let mut rule = format!("# --- {} ", fuzz.about);
        while rule.len() < 99 {
            rule.push('-');
        }
        out += &format!("\n{rule}\n\n[[project]]\ntitle = {title:?}\n");
        if !fuzz.settings.trim().is_empty() {
            out += fuzz.settings.trim_end();
            out += "\n";
        }
    }
    out
}
