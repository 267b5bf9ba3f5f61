use std::time::Duration;

use otpkit_sandbox::Vendor;
use otpkit_twilio_verify::{Client, HttpConfig, types};
use reqwest::Method;
use serde_json::json;

use crate::common::{Answer, Harness, wrong};

const TO: &str = "+15017122661";

/// The credentials the sandbox accepts: the API key pair.
fn key(h: &Harness) -> (String, String) {
    (h.var("TWILIO_API_KEY"), h.var("TWILIO_API_SECRET"))
}

fn service(h: &Harness) -> String {
    h.var("TWILIO_VERIFY_SERVICE_SID")
}

/// A form-encoded request as Twilio's clients send it, answered and checked against the spec.
async fn form(
    h: &Harness,
    operation_id: &str,
    method: Method,
    path: &str,
    auth: Option<(&str, &str)>,
    fields: &[(&str, &str)],
) -> Answer {
    let path = format!("/v2/Services/{}{path}", service(h));
    let mut request = h
        .http
        .request(method.clone(), h.url(Vendor::TwilioVerify, &path));
    if method == Method::POST {
        request = encoded(request, fields);
    }
    if let Some((user, password)) = auth {
        request = request.basic_auth(user, Some(password));
    }
    let response = request.send().await.expect("the sandbox answers");
    h.checked(Vendor::TwilioVerify, operation_id, response)
        .await
}

async fn start(h: &Harness, to: &str, channel: &str) -> Answer {
    let (user, password) = key(h);
    form(
        h,
        "start_verification",
        Method::POST,
        "/Verifications",
        Some((&user, &password)),
        &[("To", to), ("Channel", channel)],
    )
    .await
}

async fn check(h: &Harness, fields: &[(&str, &str)]) -> Answer {
    let (user, password) = key(h);
    form(
        h,
        "check_verification",
        Method::POST,
        "/VerificationCheck",
        Some((&user, &password)),
        fields,
    )
    .await
}

async fn fetch(h: &Harness, sid: &str) -> Answer {
    let (user, password) = key(h);
    form(
        h,
        "fetch_verification",
        Method::GET,
        &format!("/Verifications/{sid}"),
        Some((&user, &password)),
        &[],
    )
    .await
}

/// `request` with `fields` as its form-encoded body.
fn encoded(request: reqwest::RequestBuilder, fields: &[(&str, &str)]) -> reqwest::RequestBuilder {
    request
        .header("content-type", "application/x-www-form-urlencoded")
        .body(serde_urlencoded::to_string(fields).expect("text fields encode"))
}

fn sid(answer: &Answer) -> String {
    answer.body["sid"].as_str().expect("a sid").to_string()
}

fn code_error(answer: &Answer) -> (u16, i64) {
    (answer.status, answer.body["code"].as_i64().unwrap_or(0))
}

