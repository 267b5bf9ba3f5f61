//! Each vendor's outcome mapping driven through the facade over real HTTP: real sandbox
//! states where the sandbox can reach them (balances, pipwave's resend window), the sandbox's
//! `Respond` fault for answers the vendors document but a sandbox would not produce by itself.

use std::time::Duration;

use crate::common::{number_for, otp};
use otpkit::{Error, Otp, Outcome, SendRequest, VerificationId};
use otpkit_sandbox::{Fault, FaultKind, Sandbox, Vendor};
use serde_json::{Value, json};

/// A real send, so that verification has an id of the right shape.
async fn sent(otp: &Otp, vendor: Vendor) -> VerificationId {
    otp.send(&SendRequest::new(number_for(vendor)))
        .await
        .unwrap_or_else(|e| panic!("{vendor}: {e}"))
        .id
}

/// Makes the next request to `vendor` answer `status` with `body`, without acting on it.
fn respond(sandbox: &Sandbox, vendor: Vendor, status: u16, body: Value) {
    let body = serde_json::to_vec(&body).unwrap();
    sandbox
        .inject(Fault::new(vendor, FaultKind::Respond { status, body }).times(1))
        .unwrap();
}

/// Sends to `to` against an injected answer; the error it gives.
async fn send_against(
    sandbox: &Sandbox,
    otp: &Otp,
    vendor: Vendor,
    to: &str,
    status: u16,
    body: Value,
) -> Error {
    respond(sandbox, vendor, status, body);
    otp.send(&SendRequest::new(to))
        .await
        .expect_err("an injected refusal")
}

/// Verifies `id` against an injected answer, asserting the answer was consumed.
async fn verify_against(
    sandbox: &Sandbox,
    otp: &Otp,
    vendor: Vendor,
    id: &VerificationId,
    status: u16,
    body: Value,
) -> Result<Outcome, Error> {
    respond(sandbox, vendor, status, body);
    let before = sandbox.requests(vendor);
    let result = otp
        .verify(&otpkit::VerifyRequest::new(id.clone(), "123456"))
        .await;
    assert_eq!(
        sandbox.requests(vendor),
        before + 1,
        "the injected answer was used"
    );
    result
}

#[tokio::test]
async fn termii_expired_on_200_is_expired_and_an_unknown_verified_is_a_decode_error() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = otp(&sandbox, Vendor::Termii);
    let id = sent(&otp, Vendor::Termii).await;
    let expired = json!({ "pinId": "x", "verified": "Expired", "msisdn": "2348012345678" });
    assert_eq!(
        verify_against(&sandbox, &otp, Vendor::Termii, &id, 200, expired)
            .await
            .unwrap(),
        Outcome::Expired
    );
    let odd = json!({ "pinId": "x", "verified": "Perhaps" });
    let error = verify_against(&sandbox, &otp, Vendor::Termii, &id, 200, odd)
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    assert!(!error.is_retryable());
}

#[tokio::test]
async fn a_balance_that_cannot_pay_is_insufficient_funds() {
    let sandbox = Sandbox::start().await.unwrap();
    for vendor in [Vendor::Termii, Vendor::Pipwave] {
        sandbox.set_balance(vendor, 0.0).unwrap();
        let error = otp(&sandbox, vendor)
            .send(&SendRequest::new(number_for(vendor)))
            .await
            .unwrap_err();
        assert!(
            matches!(error, Error::InsufficientFunds { .. }),
            "{vendor}: {error:?}"
        );
        assert_eq!(error.kind(), "insufficient_funds");
    }
    assert!(sandbox.messages().is_empty(), "nothing was sent unpaid");
}

#[tokio::test]
async fn http_402_is_insufficient_funds_for_every_vendor() {
    let sandbox = Sandbox::start().await.unwrap();
    for vendor in Vendor::ALL {
        let otp = otp(&sandbox, vendor);
        let payment_required = json!({ "message": "Payment Required", "code": 402, "status": 402 });
        let error = send_against(
            &sandbox,
            &otp,
            vendor,
            number_for(vendor),
            402,
            payment_required,
        )
        .await;
        assert!(
            matches!(error, Error::InsufficientFunds { .. }),
            "{vendor}: {error:?}"
        );
    }
}

