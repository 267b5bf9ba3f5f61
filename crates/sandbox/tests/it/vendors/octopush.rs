use std::time::Duration;

use otpkit_sandbox::Vendor;
use reqwest::Method;
use serde_json::{Value, json};

use crate::common::{Answer, Harness, wrong};

const PHONE: &str = "+33611223344";

async fn generate(h: &Harness, body: Value) -> Answer {
    h.octopush("generate_otp", Method::POST, "/service/otp/generate", &body)
        .await
}

async fn validate(h: &Harness, body: Value) -> Answer {
    h.octopush("validate_otp", Method::PUT, "/service/otp/validate", &body)
        .await
}

async fn send(h: &Harness, extra: Value) -> (String, String) {
    let mut body = json!({ "phone_number": PHONE });
    body.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    let sent = generate(h, body).await;
    assert_eq!(sent.status, 201, "{}", sent.body);
    (
        sent.body["otp_request_token"].as_str().unwrap().to_string(),
        h.code_for(PHONE),
    )
}

#[tokio::test]
async fn generate_then_validate_by_token_or_by_phone() {
    let h = Harness::start().await;
    let (token, code) = send(&h, json!({})).await;
    assert_eq!(code.len(), 6);
    assert!(code.chars().all(|c| c.is_ascii_digit()));
    assert_eq!(
        h.sandbox.messages().pop().unwrap().text,
        code,
        "without text only the code is sent"
    );
    let ok = validate(&h, json!({ "otp_request_token": token, "code": code })).await;
    assert_eq!((ok.status, ok.body["code"].clone()), (200, json!(0)));

    let (_, code) = send(&h, json!({})).await;
    assert_eq!(
        validate(&h, json!({ "phone_number": PHONE, "code": code }))
            .await
            .body["code"],
        0
    );
}

#[tokio::test]
async fn code_length_alphabet_channel_and_text_are_honoured() {
    let h = Harness::start().await;
    let options = json!({
        "code_length": 12, "allow_digits": false, "allow_upper_case": true, "remove_confusing_characters": true,
        "channel": "voice_sms", "text": "Code {code} valid until {hh:mm:ss}",
    });
    let (_, code) = send(&h, options).await;
    assert_eq!(code.len(), 12);
    assert!(
        code.chars()
            .all(|c| c.is_ascii_uppercase() && c != 'O' && c != 'I'),
        "{code}"
    );
    let message = h.sandbox.messages().pop().unwrap();
    assert_eq!(message.channel, "voice");
    assert!(
        message
            .text
            .starts_with(&format!("Code {code} valid until ")),
        "{}",
        message.text
    );
    assert_eq!(
        message.text.len(),
        format!("Code {code} valid until 00:00:00").len()
    );
}

#[tokio::test]
async fn each_failure_has_its_code() {
    let h = Harness::start().await;
    let (token, code) = send(&h, json!({ "max_wrong_attempts": 2 })).await;
    let first = validate(
        &h,
        json!({ "otp_request_token": token, "code": wrong(&code) }),
    )
    .await;
    assert_eq!(
        (
            first.status,
            first.body["code"].clone(),
            first.body["remaining_number_of_attempts"].clone()
        ),
        (400, json!(199), json!(1))
    );
    validate(
        &h,
        json!({ "otp_request_token": token, "code": wrong(&code) }),
    )
    .await;
    assert_eq!(
        validate(&h, json!({ "otp_request_token": token, "code": code }))
            .await
            .body["code"],
        196
    );

    let (token, code) = send(&h, json!({ "validity_period": 30 })).await;
    h.sandbox.advance(Duration::from_secs(30));
    assert_eq!(
        validate(&h, json!({ "otp_request_token": token, "code": code }))
            .await
            .body["code"],
        197
    );

    assert_eq!(
        validate(
            &h,
            json!({ "otp_request_token": "otp_unknown", "code": "1234" })
        )
        .await
        .body["code"],
        198
    );
    assert_eq!(
        validate(&h, json!({ "code": "1234" })).await.body["code"],
        194
    );
    assert_eq!(
        validate(&h, json!({ "otp_request_token": token }))
            .await
            .body["code"],
        195
    );
}

