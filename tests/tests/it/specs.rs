//! The specs themselves: each passes otpkit's lint (operationIds, examples present and valid,
//! open response schemas) and an independent validator (PyPI `openapi-spec-validator`, set up
//! in a virtualenv when missing), and the lint really catches what it claims to.

use xtask::{lint, spec, validator, vendors, workspace_root};

#[test]
fn every_spec_passes_the_lint() {
    let mut findings = Vec::new();
    for vendor in vendors().unwrap() {
        let spec = spec::load(&workspace_root(), vendor).unwrap_or_else(|e| panic!("{e:#}"));
        findings.extend(lint::lint(&spec).into_iter().map(|f| f.to_string()));
    }
    assert!(findings.is_empty(), "{}", findings.join("\n"));
}

#[test]
fn every_spec_passes_openapi_spec_validator() {
    let specs: Vec<_> = vendors()
        .unwrap()
        .iter()
        .map(|v| spec::spec_path(v))
        .collect();
    if let Err(e) = validator::validate(&workspace_root(), &specs) {
        panic!("{e:#}");
    }
}

#[test]
fn every_operation_of_the_issue_is_specified() {
    let expected: &[(&str, &[(&str, &str)])] = &[
        (
            "termii",
            &[
                ("POST", "/api/sms/otp/send"),
                ("POST", "/api/sms/otp/verify"),
                ("POST", "/api/sms/otp/generate"),
                ("POST", "/api/sms/otp/send/voice"),
                ("POST", "/api/sms/otp/call"),
                ("POST", "/api/email/otp/send"),
            ],
        ),
        ("pipwave", &[("POST", "/phone-verify")]),
        (
            "shoutout",
            &[("POST", "/otpservice/send"), ("POST", "/otpservice/verify")],
        ),
        (
            "octopush",
            &[
                ("POST", "/service/otp/generate"),
                ("PUT", "/service/otp/validate"),
            ],
        ),
        (
            "twilio-verify",
            &[
                ("POST", "/v2/Services/{ServiceSid}/Verifications"),
                ("POST", "/v2/Services/{ServiceSid}/VerificationCheck"),
                ("GET", "/v2/Services/{ServiceSid}/Verifications/{Sid}"),
                ("POST", "/v2/Services/{ServiceSid}/Verifications/{Sid}"),
            ],
        ),
    ];
    for (vendor, operations) in expected {
        let vendor = xtask::check_vendor(vendor).unwrap();
        let spec = spec::load(&workspace_root(), vendor).unwrap();
        let found: Vec<(String, String)> = spec
            .operations()
            .iter()
            .map(|op| (op.method.to_uppercase(), op.path.to_string()))
            .collect();
        for (method, path) in *operations {
            assert!(
                found.iter().any(|(m, p)| m == method && p == path),
                "{vendor}: {method} {path} is missing; spec has {found:?}"
            );
        }
    }
}

// The lint must catch each rule it claims; each case breaks one rule of a small valid spec.

const VALID: &str = r##"
openapi: 3.0.3
info: { title: t, version: "1" }
x-otpkit:
  display-name: Acme
  countries: [234]
  account-wide-429: false
  settings:
    - { key: api-key, env: ACME_API_KEY, about: The key., secret: true, sandbox: k }
    - { key: base-url, env: ACME_BASE_URL, about: The base URL. }
  sandbox: { example-number: "+2348012345678" }
  fuzz: { about: The key in a header., settings: "" }
paths:
  /send:
    post:
      operationId: send
      requestBody:
        content:
          application/json:
            schema: { $ref: "#/components/schemas/Req" }
            example: { to: "2348109077743", length: 6 }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Resp" }
              example: { id: abc, status: sent }
components:
  schemas:
    Req:
      type: object
      required: [to]
      properties:
        to: { type: string, pattern: "^[0-9]+$" }
        length: { type: integer, minimum: 4, maximum: 8, example: 6 }
    Resp:
      type: object
      properties:
        id: { type: string }
        status: { type: string }
