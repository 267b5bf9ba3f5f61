//! Every vendor call is traced with vendor, operation, status and latency, and nothing secret
//! (keys, the pipwave secret, codes, numbers) appears in traces or `Debug` output, including
//! for failed calls.

use crate::common::{capture, number_for, otp, provider, wrong};
use otpkit::{Otp, SendRequest};
use otpkit_sandbox::{Fault, FaultKind, Sandbox, Vendor};

/// Every form in which `vendor`'s test number travels: `+E.164` (Octopush), E.164 digits
/// (Termii, ShoutOUT) and the national number (pipwave's `contact_no`, beside a separate
/// dialing code). Searching only for the digits would miss the national form, which is not a
/// token of its own inside them.
fn number_forms(vendor: Vendor) -> [String; 3] {
    let e164 = number_for(vendor);
    let code = otpkit::Phone::parse(e164)
        .unwrap()
        .country_code()
        .to_string();
    let digits = e164.trim_start_matches('+');
    let national = digits.strip_prefix(&code).unwrap();
    [e164.to_string(), digits.to_string(), national.to_string()]
}

#[test]
fn the_number_forms_are_the_ones_sent() {
    let [plus, digits, national] = number_forms(Vendor::Pipwave);
    // pipwave's `contact_no` is the national number as otpkit formats it.
    let contact_no = otpkit::Phone::parse(&plus).unwrap().national();
    assert_eq!(contact_no, national);
    // A leaked `contact_no` is found by the national form, and only by it.
    let leaked = format!("contact_no=\"{contact_no}\" contact_no_country_dialing_code=\"60\"");
    assert!(contains_token(&leaked, &national));
    assert!(!contains_token(&leaked, &digits) && !contains_token(&leaked, &plus));
    assert!(contains_token("to=+60123456789,", &plus));
}

#[tokio::test]
async fn traces_name_the_call_and_hide_every_secret() {
    let (captured, _guard) = capture();

    let sandbox = Sandbox::start().await.unwrap();
    let mut secrets = crate::common::credentials(&sandbox);
    // Twilio Verify's credentials travel base64-encoded in an HTTP Basic header: that form
    // must not show either.
    let twilio = sandbox.client_env(Vendor::TwilioVerify);
    for (user, password) in [
        ("TWILIO_API_KEY", "TWILIO_API_SECRET"),
        ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"),
    ] {
        let header =
            otpkit_twilio_verify::basic(&twilio.get(user).unwrap(), &twilio.get(password).unwrap());
        secrets.push(header.trim_start_matches("Basic ").to_string());
    }
    for vendor in Vendor::ALL {
        let otp = otp(&sandbox, vendor);
        let sent = otp
            .send(&SendRequest::new(number_for(vendor)))
            .await
            .unwrap();
        let code = sandbox.last_code_for(number_for(vendor)).unwrap();
        otp.verify(&otpkit::VerifyRequest::new(sent.id.clone(), wrong(&code)))
            .await
            .unwrap();
        otp.verify(&otpkit::VerifyRequest::new(sent.id.clone(), &code))
            .await
            .unwrap();
        assert!(
            !format!("{otp:?}").contains(&secrets[0]) && !format!("{otp:?}").contains("sandbox-"),
            "{otp:?}"
        );
        secrets.push(code);
        secrets.extend(number_forms(vendor));
    }
    // A failed call too.
    sandbox
        .inject(otpkit_sandbox::Fault::new(
            Vendor::Termii,
            otpkit_sandbox::FaultKind::Status { status: 503 },
        ))
        .unwrap();
    let error = otp(&sandbox, Vendor::Termii)
        .send(&SendRequest::new(number_for(Vendor::Termii)))
        .await
        .unwrap_err();
    let printed = format!("{error:?} {error}");
    for form in number_forms(Vendor::Termii) {
        assert!(!contains_token(&printed, &form), "{form} in {printed}");
    }

    let text = captured.text();
    // Every built-in vendor, so that a vendor added later is held to it too.
    for vendor in otpkit::vendors::BUILT_IN.iter().map(|d| d.vendor.name()) {
        for operation in ["send", "verify"] {
            let line = format!("vendor=\"{vendor}\" operation=\"{operation}\"");
            assert!(
                text.contains(&line),
                "no trace for {vendor} {operation}:\n{text}"
            );
        }
    }
    assert!(text.contains("otpkit.vendor_call"), "{text}");
    assert!(
        text.contains("status=\"ok\"") && text.contains("status=\"vendor\""),
        "{text}"
    );
    assert!(text.contains("latency_ms="), "{text}");
    for secret in &secrets {
        assert!(
            !contains_token(&text, secret),
            "`{secret}` leaked into the traces"
        );
    }
    assert!(
        contains_token("code=123456 ", "123456")
            && !contains_token("latency_ms=0.51234567", "123456")
    );
}

