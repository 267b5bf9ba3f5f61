//! Our pipwave signature checked against pipwave's own PHP code, not against itself.
//!
//! How the expected digests were produced:
//! - Function: `generatePwSignature` from pipwave's official Magento 2 plugin, repo
//!   `dpodium/pipwave_Magento2_Plugin` at commit 66e892873496629445188864bf265680b0616232
//!   (2018-01-05), file `Pipwave/Model/PipwaveIntegration.php` lines 8-15 (blob 9b6920a8418d).
//!   Its body was copied byte for byte into a PHP script as a top-level function. In the plugin
//!   it is a method of class `PipwaveIntegration` that does not use `$this`. A `cmp` against the
//!   `git show` output confirmed the copy.
//! - Inputs: PHP arrays holding the request fields plus the secret under the key `api_secret`.
//!   This is how the plugin passes the secret (`Pipwave/Block/InformationNeeded.php`,
//!   `setSignatureParam`). `timestamp` and `reference` are PHP ints; every other value is a
//!   PHP string (UTF-8 source).
//! - Interpreter: PHP 8.2.36 (cli), Debian 12 package `php-cli`.
//! - Three cross-checks gave the same digests for every vector:
//!   - the pipwave SDK's `ApiForm::genSignature` (repo `dpodium/pipwave-php-sdk` at commit
//!     50f224d53f2341d98b01c2122d49228788d8c6e2, `models/ApiForm.php` lines 64-71);
//!   - the plugin function applied to `json_decode(json_encode($body), true)` with
//!     `api_secret` added;
//!   - coreutils `sha1sum` of the printed signing strings.

use otpkit_pipwave::signature::{sign, sign_body};
use otpkit_pipwave::types::PhoneVerifyRequest;
use otpkit_pipwave::{SendToken, VerifyTokenAnswer};
use serde_json::{Map, Value, json};

const KEY: &str = "sandbox-pipwave-key";
const SECRET: &str = "sandbox-pipwave-secret";

/// (a) send-token. PHP hashed the string
/// `action:send-tokenapi_key:sandbox-pipwave-keyapi_secret:sandbox-pipwave-secretcontact_no:123456789contact_no_country_dialing_code:60timestamp:1539677150user_id:505315`
const SEND_TOKEN: &str = "77e3801d48469e82d0b1374756bad02bb5e06909";
/// (b) verify-token-answer. PHP hashed the string
/// `action:verify-token-answeranswer:123456api_key:sandbox-pipwave-keyapi_secret:sandbox-pipwave-secretcontact_no:123456789contact_no_country_dialing_code:60reference:164timestamp:1539677150user_id:505315`
const VERIFY_TOKEN_ANSWER: &str = "95e010a05c496f8500e585b05fbabcee44782833";
/// (c) send-token with short values. PHP hashed the string
/// `action:send-tokenapi_key:kapi_secret:scontact_no:0123contact_no_country_dialing_code:60timestamp:1700000000user_id:u-1`
const SEND_TOKEN_SHORT: &str = "85850f6de6cf246e0469b3cf14b17dfe573adf60";
/// (d) send-token with `user_id` = "usér:1" (UTF-8 `c3 a9`, and a colon inside the value).
/// Otherwise the same as (a).
const SEND_TOKEN_UTF8_COLON: &str = "bbb0f90eaa89425d762d30da5ae5064dfa6b2af6";

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        other => panic!("not a JSON object: {other}"),
    }
}

fn signature_of(request: &PhoneVerifyRequest) -> String {
    let body = serde_json::to_value(request).unwrap();
    body["signature"].as_str().unwrap().to_string()
}

// sign(fields, secret): the same key/value pairs PHP saw, with the ints written as decimal text.

#[test]
fn sign_matches_php_send_token() {
    let fields = [
        ("action", "send-token"),
        ("timestamp", "1539677150"),
        ("api_key", KEY),
        ("user_id", "505315"),
        ("contact_no_country_dialing_code", "60"),
        ("contact_no", "123456789"),
    ];
    assert_eq!(sign(fields, SECRET), SEND_TOKEN);
}

#[test]
fn sign_matches_php_verify_token_answer() {
    let fields = [
        ("action", "verify-token-answer"),
        ("timestamp", "1539677150"),
        ("api_key", KEY),
        ("user_id", "505315"),
        ("reference", "164"),
        ("contact_no_country_dialing_code", "60"),
        ("contact_no", "123456789"),
        ("answer", "123456"),
    ];
    assert_eq!(sign(fields, SECRET), VERIFY_TOKEN_ANSWER);
}

