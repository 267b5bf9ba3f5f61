use std::time::Duration;

use serde_json::{Value, json};

use crate::common::{Harness, wrong};

const TO: &str = "2348109077743";

fn send_body(h: &Harness, attempts: u32, ttl: u32, pin_type: &str) -> Value {
    json!({
        "api_key": h.sandbox.config().termii_api_key,
        "message_type": pin_type, "pin_type": pin_type,
        "to": TO, "from": "Acme", "channel": "generic",
        "pin_attempts": attempts, "pin_time_to_live": ttl, "pin_length": 6,
        "pin_placeholder": "< 1234 >", "message_text": "Your Acme code is < 1234 >",
    })
}

async fn send(h: &Harness, attempts: u32, ttl: u32) -> String {
    let sent = h
        .termii(
            "send_token",
            "/api/sms/otp/send",
            &send_body(h, attempts, ttl, "NUMERIC"),
        )
        .await;
    assert_eq!(sent.status, 200, "{:?}", sent.body);
    sent.body["pinId"].as_str().unwrap().to_string()
}

async fn verify(h: &Harness, pin_id: &str, pin: &str) -> crate::common::Answer {
    let body =
        json!({ "api_key": h.sandbox.config().termii_api_key, "pin_id": pin_id, "pin": pin });
    h.termii("verify_token", "/api/sms/otp/verify", &body).await
}

#[tokio::test]
async fn send_then_verify_the_delivered_pin() {
    let h = Harness::start().await;
    let pin_id = send(&h, 3, 5).await;
    let message = h.sandbox.messages().pop().unwrap();
    assert_eq!(
        (message.channel.as_str(), message.destination.as_str()),
        ("sms", TO)
    );
    assert_eq!(message.code.len(), 6);
    assert!(message.code.chars().all(|c| c.is_ascii_digit()));
    assert_eq!(
        message.text,
        format!("Your Acme code is {}", message.code),
        "pin_placeholder is substituted"
    );
    let ok = verify(&h, &pin_id, &message.code).await;
    assert_eq!(
        (ok.status, ok.body["verified"].clone()),
        (200, json!("True"))
    );
    assert_eq!(ok.body["msisdn"], TO);
    // A verified pin is used up.
    assert_eq!(verify(&h, &pin_id, &message.code).await.status, 422);
}

#[tokio::test]
async fn alphanumeric_pins_use_digits_and_capitals() {
    let h = Harness::start().await;
    let mut request = send_body(&h, 3, 5, "ALPHANUMERIC");
    request["pin_length"] = json!(8);
    assert_eq!(
        h.termii("send_token", "/api/sms/otp/send", &request)
            .await
            .status,
        200
    );
    let code = h.code_for(TO);
    assert_eq!(code.len(), 8);
    assert!(
        code.chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()),
        "{code}"
    );
}

#[tokio::test]
async fn a_wrong_pin_says_false_with_attempts_left_then_too_many_attempts() {
    let h = Harness::start().await;
    let pin_id = send(&h, 2, 5).await;
    let code = h.code_for(TO);
    let first = verify(&h, &pin_id, &wrong(&code)).await;
    assert_eq!(
        (
            first.status,
            first.body["verified"].clone(),
            first.body["attemptsRemaining"].clone()
        ),
        (200, json!("False"), json!(1))
    );
    let second = verify(&h, &pin_id, &wrong(&code)).await;
    assert_eq!(second.body["attemptsRemaining"], 0);
    let locked = verify(&h, &pin_id, &code).await;
    assert_eq!(
        (locked.status, locked.body["verified"].clone()),
        (400, json!("Expired"))
    );
    assert_eq!(locked.body["message"], "Too many attempts");
}

#[tokio::test]
async fn a_pin_expires_after_its_time_to_live() {
    let h = Harness::start().await;
    let pin_id = send(&h, 3, 1).await;
    let code = h.code_for(TO);
    h.sandbox.advance(Duration::from_secs(61));
    let expired = verify(&h, &pin_id, &code).await;
    assert_eq!(
        (expired.status, expired.body["verified"].clone()),
        (400, json!("Expired"))
    );
    assert!(
        expired.body.get("message").is_none(),
        "plain expiry carries no message: {}",
        expired.body
    );
}

#[tokio::test]
async fn a_time_to_live_of_zero_never_expires() {
    let h = Harness::start().await;
    let pin_id = send(&h, 3, 0).await;
    let code = h.code_for(TO);
    h.sandbox.advance(Duration::from_secs(86_400));
    assert_eq!(verify(&h, &pin_id, &code).await.body["verified"], "True");
}

#[tokio::test]
async fn an_unknown_pin_id_is_422() {
    let h = Harness::start().await;
    let answer = verify(&h, "c8dcd048-5e7f-4347-8c89-4470c3af0b", "195558").await;
    assert_eq!(answer.status, 422);
    assert_eq!(answer.body["errors"], json!([]));
}

#[tokio::test]
async fn a_wrong_api_key_is_401_on_every_operation() {
    let h = Harness::start().await;
    let mut body = send_body(&h, 3, 5, "NUMERIC");
    body["api_key"] = json!("not-the-key");
    assert_eq!(
        h.termii("send_token", "/api/sms/otp/send", &body)
            .await
            .status,
        401
    );
    let verify = json!({ "api_key": "nope", "pin_id": "x", "pin": "1234" });
    assert_eq!(
        h.termii("verify_token", "/api/sms/otp/verify", &verify)
            .await
            .status,
        401
    );
    let call = json!({ "api_key": "nope", "phone_number": TO, "code": 55675 });
    assert_eq!(
        h.termii("make_voice_call", "/api/sms/otp/call", &call)
            .await
            .status,
        401
    );
    assert!(
        h.sandbox.messages().is_empty(),
        "nothing is delivered for a refused request"
    );
}

