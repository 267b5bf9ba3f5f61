use std::time::Duration;

use otpkit_pipwave::{SendToken, VerifyTokenAnswer};
use serde_json::{Value, json};

use crate::common::{Harness, wrong};

const PHONE: &str = "+60123456789";

fn send_token(h: &Harness, contact_no: &str) -> Value {
    let c = h.sandbox.config();
    let request = SendToken {
        timestamp: 1_700_000_000,
        api_key: c.var("PIPWAVE_API_KEY").unwrap(),
        user_id: "505315",
        contact_no_country_dialing_code: "60",
        contact_no,
    }
    .sign(c.var("PIPWAVE_API_SECRET").unwrap())
    .unwrap();
    serde_json::to_value(request).unwrap()
}

fn verify_answer(h: &Harness, reference: i64, answer: &str) -> Value {
    let c = h.sandbox.config();
    let request = VerifyTokenAnswer {
        timestamp: 1_700_000_000,
        api_key: c.var("PIPWAVE_API_KEY").unwrap(),
        user_id: "505315",
        reference,
        contact_no_country_dialing_code: "60",
        contact_no: "123456789",
        answer,
    }
    .sign(c.var("PIPWAVE_API_SECRET").unwrap())
    .unwrap();
    serde_json::to_value(request).unwrap()
}

async fn send(h: &Harness) -> (i64, String) {
    let sent = h.pipwave(&send_token(h, "123456789")).await;
    assert_eq!(
        (sent.status, sent.body["status"].clone()),
        (200, json!(200)),
        "{}",
        sent.body
    );
    (sent.body["reference"].as_i64().unwrap(), h.code_for(PHONE))
}

#[tokio::test]
async fn send_then_verify_the_delivered_token() {
    let h = Harness::start().await;
    let (reference, code) = send(&h).await;
    let message = h.sandbox.messages().pop().unwrap();
    assert_eq!(
        (
            message.channel.as_str(),
            message.destination.as_str(),
            code.len()
        ),
        ("sms", PHONE, 6)
    );
    let ok = h.pipwave(&verify_answer(&h, reference, &code)).await;
    assert_eq!(ok.body["status"], 200);
    // Verified sessions are closed.
    assert_eq!(
        h.pipwave(&verify_answer(&h, reference, &code)).await.body["status"],
        5051
    );
}

#[tokio::test]
async fn a_wrong_answer_is_5052_until_the_attempts_run_out() {
    let h = Harness::start().await;
    let (reference, code) = send(&h).await;
    for _ in 0..3 {
        assert_eq!(
            h.pipwave(&verify_answer(&h, reference, &wrong(&code)))
                .await
                .body["status"],
            5052
        );
    }
    let locked = h.pipwave(&verify_answer(&h, reference, &code)).await;
    assert_eq!(locked.body["status"], 5051);
    assert!(
        locked.body["message"]
            .as_str()
            .unwrap()
            .contains("too many"),
        "{}",
        locked.body
    );
}

#[tokio::test]
async fn an_expired_or_unknown_session_is_5051() {
    let h = Harness::start().await;
    let (reference, code) = send(&h).await;
    h.sandbox.advance(Duration::from_secs(301));
    assert_eq!(
        h.pipwave(&verify_answer(&h, reference, &code)).await.body["status"],
        5051
    );
    assert_eq!(
        h.pipwave(&verify_answer(&h, 999_999, "123456")).await.body["status"],
        5051
    );
}

#[tokio::test]
async fn a_resend_too_soon_is_5002_with_seconds_till_resend() {
    let h = Harness::start().await;
    send(&h).await;
    h.sandbox.advance(Duration::from_secs(20));
    let throttled = h.pipwave(&send_token(&h, "123456789")).await;
    assert_eq!(
        (
            throttled.body["status"].clone(),
            throttled.body["seconds_till_resend"].clone()
        ),
        (json!(5002), json!(40))
    );
    assert_eq!(
        h.sandbox.messages().len(),
        1,
        "a throttled send delivers nothing"
    );
    // Another number is not throttled; the same one is after the wait.
    assert_eq!(
        h.pipwave(&send_token(&h, "198765432")).await.body["status"],
        200
    );
    h.sandbox.advance(Duration::from_secs(40));
    assert_eq!(
        h.pipwave(&send_token(&h, "123456789")).await.body["status"],
        200
    );
}

