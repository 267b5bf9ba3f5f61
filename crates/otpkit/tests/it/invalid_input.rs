//! Bad input is refused before the network: each case is an `InvalidInput` (or `Unsupported`)
//! naming the field, and the sandbox counts zero requests.

use std::time::Duration;

use crate::common::{number_for, otp};
use otpkit::{Alphabet, Channel, Error, Otp, SendRequest};
use otpkit_sandbox::{Sandbox, Vendor};

fn field_of(error: &Error) -> &'static str {
    match error {
        Error::InvalidInput { field, .. } => field,
        Error::Unsupported { .. } => "(unsupported)",
        other => panic!("expected a refusal before the network, got {other:?}"),
    }
}

#[tokio::test]
async fn invalid_options_never_reach_the_vendor() {
    let long_template = format!("{{code}}{}", "x".repeat(1300));
    let cases: Vec<(Vendor, SendRequest, &str)> = vec![
        (Vendor::Termii, SendRequest::new("08012345678"), "to"),
        (Vendor::Termii, SendRequest::new("+234 80"), "to"),
        // Foreign and impossible numbers: an unassigned country code, a number too long for
        // its country, letters, an empty string, and a megabyte of digits.
        (Vendor::Termii, SendRequest::new("+999 1234 5678"), "to"),
        (
            Vendor::Octopush,
            SendRequest::new("+33 6 12 34 56 78 90 12"),
            "to",
        ),
        (Vendor::Shoutout, SendRequest::new("+94 CALL-ME-NOW"), "to"),
        (Vendor::Pipwave, SendRequest::new(""), "to"),
        (
            Vendor::Octopush,
            SendRequest::new(format!("+{}", "3".repeat(1 << 20))),
            "to",
        ),
        (
            Vendor::Termii,
            SendRequest::new(number_for(Vendor::Termii)).code_length(9),
            "code_length",
        ),
        (
            Vendor::Termii,
            SendRequest::new(number_for(Vendor::Termii)).code_length(3),
            "code_length",
        ),
        (
            Vendor::Termii,
            SendRequest::new(number_for(Vendor::Termii)).ttl(Duration::from_secs(61 * 60)),
            "ttl",
        ),
        (
            Vendor::Termii,
            SendRequest::new(number_for(Vendor::Termii)).ttl(Duration::from_secs(90)),
            "ttl",
        ),
        (
            Vendor::Termii,
            SendRequest::new(number_for(Vendor::Termii)).max_attempts(0),
            "max_attempts",
        ),
        (
            Vendor::Termii,
            SendRequest::new(number_for(Vendor::Termii)).template("no placeholder"),
            "template",
        ),
        (
            Vendor::Termii,
            SendRequest::new(number_for(Vendor::Termii)).template(long_template.clone()),
            "template",
        ),
        (
            Vendor::Termii,
            SendRequest::new(number_for(Vendor::Termii)).sender_id("A!"),
            "sender_id",
        ),
        (
            Vendor::Termii,
            SendRequest::new(number_for(Vendor::Termii)).sender_id("TwelveLetter"),
            "sender_id",
        ),
        (
            Vendor::Termii,
            SendRequest::new("not-an-email").channel(Channel::Email),
            "to",
        ),
        (
            Vendor::Pipwave,
            SendRequest::new(number_for(Vendor::Pipwave)).code_length(4),
            "code_length",
        ),
        (
            Vendor::Pipwave,
            SendRequest::new(number_for(Vendor::Pipwave)).ttl(Duration::from_secs(60)),
            "(unsupported)",
        ),
        (
            Vendor::Pipwave,
            SendRequest::new(number_for(Vendor::Pipwave)).template("{code}"),
            "(unsupported)",
        ),
        (
            Vendor::Pipwave,
            SendRequest::new(number_for(Vendor::Pipwave)).channel(Channel::Voice),
            "(unsupported)",
        ),
        (
            Vendor::Pipwave,
            SendRequest::new(number_for(Vendor::Pipwave)).user_id("x".repeat(33)),
            "user_id",
        ),
        (
            Vendor::Shoutout,
            SendRequest::new(number_for(Vendor::Shoutout)).template("Your code is {{code}}"),
            "template",
        ),
        (
            Vendor::Shoutout,
            SendRequest::new(number_for(Vendor::Shoutout)).template("Your code is {{code}"),
            "template",
        ),
        (
            Vendor::Shoutout,
            SendRequest::new(number_for(Vendor::Shoutout)).template(""),
            "template",
        ),
        (
            Vendor::Shoutout,
            SendRequest::new(number_for(Vendor::Shoutout)).code_length(5),
            "(unsupported)",
        ),
        (
            Vendor::Shoutout,
            SendRequest::new(number_for(Vendor::Shoutout)).alphabet(Alphabet::Alphanumeric),
            "(unsupported)",
        ),
        (
            Vendor::Octopush,
            SendRequest::new(number_for(Vendor::Octopush)).code_length(2),
            "code_length",
        ),
        (
            Vendor::Octopush,
            SendRequest::new(number_for(Vendor::Octopush)).code_length(33),
            "code_length",
        ),
        (
            Vendor::Octopush,
            SendRequest::new(number_for(Vendor::Octopush)).ttl(Duration::from_secs(2)),
            "ttl",
        ),
        (
            Vendor::Octopush,
            SendRequest::new(number_for(Vendor::Octopush)).ttl(Duration::from_millis(4500)),
            "ttl",
        ),
        (
            Vendor::Octopush,
            SendRequest::new(number_for(Vendor::Octopush)).template(long_template),
            "template",
        ),
        (
            Vendor::Octopush,
            SendRequest::new(number_for(Vendor::Octopush)).sender_id("AB"),
            "sender_id",
        ),
        (
            Vendor::Octopush,
            SendRequest::new(number_for(Vendor::Octopush)).channel(Channel::InApp),
            "(unsupported)",
        ),
    ];
    let sandbox = Sandbox::start().await.unwrap();
    for (vendor, request, field) in cases {
        let error = otp(&sandbox, vendor).send(&request).await.unwrap_err();
        assert_eq!(field_of(&error), field, "{vendor} {request:?}: {error}");
        assert!(
            !error.may_have_reached_vendor() && !error.is_retryable(),
            "{error:?}"
        );
        assert!(!error.to_string().is_empty());
        assert!(error.to_string().len() < 300, "a short message: {error}");
    }
    for vendor in Vendor::ALL {
        assert_eq!(sandbox.requests(vendor), 0, "{vendor} was called");
    }
}

