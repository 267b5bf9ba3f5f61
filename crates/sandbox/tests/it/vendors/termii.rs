use std::time::Duration;

use serde_json::{Value, json};

use crate::common::{Harness, wrong};

const TO: &str = "2348109077743";

fn send_body(h: &Harness, attempts: u32, ttl: u32, pin_type: &str) -> Value {
    json!({
        "api_key": h.var("TERMII_API_KEY"),
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
    let body = json!({ "api_key": h.var("TERMII_API_KEY"), "pin_id": pin_id, "pin": pin });
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
        "api_key": h.var("TERMII_API_KEY"), "pin_type": "NUMERIC", "phone_number": TO,
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
        "api_key": h.var("TERMII_API_KEY"), "phone_number": TO,
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
    let key = h.var("TERMII_API_KEY");
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
    let call = json!({ "api_key": h.var("TERMII_API_KEY"), "phone_number": TO, "code": 123 });
    assert_eq!(
        h.termii("make_voice_call", "/api/sms/otp/call", &call)
            .await
            .status,
        422
    );
    assert!(h.sandbox.messages().is_empty());
}

/// Sends `body` and asserts Termii's Laravel-style 422 naming `field` with `message`.
async fn assert_invalid(h: &Harness, body: &Value, field: &str, message: &str) {
    let answer = h.termii("send_token", "/api/sms/otp/send", body).await;
    assert_eq!(answer.status, 422, "{field}: {}", answer.body);
    assert_eq!(
        answer.body["errors"][field],
        json!([message]),
        "{}",
        answer.body
    );
    crate::common::assert_reads_like_the_vendor(&answer.body);
}

#[tokio::test]
async fn missing_and_mistyped_fields_are_422_naming_the_field() {
    let h = Harness::start().await;
    let mut body = send_body(&h, 3, 5, "NUMERIC");
    body.as_object_mut().unwrap().remove("message_text");
    assert_invalid(
        &h,
        &body,
        "message_text",
        "The message text field is required.",
    )
    .await;
    let mut body = send_body(&h, 3, 5, "NUMERIC");
    body["pin_attempts"] = json!(0);
    assert_invalid(
        &h,
        &body,
        "pin_attempts",
        "The pin attempts field is invalid.",
    )
    .await;
    let mut body = send_body(&h, 3, 5, "NUMERIC");
    body["channel"] = json!("carrier-pigeon");
    assert_invalid(&h, &body, "channel", "The channel field is invalid.").await;
    assert!(h.sandbox.messages().is_empty());
}

#[tokio::test]
async fn either_pin_type_or_message_type_is_enough() {
    // The old table names only `message_type`, the newest only `pin_type` (NOTES.md §1.5).
    let h = Harness::start().await;
    for keep in ["message_type", "pin_type"] {
        let mut body = send_body(&h, 3, 5, "ALPHANUMERIC");
        let drop = if keep == "pin_type" {
            "message_type"
        } else {
            "pin_type"
        };
        body.as_object_mut().unwrap().remove(drop);
        let sent = h.termii("send_token", "/api/sms/otp/send", &body).await;
        assert_eq!(sent.status, 200, "only {keep}: {}", sent.body);
    }
    // With both, the newer `pin_type` decides.
    let mut body = send_body(&h, 3, 5, "NUMERIC");
    body["pin_type"] = json!("ALPHANUMERIC");
    body["pin_length"] = json!(8);
    for _ in 0..8 {
        assert_eq!(
            h.termii("send_token", "/api/sms/otp/send", &body)
                .await
                .status,
            200
        );
    }
    let codes: String = h
        .sandbox
        .messages()
        .iter()
        .rev()
        .take(8)
        .map(|m| m.code.clone())
        .collect();
    assert!(codes.chars().any(|c| c.is_ascii_uppercase()), "{codes}");
    // A null is not a pin type (no request field is nullable).
    let mut null = send_body(&h, 3, 5, "NUMERIC");
    null["pin_type"] = Value::Null;
    assert_invalid(&h, &null, "pin_type", "The pin type field is invalid.").await;
    let mut neither = send_body(&h, 3, 5, "NUMERIC");
    neither.as_object_mut().unwrap().remove("pin_type");
    neither.as_object_mut().unwrap().remove("message_type");
    assert_invalid(&h, &neither, "pin_type", "The pin type field is required.").await;
}

#[tokio::test]
async fn bounds_the_generated_types_drop_are_checked() {
    // typify keeps `format: email` as a String and an int32's minimum only (NonZeroU32).
    let h = Harness::start().await;
    let mut body = send_body(&h, 3, 5, "NUMERIC");
    body["pin_attempts"] = json!(2_147_483_648u64);
    assert_invalid(
        &h,
        &body,
        "pin_attempts",
        "The pin attempts may not be greater than 2147483647.",
    )
    .await;
    let key = h.var("TERMII_API_KEY");
    let email = |address: &str| json!({ "api_key": key, "email_address": address, "code": "1234", "email_configuration_id": "c" });
    let refused = h
        .termii("send_email_token", "/api/email/otp/send", &email("000"))
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused.body["errors"].get("email_address").is_some(),
        "{}",
        refused.body
    );
    let sent = h
        .termii(
            "send_email_token",
            "/api/email/otp/send",
            &email("ada@example.com"),
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    assert_eq!(h.sandbox.messages().len(), 1);
}

#[tokio::test]
async fn a_balance_that_cannot_pay_is_refused_and_nothing_sent() {
    let h = Harness::start().await;
    let control = format!("http://{}/_sandbox/balances", h.sandbox.addr());
    let set = |balance: f64| {
        h.http
            .post(&control)
            .json(&json!({ "vendor": "termii", "balance": balance }))
            .send()
    };
    assert_eq!(set(2.0).await.unwrap().status(), 200);
    let key = h.var("TERMII_API_KEY");
    let voice = json!({ "api_key": key, "phone_number": TO, "pin_attempts": 3, "pin_time_to_live": 5, "pin_length": 6 });
    for (operation, path, body) in [
        (
            "send_token",
            "/api/sms/otp/send",
            send_body(&h, 3, 5, "NUMERIC"),
        ),
        ("send_voice_token", "/api/sms/otp/send/voice", voice.clone()),
        (
            "make_voice_call",
            "/api/sms/otp/call",
            json!({ "api_key": key, "phone_number": TO, "code": 12345 }),
        ),
        (
            "send_email_token",
            "/api/email/otp/send",
            json!({ "api_key": key, "email_address": "ada@example.com", "code": "1", "email_configuration_id": "c" }),
        ),
    ] {
        let refused = h.termii(operation, path, &body).await;
        assert_eq!(
            (refused.status, refused.body["message"].clone()),
            (422, json!("Insufficient balance")),
            "{operation}"
        );
    }
    assert!(h.sandbox.messages().is_empty(), "nothing is sent unpaid");
    assert_eq!(h.sandbox.balance(otpkit_sandbox::Vendor::Termii), Some(2.0));
    // Topped up, the balance pays, and the answer reports what is left.
    assert_eq!(set(5.0).await.unwrap().status(), 200);
    let sent = h
        .termii("send_voice_token", "/api/sms/otp/send/voice", &voice)
        .await;
    assert_eq!(
        (sent.status, sent.body["balance"].clone()),
        (200, json!(2.5))
    );
    let balances: Value = h
        .http
        .get(&control)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(balances["termii"], 2.5);
}

/// Destinations Termii's "international format (Example: 23490126727)" does not cover, each
/// refused with the spec's 422 and Laravel-style body naming the field.
const BAD_NUMBERS: [&str; 10] = [
    "DROP TABLE;💥",
    // Full-width digits: numeric to Unicode, but no number a carrier can route.
    "２３４８０１２３４５６７８",
    "",
    // Too short: a country code and a few digits (E.164 numbers run 8 to 15 digits here).
    "2348",
    // Too long: more than E.164's 15 digits.
    "2348012345678901",
    "234801234567a",
    // National format (a leading 0), which Termii cannot route internationally.
    "08012345678",
    // A leading `+`: refused. The pages' tables and every JSON example write the number
    // without it, as specs/termii.yaml says ("International format without `+`"); only the
    // old page's C# sample sends "+2348109077743", taken as a sample slip like those NOTES.md
    // section 1.5 lists. otpkit's adapter sends the digits alone.
    "+2348012345678",
    "234 801 234 5678",
    "2348012345678\n",
];

/// Asserts the 422 naming `field` and that nothing was delivered or charged.
async fn assert_bad_number(h: &Harness, answer: crate::common::Answer, field: &str, to: &str) {
    assert_eq!(answer.status, 422, "{to:?}: {}", answer.body);
    assert_eq!(
        answer.body["message"], "The given data was invalid.",
        "{to:?}: {}",
        answer.body
    );
    let errors = answer.body["errors"][field]
        .as_array()
        .unwrap_or_else(|| panic!("{to:?}: no errors.{field}: {}", answer.body));
    assert_eq!(errors.len(), 1, "{}", answer.body);
    crate::common::assert_reads_like_the_vendor(&answer.body);
    assert!(h.sandbox.messages().is_empty(), "{to:?}: nothing is sent");
    assert_eq!(
        h.sandbox.balance(otpkit_sandbox::Vendor::Termii),
        Some(1_000_000_000.0),
        "{to:?}: nothing is charged"
    );
}

#[tokio::test]
async fn a_to_that_is_not_an_international_number_is_422_naming_it() {
    let h = Harness::start().await;
    for to in BAD_NUMBERS {
        for channel in ["dnd", "generic", "WhatsApp"] {
            let mut body = send_body(&h, 3, 5, "NUMERIC");
            body["to"] = json!(to);
            body["channel"] = json!(channel);
            let answer = h.termii("send_token", "/api/sms/otp/send", &body).await;
            assert_bad_number(&h, answer, "to", to).await;
        }
    }
    let mut body = send_body(&h, 3, 5, "NUMERIC");
    body["to"] = json!("+2348012345678");
    let answer = h.termii("send_token", "/api/sms/otp/send", &body).await;
    assert_eq!(
        answer.body["errors"]["to"][0],
        "The to must be a phone number in international format without +: 8 to 15 digits, e.g. 2348109077743."
    );
}

#[tokio::test]
async fn a_phone_number_that_is_not_international_is_422_on_every_route_taking_one() {
    let h = Harness::start().await;
    let key = h.var("TERMII_API_KEY");
    for to in BAD_NUMBERS {
        for (operation, path, body) in [
            (
                "generate_in_app_token",
                "/api/sms/otp/generate",
                json!({ "api_key": key, "pin_type": "NUMERIC", "phone_number": to, "pin_attempts": 3, "pin_time_to_live": 5, "pin_length": 4 }),
            ),
            (
                "send_voice_token",
                "/api/sms/otp/send/voice",
                json!({ "api_key": key, "phone_number": to, "pin_attempts": 3, "pin_time_to_live": 5, "pin_length": 5 }),
            ),
            (
                "make_voice_call",
                "/api/sms/otp/call",
                json!({ "api_key": key, "phone_number": to, "code": 55675 }),
            ),
        ] {
            let answer = h.termii(operation, path, &body).await;
            assert_bad_number(&h, answer, "phone_number", to).await;
        }
    }
}

#[tokio::test]
async fn the_email_channel_takes_an_address_in_to() {
    let h = Harness::start().await;
    let mut body = send_body(&h, 3, 5, "NUMERIC");
    body["channel"] = json!("email");
    for bad in ["DROP TABLE;💥", "2348012345678", "ada@"] {
        body["to"] = json!(bad);
        let answer = h.termii("send_token", "/api/sms/otp/send", &body).await;
        assert_bad_number(&h, answer, "to", bad).await;
    }
    body["to"] = json!("ada@example.com");
    let sent = h.termii("send_token", "/api/sms/otp/send", &body).await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    assert_eq!(h.sandbox.messages().pop().unwrap().channel, "email");
}

#[tokio::test]
async fn numbers_of_8_to_15_digits_are_accepted() {
    let h = Harness::start().await;
    for to in ["23480123", "234801234567890", TO] {
        let mut body = send_body(&h, 3, 5, "NUMERIC");
        body["to"] = json!(to);
        let answer = h.termii("send_token", "/api/sms/otp/send", &body).await;
        assert_eq!(answer.status, 200, "{to}: {}", answer.body);
        assert_eq!(answer.body["to"], to);
    }
}