#[tokio::test]
async fn pipwave_5002_is_a_destination_limit_with_its_seconds_till_resend() {
    // The real resend window: the second send to one number within 60 s.
    let sandbox = Sandbox::start().await.unwrap();
    let otp = otp(&sandbox, Vendor::Pipwave);
    sent(&otp, Vendor::Pipwave).await;
    sandbox.advance(Duration::from_secs(15));
    let error = otp
        .send(&SendRequest::new(number_for(Vendor::Pipwave)))
        .await
        .unwrap_err();
    let Error::DestinationLimited { retry_after, .. } = error else {
        panic!("{error:?}");
    };
    let wait = retry_after.expect("pipwave says when");
    assert!(
        (Duration::from_secs(44)..=Duration::from_secs(45)).contains(&wait),
        "{wait:?}"
    );
    // An injected one, with the status as a string, as pipwave's docs type it.
    let throttled = json!({ "status": "5002", "seconds_till_resend": 42 });
    let error = send_against(
        &sandbox,
        &otp,
        Vendor::Pipwave,
        "+60123456780",
        200,
        throttled,
    )
    .await;
    assert!(
        matches!(error, Error::DestinationLimited { retry_after: Some(d), .. } if d == Duration::from_secs(42)),
        "{error:?}"
    );
    // 5004 in the body, on HTTP 200.
    let no_credit = json!({ "status": 5004, "message": "Insufficient credit" });
    let error = send_against(
        &sandbox,
        &otp,
        Vendor::Pipwave,
        "+60123456781",
        200,
        no_credit,
    )
    .await;
    assert!(
        matches!(error, Error::InsufficientFunds { .. }),
        "{error:?}"
    );
}

#[tokio::test]
async fn octopush_nonzero_codes_and_194_195_are_vendor_errors_not_outcomes() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = otp(&sandbox, Vendor::Octopush);
    let id = sent(&otp, Vendor::Octopush).await;
    for (status, body) in [
        (200, json!({ "code": 7, "message": "odd" })),
        (201, json!({ "code": 199, "message": "Wrong OTP code." })),
        (
            400,
            json!({ "code": 194, "message": "At least phone number or request token is mandatory." }),
        ),
        (
            400,
            json!({ "code": 195, "message": "The code field is mandatory." }),
        ),
    ] {
        let error = verify_against(&sandbox, &otp, Vendor::Octopush, &id, status, body.clone())
            .await
            .unwrap_err();
        assert!(
            matches!(error, Error::Vendor { status: s, .. } if s == (status == 400).then_some(400)),
            "{status} {body}: {error:?}"
        );
        assert!(
            !error.is_retryable(),
            "{body}: the request itself was wrong"
        );
    }
    // The documented outcomes, for contrast, from the same path.
    for (code, outcome) in [
        (196, Outcome::TooManyAttempts),
        (197, Outcome::Expired),
        (198, Outcome::NotFound),
    ] {
        let body = json!({ "code": code, "message": "x" });
        assert_eq!(
            verify_against(&sandbox, &otp, Vendor::Octopush, &id, 400, body)
                .await
                .unwrap(),
            outcome
        );
    }
}

#[tokio::test]
async fn shoutout_1000_inside_an_error_answer_is_not_an_approval() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = otp(&sandbox, Vendor::Shoutout);
    let id = sent(&otp, Vendor::Shoutout).await;
    let contradictory = json!({ "statusCode": "1000", "message": "verification success" });
    let result = verify_against(&sandbox, &otp, Vendor::Shoutout, &id, 400, contradictory).await;
    assert!(!matches!(result, Ok(Outcome::Approved)), "{result:?}");
}