#[tokio::test]
async fn bad_codes_and_ids_never_reach_the_vendor() {
    let sandbox = Sandbox::start().await.unwrap();
    for vendor in Vendor::ALL {
        let otp = otp(&sandbox, vendor);
        let sent = otp
            .send(&SendRequest::new(number_for(vendor)))
            .await
            .unwrap();
        let before = sandbox.requests(vendor);
        for code in ["", "  ", "12 34", "1\u{0}2", &"9".repeat(40)] {
            let error = otp
                .verify(&otpkit::VerifyRequest::new(sent.id.clone(), code))
                .await
                .unwrap_err();
            assert_eq!(field_of(&error), "code", "{vendor} {code:?}");
        }
        assert_eq!(sandbox.requests(vendor), before, "{vendor}");
    }
    for text in ["", "termii", "termii.", "Termii.YWJj", "octopush.***"] {
        let error = text.parse::<otpkit::VerificationId>().unwrap_err();
        assert_eq!(field_of(&error), "verification_id", "{text:?}");
    }
    // Well-formed ids of a vendor otpkit does not know, or with the wrong number of fields,
    // parse (vendor names are open); the provider refuses them, naming the id, unsent.
    let pipwave = otp(&sandbox, Vendor::Pipwave);
    let before = sandbox.requests(Vendor::Pipwave);
    for text in ["twilio.YWJj", "pipwave.eA"] {
        let id: otpkit::VerificationId = text.parse().unwrap();
        let error = pipwave
            .verify(&otpkit::VerifyRequest::new(id, "123456"))
            .await
            .unwrap_err();
        assert_eq!(field_of(&error), "verification_id", "{text:?}");
    }
    assert_eq!(sandbox.requests(Vendor::Pipwave), before);
    let huge = format!("termii.{}", "A".repeat(1 << 20));
    assert!(huge.parse::<otpkit::VerificationId>().is_err());
}

/// A verification id from one vendor given to another: refused by name, never sent.
#[tokio::test]
async fn ids_of_another_vendor_never_reach_the_vendor() {
    let sandbox = Sandbox::start().await.unwrap();
    let mut ids = Vec::new();
    for vendor in Vendor::ALL {
        let sent = otp(&sandbox, vendor)
            .send(&SendRequest::new(number_for(vendor)))
            .await
            .unwrap();
        ids.push((vendor, sent.id));
    }
    let before: Vec<u64> = Vendor::ALL.iter().map(|&v| sandbox.requests(v)).collect();
    for (owner, id) in &ids {
        for other in Vendor::ALL.into_iter().filter(|v| v != owner) {
            let error = otp(&sandbox, other)
                .verify(&otpkit::VerifyRequest::new(id.clone(), "123456"))
                .await
                .unwrap_err();
            assert_eq!(field_of(&error), "verification_id", "{owner} id to {other}");
            assert!(
                error.to_string().contains(&owner.to_string())
                    || error.to_string().contains(&other.to_string()),
                "the message names a vendor: {error}"
            );
        }
    }
    let after: Vec<u64> = Vendor::ALL.iter().map(|&v| sandbox.requests(v)).collect();
    assert_eq!(before, after, "no request reached any vendor");
}