#[tokio::test]
async fn a_bad_signature_is_401_and_a_wrong_key_403() {
    let h = Harness::start().await;
    let mut tampered = send_token(&h, "123456789");
    tampered["user_id"] = json!("999999");
    assert_eq!(h.pipwave(&tampered).await.body["status"], 401);

    let mut wrong_secret = send_token(&h, "123456789");
    let c = h.sandbox.config();
    wrong_secret["signature"] = json!(otpkit_pipwave::signature::sign(
        [
            ("action", "send-token"),
            ("timestamp", "1700000000"),
            ("api_key", c.var("PIPWAVE_API_KEY").unwrap())
        ],
        "not-the-secret"
    ));
    assert_eq!(h.pipwave(&wrong_secret).await.body["status"], 401);

    let mut wrong_body_key = send_token(&h, "123456789");
    wrong_body_key["api_key"] = json!("other-key");
    assert_eq!(h.pipwave(&wrong_body_key).await.body["status"], 403);
    let missing_header = h
        .call(
            otpkit_sandbox::Vendor::Pipwave,
            "phone_verify",
            reqwest::Method::POST,
            "/phone-verify",
            &[],
            &send_token(&h, "123456789"),
        )
        .await;
    assert_eq!(missing_header.body["status"], 403);
    assert!(h.sandbox.messages().is_empty());
}

#[tokio::test]
async fn unknown_actions_are_404_and_bad_parameters_9001() {
    let h = Harness::start().await;
    let mut unknown = send_token(&h, "123456789");
    unknown["action"] = json!("send-carrier-pigeon");
    assert_eq!(h.pipwave(&unknown).await.body["status"], 404);
    let mut bad = send_token(&h, "123456789");
    bad["contact_no_country_dialing_code"] = json!("+60");
    let answer = h.pipwave(&bad).await;
    assert_eq!(answer.body["status"], 9001);
    assert_eq!(
        answer.body["message"],
        "Parameter error: contact_no_country_dialing_code is invalid"
    );
    crate::common::assert_reads_like_the_vendor(&answer.body);
    // The spec's minimum, which the generated i64 does not keep (signed, so only the
    // parameter check can refuse it).
    let c = h.sandbox.config();
    let negative = SendToken {
        timestamp: -1,
        api_key: c.var("PIPWAVE_API_KEY").unwrap(),
        user_id: "505315",
        contact_no_country_dialing_code: "60",
        contact_no: "123456789",
    }
    .sign(c.var("PIPWAVE_API_SECRET").unwrap())
    .unwrap();
    let answer = h.pipwave(&serde_json::to_value(negative).unwrap()).await;
    assert_eq!(
        answer.body["message"],
        "Parameter error: timestamp is invalid"
    );
    let mut missing = send_token(&h, "123456789");
    missing.as_object_mut().unwrap().remove("user_id");
    let answer = h.pipwave(&missing).await;
    assert_eq!(
        answer.body["message"],
        "Parameter error: user_id is required"
    );
}

#[tokio::test]
async fn a_send_the_credit_cannot_pay_is_5004() {
    let h = Harness::start().await;
    h.sandbox
        .set_balance(otpkit_sandbox::Vendor::Pipwave, 0.5)
        .unwrap();
    let refused = h.pipwave(&send_token(&h, "123456789")).await;
    assert_eq!(
        (
            refused.status,
            refused.body["status"].clone(),
            refused.body["message"].clone()
        ),
        (200, json!(5004), json!("Insufficient credit"))
    );
    assert!(h.sandbox.messages().is_empty());
    h.sandbox
        .set_balance(otpkit_sandbox::Vendor::Pipwave, 1.0)
        .unwrap();
    send(&h).await;
    assert_eq!(
        h.sandbox.balance(otpkit_sandbox::Vendor::Pipwave),
        Some(0.0)
    );
}

#[tokio::test]
async fn json_without_a_json_content_type_is_accepted_as_pipwaves_clients_send_it() {
    let h = Harness::start().await;
    let body = send_token(&h, "123456789").to_string();
    let response = h
        .http
        .post(h.url(otpkit_sandbox::Vendor::Pipwave, "/phone-verify"))
        .header("x-api-key", h.var("PIPWAVE_API_KEY"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(
        h.checked(otpkit_sandbox::Vendor::Pipwave, "phone_verify", response)
            .await
            .body["status"],
        200
    );
}