#[test]
fn sign_matches_php_short_values() {
    let fields = [
        ("action", "send-token"),
        ("timestamp", "1700000000"),
        ("api_key", "k"),
        ("user_id", "u-1"),
        ("contact_no_country_dialing_code", "60"),
        ("contact_no", "0123"),
    ];
    assert_eq!(sign(fields, "s"), SEND_TOKEN_SHORT);
}

#[test]
fn sign_matches_php_non_ascii_and_colon_in_value() {
    let fields = [
        ("action", "send-token"),
        ("timestamp", "1539677150"),
        ("api_key", KEY),
        ("user_id", "us\u{e9}r:1"),
        ("contact_no_country_dialing_code", "60"),
        ("contact_no", "123456789"),
    ];
    assert_eq!(sign(fields, SECRET), SEND_TOKEN_UTF8_COLON);
}

// sign_body(JSON body, secret): timestamp and reference are JSON numbers, as on the wire.

#[test]
fn sign_body_matches_php_send_token() {
    let body = object(json!({
        "action": "send-token",
        "timestamp": 1_539_677_150,
        "api_key": KEY,
        "user_id": "505315",
        "contact_no_country_dialing_code": "60",
        "contact_no": "123456789",
    }));
    assert_eq!(sign_body(&body, SECRET).as_deref(), Some(SEND_TOKEN));
}

#[test]
fn sign_body_matches_php_verify_token_answer() {
    let body = object(json!({
        "action": "verify-token-answer",
        "timestamp": 1_539_677_150,
        "api_key": KEY,
        "user_id": "505315",
        "reference": 164,
        "contact_no_country_dialing_code": "60",
        "contact_no": "123456789",
        "answer": "123456",
    }));
    assert_eq!(
        sign_body(&body, SECRET).as_deref(),
        Some(VERIFY_TOKEN_ANSWER)
    );
}

#[test]
fn sign_body_matches_php_short_values() {
    let body = object(json!({
        "action": "send-token",
        "timestamp": 1_700_000_000,
        "api_key": "k",
        "user_id": "u-1",
        "contact_no_country_dialing_code": "60",
        "contact_no": "0123",
    }));
    assert_eq!(sign_body(&body, "s").as_deref(), Some(SEND_TOKEN_SHORT));
}

#[test]
fn sign_body_matches_php_non_ascii_and_colon_in_value() {
    let body = object(json!({
        "action": "send-token",
        "timestamp": 1_539_677_150,
        "api_key": KEY,
        "user_id": "us\u{e9}r:1",
        "contact_no_country_dialing_code": "60",
        "contact_no": "123456789",
    }));
    assert_eq!(
        sign_body(&body, SECRET).as_deref(),
        Some(SEND_TOKEN_UTF8_COLON)
    );
}

#[test]
fn sign_body_ignores_an_existing_signature_field() {
    let mut body = object(json!({
        "action": "send-token",
        "timestamp": 1_539_677_150,
        "api_key": KEY,
        "user_id": "505315",
        "contact_no_country_dialing_code": "60",
        "contact_no": "123456789",
    }));
    body.insert("signature".into(), Value::String(SEND_TOKEN.into()));
    assert_eq!(sign_body(&body, SECRET).as_deref(), Some(SEND_TOKEN));
}

// The typed builders sign to the same digests.

#[test]
fn typed_send_token_matches_php() {
    let request = SendToken {
        timestamp: 1_539_677_150,
        api_key: KEY,
        user_id: "505315",
        contact_no_country_dialing_code: "60",
        contact_no: "123456789",
    }
    .sign(SECRET)
    .unwrap();
    assert_eq!(signature_of(&request), SEND_TOKEN);
}

#[test]
fn typed_verify_token_answer_matches_php() {
    let request = VerifyTokenAnswer {
        timestamp: 1_539_677_150,
        api_key: KEY,
        user_id: "505315",
        reference: 164,
        contact_no_country_dialing_code: "60",
        contact_no: "123456789",
        answer: "123456",
    }
    .sign(SECRET)
    .unwrap();
    assert_eq!(signature_of(&request), VERIFY_TOKEN_ANSWER);
}