/// Every kind of failure, for every vendor, on both operations, and with refused credentials:
/// no key, secret, code or number in the error's `Display` or `Debug`, nor in any trace.
#[tokio::test]
async fn failed_calls_of_every_kind_hide_every_secret() {
    let (captured, _guard) = capture();
    // Only delayed answers are meant to meet the short timeout; every other call gets a
    // patient one, so that a busy machine cannot turn an immediate answer into a timeout.
    let short = std::time::Duration::from_millis(100);
    let patient = std::time::Duration::from_secs(30);
    // Delays that outlast any wait here: the short timeout always fires first.
    let never = 60_000;
    let faults = [
        FaultKind::Latency { millis: never },
        FaultKind::Status { status: 500 },
        FaultKind::Status { status: 401 },
        FaultKind::RateLimited {
            retry_after_secs: 3,
        },
        FaultKind::MalformedJson,
        FaultKind::HtmlPage { status: 502 },
        FaultKind::TruncatedBody,
        FaultKind::DropConnection,
        FaultKind::SlowBody { millis: never },
    ];
    // The same number is sent to again and again.
    let sandbox = crate::common::sandbox_for_repeat_sends().await;
    let mut secrets = crate::common::credentials(&sandbox);
    let mut printed = String::new();
    for vendor in Vendor::ALL {
        let good = Otp::new(
            provider(&sandbox, vendor, true, patient),
            otpkit::IdSeal::insecure_unsealed(),
        );
        let quick = Otp::new(
            provider(&sandbox, vendor, true, short),
            otpkit::IdSeal::insecure_unsealed(),
        );
        let bad = Otp::new(
            provider(&sandbox, vendor, false, patient),
            otpkit::IdSeal::insecure_unsealed(),
        );
        let request = SendRequest::new(number_for(vendor));
        let error = bad.send(&request).await.unwrap_err();
        printed.push_str(&format!("{error} {error:?}\n"));
        for fault in &faults {
            let faulted = match fault {
                FaultKind::Latency { .. } | FaultKind::SlowBody { .. } => &quick,
                _ => &good,
            };
            sandbox
                .inject(Fault::new(vendor, fault.clone()).times(1))
                .unwrap();
            let error = faulted.send(&request).await.unwrap_err();
            printed.push_str(&format!("{error} {error:?}\n"));
            let sent = good.send(&request).await.unwrap();
            let code = sandbox.last_code_for(number_for(vendor)).unwrap();
            secrets.push(code.clone());
            sandbox
                .inject(Fault::new(vendor, fault.clone()).times(1))
                .unwrap();
            let error = faulted
                .verify(&otpkit::VerifyRequest::new(sent.id.clone(), &code))
                .await
                .unwrap_err();
            printed.push_str(&format!("{error} {error:?}\n"));
            let error = bad
                .verify(&otpkit::VerifyRequest::new(sent.id.clone(), &code))
                .await
                .unwrap_err();
            printed.push_str(&format!("{error} {error:?}\n"));
        }
        secrets.extend(number_forms(vendor));
    }
    // No wait for late traces: otpkit ends a call's span and logs its end before the call
    // returns, and hyper drops the sandbox's handler of a delayed answer when the client hangs
    // up, so that request is never traced later.
    let traces = captured.text();
    assert!(traces.contains("status=\"timeout\"") && traces.contains("status=\"transport\""));
    for secret in &secrets {
        assert!(
            !contains_token(&printed, secret),
            "`{secret}` leaked into an error:\n{printed}"
        );
        assert!(
            !contains_token(&traces, secret),
            "`{secret}` leaked into the traces"
        );
    }
}

/// Whether `secret` stands in `text` on its own (not inside a longer run of letters and digits,
/// as a short numeric code could inside a latency figure).
fn contains_token(text: &str, secret: &str) -> bool {
    text.match_indices(secret).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + secret.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

#[test]
fn builders_and_errors_never_print_credentials() {
    use otpkit::vendors::{
        octopush::Octopush, pipwave::Pipwave, shoutout::Shoutout, termii::Termii,
        twilio_verify::TwilioVerify,
    };
    let twilio = || {
        TwilioVerify::builder()
            .service_sid("VA0a1b2c3d4e5f60718293a4b5c6d7e8f9")
            .account("AC1", "hunter2-token")
            .api_key("SK1", "hunter2-twilio")
    };
    let printed = [
        format!("{:?}", Termii::builder().api_key("hunter2-termii")),
        format!(
            "{:?}",
            Pipwave::builder()
                .api_key("hunter2-pip")
                .api_secret("hunter2-secret")
        ),
        format!("{:?}", Shoutout::builder().api_key("hunter2-shout")),
        format!(
            "{:?}",
            Octopush::builder()
                .api_login("me@example.com")
                .api_key("hunter2-octo")
        ),
        format!(
            "{:?}",
            Termii::builder().api_key("hunter2-termii").build().unwrap()
        ),
        format!(
            "{:?}",
            Pipwave::builder()
                .api_key("hunter2-pip")
                .api_secret("hunter2-secret")
                .build()
                .unwrap()
        ),
        format!("{:?}", twilio()),
        format!("{:?}", twilio().build().unwrap()),
    ];
    let basic = otpkit_twilio_verify::basic("SK1", "hunter2-twilio");
    let encoded = basic.trim_start_matches("Basic ");
    for text in printed {
        assert!(
            !text.contains("hunter2") && !text.contains(encoded),
            "{text}"
        );
    }
    // A key that cannot go in a header is refused when built, and the refusal does not
    // quote it. (Termii's key travels in the body, where any text builds.)
    let bad = "hunter2\nkey";
    let refused = [
        Shoutout::builder().api_key(bad).build().map(drop),
        Octopush::builder()
            .api_login("me@example.com")
            .api_key(bad)
            .build()
            .map(drop),
        Pipwave::builder()
            .api_key(bad)
            .api_secret("s")
            .build()
            .map(drop),
    ];
    for result in refused {
        let error = result.expect_err("a key with a line break is refused");
        let printed = format!("{error} {error:?}");
        assert_eq!(error.kind(), "config", "{printed}");
        assert!(!printed.contains("hunter2"), "{printed}");
    }
}