#[test]
fn configuration_errors_name_what_is_missing() {
    let error = otpkit::vendors::octopush::Octopush::builder()
        .api_key("k")
        .build()
        .unwrap_err();
    assert!(error.to_string().contains("OCTOPUSH_API_LOGIN"), "{error}");
    let error = otpkit::vendors::termii::Termii::builder()
        .api_key("k")
        .base_url("ftp://x")
        .build()
        .unwrap_err();
    assert!(error.to_string().contains("http or https"), "{error}");
    let error = otpkit::vendors::pipwave::Pipwave::builder()
        .api_key("k")
        .build()
        .unwrap_err();
    assert!(error.to_string().contains("PIPWAVE_API_SECRET"), "{error}");
    use otpkit::vendors::twilio_verify::TwilioVerify;
    let service = "VA0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    for (builder, names) in [
        (
            TwilioVerify::builder().account("AC1", "t"),
            "TWILIO_VERIFY_SERVICE_SID",
        ),
        (
            TwilioVerify::builder()
                .service_sid("VA-not-a-sid")
                .account("AC1", "t"),
            "TWILIO_VERIFY_SERVICE_SID must be `VA`",
        ),
        (
            TwilioVerify::builder().service_sid(service),
            "TWILIO_API_KEY and TWILIO_API_SECRET, or TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN",
        ),
    ] {
        let error = builder.build().unwrap_err();
        assert!(error.to_string().contains(names), "{error}");
    }
    let vars = |name: &str| match name {
        "TWILIO_VERIFY_SERVICE_SID" => Some(service.to_string()),
        "TWILIO_API_KEY" => Some("SK1".to_string()),
        _ => None,
    };
    let error = otpkit::vendors::provider(&otpkit::Vendor::TWILIO_VERIFY, &vars).unwrap_err();
    assert!(
        error.to_string().contains("set TWILIO_API_SECRET"),
        "{error}"
    );
}

/// Twilio Verify checks codes of 4 to 10 characters: a shorter one is refused unsent.
#[tokio::test]
async fn a_code_shorter_than_twilio_checks_never_reaches_it() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = otp(&sandbox, Vendor::TwilioVerify);
    let sent = otp
        .send(&SendRequest::new(number_for(Vendor::TwilioVerify)))
        .await
        .unwrap();
    let before = sandbox.requests(Vendor::TwilioVerify);
    let error = otp
        .verify(&otpkit::VerifyRequest::new(sent.id.clone(), "123"))
        .await
        .unwrap_err();
    assert_eq!(field_of(&error), "code");
    assert_eq!(sandbox.requests(Vendor::TwilioVerify), before);
}

/// Twilio Verify takes one credential pair: from variables the API key wins; a setter replaces
/// whichever pair was there, so the caller's choice is the one used.
#[tokio::test]
async fn a_twilio_credential_setter_replaces_the_pair_from_the_environment() {
    use otpkit::vendors::twilio_verify::TwilioVerifyBuilder;
    let sandbox = Sandbox::start().await.unwrap();
    let env = sandbox.client_env(Vendor::TwilioVerify);
    let vars = |name: &str| env.get(name);
    let to = SendRequest::new(number_for(Vendor::TwilioVerify));
    let account = env.get("TWILIO_ACCOUNT_SID").unwrap();
    let with_wrong_token = TwilioVerifyBuilder::from_vars(&vars)
        .unwrap()
        .account(&account, "wrong-token")
        .build()
        .unwrap();
    let error = Otp::new(with_wrong_token, otpkit::IdSeal::insecure_unsealed())
        .send(&to)
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Unauthorized { .. }), "{error:?}");
    let token = env.get("TWILIO_AUTH_TOKEN").unwrap();
    let with_account = TwilioVerifyBuilder::from_vars(&vars)
        .unwrap()
        .account(&account, &token)
        .build()
        .unwrap();
    Otp::new(with_account, otpkit::IdSeal::insecure_unsealed())
        .send(&to)
        .await
        .unwrap();
    assert_eq!(sandbox.messages().len(), 1);
}

/// A routed send is checked once: the router hands the provider the request it checked. A
/// request checked against other capabilities (looser limits under the vendor's own name) is
/// not taken as checked: the adapter checks it again, and refuses it unsent.
#[tokio::test]
async fn a_request_checked_against_other_capabilities_is_checked_again() {
    let sandbox = Sandbox::start().await.unwrap();
    let termii = crate::common::provider(&sandbox, Vendor::Termii, true, Duration::from_secs(5));
    let loose = otpkit::Capabilities::new(otpkit::Vendor::TERMII)
        .channels(&[Channel::Sms])
        .code_length(1..=20);
    let request = SendRequest::new(number_for(Vendor::Termii)).code_length(12);
    let checked = loose.supports(&request).unwrap();
    let error = termii.send_checked(&request, checked).await.unwrap_err();
    assert_eq!(field_of(&error), "code_length", "{error}");
    assert_eq!(sandbox.requests(Vendor::Termii), 0);
    // Checked against the adapter's own capabilities, the same request is completed and sent.
    let fine = SendRequest::new(number_for(Vendor::Termii));
    let own = termii.capabilities()[0].supports(&fine).unwrap();
    termii.send_checked(&fine, own).await.unwrap();
    assert_eq!(sandbox.requests(Vendor::Termii), 1);
}