"##;

fn findings(text: &str) -> Vec<String> {
    let spec =
        spec::parse("termii", "specs/case.yaml".into(), text).unwrap_or_else(|e| panic!("{e:#}"));
    lint::lint(&spec)
        .into_iter()
        .map(|f| f.to_string())
        .collect()
}

fn assert_one_finding(text: &str, expected: &str) {
    let found = findings(text);
    assert!(
        found.len() == 1 && found[0].contains(expected),
        "expected one finding containing {expected:?}, got {found:#?}"
    );
}

#[test]
fn lint_passes_the_valid_case() {
    assert_eq!(findings(VALID), Vec::<String>::new());
}

#[test]
fn lint_catches_a_missing_declaration() {
    let text = VALID.replace("x-otpkit:", "x-otpkit-elsewhere:");
    let found = findings(&text);
    assert!(
        found.iter().any(|f| f.contains("no `x-otpkit` block")),
        "{found:#?}"
    );
}

#[test]
fn lint_catches_a_declaration_out_of_step_with_the_spec() {
    for (from, to, expected) in [
        (
            "secret: true, sandbox: k }",
            "secret: true, sandbox: k, scheme: nowhere }",
            "`nowhere` is not in components.securitySchemes",
        ),
        (
            "sandbox: k }",
            "sandbox: k, body-field: api_key }",
            "no operation's request body has the field `api_key`",
        ),
        (
            "\"+2348012345678\"",
            "\"+33612345678\"",
            "is not in a home country",
        ),
        (
            "secret: true, sandbox: k }",
            "secret: true }",
            "needs the `sandbox` value",
        ),
        ("ACME_BASE_URL", "ACME_URL", "ends in `_BASE_URL`"),
        (
            "countries: [234]",
            "countries: []",
            "unless it is a `fallback`",
        ),
        (
            "display-name: Acme",
            "display-name: Acme\n  colour: red",
            "unknown field `colour`",
        ),
    ] {
        assert!(VALID.contains(from), "{from}");
        assert_one_finding(&VALID.replace(from, to), expected);
    }
}

#[test]
fn lint_catches_a_missing_operation_id() {
    assert_one_finding(
        &VALID.replace("operationId: send", "summary: s"),
        "POST /send: no operationId",
    );
}

#[test]
fn lint_catches_openapi_3_1() {
    assert_one_finding(
        &VALID.replace("openapi: 3.0.3", "openapi: 3.1.0"),
        "OpenAPI 3.0.x only",
    );
}

#[test]
fn lint_catches_a_missing_example() {
    assert_one_finding(
        &VALID.replace("example: { id: abc, status: sent }", ""),
        "send response 200 application/json: no example",
    );
}

#[test]
fn lint_catches_a_request_example_of_the_wrong_type() {
    assert_one_finding(
        &VALID.replace("length: 6 }", "length: \"6\" }"),
        "send request application/json example",
    );
}

#[test]
fn lint_catches_a_request_example_that_breaks_a_pattern() {
    assert_one_finding(
        &VALID.replace("to: \"2348109077743\"", "to: \"+234\""),
        "does not match",
    );
}

#[test]
fn lint_catches_a_bad_schema_example_out_of_range() {
    assert_one_finding(
        &VALID.replace("example: 6 }", "example: 9 }"),
        "components.schemas.Req.properties.length example",
    );
}

#[test]
fn lint_catches_a_missing_required_field_in_an_example() {
    assert_one_finding(
        &VALID.replace(
            "example: { to: \"2348109077743\", length: 6 }",
            "example: { length: 6 }",
        ),
        "\"to\" is a required property",
    );
}

#[test]
fn lint_catches_a_closed_enum_in_a_response() {
    let text = VALID.replace(
        "status: { type: string }",
        "status: { type: string, enum: [sent] }",
    );
    assert_one_finding(&text, "closed `enum` in a response");
}

