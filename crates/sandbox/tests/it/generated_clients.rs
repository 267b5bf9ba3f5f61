//! The generated vendor clients, with the authentication their crates install, complete a real
//! send-and-verify flow against the sandbox: spec, generated code and sandbox agree.

use std::num::NonZeroU32;

use otpkit_sandbox::{Sandbox, Vendor};

fn http() -> otpkit_http::HttpConfig {
    otpkit_http::HttpConfig::default()
}

#[tokio::test]
async fn termii() {
    use otpkit_termii::{Client, types};
    let sandbox = Sandbox::start().await.unwrap();
    let key = sandbox.config().var("TERMII_API_KEY").unwrap().to_string();
    let client =
        Client::connect(&format!("{}/", sandbox.base_url(Vendor::Termii)), &http()).unwrap();
    let sent = client
        .send_token()
        .body(
            types::SendTokenRequest::builder()
                .api_key(key.clone())
                .message_type(types::PinType::Numeric)
                .pin_type(types::PinType::Numeric)
                .to("2348109077743")
                .from("Acme")
                .channel(types::Channel::Dnd)
                .pin_attempts(types::PinAttempts(NonZeroU32::new(3).unwrap()))
                .pin_time_to_live(types::PinTimeToLive(5))
                .pin_length(types::PinLength(6))
                .pin_placeholder("< 1234 >")
                .message_text("Your pin is < 1234 >"),
        )
        .send()
        .await
        .unwrap();
    let code = sandbox.last_code_for("2348109077743").unwrap();
    let wrong = client
        .verify_token()
        .body(
            types::VerifyTokenRequest::builder()
                .api_key(key.clone())
                .pin_id(sent.pin_id.as_str())
                .pin("000000x"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.verified, types::Verified::String("False".into()));
    let ok = client
        .verify_token()
        .body(
            types::VerifyTokenRequest::builder()
                .api_key(key)
                .pin_id(sent.pin_id.as_str())
                .pin(code),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(ok.verified, types::Verified::String("True".into()));
    // A documented error status arrives as a typed error body.
    let bad = client
        .verify_token()
        .body(
            types::VerifyTokenRequest::builder()
                .api_key("wrong")
                .pin_id("p")
                .pin("1234"),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(bad.status().map(|s| s.as_u16()), Some(401));
}

#[tokio::test]
async fn pipwave() {
    use otpkit_pipwave::{Client, SendToken, VerifyTokenAnswer, types::Status};
    let sandbox = Sandbox::start().await.unwrap();
    let c = sandbox.config().clone();
    let client = Client::connect(
        &sandbox.base_url(Vendor::Pipwave),
        c.var("PIPWAVE_API_KEY").unwrap(),
        &http(),
    )
    .unwrap();
    let send = SendToken {
        timestamp: 1_700_000_000,
        api_key: c.var("PIPWAVE_API_KEY").unwrap(),
        user_id: "42",
        contact_no_country_dialing_code: "60",
        contact_no: "123456789",
    };
    let sent = client
        .phone_verify()
        .body(send.sign(c.var("PIPWAVE_API_SECRET").unwrap()).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status, Status::Int64(200));
    let code = sandbox.last_code_for("+60123456789").unwrap();
    let answer = VerifyTokenAnswer {
        timestamp: 1_700_000_001,
        api_key: c.var("PIPWAVE_API_KEY").unwrap(),
        user_id: "42",
        reference: sent.reference.unwrap(),
        contact_no_country_dialing_code: "60",
        contact_no: "123456789",
        answer: &code,
    };
    let ok = client
        .phone_verify()
        .body(answer.sign(c.var("PIPWAVE_API_SECRET").unwrap()).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status, Status::Int64(200));
    // The x-api-key header the constructor installs is what pipwave checks.
    let keyless = Client::connect(&sandbox.base_url(Vendor::Pipwave), "other", &http()).unwrap();
    let refused = keyless
        .phone_verify()
        .body(send.sign(c.var("PIPWAVE_API_SECRET").unwrap()).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status, Status::Int64(403));
}

#[tokio::test]
async fn shoutout() {
    use otpkit_shoutout::{Client, types};
    let sandbox = Sandbox::start().await.unwrap();
    let client = Client::connect(
        &sandbox.base_url(Vendor::Shoutout),
        sandbox.config().var("SHOUTOUT_API_KEY").unwrap(),
        &http(),
    )
    .unwrap();
    let sent = client
        .send_otp()
        .body(
            types::SendOtpRequest::builder()
                .source("ShoutDEMO")
                .destination("94771234567")
                .transport(types::SendOtpRequestTransport::Sms)
                .content(types::Content::builder().sms("Your code is {{code}}")),
        )
        .send()
        .await
        .unwrap();
    let code = sandbox.last_code_for("94771234567").unwrap();
    let ok = client
        .verify_otp()
        .body(
            types::VerifyOtpRequest::builder()
                .reference_id(sent.reference_id.as_str())
                .code(code),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status_code.0, "1000");
    let unauthorized =
        Client::connect(&sandbox.base_url(Vendor::Shoutout), "wrong", &http()).unwrap();
    let err = unauthorized
        .verify_otp()
        .body(
            types::VerifyOtpRequest::builder()
                .reference_id("r")
                .code("1"),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
}

#[tokio::test]
async fn octopush() {
    use otpkit_octopush::{Client, types};
    let sandbox = Sandbox::start().await.unwrap();
    let c = sandbox.config();
    let client = Client::connect(
        &sandbox.base_url(Vendor::Octopush),
        c.var("OCTOPUSH_API_LOGIN").unwrap(),
        c.var("OCTOPUSH_API_KEY").unwrap(),
        &http(),
    )
    .unwrap();
    let sent = client
        .generate_otp()
        .body(
            types::GenerateOtpRequest::builder()
                .phone_number("+33611223344")
                .code_length(6),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status().as_u16(), 201);
    let code = sandbox.last_code_for("+33611223344").unwrap();
    let token: types::ValidateOtpRequestOtpRequestToken = sent.otp_request_token.parse().unwrap();
    let wrong = client
        .validate_otp()
        .body(
            types::ValidateOtpRequest::builder()
                .otp_request_token(token.clone())
                .code("zzzzzz"),
        )
        .send()
        .await
        .unwrap_err();
    match wrong {
        otpkit_octopush::Error::ErrorResponse(body) => {
            assert_eq!(
                (body.code, body.remaining_number_of_attempts),
                (199, Some(2))
            );
        }
        other => panic!("expected a typed 400, got {other:?}"),
    }
    let ok = client
        .validate_otp()
        .body(
            types::ValidateOtpRequest::builder()
                .otp_request_token(token)
                .code(code),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(ok.code, 0);
}