/// Twilio Verify's body `code` decides what a refusal is: per-number limits (60203, 60212,
/// 60202 on a start, Fraud Guard's 60410) are never the account's; a 403 other than 20003 is
/// not a credentials problem; 60202 on a check is the lock; a check's `expired` is expiry.
#[tokio::test]
async fn twilio_verify_codes_name_the_refusal() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = otp(&sandbox, Vendor::TwilioVerify);
    let to = number_for(Vendor::TwilioVerify);
    let body = |status: u16, code: u32| {
        json!({ "code": code, "message": "refused", "status": status,
                "more_info": format!("https://www.twilio.com/docs/errors/{code}") })
    };
    // A send against Twilio's refusal `code` with HTTP `status`.
    let refused = |status: u16, code: u32| {
        send_against(
            &sandbox,
            &otp,
            Vendor::TwilioVerify,
            to,
            status,
            body(status, code),
        )
    };
    for (status, code) in [(429, 60203), (429, 60212), (429, 60202), (403, 60410)] {
        let error = refused(status, code).await;
        assert!(
            matches!(error, Error::DestinationLimited { .. }),
            "{code}: {error:?}"
        );
    }
    let error = refused(429, 20429).await;
    assert!(matches!(error, Error::RateLimited { .. }), "{error:?}");
    assert!(
        error.is_retryable(),
        "the account's limit: another vendor may take it"
    );
    let error = refused(403, 20403).await;
    assert!(
        matches!(&error, Error::Vendor { status: Some(403), message, .. } if message.contains("20403")),
        "{error:?}"
    );
    let error = refused(401, 20003).await;
    assert!(matches!(error, Error::Unauthorized { .. }), "{error:?}");
    for (status, code) in [(403, 60205), (400, 60223)] {
        let error = refused(status, code).await;
        assert!(
            matches!(error, Error::Unsupported { .. }),
            "{code}: {error:?}"
        );
    }

    let id = sent(&otp, Vendor::TwilioVerify).await;
    let locked = verify_against(
        &sandbox,
        &otp,
        Vendor::TwilioVerify,
        &id,
        429,
        body(429, 60202),
    )
    .await;
    assert_eq!(locked.unwrap(), Outcome::TooManyAttempts);
    let check = |status: &str| json!({ "sid": "VE0", "status": status });
    for (status, outcome) in [
        ("expired", Outcome::Expired),
        ("canceled", Outcome::NotFound),
        ("max_attempts_reached", Outcome::TooManyAttempts),
        (
            "pending",
            Outcome::Rejected {
                attempts_left: None,
            },
        ),
    ] {
        let found = verify_against(
            &sandbox,
            &otp,
            Vendor::TwilioVerify,
            &id,
            200,
            check(status),
        )
        .await;
        assert_eq!(found.unwrap(), outcome, "{status}");
    }
    let odd = verify_against(
        &sandbox,
        &otp,
        Vendor::TwilioVerify,
        &id,
        200,
        check("weird"),
    )
    .await;
    assert!(matches!(odd, Err(Error::Vendor { .. })), "{odd:?}");
}

/// serde's derived `Deserialize` also reads a struct from a JSON array of its fields, in
/// declaration order. Each array below holds the vendor's approval signal at that field's
/// position in the generated answer type (Termii `verified`, pipwave `status`, ShoutOUT
/// `statusCode`, Octopush `code`, Twilio Verify `status`), and approved a code before success
/// answers had to be JSON objects. A success answer that is not an object approves nothing: it
/// is a `Decode` error that says so and quotes nothing of the body.
#[tokio::test]
async fn a_success_answer_that_is_not_a_json_object_is_a_decode_error() {
    let sandbox = Sandbox::start().await.unwrap();
    let twilio_check = {
        let mut fields = vec![Value::Null; 12];
        fields[9] = json!("approved");
        Value::Array(fields)
    };
    let mut failures = Vec::new();
    for (vendor, positional) in [
        (Vendor::Shoutout, json!([null, "", "", "1000"])),
        (Vendor::Termii, json!([null, null, null, true])),
        (Vendor::Pipwave, json!([null, null, null, 200])),
        (Vendor::Octopush, json!([0, null])),
        (Vendor::TwilioVerify, twilio_check),
    ] {
        let otp = otp(&sandbox, vendor);
        let id = sent(&otp, vendor).await;
        let result = verify_against(&sandbox, &otp, vendor, &id, 200, positional.clone()).await;
        // Every vendor checked before failing, so that a failure names all of them.
        let message = match result {
            Ok(outcome) => format!("{outcome:?}"),
            Err(error @ Error::Decode { .. }) => error.to_string(),
            Err(error) => format!("{error:?}"),
        };
        let quoted = ["1000", "true", "200", "approved", "null"]
            .iter()
            .any(|q| message.contains(q));
        if !message.contains("the answer is not a JSON object") || quoted {
            failures.push(format!("{vendor}: {positional} gave {message}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