#[test]
fn lint_catches_closed_properties_in_a_response() {
    let text = VALID.replace(
        "      type: object\n      properties:\n        id:",
        "      type: object\n      additionalProperties: false\n      properties:\n        id:",
    );
    assert_one_finding(&text, "`additionalProperties: false` in a response");
}

#[test]
fn lint_accepts_nullable_values() {
    let text = VALID
        .replace(
            "id: { type: string }",
            "id: { type: string, nullable: true }",
        )
        .replace(
            "example: { id: abc, status: sent }",
            "example: { id: null, status: sent }",
        );
    assert_eq!(findings(&text), Vec::<String>::new());
}

/// The response check the sandbox tests rely on really rejects off-spec answers.
#[test]
fn check_response_rejects_bodies_and_statuses_the_spec_does_not_document() {
    let termii = spec::load(&workspace_root(), "termii").unwrap();
    let ok = serde_json::json!({ "pinId": "p", "to": "234", "smsStatus": "Message Sent" });
    assert_eq!(
        otpkit_tests::check_response(&termii, "send_token", 200, &ok),
        Ok(())
    );
    let missing = serde_json::json!({ "to": "234" });
    let err = otpkit_tests::check_response(&termii, "send_token", 200, &missing).unwrap_err();
    assert!(err.contains("pinId"), "{err}");
    let wrong_type = serde_json::json!({ "pinId": 7 });
    assert!(otpkit_tests::check_response(&termii, "send_token", 200, &wrong_type).is_err());
    // 503 falls under the documented 5XX range; 302 is not documented.
    assert_eq!(
        otpkit_tests::check_response(
            &termii,
            "send_token",
            503,
            &serde_json::json!({ "message": "down" })
        ),
        Ok(())
    );
    assert!(
        otpkit_tests::check_response(&termii, "send_token", 302, &serde_json::json!({}))
            .unwrap_err()
            .contains("does not document status 302")
    );
    let octopush = spec::load(&workspace_root(), "octopush").unwrap();
    let no_code = serde_json::json!({ "message": "Wrong OTP code." });
    assert!(otpkit_tests::check_response(&octopush, "validate_otp", 400, &no_code).is_err());
}

#[test]
fn every_spec_passes_the_second_linter() {
    if let Err(e) = xtask::linter::lint(&workspace_root()) {
        panic!("{e:#}");
    }
}

#[test]
fn every_header_credential_a_vendor_crate_installs_is_a_declared_security_scheme() {
    // The headers each vendor crate's `connect` installs (crates/<vendor>/src/lib.rs); Termii
    // has none, its key travels in the body.
    let installed: &[(&str, &[&str])] = &[
        ("pipwave", &["x-api-key"]),
        ("shoutout", &["Authorization"]),
        ("octopush", &["api-login", "api-key"]),
        ("twilio-verify", &["Authorization"]),
    ];
    for (vendor, headers) in installed {
        let spec = spec::load(&workspace_root(), xtask::check_vendor(vendor).unwrap()).unwrap();
        let schemes = spec.json["components"]["securitySchemes"]
            .as_object()
            .map(|schemes| schemes.values().cloned().collect::<Vec<_>>())
            .unwrap_or_default();
        for header in *headers {
            let declared = schemes.iter().any(|scheme| {
                let api_key = scheme["type"] == "apiKey"
                    && scheme["in"] == "header"
                    && scheme["name"] == *header;
                // HTTP authentication (Basic, Bearer) travels in `Authorization`.
                let http = scheme["type"] == "http" && *header == "Authorization";
                api_key || http
            });
            assert!(
                declared,
                "{vendor}: the {header} header is no security scheme"
            );
        }
        for operation in spec.operations() {
            assert!(
                operation.operation["security"]
                    .as_array()
                    .is_some_and(|s| !s.is_empty()),
                "{vendor} {}: no security requirement",
                operation.name()
            );
        }
    }
}