#[tokio::test]
async fn wrong_credentials_are_401() {
    let h = Harness::start().await;
    for headers in [
        vec![("api-login", "sandbox@example.com"), ("api-key", "wrong")],
        vec![("api-key", "sandbox-octopush-key")],
    ] {
        let answer = h
            .call(
                Vendor::Octopush,
                "generate_otp",
                Method::POST,
                "/service/otp/generate",
                &headers,
                &json!({ "phone_number": PHONE }),
            )
            .await;
        assert_eq!(answer.status, 401, "{headers:?}");
    }
    assert!(h.sandbox.messages().is_empty());
}

#[tokio::test]
async fn bad_values_are_cast_cleaned_or_ignored_and_the_code_still_sent() {
    // Octopush: "If a parameter could not be recognized or fixed, we will ignore it, but your
    // request will be sent."
    let h = Harness::start().await;
    for (extra, length) in [
        (json!({ "phone_number": "+33 6 11 22 33 44" }), 6),
        (json!({ "phone_number": "0033611223344" }), 6),
        (json!({ "sender": "AB" }), 6),
        (json!({ "code_length": 2 }), 3),
        (json!({ "code_length": 100 }), 32),
        (json!({ "code_length": "4" }), 4),
        (json!({ "validity_period": 1 }), 6),
        (json!({ "channel": "fax" }), 6),
        (json!({ "max_wrong_attempts": 0 }), 6),
        (json!({ "allow_digits": "yes", "voice_gender": 7 }), 6),
    ] {
        let mut body = json!({ "phone_number": PHONE });
        body.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        let sent = generate(&h, body).await;
        assert_eq!(sent.status, 201, "{extra}: {}", sent.body);
        let message = h.sandbox.messages().pop().unwrap();
        assert_eq!(message.destination, PHONE, "{extra}");
        assert_eq!(message.code.chars().count(), length, "{extra}");
    }
    // A number that is no number cannot be fixed: refused in Octopush's words, naming it.
    let refused = generate(&h, json!({ "phone_number": "call me" })).await;
    assert_eq!(refused.status, 400);
    assert_eq!(
        refused.body["message"],
        "The phone number field is invalid."
    );
    crate::common::assert_reads_like_the_vendor(&refused.body);
}

#[tokio::test]
async fn an_absent_allow_flag_keeps_its_default() {
    let h = Harness::start().await;
    // Only an upper-case flag, set to false: digits stay on (their default).
    let (_, code) = send(&h, json!({ "allow_upper_case": false })).await;
    assert_eq!(code.len(), 6);
    assert!(code.chars().all(|c| c.is_ascii_digit()), "{code}");
    // Upper case on, digits absent: both.
    let (_, code) = send(&h, json!({ "allow_upper_case": true, "code_length": 32 })).await;
    assert!(
        code.chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()),
        "{code}"
    );
    // Every set switched off cannot be fixed: ignored, so the default alphabet applies.
    let (_, code) = send(
        &h,
        json!({ "allow_digits": false, "allow_special_chars": false }),
    )
    .await;
    assert!(code.chars().all(|c| c.is_ascii_digit()), "{code}");
    // A null is no value: the field's default applies.
    let (_, code) = send(&h, json!({ "code_length": null, "text": null })).await;
    assert_eq!(h.sandbox.messages().pop().unwrap().text, code);
    assert_eq!(code.len(), 6);
}

#[tokio::test]
async fn a_text_without_the_placeholder_gets_the_code_appended() {
    let h = Harness::start().await;
    let (token, code) = send(&h, json!({ "text": "Your verification code: " })).await;
    let message = h.sandbox.messages().pop().unwrap();
    assert_eq!(message.text, format!("Your verification code: {code}"));
    let (_, code) = send(&h, json!({ "text": "Code" })).await;
    assert_eq!(
        h.sandbox.messages().pop().unwrap().text,
        format!("Code {code}")
    );
    // The appended code is the one that validates.
    let ok = validate(
        &h,
        json!({ "otp_request_token": token, "code": message.code }),
    )
    .await;
    assert_eq!((ok.status, ok.body["code"].clone()), (200, json!(0)));
}
