//! One conformance suite, run against every vendor through the sandbox over real HTTP:
//! send -> read the code from the inbox -> verify, and every documented failure.

use std::time::Duration;

use crate::common::{number_for, otp, provider, wrong};
use otpkit::{Error, Otp, Outcome, SendRequest};
use otpkit_sandbox::{Sandbox, Vendor};

async fn sent(sandbox: &Sandbox, otp: &Otp, vendor: Vendor) -> (otpkit::VerificationId, String) {
    let to = number_for(vendor);
    let verification = otp
        .send(&SendRequest::new(to))
        .await
        .unwrap_or_else(|e| panic!("{vendor}: {e}"));
    assert_eq!(
        verification.id.vendor(),
        &crate::common::facade_vendor(vendor)
    );
    // The id survives a trip through text, as it would through a browser or another replica.
    let id = verification.id.to_string().parse().unwrap();
    let code = sandbox
        .last_code_for(to)
        .unwrap_or_else(|| panic!("{vendor}: nothing delivered"));
    (id, code)
}

/// What a wrong code reports: the attempts left (two of three), where the adapter's outcome
/// table says the vendor tells them (Termii, Octopush).
fn rejected_after_first_wrong(vendor: Vendor) -> Outcome {
    let descriptor = otpkit::vendors::built_in(&crate::common::facade_vendor(vendor))
        .expect("every sandbox vendor is built in");
    Outcome::Rejected {
        attempts_left: descriptor.outcomes.reports_attempts_left.then_some(2),
    }
}

/// Wrong codes a verification takes before it locks: Twilio's Verify Service allows 5, the
/// others' sandbox defaults 3.
fn wrong_codes_allowed(vendor: Vendor) -> usize {
    match vendor {
        Vendor::TwilioVerify => 5,
        _ => 3,
    }
}

async fn each_vendor(check: impl AsyncFn(Vendor)) {
    for vendor in Vendor::ALL {
        check(vendor).await;
    }
}

#[tokio::test]
async fn send_then_verify_is_approved_once() {
    each_vendor(async |vendor| {
        let sandbox = Sandbox::start().await.unwrap();
        let otp = otp(&sandbox, vendor);
        let (id, code) = sent(&sandbox, &otp, vendor).await;
        assert_eq!(
            otp.verify(&otpkit::VerifyRequest::new(id.clone(), &code))
                .await
                .unwrap(),
            Outcome::Approved,
            "{vendor}"
        );
        // Used up: pipwave cannot tell a used session from an expired one.
        let again = otp
            .verify(&otpkit::VerifyRequest::new(id.clone(), &code))
            .await
            .unwrap();
        let expected = if vendor == Vendor::Pipwave {
            Outcome::Expired
        } else {
            Outcome::NotFound
        };
        assert_eq!(again, expected, "{vendor}");
    })
    .await;
}

#[tokio::test]
async fn a_wrong_code_is_rejected_and_the_right_one_still_works() {
    each_vendor(async |vendor| {
        let sandbox = Sandbox::start().await.unwrap();
        let otp = otp(&sandbox, vendor);
        let (id, code) = sent(&sandbox, &otp, vendor).await;
        assert_eq!(
            otp.verify(&otpkit::VerifyRequest::new(id.clone(), wrong(&code)))
                .await
                .unwrap(),
            rejected_after_first_wrong(vendor),
            "{vendor}"
        );
        assert_eq!(
            otp.verify(&otpkit::VerifyRequest::new(id.clone(), &code))
                .await
                .unwrap(),
            Outcome::Approved,
            "{vendor}"
        );
    })
    .await;
}

#[tokio::test]
async fn a_code_expires() {
    each_vendor(async |vendor| {
        let sandbox = Sandbox::start().await.unwrap();
        let otp = otp(&sandbox, vendor);
        let (id, code) = sent(&sandbox, &otp, vendor).await;
        sandbox.advance(Duration::from_secs(3601));
        // Twilio deletes a verification when it expires: a later check finds nothing.
        let expected = if vendor == Vendor::TwilioVerify {
            Outcome::NotFound
        } else {
            Outcome::Expired
        };
        assert_eq!(
            otp.verify(&otpkit::VerifyRequest::new(id.clone(), &code))
                .await
                .unwrap(),
            expected,
            "{vendor}"
        );
    })
    .await;
}