#[tokio::test]
async fn in_app_tokens_are_handed_back_and_verifiable() {
    let h = Harness::start().await;
    let body = json!({
        "api_key": h.sandbox.config().termii_api_key, "pin_type": "NUMERIC", "phone_number": TO,
        "pin_attempts": 3, "pin_time_to_live": 5, "pin_length": 4,
    });
    let answer = h
        .termii("generate_in_app_token", "/api/sms/otp/generate", &body)
        .await;
    assert_eq!(answer.status, 200);
    let (pin_id, otp) = (
        answer.body["data"]["pin_id"].as_str().unwrap(),
        answer.body["data"]["otp"].as_str().unwrap(),
    );
    assert_eq!(otp.len(), 4);
    assert!(
        h.sandbox.messages().is_empty(),
        "an in-app token is not delivered"
    );
    assert_eq!(verify(&h, pin_id, otp).await.body["verified"], "True");
}

#[tokio::test]
async fn voice_tokens_are_called_out_and_verifiable() {
    let h = Harness::start().await;
    let body = json!({
        "api_key": h.sandbox.config().termii_api_key, "phone_number": TO,
        "pin_attempts": 3, "pin_time_to_live": 5, "pin_length": 5,
    });
    let answer = h
        .termii("send_voice_token", "/api/sms/otp/send/voice", &body)
        .await;
    assert_eq!(
        (answer.status, answer.body["code"].clone()),
        (200, json!("ok"))
    );
    let message = h.sandbox.messages().pop().unwrap();
    assert_eq!((message.channel.as_str(), message.code.len()), ("voice", 5));
    assert_eq!(
        verify(&h, answer.body["pinId"].as_str().unwrap(), &message.code)
            .await
            .body["verified"],
        "True"
    );
}

#[tokio::test]
async fn voice_calls_and_email_tokens_deliver_the_callers_code_unverifiably() {
    let h = Harness::start().await;
    let key = h.sandbox.config().termii_api_key.clone();
    let call = h
        .termii(
            "make_voice_call",
            "/api/sms/otp/call",
            &json!({ "api_key": key, "phone_number": TO, "code": 55675 }),
        )
        .await;
    assert_eq!(call.status, 200);
    assert_eq!(h.sandbox.messages().pop().unwrap().code, "55675");
    assert_eq!(
        verify(&h, call.body["pinId"].as_str().unwrap(), "55675")
            .await
            .status,
        422,
        "a voice call's pinId cannot be verified"
    );

    let email = json!({ "api_key": key, "email_address": "ada@example.com", "code": "092471", "email_configuration_id": "cfg-1" });
    let sent = h
        .termii("send_email_token", "/api/email/otp/send", &email)
        .await;
    assert_eq!(sent.status, 200);
    assert!(sent.body.get("pinId").is_none());
    let message = h.sandbox.messages().pop().unwrap();
    assert_eq!(
        (
            message.channel.as_str(),
            message.destination.as_str(),
            message.code.as_str()
        ),
        ("email", "ada@example.com", "092471")
    );
    // Every delivery is charged.
    assert!(sent.body["balance"].as_f64().unwrap() < call.body["balance"].as_f64().unwrap());
}

#[tokio::test]
async fn out_of_range_options_are_422_naming_the_field() {
    let h = Harness::start().await;
    for (field, value) in [
        ("pin_length", json!(9)),
        ("pin_length", json!(3)),
        ("pin_time_to_live", json!(61)),
    ] {
        let mut body = send_body(&h, 3, 5, "NUMERIC");
        body[field] = value;
        let answer = h.termii("send_token", "/api/sms/otp/send", &body).await;
        assert_eq!(answer.status, 422, "{field}");
        assert!(
            answer.body["errors"].get(field).is_some(),
            "{}",
            answer.body
        );
    }
    let call =
        json!({ "api_key": h.sandbox.config().termii_api_key, "phone_number": TO, "code": 123 });
    assert_eq!(
        h.termii("make_voice_call", "/api/sms/otp/call", &call)
            .await
            .status,
        422
    );
    assert!(h.sandbox.messages().is_empty());
}

#[tokio::test]
async fn missing_and_mistyped_fields_are_400_naming_the_field() {
    let h = Harness::start().await;
    let mut body = send_body(&h, 3, 5, "NUMERIC");
    body.as_object_mut().unwrap().remove("message_text");
    let answer = h.termii("send_token", "/api/sms/otp/send", &body).await;
    assert_eq!(answer.status, 400);
    assert!(
        answer.body["message"]
            .as_str()
            .unwrap()
            .contains("message_text"),
        "{}",
        answer.body
    );
    let mut body = send_body(&h, 3, 5, "NUMERIC");
    body["pin_attempts"] = json!(0);
    assert_eq!(
        h.termii("send_token", "/api/sms/otp/send", &body)
            .await
            .status,
        400
    );
    let mut body = send_body(&h, 3, 5, "NUMERIC");
    body["channel"] = json!("carrier-pigeon");
    assert_eq!(
        h.termii("send_token", "/api/sms/otp/send", &body)
            .await
            .status,
        400
    );
}
