use std::time::Duration;

use otpkit_sandbox::Vendor;
use reqwest::Method;
use serde_json::{Value, json};

use crate::common::{Answer, Harness, wrong};

const TO: &str = "94771234567";

fn send_body(sms: &str) -> Value {
    json!({ "source": "ShoutDEMO", "destination": TO, "transport": "sms", "content": { "sms": sms } })
}

async fn send(h: &Harness) -> (String, String) {
    let sent = h
        .shoutout(
            "send_otp",
            "/otpservice/send",
            &send_body("Your code is {{code}}"),
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    assert_eq!(sent.body["messageResult"]["status"], "1001");
    (
        sent.body["referenceId"].as_str().unwrap().to_string(),
        h.code_for(TO),
    )
}

async fn verify(h: &Harness, reference: &str, code: &str) -> Answer {
    h.shoutout(
        "verify_otp",
        "/otpservice/verify",
        &json!({ "referenceId": reference, "code": code }),
    )
    .await
}

#[tokio::test]
async fn send_then_verify_the_delivered_code() {
    let h = Harness::start().await;
    let (reference, code) = send(&h).await;
    let message = h.sandbox.messages().pop().unwrap();
    assert_eq!(
        message.text,
        format!("Your code is {code}"),
        "{{{{code}}}} is substituted"
    );
    assert_eq!(code.len(), 5);
    let ok = verify(&h, &reference, &code).await;
    assert_eq!(
        (ok.status, ok.body["statusCode"].clone()),
        (200, json!("1000"))
    );
    assert_eq!(
        verify(&h, &reference, &code).await.status,
        400,
        "a verified reference is used up"
    );
}

#[tokio::test]
async fn wrong_expired_exhausted_and_unknown_codes_are_400() {
    let h = Harness::start().await;
    let (reference, code) = send(&h).await;
    let wrong_code = verify(&h, &reference, &wrong(&code)).await;
    assert_eq!(
        (wrong_code.status, wrong_code.body["statusCode"].clone()),
        (400, json!("1001"))
    );
    verify(&h, &reference, &wrong(&code)).await;
    verify(&h, &reference, &wrong(&code)).await;
    let exhausted = verify(&h, &reference, &code).await;
    assert_eq!(
        exhausted.body["message"],
        "Maximum verification attempts exceeded"
    );

    let (reference, code) = send(&h).await;
    h.sandbox.advance(Duration::from_secs(301));
    let expired = verify(&h, &reference, &code).await;
    assert_eq!(
        (expired.status, expired.body["statusCode"].clone()),
        (400, json!("1002"))
    );

    let unknown = verify(&h, "f437c171-2d08-48c8-a4a2-000000000000", "12345").await;
    assert_eq!(unknown.status, 400);
    assert!(unknown.body.get("statusCode").is_none());
}

#[tokio::test]
async fn a_wrong_or_missing_api_key_is_403() {
    let h = Harness::start().await;
    for auth in [
        vec![("authorization", "Apikey wrong")],
        vec![("authorization", "Bearer sandbox-shoutout-key")],
        vec![],
    ] {
        let answer = h
            .call(
                Vendor::Shoutout,
                "send_otp",
                Method::POST,
                "/otpservice/send",
                &auth,
                &send_body("{{code}}"),
            )
            .await;
        assert_eq!(answer.status, 403, "{auth:?}");
    }
    assert!(h.sandbox.messages().is_empty());
}

#[tokio::test]
async fn a_template_without_the_code_or_a_bad_destination_is_400() {
    let h = Harness::start().await;
    let no_code = h
        .shoutout(
            "send_otp",
            "/otpservice/send",
            &send_body("Your code is {code}"),
        )
        .await;
    assert_eq!(no_code.status, 400);
    assert!(
        no_code.body["message"].as_str().unwrap().contains("code"),
        "{}",
        no_code.body
    );
    let mut bad = send_body("{{code}}");
    bad["destination"] = json!("+0771234567");
    let refused = h.shoutout("send_otp", "/otpservice/send", &bad).await;
    assert_eq!(refused.status, 400);
    assert_eq!(
        refused.body["message"],
        "We could not process that action: destination is invalid"
    );
    crate::common::assert_reads_like_the_vendor(&refused.body);
    assert!(h.sandbox.messages().is_empty());
}

#[tokio::test]
async fn a_destination_in_e164_with_its_plus_is_accepted() {
    // ShoutOUT documents "Mobile number in E.164 format"; its samples omit the `+`.
    let h = Harness::start().await;
    let mut body = send_body("Your code is {{code}}");
    body["destination"] = json!("+94771234567");
    let sent = h.shoutout("send_otp", "/otpservice/send", &body).await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    let reference = sent.body["referenceId"].as_str().unwrap().to_string();
    let code = h.code_for("+94771234567");
    let ok = verify(&h, &reference, &code).await;
    assert_eq!(
        (ok.status, ok.body["statusCode"].clone()),
        (200, json!("1000"))
    );
}