#[tokio::test]
async fn too_many_wrong_codes_lock_the_verification() {
    each_vendor(async |vendor| {
        let sandbox = Sandbox::start().await.unwrap();
        let otp = otp(&sandbox, vendor);
        let (id, code) = sent(&sandbox, &otp, vendor).await;
        let allowed = wrong_codes_allowed(vendor);
        for attempt in 1..=allowed {
            let outcome = otp
                .verify(&otpkit::VerifyRequest::new(id.clone(), wrong(&code)))
                .await
                .unwrap();
            // Twilio reports the last allowed wrong code as the lock itself.
            let locks_now = attempt == allowed && vendor == Vendor::TwilioVerify;
            assert!(
                if locks_now {
                    outcome == Outcome::TooManyAttempts
                } else {
                    matches!(outcome, Outcome::Rejected { .. })
                },
                "{vendor} wrong code {attempt}: {outcome:?}"
            );
        }
        assert_eq!(
            otp.verify(&otpkit::VerifyRequest::new(id.clone(), &code))
                .await
                .unwrap(),
            Outcome::TooManyAttempts,
            "{vendor}"
        );
    })
    .await;
}

#[tokio::test]
async fn bad_credentials_are_unauthorized() {
    each_vendor(async |vendor| {
        let sandbox = Sandbox::start().await.unwrap();
        let bad = Otp::new(
            provider(&sandbox, vendor, false, Duration::from_secs(5)),
            otpkit::IdSeal::insecure_unsealed(),
        );
        let error = bad
            .send(&SendRequest::new(number_for(vendor)))
            .await
            .unwrap_err();
        assert!(
            matches!(error, Error::Unauthorized { .. }),
            "{vendor}: {error:?}"
        );
        assert!(
            error.may_have_reached_vendor() && !error.is_retryable(),
            "{vendor}"
        );
        assert!(sandbox.messages().is_empty());
    })
    .await;
}

#[tokio::test]
async fn options_reach_the_vendor() {
    let sandbox = Sandbox::start().await.unwrap();
    let termii = otp(&sandbox, Vendor::Termii);
    let request = SendRequest::new("+2348012345678")
        .code_length(8)
        .alphabet(otpkit::Alphabet::Alphanumeric)
        .template("Acme: {code} is your code");
    termii.send(&request).await.unwrap();
    let message = sandbox.messages().pop().unwrap();
    assert_eq!(message.code.len(), 8);
    assert_eq!(
        message.text,
        format!("Acme: {} is your code", message.code),
        "{{code}} became Termii's pin_placeholder"
    );

    let octopush = otp(&sandbox, Vendor::Octopush);
    octopush
        .send(
            &SendRequest::new("+33612345678")
                .code_length(12)
                .alphabet(otpkit::Alphabet::Alphanumeric)
                .template("Code {code}"),
        )
        .await
        .unwrap();
    let message = sandbox.messages().pop().unwrap();
    assert_eq!(
        (message.code.len(), message.text.clone()),
        (12, format!("Code {}", message.code))
    );

    let shoutout = otp(&sandbox, Vendor::Shoutout);
    shoutout
        .send(&SendRequest::new("+94771234567").template("Shout {code} out"))
        .await
        .unwrap();
    let message = sandbox.messages().pop().unwrap();
    assert_eq!(
        message.text,
        format!("Shout {} out", message.code),
        "{{code}} became ShoutOUT's {{{{code}}}}"
    );
    assert_eq!(
        message.destination, "94771234567",
        "ShoutOUT gets digits without +"
    );
}

#[tokio::test]
async fn termii_voice_and_in_app_channels() {
    let sandbox = Sandbox::start().await.unwrap();
    let termii = otp(&sandbox, Vendor::Termii);
    let voice = termii
        .send(&SendRequest::new("+2348012345678").channel(otpkit::Channel::Voice))
        .await
        .unwrap();
    let message = sandbox.messages().pop().unwrap();
    assert_eq!(message.channel, "voice");
    assert_eq!(
        termii
            .verify(&otpkit::VerifyRequest::new(voice.id.clone(), &message.code))
            .await
            .unwrap(),
        Outcome::Approved
    );

    let in_app = termii
        .send(&SendRequest::new("+2348012345678").channel(otpkit::Channel::InApp))
        .await
        .unwrap();
    let code = in_app.code.clone().expect("an in-app code is handed back");
    assert!(
        !format!("{in_app:?}").contains(secrecy::ExposeSecret::expose_secret(&code)),
        "Debug hides the code"
    );
    assert_eq!(
        sandbox.messages().len(),
        1,
        "an in-app code is not delivered"
    );
    assert_eq!(
        termii
            .verify(&otpkit::VerifyRequest::new(
                in_app.id.clone(),
                secrecy::ExposeSecret::expose_secret(&code)
            ))
            .await
            .unwrap(),
        Outcome::Approved
    );
}