#[tokio::test]
async fn the_generated_client_starts_and_checks_a_verification() {
    let h = Harness::start().await;
    let (user, password) = key(&h);
    let client = Client::connect(
        &h.sandbox.base_url(Vendor::TwilioVerify),
        &user,
        &password,
        &HttpConfig::default(),
    )
    .unwrap();
    let service = service(&h);
    let started = client
        .start_verification()
        .service_sid(service.as_str())
        .body(
            types::StartVerificationRequest::builder()
                .to(TO)
                .channel("sms"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(started.status(), 201);
    assert_eq!(started.status, "pending");
    assert!(started.sid.starts_with("VE") && started.sid.len() == 34);
    let message = h.sandbox.messages().pop().unwrap();
    assert_eq!(message.code.len(), 6);
    assert_eq!(
        message.text,
        format!("Your otpkit sandbox verification code is: {}", message.code)
    );
    let checking = |code: String| {
        let body = types::CheckVerificationRequest::builder()
            .verification_sid(Some(started.sid.parse().unwrap()))
            .code(Some(code.parse().unwrap()));
        client
            .check_verification()
            .service_sid(service.as_str())
            .body(body)
            .send()
    };
    let wrong_code = checking(wrong(&message.code)).await.unwrap();
    assert_eq!(
        (
            wrong_code.status(),
            wrong_code.status.as_str(),
            wrong_code.valid
        ),
        (reqwest::StatusCode::OK, "pending", Some(false)),
        "a wrong code is no error"
    );
    let right = checking(message.code.clone()).await.unwrap();
    assert_eq!(
        (right.status.as_str(), right.valid),
        ("approved", Some(true))
    );
    match checking(message.code.clone()).await {
        Err(otpkit_twilio_verify::Error::ErrorResponse(answer)) => {
            assert_eq!((answer.status().as_u16(), answer.code), (404, 20404));
        }
        other => panic!("an approved verification is deleted: {other:?}"),
    }
}

#[tokio::test]
async fn either_credential_pair_authenticates_and_nothing_else_does() {
    let h = Harness::start().await;
    let (account, token) = (h.var("TWILIO_ACCOUNT_SID"), h.var("TWILIO_AUTH_TOKEN"));
    let fields = [("To", TO), ("Channel", "sms")];
    let op = "start_verification";
    let path = "/Verifications";
    let with_account = form(
        &h,
        op,
        Method::POST,
        path,
        Some((&account, &token)),
        &fields,
    )
    .await;
    assert_eq!(with_account.status, 201, "{}", with_account.body);
    for auth in [
        None,
        Some((account.as_str(), "wrong")),
        Some(("SKwrong", "x")),
    ] {
        let refused = form(&h, op, Method::POST, path, auth, &fields).await;
        assert_eq!(code_error(&refused), (401, 20003), "{auth:?}");
    }
    assert_eq!(h.sandbox.messages().len(), 1);
}

#[tokio::test]
async fn a_resend_is_the_same_code_and_the_sixth_send_is_refused() {
    let h = Harness::start().await;
    let first = start(&h, TO, "sms").await;
    let code = h.code_for(TO);
    let again = start(&h, TO, "call").await;
    assert_eq!(sid(&again), sid(&first), "the same verification");
    assert_eq!(h.code_for(TO), code, "the same code");
    assert_eq!(h.sandbox.messages().last().unwrap().channel, "voice");
    assert_eq!(
        again.body["send_code_attempts"].as_array().unwrap().len(),
        2
    );
    for _ in 3..=5 {
        assert_eq!(start(&h, TO, "sms").await.status, 201);
    }
    let sixth = start(&h, TO, "sms").await;
    assert_eq!(code_error(&sixth), (429, 60203));
    assert_eq!(h.sandbox.messages().len(), 5, "nothing sent the sixth time");
    // Another number is not limited; the limit ends with its window.
    assert_eq!(start(&h, "+15017122662", "sms").await.status, 201);
    h.sandbox.advance(Duration::from_secs(600));
    let later = start(&h, TO, "sms").await;
    assert_eq!(later.status, 201);
    assert_ne!(sid(&later), sid(&first), "the old verification expired");
}

#[tokio::test]
async fn a_successful_check_ends_the_send_count() {
    let h = Harness::start().await;
    for _ in 0..4 {
        start(&h, TO, "sms").await;
    }
    let code = h.code_for(TO);
    let approved = check(&h, &[("To", TO), ("Code", &code)]).await;
    assert_eq!(approved.body["status"], "approved", "checked by number");
    for _ in 0..5 {
        assert_eq!(start(&h, TO, "sms").await.status, 201);
    }
}

#[tokio::test]
async fn five_wrong_codes_lock_the_verification_until_it_expires() {
    let h = Harness::start().await;
    let started = start(&h, TO, "sms").await;
    let (sid, code) = (sid(&started), h.code_for(TO));
    let bad = wrong(&code);
    let fields = [("VerificationSid", sid.as_str()), ("Code", bad.as_str())];
    for _ in 0..4 {
        let answer = check(&h, &fields).await;
        assert_eq!(
            (answer.status, answer.body["status"].clone()),
            (200, json!("pending"))
        );
    }
    let fifth = check(&h, &fields).await;
    assert_eq!(fifth.body["status"], "max_attempts_reached");
    let right = check(&h, &[("VerificationSid", &sid), ("Code", &code)]).await;
    assert_eq!(code_error(&right), (429, 60202), "not even the right code");
    assert_eq!(
        code_error(&fetch(&h, &sid).await),
        (404, 20404),
        "reads as deleted"
    );
    let again = start(&h, TO, "sms").await;
    assert_eq!(code_error(&again), (429, 60202), "wait for it to expire");
    assert_eq!(h.sandbox.messages().len(), 1, "nothing sent again");
    // Once expired it is gone, locked or not, and the number may start afresh.
    h.sandbox.advance(Duration::from_secs(600));
    let late = check(&h, &[("VerificationSid", &sid), ("Code", &code)]).await;
    assert_eq!(code_error(&late), (404, 20404));
    assert_eq!(start(&h, TO, "sms").await.status, 201);
}

#[tokio::test]
async fn an_expired_verification_leaves_the_numbers_newer_one_alone() {
    let h = Harness::start().await;
    let old = sid(&start(&h, TO, "sms").await);
    h.sandbox.advance(Duration::from_secs(600));
    let new = sid(&start(&h, TO, "sms").await);
    assert_ne!(old, new);
    let code = h.code_for(TO);
    // Naming the expired one deletes it, and only it.
    assert_eq!(code_error(&fetch(&h, &old).await), (404, 20404));
    let stale = check(&h, &[("VerificationSid", &old), ("Code", &code)]).await;
    assert_eq!(code_error(&stale), (404, 20404));
    let resent = start(&h, TO, "sms").await;
    assert_eq!(sid(&resent), new, "the newer one is still the number's");
    assert_eq!(h.code_for(TO), code, "with the same code");
    let approved = check(&h, &[("To", TO), ("Code", &code)]).await;
    assert_eq!(approved.body["status"], "approved", "found by number");
}

#[tokio::test]
async fn after_ten_minutes_the_verification_is_gone() {
    let h = Harness::start().await;
    let started = start(&h, TO, "sms").await;
    let (sid, code) = (sid(&started), h.code_for(TO));
    assert_eq!(fetch(&h, &sid).await.body["status"], "pending");
    h.sandbox.advance(Duration::from_secs(599));
    assert_eq!(fetch(&h, &sid).await.status, 200);
    h.sandbox.advance(Duration::from_secs(1));
    let late = check(&h, &[("VerificationSid", &sid), ("Code", &code)]).await;
    assert_eq!(code_error(&late), (404, 20404));
    assert_eq!(code_error(&fetch(&h, &sid).await), (404, 20404));
}

#[tokio::test]
async fn a_cancelled_or_approved_verification_is_gone() {
    let h = Harness::start().await;
    let (user, password) = key(&h);
    for status in ["canceled", "approved"] {
        let started = start(&h, TO, "sms").await;
        let sid = sid(&started);
        let path = format!("/Verifications/{sid}");
        let updated = form(
            &h,
            "update_verification",
            Method::POST,
            &path,
            Some((&user, &password)),
            &[("Status", status)],
        )
        .await;
        assert_eq!(
            (updated.status, updated.body["status"].clone()),
            (200, json!(status))
        );
        let code = h.code_for(TO);
        let after = check(&h, &[("VerificationSid", &sid), ("Code", &code)]).await;
        assert_eq!(code_error(&after), (404, 20404), "{status}");
    }
    let unknown = form(
        &h,
        "update_verification",
        Method::POST,
        "/Verifications/VE00000000000000000000000000000000",
        Some((&user, &password)),
        &[("Status", "canceled")],
    )
    .await;
    assert_eq!(code_error(&unknown), (404, 20404));
}

#[tokio::test]
async fn refusals_carry_twilios_codes() {
    let h = Harness::start().await;
    assert_eq!(
        (start(&h, "15017122661", "sms").await.body["message"].clone()),
        json!("Invalid parameter: To"),
        "no +"
    );
    assert_eq!(code_error(&start(&h, TO, "sna").await), (400, 60200));
    assert_eq!(code_error(&start(&h, TO, "pigeon").await), (400, 60200));
    assert_eq!(
        code_error(&start(&h, "not-an-address", "email").await),
        (400, 60200)
    );
    assert_eq!(start(&h, "someone@example.com", "email").await.status, 201);
    for blocked in ["+989121234567", "+963944567890", "+5352123456"] {
        assert_eq!(
            code_error(&start(&h, blocked, "sms").await),
            (403, 60605),
            "{blocked}"
        );
    }
    let neither = check(&h, &[("Code", "123456")]).await;
    assert_eq!(code_error(&neither), (400, 60221));
    let short = check(&h, &[("To", TO), ("Code", "12")]).await;
    assert_eq!(short.body["message"], "Invalid parameter: Code");
    let (user, password) = key(&h);
    let auth = Some((user.as_str(), password.as_str()));
    let fields = [("Channel", "sms")];
    let missing = form(
        &h,
        "start_verification",
        Method::POST,
        "/Verifications",
        auth,
        &fields,
    )
    .await;
    assert_eq!(missing.body["message"], "Invalid parameter: To");
    assert_eq!(h.sandbox.messages().len(), 1, "only the e-mail went out");
}

#[tokio::test]
async fn another_service_and_a_json_body_are_refused() {
    let h = Harness::start().await;
    let (user, password) = key(&h);
    let other = h.url(
        Vendor::TwilioVerify,
        "/v2/Services/VAffffffffffffffffffffffffffffffff/Verifications",
    );
    let request = h.http.post(other).basic_auth(&user, Some(&password));
    let response = encoded(request, &[("To", TO), ("Channel", "sms")])
        .send()
        .await
        .unwrap();
    let answer = h
        .checked(Vendor::TwilioVerify, "start_verification", response)
        .await;
    assert_eq!(code_error(&answer), (404, 20404));
    let json_body = h
        .http
        .post(h.url(
            Vendor::TwilioVerify,
            &format!("/v2/Services/{}/Verifications", service(&h)),
        ))
        .basic_auth(&user, Some(&password))
        .json(&json!({ "To": TO, "Channel": "sms" }))
        .send()
        .await
        .unwrap();
    assert_eq!(json_body.status(), 415);
    assert!(h.sandbox.messages().is_empty());
}

#[tokio::test]
async fn without_destination_limits_resends_go_on_and_the_answer_stays_small() {
    let config = otpkit_sandbox::Config {
        destination_limits: false,
        ..Default::default()
    };
    let h = Harness::with(config).await;
    let mut last = None;
    for _ in 0..20 {
        last = Some(start(&h, TO, "sms").await);
    }
    let last = last.unwrap();
    assert_eq!(last.status, 201);
    assert_eq!(
        last.body["send_code_attempts"].as_array().unwrap().len(),
        5,
        "the newest five sends, as many as Twilio ever lets through"
    );
}

/// Twilio deletes a verification once it expires; the inbox records on its message that it
/// expired when the sandbox finds it so (here, at a check), not "pending" for ever.
#[tokio::test]
async fn an_expired_verification_is_marked_expired_on_its_message() {
    let h = Harness::start().await;
    let started = start(&h, TO, "sms").await;
    let verification = sid(&started);
    h.sandbox.advance(Duration::from_secs(600));
    let checked = check(
        &h,
        &[("VerificationSid", &verification), ("Code", "123456")],
    )
    .await;
    assert_eq!(checked.status, 404, "{}", checked.body);
    assert_eq!(
        h.sandbox.messages()[0].verification,
        Some(otpkit_sandbox::CodeState::Expired)
    );
}
